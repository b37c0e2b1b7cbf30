import Foundation

// The figure kinds of the harness. Each returns a `Figure` that can still be adjusted
// (footnote, ranges, size, key) before `FigureWriter.write`.

extension Figure {
    /// Training and validation loss per epoch for one or more runs; epochs count from 1, y logarithmic.
    ///
    /// Each run has one colour: training as a line, validation as a line with points.
    /// Losses must be > 0 (logarithmic axis); non-finite values (a diverged run) leave gaps.
    public static func lossCurves(
        name: String = "loss_curves", title: String = "Training and validation loss",
        runs: [(name: String, train: [Double], validation: [Double])],
        yLabel: String = "loss (mean binary cross-entropy, nats)"
    ) -> Figure {
        var series: [Series] = []
        for (i, run) in runs.enumerated() {
            let color = OkabeIto.seriesOrder[i % OkabeIto.seriesOrder.count]
            let prefix = run.name.isEmpty ? "" : "\(run.name) "
            if !run.train.isEmpty {
                series.append(
                    Series(
                        title: prefix + "training", x: epochs(run.train.count), y: run.train, style: .line, color: color))
            }
            if !run.validation.isEmpty {
                series.append(
                    Series(
                        title: prefix + "validation", x: epochs(run.validation.count), y: run.validation,
                        style: .linePoints, color: color))
            }
        }
        return Figure(
            name: name, title: title, xLabel: "epoch", yLabel: yLabel, series: series, logY: true,
            xRange: AxisRange(lower: 1))
    }

    /// A metric against a swept parameter, one series per model (mean ± sd when `sd` is given),
    /// published values overlaid as dashed lines titled "<model> (published)".
    ///
    /// Points are drawn in increasing parameter order. A published series takes the colour of the
    /// model of the same name (case-insensitive), so ours and theirs pair up.
    public static func metricVersusParameter(
        name: String = "metric_vs_parameter", title: String = "", parameterLabel: String, metricLabel: String,
        models: [(model: String, parameter: [Double], mean: [Double], sd: [Double]?)],
        published: [(model: String, parameter: [Double], value: [Double])] = [],
        logX: Bool = false
    ) -> Figure {
        var series: [Series] = []
        var colorOfModel: [String: OkabeIto] = [:]
        var nextColor = 0
        func color(for model: String) -> OkabeIto {
            if let c = colorOfModel[model.lowercased()] { return c }
            let c = OkabeIto.seriesOrder[nextColor % OkabeIto.seriesOrder.count]
            nextColor += 1
            colorOfModel[model.lowercased()] = c
            return c
        }
        for m in models {
            let order = sortedOrder(m.parameter, m.mean.count)
            let sd = m.sd.map { reorder($0, order) }
            series.append(
                Series(
                    title: m.model, x: reorder(m.parameter, order), y: reorder(m.mean, order), yError: sd,
                    style: sd == nil ? .linePoints : .errorBars, color: color(for: m.model)))
        }
        for p in published {
            let order = sortedOrder(p.parameter, p.value.count)
            let title =
                p.model.range(of: "published", options: .caseInsensitive) == nil
                ? "\(p.model) (published)" : p.model
            series.append(
                Series(
                    title: title, x: reorder(p.parameter, order), y: reorder(p.value, order),
                    style: .dashed, color: color(for: p.model)))
        }
        return Figure(
            name: name, title: title, xLabel: parameterLabel, yLabel: metricLabel, series: series, logX: logX)
    }

    /// A spectrum on a reversed binding-energy axis: measured counts as points, fitted components
    /// as filled areas (above `background` when given), the total fit as a line, and the residual
    /// (measured − fit) in a panel underneath.
    public static func spectrumWithComponents(
        name: String = "spectrum_fit", title: String = "", energies: [Double], measured: [Double],
        components: [(title: String, values: [Double])], fit: [Double]? = nil, residual: [Double]? = nil,
        background: [Double]? = nil,
        energyLabel: String = "binding energy (eV)", intensityLabel: String = "intensity (counts)"
    ) -> Figure {
        let componentColors: [OkabeIto] = [.blue, .bluishGreen, .reddishPurple, .orange, .skyBlue, .yellow]
        var series: [Series] = []
        for (i, component) in components.enumerated() {
            series.append(
                Series(
                    title: component.title, x: energies, y: component.values, style: .filledCurve,
                    color: componentColors[i % componentColors.count], baseline: background))
        }
        if let background {
            series.append(Series(title: "background", x: energies, y: background, style: .line, color: .black))
        }
        series.append(Series(title: "measured", x: energies, y: measured, style: .points, color: .black))
        if let fit {
            series.append(Series(title: "fit", x: energies, y: fit, style: .line, color: .vermillion))
        }
        let panel = residual.map {
            ResidualPanel(
                yLabel: "residual" + unitSuffix(of: intensityLabel),
                series: [Series(title: "residual", x: energies, y: $0, style: .line, color: .black)])
        }
        return Figure(
            name: name, title: title, xLabel: energyLabel, yLabel: intensityLabel, series: series,
            xReversed: true, residual: panel)
    }

    /// Feature importance against binding energy (reversed axis) with element line positions as markers.
    public static func featureImportance(
        name: String = "feature_importance", title: String = "Feature importance", energies: [Double],
        importance: [Double],
        linePositions: [(x: Double, label: String)],
        energyLabel: String = "binding energy (eV)", importanceLabel: String = "feature importance (a.u.)"
    ) -> Figure {
        Figure(
            name: name, title: title, xLabel: energyLabel, yLabel: importanceLabel,
            series: [Series(title: "importance", x: energies, y: importance, style: .filledCurve, color: .blue)],
            xReversed: true, key: .hidden, verticalMarkers: linePositions)
    }

    /// Grouped bars, one group per category (e.g. per-class sensitivity of each model); category
    /// labels as x tics, rotated when they do not fit. Series titled "… published" are hatched.
    ///
    /// - Throws: `PlotError.invalidSeries` when a series does not have one value per category.
    public static func barChart(
        name: String = "bar_chart", title: String = "", categories: [String],
        series: [(title: String, values: [Double])],
        categoryLabel: String = "class", valueLabel: String = "sensitivity (%)"
    ) throws -> Figure {
        for s in series where s.values.count != categories.count {
            throw PlotError.invalidSeries(
                figure: name, series: s.title, field: "values", found: "\(s.values.count) values",
                expected: "\(categories.count) (one per category)")
        }
        let groupWidth = 0.8
        let width = groupWidth / Double(max(series.count, 1))
        var bars: [Series] = []
        for (j, s) in series.enumerated() {
            let offset = (Double(j) - Double(series.count - 1) / 2) * width
            bars.append(
                Series(
                    title: s.title, x: categories.indices.map { Double($0) + offset }, y: s.values,
                    style: .bars(width: width)))
        }
        let values = series.flatMap(\.values).filter(\.isFinite)
        let allNonNegative = values.allSatisfy { $0 >= 0 }
        return Figure(
            name: name, title: title, xLabel: categoryLabel, yLabel: valueLabel, series: bars,
            xRange: AxisRange(lower: -0.6, upper: Double(categories.count) - 0.4),
            yRange: allNonNegative ? AxisRange(lower: 0) : nil,
            xTics: categories.enumerated().map { Tic(position: Double($0.offset), label: $0.element) })
    }

    /// Predicted against true values (e.g. shift in eV), with the diagonal y = x and equal axes.
    public static func scatter(
        name: String = "predicted_vs_true", title: String = "", x: [Double], y: [Double], diagonal: Bool = true,
        xLabel: String = "true shift (eV)", yLabel: String = "predicted shift (eV)",
        seriesTitle: String = "test spectra"
    ) -> Figure {
        var series: [Series] = []
        var range: AxisRange?
        let finite = (x + y).filter(\.isFinite)
        if diagonal, let low = finite.min(), let high = finite.max() {
            let pad = high > low ? 0.05 * (high - low) : 0.5
            series.append(
                Series(
                    title: "y = x", x: [low - pad, high + pad], y: [low - pad, high + pad],
                    style: .line, color: .black))
            range = AxisRange(lower: low - pad, upper: high + pad)
        }
        series.append(Series(title: seriesTitle, x: x, y: y, style: .points, color: .blue))
        return Figure(
            name: name, title: title, xLabel: xLabel, yLabel: yLabel, series: series,
            xRange: range, yRange: range)
    }

    /// A confusion matrix as a heat map: rows are true classes (top to bottom), columns predicted
    /// classes; cell values written in the cells when there are at most 15 classes.
    ///
    /// - Throws: `PlotError.invalidFigure` when the matrix is not labels.count × labels.count.
    public static func confusionMatrix(
        name: String = "confusion_matrix", title: String = "Confusion matrix", labels: [String], matrix: [[Double]],
        valueLabel: String = "spectra (count)",
        xLabel: String = "predicted class", yLabel: String = "true class"
    ) throws -> Figure {
        let n = labels.count
        guard n > 0, matrix.count == n else {
            throw PlotError.invalidFigure(
                figure: name, field: "matrix", found: "\(matrix.count) rows", expected: "\(n) (one per label)")
        }
        var xs: [Double] = [], ys: [Double] = [], zs: [Double] = []
        for (row, values) in matrix.enumerated() {
            guard values.count == n else {
                throw PlotError.invalidFigure(
                    figure: name, field: "matrix[\(row)]", found: "\(values.count) values",
                    expected: "\(n) (one per label)")
            }
            for (column, value) in values.enumerated() {
                xs.append(Double(column))
                ys.append(Double(row))
                zs.append(value)
            }
        }
        let tics = labels.enumerated().map { Tic(position: Double($0.offset), label: $0.element) }
        let range = AxisRange(lower: -0.5, upper: Double(n) - 0.5)
        return Figure(
            name: name, title: title, xLabel: xLabel, yLabel: yLabel,
            series: [Series(title: "", x: xs, y: ys, style: .image(cellLabels: n <= 15), z: zs)],
            yReversed: true, xRange: range, yRange: range, key: .hidden,
            size: FigureSize(width: 1100, height: 1000), xTics: tics, yTics: tics, colorBoxLabel: valueLabel)
    }

    // MARK: Helpers

    private static func epochs(_ count: Int) -> [Double] { (0..<count).map { Double($0 + 1) } }

    /// Indices sorting `keys` ascending (stable); identity when the counts differ, so that
    /// validation reports the mismatch on the data as given.
    private static func sortedOrder(_ keys: [Double], _ count: Int) -> [Int] {
        guard keys.count == count else { return Array(keys.indices) }
        return keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    }

    private static func reorder(_ values: [Double], _ order: [Int]) -> [Double] {
        guard values.count == order.count else { return values }
        return order.map { values[$0] }
    }

    /// " (unit)" taken from the last parenthesis of a label, or "".
    private static func unitSuffix(of label: String) -> String {
        guard let open = label.lastIndex(of: "("), label.hasSuffix(")") else { return "" }
        return " " + label[open...]
    }
}
