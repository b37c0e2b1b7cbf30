import Foundation
import Testing
@testable import Plots

/// The `.gp` script: standalone, axes, labels with units, styles.
@Suite("Gnuplot scripts")
struct ScriptTests {
    /// The lines of the plot command (the command and its continuation lines).
    func plotClauses(_ script: String) -> [String] {
        var clauses: [String] = []
        var inPlot = false
        for raw in script.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("plot ") { inPlot = true }
            if inPlot { clauses.append(line) }
            if inPlot, !line.hasSuffix("\\") { inPlot = false }
        }
        return clauses
    }

    func spectrum() -> Figure {
        let energies = stride(from: 280.0, through: 292.0, by: 0.1).map { $0 }
        let peak = energies.map { 1000 * Fixtures.gaussian($0, centre: 284.8, fwhm: 1.2) + 100 }
        return Figure.spectrumWithComponents(
            name: "c1s", title: "C 1s", energies: energies, measured: peak,
            components: [(title: "C–C", values: peak)], fit: peak, residual: energies.map { _ in 0.5 })
    }

    @Test func standaloneHeaderAndTerminals() throws {
        let script = try FigureWriter.scriptText(spectrum())
        #expect(script.contains("#     gnuplot c1s.gp"))
        #expect(script.contains("datafile = \"c1s.dat\""))
        #expect(script.contains("if (!exists(\"outstem\")) outstem = \"c1s\""))
        #expect(script.contains("formats = \"png svg\""))
        #expect(script.contains("set terminal pngcairo size 1200,800 font \"DejaVu Sans,14\""))
        // The svg terminal draws s pt as s px, the cairo terminals as 4/3 s px: SVG scales fonts by 4/3.
        #expect(script.contains("set terminal svg size 1200,800 font \"DejaVu Sans,14\" fontscale 1.3333"))
        #expect(script.contains("set output outstem.\".\".fmt"))
        // Every data reference goes through `datafile` by index: no absolute paths.
        #expect(!script.contains("/tmp") && !script.contains("\"/"))
        #expect(script.contains("datafile index 0 using"))
    }

    @Test func bindingEnergyAxisIsReversedWithUnits() throws {
        let script = try FigureWriter.scriptText(spectrum())
        #expect(script.contains("set xrange [*:*] reverse"))
        #expect(script.contains("set xlabel \"binding energy (eV)\""))
        #expect(script.contains("set ylabel \"intensity (counts)\""))
        #expect(script.contains("set ylabel \"residual (counts)\""))
        #expect(script.contains("set multiplot"))
        // The residual panel is symmetric about zero: |residual| ≤ 0.5 → ±0.5.
        #expect(script.contains("set yrange [-0.5:0.5]"))

        var fixed = spectrum()
        fixed.residual = nil
        fixed.xRange = AxisRange(280...290)
        let fixedScript = try FigureWriter.scriptText(fixed)
        #expect(fixedScript.contains("set xrange [290:280]"))
        #expect(!fixedScript.contains("set multiplot"))
    }

    @Test func publishedSeriesAreDashedAndPaired() throws {
        let figure = Figure.metricVersusParameter(
            name: "acc", title: "Accuracy", parameterLabel: "maximum shift (eV)",
            metricLabel: "exact-match accuracy (%)",
            models: [
                (model: "CNN", parameter: [2, 0, 1], mean: [60, 80, 70], sd: [1, 2, 3]),
                (model: "MLP", parameter: [0, 1, 2], mean: [85, 70, 60], sd: nil)
            ],
            published: [(model: "CNN", parameter: [0, 1, 2], value: [80.05, 50.52, 40.69])])
        // Points sorted by parameter, error bars moved with them.
        #expect(figure.series[0].x == [0, 1, 2])
        #expect(figure.series[0].y == [80, 70, 60])
        #expect(figure.series[0].yError == [2, 3, 1])
        #expect(figure.series[2].title == "CNN (published)")
        let clauses = plotClauses(try FigureWriter.scriptText(figure))
        let published = try #require(clauses.first { $0.contains("title \"CNN (published)\"") })
        #expect(published.contains("dt 2"))
        for clause in clauses where !clause.contains("published") { #expect(!clause.contains("dt 2")) }
        let cnn = try #require(clauses.first { $0.contains("title \"CNN\"") })
        #expect(cnn.contains("yerrorlines") && cnn.contains("using 1:2:3"))
        // Ours and theirs share the colour.
        #expect(cnn.contains("#0072B2") && published.contains("#0072B2"))
        let mlp = try #require(clauses.first { $0.contains("title \"MLP\"") })
        #expect(mlp.contains("#D55E00") && mlp.contains("linespoints"))
        #expect(try FigureWriter.scriptText(figure).contains("set ylabel \"exact-match accuracy (%)\""))
    }

    @Test func lossCurvesAreLogarithmicFromEpochOne() throws {
        let figure = Figure.lossCurves(runs: [(name: "stn", train: [0.7, 0.3, 0.1], validation: [0.8, 0.4, 0.2])])
        #expect(figure.series.map(\.x) == [[1, 2, 3], [1, 2, 3]])
        #expect(figure.series.map(\.title) == ["stn training", "stn validation"])
        let script = try FigureWriter.scriptText(figure)
        #expect(script.contains("set logscale y 10"))
        #expect(!script.contains("set logscale x"))
        #expect(script.contains("set xrange [1:*]"))
        #expect(script.contains("set xlabel \"epoch\""))
        #expect(script.contains("set ylabel \"loss (mean binary cross-entropy, nats)\""))
    }

    @Test func markersAndFootnote() throws {
        var figure = Figure.featureImportance(
            name: "fis", title: "FIS", energies: [100, 200, 300, 400], importance: [0.1, 0.9, 0.2, 0.1],
            linePositions: [(x: 284.8, label: "C 1s"), (x: 531, label: "O 1s")])
        figure.footnote = "profile: default — commit abc123"
        let script = try FigureWriter.scriptText(figure)
        #expect(script.contains("set xrange [*:*] reverse"))
        #expect(script.contains("set arrow 1 from 284.8, graph 0 to 284.8, graph 1 nohead back dt 2"))
        #expect(script.contains("set label 1 \"C 1s\" at 284.8, graph 0.985 rotate by 90"))
        // O 1s at 531 eV lies outside the drawn 100–400 eV: not drawn.
        #expect(!script.contains("O 1s"))
        #expect(script.contains("set label 1001 \"profile: default — commit abc123\" at screen"))
        // Room above the data for the rotated marker labels.
        #expect(script.contains("set offsets graph 0, graph 0, graph 0."))
    }

    @Test func barChartTicsAndHatchedPublishedBars() throws {
        let categories =
            ["alcohol (aliphatic)", "ketone (aromatic)", "carboxylic acid", "ester (aromatic)"]
            + (0..<36).map { "class \($0)" }
        let figure = try Figure.barChart(
            name: "bars", title: "Sensitivity", categories: categories,
            series: [
                (title: "STN", values: categories.indices.map { 50 + Double($0) }),
                (title: "STN published", values: categories.indices.map { 55 + Double($0) })
            ])
        let script = try FigureWriter.scriptText(figure)
        #expect(script.contains("set xtics (\"alcohol (aliphatic)\" 0, \"ketone (aromatic)\" 1,"))
        // 40 long labels fit neither flat nor at 45°: upright.
        #expect(script.contains("rotate by 90 right"))
        #expect(script.contains("set yrange [0:*]"))
        let clauses = plotClauses(script)
        #expect(clauses.count == 2)
        #expect(clauses[0].contains("with boxes fs solid") && clauses[0].contains("using 1:2:(0.4)"))
        #expect(clauses[1].contains("fs pattern"))
        // Bars of a group sit either side of the category.
        #expect(figure.series[0].x[3] == 2.8 && figure.series[1].x[3] == 3.2)
    }

    @Test func confusionMatrixIsAnImageWithLabelTics() throws {
        let figure = try Figure.confusionMatrix(
            name: "cm", title: "Confusion", labels: ["C–C", "C=O", "\"quoted\""], matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]])
        let script = try FigureWriter.scriptText(figure)
        #expect(script.contains("with image"))
        #expect(script.contains("set xtics (\"C–C\" 0, \"C=O\" 1, \"\\\"quoted\\\"\" 2)"))
        #expect(script.contains("set ytics (\"C–C\" 0,"))
        #expect(script.contains("set yrange [2.5:-0.5]"))
        #expect(script.contains("set cblabel \"spectra (count)\""))
        #expect(script.contains("with labels"))
    }

    @Test func logarithmicXAndScatterDiagonal() throws {
        var figure = Figure.metricVersusParameter(
            name: "learning", title: "Learning curve", parameterLabel: "training spectra (count)",
            metricLabel: "exact-match accuracy (%)",
            models: [(model: "STN", parameter: [8000, 16000, 80000], mean: [45, 56, 72], sd: nil)], logX: true)
        #expect(try FigureWriter.scriptText(figure).contains("set logscale x 10"))
        figure.series[0].x[0] = 0
        #expect(throws: PlotError.self) { try figure.validate() }

        let scatter = Figure.scatter(title: "shift", x: [-2, 0, 3], y: [-1.5, 0.2, 2.5])
        #expect(scatter.series[0].title == "y = x")
        #expect(scatter.series[0].x == scatter.series[0].y)
        #expect(scatter.xRange == scatter.yRange)
        #expect(try FigureWriter.scriptText(scatter).contains("set xlabel \"true shift (eV)\""))
    }

    @Test func keyAvoidsData() throws {
        // Data only in the top-right corner: the key goes top left.
        let corner = Figure(
            name: "corner", title: "", xLabel: "x (eV)", yLabel: "y (counts)",
            series: [Series(title: "rising", x: (0...100).map(Double.init), y: (0...100).map { Double($0 * $0) })])
        let cornerScript = try FigureWriter.scriptText(corner)
        #expect(cornerScript.contains("set key inside top left"))
        // Reversed axis: the same data are drawn rising to the left, the key goes top right.
        var reversed = corner
        reversed.xReversed = true
        #expect(try FigureWriter.scriptText(reversed).contains("set key inside top right"))
        // Data everywhere: headroom is added on top for the key.
        let noise = (0...400).map { Double(($0 * 7919) % 101) }
        let full = Figure(
            name: "full", title: "", xLabel: "x (eV)", yLabel: "y (counts)",
            series: [Series(title: "noise", x: (0...400).map(Double.init), y: noise)])
        let fullScript = try FigureWriter.scriptText(full)
        #expect(fullScript.contains("set offsets graph 0, graph 0, graph 0."))
        #expect(fullScript.contains("set key inside top center horizontal"))
        // Many entries do not fit in one row: a column, top right.
        var many = full
        many.series += (0..<6).map { Series(title: "a rather long series title \($0)", x: [0, 400], y: [0, 100]) }
        #expect(try FigureWriter.scriptText(many).contains("set key inside top right"))
        // The same with a fixed y range: the key moves outside.
        var fixed = full
        fixed.yRange = AxisRange(0...100)
        #expect(try FigureWriter.scriptText(fixed).contains("set key outside right top"))
        // Explicit positions are honoured.
        var hidden = full
        hidden.key = .hidden
        #expect(try FigureWriter.scriptText(hidden).contains("unset key"))
    }

    @Test func textIsEscaped() throws {
        let figure = Figure(
            name: "escape", title: "a \"quoted\" C:\\path\nsecond line", xLabel: "x (eV)",
            yLabel: "y (counts)", series: [Series(title: "it's", x: [0, 1], y: [0, 1])])
        let script = try FigureWriter.scriptText(figure)
        #expect(script.contains("set title \"a \\\"quoted\\\" C:\\\\path\\nsecond line\""))
        #expect(script.contains("title \"it's\""))
        // The comment header stays on one line.
        #expect(script.hasPrefix("# a \"quoted\" C:\\path second line\n"))
    }
}
