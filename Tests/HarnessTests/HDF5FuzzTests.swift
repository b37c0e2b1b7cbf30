// Seeded mutation fuzzing of result files (issue #25): two real run files written in process (a
// tiny MLP classifier and paper 1's peak-fitting CNN), their bytes flipped, zeroed, truncated,
// duplicated, overwritten and shifted, then opened as `harness inspect` opens them (Inspector)
// and as `harness predict` loads a model (TrainedModel, which reads the ModelArchive). Each must
// read, or be described with its damage named, or fail with an error naming the file.

import Foundation
import Store
import Testing
import Tensors
import TestSupport
@testable import Harness

@Suite(.serialized) struct HDF5FuzzTests {
    static let plan = FuzzPlan(kind: "hdf5", seed: 25, ciCount: 300)

    /// The run files mutated: written once per process into `folder`.
    static func seeds(in folder: URL) throws -> [(name: String, bytes: Data)] {
        let mlp = try ManifestLoader.load(
            text: """
                { "name": "fuzz-mlp", "task": "classification",
                  "data": { "generator": "element-survey", "train": 32, "validation": 8, "test": 8, "seed": 3 },
                  "model": { "preset": "mlp", "hidden": [8] },
                  "training": { "batchSize": 8, "epochs": 1, "threads": 1 } }
                """, file: "fuzz-mlp.json", profile: .default)
        return try [("mlp", mlp), ("park", try tinyExperiment(name: "fuzz-park", epochs: 1))].map { name, manifest in
            let runner = ExperimentRunner(manifest, resultsRoot: folder, progress: ProgressReporter(quiet: true))
            let result = try #require(try runner.run().first)
            return (name, try Data(contentsOf: runner.runFile(result.run)))
        }
    }

    /// One mutant of `bytes`: one to three edits, half of them in the first 8 KiB (the superblock
    /// and most of the metadata), half anywhere.
    static func mutate(_ bytes: Data, _ rng: inout SeededRandom) -> Data {
        var b = [UInt8](bytes)
        for _ in 0..<Int.random(in: 1...3, using: &rng) where b.count > 16 {
            let limit = Bool.random(using: &rng) ? min(b.count, 8192) : b.count
            let at = Int.random(in: 0..<limit, using: &rng)
            let length = min(b.count - at, [1, 8, 64, 512, 4096].randomElement(using: &rng)!)
            switch Int.random(in: 0..<8, using: &rng) {
            case 0:
                for _ in 0..<Int.random(in: 1...8, using: &rng) {
                    b[Int.random(in: 0..<limit, using: &rng)] ^= 1 << UInt8.random(in: 0..<8, using: &rng)
                }
            case 1: b.replaceSubrange(at..<(at + length), with: repeatElement(0, count: length))
            case 2: b.removeSubrange(at...)  // truncated
            case 3:  // a block copied over another
                let from = Int.random(in: 0..<(b.count - length + 1), using: &rng)
                b.replaceSubrange(at..<(at + length), with: Array(b[from..<(from + length)]))
            case 4:  // an address or length made "undefined" (all ones) or huge
                let word: [UInt8] = Bool.random(using: &rng) ? Array(repeating: 0xFF, count: 8) : [0, 0, 0, 0, 0, 0, 0, 0x7F]
                let aligned = at - at % 8
                b.replaceSubrange(aligned..<min(b.count, aligned + 8), with: word.prefix(b.count - aligned))
            case 5: b.replaceSubrange(at..<(at + length), with: (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) })
            case 6: b.insert(contentsOf: (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }, at: at)  // shifted
            default: b.replaceSubrange(at..<(at + length), with: [])  // bytes cut out
            }
        }
        return Data(b)
    }

    /// Whether a refusal names the mutant's file.
    static func names(_ error: any Error, _ url: URL) -> Bool { "\(error)".contains(url.lastPathComponent) }

    /// Inspect, then load the model and apply it to one input: the outcome of the worse of the two.
    static func read(_ url: URL) -> FuzzOutcome {
        var damaged = false
        do {
            let r = try Inspector.inspect(url)
            damaged = !r.problems.isEmpty
        } catch {
            guard names(error, url) else { return .unclearError("inspect: \(type(of: error)): \(error)") }
            damaged = true
        }
        do {
            let trained = try TrainedModel(file: url)
            _ = trained.predict([Float](repeating: 0.5, count: trained.axis.count))
        } catch {
            guard names(error, url) else { return .unclearError("model: \(type(of: error)): \(error)") }
            damaged = true
        }
        return damaged ? .clearError : .accepted
    }

    @Test func mutantsReadOrFailClearly() throws {
        let plan = Self.plan
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xps-fuzz-hdf5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try Self.seeds(in: folder)
        for (name, bytes) in seeds {
            let whole = folder.appendingPathComponent("whole-\(name).h5")
            try bytes.write(to: whole)
            guard case .accepted = Self.read(whole) else { Issue.record("the unmutated \(name) run file does not read"); return }
        }
        let guardian = FuzzGuard(limit: 20)
        var tally = FuzzTally(plan)
        for k in plan.indices {
            var rng = plan.random(k)
            let seed = seeds[k % seeds.count]
            let url = folder.appendingPathComponent("mutant-\(k)-\(seed.name).h5")
            try Self.mutate(seed.bytes, &rng).write(to: url)
            plan.keep(url)
            let start = Date()
            let outcome = guardian.run(plan.replay(k) + " (\(seed.name))") { Self.read(url) }
            tally.record(outcome, index: k, seconds: Date().timeIntervalSince(start))
            try? FileManager.default.removeItem(at: url)
        }
        tally.finish(guardian)
    }

    /// Mutants that once ended the process inside libhdf5 1.10, replayed whatever the fuzz seed:
    /// a root group's local heap at the undefined address (seed 25, mutant 1317), a heap data
    /// segment of 2⁶⁴−1 bytes (25, 1273), a compact dataset with no bytes stored (26, 23). Without
    /// the checks of Store (HDF5+LocalHeaps.swift, HDF5+Sizes.swift) this test ends the process;
    /// with them each is read or refused naming its file. (If the run-file layout changes, the
    /// same edits land elsewhere and these stop being the crashing cases; `make fuzz` still runs.)
    @Test func mutantsThatOnceCrashedLibhdf5AreReadOrRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xps-fuzz-hdf5-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try Self.seeds(in: folder)
        for (seed, k) in [(UInt64(25), 1273), (25, 1317), (26, 23)] {
            var rng = FuzzPlan.random(seed: seed, k)
            let url = folder.appendingPathComponent("mutant-\(seed)-\(k).h5")
            try Self.mutate(seeds[k % seeds.count].bytes, &rng).write(to: url)
            switch Self.read(url) {
            case .accepted, .repaired, .clearError: break
            case .unclearError(let message): Issue.record("seed \(seed) mutant \(k): \(message)")
            }
        }
    }
}
