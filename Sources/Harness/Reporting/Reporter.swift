// Figures (.dat, .gp, .png, .svg) and tables (.md, .csv) of an experiment, drawn from its HDF5
// run files. Published numbers appear beside ours only labelled "published".
//
// Here: reading the runs back, writing every figure and table, removing stale ones. The figures
// by kind are in Reporter+Figures.swift, the tables in Reporter+Tables.swift (with Table.swift),
// published numbers in PublishedData.swift, each paper's own kinds in *Report.swift.

import Foundation
import Plots
import Store
import Spectra

/// What the reporter reads back from one run file.
struct RunRecord {
    let result: RunResult
    let trainLoss: [Double]
    let validationLoss: [Double]
    let detail: String
    let labelNames: [String]
    let file: URL
}

public final class Reporter {
    let loaded: LoadedManifest
    let directory: URL
    let render: Bool
    /// Spatial-transformer accounts by run (the alignment table and figures share them; each costs
    /// two passes over the run's test split).
    var alignmentCache: [String: (AlignmentAccount, TrainedModel, PolymerMixtureGenerator)?] = [:]

    public init(_ loaded: LoadedManifest, resultsRoot: URL, render: Bool = true) {
        self.loaded = loaded
        directory = resultsRoot.appendingPathComponent(loaded.manifest.name)
        self.render = render
    }

    var figures: URL { directory.appendingPathComponent("figures") }
    var tables: URL { directory.appendingPathComponent("tables") }

    /// Reads every finished run of the manifest.
    func records() throws -> [RunRecord] {
        try RunExpansion.expand(loaded).compactMap { plan in
            let url = directory.appendingPathComponent("runs/\(plan.name).h5")
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            let file = try HDF5File(opening: url)
            let g = try file.root.openGroup("runs/\(plan.name)")
            let result = try JSONDecoder().decode(RunResult.self, from: Data(try g.readString("metrics/result").utf8))
            return RunRecord(
                result: result, trainLoss: try g.readDoubles("history/train_loss").values,
                validationLoss: try g.readDoubles("history/val_loss").values,
                detail: try g.readString("metrics/detail"),
                labelNames: try g.openGroup("model").stringAttribute("label_names").split(separator: "\n").map(String.init),
                file: url)
        }
    }

    var footnote: String {
        let p = Provenance(manifest: loaded.resolved, profile: loaded.profile, threads: loaded.manifest.training.threads)
        return "\(loaded.manifest.name) — profile: \(loaded.profile.rawValue) — commit \(p.gitCommit.prefix(10))"
    }

    /// Whether the headline metric is a fraction shown in percent.
    static func percent(_ metric: String) -> Bool { metric != "mae_at_percent" }

    static func lossLabel(_ task: TaskKind) -> String {
        switch task {
        case .peakFitting: return "loss (sum of four mean squared errors)"
        case .multiLabel: return "loss (mean binary cross-entropy, nats)"
        case .classification: return "loss (softmax cross-entropy, nats)"
        case .quantification: return "loss (cross-entropy against atomic fractions, nats)"
        }
    }

    static func metricLabel(_ metric: String) -> String {
        switch metric {
        case "exact_match_accuracy": return "exact-match accuracy (%)"
        case "accuracy": return "accuracy (%)"
        case "peak_count_accuracy": return "peak-count accuracy (%)"
        case "mae_at_percent": return "MAE (at. %)"
        case "micro_f1": return "micro F1"
        case "macro_f1": return "macro F1 (classes present in the test split)"
        default: return metric
        }
    }

    /// Mean ± sd of the headline metric per sweep point, in display units. With `byCondition`,
    /// one point per sweep point and evaluation condition, the condition's value under "condition".
    static func points(_ records: [RunRecord], byCondition: Bool = false) -> [String: (sweep: [String: String], values: [Double])] {
        var out: [String: (sweep: [String: String], values: [Double])] = [:]
        for r in records {
            let scale = percent(r.result.metricName) ? 100.0 : 1.0
            if byCondition, let conditions = r.result.conditions {
                for c in conditions {
                    var sweep = r.result.sweep
                    sweep["condition"] = Reporter.trim(c.value)
                    out["\(r.result.point)|\(c.name)", default: (sweep, [])].values.append(scale * c.metric)
                }
            } else {
                out[r.result.point, default: (r.result.sweep, [])].values.append(scale * r.result.testMetric)
            }
        }
        return out
    }

    static func meanSD(_ v: [Double]) -> (mean: Double, sd: Double?) {
        let m = v.reduce(0, +) / Double(v.count)
        guard v.count > 1 else { return (m, nil) }
        return (m, (v.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(v.count - 1)).squareRoot())
    }

    static func sweepValue(_ s: String) -> String {
        s.hasPrefix("\"") && s.hasSuffix("\"") ? String(s.dropFirst().dropLast()) : s
    }

    /// Writes every figure and table; returns the files written.
    @discardableResult
    public func write() throws -> [URL] {
        let records = try records()
        guard !records.isEmpty else { throw HarnessError.missingRun(path: directory.path, reason: "no finished run to report") }
        var written: [URL] = []
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        for spec in loaded.manifest.figures {
            if spec.kind == .fisOverview {
                for sheet in try fisOverviewSheets(spec, records) {
                    let (dat, gp) = try FigureWriter.write(sheet, to: figures)
                    written += [dat, gp]
                    if render { written += try FigureRenderer.render(gp: gp) }
                }
                continue
            }
            for var f in try figuresFor(spec, records) {
                f.footnote = footnote
                let (dat, gp) = try FigureWriter.write(f, to: figures)
                written += [dat, gp]
                if render { written += try FigureRenderer.render(gp: gp) }
            }
        }
        for spec in loaded.manifest.tables { written += try table(spec, records) }
        try removeStale(keeping: written)
        StaleMark.clear(directory)
        return written
    }

    /// The list of files the last report wrote (paths relative to the experiment's folder).
    var reportList: URL { directory.appendingPathComponent(".report-files") }

    /// Removes the figures and tables the previous report wrote and this one did not (a figure the
    /// manifest no longer asks for, a repeat that is gone), so none survives to look current; files
    /// other commands put there (`harness predict`, a user's own) are never on the list. Then
    /// records this report's files.
    func removeStale(keeping written: [URL]) throws {
        // Every report file lies directly in figures/ or tables/: named by that folder and its own
        // name, whatever form (relative, through `..` or a symlink) the results root was given in.
        let relative = written.compactMap { url -> String? in
            let folder = url.deletingLastPathComponent().lastPathComponent
            return ["figures", "tables"].contains(folder) ? "\(folder)/\(url.lastPathComponent)" : nil
        }
        // By stem: `--no-render` writes a figure's .dat and .gp only, and its drawings stay.
        func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }
        let previous = ((try? String(contentsOf: reportList, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        let now = Set(relative.map(stem))
        for name in previous where !now.contains(stem(name)) {
            // Only inside figures/ and tables/, and never upward.
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 2, ["figures", "tables"].contains(parts[0]), !parts[1].isEmpty, !parts[1].hasPrefix(".") else { continue }
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
        // Drawings kept from an earlier report stay on the list, so a later report can still remove them.
        let kept = previous.filter { FileManager.default.fileExists(atPath: directory.appendingPathComponent($0).path) }
        try (Set(relative + kept).sorted().joined(separator: "\n") + "\n").write(to: reportList, atomically: true, encoding: .utf8)
    }

    static func trim(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }
}
