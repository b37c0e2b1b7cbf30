import Foundation
import Spectra
import Tensors
import Testing
import TestSupport
@testable import SpectraIO

/// Seeded mutation fuzzing of every format (issue #25), read from disk as `harness inspect`,
/// `fit` and `predict` read them (`SpectrumReader.contents(of:)`, which detects the format from
/// the bytes): ReaderFuzzTests' line edits on more seed files, then byte edits — invalid UTF-8,
/// byte-order marks, NULs, huge counts, a very long line, other separators and decimal commas,
/// empty files. Each mutant reads (every block listed and handed out), or is read with its
/// repairs stated, or fails with a typed error naming the file and, where it has one, the line.
@Suite struct SpectrumFuzzTests {
    static let plan = FuzzPlan(kind: "spectrum", seed: 25, ciCount: 600)

    static func seeds() throws -> [ReaderFuzzTests.Seed] {
        try ReaderFuzzTests.seeds() + [
            .init(name: "kratos", lines: try RawFile("vamas/kratos.vms").lines, ext: "vms"),
            .init(name: "phi", lines: try RawFile("vamas/phi.vms").lines, ext: "vms"),
            .init(name: "specs-block", lines: try RawFile("vamas/specs_block.vms").lines, ext: "vms"),
            .init(name: "casa-process", lines: try RawFile("vamas/casa_process.vms").lines, ext: "vms"),
            .init(name: "casa-header", lines: try RawFile("vamas/casa_header.vms").lines, ext: "vms"),
            .init(name: "eis", lines: try ReaderFuzzTests.vamasExcerpt("vamas/xps_eis.vms", blocks: 2), ext: "vms"),
            .init(name: "Pd", lines: try ReaderFuzzTests.vamasExcerpt("measured/regions/Pd_references.vms", blocks: 2), ext: "vms"),
            .init(name: "ITO-O1s", lines: try RawFile("measured/regions/ITO_O1s_hv600.csv").lines, ext: "csv"),
            .init(name: "casa-columns", lines: Array(try RawFile("measured/fits/FeO_analyzed_lineshapes_cols.txt").lines.prefix(60)), ext: "txt")
        ]
    }

    /// Byte edits after the line edits.
    static func bytes(_ text: String, _ rng: inout SeededRandom) -> Data {
        var b = [UInt8](text.utf8)
        for _ in 0..<Int.random(in: 1...2, using: &rng) {
            let at = Int.random(in: 0...b.count, using: &rng)
            switch Int.random(in: 0..<10, using: &rng) {
            case 0: b.insert(contentsOf: [[0xFF], [0xC3], [0xE9], [0xED, 0xA0, 0x80]].randomElement(using: &rng)!, at: at)  // not UTF-8
            case 1: b.insert(contentsOf: [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF]].randomElement(using: &rng)!, at: 0)  // BOMs
            case 2: b.insert(contentsOf: repeatElement(0, count: Int.random(in: 1...4, using: &rng)), at: at)
            case 3:  // a huge count or a very long line where a line starts
                let start = b[..<at].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
                let end = b[start...].firstIndex(of: 0x0A) ?? b.count
                let huge = ["2000000000", "100000000", "4294967296", String(repeating: "7", count: 100_000), "1e18"]
                b.replaceSubrange(start..<end, with: Array(huge.randomElement(using: &rng)!.utf8))
            case 4: b = b.map { $0 == 0x2C ? 0x3B : $0 }  // commas to semicolons
            case 5: b = b.map { $0 == 0x20 ? 0x09 : $0 }  // spaces to tabs
            case 6: b = b.map { $0 == 0x2E ? 0x2C : $0 }  // decimal commas
            case 7: b = Bool.random(using: &rng) ? [] : Array(" \n\r\n\t".utf8)
            case 8: b.removeSubrange(at..<min(b.count, at + Int.random(in: 1...200, using: &rng)))
            default: if at < b.count { b[at] ^= 1 << UInt8.random(in: 0..<8, using: &rng) }
            }
        }
        return Data(b)
    }

    @Test func mutantsFromDiskReadOrFailClearly() throws {
        let plan = Self.plan
        let seeds = try Self.seeds()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xps-fuzz-spectra-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let guardian = FuzzGuard(limit: 20)
        var tally = FuzzTally(plan)
        for k in plan.indices {
            var rng = plan.random(k)
            let seed = seeds[k % seeds.count]
            // Line edits, byte edits, or both.
            let how = Int.random(in: 0..<3, using: &rng)
            let text = how != 1 ? ReaderFuzzTests.mutate(seed.lines, &rng) : seed.lines.joined(separator: "\n")
            let url = folder.appendingPathComponent("mutant-\(k)-\(seed.name).\(seed.ext)")
            try (how != 0 ? Self.bytes(text, &rng) : Data(text.utf8)).write(to: url)
            plan.keep(url)
            let start = Date()
            let outcome = guardian.run(plan.replay(k) + " (\(seed.name))") { Self.read(url) }
            tally.record(outcome, index: k, seconds: Date().timeIntervalSince(start))
            try? FileManager.default.removeItem(at: url)
        }
        tally.finish(guardian)
    }

    /// Lists and reads every block of `url`, as `harness inspect` and `fit` do.
    static func read(_ url: URL) -> FuzzOutcome {
        let path = url.path
        do {
            let contents = try SpectrumReader.contents(of: url)
            var refused = false
            for b in contents.blocks {
                _ = b.line
                do {
                    let s = try contents.spectrum(block: b.index)
                    if s.intensities.contains(where: { !$0.isFinite }) || s.energies.contains(where: { !$0.isFinite }) {
                        return .unclearError("block \(b.index): a value that is not finite was handed out")
                    }
                } catch {
                    guard ReaderFuzzTests.isClear(error, path: path) else { return .unclearError("block \(b.index): \(type(of: error)) \(error)") }
                    refused = true
                }
            }
            if refused { return .clearError }
            return !contents.repairs.isEmpty || contents.blocks.contains(where: { !$0.repairs.isEmpty }) ? .repaired : .accepted
        } catch {
            return ReaderFuzzTests.isClear(error, path: path) ? .clearError : .unclearError("\(type(of: error)) \(error)")
        }
    }
}
