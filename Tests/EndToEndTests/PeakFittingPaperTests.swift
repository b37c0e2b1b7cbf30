// Paper 1 through the real binary: the four losses, overlap bins, fresh training data, and Table 1
// on the measured spectra (smoke profile: the network is untrained, the least-squares rows are not).

import Testing
import Foundation
import Store
import TestSupport

@Suite(.serialized) struct PeakFittingPaperTests {
    @Test func fourLossesSumToTheLossAndOverlapIsTabulated() throws {
        let dir = try temporaryDirectory("parts")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        try tinyManifest(
            extra: """
                ,
                  "figures": [ { "kind": "loss-parts", "name": "losses" }, { "kind": "overlap", "name": "overlap" } ],
                  "tables": [ { "name": "overlap", "kind": "overlap" } ]
                """
        ).write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet", "--no-render"])
        #expect(r.status == 0, "\(r.err)")
        let h = try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root.openGroup("runs/run/history")
        let total = try h.readDoubles("train_loss").values, val = try h.readDoubles("val_loss").values
        let (parts, shape) = try h.readDoubles("train_loss_parts")
        let (valParts, _) = try h.readDoubles("val_loss_parts")
        #expect(shape == [2, 4])
        #expect(try h.stringAttribute("loss_part_names") == "count\ncentre\namplitude\nwidth")
        for e in 0..<2 {
            let s = parts[(4 * e)..<(4 * e + 4)].reduce(0, +), v = valParts[(4 * e)..<(4 * e + 4)].reduce(0, +)
            #expect(abs(s - total[e]) < 1e-4 * total[e], "epoch \(e + 1): parts sum \(s), loss \(total[e])")
            #expect(abs(v - val[e]) < 1e-4 * val[e], "epoch \(e + 1): validation parts sum \(v), loss \(val[e])")
        }
        let csv = try String(contentsOf: dir.appendingPathComponent("tiny/tables/overlap.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").dropFirst()
        // Every test spectrum lands in exactly one group.
        let counted = rows.map { Int($0.split(separator: ",", omittingEmptySubsequences: false)[4])! }.reduce(0, +)
        #expect(counted == 32)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tiny/figures/losses-run.gp").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tiny/figures/overlap-count-accuracy.gp").path))

        // With repeats the table has every network, each with every test spectrum once.
        let repeated = dir.appendingPathComponent("tiny2.json")
        try tinyManifest(name: "tiny2", extra: #", "repeats": 2, "tables": [ { "name": "overlap", "kind": "overlap" } ]"#)
            .write(to: repeated, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", repeated.path, "--results", dir.path, "--quiet", "--no-render"]).status == 0)
        let rows2 = try String(contentsOf: dir.appendingPathComponent("tiny2/tables/overlap.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for run in ["run_r1", "run_r2"] {
            #expect(rows2.filter { $0[0] == run }.map { Int($0[4])! }.reduce(0, +) == 32, "\(run)")
        }
    }

    @Test func freshDataChangesTrainingSpectraAfterTheFirstEpochOnly() throws {
        let dir = try temporaryDirectory("fresh")
        defer { try? FileManager.default.removeItem(at: dir) }
        var losses: [[Double]] = []
        for fresh in [false, true] {
            let manifest = dir.appendingPathComponent("tiny\(fresh).json")
            try tinyManifest(name: "tiny\(fresh)").replacingOccurrences(of: "\"epochs\": 2", with: "\"epochs\": 2, \"freshData\": \(fresh)")
                .write(to: manifest, atomically: true, encoding: .utf8)
            let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet", "--no-render"])
            #expect(r.status == 0, "\(r.err)")
            losses.append(
                try HDF5File(opening: dir.appendingPathComponent("tiny\(fresh)/runs/run.h5")).root
                    .readDoubles("runs/run/history/train_loss").values)
        }
        #expect(losses[0][0] == losses[1][0])
        #expect(losses[0][1] != losses[1][1])
    }

    @Test func aRunMadeWithOtherSettingsIsTrainedAgain() throws {
        let dir = try temporaryDirectory("stale")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        try tinyManifest().write(to: manifest, atomically: true, encoding: .utf8)
        let base = ["run", manifest.path, "--results", dir.path, "--no-render"]
        #expect(try Binary.run(base).status == 0)
        #expect(try Binary.run(base).err.contains("finished earlier, skipped"))
        // Notes do not change what a run computes: still skipped.
        #expect(try Binary.run(base + ["--set", "notes=[\"a note\"]"]).err.contains("finished earlier, skipped"))
        let changed = try Binary.run(base + ["--set", "training.epochs=1"])
        #expect(changed.status == 0 && changed.err.contains("made with other settings"))
        #expect(
            try HDF5File(opening: dir.appendingPathComponent("tiny/runs/run.h5")).root
                .readDoubles("runs/run/history/train_loss").values.count == 1)
    }

    @Test func aReportRemovesTheFiguresItNoLongerDrawsAndNothingElse() throws {
        let dir = try temporaryDirectory("report-files")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny.json")
        try tinyManifest(extra: #", "figures": [{ "kind": "loss", "name": "loss" }, { "kind": "examples", "name": "examples", "count": 2 }]"#)
            .write(to: manifest, atomically: true, encoding: .utf8)
        #expect(try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"]).status == 0)
        let figures = dir.appendingPathComponent("tiny/figures")
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: figures.appendingPathComponent(name).path) }
        #expect(exists("examples-run-2.png") && exists("loss.png"))
        try Data("mine".utf8).write(to: figures.appendingPathComponent("mine.png"))
        // The manifest no longer asks for the examples; redrawn without rendering.
        let plot = try Binary.run([
            "plot", manifest.path, "--results", dir.path, "--no-render",
            "--set", #"figures=[{"kind":"loss","name":"loss"}]"#
        ])
        #expect(plot.status == 0, "\(plot.err)")
        #expect(!exists("examples-run-1.png") && !exists("examples-run-2.dat") && !exists("examples-run-2.svg"))
        #expect(exists("loss.png") && exists("loss.dat"), "a figure redrawn without rendering keeps its drawing")
        #expect(exists("mine.png"), "a file the report did not write stays")
    }

    @Test func table1OnTheMeasuredSpectra() throws {
        let dir = try temporaryDirectory("table1")
        defer { try? FileManager.default.removeItem(at: dir) }
        // A figure left from an earlier run (e.g. of a fit that fails this time) does not survive.
        let stale = dir.appendingPathComponent("park2020-table1/figures/ITO_O1s-a-method-of-an-older-version.png")
        try FileManager.default.createDirectory(at: stale.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("old".utf8).write(to: stale)
        let r = try Binary.run(["run", "park2020-table1", "--profile", "smoke", "--results", dir.path, "--quiet"])
        #expect(r.status == 0, "\(r.err)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        // The ensemble's networks were trained first, at the same profile.
        for run in ["run_r1", "run_r2", "run_r3"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("park2020-training/runs/\(run).h5").path))
        }
        let csv = try String(contentsOf: dir.appendingPathComponent("park2020-table1/tables/table1.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "spectrum,peak,method,center_eV,width_eV,center_error_eV,width_error_eV")
        func row(_ spectrum: String, _ peak: Int, _ method: String) -> [String]? {
            lines.first { $0.hasPrefix("\(spectrum),\(peak),\(method),") }?.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        for (spectrum, peaks) in [("P3HT_S2p", 2), ("ITO_O1s", 3)] {
            for p in 1...peaks {
                for m in ["published-fit", "published-network", "network", "least-squares", "least-squares-fixed-centres", "network+least-squares"] {
                    #expect(row(spectrum, p, m) != nil, "\(spectrum) peak \(p) \(m)")
                }
                #expect(row(spectrum, p, "published-fit")?[5] == "0.000")
            }
        }
        // The least-squares rows do not depend on the (untrained) network: P3HT lands on the expert's fit.
        for p in 1...2 {
            let r = try #require(row("P3HT_S2p", p, "least-squares"))
            #expect(abs(Double(r[5])!) <= 0.02 && abs(Double(r[6])!) <= 0.02, "\(r)")
        }
        // Published network: 163.97 vs 164.15 eV.
        #expect(row("P3HT_S2p", 1, "published-network")?[5] == "-0.180")
        let md = try String(contentsOf: dir.appendingPathComponent("park2020-table1/tables/table1.md"), encoding: .utf8)
        #expect(md.contains("Targets:") && md.contains("**met**: P3HT, least squares"))
        let h5 = try HDF5File(opening: dir.appendingPathComponent("park2020-table1/park2020-table1.h5")).root
        #expect(try h5.readDoubles("spectra/ITO_O1s/energies").values.count == 401)
        #expect(try h5.readDoubles("spectra/P3HT_S2p/methods/least-squares@expert/center").values.count == 2)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("park2020-table1/figures/P3HT_S2p-network.png").path))
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("park2020-table1/provenance.json").path))

        // harness fit from the same networks: an ensemble start, and its options' errors.
        let runs = ["run_r1", "run_r2"].flatMap { ["--init", dir.appendingPathComponent("park2020-training/runs/\($0).h5").path] }
        let fit = [
            "fit", SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--background", SharedData.file("park2020/P3HT_S2p_bg.txt").path,
            "--shape", "pv", "--weights", "none", "--output", dir.appendingPathComponent("fits").path
        ]
        let fitted = try Binary.run(fit + runs + ["--init-shifts", "-5,0,5"])
        #expect(fitted.status == 0, "\(fitted.err)")
        let start = try HDF5File(opening: dir.appendingPathComponent("fits/P3HT_S2p_exp.h5")).root.openGroup("fit").stringAttribute("start")
        #expect(start.contains("run_r1.h5") && start.contains("run_r2.h5") && start.contains("shifts [-5, 0, 5], mirrored"), "\(start)")
        let badShifts = try Binary.run(fit + runs + ["--init-shifts", "0,x"])
        #expect(badShifts.status != 0 && badShifts.err.contains("--init-shifts: '0,x'"), "\(badShifts.err)")
        let noNetwork = try Binary.run(fit + ["--no-init-mirror"])
        #expect(noNetwork.status != 0 && noNetwork.err.contains("give --init"), "\(noNetwork.err)")

        // harness predict with the table's three networks reads the measured windows as the table's
        // Shirley variant does: the same peaks to the table's last digit.
        let run = { (name: String) in dir.appendingPathComponent("park2020-training/runs/\(name).h5").path }
        let predictions = dir.appendingPathComponent("predict/p.csv")
        let predicted = try Binary.run([
            "predict", run("run_r1"), "--ensemble", run("run_r2"), "--ensemble", run("run_r3"),
            SharedData.file("park2020/P3HT_S2p_exp.txt").path, SharedData.file("park2020/ITO_O1s_exp.txt").path,
            "--output", predictions.path
        ])
        #expect(predicted.status == 0, "\(predicted.err)")
        let predictedRows = try String(contentsOf: predictions, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            predictedRows.first?.joined(separator: ",") == "file,spectrum,peak_count,count_output,"
                + (1...3).map { "center\($0)_eV,fwhm\($0)_eV,height\($0)" }.joined(separator: ","))
        let shirley = try String(contentsOf: dir.appendingPathComponent("park2020-table1/tables/table1-shirley.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        for (file, spectrum) in [("P3HT_S2p_exp.txt", "P3HT_S2p"), ("ITO_O1s_exp.txt", "ITO_O1s")] {
            let p = try #require(predictedRows.first { $0.first == file })
            // The table keeps the network peaks matched to the expert's (all of them when there are
            // no more than the expert's); each is a predicted peak, centre and FWHM to the last digit.
            let table = shirley.filter { $0.count > 4 && $0[0] == spectrum && $0[2] == "network" && !$0[3].isEmpty }
            let count = try #require(Int(p[2]))
            let predictedPeaks: [[String]] = (0..<count).map { (j: Int) -> [String] in [p[4 + 3 * j], p[5 + 3 * j]] }
            #expect(!table.isEmpty && count >= table.count, "\(p) against \(table)")
            for t in table { #expect(predictedPeaks.contains([t[3], t[4]]), "\(t) not among \(predictedPeaks)") }
            for j in count..<3 { #expect(p[4 + 3 * j] == "", "an unused slot stays empty: \(p)") }
            #expect((0..<count).allSatisfy { (Double(p[6 + 3 * $0]) ?? -1) >= 0 }, "heights are counts ≥ 0: \(p)")
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("predict/predictions/ITO_O1s_exp-0.png").path))
        let badPredictShifts = try Binary.run(["predict", run("run_r1"), SharedData.file("park2020/P3HT_S2p_exp.txt").path, "--shifts", "0,0"])
        #expect(badPredictShifts.status != 0 && badPredictShifts.err.contains("--shifts: '0,0'"), "\(badPredictShifts.err)")
    }

    @Test func aMeasuredFitManifestWithAMissingFileNamesIt() throws {
        let dir = try temporaryDirectory("badfit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOf: SharedData.packageRoot.appendingPathComponent("Experiments/park2020-table1.json"), encoding: .utf8)
            .replacingOccurrences(of: "park2020/ITO_O1s_bg.txt", with: "park2020/ITO_O1s_nope.txt")
        let manifest = dir.appendingPathComponent("bad.json")
        try text.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet"])
        #expect(r.status != 0)
        #expect(r.err.contains("spectra.1.background") && r.err.contains("ITO_O1s_nope.txt"), "\(r.err)")
    }
}
