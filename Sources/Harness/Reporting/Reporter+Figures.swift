// The figures of an experiment by kind (`FigureSpec.Kind`): loss curves, the headline metric
// against a swept parameter, per-class sensitivity, feature importance, confusion matrices and
// example test spectra. Kinds of one paper live beside their tables (PeakFittingReport.swift,
// PolymerReport.swift, ElementReport.swift).

import Foundation
import Plots
import Store
import Spectra

extension Reporter {
    func figuresFor(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        switch spec.kind {
        case .loss: return lossFigures(spec, records)
        case .metric: return try metricFigures(spec, records)
        case .perClass: return try perClassFigures(spec, records)
        case .fis: return try fisFigures(spec, records)
        case .examples: return try examples(spec, records)
        case .lossParts: return try lossPartFigures(spec, records)
        case .overlap: return try overlapFigures(spec, records)
        case .overlapClasses: return try overlapClassFigures(spec, records)
        case .fisOverview: return []
        case .quantification: return try quantificationFigures(spec, records)
        case .alignment: return try alignmentFigures(spec, records)
        case .confusion: return try confusionFigures(spec, records)
        }
    }

    /// Training and validation loss per epoch. With `series`: one figure per value of that sweep
    /// label, first repeats only (a sweep of many runs in one plot is unreadable).
    func lossFigures(_ spec: FigureSpec, _ records: [RunRecord]) -> [Figure] {
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
    }

    /// The headline metric (or `spec.metric`), mean ± sd over repeats, against the sweep label
    /// `spec.x`: one series per value of `spec.series`, the published points beside them.
    func metricFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var pts = Reporter.points(records, byCondition: spec.x == "condition" || spec.series == "condition")
        if let metric = spec.metric {
            pts = [:]
            for r in records { pts[r.result.point, default: (r.result.sweep, [])].values.append(try metricValue(r, metric)) }
        }
        let x = spec.x!
        var models: [String: [(x: Double, mean: Double, sd: Double?)]] = [:]
        for (_, p) in pts {
            guard let xv = p.sweep[x].flatMap({ Double(Reporter.sweepValue($0)) }) else {
                throw HarnessError.setting(
                    at: "figures.\(spec.name).x", found: "sweep '\(x)' with non-numeric values", expected: "a sweep of numbers")
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
    }

    /// Sensitivity (multi-label) or accuracy (classification) per class, one bar per first-repeat run.
    func perClassFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var series: [(String, [Double])] = []
        var categories: [String] = []
        for r in records where r.result.repeatIndex == 0 {
            let values: [Double?]
            if let m = try? JSONDecoder().decode(MultiLabelMetrics.self, from: Data(r.detail.utf8)) {
                values = m.sensitivity
            } else if let c = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8)) {
                values = c.perClassAccuracy
            } else {
                continue
            }
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
    }

    /// The stored feature importance of every class, one figure per class and first-repeat run,
    /// the class's lines marked.
    func fisFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
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
                var f = Figure.featureImportance(
                    energies: centers, importance: row,
                    linePositions: lines.map { (x: $0, label: "\(name)") })
                f.name = "\(spec.name)-\(r.result.point)-\(name)"
                let score = alignment[i].isNaN ? "" : String(format: " — alignment %.2f", alignment[i])
                f.title = spec.title ?? "Feature importance of \(name) (\(r.result.point))\(score)"
                out.append(f)
            }
        }
        return out
    }

    /// The confusion matrix of every first-repeat classification run.
    func confusionFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        try records.filter { $0.result.repeatIndex == 0 }.compactMap { r in
            guard let c = try? JSONDecoder().decode(ClassificationMetrics.self, from: Data(r.detail.utf8)) else { return nil }
            var f = try Figure.confusionMatrix(labels: r.labelNames, matrix: c.confusion.counts.map { $0.map(Double.init) })
            f.name = "\(spec.name)-\(r.result.point)"
            f.title = spec.title ?? "Confusion matrix — \(r.result.point)"
            return f
        }
    }

    /// `count` test spectra (default 3) of every first-repeat run, with the true and predicted
    /// peaks (peak fitting) or labels in the title.
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
                    f = Figure.spectrumWithComponents(
                        energies: energies, measured: spectrum,
                        components: peaks(truth, "true") + peaks(pred, "predicted"),
                        energyLabel: "x (paper 1 units; 1 unit = 4/3 eV)", intensityLabel: "intensity (normalised)")
                    f.xReversed = false
                    let nTrue = Int(truth[0]), nPred = Int(Double(pred[0]).rounded())
                    f.title = "Test spectrum \(n + 1): \(nTrue) peak\(nTrue == 1 ? "" : "s"), predicted \(nPred) (\(r.result.point))"
                case .classification, .quantification, .multiLabel:
                    f = Figure.spectrumWithComponents(
                        energies: energies, measured: spectrum, components: [],
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
}
