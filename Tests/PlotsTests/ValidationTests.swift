import Foundation
import Testing
@testable import Plots

/// Figures that cannot be drawn as described are refused with an error naming what is wrong.
@Suite("Validation")
struct ValidationTests {
    func figure(_ series: [Series], name: String = "f", logY: Bool = false) -> Figure {
        Figure(name: name, title: "t", xLabel: "x (eV)", yLabel: "y (counts)", series: series, logY: logY)
    }

    func error(_ body: () throws -> Void) -> PlotError? {
        do { try body() } catch let e as PlotError { return e } catch { return nil }
        return nil
    }

    @Test func lengthMismatch() {
        let e = error { try figure([Series(title: "s", x: [1, 2, 3], y: [1, 2])]).validate() }
        #expect(e == .invalidSeries(figure: "f", series: "s", field: "y", found: "2 values", expected: "3 (one per x value)"))
        let e2 = error { try figure([Series(title: "s", x: [1, 2], y: [1, 2], yError: [1], style: .errorBars)]).validate() }
        if case .invalidSeries(_, _, let field, _, _)? = e2 { #expect(field == "yError") } else { Issue.record("\(String(describing: e2))") }
    }

    @Test func dashedIsReservedForPublished() throws {
        let e = error { try figure([Series(title: "ours", x: [1], y: [1], style: .dashed)]).validate() }
        if case .invalidSeries(_, let series, let field, _, let expected)? = e {
            #expect(series == "ours" && field == "title" && expected.contains("published"))
        } else {
            Issue.record("no error for a dashed series not titled published")
        }
        try figure([Series(title: "CNN (Published)", x: [1], y: [1], style: .dashed)]).validate()
    }

    @Test func logAxisNeedsPositiveValues() {
        let e = error { try figure([Series(title: "loss", x: [1, 2, 3], y: [0.5, 0, 0.1])], logY: true).validate() }
        #expect(
            e
                == .invalidSeries(
                    figure: "f", series: "loss", field: "y[1]", found: "0.0",
                    expected: "values > 0 on a logarithmic y axis"))
        // Undefined values are gaps, not errors.
        #expect(error { try figure([Series(title: "loss", x: [1, 2], y: [0.5, .nan])], logY: true).validate() } == nil)
    }

    @Test func badNamesRangesAndErrors() {
        for name in ["", "../up", "a b", ".hidden", "-x", "a\"b"] {
            let e = error { try figure([Series(title: "s", x: [1], y: [1])], name: name).validate() }
            if case .invalidFigure(_, let field, _, _)? = e { #expect(field == "name") } else { Issue.record("name '\(name)' accepted") }
        }
        var f = figure([Series(title: "s", x: [1, 2], y: [1, 2])])
        f.xRange = AxisRange(lower: 5, upper: 5)
        #expect(error { try f.validate() } != nil)
        f.xRange = nil
        f.series[0].yError = [1, -1]
        #expect(error { try f.validate() } != nil)
        #expect(error { try figure([]).validate() } != nil)
        #expect(error { try figure([Series(title: "s", x: [1], y: [1], style: .errorBars)]).validate() } != nil)
        #expect(error { try figure([Series(title: "s", x: [], y: [])]).validate() } != nil)
    }

    @Test func constructorsCheckShapes() {
        let e = error {
            _ = try Figure.barChart(name: "b", title: "", categories: ["a", "b"], series: [(title: "m", values: [1])])
        }
        #expect(e == .invalidSeries(figure: "b", series: "m", field: "values", found: "1 values", expected: "2 (one per category)"))
        #expect(error { _ = try Figure.confusionMatrix(title: "", labels: ["a", "b"], matrix: [[1, 2], [3]]) } != nil)
        #expect(error { _ = try Figure.confusionMatrix(title: "", labels: ["a", "b"], matrix: [[1, 2]]) } != nil)
        // An image that is not a full grid.
        let image = Series(title: "", x: [0, 1, 0], y: [0, 0, 1], style: .image(cellLabels: false), z: [1, 2, 3])
        #expect(error { try figure([image]).validate() } != nil)
    }

    @Test func sheetPanelsCannotNest() {
        var panel = figure([Series(title: "s", x: [1, 2], y: [1, 2])])
        panel.residual = ResidualPanel(yLabel: "residual (counts)", series: [Series(title: "r", x: [1, 2], y: [0, 0])])
        let e = error { try SheetFigure.overview(name: "sheet", figures: [panel], columns: 1).validate() }
        if case .invalidFigure(let name, _, _, _)? = e { #expect(name == "sheet") } else { Issue.record("nested panel accepted") }
        #expect(error { try SheetFigure.overview(name: "sheet", figures: [], columns: 1).validate() } != nil)
    }

    @Test func writerRefusesInvalidFiguresAndWritesNothing() throws {
        let directory = try Fixtures.directory("refused")
        let bad = figure([Series(title: "s", x: [1, 2], y: [1])], name: "refused")
        #expect(throws: PlotError.self) { try FigureWriter.write(bad, to: directory) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func messagesNameTheProblem() {
        let e = PlotError.gnuplotNotFound(searched: "/usr/bin:/bin")
        #expect(e.description.contains("gnuplot-nox"))
        let f = PlotError.gnuplotFailed(script: "/r/figures/acc.gp", status: 1, message: "line 3: unknown option")
        #expect(f.description.contains("/r/figures/acc.gp") && f.description.contains("unknown option"))
    }
}
