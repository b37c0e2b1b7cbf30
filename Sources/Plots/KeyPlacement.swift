import Foundation

/// Chooses where the key goes so that it does not cover data.
///
/// The plot area is divided into a 100 × 100 occupancy grid (in drawing orientation: reversed
/// and logarithmic axes taken into account). Points, the segments between them, error bars,
/// filled areas, bars and marker labels mark cells. The key's size is estimated from the
/// titles' widths in DejaVu Sans (`TextMetrics`) and the font size in pixels (`em`). The first free corner in the
/// order top right, top left, bottom right, bottom left wins; if none is free and the top of
/// the y range is autoscaled, headroom is asked for above the data and the key goes there, as
/// one row when its entries fit side by side, else top right; otherwise the key goes outside,
/// right of the plot.
enum KeyPlacement {
    static let style = "Left reverse opaque box lc rgb \"#BBBBBB\" samplen 2.5 spacing 1.15 width 1"

    /// The `set key` command for `figure`, drawn in a plot area of the given size (pixels), and the
    /// fraction of the plot height to keep free of data at the top for it (0 when none).
    ///
    /// `topReserve`: fraction of the height already kept free at the top (for marker labels).
    ///
    /// `xExtendsToTics`: the x range is autoscaled out to the next tic (no `set autoscale xfix`).
    static func command(
        for figure: Figure, em: Double, plotWidth: Double, plotHeight: Double, topReserve: Double,
        xExtendsToTics: Bool
    ) -> (command: String, headroom: Double) {
        let entries = figure.series.filter { !$0.title.isEmpty && !isImage($0) }
        if entries.isEmpty { return ("unset key", 0) }
        switch figure.key {
        case .hidden: return ("unset key", 0)
        case .topLeft: return ("set key inside top left \(style)", 0)
        case .topRight: return ("set key inside top right \(style)", 0)
        case .bottomLeft: return ("set key inside bottom left \(style)", 0)
        case .bottomRight: return ("set key inside bottom right \(style)", 0)
        case .outsideRight: return ("set key outside right top \(style)", 0)
        case .below: return ("set key below horizontal \(style)", 0)
        case .automatic: break
        }

        let widest = entries.map { TextMetrics.width($0.title) }.max() ?? 0
        // Key box (sample, gaps, text) plus its distance from the frame.
        let keyWidth = min(0.95, (widest * em + 4.5 * em) / max(plotWidth, 1))
        let keyHeight = min(0.95, (Double(entries.count) * 1.35 * em + 1.6 * em) / max(plotHeight, 1))
        let grid = occupancy(
            figure, labelScale: 0.8 * em / max(plotHeight, 1), topReserve: topReserve,
            xExtendsToTics: xExtendsToTics)

        let corners: [(name: String, x0: Double, y0: Double)] = [
            ("top right", 1 - keyWidth, 1 - keyHeight), ("top left", 0, 1 - keyHeight),
            ("bottom right", 1 - keyWidth, 0), ("bottom left", 0, 0)
        ]
        let counts = corners.map { grid.count(x0: $0.x0, y0: $0.y0, width: keyWidth, height: keyHeight) }
        if let best = counts.indices.first(where: { counts[$0] == 0 }) {
            return ("set key inside \(corners[best].name) \(style)", 0)
        }
        let yTopAutoscaled = figure.yRange?.upper == nil && !figure.yReversed
        if yTopAutoscaled, topReserve == 0 {
            // One row across the top when the entries fit side by side: the least headroom.
            let rowWidth = entries.reduce(0) { $0 + TextMetrics.width($1.title) * em + 3.5 * em }
            if rowWidth < 0.9 * plotWidth {
                let rowHeight = 2.8 * em / max(plotHeight, 1)
                return ("set key inside top center horizontal \(style) maxrows 1", rowHeight + 0.02)
            }
            if keyHeight < 0.5 { return ("set key inside top right \(style)", keyHeight + 0.03) }
        }
        return ("set key outside right top \(style)", 0)
    }

    static func isImage(_ s: Series) -> Bool {
        if case .image = s.style { return true }
        return false
    }

    /// Cells of the plot area covered by data, in drawing orientation (0,0 bottom left).
    struct Grid {
        static let size = 100
        var cells = [Bool](repeating: false, count: size * size)
        var markerCells = [Bool](repeating: false, count: size * size)

        mutating func mark(_ x: Double, _ y: Double, marker: Bool = false) {
            guard x.isFinite, y.isFinite, x >= 0, x <= 1, y >= 0, y <= 1 else { return }
            let i = min(Grid.size - 1, Int(x * Double(Grid.size)))
            let j = min(Grid.size - 1, Int(y * Double(Grid.size)))
            cells[j * Grid.size + i] = true
            if marker { markerCells[j * Grid.size + i] = true }
        }

        mutating func segment(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double, marker: Bool = false) {
            guard x0.isFinite, y0.isFinite, x1.isFinite, y1.isFinite else { return }
            let steps = Int(min(400, max(abs(x1 - x0), abs(y1 - y0)) * Double(Grid.size) * 2)) + 1
            for k in 0...steps {
                let t = Double(k) / Double(steps)
                mark(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, marker: marker)
            }
        }

        func count(x0: Double, y0: Double, width: Double, height: Double) -> Int {
            let n = Double(Grid.size)
            let i0 = max(0, Int(x0 * n)), i1 = min(Grid.size - 1, Int((x0 + width) * n))
            let j0 = max(0, Int(y0 * n)), j1 = min(Grid.size - 1, Int((y0 + height) * n))
            guard i0 <= i1, j0 <= j1 else { return 0 }
            var total = 0
            for j in j0...j1 { for i in i0...i1 where cells[j * Grid.size + i] { total += 1 } }
            return total
        }

        func markerCount(x0: Double, width: Double) -> Int {
            let n = Double(Grid.size)
            let i0 = max(0, Int(x0 * n)), i1 = min(Grid.size - 1, Int((x0 + width) * n))
            guard i0 <= i1 else { return 0 }
            var total = 0
            for j in 0..<Grid.size { for i in i0...i1 where markerCells[j * Grid.size + i] { total += 1 } }
            return total
        }
    }

    /// Maps data values to [0, 1] along one axis as drawn.
    struct AxisMap {
        var lower: Double, upper: Double, log: Bool, reversed: Bool

        /// `extendsToTics`: autoscaled ends move out to the next major tic, as gnuplot does
        /// unless told `set autoscale fix`.
        init(values: [Double], range: AxisRange?, log: Bool, reversed: Bool, extendsToTics: Bool) {
            let usable = values.filter { $0.isFinite && (!log || $0 > 0) }.map { log ? Foundation.log10($0) : $0 }
            var lo = range?.lower.map { log ? Foundation.log10($0) : $0 } ?? usable.min() ?? 0
            var hi = range?.upper.map { log ? Foundation.log10($0) : $0 } ?? usable.max() ?? 1
            if !(hi > lo) { lo -= 0.5; hi += 0.5 }
            if extendsToTics {
                let step = log ? 1 : AxisMap.ticStep(hi - lo)
                if range?.lower == nil { lo = (lo / step).rounded(.down) * step }
                if range?.upper == nil { hi = (hi / step).rounded(.up) * step }
            }
            self.lower = lo
            self.upper = hi
            self.log = log
            self.reversed = reversed
        }

        /// gnuplot's automatic major-tic step for a range (`quantize_normal_tics`, guide 20).
        static func ticStep(_ range: Double) -> Double {
            let norm = pow(10, floor(Foundation.log10(range)))
            let fraction = range / norm
            let positions = 20 / fraction
            let factor: Double
            switch positions {
            case 40...: factor = 0.05
            case 20...: factor = 0.1
            case 10...: factor = 0.2
            case 4...: factor = 0.5
            case 2...: factor = 1
            case 0.5...: factor = 2
            default: factor = fraction.rounded(.up)
            }
            return factor * norm
        }

        func callAsFunction(_ v: Double) -> Double {
            guard !log || v > 0 else { return -.infinity }
            let t = ((log ? Foundation.log10(v) : v) - lower) / (upper - lower)
            return reversed ? 1 - t : t
        }
    }

    /// `labelScale`: the marker-label font size (em) as a fraction of the plot height;
    /// `topReserve`: fraction of the height kept free of data at the top (data drawn below it).
    static func occupancy(
        _ figure: Figure, labelScale: Double, topReserve: Double = 0, xExtendsToTics: Bool = false
    ) -> Grid {
        var xs: [Double] = [], ys: [Double] = []
        for s in figure.series {
            xs += s.x
            ys += s.y
            if let e = s.yError { ys += zip(s.y, e).flatMap { [$0 - $1, $0 + $1] } }
            if let b = s.baseline { ys += b }
            switch s.style {
            case .bars, .impulses, .filledCurve: if s.baseline == nil { ys.append(0) }
            default: break
            }
        }
        let mx = AxisMap(
            values: xs, range: figure.xRange, log: figure.logX, reversed: figure.xReversed,
            extendsToTics: xExtendsToTics)
        let fullY = AxisMap(
            values: ys, range: figure.yRange, log: figure.logY, reversed: figure.yReversed,
            extendsToTics: topReserve == 0)
        let my = { (v: Double) in fullY(v) * (1 - topReserve) }
        var grid = Grid()
        for s in figure.series {
            let px = s.x.map { mx($0) }, py = s.y.map { my($0) }
            let connected: Bool
            switch s.style {
            case .line, .linePoints, .dashed, .errorBars, .steps, .filledCurve: connected = true
            default: connected = false
            }
            for i in px.indices {
                grid.mark(px[i], py[i])
                if connected, i > 0 { grid.segment(px[i - 1], py[i - 1], px[i], py[i]) }
                if let e = s.yError { grid.segment(px[i], my(s.y[i] - e[i]), px[i], my(s.y[i] + e[i])) }
                switch s.style {
                case .filledCurve, .impulses:
                    let base = s.baseline.map { my($0[i]) } ?? my(0)
                    grid.segment(px[i], min(max(base, 0), 1), px[i], py[i])
                case .bars(let width):
                    let base = min(max(my(0), 0), 1)
                    for edge in [s.x[i] - width / 2, s.x[i], s.x[i] + width / 2] {
                        grid.segment(mx(edge), base, mx(edge), py[i])
                    }
                case .image:
                    grid.mark(px[i], py[i])
                default: break
                }
            }
        }
        for marker in figure.verticalMarkers {
            let x = mx(marker.x)
            let labelHeight = TextMetrics.width(marker.label) * labelScale
            grid.segment(x, 1, x, 1 - labelHeight - 0.02, marker: true)
            grid.segment(x - 0.015, 1, x - 0.015, 1 - labelHeight - 0.02, marker: true)
        }
        return grid
    }
}
