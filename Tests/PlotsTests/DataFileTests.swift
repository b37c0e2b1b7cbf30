import Foundation
import Testing
@testable import Plots

/// The `.dat` file: one gnuplot index block per series, comments, exact numbers.
@Suite("Data files")
struct DataFileTests {
    /// Blocks of a `.dat` text: split on two blank lines.
    func blocks(_ text: String) -> [[String]] {
        text.components(separatedBy: "\n\n\n").map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Numeric rows of a block (comment and blank lines skipped).
    func rows(_ block: [String]) -> [[String]] {
        block.filter { !$0.isEmpty && !$0.hasPrefix("#") }.map { $0.split(separator: " ").map(String.init) }
    }

    @Test func oneBlockPerSeriesWithTitleComment() throws {
        let figure = Figure(
            name: "two", title: "Two series", xLabel: "binding energy (eV)", yLabel: "intensity (counts)",
            series: [
                Series(title: "measured", x: [280, 281, 282], y: [10, 20, 30]),
                Series(title: "model A", x: [280, 282], y: [1, 2], yError: [0.5, 0.25], style: .errorBars)
            ])
        let text = try FigureWriter.dataText(figure)
        let parts = blocks(text)
        #expect(parts.count == 2)
        // Header lines come first, then each block opens with its series comment.
        let first = parts[0].filter {
            !$0.hasPrefix("# figure") && !$0.hasPrefix("# title") && !$0.hasPrefix("# x:")
                && !$0.hasPrefix("# y:") && !$0.contains("blocks (gnuplot index")
        }
        #expect(first.first == "# series: measured")
        #expect(parts[1].first == "# series: model A")
        #expect(parts[1].contains("# columns: x y yError"))
        #expect(rows(parts[0]) == [["280", "10"], ["281", "20"], ["282", "30"]].map { $0.map { $0 + ".0" } })
        #expect(rows(parts[1]) == [["280.0", "1.0", "0.5"], ["282.0", "2.0", "0.25"]])
        #expect(text.contains("# x: binding energy (eV)"))
        #expect(!text.contains("\n\n\n\n"), "blocks separated by exactly two blank lines")
    }

    @Test func numbersReadBackExactly() throws {
        let values: [Double] = [0.1 + 0.2, 1e-300, 284.8, -1234567.890123, 6.02214076e23, 1.0 / 3.0, .leastNonzeroMagnitude, 0, -0.0]
        let figure = Figure(
            name: "digits", title: "", xLabel: "x (eV)", yLabel: "y (counts)",
            series: [Series(title: "s", x: values.indices.map(Double.init), y: values)])
        let parsed = rows(blocks(try FigureWriter.dataText(figure))[0]).map { Double($0[1]) }
        #expect(parsed == values.map { Optional($0) })
        #expect(parsed.last??.sign == .minus, "−0 keeps its sign")
    }

    @Test func nonFiniteValuesAreMarked() throws {
        let figure = Figure(
            name: "gaps", title: "", xLabel: "epoch", yLabel: "loss (nats)",
            series: [Series(title: "diverged", x: [1, 2, 3, 4], y: [0.5, .nan, .infinity, -.infinity])])
        let values = rows(blocks(try FigureWriter.dataText(figure))[0]).map { $0[1] }
        #expect(values == ["0.5", "NaN", "Inf", "-Inf"])
    }

    @Test func gnuplotReadsEachBlockAsItsSeries() throws {
        // gnuplot's own statistics of `index k` must match series k.
        let a = (0..<50).map { sin(Double($0) / 7) * 100 }
        let b = (0..<30).map { 1e-4 * Double($0 * $0) + 0.125 }
        let c = (0..<4).map { Double($0) * 2.5 }
        let figure = Figure(
            name: "stats", title: "", xLabel: "x (eV)", yLabel: "y (counts)",
            series: [
                Series(title: "a", x: a.indices.map(Double.init), y: a),
                Series(title: "b", x: b.indices.map(Double.init), y: b, style: .points),
                Series(title: "c", x: c.indices.map(Double.init), y: c, yError: [1, 1, 1, 1], style: .errorBars)
            ])
        let directory = try Fixtures.directory("stats")
        try FigureWriter.write(figure, to: directory)
        for (k, values) in [a, b, c].enumerated() {
            let result = try Fixtures.gnuplot(
                ["-e", "stats 'stats.dat' index \(k) using 2 nooutput; print sprintf('%d %.17g', STATS_records, STATS_sum)"],
                in: directory)
            let fields = result.output.split(whereSeparator: \.isWhitespace)
            #expect(fields.count == 2, "gnuplot said: \(result.output)")
            #expect(Int(fields[0]) == values.count)
            let sum = values.reduce(0, +)
            #expect(abs((Double(fields[1]) ?? .nan) - sum) <= 1e-12 * max(1, abs(sum)))
        }
    }

    @Test func heatMapBlockIsAGrid() throws {
        let figure = try Figure.confusionMatrix(
            name: "grid", title: "", labels: ["a", "b", "c"],
            matrix: [[5, 1, 0], [2, 7, 1], [0, 0, 9]])
        let text = try FigureWriter.dataText(figure)
        let parts = blocks(text)
        #expect(parts.count == 1)
        let cells = rows(parts[0]).map { $0.compactMap(Double.init) }
        #expect(cells.count == 9)
        // Row-major: x = predicted (column), y = true (row), z = count.
        #expect(cells[1] == [1, 0, 1] && cells[3] == [0, 1, 2] && cells[8] == [2, 2, 9])
        // Grid rows separated by a single blank line.
        let numeric = parts[0].indices.filter { !parts[0][$0].isEmpty && !parts[0][$0].hasPrefix("#") }
        #expect(parts[0][numeric.first!...numeric.last!].filter(\.isEmpty).count == 2)
        #expect(parts[0].contains("# columns: x y z"))
    }

    @Test func sheetBlocksFollowPanels() throws {
        let panels = (0..<3).map { k in
            Figure(
                name: "p\(k)", title: "panel \(k)", xLabel: "binding energy (eV)", yLabel: "intensity (counts)",
                series: [Series(title: "s\(k)", x: [0, 1], y: [Double(k), Double(k + 1)])])
        }
        let sheet = SheetFigure.overview(name: "sheet", figures: panels, columns: 2)
        let parts = blocks(try FigureWriter.dataText(sheet))
        #expect(parts.count == 3)
        for k in 0..<3 {
            #expect(parts[k].contains("# series: s\(k)"))
            #expect(parts[k].contains("# panel: p\(k)"))
            #expect(rows(parts[k]).map { $0[1] } == ["\(Double(k))", "\(Double(k + 1))"])
        }
        let script = try FigureWriter.scriptText(sheet)
        #expect(script.contains("datafile index 2 using 1:2"))
        #expect(script.contains("formats = \"png\""))
    }
}
