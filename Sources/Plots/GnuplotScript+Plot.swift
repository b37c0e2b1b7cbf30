// Tic labels, colours and the plot clauses of a gnuplot panel.

import Foundation

extension GnuplotScript {
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
                let drawn = widest * font * reach  // what the labels take
                let reserved = longest * characterWidthFactor * em * reach  // what gnuplot reserves
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
            let area =
                DataFile.column("baseline", of: s).map {
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
                clauses.append(
                    "\(source) using 1:2:($\(z) < \(middle) ? sprintf(\"%.3g\", $\(z)) : \"\") "
                        + "with labels \(font) tc rgb \"#FFFFFF\" notitle")
                clauses.append(
                    "\(source) using 1:2:($\(z) >= \(middle) ? sprintf(\"%.3g\", $\(z)) : \"\") "
                        + "with labels \(font) tc rgb \"#000000\" notitle")
            }
            return clauses
        }
    }
}
