// Tables and figures of element identification (paper 3): accuracy against the test SNR per model,
// per element and per overlap class, and the confusion pairs that dominate the errors; the FIS
// alignment per element and class is in ElementReport+FIS.swift, quantification in
// QuantificationReport.swift. All drawn from the run files (per-condition true and predicted
// classes under metrics/conditions/<name>/, feature importance under explain/).

import Foundation
import Plots
import Store
import Spectra

enum ElementReport {
    /// True and predicted class of every test spectrum under one evaluation condition.
    struct ConditionClasses {
        var name: String
        var value: Double
        var truth: [Int]
        var predicted: [Int]

        /// Accuracy (%) over the spectra whose true class is in `classes` (all when nil), and their count.
        func accuracy(classes: Set<Int>? = nil) -> (percent: Double, n: Int) {
            var right = 0, n = 0
            for (t, p) in zip(truth, predicted) where classes == nil || classes!.contains(t) {
                n += 1
                if t == p { right += 1 }
            }
            return (n > 0 ? 100 * Double(right) / Double(n) : .nan, n)
        }
    }

    /// One element's FIS alignment beside the other attribution methods' and its test accuracy (%).
    struct AlignmentRow {
        var element: String
        var overlapClass: Int
        var fis: Double
        var gradientInput: Double
        var occlusion: Double
        var accuracy: Double
    }

    /// Mean of the defined (non-NaN) values; NaN when there is none.
    static func mean(_ v: [Double]) -> Double {
        let f = v.filter { !$0.isNaN }
        return f.isEmpty ? .nan : f.reduce(0, +) / Double(f.count)
    }

    static func format(_ x: Double, _ digits: Int = 2) -> String {
        x.isNaN ? "–" : String(format: "%.\(digits)f", x)
    }

    /// CSV cells leave undefined values empty.
    static func csv(_ x: Double, _ digits: Int = 2) -> String {
        x.isNaN ? "" : String(format: "%.\(digits)f", x)
    }
}

extension Reporter {
    /// The model's name in tables: the "model" sweep value, else the run point.
    func modelName(_ r: RunRecord) -> String {
        r.result.sweep["model"].map(Reporter.sweepValue) ?? r.result.point
    }

    /// Per-condition classes of a run (classification runs with evaluation conditions).
    func conditionClasses(_ r: RunRecord) throws -> [ElementReport.ConditionClasses] {
        let file = try HDF5File(opening: r.file)
        let run = try file.root.openGroup("runs/\(r.result.run)")
        return try (r.result.conditions ?? []).compactMap { c in
            let path = "metrics/conditions/\(c.name)"
            guard run.contains("\(path)/true_class") else { return nil }
            return ElementReport.ConditionClasses(
                name: c.name, value: c.value,
                truth: try run.readDoubles("\(path)/true_class").values.map { Int($0) },
                predicted: try run.readDoubles("\(path)/predicted_class").values.map { Int($0) })
        }.sorted { $0.value < $1.value }
    }

    /// The overlap class of each label (element), from the library and the manifest's rule.
    func overlapClassification(_ labels: [String]) throws -> [OverlapClassification] {
        guard case .elementSurvey(let p) = loaded.manifest.data.parameters else {
            throw HarnessError.setting(at: "overlapClasses", found: "another generator", expected: "the element-survey generator")
        }
        return try OverlapClasses.classify(
            labels, library: try ElementLibrary.load(), rule: loaded.manifest.overlapClasses ?? OverlapClassRule(),
            axisStart: p.axisStart, axisEnd: p.axisEnd)
    }

    var ruleSentence: String { (loaded.manifest.overlapClasses ?? OverlapClassRule()).sentence }

    /// Element-identification tables.
    func elementTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        let runs = records.filter { $0.result.repeatIndex == 0 }
        guard !runs.isEmpty else { return [] }
        switch spec.kind {
        case .accuracySNR?: return try accuracySNRTable(spec, records)
        case .perElement?: return try perElementTable(spec, runs)
        case .confusionPairs?: return try confusionPairsTable(spec, runs)
        case .overlapClasses?: return try overlapClassTable(spec, runs)
        default: return try fisAlignmentTable(spec, runs)
        }
    }

    /// model, snr, accuracy_percent, source — ours (mean over repeats) and the published point(s).
    func accuracySNRTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        var cells: [String: [Double: [Double]]] = [:]
        for r in records {
            for c in r.result.conditions ?? [] { cells[modelName(r), default: [:]][c.value, default: []].append(100 * c.metric) }
        }
        let models = cells.keys.sorted()
        let snrs = Array(Set(cells.values.flatMap(\.keys))).sorted()
        var table = reportTable("accuracy (%) against the test SNR", csvHeader: ["model", "snr", "accuracy_percent", "source"])
        table.introduction = [
            "Ours: test split generated at each SNR (same spectra otherwise), mean over repeats; profile \(loaded.profile.rawValue)."
        ]
        var grid = Table.Grid(header: ["model"] + snrs.map { "SNR \(Reporter.trim($0))" } + ["source"])
        for m in models {
            grid.rows.append([m] + snrs.map { s in cells[m]?[s].map { ElementReport.format(Reporter.meanSD($0).mean) } ?? "–" } + ["ours"])
            for s in snrs {
                if let v = cells[m]?[s] {
                    table.csv.append([m, Reporter.trim(s), String(format: "%.2f", Reporter.meanSD(v).mean), "ours"])
                }
            }
        }
        if let p = spec.published {
            for row in try PublishedData.read(p) {
                let y = 100 * row.y
                grid.rows.append(
                    [row.series] + snrs.map { $0 == row.x ? ElementReport.format(y) : "–" }
                        + [snrs.contains(row.x) ? "published" : "published (SNR \(Reporter.trim(row.x)))"])
                table.csv.append([row.series, Reporter.trim(row.x), String(format: "%.2f", y), "published"])
            }
            if let caveat = p.caveat { table.closing = [caveat] }
        }
        table.body = [.grid(grid)]
        return try table.write(name: spec.name, into: tables)
    }

    /// Accuracy per element and test SNR, per model.
    func perElementTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        var table = reportTable(
            "accuracy (%) per element and test SNR",
            csvHeader: ["model", "snr", "element", "overlap_class", "accuracy_percent", "n"])
        table.introduction = ["Overlap classes: \(ruleSentence)"]
        for r in runs {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            let classes = try overlapClassification(r.labelNames)
            var grid = Table.Grid(header: ["element", "class"] + conditions.map { "SNR \(Reporter.trim($0.value))" })
            for (k, name) in r.labelNames.enumerated() {
                var row = [name, "\(classes[k].overlapClass)"]
                for c in conditions {
                    let (a, n) = c.accuracy(classes: [k])
                    row.append(ElementReport.format(a, 1))
                    table.csv.append([modelName(r), Reporter.trim(c.value), name, "\(classes[k].overlapClass)", ElementReport.csv(a), "\(n)"])
                }
                grid.rows.append(row)
            }
            table.body += [.heading(modelName(r)), .grid(grid)]
        }
        return try table.write(name: spec.name, into: tables)
    }

    /// The (true → predicted) pairs with the most errors, over all test conditions, per model.
    func confusionPairsTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        var table = reportTable(
            "confusion pairs that dominate the errors",
            csvHeader: ["model", "true_element", "predicted_element", "errors", "share_of_errors_percent", "errors_by_snr"])
        table.introduction = ["Errors summed over every test SNR; the 15 largest pairs per model. `errors by SNR` lists SNR:count."]
        for r in runs {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            var pairs: [String: (count: Int, bySNR: [Double: Int])] = [:]
            var total = 0
            for c in conditions {
                for (t, p) in zip(c.truth, c.predicted) where t != p {
                    let key = "\(r.labelNames[t])|\(r.labelNames[p])"
                    pairs[key, default: (0, [:])].count += 1
                    pairs[key]!.bySNR[c.value, default: 0] += 1
                    total += 1
                }
            }
            let top = pairs.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }.prefix(15)
            var grid = Table.Grid(header: ["true", "predicted", "errors", "share of errors (%)", "errors by SNR"])
            for (key, v) in top {
                let parts = key.split(separator: "|").map(String.init)
                let share = total > 0 ? 100 * Double(v.count) / Double(total) : 0
                let by = v.bySNR.sorted { $0.key < $1.key }.map { "\(Reporter.trim($0.key)):\($0.value)" }.joined(separator: " ")
                grid.rows.append([parts[0], parts[1], "\(v.count)", ElementReport.format(share, 1), by])
                table.csv.append([modelName(r), parts[0], parts[1], "\(v.count)", ElementReport.format(share), by])
            }
            let spectra = conditions.reduce(0) { $0 + $1.truth.count }
            table.body += [.heading("\(modelName(r)) (\(total) errors in \(spectra) test spectra)"), .grid(grid)]
        }
        return try table.write(name: spec.name, into: tables)
    }

    /// The classes' members, and accuracy per class against the test SNR, per model.
    func overlapClassTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        let labels = runs[0].labelNames
        let classes = try overlapClassification(labels)
        var table = reportTable("overlap classes", csvHeader: ["model", "snr", "overlap_class", "accuracy_percent", "n"])
        table.introduction = [ruleSentence]
        var memberGrid = Table.Grid(header: ["class", "name", "members"])
        for k in 1...4 {
            let m = classes.filter { $0.overlapClass == k }.map(\.element)
            memberGrid.rows.append(["\(k)", OverlapClasses.names[k]!, "\(m.joined(separator: ", ")) (\(m.count))"])
        }
        table.body = [.grid(memberGrid)]
        var members = CSVTable(header: ["element", "overlap_class", "main_lines", "overlaps"], quotedColumns: [2, 3])
        for c in classes {
            let lines = c.mainLines.map { String(format: "%@ %@ eV (r %.2f)", $0.orbital, Reporter.trim($0.bindingEnergy), $0.interference) }
                .joined(separator: "; ")
            let overlaps = c.mainLines.flatMap(\.overlaps).joined(separator: "; ")
            members.append([c.element, "\(c.overlapClass)", lines, overlaps])
        }
        for r in runs {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            var grid = Table.Grid(header: ["class"] + conditions.map { "SNR \(Reporter.trim($0.value))" })
            for k in 1...4 {
                let set = Set(classes.indices.filter { classes[$0].overlapClass == k })
                guard !set.isEmpty else { continue }
                var row = ["\(k)"]
                for c in conditions {
                    let (a, n) = c.accuracy(classes: set)
                    row.append(ElementReport.format(a, 1))
                    table.csv.append([modelName(r), Reporter.trim(c.value), "\(k)", ElementReport.csv(a), "\(n)"])
                }
                grid.rows.append(row)
            }
            table.body += [.heading("\(modelName(r)): accuracy (%) per class"), .grid(grid)]
        }
        let m = tables.appendingPathComponent("\(spec.name)-members.csv")
        try members.write(to: m)
        return try table.write(name: spec.name, into: tables) + [m]
    }

    /// Accuracy against the test SNR, one series per overlap class, one figure per model.
    func overlapClassFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var out: [Figure] = []
        for r in records where r.result.repeatIndex == 0 {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            let classes = try overlapClassification(r.labelNames)
            var series: [(model: String, parameter: [Double], mean: [Double], sd: [Double]?)] = []
            for k in 1...4 {
                let set = Set(classes.indices.filter { classes[$0].overlapClass == k })
                guard !set.isEmpty else { continue }
                series.append(
                    (
                        "class \(k): \(OverlapClasses.names[k]!) (\(set.count))", conditions.map(\.value),
                        conditions.map { $0.accuracy(classes: set).percent }, nil
                    ))
            }
            var f = Figure.metricVersusParameter(
                parameterLabel: "test SNR (DESIGN.md definition)", metricLabel: "accuracy (%)",
                models: series, logX: spec.logX ?? true)
            f.name = "\(spec.name)-\(r.result.point)"
            f.title = spec.title ?? "Accuracy per overlap class — \(modelName(r))"
            out.append(f)
        }
        return out
    }
}
