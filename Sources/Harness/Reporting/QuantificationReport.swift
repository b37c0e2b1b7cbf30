// Quantification (paper 3): the mean absolute error of the atomic fractions, network against the
// classical RSF method (Shirley-subtracted areas ÷ Scofield factors), per SNR and number of
// elements, read from each run's metrics/quantification.

import Foundation
import Spectra
import Plots
import Store

extension Reporter {
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
        var table = reportTable("quantification error (MAE, at. %)", csvHeader: ["method", "snr", "elements_per_spectrum", "mae_at_percent"])
        table.introduction = [
            "MAE over the elements present in each test spectrum (at. %), test spectra regenerated at each SNR. "
                + "network: the model's atomic fractions; rsf: Shirley-subtracted area of each present element's strongest line ÷ its Scofield factor, "
                + "normalised over the elements present (the elements are given to the classical method)."
        ]
        var grid = Table.Grid(header: ["method", "elements per spectrum", "SNR", "MAE (at. %)", "spectra"])
        for k in keys {
            let p = k.split(separator: "|").map(String.init)
            let m = String(format: "%.2f", Reporter.meanSD(cells[k]!).mean)
            table.csv.append([p[0], p[1], p[2], m])
            grid.rows.append([p[0], p[2], p[1], m, "\(counts[k] ?? 0)"])
        }
        table.body = [.grid(grid)]
        return try table.write(name: spec.name, into: tables)
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
