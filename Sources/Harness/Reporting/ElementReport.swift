// Tables and figures of element identification (paper 3): accuracy against the test SNR per model,
// per element and per overlap class, the confusion pairs that dominate the errors, and the FIS
// alignment per element and class. All drawn from the run files (per-condition true and predicted
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
            return ElementReport.ConditionClasses(name: c.name, value: c.value,
                                                  truth: try run.readDoubles("\(path)/true_class").values.map { Int($0) },
                                                  predicted: try run.readDoubles("\(path)/predicted_class").values.map { Int($0) })
        }.sorted { $0.value < $1.value }
    }

    /// The overlap class of each label (element), from the library and the manifest's rule.
    func overlapClassification(_ labels: [String]) throws -> [OverlapClassification] {
        guard case .elementSurvey(let p) = loaded.manifest.data.parameters else {
            throw HarnessError.setting(at: "overlapClasses", found: "another generator", expected: "the element-survey generator")
        }
        return try OverlapClasses.classify(labels, library: try ElementLibrary.load(), rule: loaded.manifest.overlapClasses ?? OverlapClassRule(),
                                           axisStart: p.axisStart, axisEnd: p.axisEnd)
    }

    var ruleSentence: String { (loaded.manifest.overlapClasses ?? OverlapClassRule()).sentence }

    func writeTable(_ name: String, md: String, csv: String) throws -> [URL] {
        let mdURL = tables.appendingPathComponent("\(name).md"), csvURL = tables.appendingPathComponent("\(name).csv")
        var text = md
        if !loaded.manifest.notes.isEmpty { text += "\nNotes:\n" + loaded.manifest.notes.map { "- \($0)\n" }.joined() }
        text += "\n_\(footnote)_\n"
        try text.write(to: mdURL, atomically: true, encoding: .utf8)
        try csv.write(to: csvURL, atomically: true, encoding: .utf8)
        return [mdURL, csvURL]
    }

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
        var csv = "model,snr,accuracy_percent,source\n"
        var md = "# \(loaded.manifest.name): accuracy (%) against the test SNR\n\n"
        md += "Ours: test split generated at each SNR (same spectra otherwise), mean over repeats; profile \(loaded.profile.rawValue).\n\n"
        md += "| model | " + snrs.map { "SNR \(Reporter.trim($0))" }.joined(separator: " | ") + " | source |\n"
        md += "|---|" + snrs.map { _ in "---|" }.joined() + "---|\n"
        for m in models {
            md += "| \(m) | " + snrs.map { s in cells[m]?[s].map { ElementReport.format(Reporter.meanSD($0).mean) } ?? "–" }.joined(separator: " | ") + " | ours |\n"
            for s in snrs { if let v = cells[m]?[s] { csv += "\(m),\(Reporter.trim(s)),\(String(format: "%.2f", Reporter.meanSD(v).mean)),ours\n" } }
        }
        if let p = spec.published {
            for row in try PublishedData.read(p) {
                let y = 100 * row.y
                md += "| \(row.series) | " + snrs.map { $0 == row.x ? ElementReport.format(y) : "–" }.joined(separator: " | ")
                md += snrs.contains(row.x) ? " | published |\n" : " | published (SNR \(Reporter.trim(row.x))) |\n"
                csv += "\(row.series),\(Reporter.trim(row.x)),\(String(format: "%.2f", y)),published\n"
            }
            if let caveat = p.caveat { md += "\n\(caveat)\n" }
        }
        return try writeTable(spec.name, md: md, csv: csv)
    }

    /// Accuracy per element and test SNR, per model.
    func perElementTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        var csv = "model,snr,element,overlap_class,accuracy_percent,n\n"
        var md = "# \(loaded.manifest.name): accuracy (%) per element and test SNR\n\nOverlap classes: \(ruleSentence)\n"
        for r in runs {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            let classes = try overlapClassification(r.labelNames)
            md += "\n## \(modelName(r))\n\n| element | class | " + conditions.map { "SNR \(Reporter.trim($0.value))" }.joined(separator: " | ") + " |\n"
            md += "|---|---|" + conditions.map { _ in "---|" }.joined() + "\n"
            for (k, name) in r.labelNames.enumerated() {
                var row = "| \(name) | \(classes[k].overlapClass) |"
                for c in conditions {
                    let (a, n) = c.accuracy(classes: [k])
                    row += " \(ElementReport.format(a, 1)) |"
                    csv += "\(modelName(r)),\(Reporter.trim(c.value)),\(name),\(classes[k].overlapClass),\(ElementReport.csv(a)),\(n)\n"
                }
                md += row + "\n"
            }
        }
        return try writeTable(spec.name, md: md, csv: csv)
    }

    /// The (true → predicted) pairs with the most errors, over all test conditions, per model.
    func confusionPairsTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        var csv = "model,true_element,predicted_element,errors,share_of_errors_percent,errors_by_snr\n"
        var md = "# \(loaded.manifest.name): confusion pairs that dominate the errors\n\n"
        md += "Errors summed over every test SNR; the 15 largest pairs per model. `errors by SNR` lists SNR:count.\n"
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
            md += "\n## \(modelName(r)) (\(total) errors in \(conditions.reduce(0) { $0 + $1.truth.count }) test spectra)\n\n"
            md += "| true | predicted | errors | share of errors (%) | errors by SNR |\n|---|---|---|---|---|\n"
            for (key, v) in top {
                let parts = key.split(separator: "|").map(String.init)
                let share = total > 0 ? 100 * Double(v.count) / Double(total) : 0
                let by = v.bySNR.sorted { $0.key < $1.key }.map { "\(Reporter.trim($0.key)):\($0.value)" }.joined(separator: " ")
                md += "| \(parts[0]) | \(parts[1]) | \(v.count) | \(ElementReport.format(share, 1)) | \(by) |\n"
                csv += "\(modelName(r)),\(parts[0]),\(parts[1]),\(v.count),\(ElementReport.format(share)),\(by)\n"
            }
        }
        return try writeTable(spec.name, md: md, csv: csv)
    }

    /// The classes' members, and accuracy per class against the test SNR, per model.
    func overlapClassTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        let labels = runs[0].labelNames
        let classes = try overlapClassification(labels)
        var md = "# \(loaded.manifest.name): overlap classes\n\n\(ruleSentence)\n\n| class | name | members |\n|---|---|---|\n"
        var members = "element,overlap_class,main_lines,overlaps\n"
        for k in 1...4 {
            let m = classes.filter { $0.overlapClass == k }.map(\.element)
            md += "| \(k) | \(OverlapClasses.names[k]!) | \(m.joined(separator: ", ")) (\(m.count)) |\n"
        }
        for c in classes {
            let lines = c.mainLines.map { String(format: "%@ %@ eV (r %.2f)", $0.orbital, Reporter.trim($0.bindingEnergy), $0.interference) }
                .joined(separator: "; ")
            let overlaps = c.mainLines.flatMap(\.overlaps).joined(separator: "; ")
            members += "\(c.element),\(c.overlapClass),\"\(lines)\",\"\(overlaps)\"\n"
        }
        var csv = "model,snr,overlap_class,accuracy_percent,n\n"
        for r in runs {
            let conditions = try conditionClasses(r)
            guard !conditions.isEmpty else { continue }
            md += "\n## \(modelName(r)): accuracy (%) per class\n\n| class | " + conditions.map { "SNR \(Reporter.trim($0.value))" }.joined(separator: " | ") + " |\n"
            md += "|---|" + conditions.map { _ in "---|" }.joined() + "\n"
            for k in 1...4 {
                let set = Set(classes.indices.filter { classes[$0].overlapClass == k })
                guard !set.isEmpty else { continue }
                md += "| \(k) |"
                for c in conditions {
                    let (a, n) = c.accuracy(classes: set)
                    md += " \(ElementReport.format(a, 1)) |"
                    csv += "\(modelName(r)),\(Reporter.trim(c.value)),\(k),\(ElementReport.csv(a)),\(n)\n"
                }
                md += "\n"
            }
        }
        let m = tables.appendingPathComponent("\(spec.name)-members.csv")
        try members.write(to: m, atomically: true, encoding: .utf8)
        return try writeTable(spec.name, md: md, csv: csv) + [m]
    }

    /// What the explain/ group of a run holds.
    struct StoredExplanation {
        var classes: [String]
        var centers: [Double]
        var importance: [[Double]]
        var lines: [String: [Double]]
        var alignment: [Double]
        var alignmentGradientInput: [Double]?
        var alignmentOcclusion: [Double]?
    }

    func storedExplanation(_ r: RunRecord) throws -> StoredExplanation? {
        let file = try HDF5File(opening: r.file)
        let run = try file.root.openGroup("runs/\(r.result.run)")
        guard run.contains("explain") else { return nil }
        let g = try run.openGroup("explain")
        let classes = try g.stringAttribute("classes").split(separator: "\n").map(String.init)
        let (values, shape) = try g.readFloats("importance")
        var lines: [String: [Double]] = [:]
        for name in classes where g.contains("lines/\(name)") { lines[name] = try g.readDoubles("lines/\(name)").values }
        return StoredExplanation(
            classes: classes, centers: try g.readDoubles("probe_centers").values,
            importance: (0..<shape[0]).map { i in values[(i * shape[1])..<((i + 1) * shape[1])].map(Double.init) },
            lines: lines, alignment: try g.readDoubles("alignment").values,
            alignmentGradientInput: g.contains("alignment_gradient_input") ? try g.readDoubles("alignment_gradient_input").values : nil,
            alignmentOcclusion: g.contains("alignment_occlusion") ? try g.readDoubles("alignment_occlusion").values : nil)
    }

    /// element, overlap_class, alignment, accuracy_percent of the first explained run; beside it the
    /// comparison with gradient × input and occlusion, and the means per class.
    func fisAlignmentTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        guard let (r, e) = try runs.lazy.compactMap({ r in try self.storedExplanation(r).map { (r, $0) } }).first else { return [] }
        let classes = try overlapClassification(r.labelNames)
        let metrics = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8))
        var csv = "element,overlap_class,alignment,accuracy_percent\n"
        var methods = "element,overlap_class,fis,gradient_input,occlusion\n"
        var rows: [(element: String, cls: Int, fis: Double, gi: Double, occ: Double, acc: Double)] = []
        for (i, name) in e.classes.enumerated() {
            guard let k = r.labelNames.firstIndex(of: name) else { continue }
            let acc = 100 * ((metrics?.perClassAccuracy[k]) ?? nil ?? .nan)
            let row = (name, classes[k].overlapClass, e.alignment[i], e.alignmentGradientInput?[i] ?? .nan, e.alignmentOcclusion?[i] ?? .nan, acc)
            rows.append(row)
            csv += "\(name),\(row.1),\(ElementReport.csv(row.2, 4)),\(ElementReport.csv(acc))\n"
            methods += "\(name),\(row.1),\(ElementReport.csv(row.2, 4)),\(ElementReport.csv(row.3, 4)),\(ElementReport.csv(row.4, 4))\n"
        }
        func mean(_ v: [Double]) -> Double {
            let f = v.filter { !$0.isNaN }
            return f.isEmpty ? .nan : f.reduce(0, +) / Double(f.count)
        }
        var md = "# \(loaded.manifest.name): FIS alignment per element (\(r.result.point))\n\n"
        md += "Alignment: the share of the positive importance that lies within one line FWHM each side of the element's own library lines "
        md += "(0…1; importance = drop in the class probability when the Gaussian probe occludes). Accuracy: the element's test split.\n\n"
        let undefined = rows.filter { $0.fis.isNaN }.map(\.element)
        let defined = rows.filter { !$0.fis.isNaN }
        md += String(format: "Mean over the %d of %d elements whose FIS alignment is defined: FIS %@, gradient × input %@, sliding-window occlusion %@.",
                     defined.count, rows.count,
                     ElementReport.format(mean(defined.map(\.fis)), 3), ElementReport.format(mean(defined.map(\.gi)), 3),
                     ElementReport.format(mean(defined.map(\.occ)), 3))
        if !undefined.isEmpty {
            md += " Undefined (no positive importance: the class probability did not drop under any probe, i.e. it stays at 1 "
            md += "to float32 precision on every explained spectrum): \(undefined.joined(separator: ", "))."
        }
        md += "\n\n"
        var byClass = "overlap_class,elements,fis,gradient_input,occlusion,accuracy_percent\n"  // means over the elements whose FIS alignment is defined
        md += "Per class: means over the elements whose FIS alignment is defined (elements: defined of all).\n\n"
        md += "| class | elements | FIS | gradient × input | occlusion | accuracy (%) | FIS alignment < 0.7 or undefined |\n|---|---|---|---|---|---|---|\n"
        for k in 1...4 {
            let all = rows.filter { $0.cls == k }, m = all.filter { !$0.fis.isNaN }
            guard !all.isEmpty else { continue }
            let low = all.filter { $0.fis.isNaN }.map { "\($0.element) (–)" } + [String]()
            let listed = (low + m.filter { $0.fis < 0.7 }.map { "\($0.element) (\(ElementReport.format($0.fis)))" }).joined(separator: ", ")
            md += "| \(k) \(OverlapClasses.names[k]!) | \(m.count) of \(all.count) | \(ElementReport.format(mean(m.map(\.fis)), 3)) | \(ElementReport.format(mean(m.map(\.gi)), 3)) | "
            md += "\(ElementReport.format(mean(m.map(\.occ)), 3)) | \(ElementReport.format(mean(m.map(\.acc)), 1)) | \(listed) |\n"
            byClass += "\(k),\(all.count),\(ElementReport.csv(mean(m.map(\.fis)), 4)),\(ElementReport.csv(mean(m.map(\.gi)), 4)),"
            byClass += "\(ElementReport.csv(mean(m.map(\.occ)), 4)),\(ElementReport.csv(mean(m.map(\.acc))))\n"
        }
        md += "\n| element | class | FIS | gradient × input | occlusion | accuracy (%) |\n|---|---|---|---|---|---|\n"
        for row in rows {
            md += "| \(row.element) | \(row.cls) | \(ElementReport.format(row.fis, 3)) | \(ElementReport.format(row.gi, 3)) | \(ElementReport.format(row.occ, 3)) | \(ElementReport.format(row.acc, 1)) |\n"
        }
        md += "\nOverlap classes: \(ruleSentence)\n"
        let extra = [tables.appendingPathComponent("\(spec.name)-methods.csv"), tables.appendingPathComponent("\(spec.name)-by-class.csv")]
        try methods.write(to: extra[0], atomically: true, encoding: .utf8)
        try byClass.write(to: extra[1], atomically: true, encoding: .utf8)
        return try writeTable(spec.name, md: md, csv: csv) + extra
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
                series.append(("class \(k): \(OverlapClasses.names[k]!) (\(set.count))", conditions.map(\.value),
                               conditions.map { $0.accuracy(classes: set).percent }, nil))
            }
            var f = Figure.metricVersusParameter(parameterLabel: "test SNR (DESIGN.md definition)", metricLabel: "accuracy (%)",
                                                 models: series, logX: spec.logX ?? true)
            f.name = "\(spec.name)-\(r.result.point)"
            f.title = spec.title ?? "Accuracy per overlap class — \(modelName(r))"
            out.append(f)
        }
        return out
    }

    /// One sheet per explained run: every class's feature importance with its lines marked.
    func fisOverviewSheets(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [SheetFigure] {
        var out: [SheetFigure] = []
        for r in records where r.result.repeatIndex == 0 {
            guard let e = try storedExplanation(r) else { continue }
            let panels = e.classes.enumerated().map { (i, name) -> Figure in
                var f = Figure.featureImportance(energies: e.centers, importance: e.importance[i],
                                                 linePositions: (e.lines[name] ?? []).map { (x: $0, label: "") })
                f.name = "\(spec.name)-\(name)"
                f.title = e.alignment[i].isNaN ? name : String(format: "%@ (%.2f)", name, e.alignment[i])
                f.xLabel = ""
                f.yLabel = ""
                return f
            }
            guard !panels.isEmpty else { continue }
            let columns = Int(Double(panels.count).squareRoot().rounded(.up))
            out.append(SheetFigure.overview(
                name: "\(spec.name)-\(r.result.point)",
                title: spec.title ?? "Feature importance per element (\(r.result.point)); lines of the element marked; alignment in brackets",
                figures: panels, columns: columns, panelSize: FigureSize(width: 300, height: 200), footnote: footnote))
        }
        return out
    }

    func quantificationRows(_ r: RunRecord) throws -> [QuantificationRow] {
        let file = try HDF5File(opening: r.file)
        let run = try file.root.openGroup("runs/\(r.result.run)")
        guard run.contains("metrics/quantification") else { return [] }
        return try JSONDecoder().decode([QuantificationRow].self, from: Data(try run.readString("metrics/quantification").utf8))
    }

    /// method, snr, elements_per_spectrum, mae_at_percent (mean over repeats; the first run of each point).
    func quantificationTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        var cells: [String: [Double]] = [:], counts: [String: Int] = [:]
        for r in records {
            for q in try quantificationRows(r) {
                let key = "\(q.method)|\(Reporter.trim(q.snr))|\(q.elements)"
                cells[key, default: []].append(q.mae)
                counts[key] = q.n
            }
        }
        let keys = cells.keys.sorted { a, b in
            let x = a.split(separator: "|"), y = b.split(separator: "|")
            if x[0] != y[0] { return x[0] > y[0] }
            if x[2] != y[2] { return x[2] < y[2] }
            return Double(x[1])! < Double(y[1])!
        }
        var csv = "method,snr,elements_per_spectrum,mae_at_percent\n"
        var md = "# \(loaded.manifest.name): quantification error (MAE, at. %)\n\n"
        md += "MAE over the elements present in each test spectrum (at. %), test spectra regenerated at each SNR. "
        md += "network: the model's atomic fractions; rsf: Shirley-subtracted area of each present element's strongest line ÷ its Scofield factor, "
        md += "normalised over the elements present (the elements are given to the classical method).\n\n"
        md += "| method | elements per spectrum | SNR | MAE (at. %) | spectra |\n|---|---|---|---|---|\n"
        for k in keys {
            let p = k.split(separator: "|").map(String.init)
            let m = Reporter.meanSD(cells[k]!).mean
            csv += "\(p[0]),\(p[1]),\(p[2]),\(String(format: "%.2f", m))\n"
            md += "| \(p[0]) | \(p[2]) | \(p[1]) | \(String(format: "%.2f", m)) | \(counts[k] ?? 0) |\n"
        }
        return try writeTable(spec.name, md: md, csv: csv)
    }

    /// MAE against the test SNR: one series per method and number of elements.
    func quantificationFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var series: [String: [(x: Double, y: Double)]] = [:]
        for r in records where r.result.repeatIndex == 0 {
            for q in try quantificationRows(r) {
                series["\(q.method == "rsf" ? "RSF (Shirley areas)" : "network"), \(q.elements) elements", default: []].append((q.snr, q.mae))
            }
        }
        guard !series.isEmpty else { return [] }
        var f = Figure.metricVersusParameter(
            parameterLabel: "test SNR (DESIGN.md definition)", metricLabel: "MAE over the elements present (at. %)",
            models: series.keys.sorted().map { k in
                let s = series[k]!.sorted { $0.x < $1.x }
                return (k, s.map(\.x), s.map(\.y), nil)
            }, logX: spec.logX ?? true)
        f.name = spec.name
        f.title = spec.title ?? "Quantification error against the test SNR"
        return [f]
    }
}
