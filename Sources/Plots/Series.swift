import Foundation

/// The colour-blind-safe palette of Okabe and Ito.
///
/// Reference: M. Okabe and K. Ito, "Color Universal Design (CUD): how to make figures and
/// presentations that are friendly to colorblind people" (2008), https://jfly.uni-koeln.de/color/.
public enum OkabeIto: String, CaseIterable, Sendable {
    case black, orange, skyBlue, bluishGreen, yellow, blue, vermillion, reddishPurple

    /// The sRGB colour as gnuplot reads it, `#RRGGBB`.
    public var hex: String {
        switch self {
        case .black: return "#000000"
        case .orange: return "#E69F00"
        case .skyBlue: return "#56B4E9"
        case .bluishGreen: return "#009E73"
        case .yellow: return "#F0E442"
        case .blue: return "#0072B2"
        case .vermillion: return "#D55E00"
        case .reddishPurple: return "#CC79A7"
        }
    }

    /// The order in which series without an explicit colour receive one; yellow, weak on white, last.
    /// Series beyond the eighth cycle through it again (and differ by point type).
    public static let seriesOrder: [OkabeIto] = [
        .blue, .vermillion, .bluishGreen, .reddishPurple, .orange, .skyBlue, .black, .yellow
    ]
}

/// How a series is drawn.
public enum SeriesStyle: Sendable, Equatable {
    /// A solid line through the points.
    case line
    /// A solid line with point symbols (at most about 20 symbols per series).
    case linePoints
    /// Point symbols only (open circles), e.g. measured counts.
    case points
    /// A dashed line: reserved for published numbers; the series title must contain "published".
    case dashed
    /// A line through the means with error bars of ± `yError` (e.g. mean ± sd over repeats).
    case errorBars
    /// Vertical lines from zero to each value (line positions, intensities).
    case impulses
    /// A staircase: value `y[i]` held from `x[i]` to `x[i+1]`.
    case steps
    /// A translucent area between `baseline` (or zero) and the values, with its outline:
    /// a component under a fit.
    case filledCurve
    /// Boxes of the given width (x units) from zero to each value. A series whose title contains
    /// "published" is drawn hatched instead of solid.
    case bars(width: Double)
    /// A heat map of `z` on the regular grid given by `x` and `y` (gnuplot `with image`),
    /// optionally with each cell's value written in it.
    case image(cellLabels: Bool)
}

/// One dataset of a figure: the points, how they are drawn and what the key calls them.
///
/// `x`, `y` and the optional columns (`yError`, `baseline`, `z`) have one value per point.
/// Non-finite values are written as `NaN`, `Inf`, `-Inf`; gnuplot leaves those points out and
/// breaks the line there.
public struct Series: Sendable {
    /// The key entry; empty for none.
    public var title: String
    /// Abscissae, in the unit of the figure's x label.
    public var x: [Double]
    /// Ordinates, in the unit of the figure's y label.
    public var y: [Double]
    /// Half-height of each error bar (same unit as `y`, ≥ 0); required by `.errorBars`.
    public var yError: [Double]?
    /// How the series is drawn.
    public var style: SeriesStyle
    /// A palette colour; `nil` takes the next colour of `OkabeIto.seriesOrder`.
    public var color: OkabeIto?
    /// Lower edge of a `.filledCurve` (e.g. the background under a component); `nil` fills to zero.
    public var baseline: [Double]?
    /// Cell values of an `.image` series (the colour-box unit).
    public var z: [Double]?

    public init(
        title: String, x: [Double], y: [Double], yError: [Double]? = nil,
        style: SeriesStyle = .line, color: OkabeIto? = nil,
        baseline: [Double]? = nil, z: [Double]? = nil
    ) {
        self.title = title
        self.x = x
        self.y = y
        self.yError = yError
        self.style = style
        self.color = color
        self.baseline = baseline
        self.z = z
    }

    /// Whether the series shows published numbers: its title contains "published" (any case).
    public var isPublished: Bool { title.range(of: "published", options: .caseInsensitive) != nil }
}
