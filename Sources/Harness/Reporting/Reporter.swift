// Figures (.dat, .gp, .png, .svg) and tables (.md, .csv) of an experiment, drawn from its HDF5
// run files. Published numbers appear beside ours only labelled "published".

import Foundation
import Plots
import Store
import Spectra

public enum PublishedData {
    /// Folder of published numbers (`SharedFolder.published`).
    public static var root: URL { SharedFolder.published() }

    public static func url(_ file: String) -> URL {
        file.contains("/") ? URL(fileURLWithPath: file) : root.appendingPathComponent(file)
    }

    /// (series, x, y·scale) rows of a published CSV.
    public static func read(_ spec: PublishedSpec) throws -> [(series: String, x: Double, y: Double)] {
        let url = url(spec.file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw HarnessError.file(path: url.path, line: nil, reason: "cannot read published data") }
        if url.pathExtension.lowercased() == "json" { return try readJSON(spec, text: text, url: url) }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ",").map({ String($0) }) else { throw HarnessError.file(path: url.path, line: nil, reason: "empty") }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw HarnessError.file(path: url.path, line: nil, reason: "no column '\(name)' (columns: \(header.joined(separator: ", ")))")
            }
            return i
        }
        let xi = try column(spec.x), yi = try column(spec.y), si = try spec.series.map(column)
        return try lines.dropFirst().enumerated().map { (n, line) in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == header.count, let x = Double(f[xi]), let y = Double(f[yi]) else {
                throw HarnessError.file(path: url.path, line: n + 2, reason: "expected \(header.count) fields with numbers in '\(spec.x)' and '\(spec.y)'")
            }
            let name = si.map { f[$0] } ?? "published"
            return (spec.rename[name] ?? name, x, y * spec.scale)
        }
    }
}

extension PublishedData {
    /// A JSON object of headline numbers (e.g. fis2025_headline.json): one point, x and y its keys,
    /// the series the value of the key `series` (default "published").
    static func readJSON(_ spec: PublishedSpec, text: String, url: URL) throws -> [(series: String, x: Double, y: Double)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw HarnessError.file(path: url.path, line: nil, reason: "expected a JSON object of published numbers")
        }
        func number(_ key: String) throws -> Double {
            guard let v = object[key] as? NSNumber else {
                throw HarnessError.file(path: url.path, line: nil, reason: "no number under '\(key)' (keys: \(object.keys.sorted().joined(separator: ", ")))")
            }
            return v.doubleValue
        }
        let name = spec.series.flatMap { object[$0] as? String } ?? "published"
        return [(spec.rename[name] ?? name, try number(spec.x), try number(spec.y) * spec.scale)]
    }
}

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
            return RunRecord(result: result, trainLoss: try g.readDoubles("history/train_loss").values,
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

    func figuresFor(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        switch spec.kind {
        case .loss:
            // With `series`: one figure per value of that sweep label, first repeats only (a sweep of
            // many runs in one plot is unreadable).
            guard let key = spec.series else {
                let shown = records.count > 8 ? records.filter { $0.result.repeatIndex == 0 } : records
                var f = Figure.lossCurves(runs: shown.map { ($0.result.run, $0.trainLoss, $0.validationLoss) })
                f.name = spec.name
                f.title = spec.title ?? "Training and validation loss"
                f.yLabel = Reporter.lossLabel(loaded.manifest.task)
                return [f]
            }
            var groups: [String: [RunRecord]] = [:]
            for r in records where r.result.repeatIndex == 0 {
                groups[r.result.sweep[key].map(Reporter.sweepValue) ?? "", default: []].append(r)
            }
            return groups.keys.sorted().map { value in
                var f = Figure.lossCurves(runs: groups[value]!.map { ($0.result.point, $0.trainLoss, $0.validationLoss) })
                f.name = "\(spec.name)-\(value)"
                f.title = (spec.title ?? "Training and validation loss") + " — \(key) \(value) (first repeat)"
                f.yLabel = Reporter.lossLabel(loaded.manifest.task)
                return f
            }
        case .metric:
            var pts = Reporter.points(records, byCondition: spec.x == "condition" || spec.series == "condition")
            if let metric = spec.metric {
                pts = [:]
                for r in records { pts[r.result.point, default: (r.result.sweep, [])].values.append(try metricValue(r, metric)) }
            }
            let x = spec.x!
            var models: [String: [(x: Double, mean: Double, sd: Double?)]] = [:]
            for (_, p) in pts {
                guard let xv = p.sweep[x].flatMap({ Double(Reporter.sweepValue($0)) }) else {
                    throw HarnessError.setting(at: "figures.\(spec.name).x", found: "sweep '\(x)' with non-numeric values", expected: "a sweep of numbers")
                }
                let name = spec.series.flatMap { p.sweep[$0] }.map(Reporter.sweepValue) ?? "ours"
                let (m, sd) = Reporter.meanSD(p.values)
                models[name, default: []].append((xv, m, sd))
            }
            var published: [String: [(x: Double, y: Double)]] = [:]
            if let p = spec.published {
                for row in try PublishedData.read(p) {
                    let y = Reporter.percent(records[0].result.metricName) ? 100 * row.y : row.y
                    published[row.series, default: []].append((row.x, y))
                }
            }
            var f = Figure.metricVersusParameter(
                parameterLabel: x, metricLabel: Reporter.metricLabel(spec.metric ?? records[0].result.metricName),
                models: models.keys.sorted().map { k in
                    let s = models[k]!.sorted { $0.x < $1.x }
                    return (k, s.map(\.x), s.map(\.mean), s.contains { $0.sd != nil } ? s.map { $0.sd ?? 0 } : nil)
                },
                published: published.keys.sorted().map { k in
                    let s = published[k]!.sorted { $0.x < $1.x }
                    return (k, s.map(\.x), s.map(\.y))
                },
                logX: spec.logX ?? false)
            f.name = spec.name
            if let t = spec.title { f.title = t }
            if let l = spec.xLabel { f.xLabel = l }
            return [f]
        case .perClass:
            var series: [(String, [Double])] = []
            var categories: [String] = []
            for r in records where r.result.repeatIndex == 0 {
                let values: [Double?]
                if let m = try? JSONDecoder().decode(MultiLabelMetrics.self, from: Data(r.detail.utf8)) { values = m.sensitivity }
                else if let c = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8)) { values = c.perClassAccuracy }
                else { continue }
                categories = r.labelNames
                series.append((r.result.point, values.map { 100 * ($0 ?? .nan) }))
            }
            guard !series.isEmpty else { return [] }
            var f = try Figure.barChart(categories: categories, series: series)
            f.name = spec.name
            f.title = spec.title ?? "Per-class sensitivity"
            f.yLabel = "sensitivity (%)"
            f.xLabel = loaded.manifest.data.generator == .polymerMixtures ? "functional group" : "element"
            return [f]
        case .fis:
            var out: [Figure] = []
            for r in records where r.result.repeatIndex == 0 {
                let file = try HDF5File(opening: r.file)
                let run = try file.root.openGroup("runs/\(r.result.run)")
                guard run.contains("explain") else { continue }
                let g = try run.openGroup("explain")
                let centers = try g.readDoubles("probe_centers").values
                let (values, shape) = try g.readFloats("importance")
                let classes = try g.stringAttribute("classes").split(separator: "\n").map(String.init)
                let alignment = try g.readDoubles("alignment").values
                for (i, name) in classes.enumerated() {
                    let lines = g.contains("lines/\(name)") ? try g.readDoubles("lines/\(name)").values : []
                    let row = values[(i * shape[1])..<((i + 1) * shape[1])].map(Double.init)
                    var f = Figure.featureImportance(energies: centers, importance: row,
                                                     linePositions: lines.map { (x: $0, label: "\(name)") })
                    f.name = "\(spec.name)-\(r.result.point)-\(name)"
                    let score = alignment[i].isNaN ? "" : String(format: " — alignment %.2f", alignment[i])
                    f.title = spec.title ?? "Feature importance of \(name) (\(r.result.point))\(score)"
                    out.append(f)
                }
            }
            return out
        case .examples:
            return try examples(spec, records)
        case .lossParts:
            return try lossPartFigures(spec, records)
        case .overlap:
            return try overlapFigures(spec, records)
        case .overlapClasses:
            return try overlapClassFigures(spec, records)
        case .fisOverview:
            return []
        case .quantification:
            return try quantificationFigures(spec, records)
        case .alignment:
            return try alignmentFigures(spec, records)
        case .confusion:
            return try records.filter { $0.result.repeatIndex == 0 }.compactMap { r in
                guard let c = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8)) else { return nil }
                var f = try Figure.confusionMatrix(labels: r.labelNames, matrix: c.confusion.counts.map { $0.map(Double.init) })
                f.name = "\(spec.name)-\(r.result.point)"
                f.title = spec.title ?? "Confusion matrix — \(r.result.point)"
                return f
            }
        }
    }

    func examples(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var out: [Figure] = []
        let task = loaded.manifest.task
        for r in records where r.result.repeatIndex == 0 {
            let file = try HDF5File(opening: r.file)
            let energies = try file.root.readDoubles("axis").values
            let g = try file.root.openGroup("runs/\(r.result.run)")
            let (x, xs) = try g.readFloats("data/test/spectra")
            let (t, ts) = try g.readFloats("data/test/labels")
            let (p, _) = try g.readFloats("predictions/test")
            let L = xs[1], K = ts[1]
            for n in 0..<min(spec.count ?? 3, xs[0]) {
                let spectrum = x[(n * L)..<((n + 1) * L)].map(Double.init)
                let truth = Array(t[(n * K)..<((n + 1) * K)]), pred = Array(p[(n * K)..<((n + 1) * K)])
                var f: Figure
                switch task {
                case .peakFitting:
                    let m = (K - 1) / 3
                    var constants = Park2020Constants.paper
                    if case .peakFitting(let gp) = loaded.manifest.data.parameters { constants = gp.constants.constants }
                    func peaks(_ v: [Float], _ prefix: String) -> [(title: String, values: [Double])] {
                        let count = min(m, max(0, Int(Double(v[0]).rounded())))
                        return (0..<count).map { j in
                            let c = Double(v[1 + j]), a = Double(v[1 + m + j]), w = Double(v[1 + 2 * m + j])
                            let shape = Spectra.LineShape.park2020(width: max(w, 1e-3), constants: constants)
                            return ("\(prefix) peak \(j + 1)", energies.map { a * shape.value(atOffset: $0 - c) })
                        }
                    }
                    f = Figure.spectrumWithComponents(energies: energies, measured: spectrum,
                                                      components: peaks(truth, "true") + peaks(pred, "predicted"),
                                                      energyLabel: "x (paper 1 units; 1 unit = 4/3 eV)", intensityLabel: "intensity (normalised)")
                    f.xReversed = false
                    let nTrue = Int(truth[0]), nPred = Int(Double(pred[0]).rounded())
                    f.title = "Test spectrum \(n + 1): \(nTrue) peak\(nTrue == 1 ? "" : "s"), predicted \(nPred) (\(r.result.point))"
                case .classification, .quantification, .multiLabel:
                    f = Figure.spectrumWithComponents(energies: energies, measured: spectrum, components: [],
                                                      intensityLabel: "intensity (normalised)")
                    let names = r.labelNames
                    let trueNames = names.indices.filter { truth[$0] > 0.5 }.map { names[$0] }
                    let predicted: String
                    if task == .multiLabel {
                        predicted = names.indices.filter { pred[$0] > 0.5 }.map { names[$0] }.joined(separator: ", ")
                    } else {
                        let best = pred.indices.max { pred[$0] < pred[$1] }!
                        predicted = String(format: "%@ (%.2f)", names[best], pred[best])
                    }
                    f.title = "Test spectrum \(n + 1) (\(r.result.point)): true \(trueNames.joined(separator: ", ")) — predicted \(predicted)"
                }
                f.name = "\(spec.name)-\(r.result.point)-\(n + 1)"
                out.append(f)
            }
        }
        return out
    }

    func table(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        switch spec.kind {
        case nil: return try metricTable(spec, records)
        case .overlap?: return try overlapTable(spec, records)
        case .accuracySNR?, .perElement?, .confusionPairs?, .overlapClasses?, .fisAlignment?: return try elementTable(spec, records)
        case .quantificationMAE?: return try quantificationTable(spec, records)
        case .shiftAccuracy?, .worstClasses?, .alignment?: return try polymerTable(spec, records)
        }
    }

    /// The headline metric per run point (rows and columns from sweep labels), beside published values.
    func metricTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        let pts = Reporter.points(records, byCondition: spec.rows == "condition" || spec.columns == "condition")
        let metric = records[0].result.metricName
        func label(_ sweep: [String: String], _ key: String?) -> String {
            key.flatMap { sweep[$0] }.map(Reporter.sweepValue) ?? ""
        }
        let rowKey = spec.rows, colKey = spec.columns
        var rowNames: [String] = [], colNames: [String] = []
        var cells: [String: [String: (mean: Double, sd: Double?, n: Int)]] = [:]
        for (point, p) in pts.sorted(by: { $0.key < $1.key }) {
            let r = rowKey == nil ? point.replacingOccurrences(of: "|", with: " ") : label(p.sweep, rowKey)
            let c = colKey == nil ? "value" : label(p.sweep, colKey)
            if !rowNames.contains(r) { rowNames.append(r) }
            if !colNames.contains(c) { colNames.append(c) }
            let (m, sd) = Reporter.meanSD(p.values)
            cells[r, default: [:]][c] = (m, sd, p.values.count)
        }
        func numericOrder(_ a: String, _ b: String) -> Bool {
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
        colNames.sort(by: numericOrder)
        if rowKey != nil { rowNames.sort(by: numericOrder) }
        // Published x matches the columns' sweep values when the table has columns (its series the
        // rows); otherwise it matches the rows, in the single column.
        var published: [String: [String: Double]] = [:]
        if let p = spec.published {
            for row in try PublishedData.read(p) {
                let y = Reporter.percent(metric) ? 100 * row.y : row.y
                if colKey != nil { published[row.series, default: [:]][Reporter.trim(row.x)] = y }
                else { published[Reporter.trim(row.x), default: [:]]["value"] = y }
            }
        }
        let name = Reporter.metricLabel(metric)
        var md = "# \(loaded.manifest.name): \(name)\n\n"
        md += "Ours: mean ± sd over repeats (n), test split, profile \(loaded.profile.rawValue). "
        md += published.isEmpty ? "\n\n" : "Published values are labelled \"published\".\n\n"
        md += "| \(rowKey ?? "run") | " + colNames.map { colKey == nil ? $0 : "\(colKey!) = \($0)" }.joined(separator: " | ") + " | source |\n"
        md += "|---|" + colNames.map { _ in "---|" }.joined() + "---|\n"
        var csv = "row,column,mean,sd,n,source\n"
        for r in rowNames {
            md += "| \(r) | " + colNames.map { c in
                guard let v = cells[r]?[c] else { return "–" }
                return String(format: "%.2f", v.mean) + (v.sd.map { String(format: " ± %.2f", $0) } ?? "") + " (\(v.n))"
            }.joined(separator: " | ") + " | ours |\n"
            for c in colNames { if let v = cells[r]?[c] {
                csv += "\(r),\(c),\(String(format: "%.4f", v.mean)),\(v.sd.map { String(format: "%.4f", $0) } ?? ""),\(v.n),ours\n"
            } }
            if let p = published[r] {
                md += "| \(r) | " + colNames.map { c in p[c].map { String(format: "%.2f", $0) } ?? "–" }.joined(separator: " | ") + " | published |\n"
                for c in colNames { if let v = p[c] { csv += "\(r),\(c),\(String(format: "%.4f", v)),,,published\n" } }
            }
        }
        if let caveat = spec.published?.caveat { md += "\n\(caveat)\n" }
        return try Reporter.writeTable(md: md, csv: csv, name: spec.name, notes: loaded.manifest.notes, footnote: footnote, into: tables)
    }

    /// Writes a table as `<name>.md` (with the manifest's notes and the footnote) and `<name>.csv`.
    static func writeTable(md: String, csv: String, name: String, notes: [String], footnote: String, into tables: URL) throws -> [URL] {
        var md = md
        if !notes.isEmpty { md += "\nNotes:\n" + notes.map { "- \($0)\n" }.joined() }
        md += "\n_\(footnote)_\n"
        let mdURL = tables.appendingPathComponent("\(name).md"), csvURL = tables.appendingPathComponent("\(name).csv")
        try md.write(to: mdURL, atomically: true, encoding: .utf8)
        try csv.write(to: csvURL, atomically: true, encoding: .utf8)
        return [mdURL, csvURL]
    }

    static func trim(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(x)
    }
}
