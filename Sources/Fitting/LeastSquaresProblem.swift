import Foundation

/// Validated data, weights and bounds of one least-squares problem.
struct Box {
    let y: [Double]
    let w: [Double]
    let lower: [Double]
    let upper: [Double]
    let scale: [Double]
    let names: [String]?

    init(
        observations y: [Double], weights: [Double]?, start: [Double], lower: [Double]?, upper: [Double]?,
        typicalScale: [Double]?, names: [String]?
    ) throws {
        let n = y.count, p = start.count
        guard n > 0 else { throw FittingError.emptyData }
        guard p > 0 else { throw FittingError.invalidParameter(name: "start", found: "0 parameters", expected: "at least one") }
        guard n > p else { throw FittingError.tooFewPoints(points: n, parameters: p) }
        try requireFinite(y, field: "observations")
        let w = weights ?? [Double](repeating: 1, count: n)
        guard w.count == n else { throw FittingError.lengthMismatch(field: "weights", found: w.count, expected: n) }
        for (i, v) in w.enumerated() where !(v.isFinite && v >= 0) {
            throw FittingError.invalidValue(field: "weights", index: i, found: v, expected: "a finite weight ≥ 0")
        }
        let lo = lower ?? [Double](repeating: -.infinity, count: p)
        let hi = upper ?? [Double](repeating: .infinity, count: p)
        let scale = typicalScale ?? [Double](repeating: 1, count: p)
        for (name, a) in [("lower", lo), ("upper", hi), ("typicalScale", scale)] where a.count != p {
            throw FittingError.lengthMismatch(field: name, found: a.count, expected: p)
        }
        if let names, names.count != p { throw FittingError.lengthMismatch(field: "names", found: names.count, expected: p) }
        try requireFinite(start, field: "start")
        for j in 0..<p {
            let name = names?[j] ?? "θ[\(j)]"
            guard !lo[j].isNaN, !hi[j].isNaN, lo[j] < hi[j] else {
                throw FittingError.invalidParameter(name: "bounds of \(name)", found: "[\(lo[j]), \(hi[j])]", expected: "lower < upper")
            }
            guard start[j] >= lo[j], start[j] <= hi[j] else {
                throw FittingError.invalidParameter(name: "start of \(name)", found: "\(start[j])", expected: "within [\(lo[j]), \(hi[j])]")
            }
            guard scale[j].isFinite, scale[j] > 0 else {
                throw FittingError.invalidParameter(name: "typicalScale of \(name)", found: "\(scale[j])", expected: "a positive finite scale")
            }
        }
        (self.y, self.w, self.lower, self.upper, self.scale, self.names) = (y, w, lo, hi, scale, names)
    }

    func name(_ j: Int) -> String { names?[j] ?? "θ[\(j)]" }

    /// χ² = Σ wᵢ (yᵢ − fᵢ)².
    func chiSquared(_ f: [Double]) -> Double {
        var s = 0.0
        for i in y.indices { let r = y[i] - f[i]; s += w[i] * r * r }
        return s
    }

    /// One transform per parameter, or nil when bounds are kept by projection.
    func transforms(_ handling: BoundHandling) -> [BoundTransform]? {
        guard handling == .transform else { return nil }
        return lower.indices.map { BoundTransform(lower: lower[$0], upper: upper[$0], scale: scale[$0]) }
    }
}

/// The outcome of a converged least-squares fit.
public struct LeastSquaresResult: Sendable, Equatable {
    /// θ at the minimum.
    public let parameters: [Double]
    /// χ² = Σ wᵢ rᵢ².
    public let chiSquared: Double
    /// χ²/(N − p).
    public let reducedChiSquared: Double
    /// (JᵀWJ)⁻¹·χ²/(N − p), J with respect to θ (not the internal variables).
    public let covariance: [[Double]]
    /// (JᵀWJ)⁻¹, the covariance when the weights are exact 1/σᵢ².
    public let unscaledCovariance: [[Double]]
    /// √diag(covariance).
    public let standardErrors: [Double]
    /// rᵢ = yᵢ − f(xᵢ; θ).
    public let residuals: [Double]
    /// f(xᵢ; θ).
    public let fitted: [Double]
    /// Jacobian evaluations made.
    public let iterations: Int
    /// The test that ended the iteration.
    public let criterion: ConvergenceCriterion
    /// Relative χ² decrease of the last accepted step (∞ when no step was accepted).
    public let lastRelativeChange: Double
    /// χ² at the start and after every iteration.
    public let chiSquaredHistory: [Double]
}

func requireFinite(_ values: [Double], field: String) throws {
    for (i, v) in values.enumerated() where !v.isFinite {
        throw FittingError.invalidValue(field: field, index: i, found: v, expected: "a finite number")
    }
}
