// training.initialiseFrom: a run starts from a finished run's weights (the whole model or a
// sub-network), sources in the same sweep train first, a changed source retrains its dependants,
// and a missing source or a mismatched architecture is an error naming the setting.

import Foundation
import NeuralNets
import Store
import Tensors
import Testing
@testable import Harness

@Suite(.serialized) struct WarmStartTests {
    /// Two variants on polymer mixtures: an STN whose classifier starts from the MLP (listed first,
    /// so the runner has to reorder), and the MLP at 0 eV.
    func sweep(name: String = "warm", mlpEpochs: Int = 1, mlpHidden: String = "[8]", run: String = "model-mlp") throws -> LoadedManifest {
        try ManifestLoader.load(
            text: """
                { "name": "\(name)", "task": "multi-label",
                  "data": { "generator": "polymer-mixtures", "parameters": { "axisStep": 2.0, "maxShift": 3 },
                            "train": 32, "validation": 8, "test": 8, "seed": 9 },
                  "model": { "preset": "mlp", "hidden": [8] },
                  "training": { "epochs": 1, "batchSize": 8, "threads": 1 },
                  "sweep": [ { "parameter": "variant", "label": "model", "values": [
                    { "name": "stn-warm", "set": { "model.preset": "stn",
                        "training.initialiseFrom": { "experiment": "\(name)", "run": "\(run)", "into": "classifier" } } },
                    { "name": "mlp", "set": { "data.parameters.maxShift": 0, "training.epochs": \(mlpEpochs), "model.hidden": \(mlpHidden) } } ] } ] }
                """, file: "\(name).json")
    }

    func quietRunner(_ loaded: LoadedManifest, _ root: URL) -> ExperimentRunner {
        ExperimentRunner(loaded, resultsRoot: root, progress: ProgressReporter(quiet: true))
    }

    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test func theClassifierStartsWithExactlyTheSourceWeights() throws {
        let root = try temporaryResults("warm-apply")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = quietRunner(try sweep(), root)
        try runner.run(only: ["model-mlp"])
        let plans = try RunExpansion.expand(runner.loaded)
        let plan = try #require(plans.first { $0.name == "model-stn-warm" })
        let source = try #require(try WarmStart.source(of: plan, runner: runner))
        #expect(source.sha256 == (try WarmStart.modelHash(runner.runFile("model-mlp"))))
        let model = try ModelPresets.build(plan.manifest.model, task: .multiLabel, inputLength: 331, targets: 40, seed: 7)
        let before = model.namedParameters.filter { $0.name.hasPrefix("stn.") }.map(\.parameter.value)
        try WarmStart.apply(source, into: "classifier", model: model)
        let mlp = try TrainedModel(file: runner.runFile("model-mlp")).model
        for (name, p) in mlp.namedParameters {
            #expect(model.parameter(named: "classifier.\(name)")?.value == p.value, "classifier.\(name)")
        }
        // The localisation network keeps its own initialisation.
        #expect(model.namedParameters.filter { $0.name.hasPrefix("stn.") }.map(\.parameter.value) == before)
    }

    @Test func aSubNetworkTakesTheSameSubNetworkOfTheSource() throws {
        let root = try temporaryResults("warm-stn")
        defer { try? FileManager.default.removeItem(at: root) }
        let source = ModelZoo.stnClassifier(inputLength: 20, hidden: [6], classes: 3, seed: 1)
        let url = root.appendingPathComponent("source.h5")
        try HDF5File.writeAtomically(url) { try ModelArchive.write(source, to: try $0.root.group("runs/source/model")) }
        let target = ModelZoo.stnClassifier(inputLength: 20, hidden: [6], classes: 3, seed: 2)
        let localisation = target.namedParameters.filter { $0.name.hasPrefix("stn.") }.map(\.parameter.value)
        let located = WarmStart.Source(experiment: "e", run: "source", file: url, sha256: try WarmStart.modelHash(url))
        try WarmStart.apply(located, into: "classifier", model: target)
        for (name, p) in source.namedParameters where name.hasPrefix("classifier.") {
            #expect(target.parameter(named: name)?.value == p.value, "\(name)")
        }
        #expect(target.namedParameters.filter { $0.name.hasPrefix("stn.") }.map(\.parameter.value) == localisation)
    }

    @Test func aSweepTrainsTheSourceFirstAndRetrainsWhenItChanges() throws {
        try Parallel.withThreads(1) {
            let root = try temporaryResults("warm-sweep")
            defer { try? FileManager.default.removeItem(at: root) }
            let runner = quietRunner(try sweep(), root)
            let results = try runner.run()
            #expect(results.map(\.run) == ["model-mlp", "model-stn-warm"])
            let stnFile = runner.runFile("model-stn-warm")
            let run = try HDF5File(opening: stnFile).root.openGroup("runs/model-stn-warm")
            #expect(try run.stringAttribute("initialised_from") == "warm/model-mlp")
            #expect(try run.stringAttribute("initialised_into") == "classifier")
            let firstHash = try run.stringAttribute("initialised_from_sha256")
            #expect(firstHash == (try WarmStart.modelHash(runner.runFile("model-mlp"))))
            #expect((try ExperimentRunner.readResult(stnFile).trainingSpectraPerSecond ?? 0) > 0)
            // Unchanged: both reused.
            let stamp = try FileManager.default.attributesOfItem(atPath: stnFile.path)[.modificationDate] as? Date
            try runner.run()
            #expect(try FileManager.default.attributesOfItem(atPath: stnFile.path)[.modificationDate] as? Date == stamp)
            // The source trained longer: its dependant, whose own settings are the same, trains again from it.
            let changed = quietRunner(try sweep(mlpEpochs: 2), root)
            try changed.run()
            let again = try HDF5File(opening: stnFile).root.openGroup("runs/model-stn-warm")
            #expect(try again.stringAttribute("initialised_from_sha256") == (try WarmStart.modelHash(changed.runFile("model-mlp"))))
            #expect(try again.stringAttribute("initialised_from_sha256") != firstHash)
        }
    }

    @Test func aMissingSourceNamesTheSettingAndTheCommand() throws {
        let root = try temporaryResults("warm-missing")
        defer { try? FileManager.default.removeItem(at: root) }
        let text = message { try quietRunner(try sweep(), root).run(only: ["model-stn-warm"]) }
        #expect(text.contains("training.initialiseFrom.run") && text.contains("harness run warm.json") && text.contains("--only model-mlp"))
    }

    @Test func aMismatchNamesTheParameterAndBothShapes() throws {
        let root = try temporaryResults("warm-mismatch")
        defer { try? FileManager.default.removeItem(at: root) }
        // The source MLP is 12 units wide where the STN's classifier has 8.
        let text = message { try quietRunner(try sweep(mlpHidden: "[12]"), root).run() }
        #expect(text.contains("training.initialiseFrom") && text.contains("classifier.fc1.weight"))
        #expect(text.contains("[8, 331]") && text.contains("[12, 331]"))
    }

    @Test func aSlurmArrayWaitsForItsSourcesToFinish() throws {
        let root = try temporaryResults("warm-slurm")
        defer { try? FileManager.default.removeItem(at: root) }
        let loaded = try sweep()
        func plan() throws -> URL {
            try Scheduling.writeSlurmScript(
                loaded: loaded, manifestPath: "warm.json", overrides: [], results: root.path, executable: "harness", hours: 1)
        }
        let text = message { _ = try plan() }
        #expect(text.contains("training.initialiseFrom.run") && text.contains("--only model-mlp"))
        try quietRunner(loaded, root).run(only: ["model-mlp"])
        #expect(FileManager.default.fileExists(atPath: try plan().path))
    }

    @Test func aRunThatStartsFromItselfIsRefused() throws {
        let text = message { _ = try WarmStart.waves(try RunExpansion.expand(try sweep(run: "model-stn-warm")), experiment: "warm") }
        #expect(text.contains("training.initialiseFrom.run") && text.contains("model-stn-warm"))
    }
}
