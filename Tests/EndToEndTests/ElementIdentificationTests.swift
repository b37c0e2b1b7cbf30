// snr-sweep and fis-elements (smoke profile) through the real binary, and predict on a synthetic
// VAMAS survey.

import Testing
import Foundation
import Store
import Spectra
import SpectraIO
import TestSupport

func csvRows(_ url: URL) throws -> [[String]] {
    try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map {
        $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}

@Suite(.serialized) struct ElementIdentificationTests {
    @Test func snrSweepSmokeWritesAccuracyPerModelSNRElementAndClass() throws {
        let dir = try temporaryDirectory("snr-sweep")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["run", "snr-sweep", "--profile", "smoke", "--results", dir.path, "--quiet"])
        try #require(r.status == 0, "\(r.err)")
        let tables = dir.appendingPathComponent("snr-sweep/tables")
        let accuracy = try csvRows(tables.appendingPathComponent("accuracy.csv"))
        #expect(accuracy[0] == ["model", "snr", "accuracy_percent", "source"])
        let ours = accuracy.dropFirst().filter { $0[3] == "ours" }
        #expect(Set(ours.map { $0[0] }) == ["cnn-dense", "mlp"])
        #expect(Set(ours.map { $0[1] }) == ["1", "2", "3.8", "5", "10", "20", "50", "100"])
        #expect(ours.allSatisfy { (Double($0[2]) ?? -1) >= 0 && (Double($0[2]) ?? 101) <= 100 })
        // The published point is the preprint's, labelled as such.
        let published = accuracy.dropFirst().filter { $0[3] == "published" }
        try #require(published.count == 1)
        #expect(published[0][1] == "3.8" && published[0][2] == "90.60")
        #expect(published[0][0].contains("published"))
        // Per element: 6 elements × 8 SNR × 2 models; per class: every listed class has members.
        let perElement = try csvRows(tables.appendingPathComponent("per-element.csv"))
        #expect(perElement[0] == ["model", "snr", "element", "overlap_class", "accuracy_percent", "n"])
        #expect(perElement.count - 1 == 6 * 8 * 2)
        let members = try csvRows(tables.appendingPathComponent("overlap-classes-members.csv"))
        #expect(members.dropFirst().first { $0[0] == "C" }?[1] == "4")
        let byClass = try csvRows(tables.appendingPathComponent("overlap-classes.csv"))
        #expect(byClass[0] == ["model", "snr", "overlap_class", "accuracy_percent", "n"])
        // Each class's spectra add up to the test split at every SNR.
        let counts = byClass.dropFirst().filter { $0[0] == "mlp" && $0[1] == "2" }.map { Int($0[4])! }
        #expect(counts.reduce(0, +) == 48)
        let pairs = try String(contentsOf: tables.appendingPathComponent("confusion-pairs.md"), encoding: .utf8)
        #expect(pairs.contains("| true | predicted | errors |"))
        let figures = dir.appendingPathComponent("snr-sweep/figures")
        for f in ["accuracy-vs-snr.png", "accuracy-by-class-model-mlp.png", "accuracy-by-class-model-cnn-dense.png"] {
            #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent(f).path), "\(f)")
        }
        let gp = try String(contentsOf: figures.appendingPathComponent("accuracy-vs-snr.gp"), encoding: .utf8)
        #expect(gp.contains("published"))
    }

    @Test func fisElementsSmokeScoresAlignmentWithThreeMethods() throws {
        let dir = try temporaryDirectory("fis-elements")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["run", "fis-elements", "--profile", "smoke", "--results", dir.path, "--quiet"])
        try #require(r.status == 0, "\(r.err)")
        let tables = dir.appendingPathComponent("fis-elements/tables")
        let rows = try csvRows(tables.appendingPathComponent("fis-alignment.csv"))
        #expect(rows[0] == ["element", "overlap_class", "alignment", "accuracy_percent"])
        #expect(rows.dropFirst().map { $0[0] } == ["C", "O", "Si", "Fe", "Au", "Cu"])
        for row in rows.dropFirst() {
            let a = Double(row[2])
            #expect(a == nil || (0...1).contains(a!), "\(row)")
        }
        let methods = try csvRows(tables.appendingPathComponent("fis-alignment-methods.csv"))
        #expect(methods[0] == ["element", "overlap_class", "fis", "gradient_input", "occlusion"])
        let run = try HDF5File(opening: dir.appendingPathComponent("fis-elements/runs/run.h5")).root.openGroup("runs/run/explain")
        #expect(try run.readFloats("gradient_input").shape == [6, 1101])
        #expect(try run.readFloats("occlusion").shape == [6, 138])
        let figures = dir.appendingPathComponent("fis-elements/figures")
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("fis-run-Au.png").path))
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("fis-overview-run.png").path))
    }

    @Test func predictFindsTheElementOfASyntheticVamasSurvey() throws {
        let dir = try temporaryDirectory("predict-survey")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("three.json")
        try """
        {
          "name": "three",
          "task": "classification",
          "data": { "generator": "element-survey", "parameters": { "elements": ["C", "Si", "Au"], "signalToNoise": [20, 100] },
                    "train": 480, "validation": 48, "test": 48, "seed": 5 },
          "model": { "preset": "mlp", "hidden": [32] },
          "training": { "batchSize": 32, "epochs": 3, "threads": 2 }
        }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"])
        try #require(r.status == 0, "\(r.err)")
        // A gold survey at SNR 50, written as kinetic energies with an analyser work function of 4.5 eV.
        var p = ElementSurveyGenerator.Parameters()
        p.elements = ["Au"]
        p.signalToNoise = 50...50
        p.maxShift = 0
        p.axisStart = -20
        p.axisEnd = 1120
        let g = try ElementSurveyGenerator(parameters: p, seed: 9)
        var x = [Float](repeating: 0, count: g.axis.count), t: [Float] = [0]
        x.withUnsafeMutableBufferPointer { xs in t.withUnsafeMutableBufferPointer { g.generate(index: 0, spectrum: xs, targets: $0) } }
        let survey = try Spectrum(energies: g.axis.energies, intensities: x.map { 1000 * Double($0) })
        var options = VamasWriter.Options()
        options.workFunction = 4.5
        options.photonEnergy = 1486.6
        let vms = dir.appendingPathComponent("gold.vms")
        try VamasWriter.write(spectra: [survey], to: vms, options: options)
        let model = dir.appendingPathComponent("three/runs/run.h5").path
        let csv = dir.appendingPathComponent("p.csv")
        let ok = try Binary.run(["predict", model, vms.path, "--output", csv.path])
        #expect(ok.status == 0, "\(ok.err)")
        let rows = try csvRows(csv)
        #expect(rows[1][0] == "gold.vms" && rows[1][2] == "Au", "\(rows)")
        #expect(ok.out.contains("elements with probability ≥ 0.05:") && ok.out.contains("gold.vms#0: Au "))
        // φ = 0 instead of the file's 4.5 eV moves the spectrum 4.5 eV; the work-function option must parse.
        let none = try Binary.run(["predict", model, vms.path, "--output", csv.path, "--work-function", "none", "--no-figures"])
        #expect(none.status == 0, "\(none.err)")
        let bad = try Binary.run(["predict", model, vms.path, "--work-function", "fermi"])
        #expect(bad.status != 0 && bad.err.contains("--work-function: found 'fermi', expected 'file', 'none' or a number of eV"))
    }
}

@Suite(.serialized) struct QuantificationTests {
    @Test func quantificationSmokeComparesTheNetworkWithSensitivityFactors() throws {
        let dir = try temporaryDirectory("quantification")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["run", "quantification", "--profile", "smoke", "--results", dir.path, "--quiet"])
        try #require(r.status == 0, "\(r.err)")
        let rows = try csvRows(dir.appendingPathComponent("quantification/tables/mae.csv"))
        #expect(rows[0] == ["method", "snr", "elements_per_spectrum", "mae_at_percent"])
        // network and rsf × SNR 5, 10, 20, 50, 100 × 2 and 3 elements.
        #expect(rows.count - 1 == 2 * 5 * 2)
        #expect(Set(rows.dropFirst().map { $0[0] }) == ["network", "rsf"])
        #expect(Set(rows.dropFirst().map { $0[2] }) == ["2", "3"])
        #expect(rows.dropFirst().allSatisfy { (0...100).contains(Double($0[3]) ?? -1) })
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("quantification/figures/mae-vs-snr.png").path))
    }

    @Test func presenceSmokeReportsExactMatchPerSNR() throws {
        let dir = try temporaryDirectory("presence")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["run", "presence", "--profile", "smoke", "--results", dir.path, "--quiet"])
        try #require(r.status == 0, "\(r.err)")
        let rows = try csvRows(dir.appendingPathComponent("presence/tables/exact-match.csv"))
        #expect(rows[0] == ["row", "column", "mean", "sd", "n", "source"])
        // One row per test SNR: 2, 3.8, 5, 10, 20, 50, 100.
        #expect(rows.count - 1 == 7)
        #expect(rows.dropFirst().allSatisfy { (0...100).contains(Double($0[2]) ?? -1) })
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("presence/figures/exact-match-vs-snr.png").path))
    }

    @Test func surveyTaskMustMatchTheManifestTask() throws {
        let bad = try Binary.run(["validate", "presence", "--set", "data.parameters.task=quantification"])
        #expect(bad.status != 0 && bad.err.contains("data.parameters.task"), "\(bad.err)")
        // An evaluation condition may not swap the generator's task (the targets) under a trained model.
        let dir = try temporaryDirectory("condition-task")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("presence-condition.json")
        let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("Experiments/presence.json"), encoding: .utf8)
            .replacingOccurrences(
                of: "\"data.parameters.signalToNoise\": [\n            2,\n            2\n          ]",
                with: "\"data.parameters.task\": \"quantification\"")
        try #require(text.contains("\"data.parameters.task\": \"quantification\""))
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let condition = try Binary.run(["validate", manifest.path])
        #expect(condition.status != 0 && condition.err.contains("evaluation.conditions.0.set"), "\(condition.err)")
        let amounts = try Binary.run(["validate", "snr-sweep", "--set", "model.output=amounts"])
        #expect(amounts.status != 0 && amounts.err.contains("model.output"), "\(amounts.err)")
    }
}
