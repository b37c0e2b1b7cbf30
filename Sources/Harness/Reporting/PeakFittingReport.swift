// Peak-fitting figures and tables beyond the headline metric: the four losses per epoch (paper 1,
// Fig. 3) and the test accuracy binned by how much the closest pair of peaks overlaps.
//
// Shape legend: N = test samples, n = peak slots, T = 1 + 3n values per row
// [count, centre₁…centreₙ, amplitude₁…amplitudeₙ, width₁…widthₙ] (x units of the generator axis).

import Foundation
import Tensors
import Store
import Plots

/// Test metrics of a peak-fitting model grouped by the overlap of the closest pair of true peaks.
///
/// overlap ratio ρ = |c_{j+1} − c_j| / ((w_j + w_{j+1}) / 2) for the adjacent pair (by centre) with
/// the smallest ρ; ρ < 1 means the two peaks sit within about one width of each other and are hard
/// to separate by eye. Spectra with a single true peak form their own group.
public struct PeakOverlapBins: Codable, Sendable, Equatable {
    public struct Bin: Codable, Sendable, Equatable {
        /// "single peak", or "ρ lower–upper".
        public var label: String
        /// Lower and upper edge of ρ (nil for the single-peak group; upper nil = open).
        public var lower: Double?
        public var upper: Double?
        public var samples: Int
        /// Fraction of samples whose rounded predicted count equals the true count.
        public var countAccuracy: Double
        /// MAE over the true peaks' slots (x units; amplitude in intensity units).
        public var centreMAE: Double
        public var widthMAE: Double
        public var amplitudeMAE: Double
    }
    public var bins: [Bin]

    /// Edges of ρ: [0, 0.5), [0.5, 1), [1, 1.5), [1.5, 2), [2, 3), [3, 5), [5, ∞).
    public static let edges: [Double] = [0, 0.5, 1, 1.5, 2, 3, 5]

    /// Groups targets and predictions [N, T] of `maxPeaks` slots.
    public init(targets t: [Float], predictions p: [Float], maxPeaks n: Int) {
        let T = 1 + 3 * n, N = t.count / T
        struct Acc { var samples = 0, correct = 0, slots = 0; var c = 0.0, w = 0.0, a = 0.0 }
        var single = Acc()
        var groups = [Acc](repeating: Acc(), count: PeakOverlapBins.edges.count)
        for i in 0..<N {
            let row = t[(i * T)..<((i + 1) * T)].map(Double.init), pred = p[(i * T)..<((i + 1) * T)].map(Double.init)
            let count = Int(row[0].rounded())
            guard count >= 1 else { continue }
            var acc: Acc
            var bin = -1
            if count == 1 {
                acc = single
            } else {
                var rho = Double.infinity
                for j in 0..<(count - 1) {
                    let sep = abs(row[2 + j] - row[1 + j]), width = (row[1 + 2 * n + j] + row[2 + 2 * n + j]) / 2
                    rho = min(rho, sep / max(width, 1e-12))
                }
                bin = PeakOverlapBins.edges.lastIndex { rho >= $0 } ?? 0
                acc = groups[bin]
            }
            acc.samples += 1
            if Int(pred[0].rounded()) == count { acc.correct += 1 }
            for j in 0..<count {
                acc.c += abs(pred[1 + j] - row[1 + j])
                acc.a += abs(pred[1 + n + j] - row[1 + n + j])
                acc.w += abs(pred[1 + 2 * n + j] - row[1 + 2 * n + j])
                acc.slots += 1
            }
            if bin < 0 { single = acc } else { groups[bin] = acc }
        }
        func make(_ a: Acc, _ label: String, _ lo: Double?, _ hi: Double?) -> Bin {
            let s = Double(max(a.slots, 1))
            return Bin(
                label: label, lower: lo, upper: hi, samples: a.samples,
                countAccuracy: a.samples == 0 ? .nan : Double(a.correct) / Double(a.samples),
                centreMAE: a.c / s, widthMAE: a.w / s, amplitudeMAE: a.a / s)
        }
        var bins = [make(single, "single peak", nil, nil)]
        let e = PeakOverlapBins.edges
        for k in e.indices where groups[k].samples > 0 {
            let hi = k + 1 < e.count ? e[k + 1] : nil
            bins.append(make(groups[k], hi.map { "ρ \(Reporter.trim(e[k]))–\(Reporter.trim($0))" } ?? "ρ ≥ \(Reporter.trim(e[k]))", e[k], hi))
        }
        self.bins = bins
    }
}

extension Reporter {
    /// Paper 1's Fig. 3: the loss of each output (count, centres, amplitudes, widths), training
    /// (lines) and validation (lines with points), one figure per run of the first repeat.
    func lossPartFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var out: [Figure] = []
        for r in records where r.result.repeatIndex == 0 {
            let file = try HDF5File(opening: r.file)
            let h = try file.root.openGroup("runs/\(r.result.run)/history")
            guard h.contains("train_loss_parts") else {
                throw HarnessError.missingRun(
                    path: r.file.path, reason: "no history/train_loss_parts (a task with one loss, or a run file from before they were recorded)")
            }
            let names = try h.stringAttribute("loss_part_names").split(separator: "\n").map(String.init)
            let (train, shape) = try h.readDoubles("train_loss_parts")
            let (val, _) = try h.readDoubles("val_loss_parts")
            let E = shape[0], P = shape[1]
            let epochs = (1...E).map(Double.init)
            var series: [Series] = []
            for j in 0..<P {
                let color = OkabeIto.seriesOrder[j % OkabeIto.seriesOrder.count]
                series.append(Series(title: "\(names[j]) (training)", x: epochs, y: (0..<E).map { train[$0 * P + j] }, style: .line, color: color))
                series.append(
                    Series(title: "\(names[j]) (validation)", x: epochs, y: (0..<E).map { val[$0 * P + j] }, style: .linePoints, color: color))
            }
            var f = Figure(
                name: "\(spec.name)-\(r.result.point)", title: spec.title ?? "Loss of each output",
                xLabel: "epoch", yLabel: "mean squared error (targets' units squared)", series: series, logY: true,
                xRange: AxisRange(lower: 1))
            f.title += records.count > 1 ? " (\(r.result.point))" : ""
            out.append(f)
        }
        return out
    }

    func overlapBins(_ r: RunRecord) throws -> PeakOverlapBins {
        let file = try HDF5File(opening: r.file)
        let g = try file.root.openGroup("runs/\(r.result.run)")
        let (t, ts) = try g.readFloats("data/test/labels")
        let (p, _) = try g.readFloats("predictions/test")
        return PeakOverlapBins(targets: t, predictions: p, maxPeaks: (ts[1] - 1) / 3)
    }

    /// Peak-count accuracy and centre / width MAE against the overlap ratio ρ (bin midpoints;
    /// the open last bin drawn at 6), one line per run point.
    func overlapFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        guard loaded.manifest.task == .peakFitting else { return [] }
        var accuracy: [Series] = [], mae: [Series] = []
        for (i, r) in records.filter({ $0.result.repeatIndex == 0 }).enumerated() {
            let bins = try overlapBins(r).bins.filter { $0.lower != nil }
            let x = bins.map { b in b.upper.map { (b.lower! + $0) / 2 } ?? 6 }
            let color = OkabeIto.seriesOrder[i % OkabeIto.seriesOrder.count]
            let suffix = records.count > 1 ? " (\(r.result.point))" : ""
            accuracy.append(Series(title: "peak count\(suffix)", x: x, y: bins.map { 100 * $0.countAccuracy }, style: .linePoints, color: color))
            mae.append(Series(title: "centre\(suffix)", x: x, y: bins.map { $0.centreMAE * 4 / 3 }, style: .linePoints, color: color))
            mae.append(Series(title: "width\(suffix)", x: x, y: bins.map { $0.widthMAE * 4 / 3 }, style: .line, color: color))
        }
        var a = Figure(
            name: "\(spec.name)-count-accuracy", title: spec.title ?? "Peak-count accuracy by overlap",
            xLabel: "overlap ratio ρ = separation ÷ mean width of the closest pair", yLabel: "peak-count accuracy (%)",
            series: accuracy, yRange: AxisRange(lower: 0, upper: 100))
        a.verticalMarkers = [(x: 1, label: "ρ = 1")]
        var m = Figure(
            name: "\(spec.name)-mae", title: "Centre and width error by overlap (all true peaks of the spectrum)",
            xLabel: "overlap ratio ρ = separation ÷ mean width of the closest pair",
            yLabel: "mean absolute error (eV, 1 x unit = 4/3 eV)", series: mae, yRange: AxisRange(lower: 0))
        m.verticalMarkers = [(x: 1, label: "ρ = 1")]
        return [a, m]
    }

    /// Table of `PeakOverlapBins` per run, every repeat included (x units and eV).
    func overlapTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        var table = reportTable(
            "test accuracy by peak overlap",
            csvHeader: [
                "run", "group", "rho_lower", "rho_upper", "spectra", "peak_count_accuracy_percent", "centre_mae_eV", "width_mae_eV", "amplitude_mae"
            ])
        table.introduction = [
            "ρ = centre separation ÷ mean width w of the closest neighbouring pair of true peaks (Eq. 1 widths). "
                + "MAE over every true peak of the spectra in the bin; eV = x units × 4/3 (the measured 20 eV window on x ∈ [0, 15])."
        ]
        var grid = Table.Grid(header: ["run", "group", "spectra", "peak-count accuracy (%)", "centre MAE (eV)", "width MAE (eV)", "amplitude MAE"])
        for r in records {
            for b in try overlapBins(r).bins where b.samples > 0 {
                let errors = [b.centreMAE * 4 / 3, b.widthMAE * 4 / 3, b.amplitudeMAE]
                grid.rows.append(
                    [r.result.run, b.label, "\(b.samples)", String(format: "%.1f", 100 * b.countAccuracy)]
                        + errors.map { String(format: "%.3f", $0) })
                table.csv.append(
                    [
                        r.result.run, b.label, b.lower.map(Reporter.trim) ?? "", b.upper.map(Reporter.trim) ?? "", "\(b.samples)",
                        String(format: "%.2f", 100 * b.countAccuracy)
                    ] + errors.map { String(format: "%.4f", $0) })
            }
        }
        table.body = [.grid(grid)]
        return try table.write(name: spec.name, into: tables)
    }
}
