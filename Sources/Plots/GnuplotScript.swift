// The standalone gnuplot scripts of figures and sheets: the script around the panels, the comment
// header, and the residual panel. One panel's commands: GnuplotScript+Panel.swift; tic labels and
// plot clauses: GnuplotScript+Plot.swift.

import Foundation

/// Builds the standalone `.gp` scripts of figures and sheets.
///
/// A script sets `outstem` (unless given with `gnuplot -e 'outstem="…"'`), `datafile` and
/// `formats`, then for each format sets the terminal (pngcairo or svg), the output
/// `outstem.<format>`, and draws every panel: `reset`, the panel's settings, one `plot`
/// command reading `datafile` by `index`.
enum GnuplotScript {
    enum PanelRole { case whole, upper, lower }

    static let fontFamily = "DejaVu Sans"
    /// The cairo terminals draw a font of s points s × 4/3 pixels high (96 px per inch); the svg
    /// terminal draws it s pixels high, so the SVG terminal gets `fontscale 1.3333` to match the PNG.
    static let pixelsPerPoint = 4.0 / 3.0
    /// gnuplot's character height and width (its units of margins and offsets), in em, measured
    /// with pngcairo and DejaVu Sans.
    static let lineHeight = 1.16
    static let characterWidthFactor = 0.64
    static let pointTypes = [7, 5, 9, 11, 13, 15, 4, 6, 8, 10, 12, 14]
    /// Viridis (perceptually uniform, colour-blind safe) at five stops.
    static let palette = "set palette defined (0 \"#440154\", 0.25 \"#3B528B\", 0.5 \"#21918C\", 0.75 \"#5EC962\", 1 \"#FDE725\")"

    // MARK: Whole scripts

    static func script(for figure: Figure) -> String {
        let width = Double(figure.size.width), height = Double(figure.size.height)
        let pt = figure.fontSize
        let strip = figure.footnote == nil ? 0 : min(0.12, 1.7 * pt * pixelsPerPoint / height)
        let footnote = figure.footnote.map { [footnoteLabel($0, strip: strip, fontSize: pt)] } ?? []
        var body: [String] = []
        let blocks = Array(figure.series.indices)
        if let residual = figure.residual {
            let lowerHeight = (1 - strip) * residual.heightFraction
            let lower = residualFigure(of: figure, residual)
            let lowerBlocks = Array(figure.series.count..<(figure.series.count + residual.series.count))
            body.append("set multiplot")
            body += panel(
                figure, blocks: blocks, role: .upper,
                area: ScreenArea(x: 0, y: strip + lowerHeight, width: 1, height: 1 - strip - lowerHeight),
                canvasWidth: width, canvasHeight: height, extra: [])
            body += panel(
                lower, blocks: lowerBlocks, role: .lower,
                area: ScreenArea(x: 0, y: strip, width: 1, height: lowerHeight),
                canvasWidth: width, canvasHeight: height, extra: footnote)
            body.append("unset multiplot")
        } else {
            body += panel(
                figure, blocks: blocks, role: .whole,
                area: ScreenArea(x: 0, y: strip, width: 1, height: 1 - strip),
                canvasWidth: width, canvasHeight: height, extra: footnote)
        }
        let header = commentHeader(
            title: figure.title, name: figure.name, kind: "figure", outputs: ["png", "svg"], footnote: figure.footnote)
        return assemble(
            header: header, name: figure.name, formats: ["png", "svg"],
            width: figure.size.width, height: figure.size.height, fontSize: pt, body: body)
    }

    static func script(for sheet: SheetFigure) -> String {
        let pt = sheet.fontSize
        let rows = (sheet.panels.count + sheet.columns - 1) / sheet.columns
        let panelWidth = Double(sheet.panelSize.width), panelHeight = Double(sheet.panelSize.height)
        let titleHeight = sheet.title.isEmpty ? 0 : 3.0 * pt * pixelsPerPoint
        let footHeight = sheet.footnote == nil ? 0 : 1.7 * pt * pixelsPerPoint
        let width = panelWidth * Double(sheet.columns)
        let height = titleHeight + footHeight + panelHeight * Double(rows)
        var body = ["set multiplot"]
        var block = 0
        for (p, figure) in sheet.panels.enumerated() {
            var panelFigure = figure
            panelFigure.fontSize = pt
            panelFigure.footnote = nil
            let row = p / sheet.columns, column = p % sheet.columns
            let area = ScreenArea(
                x: Double(column) * panelWidth / width,
                y: (footHeight + Double(rows - 1 - row) * panelHeight) / height,
                width: panelWidth / width, height: panelHeight / height)
            var extra: [String] = []
            if p == sheet.panels.count - 1 {
                if !sheet.title.isEmpty {
                    extra.append(
                        "set label 1000 \(GnuplotText.quoted(sheet.title)) at screen 0.5, screen "
                            + "\(GnuplotText.number(1 - titleHeight / 2 / height)) center front font \",\(GnuplotText.number(pt * 1.5))\"")
                }
                if let footnote = sheet.footnote {
                    extra.append(footnoteLabel(footnote, strip: footHeight / height, fontSize: pt))
                }
            }
            let blocks = Array(block..<(block + figure.series.count))
            block += figure.series.count
            body += ["# panel \(p + 1): \(DataFile.commentText(figure.name))"]
            body += panel(
                panelFigure, blocks: blocks, role: .whole, area: area,
                canvasWidth: width, canvasHeight: height, extra: extra)
        }
        body.append("unset multiplot")
        let header = commentHeader(
            title: sheet.title, name: sheet.name, kind: "sheet of \(sheet.panels.count) panels",
            outputs: ["png"], footnote: sheet.footnote)
        return assemble(
            header: header, name: sheet.name, formats: ["png"],
            width: Int(width.rounded()), height: Int(height.rounded()), fontSize: pt, body: body)
    }

    static func commentHeader(title: String, name: String, kind: String, outputs: [String], footnote: String?) -> [String] {
        var lines = [
            "# \(DataFile.commentText(title))",
            "#",
            "# Standalone gnuplot script of the \(kind) '\(name)' (gnuplot 5, tested with 5.4, with the",
            "# pngcairo and svg terminals: Debian package gnuplot-nox). Redraw, inside this folder, with",
            "#     gnuplot \(name).gp",
            "# It reads \(name).dat (one gnuplot 'index' block per series) and writes "
                + outputs.map { "\(name).\($0)" }.joined(separator: " and ") + "."
        ]
        if let footnote { lines.append("# \(DataFile.commentText(footnote))") }
        return lines + [""]
    }

    static func assemble(
        header: [String], name: String, formats: [String], width: Int, height: Int, fontSize: Double, body: [String]
    ) -> String {
        let font = GnuplotText.quoted("\(fontFamily),\(GnuplotText.number(fontSize))")
        var lines = header
        lines += [
            "if (!exists(\"outstem\")) outstem = \(GnuplotText.quoted(name))",
            "datafile = \(GnuplotText.quoted(name + ".dat"))",
            "formats = \(GnuplotText.quoted(formats.joined(separator: " ")))",
            "",
            "do for [fmt in formats] {",
            "    if (fmt eq \"png\") {",
            "        set terminal pngcairo size \(width),\(height) font \(font) noenhanced background \"#FFFFFF\"",
            "    } else {",
            "        set terminal svg size \(width),\(height) font \(font) fontscale 1.3333 noenhanced background \"#FFFFFF\"",
            "    }",
            "    set output outstem.\".\".fmt"
        ]
        lines += body.map { "    " + $0.replacingOccurrences(of: "\n", with: "\n    ") }
        lines += ["    unset output", "}", ""]
        return lines.joined(separator: "\n")
    }

    static func footnoteLabel(_ text: String, strip: Double, fontSize: Double) -> String {
        "set label 1001 \(GnuplotText.quoted(text)) at screen 0.008, screen \(GnuplotText.number(strip / 2)) "
            + "left front font \",\(GnuplotText.number(fontSize * 0.78))\" tc rgb \"#555555\""
    }

    /// The residual panel as a figure of its own sharing the main figure's x axis.
    ///
    /// Its y range is symmetric about zero, ±m with m the smallest "nice" number (1, 2, 2.5, 5 × 10ᵏ)
    /// at or above the largest |residual|, with five tics: −m, −m/2, 0, m/2, m.
    static func residualFigure(of figure: Figure, _ residual: ResidualPanel) -> Figure {
        let largest = residual.series.flatMap(\.y).filter(\.isFinite).map(abs).max() ?? 0
        var yRange: AxisRange?
        var yTics: [Tic]?
        if largest > 0 {
            let m = niceCeiling(largest)
            yRange = AxisRange(lower: -m, upper: m)
            yTics = [-m, -m / 2, 0, m / 2, m].map { Tic(position: $0, label: GnuplotText.number($0)) }
        }
        return Figure(
            name: figure.name, title: "", xLabel: figure.xLabel, yLabel: residual.yLabel, series: residual.series,
            xReversed: figure.xReversed, logX: figure.logX, xRange: figure.xRange, yRange: yRange, key: .hidden,
            size: figure.size, fontSize: figure.fontSize,
            verticalMarkers: figure.verticalMarkers.map { (x: $0.x, label: "") }, xTics: figure.xTics, yTics: yTics)
    }

    /// The smallest of 1, 2, 2.5, 5 (× 10ᵏ) that is ≥ `value` (> 0).
    static func niceCeiling(_ value: Double) -> Double {
        let decade = pow(10, floor(log10(value)))
        for factor in [1, 2, 2.5, 5, 10] where factor * decade >= value * (1 - 1e-12) {
            return factor * decade
        }
        return 10 * decade
    }

    /// `[lower:upper]` with `*` for autoscaled bounds; a reversed axis swaps explicit bounds
    /// or, when a bound is autoscaled, adds `reverse`.
    static func rangeText(_ range: AxisRange?, reversed: Bool) -> String {
        let lower = range?.lower.map(GnuplotText.number) ?? "*"
        let upper = range?.upper.map(GnuplotText.number) ?? "*"
        if !reversed { return "[\(lower):\(upper)]" }
        if range?.lower != nil, range?.upper != nil { return "[\(upper):\(lower)]" }
        return "[\(lower):\(upper)] reverse"
    }
}
