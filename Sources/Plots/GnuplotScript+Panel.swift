// One panel of a gnuplot script: frame and labels, axes, categorical tics sized to the plot area,
// the heat map's colour box, vertical markers, the key with the room it needs, and the plot command.

import Foundation

/// The plot area of a panel in pixels, kept while its commands are built to size tic labels and
/// the key. gnuplot's units of margins and offsets with the cairo terminals: character height
/// ≈ 1.16 em, width ≈ 0.64 em (measured).
struct PanelLayout {
    var area: ScreenArea
    var canvasWidth: Double
    var canvasHeight: Double
    /// Font size in pixels.
    var em: Double
    var rightMargin: Double
    /// Top and bottom margins in gnuplot character heights.
    var topLines: Double
    var bottomLines: Double
    var leftMargin: Double
    var plotWidth: Double
    var plotHeight: Double

    /// gnuplot's character height and width in pixels.
    var line: Double { GnuplotScript.lineHeight * em }
    var characterWidth: Double { GnuplotScript.characterWidthFactor * em }

    init(_ f: Figure, role: GnuplotScript.PanelRole, area: ScreenArea, canvasWidth: Double, canvasHeight: Double, hasImage: Bool) {
        self.area = area
        self.canvasWidth = canvasWidth
        self.canvasHeight = canvasHeight
        let em = f.fontSize * GnuplotScript.pixelsPerPoint
        let characterWidth = GnuplotScript.characterWidthFactor * em
        self.em = em
        rightMargin = (hasImage ? 12.0 : 3.0) * characterWidth
        topLines = role == .lower ? 0.6 : (f.title.isEmpty ? 1.5 : 3.2)
        bottomLines = role == .upper ? 0.6 : 3.5
        leftMargin = (role == .whole ? 9.0 : 12.0) * characterWidth
        plotWidth = area.width * canvasWidth - leftMargin - rightMargin
        plotHeight = 0
        updatePlotHeight()
    }

    /// The plot height from the canvas and the top and bottom margins.
    mutating func updatePlotHeight() {
        plotHeight = area.height * canvasHeight - (topLines + bottomLines) * line
    }
}

extension GnuplotScript {
    /// The commands of one panel in `area` of the canvas; `blocks` are the data-file blocks of its
    /// series, `extra` commands (labels of the sheet or the footnote) come before the plot command.
    static func panel(
        _ f: Figure, blocks: [Int], role: PanelRole, area: ScreenArea,
        canvasWidth: Double, canvasHeight: Double, extra: [String]
    ) -> [String] {
        let hasImage = f.series.contains { KeyPlacement.isImage($0) }
        var c = frameCommands(f, role: role, area: area, hasImage: hasImage)
        c += axisCommands(f, role: role)
        var layout = PanelLayout(f, role: role, area: area, canvasWidth: canvasWidth, canvasHeight: canvasHeight, hasImage: hasImage)
        c += ticCommands(f, role: role, layout: &layout)
        layout.updatePlotHeight()
        if hasImage { c += colorBoxCommands(f) }
        let markers = markerCommands(f)
        c += markers.commands
        c += keyCommands(f, role: role, layout: layout, widestMarkerLabel: markers.widestLabel)
        c += extra
        c.append(plotCommand(f, blocks: blocks, role: role))
        return c
    }

    /// Position, title, axis labels, border, tics and grid.
    static func frameCommands(_ f: Figure, role: PanelRole, area: ScreenArea, hasImage: Bool) -> [String] {
        let q = GnuplotText.quoted, num = GnuplotText.number
        var c = [
            "reset", "set encoding utf8",
            "set origin \(num(area.x)), \(num(area.y))", "set size \(num(area.width)), \(num(area.height))"
        ]
        if role != .lower, !f.title.isEmpty { c.append("set title \(q(f.title)) font \",\(num(f.fontSize * 1.15))\"") }
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
        return c
    }

    /// Ranges, reversal and log scales.
    static func axisCommands(_ f: Figure, role: PanelRole) -> [String] {
        var c = ["set xrange " + rangeText(f.xRange, reversed: f.xReversed), "set yrange " + rangeText(f.yRange, reversed: f.yReversed)]
        if f.xReversed || role != .whole, f.xRange?.lower == nil || f.xRange?.upper == nil {
            c.append("set autoscale xfix")
        }
        if f.logX { c += ["set logscale x 10", "set format x \"%g\""] }
        if f.logY { c += ["set logscale y 10", "set format y \"%g\""] }
        return c
    }

    /// Categorical tics: y first (its labels set the left margin), then x on the final width.
    /// Updates the layout's margins and plot width.
    static func ticCommands(_ f: Figure, role: PanelRole, layout: inout PanelLayout) -> [String] {
        let q = GnuplotText.quoted, num = GnuplotText.number
        let em = layout.em, line = layout.line
        var c: [String] = []
        if let tics = f.yTics {
            let x = f.xTics.map { ticLayout(tics: $0, extent: layout.plotWidth, em: em, rotatable: true) }
            let rotatedLines = x?.bottomLines ?? layout.bottomLines
            let height = layout.plotHeight - (rotatedLines - layout.bottomLines) * line
            let y = ticLayout(tics: tics, extent: height, em: em, rotatable: false)
            c.append("set ytics (\(y.list)) nomirror\(y.options)")
            if role == .whole {
                // gnuplot reserves more room for tic labels than DejaVu Sans takes and puts the y
                // label beyond it. Instead: a left margin from the drawn width, and the y label at
                // a fixed distance from the panel's left edge, so nothing can be clipped.
                let drawn = (tics.map { TextMetrics.width($0.label) }.max() ?? 0) * y.font
                layout.leftMargin = drawn + 2.4 * em
                c.append("set lmargin \(num((layout.leftMargin / layout.characterWidth * 10).rounded(.up) / 10))")
                c.append("unset ylabel")
                let x = layout.area.x + 0.8 * em / layout.canvasWidth
                c.append("set label 1002 \(q(f.yLabel)) at screen \(num(x)), graph 0.5 rotate by 90 center front")
            }
            layout.plotWidth = layout.area.width * layout.canvasWidth - layout.leftMargin - layout.rightMargin
        }
        if let tics = f.xTics {
            if role == .upper {
                // Positions only: the labels belong under the lower panel.
                c.append("set xtics (" + tics.map { GnuplotText.number($0.position) }.joined(separator: ", ") + ") nomirror")
            } else {
                let x = ticLayout(tics: tics, extent: layout.plotWidth, em: em, rotatable: true)
                c.append("set xtics (\(x.list)) nomirror\(x.options)")
                if let lines = x.bottomLines {
                    // gnuplot reserves more room for rotated labels than they take: set the margin
                    // and lift the x label to sit under the labels.
                    layout.bottomLines = lines
                    c.append("set bmargin \(num((lines * 10).rounded(.up) / 10))")
                    if x.labelLift > 0 { c.append("set xlabel offset 0, \(num((x.labelLift * 10).rounded(.down) / 10))") }
                }
            }
        }
        return c
    }

    /// The heat map's palette, colour-box label and range.
    static func colorBoxCommands(_ f: Figure) -> [String] {
        var c = [palette]
        if let label = f.colorBoxLabel { c.append("set cblabel \(GnuplotText.quoted(label))") }
        let z = f.series.compactMap(\.z).flatMap { $0 }.filter(\.isFinite)
        if let low = z.min(), low >= 0 { c.append("set cbrange [0:*]") }
        return c
    }

    /// Vertical markers, clipped to the drawn x range, and the width of the widest label (em).
    static func markerCommands(_ f: Figure) -> (commands: [String], widestLabel: Double) {
        let num = GnuplotText.number
        var c: [String] = []
        let xValues = f.series.flatMap(\.x).filter(\.isFinite)
        let xLow = f.xRange?.lower ?? xValues.min() ?? -.infinity
        let xHigh = f.xRange?.upper ?? xValues.max() ?? .infinity
        var widestMarkerLabel = 0.0
        for (k, marker) in f.verticalMarkers.enumerated() where marker.x >= xLow && marker.x <= xHigh {
            let x = num(marker.x)
            c.append("set arrow \(k + 1) from \(x), graph 0 to \(x), graph 1 nohead back dt 2 lw 1 lc rgb \"#777777\"")
            if !marker.label.isEmpty {
                widestMarkerLabel = max(widestMarkerLabel, TextMetrics.width(marker.label))
                c.append(
                    "set label \(k + 1) \(GnuplotText.quoted(marker.label)) at \(x), graph 0.985 rotate by 90 right "
                        + "offset character -0.45, 0 front font \",\(num(f.fontSize * 0.8))\" tc rgb \"#333333\"")
            }
        }
        return (c, widestMarkerLabel)
    }

    /// Padding of symbols off the frame, the key, and room above the data for marker labels or the key.
    static func keyCommands(_ f: Figure, role: PanelRole, layout: PanelLayout, widestMarkerLabel: Double) -> [String] {
        let num = GnuplotText.number, em = layout.em
        var c: [String] = []
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

        let yTopAutoscaled = f.yRange?.upper == nil && !f.yReversed
        let markerReserve =
            yTopAutoscaled && widestMarkerLabel > 0
            ? min(0.45, (widestMarkerLabel * 0.8 * em + 0.8 * em) / max(layout.plotHeight, 1)) : 0
        var keyHeadroom = 0.0
        if role == .lower {
            c.append("unset key")
        } else {
            let key = KeyPlacement.command(
                for: f, em: em, plotWidth: layout.plotWidth, plotHeight: layout.plotHeight, topReserve: markerReserve,
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
        return c
    }

    /// The `plot` command: one clause (or more) per series, reading `datafile` by index.
    static func plotCommand(_ f: Figure, blocks: [Int], role: PanelRole) -> String {
        var clauses: [String] = []
        if role == .lower { clauses.append("0 with lines lw 1 lc rgb \"#777777\" notitle") }
        let colors = assignColors(f.series)
        for (i, s) in f.series.enumerated() {
            clauses += plotClauses(
                s, block: blocks[i], color: colors[i].hex,
                pointType: pointTypes[i % pointTypes.count], fontSize: f.fontSize)
        }
        return "plot " + clauses.joined(separator: ", \\\n     ")
    }
}
