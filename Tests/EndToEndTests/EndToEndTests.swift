// Tiny manifests through the real `harness` binary.

import Testing
import Foundation
import Store
import TestSupport

enum Binary {
    /// The harness executable built beside the tests (release or debug, whichever is newer).
    static var url: URL {
        let build = SharedData.packageRoot.appendingPathComponent(".build")
        let candidates = ["release", "debug"].map { build.appendingPathComponent("\($0)/harness") }
            .filter { FileManager.default.isExecutableFile(atPath: $0.path) }
        let dated = candidates.map { url -> (URL, Date) in
            let d = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? .distantPast
            return (url, d)
        }
        return dated.max { $0.1 < $1.1 }?.0 ?? build.appendingPathComponent("debug/harness")
    }

    /// Runs harness with `arguments` in the package root; returns exit status, stdout and stderr.
    @discardableResult
    static func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = url
        p.arguments = arguments
        p.currentDirectoryURL = SharedData.packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }
}

func temporaryDirectory(_ tag: String) throws -> URL {
    let u = FileManager.default.temporaryDirectory.appendingPathComponent("xps-e2e-\(tag)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
    return u
}

/// A tiny peak-fitting manifest (seconds to run).
func tinyManifest(name: String = "tiny", extra: String = "") -> String {
    """
    {
      "name": "\(name)",
      "task": "peak-fitting",
      "data": { "generator": "peak-fitting", "train": 96, "validation": 32, "test": 32, "seed": 3 },
      "model": { "preset": "park" },
      "training": { "batchSize": 16, "epochs": 2, "threads": 2 }\(extra)
    }
    """
}

@Suite(.serialized) struct EndToEndTests {
    @Test func quickstartSmokeWritesTheDocumentedLayout() throws {
        let results = try temporaryDirectory("quickstart")
        defer { try? FileManager.default.removeItem(at: results) }
        let r = try Binary.run(["run", "quickstart", "--profile", "smoke", "--results", results.path, "--quiet"])
        #expect(r.status == 0, "\(r.err)")
        let dir = results.appendingPathComponent("quickstart")
        for run in ["model-mlp", "model-cnn-gap"] {
            let file = try HDF5File(opening: dir.appendingPathComponent("runs/\(run).h5"))
            let root = file.root
            #expect(try root.stringAttribute("program") == "harness")
            #expect(try root.stringAttribute("profile") == "smoke")
            #expect(try root.stringAttribute("manifest_sha256").count == 64)
            #expect(try root.shape(of: "axis") == [1101])
            let g = try root.openGroup("runs/\(run)")
            #expect(try g.shape(of: "data/test/spectra") == [64, 1101])
            #expect(try g.shape(of: "data/test/labels") == [64, 20])
            #expect(try g.shape(of: "predictions/test") == [64, 20])
            #expect(try g.readDoubles("history/train_loss").values.count == 2)
            #expect(try g.openGroup("model").memberNames().contains("out.weight"))
            #expect(try (0...1).contains(g.openGroup("metrics").doubleAttribute("accuracy")[0]))
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("quickstart.h5").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("provenance.json").path))
        // Figures and tables, and every script redraws on its own under gnuplot.
        let figures = dir.appendingPathComponent("figures")
        for name in [
            "loss", "per-element-accuracy", "confusion-model-mlp", "confusion-model-cnn-gap",
            "fis-model-mlp-Au", "fis-model-mlp-Cu", "examples-model-mlp-1", "examples-model-cnn-gap-2"
        ] {
            for ext in ["dat", "gp", "png", "svg"] {
                #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("\(name).\(ext)").path), "\(name).\(ext)")
            }
        }
        try FileManager.default.removeItem(at: figures.appendingPathComponent("loss.png"))
        let gnuplot = Process()
        gnuplot.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        gnuplot.arguments = ["gnuplot", "loss.gp"]
        gnuplot.currentDirectoryURL = figures
        try gnuplot.run(); gnuplot.waitUntilExit()
        #expect(gnuplot.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("loss.png").path))
        let table = try String(contentsOf: dir.appendingPathComponent("tables/accuracy.md"), encoding: .utf8)
        #expect(table.contains("| model | value | source |") && table.contains("| mlp |"))
        let csv = try String(contentsOf: dir.appendingPathComponent("tables/accuracy.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("row,column,mean,sd,n,source\n"))
        // Feature importance in the run file, and recomputed by `harness explain` without retraining.
        let mlp = try HDF5File(opening: dir.appendingPathComponent("runs/model-mlp.h5")).root
        #expect(try mlp.shape(of: "runs/model-mlp/explain/importance") == [2, 551])
        let explained = try Binary.run([
            "explain", "quickstart", "--profile", "smoke", "--results", results.path,
            "--only", "model-cnn-gap", "--set", "explanation.classes=[\"Fe\"]"
        ])
        #expect(explained.status == 0, "\(explained.err)")
        let cnn = try HDF5File(opening: dir.appendingPathComponent("runs/model-cnn-gap.h5")).root
        #expect(try cnn.openGroup("runs/model-cnn-gap/explain").stringAttribute("classes") == "Fe")
        // `harness plot` redraws from the HDF5 files alone.
        try FileManager.default.removeItem(at: figures)
        #expect(try Binary.run(["plot", "quickstart", "--profile", "smoke", "--results", results.path]).status == 0)
        #expect(FileManager.default.fileExists(atPath: figures.appendingPathComponent("loss.png").path))
        // No temporary file left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("runs").path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func sameSeedAndThreadsGiveBitIdenticalResults() throws {
        let a = try temporaryDirectory("a"), b = try temporaryDirectory("b")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let manifest = a.appendingPathComponent("tiny.json")
        try tinyManifest().write(to: manifest, atomically: true, encoding: .utf8)
        for dir in [a, b] {
            let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"])
            #expect(r.status == 0, "\(r.err)")
        }
        func predictions(_ dir: URL) throws -> [Float] {
            try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root.readFloats("runs/run/predictions/test").values
        }
        #expect(try predictions(a) == predictions(b))
        // A different initialisation seed changes them.
        let c = try temporaryDirectory("c")
        defer { try? FileManager.default.removeItem(at: c) }
        #expect(try Binary.run(["run", manifest.path, "--results", c.path, "--quiet", "--set", "training.seed=2"]).status == 0)
        #expect(try predictions(a) != predictions(c))
    }

    @Test func finishedRunsAreSkippedUnlessForced() throws {
        let dir = try temporaryDirectory("skip")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        try tinyManifest().write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"]).status == 0)
        func provenance() throws -> [String: Any] {
            let data = try Data(contentsOf: dir.appendingPathComponent("tiny/provenance.json"))
            return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
        }
        let first = try provenance()
        let again = try Binary.run(["run", manifest.path, "--results", dir.path])
        #expect(again.err.contains("skipped"))
        // The summary rewritten from reused runs still carries the runs' own time and commits.
        let second = try provenance()
        let runSeconds = first["runSeconds"] as? Double ?? 0
        #expect(runSeconds > 0)
        #expect(second["runSeconds"] as? Double == runSeconds)
        #expect((second["runCommits"] as? [String] ?? []).count == 1)
        #expect(second["runCommits"] as? [String] == first["runCommits"] as? [String])
        #expect(second["runsDirty"] != nil && second["blasCore"] as? String != nil)
    }

    @Test func eachKindOfBadManifestGetsItsOwnError() throws {
        let dir = try temporaryDirectory("bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        func check(_ text: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
            let url = dir.appendingPathComponent("bad.json")
            try text.write(to: url, atomically: true, encoding: .utf8)
            let r = try Binary.run(["validate", url.path])
            #expect(r.status != 0, sourceLocation: sourceLocation)
            for e in expected { #expect(r.err.contains(e), "stderr: \(r.err)", sourceLocation: sourceLocation) }
        }
        try check(tinyManifest(extra: ",\n  \"trainning\": {}"), ["unknown key 'trainning'", "bad.json:7"])
        try check(
            tinyManifest().replacingOccurrences(of: "\"epochs\": 2", with: "\"epochs\": \"two\""),
            ["'training.epochs' is the string \"two\", expected a whole number", "bad.json:6"])
        try check(
            tinyManifest().replacingOccurrences(of: "\"train\": 96", with: "\"train\": 0"),
            ["'data.train' = 0 is out of range", "at least 1 spectrum"])
        try check(
            tinyManifest().replacingOccurrences(of: "\"preset\": \"park\"", with: "\"preset\": \"resnet\""),
            ["model.preset", "one of"])
        try check(tinyManifest().replacingOccurrences(of: "\"task\": \"peak-fitting\",", with: ""), ["required key 'task' is missing"])
        try check("{ \"name\": \"x\", ", ["invalid JSON"])
        let missing = try Binary.run(["validate", dir.appendingPathComponent("nope.json").path])
        #expect(missing.status != 0 && missing.err.contains("no such file"))
        let badSet = try Binary.run(["validate", "quickstart", "--set", "data.train=lots"])
        #expect(badSet.status != 0 && badSet.err.contains("data.train"))
    }
}

@Suite(.serialized) struct ResumeTests {
    @Test func aResumedRunEqualsAnUninterruptedOne() throws {
        let a = try temporaryDirectory("whole"), b = try temporaryDirectory("resumed")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        let manifest = a.appendingPathComponent("tiny.json")
        // Dropout and a plateau schedule, so every piece of restored state matters.
        try """
        {
          "name": "tiny",
          "task": "classification",
          "data": { "generator": "element-survey", "parameters": { "elements": ["C", "O", "Si", "Au", "Cu"] },
                    "train": 128, "validation": 32, "test": 32, "seed": 3 },
          "model": { "preset": "mlp", "hidden": [32, 16], "dropout": 0.3 },
          "training": { "batchSize": 16, "epochs": 4, "threads": 2,
                        "schedule": { "kind": "plateau", "patience": 0, "factor": 0.5 } }
        }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", manifest.path, "--results", a.path, "--quiet"]).status == 0)
        let stopped = try Binary.run(["run", manifest.path, "--results", b.path, "--quiet", "--stop-after-epoch", "2"])
        #expect(stopped.status != 0 && stopped.err.contains("--resume"))
        #expect(FileManager.default.fileExists(atPath: b.appendingPathComponent("tiny/checkpoints/run.h5").path))
        #expect(!FileManager.default.fileExists(atPath: b.appendingPathComponent("tiny/runs/run.h5").path))
        let resumed = try Binary.run(["run", manifest.path, "--results", b.path, "--resume"])
        #expect(resumed.status == 0, "\(resumed.err)")
        #expect(resumed.err.contains("resumed after epoch 2"))
        func read(_ dir: URL, _ name: String) throws -> [Float] {
            try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root.readFloats("runs/run/\(name)").values
        }
        #expect(try read(a, "predictions/test") == read(b, "predictions/test"))
        #expect(try read(a, "model/fc1.weight") == read(b, "model/fc1.weight"))
        let ha = try HDF5File(opening: a.appendingPathComponent("tiny/runs/run.h5")).root.readDoubles("runs/run/history/val_loss").values
        let hb = try HDF5File(opening: b.appendingPathComponent("tiny/runs/run.h5")).root.readDoubles("runs/run/history/val_loss").values
        #expect(ha == hb && ha.count == 4)
    }
}

@Suite(.serialized) struct GenerateAndInspectTests {
    @Test func exportedTestSplitIsWhatTheRunEvaluated() throws {
        let dir = try temporaryDirectory("generate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        try tinyManifest().write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"]).status == 0)
        let out = dir.appendingPathComponent("data.h5")
        let g = try Binary.run(["generate", manifest.path, "--output", out.path])
        #expect(g.status == 0, "\(g.err)")
        let exported = try HDF5File(opening: out).root
        #expect(try exported.shape(of: "data/train/spectra") == [96, 401])
        #expect(try exported.shape(of: "data/validation/labels") == [32, 10])
        let run = try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root
        #expect(try exported.readFloats("data/test/spectra").values == run.readFloats("runs/run/data/test/spectra").values)
        #expect(try exported.readFloats("data/test/labels").values == run.readFloats("runs/run/data/test/labels").values)
        let inspect = try Binary.run(["inspect", dir.appendingPathComponent("tiny/tiny.h5").path])
        #expect(inspect.status == 0 && inspect.out.contains("peak_count_accuracy") && inspect.out.contains("runs: 1"))
    }
}

@Suite(.serialized) struct SchedulingTests {
    @Test func parallelProcessesGiveTheSameResultsAsOne() throws {
        let a = try temporaryDirectory("serial"), b = try temporaryDirectory("jobs")
        defer { try? FileManager.default.removeItem(at: a); try? FileManager.default.removeItem(at: b) }
        #expect(try Binary.run(["run", "quickstart", "--profile", "smoke", "--results", a.path, "--quiet"]).status == 0)
        let jobs = try Binary.run(["run", "quickstart", "--profile", "smoke", "--results", b.path, "--quiet", "--jobs", "2"])
        #expect(jobs.status == 0, "\(jobs.err)")
        for run in ["model-mlp", "model-cnn-gap"] {
            let pa = try HDF5File(opening: a.appendingPathComponent("quickstart/runs/\(run).h5")).root.readFloats("runs/\(run)/predictions/test")
                .values
            let pb = try HDF5File(opening: b.appendingPathComponent("quickstart/runs/\(run).h5")).root.readFloats("runs/\(run)/predictions/test")
                .values
            #expect(pa == pb, "\(run)")
        }
        #expect(FileManager.default.fileExists(atPath: b.appendingPathComponent("quickstart/quickstart.h5").path))
    }

    @Test func slurmScriptRunsOneRunPerArrayTask() throws {
        let dir = try temporaryDirectory("slurm")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["plan", "quickstart", "--slurm", "--results", dir.path, "--hours", "2"])
        #expect(r.status == 0, "\(r.err)")
        let script = try String(contentsOf: dir.appendingPathComponent("quickstart/slurm.sh"), encoding: .utf8)
        #expect(script.contains("#SBATCH --array=0-1"))
        #expect(script.contains("#SBATCH --cpus-per-task=2"))
        #expect(script.contains("#SBATCH --time=2:00:00"))
        #expect(script.contains("RUNS=(\"model-mlp\" \"model-cnn-gap\")"))
        #expect(script.contains("--only \"$RUN\""))
        #expect(script.contains("Experiments/quickstart.json"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("quickstart/slurm").path))
        // The script is valid bash.
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/bin/bash")
        check.arguments = ["-n", dir.appendingPathComponent("quickstart/slurm.sh").path]
        try check.run(); check.waitUntilExit()
        #expect(check.terminationStatus == 0)
    }
}

@Suite(.serialized) struct PredictTests {
    @Test func predictsMeasuredSurveysAndRefusesSpectraOutsideTheAxis() throws {
        let dir = try temporaryDirectory("predict")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try Binary.run(["run", "quickstart", "--profile", "smoke", "--results", dir.path, "--quiet"]).status == 0)
        let model = dir.appendingPathComponent("quickstart/runs/model-mlp.h5").path
        let csv = dir.appendingPathComponent("p.csv")
        let ok = try Binary.run(["predict", model, SharedData.file("vamas/regular.vms").path, "--output", csv.path])
        #expect(ok.status == 0, "\(ok.err)")
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n")
        #expect(rows.first == "file,spectrum,element,probability,second,second_probability")
        #expect(rows.count == 2 && rows[1].hasPrefix("regular.vms,0,"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("predictions/regular-0.png").path))
        let narrow = try Binary.run(["predict", model, SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--output", csv.path])
        #expect(narrow.status != 0)
        #expect(narrow.err.contains("covers 155.1–175.1 eV, but the model's input axis is 0.0–1100.0 eV"))
        // The options of peak-fitting models are refused for other models, naming the model's task.
        let mirror = try Binary.run(["predict", model, SharedData.file("vamas/regular.vms").path, "--no-mirror"])
        #expect(
            mirror.status != 0 && mirror.err.contains("apply to peak-fitting models") && mirror.err.contains("classification model"), "\(mirror.err)")
        let ensemble = try Binary.run(["predict", model, SharedData.file("vamas/regular.vms").path, "--ensemble", model])
        #expect(ensemble.status != 0 && ensemble.err.contains("--ensemble"), "\(ensemble.err)")
    }
}

@Suite(.serialized) struct ReportTests {
    @Test func sweepFigureAndTablePutOursBesidePublished() throws {
        let dir = try temporaryDirectory("report")
        defer { try? FileManager.default.removeItem(at: dir) }
        let published = dir.appendingPathComponent("pub.csv")
        try "model,width,acc\nPaperNet,0.3,50\nPaperNet,0.6,40\n".write(to: published, atomically: true, encoding: .utf8)
        let manifest = dir.appendingPathComponent("sweep.json")
        try tinyManifest(
            name: "sweep",
            extra: """
                ,
                  "sweep": [ { "parameter": "data.parameters.noiseHalfWidth", "values": [0.3, 0.6], "label": "width" } ],
                  "repeats": 2,
                  "figures": [ { "kind": "metric", "name": "acc", "x": "width",
                                 "published": { "file": "\(published.path)", "x": "width", "y": "acc", "series": "model",
                                                "scale": 0.01, "rename": { "PaperNet": "park" } } } ],
                  "tables": [ { "name": "acc", "rows": "width",
                                "published": { "file": "\(published.path)", "x": "width", "y": "acc", "scale": 0.01, "rename": {} } } ]
                """
        ).write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.err)")
        let script = try String(contentsOf: dir.appendingPathComponent("sweep/figures/acc.gp"), encoding: .utf8)
        #expect(script.contains("park (published)"))
        #expect(script.contains("dt 2"))
        let data = try String(contentsOf: dir.appendingPathComponent("sweep/figures/acc.dat"), encoding: .utf8)
        #expect(data.contains("# series: park (published)"))
        let table = try String(contentsOf: dir.appendingPathComponent("sweep/tables/acc.md"), encoding: .utf8)
        #expect(table.contains("(2)"), "mean ± sd over 2 repeats: \(table)")
        let csv = try String(contentsOf: dir.appendingPathComponent("sweep/tables/acc.csv"), encoding: .utf8)
        #expect(csv.contains(",published\n"))

        // A published file that does not exist is its own error, naming the JSON path.
        let broken = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: published.path, with: "/nowhere/pub.csv")
        try broken.write(to: manifest, atomically: true, encoding: .utf8)
        let v = try Binary.run(["validate", manifest.path])
        #expect(v.status != 0)
        #expect(v.err.contains("'figures.0.published.file' names /nowhere/pub.csv, which does not exist"))
    }
}

@Suite(.serialized) struct CustomModelTests {
    @Test func aModelWrittenOutInTheManifestTrains() throws {
        let dir = try temporaryDirectory("custom")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("custom.json")
        try """
        {
          "name": "custom",
          "task": "classification",
          "data": { "generator": "element-survey", "parameters": { "elements": ["C", "O", "Au"] },
                    "train": 64, "validation": 16, "test": 16, "seed": 3 },
          "model": { "preset": "custom", "layers": [
            { "type": "conv1d", "units": 4, "kernel": 5, "padding": "same" }, { "type": "relu" },
            { "type": "maxpool", "window": 4 }, { "type": "batchnorm" }, { "type": "flatten" },
            { "type": "dense", "units": 8 }, { "type": "tanh" }, { "type": "dropout", "rate": 0.2 } ] },
          "training": { "batchSize": 16, "epochs": 1, "threads": 1 }
        }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet", "--no-render"])
        #expect(r.status == 0, "\(r.err)")
        let model = try HDF5File(opening: dir.appendingPathComponent("custom/runs/run.h5")).root.openGroup("runs/run/model")
        let names = try model.memberNames()
        #expect(names.contains("conv1d1.weight") && names.contains("dense6.weight") && names.contains("out.weight"))
        #expect(try model.shape(of: "conv1d1.weight") == [4, 1, 5])
        #expect(try model.shape(of: "out.weight") == [3, 8])
    }
}

@Suite(.serialized) struct FitCommandTests {
    @Test func fitsTheMeasuredP3HTSpectrumOnTheExpertBackground() throws {
        let dir = try temporaryDirectory("fit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run([
            "fit", SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--peaks", "2",
            "--background", SharedData.file("park2020/P3HT_S2p_bg.txt").path, "--output", dir.path
        ])
        #expect(r.status == 0, "\(r.err)")
        let g = try HDF5File(opening: dir.appendingPathComponent("P3HT_S2p_exp.h5")).root.openGroup("fit")
        let names = try g.stringAttribute("parameter_names").split(separator: "\n").map(String.init)
        let values = try g.readDoubles("parameters/value").values
        let errors = try g.readDoubles("parameters/standard_error").values
        let centers = zip(names, values).filter { $0.0.hasSuffix(".center") }.map(\.1).sorted()
        #expect(centers.count == 2)
        #expect(abs(centers[0] - 164.15) < 0.05 && abs(centers[1] - 165.35) < 0.05, "centres \(centers)")
        #expect(errors.allSatisfy { $0 > 0 && $0.isFinite })
        #expect(try g.shape(of: "components") == [2, 401])
        let chi2 = try g.doubleAttribute("reduced_chi_squared")[0]
        #expect(chi2 > 0.5 && chi2 < 5, "Poisson-weighted reduced χ² \(chi2)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("P3HT_S2p_exp.png").path))
        let bad = try Binary.run(["fit", SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--shape", "lorentzian", "--output", dir.path])
        #expect(bad.status != 0 && bad.err.contains("expected eq1, eq1-notebook, gl, sgl, pv, voigt or ds"))
    }
}

@Suite(.serialized) struct EvaluationConditionTests {
    @Test func oneTrainedModelIsTestedUnderEachCondition() throws {
        let dir = try temporaryDirectory("conditions")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("snr.json")
        try """
        {
          "name": "snr",
          "task": "classification",
          "data": { "generator": "element-survey", "parameters": { "elements": ["C", "O", "Si", "Au"], "signalToNoise": [5, 50] },
                    "train": 256, "validation": 32, "test": 64, "seed": 3 },
          "model": { "preset": "mlp", "hidden": [32] },
          "training": { "batchSize": 32, "epochs": 3, "threads": 2 },
          "evaluation": { "conditions": [
            { "name": "snr-1", "value": 1, "set": { "data.parameters.signalToNoise": [1, 1] } },
            { "name": "snr-100", "value": 100, "set": { "data.parameters.signalToNoise": [100, 100] } } ] },
          "figures": [ { "kind": "metric", "name": "accuracy-vs-snr", "x": "condition", "logX": true } ],
          "tables": [ { "name": "accuracy", "rows": "condition" } ]
        }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.err)")
        let metrics = try HDF5File(opening: dir.appendingPathComponent("snr/runs/run.h5")).root.openGroup("runs/run/metrics")
        let low = try metrics.openGroup("conditions/snr-1").doubleAttribute("accuracy")[0]
        let high = try metrics.openGroup("conditions/snr-100").doubleAttribute("accuracy")[0]
        #expect(low != high, "the two conditions must be different test sets")
        let table = try String(contentsOf: dir.appendingPathComponent("snr/tables/accuracy.md"), encoding: .utf8)
        #expect(table.contains("| 1 |") && table.contains("| 100 |"))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("snr/figures/accuracy-vs-snr.png").path))
        // A condition may only change data parameters.
        let bad = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(
            of: "\"data.parameters.signalToNoise\": [1, 1]", with: "\"training.epochs\": 1")
        try bad.write(to: manifest, atomically: true, encoding: .utf8)
        let v = try Binary.run(["validate", manifest.path])
        #expect(v.status != 0 && v.err.contains("evaluation.conditions.0.set"))
    }
}

@Suite(.serialized) struct WarmUpTests {
    @Test func warmUpRampsLinearlyFromTheBaseRate() throws {
        let dir = try temporaryDirectory("warmup")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        // 96 spectra / batch 16 = 6 steps per epoch; warm-up over 1000 steps never ends here.
        try tinyManifest().replacingOccurrences(
            of: "\"epochs\": 2",
            with:
                "\"epochs\": 2, \"learningRate\": 0.001, \"schedule\": { \"kind\": \"constant\", \"warmupSteps\": 1000 }"
        )
        .write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet", "--no-render"])
        #expect(r.status == 0, "\(r.err)")
        let lr = try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root
            .readDoubles("runs/run/history/learning_rate").values
        // Rate of the last step of each epoch: base · (step + 1) / warm-up steps.
        #expect(lr.count == 2)
        #expect(abs(lr[0] - 0.001 * 6 / 1000) < 1e-9, "epoch 1 ends at \(lr[0])")
        #expect(abs(lr[1] - 0.001 * 12 / 1000) < 1e-9, "epoch 2 ends at \(lr[1])")
    }
}
