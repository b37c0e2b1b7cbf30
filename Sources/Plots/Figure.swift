import Foundation

/// Canvas size of a rendered figure, in pixels (PNG) and SVG user units.
public struct FigureSize: Sendable, Equatable {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// 1200 × 800 pixels: the default of every figure.
    public static let standard = FigureSize(width: 1200, height: 800)
}

/// Where the key (legend) goes.
public enum KeyPosition: Sendable, Equatable {
    /// The inside corner with the least data under the key; when every corner holds data and the
    /// y range is autoscaled, headroom is added above the data and the key goes there; otherwise
    /// outside, right of the plot.
    case automatic
    case topLeft, topRight, bottomLeft, bottomRight
    /// Outside the plot, to the right.
    case outsideRight
    /// Outside the plot, under the x label.
    case below
    /// No key.
    case hidden
}

/// An axis range; a `nil` bound is autoscaled by gnuplot.
///
/// Bounds are in data units, `lower < upper`, whatever the drawing direction (see `Figure.xReversed`).
public struct AxisRange: Sendable, Equatable {
    public var lower: Double?
    public var upper: Double?

    public init(lower: Double? = nil, upper: Double? = nil) {
        self.lower = lower
        self.upper = upper
    }

    public init(_ range: ClosedRange<Double>) {
        self.init(lower: range.lowerBound, upper: range.upperBound)
    }
}

/// A tic mark with its own text, e.g. a class name on a categorical axis.
public struct Tic: Sendable, Equatable {
    /// Position in data units.
    public var position: Double
    public var label: String

    public init(position: Double, label: String) {
        self.position = position
        self.label = label
    }
}

/// A small panel under the main plot sharing its x axis, e.g. the residual of a fit.
public struct ResidualPanel: Sendable {
    /// Y label with units, e.g. "residual (counts)".
    public var yLabel: String
    public var series: [Series]
    /// Fraction of the figure height given to the panel (0.1 … 0.5).
    public var heightFraction: Double

    public init(yLabel: String, series: [Series], heightFraction: Double = 0.28) {
        self.yLabel = yLabel
        self.series = series
        self.heightFraction = heightFraction
    }
}

/// One figure: its datasets and everything gnuplot needs to draw them.
///
/// `FigureWriter` turns it into `<name>.dat` and a standalone `<name>.gp`; `FigureRenderer`
/// runs the script to make `<name>.png` and `<name>.svg`. Labels carry their units, e.g.
/// "binding energy (eV)", "exact-match accuracy (%)". Text is drawn as written (no gnuplot
/// "enhanced" markup), so `_` and `^` need no escaping.
public struct Figure: Sendable {
    /// File stem: letters, digits, `.`, `_`, `-`; not starting with `.` or `-`.
    public var name: String
    public var title: String
    /// X-axis label with units.
    public var xLabel: String
    /// Y-axis label with units.
    public var yLabel: String
    public var series: [Series]
    /// Draw x decreasing left to right, as XPS users expect for binding energy.
    public var xReversed: Bool
    /// Draw y decreasing bottom to top (first matrix row on top in a heat map).
    public var yReversed: Bool
    public var logX: Bool
    public var logY: Bool
    public var xRange: AxisRange?
    public var yRange: AxisRange?
    public var key: KeyPosition
    public var size: FigureSize
    /// Font size in points, drawn 4/3 px per point (cairo at 96 dpi; the SVG is scaled to match);
    /// panels of a sheet use the sheet's.
    public var fontSize: Double
    /// Thin dashed vertical lines with rotated labels, e.g. element line positions (x in data units).
    /// Markers outside the drawn x range are not drawn.
    public var verticalMarkers: [(x: Double, label: String)]
    /// A line drawn small at the bottom, e.g. "profile: default — commit abc123".
    public var footnote: String?
    /// Categorical x tics replacing the numeric ones.
    public var xTics: [Tic]?
    /// Categorical y tics replacing the numeric ones.
    public var yTics: [Tic]?
    /// Label of the colour box of an `.image` series, with units.
    public var colorBoxLabel: String?
    /// A residual panel under the plot (not allowed in a `SheetFigure` panel).
    public var residual: ResidualPanel?

    public init(
        name: String, title: String, xLabel: String, yLabel: String, series: [Series],
        xReversed: Bool = false, yReversed: Bool = false, logX: Bool = false, logY: Bool = false,
        xRange: AxisRange? = nil, yRange: AxisRange? = nil, key: KeyPosition = .automatic,
        size: FigureSize = .standard, fontSize: Double = 14,
        verticalMarkers: [(x: Double, label: String)] = [], footnote: String? = nil,
        xTics: [Tic]? = nil, yTics: [Tic]? = nil, colorBoxLabel: String? = nil,
        residual: ResidualPanel? = nil
    ) {
        self.name = name
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.xReversed = xReversed
        self.yReversed = yReversed
        self.logX = logX
        self.logY = logY
        self.xRange = xRange
        self.yRange = yRange
        self.key = key
        self.size = size
        self.fontSize = fontSize
        self.verticalMarkers = verticalMarkers
        self.footnote = footnote
        self.xTics = xTics
        self.yTics = yTics
        self.colorBoxLabel = colorBoxLabel
        self.residual = residual
    }
}

// MARK: - Validation

extension Figure {
    /// Checks that the figure can be drawn exactly as described; throws `PlotError` otherwise.
    ///
    /// Checked: the name is a safe file stem; there is at least one series; every column has
    /// one value per point; error bars are ≥ 0; `.errorBars` has `yError`, `.image` has `z`
    /// on a complete regular grid; `.dashed` series are titled "published"; finite values on a
    /// logarithmic axis are > 0; ranges, markers and tics are finite; the size is positive.
    public func validate() throws {
        try Figure.validateName(name)
        guard size.width >= 100, size.height >= 100 else {
            throw PlotError.invalidFigure(
                figure: name, field: "size", found: "\(size.width)×\(size.height)",
                expected: "at least 100×100 pixels")
        }
        guard fontSize.isFinite, fontSize > 0 else {
            throw PlotError.invalidFigure(
                figure: name, field: "fontSize", found: "\(fontSize)", expected: "a positive size in points")
        }
        guard !series.isEmpty else {
            throw PlotError.invalidFigure(figure: name, field: "series", found: "none", expected: "at least one series")
        }
        try validateRange(xRange, axis: "xRange", log: logX)
        try validateRange(yRange, axis: "yRange", log: logY)
        for s in series { try validate(s, logY: logY) }
        for marker in verticalMarkers where !marker.x.isFinite {
            throw PlotError.invalidFigure(
                figure: name, field: "verticalMarkers['\(marker.label)'].x", found: "\(marker.x)",
                expected: "a finite position")
        }
        for (axis, tics) in [("xTics", xTics), ("yTics", yTics)] {
            for tic in tics ?? [] where !tic.position.isFinite {
                throw PlotError.invalidFigure(
                    figure: name, field: "\(axis)['\(tic.label)']", found: "\(tic.position)",
                    expected: "a finite position")
            }
        }
        if let residual {
            guard residual.heightFraction >= 0.1, residual.heightFraction <= 0.5 else {
                throw PlotError.invalidFigure(
                    figure: name, field: "residual.heightFraction", found: "\(residual.heightFraction)",
                    expected: "a fraction in 0.1 … 0.5")
            }
            guard !residual.series.isEmpty else {
                throw PlotError.invalidFigure(
                    figure: name, field: "residual.series", found: "none", expected: "at least one series")
            }
            for s in residual.series { try validate(s, logY: false) }
        }
    }

    static func validateName(_ name: String) throws {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        guard let first = name.first, first != ".", first != "-", name.allSatisfy({ allowed.contains($0) }) else {
            throw PlotError.invalidFigure(
                figure: name, field: "name", found: "'\(name)'",
                expected: "a file stem of letters, digits, '.', '_', '-', not starting with '.' or '-'")
        }
    }

    private func validateRange(_ range: AxisRange?, axis: String, log: Bool) throws {
        guard let range else { return }
        for bound in [range.lower, range.upper].compactMap({ $0 }) {
            guard bound.isFinite, !log || bound > 0 else {
                throw PlotError.invalidFigure(
                    figure: name, field: axis, found: "bound \(bound)",
                    expected: log ? "finite bounds > 0 on a logarithmic axis" : "finite bounds")
            }
        }
        if let lower = range.lower, let upper = range.upper, !(lower < upper) {
            throw PlotError.invalidFigure(
                figure: name, field: axis, found: "[\(lower), \(upper)]",
                expected: "lower < upper (use xReversed/yReversed to draw an axis decreasing)")
        }
    }

    private func validate(_ s: Series, logY: Bool) throws {
        func fail(_ field: String, _ found: String, _ expected: String) -> PlotError {
            .invalidSeries(figure: name, series: s.title, field: field, found: found, expected: expected)
        }
        guard !s.x.isEmpty else { throw fail("x", "no points", "at least one point") }
        let n = s.x.count
        let columns: [(String, [Double]?)] = [("y", s.y), ("yError", s.yError), ("baseline", s.baseline), ("z", s.z)]
        for (field, values) in columns {
            if let values, values.count != n {
                throw fail(field, "\(values.count) values", "\(n) (one per x value)")
            }
        }
        if let yError = s.yError, let i = yError.firstIndex(where: { $0 < 0 }) {
            throw fail("yError[\(i)]", "\(yError[i])", "a half-width ≥ 0")
        }
        switch s.style {
        case .errorBars:
            guard s.yError != nil else { throw fail("yError", "nil", "error bars for style errorBars") }
        case .dashed:
            guard s.isPublished else {
                throw fail(
                    "title", "'\(s.title)' with style dashed",
                    "a title containing 'published' (dashed lines are reserved for published numbers)")
            }
        case .bars(let width):
            guard width.isFinite, width > 0 else { throw fail("style.bars.width", "\(width)", "a width > 0") }
        case .image:
            guard s.z != nil else { throw fail("z", "nil", "cell values for style image") }
            let columns = Set(s.x), rows = Set(s.y)
            let cells = Set(zip(s.x, s.y).map { "\($0) \($1)" })
            guard cells.count == n, columns.count * rows.count == n else {
                throw fail(
                    "x, y", "\(n) cells over \(columns.count) columns × \(rows.count) rows",
                    "one cell per column and row (a complete regular grid)")
            }
        case .line, .linePoints, .points, .impulses, .steps, .filledCurve:
            break
        }
        if logX, let i = s.x.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
            throw fail("x[\(i)]", "\(s.x[i])", "values > 0 on a logarithmic x axis")
        }
        if logY, let i = s.y.firstIndex(where: { $0.isFinite && $0 <= 0 }) {
            throw fail("y[\(i)]", "\(s.y[i])", "values > 0 on a logarithmic y axis")
        }
    }
}
