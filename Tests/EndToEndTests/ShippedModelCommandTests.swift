// Shipped models through the real binary: `harness run` writes models/ for the `ship` runs,
// `harness predict SURVEY` with no model uses them from a results folder holding models/ only (a
// fresh clone), `harness explain` and `harness predict` take a model file like a run file, and
// with no shipped model the error says what to run.

import Foundation
import Testing
import TestSupport

@Suite(.serialized) struct ShippedModelCommandTests {
    static let survey = SharedData.file("vamas/regular.vms").path

    @Test func predictWithoutAModelUsesTheShippedSurveyModels() throws {
        let dir = try temporaryDirectory("shipped")
        defer { try? FileManager.default.removeItem(at: dir) }
        let trainedRoot = dir.appendingPathComponent("trained"), clone = dir.appendingPathComponent("clone")
        for experiment in ["survey-presence", "survey-quantification"] {
            let r = try Binary.run([
                "run", experiment, "--profile", "smoke", "--results", trainedRoot.path, "--quiet", "--no-render", "--set", "ship=[\"run\"]"
            ])
            try #require(r.status == 0, "\(r.err)")
            let models = trainedRoot.appendingPathComponent("\(experiment)/models")
            try FileManager.default.createDirectory(at: clone.appendingPathComponent(experiment), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: models, to: clone.appendingPathComponent("\(experiment)/models"))
        }
        // The model file predicts as the run file does.
        let viaRun = dir.appendingPathComponent("run.csv"), viaModel = dir.appendingPathComponent("model.csv")
        let presenceRun = trainedRoot.appendingPathComponent("survey-presence/runs/run.h5").path
        let presenceModel = clone.appendingPathComponent("survey-presence/models/run.h5").path
        #expect(try Binary.run(["predict", presenceRun, Self.survey, "--output", viaRun.path, "--no-figures"]).status == 0)
        #expect(try Binary.run(["predict", presenceModel, Self.survey, "--output", viaModel.path, "--no-figures"]).status == 0)
        #expect(try String(contentsOf: viaRun, encoding: .utf8) == String(contentsOf: viaModel, encoding: .utf8))
        // No model argument, a results folder with models/ only: elements, probabilities, at. %, figures.
        let csv = dir.appendingPathComponent("survey.csv")
        let p = try Binary.run(["predict", Self.survey, "--results", clone.path, "--output", csv.path])
        try #require(p.status == 0, "\(p.err)")
        #expect(p.out.contains("multi-label model: \(presenceModel)") && p.out.contains("quantification model:"), "\(p.out)")
        #expect(p.out.contains("profile smoke") && p.out.contains("77 elements") && p.out.contains("input 0.0–1350.0 eV"), "\(p.out)")
        #expect(p.out.contains("regular.vms#0: elements (p ≥ 0.05):") && p.out.contains("at. % (≥ 0.5):"), "\(p.out)")
        let rows = try csvRows(csv)
        #expect(rows[0].prefix(4) == ["file", "spectrum", "present", "p_Li"] && rows[0].last == "at_percent_U", "\(rows[0])")
        #expect(rows[0].count == 3 + 77 + 77 && rows.count >= 2)
        // The measured-surveys check: every labelled sample, the synchrotron survey refused with its reason.
        let check = dir.appendingPathComponent("check")
        let c = try Binary.run(["survey-check", "--results", clone.path, "--output", check.path])
        try #require(c.status == 0, "\(c.err)")
        let table = try String(contentsOf: check.appendingPathComponent("measured-surveys.md"), encoding: .utf8)
        for sample in ["| Co |", "| Fe2O3 |", "| NiFe |", "| MgFe2O4 |", "| ITO |"] { #expect(table.contains(sample), "\(sample)") }
        #expect(table.contains("hν = 600.0 eV") && table.contains("Mg : Fe"), "\(table)")
        #expect(FileManager.default.fileExists(atPath: check.appendingPathComponent("measured-surveys.csv").path))
        let figures = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("predictions").path)
        #expect(figures.contains("regular-0.png"), "\(figures)")
        // explain takes a model file: its test spectra regenerated from the recorded configuration.
        let out = dir.appendingPathComponent("fis")
        let e = try Binary.run([
            "explain", presenceModel, "--set", "explanation.classes=[\"Fe\"]", "--set", "explanation.spectraPerClass=2", "--output", out.path
        ])
        #expect(e.status == 0, "\(e.err)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("explain.h5").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("fis-Fe.png").path))
    }

    @Test func fitInitTakesAModelFileAsItsRunFile() throws {
        let dir = try temporaryDirectory("shipped-fit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run([
            "run", "park2020-training", "--profile", "smoke", "--only", "run_r1", "--results", dir.path, "--quiet", "--no-render",
            "--set", "ship=[\"run_r1\"]"
        ])
        try #require(r.status == 0, "\(r.err)")
        func fit(_ folder: String) throws -> String {
            let out = dir.appendingPathComponent("fit-\(folder)")
            let f = try Binary.run([
                "fit", SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--background", SharedData.file("park2020/P3HT_S2p_bg.txt").path,
                "--shape", "pv", "--weights", "none", "--output", out.path,
                "--init", dir.appendingPathComponent("park2020-training/\(folder)/run_r1.h5").path
            ])
            #expect(f.status == 0, "\(f.err)")
            return f.out.replacingOccurrences(of: out.path, with: "OUT").replacingOccurrences(of: "/\(folder)/", with: "/")
        }
        let viaModel = try fit("models")
        let viaRun = try fit("runs")
        #expect(viaModel.contains("start: network:") && viaModel == viaRun, "\(viaModel)")
    }

    @Test func predictWithoutAnyShippedModelSaysWhatToRun() throws {
        let dir = try temporaryDirectory("shipped-none")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["predict", Self.survey, "--results", dir.path])
        #expect(r.status != 0)
        #expect(r.err.contains("no shipped model in") && r.err.contains("harness run survey-presence"), "\(r.err)")
        let peak = try Binary.run(["predict", Self.survey, "--shifts", "0"])
        #expect(peak.status != 0 && peak.err.contains("name MODEL.h5 first"), "\(peak.err)")
    }
}
