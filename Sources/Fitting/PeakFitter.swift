import Foundation
import Spectra

/// A fitted parameter with its standard error.
public struct FittedParameter: Sendable, Equatable {
    public let name: String
    public let value: Double
    /// √(covariance diagonal), scaled by χ²_ν.
    public let standardError: Double
    /// The value sits on one of its bounds (within 10⁻⁶ of the bound's scale): the optimum is
    /// constrained there and its standard error is not a confidence interval.
    public var atBound: Bool = false

    public init(name: String, value: Double, standardError: Double, atBound: Bool = false) {
        self.name = name
        self.value = value
        self.standardError = standardError
        self.atBound = atBound
    }
}

/// The outcome of `PeakFitter.fit`: all arrays on the data grid, in the data's order.
public struct FitResult: Sendable {
    /// Fitted peaks (derived ones — partners, grouped widths, fixed centres — included).
    public let peaks: [PeakParameters]
    /// Each peak's values (counts), without background.
    public let components: [[Double]]
    /// The background (counts): estimated, given or fitted.
    public let background: [Double]
    /// Background + Σ components (counts).
    public let fit: [Double]
    /// Data − fit (counts).
    public let residual: [Double]
    /// The free parameters θ with standard errors.
    public let parameters: [FittedParameter]
    public let chiSquared: Double
    /// χ²/(N − p).
    public let reducedChiSquared: Double
    public let iterations: Int
    /// The underlying least-squares result (covariance of θ).
    public let leastSquares: LeastSquaresResult
    /// The test that ended the iteration (MINPACK's ftol, xtol, gtol, …).
    public var criterion: ConvergenceCriterion { leastSquares.criterion }
    /// FWHM of each fitted peak, eV.
    public let fullWidths: [Double]
    /// Area of each fitted peak, counts·eV: height × the line shape's area, or, where that diverges
    /// (Doniach–Šunjić with α > 0), the component's trapezoidal integral over the window.
    public let areas: [Double]
    /// The FWHM bounds the fit used, eV.
    public let widthLimits: (minimum: Double, maximum: Double)
    /// Repairs made to the input (e.g. a start width raised to the minimum FWHM), for the caller to show.
    public let notes: [String]
}

/// Fits a `PeakModel` to a spectrum by Levenberg–Marquardt.
///
/// Bounds: free centres within the data's energy range, widths such that every FWHM lies within
/// `widthLimits` (default 2 energy steps … energy range), heights ≥ 0; linear background unbounded;
/// a component's own `centerBounds` and `widthBounds` narrow these.
/// Shirley and Tougaard backgrounds are computed once from the data (ascending order) and held
/// fixed; `shirleyRefined` recomputes the Shirley step from the current peaks at every evaluation.
/// A Shirley background (either kind) needs a region around one line: windows wider than
/// `maximumRegionWidth` and windows without net peak area are refused with an error saying so.
public struct PeakFitter: Sendable {
    public var solver: LevenbergMarquardt
    public var widthLimits: WidthLimits
    /// Widest window (eV) a Shirley background is applied to; wider is taken for a survey.
    public var maximumRegionWidth: Double

    public init(
        solver: LevenbergMarquardt = LevenbergMarquardt(), widthLimits: WidthLimits = WidthLimits(),
        maximumRegionWidth: Double = 100
    ) {
        self.solver = solver
        self.widthLimits = widthLimits
        self.maximumRegionWidth = maximumRegionWidth
    }

    /// Fits `model` to `intensities` (counts) on strictly monotonic `energies` (eV) from `start`
    /// (one entry per peak; partners' centre and height are ignored), with optional weights wᵢ (1/σᵢ²).
    public func fit(
        energies: [Double], intensities: [Double], model: PeakModel, start: [PeakParameters],
        weights: [Double]? = nil
    ) throws -> FitResult {
        try checkData(energies: energies, intensities: intensities)
        try model.validate()
        let n = energies.count
        let layout = try model.layout(start: start)
        guard n > layout.count else { throw FittingError.tooFewPoints(points: n, parameters: layout.count) }
        for (i, s) in start.enumerated() {
            for (name, v) in [("center", s.center), ("width", s.width), ("height", s.height)] where !v.isFinite {
                throw FittingError.invalidParameter(name: "start[\(i)].\(name)", found: "\(v)", expected: "a finite number")
            }
        }
        let background = try estimatedBackground(model.background, energies: energies, intensities: intensities)
        let limits = try widthLimits.resolved(energies: energies)
        let box = try parameterBox(model: model, layout: layout, energies: energies, intensities: intensities, limits: limits)
        var notes = [String]()
        var theta0 = model.theta(from: start, layout: layout, linear: box.linear)
        for j in theta0.indices where theta0[j] < box.lower[j] || theta0[j] > box.upper[j] {
            let clamped = min(max(theta0[j], box.lower[j]), box.upper[j])
            notes.append("start of \(layout.names[j]) \(theta0[j]) moved onto its bound \(clamped)")
            theta0[j] = clamped
        }
        let meanE = energies.reduce(0, +) / Double(n)
        func evaluate(_ theta: [Double]) -> (components: [[Double]], background: [Double]) {
            let peaks = model.peakParameters(theta, layout: layout)
            let components = peaks.indices.map { i in
                let profile = model.peaks[i].kind.profile(width: peaks[i].width)
                return energies.map { peaks[i].height * profile($0 - peaks[i].center) }
            }
            var bg = background ?? [Double](repeating: 0, count: n)
            if model.background == .shirleyRefined {
                bg = PeakFitter.activeShirley(energies: energies, intensities: intensities, components: components)
            }
            if let b = layout.backgroundIndex {
                for k in 0..<n { bg[k] = theta[b] + theta[b + 1] * (energies[k] - meanE) }
            }
            return (components, bg)
        }
        let ls: LeastSquaresResult
        do {
            ls = try solver.minimize(
                observations: intensities, weights: weights, start: theta0, lower: box.lower,
                upper: box.upper, typicalScale: box.scale, names: layout.names
            ) { theta in
                let (components, bg) = evaluate(theta)
                var total = bg
                for c in components { for k in 0..<n { total[k] += c[k] } }
                return total
            }
        } catch FittingError.singularCovariance(let name, let optimum, let chi2) {
            // Name the peak that vanished, when one did: the usual cause of a degenerate optimum.
            let peaks = model.peakParameters(optimum, layout: layout)
            for i in model.peaks.indices {
                if case .free(let j) = layout.heights[i], optimum[j] <= 1e-9 * box.scale[j] {
                    throw FittingError.emptyPeak(index: i, center: peaks[i].center, chiSquared: chi2)
                }
            }
            throw FittingError.singularCovariance(parameter: name, optimum: optimum, chiSquared: chi2)
        }
        let (components, bg) = evaluate(ls.parameters)
        let peaks = model.peakParameters(ls.parameters, layout: layout)
        let parameters = layout.names.indices.map { j in
            FittedParameter(
                name: layout.names[j], value: ls.parameters[j], standardError: ls.standardErrors[j],
                atBound: abs(ls.parameters[j] - box.lower[j]) <= 1e-6 * box.scale[j]
                    || abs(ls.parameters[j] - box.upper[j]) <= 1e-6 * box.scale[j])
        }
        return FitResult(
            peaks: peaks, components: components, background: bg, fit: ls.fitted, residual: ls.residuals,
            parameters: parameters, chiSquared: ls.chiSquared, reducedChiSquared: ls.reducedChiSquared,
            iterations: ls.iterations, leastSquares: ls,
            fullWidths: peaks.indices.map { model.peaks[$0].kind.fullWidthAtHalfMaximum(width: peaks[$0].width) },
            areas: peaks.indices.map { i in
                PeakFitter.area(model.peaks[i].kind, peaks[i], component: components[i], energies: energies)
            },
            widthLimits: limits, notes: notes)
    }

    /// height × the shape's area (counts·eV), or the trapezoidal integral of the component where that diverges.
    static func area(_ kind: PeakShapeKind, _ peak: PeakParameters, component: [Double], energies: [Double]) -> Double {
        if let unit = kind.unitArea(width: peak.width) { return unit * peak.height }
        var sum = 0.0
        for k in 1..<max(1, energies.count) { sum += abs(energies[k] - energies[k - 1]) * (component[k] + component[k - 1]) / 2 }
        return sum
    }

    /// Bounds, typical scales and the linear background's start for the free parameters θ.
    func parameterBox(
        model: PeakModel, layout: PeakModel.Layout, energies: [Double], intensities: [Double],
        limits: (minimum: Double, maximum: Double)
    )
        throws -> (lower: [Double], upper: [Double], scale: [Double], linear: (a: Double, b: Double))
    {
        let n = energies.count
        let lowE = energies.min()!, highE = energies.max()!, range = highE - lowE
        var lower = [Double](repeating: -.infinity, count: layout.count)
        var upper = [Double](repeating: .infinity, count: layout.count)
        var scale = [Double](repeating: 1, count: layout.count)
        let peakScale = max(intensities.map(abs).max() ?? 1, 1e-300)
        for i in model.peaks.indices {
            if case .free(let j) = layout.centers[i] {
                lower[j] = max(lowE, model.peaks[i].centerBounds?.lowerBound ?? lowE)
                upper[j] = min(highE, model.peaks[i].centerBounds?.upperBound ?? highE)
                scale[j] = range
                guard lower[j] < upper[j] else {
                    throw FittingError.invalidModel(
                        "peak \(i): centre bounds \(model.peaks[i].centerBounds!) eV leave nothing within the data's \(lowE)…\(highE) eV")
                }
            }
            if case .free(let j) = layout.heights[i] { lower[j] = 0; scale[j] = peakScale }
            if case .free(let j) = layout.widths[i] {
                // A width group takes the tightest bounds of its members.
                var bounds = try model.peaks[i].kind.widthBounds(fwhm: limits)
                if let own = model.peaks[i].widthBounds {
                    bounds = (max(bounds.lower, own.lowerBound), min(bounds.upper, own.upperBound))
                }
                lower[j] = lower[j].isFinite ? max(lower[j], bounds.lower) : bounds.lower
                upper[j] = upper[j].isFinite ? min(upper[j], bounds.upper) : bounds.upper
                scale[j] = 0.1 * range
                guard lower[j] < upper[j] else {
                    throw FittingError.invalidModel(
                        "width group of peak \(i): no width satisfies FWHM \(limits.minimum)…\(limits.maximum) eV for all its shapes")
                }
            }
        }
        var linear = (a: 0.0, b: 0.0)
        if let b = layout.backgroundIndex {
            let ascending = energies.count < 2 || energies[1] > energies[0]
            let e = ascending ? energies : energies.reversed(), y = ascending ? intensities : intensities.reversed()
            let line = try LinearBackground.estimate(energies: e, intensities: y, endPointCount: min(5, n / 2))
            linear = (line.reduce(0, +) / Double(n), (line[n - 1] - line[0]) / (e[n - 1] - e[0]))
            scale[b] = peakScale
            scale[b + 1] = peakScale / max(range, 1e-300)
        }
        return (lower, upper, scale, linear)
    }
}
