// The tables of an experiment by kind (`TableSpec.Kind`); without a kind, the headline metric per
// run point beside the published values. Kinds of one paper live beside their figures
// (PeakFittingReport.swift, PolymerReport.swift, ElementReport.swift).

import Foundation
import Spectra

extension Reporter {
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
    ///
    /// Markdown: one row per row label (ours, then published), one column per column label, cells
    /// "mean ± sd (n)". CSV: one record per cell (row, column, mean, sd, n, source).
    func metricTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        let pts = Reporter.points(records, byCondition: spec.rows == "condition" || spec.columns == "condition")
        let metric = records[0].result.metricName
        let rowKey = spec.rows, colKey = spec.columns
        let (rowNames, colNames, cells) = metricCells(pts, rowKey: rowKey, colKey: colKey)
        // Published x matches the columns' sweep values when the table has columns (its series the
        // rows); otherwise it matches the rows, in the single column.
        var published: [String: [String: Double]] = [:]
        if let p = spec.published {
            for row in try PublishedData.read(p) {
                let y = Reporter.percent(metric) ? 100 * row.y : row.y
                if colKey != nil {
                    published[row.series, default: [:]][Reporter.trim(row.x)] = y
                } else {
                    published[Reporter.trim(row.x), default: [:]]["value"] = y
                }
            }
        }
        var table = reportTable(Reporter.metricLabel(metric), csvHeader: ["row", "column", "mean", "sd", "n", "source"])
        table.introduction = [
            "Ours: mean ± sd over repeats (n), test split, profile \(loaded.profile.rawValue). "
                + (published.isEmpty ? "" : "Published values are labelled \"published\".")
        ]
        if rowKey == "condition" || colKey == "condition" {
            // Conditions are keyed by their value; say which is which.
            var names: [String: String] = [:]
            for r in records { for c in r.result.conditions ?? [] { names[Reporter.trim(c.value)] = c.name } }
            let legend = names.sorted { (Double($0.key) ?? 0) < (Double($1.key) ?? 0) }.map { "\($0.key) = \($0.value)" }
            if !legend.isEmpty { table.introduction.append("Conditions: " + legend.joined(separator: ", ") + ".") }
        }
        var grid = Table.Grid(header: [rowKey ?? "run"] + colNames.map { colKey == nil ? $0 : "\(colKey!) = \($0)" } + ["source"])
        for r in rowNames {
            grid.rows.append(
                [r]
                    + colNames.map { c in
                        guard let v = cells[r]?[c] else { return "–" }
                        return String(format: "%.2f", v.mean) + (v.sd.map { String(format: " ± %.2f", $0) } ?? "") + " (\(v.n))"
                    } + ["ours"])
            for c in colNames {
                if let v = cells[r]?[c] {
                    table.csv.append([r, c, String(format: "%.4f", v.mean), v.sd.map { String(format: "%.4f", $0) } ?? "", "\(v.n)", "ours"])
                }
            }
            if let p = published[r] {
                grid.rows.append([r] + colNames.map { c in p[c].map { String(format: "%.2f", $0) } ?? "–" } + ["published"])
                for c in colNames { if let v = p[c] { table.csv.append([r, c, String(format: "%.4f", v), "", "", "published"]) } }
            }
        }
        table.body = [.grid(grid)]
        if let caveat = spec.published?.caveat { table.closing = [caveat] }
        return try table.write(name: spec.name, into: tables)
    }

    /// Row and column labels of the metric table (numbers in numeric order; rows named by run
    /// point keep their order) and mean, sd and count of every cell.
    func metricCells(_ pts: [String: (sweep: [String: String], values: [Double])], rowKey: String?, colKey: String?)
        -> (rows: [String], columns: [String], cells: [String: [String: (mean: Double, sd: Double?, n: Int)]])
    {
        func label(_ sweep: [String: String], _ key: String?) -> String {
            key.flatMap { sweep[$0] }.map(Reporter.sweepValue) ?? ""
        }
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
        return (rowNames, colNames, cells)
    }
}
