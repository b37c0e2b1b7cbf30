// Feature importance spectra (FIS) of element identification (paper 3): what a run's explain/
// group holds, the alignment of each element's importance with its own library lines beside
// gradient × input and occlusion, per element and per overlap class, and one overview sheet per
// explained run.

import Foundation
import Plots
import Store
import Spectra

extension Reporter {
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

    /// element, overlap_class, alignment, accuracy_percent of the first explained run; beside it the
    /// comparison with gradient × input and occlusion, and the means per class.
    func fisAlignmentTable(_ spec: TableSpec, _ runs: [RunRecord]) throws -> [URL] {
        guard let (r, e) = try runs.lazy.compactMap({ r in try self.storedExplanation(r).map { (r, $0) } }).first else { return [] }
        let classes = try overlapClassification(r.labelNames)
        let metrics = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8))
        var table = reportTable(
            "FIS alignment per element (\(r.result.point))", csvHeader: ["element", "overlap_class", "alignment", "accuracy_percent"])
        var methods = CSVTable(header: ["element", "overlap_class", "fis", "gradient_input", "occlusion"])
        var rows: [ElementReport.AlignmentRow] = []
        for (i, name) in e.classes.enumerated() {
            guard let k = r.labelNames.firstIndex(of: name) else { continue }
            let acc = 100 * ((metrics?.perClassAccuracy[k]) ?? nil ?? .nan)
            let row = ElementReport.AlignmentRow(
                element: name, overlapClass: classes[k].overlapClass, fis: e.alignment[i],
                gradientInput: e.alignmentGradientInput?[i] ?? .nan,
                occlusion: e.alignmentOcclusion?[i] ?? .nan, accuracy: acc)
            rows.append(row)
            table.csv.append([name, "\(row.overlapClass)", ElementReport.csv(row.fis, 4), ElementReport.csv(acc)])
            methods.append([
                name, "\(row.overlapClass)", ElementReport.csv(row.fis, 4), ElementReport.csv(row.gradientInput, 4),
                ElementReport.csv(row.occlusion, 4)
            ])
        }
        table.introduction = [
            "Alignment: the share of the positive importance that lies within one line FWHM each side of the element's own library lines "
                + "(0…1; importance = drop in the class probability when the Gaussian probe occludes). Accuracy: the element's test split.",
            fisMeanSentence(rows)
        ]
        let (perClass, byClass) = fisClassSummary(rows)
        let f = ElementReport.format
        let elements = Table.Grid(
            header: ["element", "class", "FIS", "gradient × input", "occlusion", "accuracy (%)"],
            rows: rows.map { [$0.element, "\($0.overlapClass)", f($0.fis, 3), f($0.gradientInput, 3), f($0.occlusion, 3), f($0.accuracy, 1)] })
        table.body = [
            .paragraph("Per class: means over the elements whose FIS alignment is defined (elements: defined of all)."),
            .grid(perClass), .grid(elements)
        ]
        table.closing = ["Overlap classes: \(ruleSentence)"]
        let extra = [tables.appendingPathComponent("\(spec.name)-methods.csv"), tables.appendingPathComponent("\(spec.name)-by-class.csv")]
        try methods.write(to: extra[0])
        try byClass.write(to: extra[1])
        return try table.write(name: spec.name, into: tables) + extra
    }

    /// The means of the three methods over the elements whose FIS alignment is defined, and the
    /// elements where it is not.
    func fisMeanSentence(_ rows: [ElementReport.AlignmentRow]) -> String {
        let undefined = rows.filter { $0.fis.isNaN }.map(\.element)
        let defined = rows.filter { !$0.fis.isNaN }
        let mean = ElementReport.mean
        var text = String(
            format: "Mean over the %d of %d elements whose FIS alignment is defined: FIS %@, gradient × input %@, sliding-window occlusion %@.",
            defined.count, rows.count,
            ElementReport.format(mean(defined.map(\.fis)), 3), ElementReport.format(mean(defined.map(\.gradientInput)), 3),
            ElementReport.format(mean(defined.map(\.occlusion)), 3))
        if !undefined.isEmpty {
            text += " Undefined (no positive importance: the class probability did not drop under any probe, i.e. it stays at 1 "
            text += "to float32 precision on every explained spectrum): \(undefined.joined(separator: ", "))."
        }
        return text
    }

    /// Per overlap class, the means over the elements whose FIS alignment is defined: the Markdown
    /// grid (with the elements below 0.7 or undefined) and the `-by-class.csv` records.
    func fisClassSummary(_ rows: [ElementReport.AlignmentRow]) -> (Table.Grid, CSVTable) {
        let f = ElementReport.format, c = ElementReport.csv, mean = ElementReport.mean
        var grid = Table.Grid(header: [
            "class", "elements", "FIS", "gradient × input", "occlusion", "accuracy (%)", "FIS alignment < 0.7 or undefined"
        ])
        var csv = CSVTable(header: ["overlap_class", "elements", "fis", "gradient_input", "occlusion", "accuracy_percent"])
        for k in 1...4 {
            let all = rows.filter { $0.overlapClass == k }, m = all.filter { !$0.fis.isNaN }
            guard !all.isEmpty else { continue }
            let low = all.filter { $0.fis.isNaN }.map { "\($0.element) (–)" }
            let listed = (low + m.filter { $0.fis < 0.7 }.map { "\($0.element) (\(f($0.fis, 2)))" }).joined(separator: ", ")
            let fis = mean(m.map(\.fis)), gi = mean(m.map(\.gradientInput)), occ = mean(m.map(\.occlusion)), acc = mean(m.map(\.accuracy))
            grid.rows.append(["\(k) \(OverlapClasses.names[k]!)", "\(m.count) of \(all.count)", f(fis, 3), f(gi, 3), f(occ, 3), f(acc, 1), listed])
            csv.append(["\(k)", "\(all.count)", c(fis, 4), c(gi, 4), c(occ, 4), c(acc, 2)])
        }
        return (grid, csv)
    }

    /// One sheet per explained run: every class's feature importance with its lines marked.
    func fisOverviewSheets(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [SheetFigure] {
        var out: [SheetFigure] = []
        for r in records where r.result.repeatIndex == 0 {
            guard let e = try storedExplanation(r) else { continue }
            let panels = e.classes.enumerated().map { (i, name) -> Figure in
                var f = Figure.featureImportance(
                    energies: e.centers, importance: e.importance[i],
                    linePositions: (e.lines[name] ?? []).map { (x: $0, label: "") })
                f.name = "\(spec.name)-\(name)"
                f.title = e.alignment[i].isNaN ? name : String(format: "%@ (%.2f)", name, e.alignment[i])
                f.xLabel = ""
                f.yLabel = ""
                return f
            }
            guard !panels.isEmpty else { continue }
            let columns = Int(Double(panels.count).squareRoot().rounded(.up))
            out.append(
                SheetFigure.overview(
                    name: "\(spec.name)-\(r.result.point)",
                    title: spec.title ?? "Feature importance per element (\(r.result.point)); lines of the element marked; alignment in brackets",
                    figures: panels, columns: columns, panelSize: FigureSize(width: 300, height: 200), footnote: footnote))
        }
        return out
    }

}
