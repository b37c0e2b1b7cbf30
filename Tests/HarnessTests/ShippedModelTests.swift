// Shipped models: a model file predicts exactly as its run file, holds no data tensors, is written
// for the manifest's `ship` runs only, and the size guard refuses (changing nothing) over its limit.

import Explain
import Foundation
import Store
import Spectra
import Tensors
import Testing
@testable import Harness

@Suite(.serialized) struct ShippedModelTests {
    /// A presence-like multi-label survey model, small enough to train in a second.
    func manifest(ship: String = "\"ship\": [\"run\"],") throws -> LoadedManifest {
        try ManifestLoader.load(
            text: """
                { "name": "tiny-presence", "task": "multi-label", \(ship)
                  "data": { "generator": "element-survey",
                            "parameters": { "task": "presence", "elements": ["Si", "Fe", "Cu", "Au"], "minElements": 1, "maxElements": 2,
                                            "axisStart": 0, "axisEnd": 1100, "axisStep": 4 },
                            "train": 32, "validation": 8, "test": 8, "seed": 4 },
                  "model": { "preset": "mlp", "hidden": [8] },
                  "training": { "epochs": 1, "batchSize": 8, "threads": 1 } }
                """, file: "tiny-presence.json")
    }

    func trained(_ root: URL, ship: String = "\"ship\": [\"run\"],") throws -> ExperimentRunner {
        let runner = ExperimentRunner(try manifest(ship: ship), resultsRoot: root, progress: ProgressReporter(quiet: true))
        let results = try runner.run()
        try runner.writeSummary(results, wallSeconds: 0)
        return runner
    }

    @Test func aModelFilePredictsAsItsRunFileAndHoldsNoData() throws {
        let root = try temporaryResults("ship-roundtrip")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = try trained(root)
        let shipped = ShippedModels.directory(experiment: "tiny-presence", resultsRoot: root).appendingPathComponent("run.h5")
        try #require(FileManager.default.fileExists(atPath: shipped.path))
        #expect(ModelFile.isModelFile(shipped) && !ModelFile.isModelFile(runner.runFile("run")))
        let file = try HDF5File(opening: shipped)
        for absent in ["runs/run/data", "runs/run/predictions", "runs/run/history", "runs/run/explain", "axis"] {
            #expect(!file.root.contains(absent), "\(absent)")
        }
        #expect(file.root.contains("runs/run/config") && file.root.contains("manifest"))
        #expect(try file.root.stringAttribute("experiment") == "tiny-presence")
        #expect(try file.root.stringAttribute("model_sha256") == (try WarmStart.modelHash(runner.runFile("run"))))
        // `harness inspect` describes it as a model file, not as a damaged run file.
        let inspected = try Inspector.inspect(shipped)
        #expect(inspected.problems.isEmpty, "\(inspected.problems)")
        #expect(inspected.text.contains("a model file"))
        // Same weights, same predictions, same configuration and metrics.
        let fromRun = try TrainedModel(file: runner.runFile("run")), fromModel = try TrainedModel(file: shipped)
        #expect(fromModel.labelNames == fromRun.labelNames && fromModel.axis == fromRun.axis && fromModel.task == fromRun.task)
        let (spectra, _) = try ExperimentRunner.readTestSplit(runner.runFile("run"))
        let L = spectra.shape[2]
        for n in 0..<spectra.shape[0] {
            let x = Array(spectra.scalars[(n * L)..<((n + 1) * L)])
            #expect(fromModel.predict(x) == fromRun.predict(x), "spectrum \(n)")
        }
        #expect(try ExperimentRunner.readConfig(shipped) == (try ExperimentRunner.readConfig(runner.runFile("run"))))
        let description = try ModelDescription(shipped)
        #expect(description.metricName == (try ExperimentRunner.readResult(runner.runFile("run"))).metricName)
        #expect(description.summary.contains("profile default"))
        // A second report leaves the current model file as it was.
        let before = try FileManager.default.attributesOfItem(atPath: shipped.path)[.modificationDate] as? Date
        try ShippedModels.ship(runner)
        #expect(try FileManager.default.attributesOfItem(atPath: shipped.path)[.modificationDate] as? Date == before)
    }

    @Test func theSizeGuardRefusesNamingTheExperimentFilesAndSizes() throws {
        let root = try temporaryResults("ship-size")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = try trained(root, ship: "")
        #expect(ShippedModels.files(experiment: "tiny-presence", resultsRoot: root).isEmpty)
        let shipping = ExperimentRunner(try manifest(), resultsRoot: root, progress: ProgressReporter(quiet: true))
        var message = ""
        do { try ShippedModels.ship(shipping, limit: 1000) } catch { message = "\(error)" }
        #expect(message.contains("experiment tiny-presence") && message.contains("models/run.h5") && message.contains("MB"), "\(message)")
        #expect(message.contains("over the limit"), "\(message)")
        // Nothing was written, and no staging folder is left behind.
        let dir = ShippedModels.directory(experiment: "tiny-presence", resultsRoot: root)
        #expect((try FileManager.default.contentsOfDirectory(atPath: dir.path)).isEmpty)
        #expect(try ShippedModels.ship(shipping).map(\.lastPathComponent) == ["run.h5"])
        // Without `ship`, models/ is left as it is.
        try ShippedModels.ship(runner)
        #expect(!ShippedModels.files(experiment: "tiny-presence", resultsRoot: root).isEmpty)
    }

    @Test func aShipNameThatIsNoRunIsAnError() throws {
        let root = try temporaryResults("ship-name")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = ExperimentRunner(try manifest(ship: "\"ship\": [\"model-cnn\"],"), resultsRoot: root)
        var message = ""
        do { try ShippedModels.ship(runner) } catch { message = "\(error)" }
        #expect(message.contains("ship") && message.contains("model-cnn") && message.contains("run"), "\(message)")
        var empty = ""
        do { _ = try manifest(ship: "\"ship\": [],") } catch { empty = "\(error)" }
        #expect(empty.contains("ship"), "\(empty)")
    }

    @Test func noShippedModelNamesTheExperimentsToRun() throws {
        let root = try temporaryResults("ship-none")
        defer { try? FileManager.default.removeItem(at: root) }
        var message = ""
        do { _ = try SurveyModels(resultsRoot: root) } catch { message = "\(error)" }
        #expect(message.contains("no shipped model") && message.contains("harness run survey-presence"), "\(message)")
        #expect(message.contains("survey-presence/models") && message.contains("survey-quantification/models"), "\(message)")
    }

    /// Run from another folder, predict finds the models of the checkout the executable was built
    /// in, through the .build/release link to .build/<triple>/release.
    @Test func theShippedModelsAreFoundFromTheExecutablesCheckout() throws {
        let root = try temporaryResults("ship-checkout")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        let checkout = root.appendingPathComponent("checkout"), elsewhere = root.appendingPathComponent("elsewhere")
        let triple = checkout.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release")
        try fm.createDirectory(at: triple, withIntermediateDirectories: true)
        try fm.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try fm.createSymbolicLink(at: checkout.appendingPathComponent(".build/release"), withDestinationURL: triple)
        try Data().write(to: checkout.appendingPathComponent("Package.swift"))
        let models = checkout.appendingPathComponent("Results/survey-presence/models")
        try fm.createDirectory(at: models, withIntermediateDirectories: true)
        try Data().write(to: models.appendingPathComponent("run.h5"))
        let executable = checkout.appendingPathComponent(".build/release/harness")
        let found = ShippedModels.defaultResultsRoot(executable: executable, currentFolder: elsewhere)
        #expect(found.resolvingSymlinksInPath().path == checkout.appendingPathComponent("Results").resolvingSymlinksInPath().path, "\(found.path)")
        let none = ShippedModels.defaultResultsRoot(executable: elsewhere.appendingPathComponent("harness"), currentFolder: elsewhere)
        #expect(none.path == elsewhere.appendingPathComponent("Results").path)
    }

    /// One corrupt point would become the survey's maximum and flatten the rest: refused, named by
    /// its energy; the same survey without it reads.
    @Test func aSurveyWithOneIsolatedSpikeIsRefusedNamingIt() throws {
        let root = try temporaryResults("ship-spike")
        defer { try? FileManager.default.removeItem(at: root) }
        let runner = try trained(root)
        let model = try TrainedModel(file: runner.runFile("run"))
        let energies = (0...1200).map(Double.init)
        var counts = energies.map { 1000 + 800 * Foundation.exp(-0.5 * pow(($0 - 710) / 1.5, 2)) + 0.5 * $0 }
        _ = try model.input(for: try Spectrum(energies: energies, intensities: counts), name: "clean")
        counts[400] = 1e300
        let error = #expect(throws: HarnessError.self) { try model.input(for: try Spectrum(energies: energies, intensities: counts), name: "spiked") }
        let text = error.map { "\($0)" } ?? ""
        #expect(text.contains("spiked") && text.contains("400.00 eV") && text.contains("spike"), "\(text)")
    }

    /// The probability without an element's own lines is the model's output on the survey with
    /// exactly those positions occluded: the element's own lines as the FIS alignment takes them.
    @Test func theProbabilityWithoutOwnLinesOccludesTheElementsLines() throws {
        let root = try temporaryResults("ship-without")
        defer { try? FileManager.default.removeItem(at: root) }
        let model = try TrainedModel(file: try trained(root).runFile("run"))
        let x = (0..<model.axis.count).map { Float(0.2 + 0.8 * Foundation.exp(-0.5 * pow((Double($0) - 177) / 2, 2))) }
        let energies = Explanation.ownLines(try ElementLibrary.load().element("Fe"), photonEnergy: 1486.6, axis: model.axis)
        #expect(!energies.isEmpty)
        let occluded = GaussianProbing.occludingAll(
            x, centers: energies.map { ($0 - model.axis.start) / model.axis.step }, sigmaPoints: 2 / model.axis.step)
        #expect(occluded != x)
        let c = try #require(model.labelNames.firstIndex(of: "Fe"))
        let p = try SurveyPrediction.probabilityWithoutLines(model, input: x, element: "Fe")
        #expect(p == Double(model.predict(occluded)[c]))
        #expect(try SurveyPrediction.probabilityWithoutLines(model, input: x, element: "Xx").isNaN)
    }
}
