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
}

/// Fits a `PeakModel` to a spectrum by Levenberg–Marquardt.
///
/// Bounds: free centres within the data's energy range, widths in [10⁻³, 1]·(energy range) eV,
/// heights ≥ 0; linear background unbounded. Shirley and Tougaard backgrounds are computed once
/// from the data (ascending order) and held fixed; `shirleyRefined` recomputes the Shirley step
/// from the current peaks at every evaluation.
public struct PeakFitter: Sendable {
    public var solver: LevenbergMarquardt

    public init(solver: LevenbergMarquardt = LevenbergMarquardt()) { self.solver = solver }

    /// Fits `model` to `intensities` (counts) on strictly monotonic `energies` (eV) from `start`
    /// (one entry per peak; partners' centre and height are ignored), with optional weights wᵢ (1/σᵢ²).
    public func fit(energies: [Double], intensities: [Double], model: PeakModel, start: [PeakParameters],
                    weights: [Double]? = nil) throws -> FitResult {
        try checkData(energies: energies, intensities: intensities)
        try model.validate()
        let n = energies.count
        let layout = try model.layout(start: start)
        guard n > layout.count else { throw FittingError.tooFewPoints(points: n, parameters: layout.count) }
        let background = try fixedBackground(model.background, energies: energies, intensities: intensities)

        let lowE = energies.min()!, highE = energies.max()!, range = highE - lowE
        let meanE = energies.reduce(0, +) / Double(n)
        var lower = [Double](repeating: -.infinity, count: layout.count)
        var upper = [Double](repeating: .infinity, count: layout.count)
        var scale = [Double](repeating: 1, count: layout.count)
        let peakScale = max(intensities.map(abs).max() ?? 1, 1e-300)
        for i in model.peaks.indices {
            if case .free(let j) = layout.centers[i] { lower[j] = lowE; upper[j] = highE; scale[j] = range }
            if case .free(let j) = layout.widths[i] { lower[j] = 1e-3 * range; upper[j] = range; scale[j] = 0.1 * range }
            if case .free(let j) = layout.heights[i] { lower[j] = 0; scale[j] = peakScale }
        }
        var linear = (a: 0.0, b: 0.0)
        if let b = layout.backgroundIndex {
            let line = try LinearBackground.estimate(energies: energies, intensities: intensities, endPointCount: min(5, n))
            linear = (line.reduce(0, +) / Double(n), 0)
            if let first = energies.first, let last = energies.last, let l0 = line.first, let l1 = line.last {
                linear.b = (l1 - l0) / (last - first)
            }
            scale[b] = peakScale
            scale[b + 1] = peakScale / max(range, 1e-300)
        }
        for (i, s) in start.enumerated() {
            for (name, v) in [("center", s.center), ("width", s.width), ("height", s.height)] where !v.isFinite {
                throw FittingError.invalidParameter(name: "start[\(i)].\(name)", found: "\(v)", expected: "a finite number")
            }
        }
        var theta0 = model.theta(from: start, layout: layout, linear: linear)
        for j in theta0.indices { theta0[j] = min(max(theta0[j], lower[j]), upper[j]) }

        func evaluate(_ theta: [Double]) throws -> (components: [[Double]], background: [Double]) {
            let peaks = model.peakParameters(theta, layout: layout)
            var components = [[Double]]()
            for (i, p) in peaks.enumerated() {
                let profile = model.peaks[i].kind.shape(width: p.width).profile()
                components.append(energies.map { p.height * profile($0 - p.center) })
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
        let ls = try solver.minimize(observations: intensities, weights: weights, start: theta0,
                                     lower: lower, upper: upper, typicalScale: scale) { theta in
            let (components, bg) = try evaluate(theta)
            var total = bg
            for c in components { for k in 0..<n { total[k] += c[k] } }
            return total
        }
        let (components, bg) = try evaluate(ls.parameters)
        return FitResult(peaks: model.peakParameters(ls.parameters, layout: layout), components: components,
                         background: bg, fit: ls.fitted, residual: ls.residuals,
                         parameters: layout.names.indices.map {
                             FittedParameter(name: layout.names[$0], value: ls.parameters[$0], standardError: ls.standardErrors[$0],
                                             atBound: abs(ls.parameters[$0] - lower[$0]) <= 1e-6 * scale[$0]
                                                 || abs(ls.parameters[$0] - upper[$0]) <= 1e-6 * scale[$0])
                         },
                         chiSquared: ls.chiSquared, reducedChiSquared: ls.reducedChiSquared,
                         iterations: ls.iterations, leastSquares: ls)
    }

    /// The active Shirley background of `BackgroundModel.shirleyRefined` for the given peak
    /// components (trapezoidal integration on the data grid, either energy order).
    static func activeShirley(energies: [Double], intensities: [Double], components: [[Double]]) -> [Double] {
        let n = energies.count
        let ascendingOrder = n < 2 || energies[1] > energies[0]
        let order = ascendingOrder ? Array(0..<n) : Array((0..<n).reversed())
        let m = min(5, n)
        let low = order.prefix(m).map { intensities[$0] }.reduce(0, +) / Double(m)
        let high = order.suffix(m).map { intensities[$0] }.reduce(0, +) / Double(m)
        var sum = [Double](repeating: 0, count: n)
        for c in components { for k in 0..<n { sum[k] += c[k] } }
        var cumulative = [Double](repeating: 0, count: n)
        for t in 1..<max(n, 1) {
            let a = order[t - 1], b = order[t]
            cumulative[b] = cumulative[a] + 0.5 * (sum[a] + sum[b]) * abs(energies[b] - energies[a])
        }
        let total = n > 0 ? cumulative[order[n - 1]] : 0
        guard total > 0 else { return [Double](repeating: low, count: n) }
        return cumulative.map { low + (high - low) * $0 / total }
    }

    /// The fixed background on the data grid, or nil for `none` and `linear`.
    func fixedBackground(_ model: BackgroundModel, energies: [Double], intensities: [Double]) throws -> [Double]? {
        let n = energies.count
        let descending = n > 1 && energies[1] < energies[0]
        func ascending(_ x: [Double]) -> [Double] { descending ? x.reversed() : x }
        switch model {
        case .none, .linear, .shirleyRefined:
            return nil
        case .fixed(let b):
            guard b.count == n else { throw FittingError.lengthMismatch(field: "background", found: b.count, expected: n) }
            try requireFinite(b, field: "background")
            return b
        case .shirley:
            return ascending(try ShirleyBackground().estimate(energies: ascending(energies), intensities: ascending(intensities)))
        case .tougaard:
            let spectrum = try Spectrum(energies: ascending(energies), intensities: ascending(intensities))
            return ascending(try TougaardBackground.universal.estimate(spectrum).background)
        }
    }
}
