// The runner, trainer, checkpointing and reporter in process, on a tiny peak-fitting manifest:
// what the end-to-end tests check through the binary, here without it.

import Foundation
import NeuralNets
import Store
import Tensors
import Testing
@testable import Harness

/// A tiny peak-fitting experiment (seconds): two epochs of paper 1's network on 64 spectra.
func tinyExperiment(name: String = "unit", epochs: Int = 2, extra: String = "") throws -> LoadedManifest {
    try ManifestLoader.load(
        text: """
            { "name": "\(name)", "task": "peak-fitting",
              "data": { "generator": "peak-fitting", "train": 64, "validation": 16, "test": 16, "seed": 5 },
              "model": { "preset": "park" },
              "training": { "batchSize": 16, "epochs": \(epochs), "threads": 1 }\(extra) }
            """, file: "\(name).json", profile: .default)
}

func temporaryResults(_ tag: String) throws -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("xps-unit-\(tag)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
}

@Suite(.serialized) struct ExperimentRunnerTests {
    @Test func aRunIsWrittenReusedAndRepeatedBitForBit() throws {
        // Bit-for-bit comparisons: this task keeps one thread whatever other tests set process-wide.
        try Parallel.withThreads(1) {
            let root = try temporaryResults("runner")
            defer { try? FileManager.default.removeItem(at: root) }
            let runner = ExperimentRunner(try tinyExperiment(), resultsRoot: root, progress: ProgressReporter(quiet: true))
            let first = try runner.run()
            #expect(first.count == 1)
            let result = try #require(first.first)
            #expect(result.epochs == 2 && result.testMetric.isFinite && result.testLoss.isFinite)
            let file = runner.runFile(result.run)
            #expect(try ExperimentRunner.readResult(file).testLoss == result.testLoss)

            // A second run with the same settings reuses the file; --force trains again to the same numbers.
            let created = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date
            #expect(try runner.run().first?.testLoss == result.testLoss)
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == created)
            let again = try #require(try runner.run(force: true).first)
            #expect(again.testLoss == result.testLoss && again.testMetric == result.testMetric)

            // Other settings (one more epoch) are not reused.
            let longer = ExperimentRunner(try tinyExperiment(epochs: 3), resultsRoot: root, progress: ProgressReporter(quiet: true))
            #expect(try longer.run().first?.epochs == 3)
        }
    }

    @Test func anInterruptedRunResumesToTheUninterruptedResult() throws {
        // Bit-for-bit comparisons: this task keeps one thread whatever other tests set process-wide.
        try Parallel.withThreads(1) {
            let root = try temporaryResults("resume")
            defer { try? FileManager.default.removeItem(at: root) }
            let whole = try #require(
                try ExperimentRunner(
                    try tinyExperiment(name: "whole", epochs: 3), resultsRoot: root,
                    progress: ProgressReporter(quiet: true)
                ).run().first)
            let runner = ExperimentRunner(try tinyExperiment(name: "parts", epochs: 3), resultsRoot: root, progress: ProgressReporter(quiet: true))
            runner.stopAfterEpoch = 1
            #expect(throws: HarnessError.interrupted(run: whole.run, epoch: 1)) { try runner.run() }
            #expect(FileManager.default.fileExists(atPath: runner.checkpointFile(whole.run).path))
            #expect(!FileManager.default.fileExists(atPath: runner.runFile(whole.run).path))
            runner.stopAfterEpoch = nil
            let resumed = try #require(try runner.run(resume: true).first)
            #expect(resumed.testLoss == whole.testLoss && resumed.bestEpoch == whole.bestEpoch)
        }
    }

    @Test func anUnknownRunNameIsASettingError() throws {
        let runner = ExperimentRunner(try tinyExperiment(), resultsRoot: try temporaryResults("only"), progress: ProgressReporter(quiet: true))
        #expect(throws: HarnessError.self) { try runner.run(only: ["no-such-run"]) }
    }
}

@Suite struct CheckpointTests {
    @Test func stateModelAndOptimizerRoundTrip() throws {
        let url = try temporaryResults("checkpoint").appendingPathComponent("c.h5")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let model = ModelZoo.smallCNN(filters: 4, seed: 1)
        let optimizer = Adam(model.namedParameters, learningRate: 1e-3)
        optimizer.state = OptimizerState(step: 7, buffers: optimizer.state.buffers.enumerated().map { i, b in b.map { _ in Float(i) + 0.25 } })
        var history = TrainingHistory()
        history.trainLoss = [1.5, 1.25]
        history.validationLoss = [1.75, 1.5]
        let best = model.namedParameters.map { $0.parameter.value }
        let state = Checkpoint.State(
            epoch: 2, step: 7, learningRate: 5e-4, history: history, best: (1.5, best), badEpochs: 1,
            plateauBest: 1.5, plateauBad: 0, plateauCooldown: 3, finished: false)
        try Checkpoint.write(url, state, model: model, optimizer: optimizer)

        let copy = ModelZoo.smallCNN(filters: 4, seed: 2)
        let copyOptimizer = Adam(copy.namedParameters, learningRate: 1e-3)
        #expect(copy.namedParameters.map(\.parameter.value) != model.namedParameters.map(\.parameter.value))
        let read = try Checkpoint.read(url, model: copy, optimizer: copyOptimizer)
        #expect(copy.namedParameters.map(\.parameter.value) == model.namedParameters.map(\.parameter.value))
        #expect(copyOptimizer.state.step == 7 && copyOptimizer.state.buffers == optimizer.state.buffers)
        #expect(read.epoch == 2 && read.step == 7 && read.learningRate == 5e-4 && read.badEpochs == 1)
        #expect(read.plateauBest == 1.5 && read.plateauCooldown == 3 && !read.finished)
        #expect(read.history == history)
        #expect(read.best?.loss == 1.5 && read.best?.values == best)
    }

    @Test func aCheckpointOfAnotherArchitectureIsRefused() throws {
        let url = try temporaryResults("checkpoint-other").appendingPathComponent("c.h5")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let model = ModelZoo.smallCNN(filters: 4, seed: 1)
        var history = TrainingHistory()
        history.trainLoss = [1]
        history.validationLoss = [1]
        let state = Checkpoint.State(
            epoch: 1, step: 1, learningRate: 1e-3, history: history, best: nil, badEpochs: 0,
            plateauBest: .infinity, plateauBad: 0, plateauCooldown: 0, finished: false)
        try Checkpoint.write(url, state, model: model, optimizer: Adam(model.namedParameters, learningRate: 1e-3))
        let other = ModelZoo.smallCNN(filters: 8, seed: 1)
        #expect(throws: StoreError.self) { try Checkpoint.read(url, model: other, optimizer: Adam(other.namedParameters, learningRate: 1e-3)) }
    }
}

extension CheckpointTests {
    /// A damaged counter (negative, not a whole number, beyond the history) is refused, not resumed.
    @Test(arguments: [-1.0, 2.5, .nan, 3.0])
    func aDamagedEpochIsRefused(_ epoch: Double) throws {
        let url = try temporaryResults("checkpoint-epoch").appendingPathComponent("c.h5")
        defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
        let model = ModelZoo.smallCNN(filters: 4, seed: 1)
        var history = TrainingHistory()
        history.trainLoss = [1, 0.5]
        history.validationLoss = [1, 0.5]
        let state = Checkpoint.State(
            epoch: 2, step: 4, learningRate: 1e-3, history: history, best: nil, badEpochs: 0,
            plateauBest: .infinity, plateauBad: 0, plateauCooldown: 0, finished: false)
        try Checkpoint.write(url, state, model: model, optimizer: Adam(model.namedParameters, learningRate: 1e-3))
        do {
            let file = try HDF5File(opening: url, writable: true)
            try file.root.setAttribute("epoch", epoch)
        }
        #expect(throws: StoreError.self) { try Checkpoint.read(url, model: model, optimizer: Adam(model.namedParameters, learningRate: 1e-3)) }
    }
}

@Suite(.serialized) struct ReporterTests {
    @Test func theReportWritesTheMetricTableAndRemovesWhatItNoLongerDraws() throws {
        let root = try temporaryResults("reporter")
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = try tinyExperiment(
            extra: #", "figures": [ { "kind": "loss", "name": "loss" }, { "kind": "examples", "name": "ex", "count": 1 } ]"#)
        let runner = ExperimentRunner(loaded, resultsRoot: root, progress: ProgressReporter(quiet: true))
        let result = try #require(try runner.run().first)
        let written = try Reporter(loaded, resultsRoot: root, render: false).write()
        let names = Set(written.map(\.lastPathComponent))
        #expect(names.isSuperset(of: ["metrics.md", "metrics.csv", "loss.gp", "loss.dat"]))
        #expect(names.contains { $0.hasPrefix("ex-") && $0.hasSuffix(".gp") })
        let csv = try String(contentsOf: runner.experimentDirectory.appendingPathComponent("tables/metrics.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("row,column,mean,sd,n,source\n"))
        // The headline metric is a fraction shown in percent.
        #expect(csv.contains("run,value,\(String(format: "%.4f", 100 * result.testMetric)),,1,ours"), "\(csv)")

        // Without the examples figure, the next report removes the files the first one drew for it.
        let fewer = try tinyExperiment(extra: #", "figures": [ { "kind": "loss", "name": "loss" } ]"#)
        try Reporter(fewer, resultsRoot: root, render: false).write()
        let figures = try FileManager.default.contentsOfDirectory(atPath: runner.experimentDirectory.appendingPathComponent("figures").path)
        #expect(!figures.contains { $0.hasPrefix("ex-") }, "\(figures)")
        #expect(figures.contains("loss.gp"))
    }

    @Test func aReportWithoutFinishedRunsSaysSo() throws {
        let root = try temporaryResults("reporter-empty")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(throws: HarnessError.self) { try Reporter(try tinyExperiment(), resultsRoot: root, render: false).write() }
    }
}

@Suite(.serialized) struct StaleMarkTests {
    /// A run killed halfway leaves its folder marked out of date; the next complete run clears it.
    @Test func anInterruptedRunLeavesTheTablesMarkedOutOfDate() throws {
        let root = try temporaryResults("stale")
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("stale.json")
        try #"""
        { "name": "stale", "task": "peak-fitting",
          "data": { "generator": "peak-fitting", "train": 64, "validation": 16, "test": 16, "seed": 5 },
          "model": { "preset": "park" }, "training": { "batchSize": 16, "epochs": 2, "threads": 1 } }
        """#.write(to: manifest, atomically: true, encoding: .utf8)
        var request = RunRequest(manifestPath: manifest.path, profile: .default, executable: URL(fileURLWithPath: "/nonexistent"))
        request.results = root.path
        request.jobs = 1
        request.quiet = true
        request.render = false
        let folder = root.appendingPathComponent("stale")
        try RunSession.run(request, console: Console { _ in })
        #expect(StaleMark.reason(folder) == nil)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("tables/metrics.md").path))

        request.force = true
        request.stopAfterEpoch = 1
        #expect(throws: HarnessError.self) { try RunSession.run(request, console: Console { _ in }) }
        let reason = try #require(StaleMark.reason(folder))
        #expect(reason.contains("out of date") && reason.contains("harness run"), "\(reason)")

        request.stopAfterEpoch = nil
        request.force = false
        request.resume = true
        try RunSession.run(request, console: Console { _ in })
        #expect(StaleMark.reason(folder) == nil)
    }
}

@Suite(.serialized) struct InspectorTests {
    /// A whole run file is described with no problem; one with zeroed bytes is never passed off as whole.
    @Test func aDamagedRunFileIsNotDescribedAsWhole() throws {
        let root = try temporaryResults("inspect")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = ExperimentRunner(try tinyExperiment(name: "inspect"), resultsRoot: root, progress: ProgressReporter(quiet: true))
        let result = try #require(try runner.run().first)
        let file = runner.runFile(result.run)
        let whole = try Inspector.inspect(file)
        #expect(whole.problems.isEmpty, "\(whole.problems)")
        #expect(whole.text.contains("best epoch"))
        // A run whose result record is gone: described as damaged, and the problem named.
        let partial = root.appendingPathComponent("partial.h5")
        try FileManager.default.copyItem(at: file, to: partial)
        do {
            let f = try HDF5File(opening: partial, writable: true)
            try f.root.openGroup("runs/\(result.run)").remove("metrics")
        }
        let r = try Inspector.inspect(partial)
        #expect(r.problems.count == 1 && r.problems[0].contains("run \(result.run)"), "\(r.problems)")
        #expect(r.text.contains("\(result.run): damaged"))
        // Zeroed metadata at the start of the file: an error, not a description.
        var bytes = try Data(contentsOf: file)
        bytes.replaceSubrange(0..<4096, with: Data(count: 4096))
        let zeroed = root.appendingPathComponent("zeroed.h5")
        try bytes.write(to: zeroed)
        #expect(throws: (any Error).self) { try Inspector.inspect(zeroed) }
    }
}
