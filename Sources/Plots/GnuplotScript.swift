import Foundation

/// Text helpers for gnuplot commands.
enum GnuplotText {
    /// A double-quoted gnuplot string: `\` and `"` escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A number as a gnuplot literal: integers without a fraction, others in shortest round-trip form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// A rectangle of the canvas in screen coordinates (fractions of width and height, origin bottom left).
struct ScreenArea {
    var x: Double, y: Double, width: Double, height: Double
}

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
            body += panel(figure, blocks: blocks, role: .upper,
                          area: ScreenArea(x: 0, y: strip + lowerHeight, width: 1, height: 1 - strip - lowerHeight),
                          canvasWidth: width, canvasHeight: height, extra: [])
            body += panel(lower, blocks: lowerBlocks, role: .lower,
                          area: ScreenArea(x: 0, y: strip, width: 1, height: lowerHeight),
                          canvasWidth: width, canvasHeight: height, extra: footnote)
            body.append("unset multiplot")
        } else {
            body += panel(figure, blocks: blocks, role: .whole,
                          area: ScreenArea(x: 0, y: strip, width: 1, height: 1 - strip),
                          canvasWidth: width, canvasHeight: height, extra: footnote)
        }
        let header = commentHeader(
            title: figure.title, name: figure.name, kind: "figure", outputs: ["png", "svg"], footnote: figure.footnote)
        return assemble(header: header, name: figure.name, formats: ["png", "svg"],
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
                    extra.append("set label 1000 \(GnuplotText.quoted(sheet.title)) at screen 0.5, screen "
                        + "\(GnuplotText.number(1 - titleHeight / 2 / height)) center front font \",\(GnuplotText.number(pt * 1.5))\"")
                }
                if let footnote = sheet.footnote {
                    extra.append(footnoteLabel(footnote, strip: footHeight / height, fontSize: pt))
                }
            }
            let blocks = Array(block..<(block + figure.series.count))
            block += figure.series.count
            body += ["# panel \(p + 1): \(DataFile.commentText(figure.name))"]
            body += panel(panelFigure, blocks: blocks, role: .whole, area: area,
                          canvasWidth: width, canvasHeight: height, extra: extra)
        }
        body.append("unset multiplot")
        let header = commentHeader(
            title: sheet.title, name: sheet.name, kind: "sheet of \(sheet.panels.count) panels",
            outputs: ["png"], footnote: sheet.footnote)
        return assemble(header: header, name: sheet.name, formats: ["png"],
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
                + outputs.map { "\(name).\($0)" }.joined(separator: " and ") + ".",
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
            "    set output outstem.\".\".fmt",
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

    // MARK: One panel

    static func panel(
        _ f: Figure, blocks: [Int], role: PanelRole, area: ScreenArea,
        canvasWidth: Double, canvasHeight: Double, extra: [String]
    ) -> [String] {
        let pt = f.fontSize
        let em = pt * pixelsPerPoint
        let q = GnuplotText.quoted
        let num = GnuplotText.number
        let hasImage = f.series.contains { KeyPlacement.isImage($0) }
        var c = ["reset", "set encoding utf8",
                 "set origin \(num(area.x)), \(num(area.y))", "set size \(num(area.width)), \(num(area.height))"]
        if role != .lower, !f.title.isEmpty { c.append("set title \(q(f.title)) font \",\(num(pt * 1.15))\"") }
        switch role {
        case .upper: c += ["set format x \"\"", "unset xlabel", "set bmargin 0.6", "set lmargin 12", "set rmargin 4"]
        case .lower: c += ["set xlabel \(q(f.xLabel))", "set tmargin 0.6", "set lmargin 12", "set rmargin 4"]
        case .whole: c.append("set xlabel \(q(f.xLabel))")
        }
        c.append("set ylabel \(q(f.yLabel))")
        if hasImage {
            c += ["set border 15 lw 1", "set tics out scale 0.4", "unset grid"]
        } else {
            c += ["set border 3 lw 1", "set tics nomirror out", "set grid back lt 1 lc rgb \"#E4E4E4\" lw 1"]
        }

        // Axes.
        c.append("set xrange " + rangeText(f.xRange, reversed: f.xReversed))
        c.append("set yrange " + rangeText(f.yRange, reversed: f.yReversed))
        if f.xReversed || role != .whole, f.xRange?.lower == nil || f.xRange?.upper == nil {
            c.append("set autoscale xfix")
        }
        if f.logX { c += ["set logscale x 10", "set format x \"%g\""] }
        if f.logY { c += ["set logscale y 10", "set format y \"%g\""] }

        // Plot area in pixels, to size tic labels and the key. gnuplot's units of margins and
        // offsets with the cairo terminals: character height ≈ 1.16 em, width ≈ 0.64 em (measured).
        let line = lineHeight * em
        let characterWidth = characterWidthFactor * em
        let rightMargin = (hasImage ? 12.0 : 3.0) * characterWidth
        let topLines = role == .lower ? 0.6 : (f.title.isEmpty ? 1.5 : 3.2)
        var bottomLines = role == .upper ? 0.6 : 3.5
        var leftMargin = (role == .whole ? 9.0 : 12.0) * characterWidth
        var plotWidth = area.width * canvasWidth - leftMargin - rightMargin
        var plotHeight = area.height * canvasHeight - (topLines + bottomLines) * line

        // Categorical tics: y first (its labels set the left margin), then x on the final width.
        if let tics = f.yTics {
            let x = f.xTics.map { ticLayout(tics: $0, extent: plotWidth, em: em, rotatable: true) }
            let rotatedLines = x?.bottomLines ?? bottomLines
            let height = plotHeight - (rotatedLines - bottomLines) * line
            let y = ticLayout(tics: tics, extent: height, em: em, rotatable: false)
            c.append("set ytics (\(y.list)) nomirror\(y.options)")
            if role == .whole {
                // gnuplot reserves more room for tic labels than DejaVu Sans takes and puts the y
                // label beyond it. Instead: a left margin from the drawn width, and the y label at
                // a fixed distance from the panel's left edge, so nothing can be clipped.
                let drawn = (tics.map { TextMetrics.width($0.label) }.max() ?? 0) * y.font
                leftMargin = drawn + 2.4 * em
                c.append("set lmargin \(num((leftMargin / characterWidth * 10).rounded(.up) / 10))")
                c.append("unset ylabel")
                let x = area.x + 0.8 * em / canvasWidth
                c.append("set label 1002 \(q(f.yLabel)) at screen \(num(x)), graph 0.5 rotate by 90 center front")
            }
            plotWidth = area.width * canvasWidth - leftMargin - rightMargin
        }
        if let tics = f.xTics {
            if role == .upper {
                // Positions only: the labels belong under the lower panel.
                c.append("set xtics (" + tics.map { GnuplotText.number($0.position) }.joined(separator: ", ") + ") nomirror")
            } else {
                let x = ticLayout(tics: tics, extent: plotWidth, em: em, rotatable: true)
                c.append("set xtics (\(x.list)) nomirror\(x.options)")
                if let lines = x.bottomLines {
                    // gnuplot reserves more room for rotated labels than they take: set the margin
                    // and lift the x label to sit under the labels.
                    bottomLines = lines
                    c.append("set bmargin \(num((lines * 10).rounded(.up) / 10))")
                    if x.labelLift > 0 { c.append("set xlabel offset 0, \(num((x.labelLift * 10).rounded(.down) / 10))") }
                }
            }
        }
        plotHeight = area.height * canvasHeight - (topLines + bottomLines) * line

        // Heat map colour box.
        if hasImage {
            c.append(palette)
            if let label = f.colorBoxLabel { c.append("set cblabel \(q(label))") }
            let z = f.series.compactMap(\.z).flatMap { $0 }.filter(\.isFinite)
            if let low = z.min(), low >= 0 { c.append("set cbrange [0:*]") }
        }

        // Vertical markers, clipped to the drawn x range.
        let xValues = f.series.flatMap(\.x).filter(\.isFinite)
        let xLow = f.xRange?.lower ?? xValues.min() ?? -.infinity
        let xHigh = f.xRange?.upper ?? xValues.max() ?? .infinity
        var widestMarkerLabel = 0.0
        for (k, marker) in f.verticalMarkers.enumerated() where marker.x >= xLow && marker.x <= xHigh {
            let x = num(marker.x)
            c.append("set arrow \(k + 1) from \(x), graph 0 to \(x), graph 1 nohead back dt 2 lw 1 lc rgb \"#777777\"")
            if !marker.label.isEmpty {
                widestMarkerLabel = max(widestMarkerLabel, TextMetrics.width(marker.label))
                c.append("set label \(k + 1) \(q(marker.label)) at \(x), graph 0.985 rotate by 90 right "
                    + "offset character -0.45, 0 front font \",\(num(pt * 0.8))\" tc rgb \"#333333\"")
            }
        }

        // Symbols at the ends of a fully autoscaled x axis are kept off the frame; the padding
        // replaces gnuplot's extension of the range to the next tic.
        let symbols = f.series.contains {
            switch $0.style {
            case .linePoints, .points, .errorBars, .dashed: return true
            default: return false
            }
        }
        let sidePad = symbols && !f.xReversed && role == .whole && f.xRange == nil ? 0.025 : 0
        if sidePad > 0 { c.append("set autoscale xfix") }
        let xFixed = sidePad > 0 || f.xReversed || role != .whole

        // Key, and room above the data for marker labels or the key.
        let yTopAutoscaled = f.yRange?.upper == nil && !f.yReversed
        let markerReserve = yTopAutoscaled && widestMarkerLabel > 0
            ? min(0.45, (widestMarkerLabel * 0.8 * em + 0.8 * em) / max(plotHeight, 1)) : 0
        var keyHeadroom = 0.0
        if role == .lower {
            c.append("unset key")
        } else {
            let key = KeyPlacement.command(
                for: f, em: em, plotWidth: plotWidth, plotHeight: plotHeight, topReserve: markerReserve,
                xExtendsToTics: !xFixed)
            c.append(key.command)
            keyHeadroom = key.headroom
        }
        let top = markerReserve + keyHeadroom
        let topOffset = top > 0 ? top / (1 - top) : 0
        if keyHeadroom > 0 { c.append("set autoscale yfixmax") }  // headroom instead of the next tic
        if topOffset > 0 || sidePad > 0 {
            c.append("set offsets graph \(num(sidePad)), graph \(num(sidePad)), graph \(num(topOffset)), 0")
        }
        c += extra

        // The plot command.
        var clauses: [String] = []
        if role == .lower { clauses.append("0 with lines lw 1 lc rgb \"#777777\" notitle") }
        let colors = assignColors(f.series)
        for (i, s) in f.series.enumerated() {
            clauses += plotClauses(s, block: blocks[i], color: colors[i].hex,
                                   pointType: pointTypes[i % pointTypes.count], fontSize: pt)
        }
        c.append("plot " + clauses.joined(separator: ", \\\n     "))
        return c
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

    /// The layout of categorical tic labels along an axis `extent` pixels long (`em`: font size in
    /// pixels): the gnuplot tic list, options (x labels that do not fit flat rotated by 45° or 90°,
    /// a smaller font when labels would overlap), the font size in pixels, and for rotated labels
    /// the bottom margin and x-label lift in gnuplot character heights.
    static func ticLayout(tics: [Tic], extent: Double, em: Double, rotatable: Bool)
        -> (list: String, options: String, font: Double, bottomLines: Double?, labelLift: Double)
    {
        let list = tics.map { "\(GnuplotText.quoted($0.label)) \(GnuplotText.number($0.position))" }
            .joined(separator: ", ")
        let longest = Double(tics.map(\.label.count).max() ?? 0)
        let widest = tics.map { TextMetrics.width($0.label) }.max() ?? 0
        let slot = extent / Double(max(tics.count, 1))
        let line = lineHeight * em
        var options = ""
        var font = min(em, slot / 1.3)
        var bottomLines: Double?
        var lift = 0.0
        if rotatable {
            font = em
            if widest * em > slot * 0.9 {
                let angle = slot > 2.2 * em ? 45.0 : 90.0
                let reach = angle == 90 ? 1.0 : 0.71
                options += " rotate by \(Int(angle)) right"
                font = min(em, slot / 1.3)
                let drawn = widest * font * reach                                // what the labels take
                let reserved = longest * characterWidthFactor * em * reach       // what gnuplot reserves
                bottomLines = (0.5 * em + drawn) / line + 2.4
                lift = max(0, reserved - drawn - 0.3 * line) / line
            }
        }
        if font < em { options += " font \",\(GnuplotText.number((font / pixelsPerPoint * 10).rounded(.down) / 10))\"" }
        return (list, options, font, bottomLines, lift)
    }

    /// Explicit colours as given; the others in `OkabeIto.seriesOrder`, skipping explicit ones while colours remain.
    static func assignColors(_ series: [Series]) -> [OkabeIto] {
        let explicit = Set(series.compactMap(\.color))
        var free = OkabeIto.seriesOrder.filter { !explicit.contains($0) }
        if free.isEmpty { free = OkabeIto.seriesOrder }
        var next = 0
        return series.map { s in
            if let color = s.color { return color }
            defer { next += 1 }
            return free[next % free.count]
        }
    }

    static func plotClauses(_ s: Series, block: Int, color: String, pointType: Int, fontSize pt: Double) -> [String] {
        let source = "datafile index \(block)"
        let title = s.title.isEmpty ? "notitle" : "title \(GnuplotText.quoted(s.title))"
        let lc = "lc rgb \"\(color)\""
        let n = s.x.count
        switch s.style {
        case .line:
            return ["\(source) using 1:2 with lines lw 2 \(lc) \(title)"]
        case .linePoints:
            return ["\(source) using 1:2 with linespoints lw 2 pt \(pointType) ps 1 pi \(max(1, n / 20)) \(lc) \(title)"]
        case .points:
            return ["\(source) using 1:2 with points pt 6 ps 0.7 \(lc) \(title)"]
        case .dashed:
            return n <= 30
                ? ["\(source) using 1:2 with linespoints dt 2 lw 2.5 pt 6 ps 1.4 \(lc) \(title)"]
                : ["\(source) using 1:2 with lines dt 2 lw 2.5 \(lc) \(title)"]
        case .errorBars:
            let e = DataFile.column("yError", of: s) ?? 3
            return ["\(source) using 1:2:\(e) with yerrorlines lw 2 pt \(pointType) ps 1 \(lc) \(title)"]
        case .impulses:
            return ["\(source) using 1:2 with impulses lw 2 \(lc) \(title)"]
        case .steps:
            return ["\(source) using 1:2 with steps lw 2 \(lc) \(title)"]
        case .filledCurve:
            let fill = "fs transparent solid 0.3 noborder \(lc)"
            let area = DataFile.column("baseline", of: s).map {
                "\(source) using 1:\($0):2 with filledcurves \(fill) \(title)"
            } ?? "\(source) using 1:2 with filledcurves y=0 \(fill) \(title)"
            return [area, "\(source) using 1:2 with lines lw 1.5 \(lc) notitle"]
        case .bars(let width):
            let fill = s.isPublished ? "fs pattern 4 border \(lc)" : "fs solid 0.85 noborder"
            return ["\(source) using 1:2:(\(GnuplotText.number(width))) with boxes \(fill) \(lc) \(title)"]
        case .image(let cellLabels):
            let z = DataFile.column("z", of: s) ?? 3
            var clauses = ["\(source) using 1:2:\(z) with image notitle"]
            if cellLabels {
                let values = (s.z ?? []).filter(\.isFinite)
                let low = min(0, values.min() ?? 0), high = values.max() ?? 1
                let middle = GnuplotText.number((low + high) / 2)
                let font = "font \",\(GnuplotText.number(pt * 0.8))\""
                clauses.append("\(source) using 1:2:($\(z) < \(middle) ? sprintf(\"%.3g\", $\(z)) : \"\") "
                    + "with labels \(font) tc rgb \"#FFFFFF\" notitle")
                clauses.append("\(source) using 1:2:($\(z) >= \(middle) ? sprintf(\"%.3g\", $\(z)) : \"\") "
                    + "with labels \(font) tc rgb \"#000000\" notitle")
            }
            return clauses
        }
    }
}

/// Approximate text extents in DejaVu Sans, the font of every figure.
enum TextMetrics {
    /// Advance width of `text` in em (font size units), from DejaVu Sans advance widths rounded
    /// per character class; unknown characters count as wide (0.8 em) so estimates err large.
    static func width(_ text: String) -> Double {
        var total = 0.0
        for character in text {
            switch character {
            case " ", "i", "j", "l", ".", ",", ":", ";", "'", "|", "!": total += 0.32
            case "f", "t", "r", "(", ")", "[", "]", "{", "}", "/", "\\", "-", "I", "J": total += 0.42
            case "m", "W": total += 0.99
            case "w", "M", "%", "=", "+", "<", ">", "~", "#", "&", "@", "—": total += 0.86
            case "a"..."z", "0"..."9", "–", "_", "*", "^", "?", "\"", "$": total += 0.64
            case "A"..."Z": total += 0.74
            default: total += 0.8
            }
        }
        return total
    }
}
