import Foundation

/// Levenberg–Marquardt minimisation of χ² = Σᵢ wᵢ·(yᵢ − f(xᵢ; θ))² over θ within box bounds.
///
/// Each iteration solves (JᵀWJ + λ·diag(JᵀWJ))·δ = JᵀW·r (r = y − f) by Cholesky and projects
/// θ + δ onto the bounds (clamping). λ is divided by 10 after a step that lowers χ² and multiplied
/// by 10 after one that does not (Marquardt, J. SIAM 11, 431 (1963)). J is a central-difference
/// Jacobian with relative step h_j = `relativeStep`·max(|θ_j|, `typicalScale`_j), one-sided at a bound.
///
/// Convergence: a step accepted with relative χ² decrease ≤ `chiSquaredTolerance`, or any computed
/// step with max_j |δ_j|/(|θ_j| + `typicalScale`_j) ≤ `stepTolerance`, or χ² = 0. Otherwise after
/// `maxIterations` it throws `FittingError.notConverged` — never a silent unconverged answer.
///
/// Covariance = (JᵀWJ)⁻¹·χ²_ν at the minimum (χ²_ν = χ²/(N − p)); with weights 1/σᵢ² of known σ
/// one may prefer (JᵀWJ)⁻¹ alone (`unscaledCovariance`).
public struct LevenbergMarquardt: Sendable {
    /// Relative χ² decrease below which an accepted step ends the iteration.
    public var chiSquaredTolerance: Double = 1e-12
    /// Relative step size below which the iteration ends.
    public var stepTolerance: Double = 1e-10
    /// Iterations (Jacobian evaluations) allowed.
    public var maxIterations: Int = 200
    /// Starting damping λ.
    public var initialDamping: Double = 1e-3
    /// Relative finite-difference step, ≈ ε^(1/3) for central differences.
    public var relativeStep: Double = 6e-6

    public init(chiSquaredTolerance: Double = 1e-12, stepTolerance: Double = 1e-10, maxIterations: Int = 200,
                initialDamping: Double = 1e-3, relativeStep: Double = 6e-6) {
        self.chiSquaredTolerance = chiSquaredTolerance
        self.stepTolerance = stepTolerance
        self.maxIterations = maxIterations
        self.initialDamping = initialDamping
        self.relativeStep = relativeStep
    }

    /// Minimises χ² of `model(θ)` (values at every data point) against `observations`.
    ///
    /// - Parameters:
    ///   - observations: yᵢ, finite.
    ///   - weights: wᵢ ≥ 0 and finite (nil: all 1).
    ///   - start: θ₀, inside the bounds.
    ///   - lower, upper: bounds per parameter (±∞ allowed), lower < upper.
    ///   - typicalScale: per-parameter scale for steps of parameters near 0 (nil: all 1).
    ///   - model: θ ↦ f(x; θ) at every data point; must return `observations.count` finite values.
    public func minimize(observations y: [Double], weights: [Double]? = nil, start: [Double],
                         lower: [Double]? = nil, upper: [Double]? = nil, typicalScale: [Double]? = nil,
                         model: ([Double]) throws -> [Double]) throws -> LeastSquaresResult {
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
        try requireFinite(start, field: "start")
        for j in 0..<p {
            guard !lo[j].isNaN, !hi[j].isNaN, lo[j] < hi[j] else {
                throw FittingError.invalidParameter(name: "bounds[\(j)]", found: "[\(lo[j]), \(hi[j])]", expected: "lower < upper")
            }
            guard start[j] >= lo[j], start[j] <= hi[j] else {
                throw FittingError.invalidParameter(name: "start[\(j)]", found: "\(start[j])", expected: "within [\(lo[j]), \(hi[j])]")
            }
            guard scale[j].isFinite, scale[j] > 0 else {
                throw FittingError.invalidParameter(name: "typicalScale[\(j)]", found: "\(scale[j])", expected: "a positive finite scale")
            }
        }

        func evaluate(_ theta: [Double]) throws -> [Double] {
            let f = try model(theta)
            guard f.count == n else { throw FittingError.lengthMismatch(field: "model values", found: f.count, expected: n) }
            try requireFinite(f, field: "model values")
            return f
        }
        func chiSquared(_ f: [Double]) -> Double {
            var s = 0.0
            for i in 0..<n { let r = y[i] - f[i]; s += w[i] * r * r }
            return s
        }

        var theta = start
        var f = try evaluate(theta)
        var chi2 = chiSquared(f)
        var lambda = initialDamping
        var lastChange = Double.infinity, lastStep = Double.infinity
        var iterations = 0
        var converged = chi2 == 0
        var jacobian = [[Double]]()

        while !converged && iterations < maxIterations {
            iterations += 1
            jacobian = try numericJacobian(theta, lo: lo, hi: hi, scale: scale, evaluate: evaluate)
            let (alpha, beta) = normalEquations(jacobian, residuals: zip(y, f).map { $0 - $1 }, weights: w)
            let maxDiagonal = (0..<p).map { alpha[$0][$0] }.max() ?? 0
            guard maxDiagonal > 0 else { throw FittingError.singularMatrix(context: "the model does not depend on any parameter") }
            // Inner loop: raise λ until a step lowers χ², or the step becomes negligible.
            while true {
                var damped = alpha
                for j in 0..<p { damped[j][j] += lambda * max(alpha[j][j], 1e-12 * maxDiagonal) }
                guard let delta = choleskySolve(damped, beta) else {
                    lambda *= 10
                    if lambda > 1e20 { throw FittingError.singularMatrix(context: "damped normal matrix at iteration \(iterations)") }
                    continue
                }
                var trial = theta
                for j in 0..<p { trial[j] = min(max(theta[j] + delta[j], lo[j]), hi[j]) }
                lastStep = (0..<p).map { abs(trial[$0] - theta[$0]) / (abs(theta[$0]) + scale[$0]) }.max() ?? 0
                let trialF = try evaluate(trial)
                let trialChi2 = chiSquared(trialF)
                if trialChi2 < chi2 {
                    lastChange = (chi2 - trialChi2) / chi2
                    theta = trial; f = trialF; chi2 = trialChi2
                    lambda = max(lambda / 10, 1e-12)
                    if lastChange <= chiSquaredTolerance || lastStep <= stepTolerance || chi2 == 0 { converged = true }
                    break
                }
                if lastStep <= stepTolerance { converged = true; break }
                lambda *= 10
                if lambda > 1e20 { break }
            }
        }
        guard converged else {
            throw FittingError.notConverged(iterations: iterations, chiSquared: chi2, relativeChange: lastChange, relativeStep: lastStep)
        }
        jacobian = try numericJacobian(theta, lo: lo, hi: hi, scale: scale, evaluate: evaluate)
        let (alpha, _) = normalEquations(jacobian, residuals: [Double](repeating: 0, count: n), weights: w)
        guard let inverse = choleskyInverse(alpha) else {
            throw FittingError.singularMatrix(context: "covariance at the minimum")
        }
        let reduced = chi2 / Double(n - p)
        let covariance = inverse.map { $0.map { $0 * reduced } }
        return LeastSquaresResult(parameters: theta, chiSquared: chi2, reducedChiSquared: reduced,
                                  covariance: covariance, unscaledCovariance: inverse,
                                  standardErrors: (0..<p).map { covariance[$0][$0].squareRoot() },
                                  residuals: zip(y, f).map { $0 - $1 }, fitted: f, iterations: iterations)
    }

    /// Central-difference Jacobian J[i][j] = ∂f_i/∂θ_j, one-sided where θ_j ± h would leave the bounds.
    func numericJacobian(_ theta: [Double], lo: [Double], hi: [Double], scale: [Double],
                         evaluate: ([Double]) throws -> [Double]) throws -> [[Double]] {
        let p = theta.count
        var columns = [[Double]]()
        columns.reserveCapacity(p)
        for j in 0..<p {
            let h = relativeStep * max(abs(theta[j]), scale[j])
            var plus = theta, minus = theta
            plus[j] = min(theta[j] + h, hi[j])
            minus[j] = max(theta[j] - h, lo[j])
            if plus[j] == theta[j] { minus[j] = max(theta[j] - 2 * h, lo[j]) }
            if minus[j] == theta[j] { plus[j] = min(theta[j] + 2 * h, hi[j]) }
            let fp = try evaluate(plus), fm = try evaluate(minus)
            let d = plus[j] - minus[j]
            columns.append(zip(fp, fm).map { ($0 - $1) / d })
        }
        let n = columns[0].count
        return (0..<n).map { i in (0..<p).map { columns[$0][i] } }
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
    /// (JᵀWJ)⁻¹·χ²/(N − p).
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
}

func requireFinite(_ values: [Double], field: String) throws {
    for (i, v) in values.enumerated() where !v.isFinite {
        throw FittingError.invalidValue(field: field, index: i, found: v, expected: "a finite number")
    }
}

/// JᵀWJ and JᵀW·r.
func normalEquations(_ jacobian: [[Double]], residuals r: [Double], weights w: [Double]) -> ([[Double]], [Double]) {
    let p = jacobian.first?.count ?? 0
    var alpha = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    var beta = [Double](repeating: 0, count: p)
    for (i, row) in jacobian.enumerated() where w[i] != 0 {
        for a in 0..<p {
            let wa = w[i] * row[a]
            beta[a] += wa * r[i]
            for b in 0...a { alpha[a][b] += wa * row[b] }
        }
    }
    for a in 0..<p { for b in 0..<a { alpha[b][a] = alpha[a][b] } }
    return (alpha, beta)
}

/// Lower-triangular L with A = LLᵀ, or nil when A is not numerically positive definite.
func cholesky(_ a: [[Double]]) -> [[Double]]? {
    let p = a.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    let maxDiagonal = (0..<p).map { abs(a[$0][$0]) }.max() ?? 0
    for i in 0..<p {
        for j in 0...i {
            var s = a[i][j]
            for k in 0..<j { s -= l[i][k] * l[j][k] }
            if i == j {
                guard s > 1e-14 * maxDiagonal, s.isFinite else { return nil }
                l[i][i] = s.squareRoot()
            } else {
                l[i][j] = s / l[j][j]
            }
        }
    }
    return l
}

func choleskySolve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    guard let l = cholesky(a) else { return nil }
    return solve(l, b)
}

private func solve(_ l: [[Double]], _ b: [Double]) -> [Double] {
    let p = b.count
    var z = b
    for i in 0..<p {
        for k in 0..<i { z[i] -= l[i][k] * z[k] }
        z[i] /= l[i][i]
    }
    for i in stride(from: p - 1, through: 0, by: -1) {
        for k in (i + 1)..<p { z[i] -= l[k][i] * z[k] }
        z[i] /= l[i][i]
    }
    return z
}

func choleskyInverse(_ a: [[Double]]) -> [[Double]]? {
    guard let l = cholesky(a) else { return nil }
    let p = a.count
    var columns = [[Double]]()
    for j in 0..<p {
        var e = [Double](repeating: 0, count: p)
        e[j] = 1
        columns.append(solve(l, e))
    }
    return (0..<p).map { i in (0..<p).map { columns[$0][i] } }
}
