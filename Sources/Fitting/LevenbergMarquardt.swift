import Foundation

// Levenberg–Marquardt least squares with MINPACK's stopping rules.
//
// N = data points, p = free parameters; θ external (bounded) values, u the minimiser's internal ones.

/// Why a least-squares iteration ended at its optimum: MINPACK lmdif's `info` in words
/// (J. J. Moré, B. S. Garbow, K. E. Hillstrom, User Guide for MINPACK-1, ANL-80-74 (1980)).
public enum ConvergenceCriterion: String, Sendable, Equatable, CustomStringConvertible {
    /// Actual and predicted relative χ² reductions of a step both ≤ ftol (lmdif info 1).
    case chiSquaredTolerance = "ftol"
    /// The relative step max_j |Δu_j|/(|u_j| + s_j) ≤ xtol (lmdif info 2).
    case stepTolerance = "xtol"
    /// max_j |cos(angle between residual vector and Jacobian column j)| ≤ gtol (lmdif info 4).
    case gradientTolerance = "gtol"
    /// χ² = 0: the model reproduces the data exactly.
    case exactFit = "exact"
    /// No step lowers χ² even at damping 10²⁰: the minimum is reached to double precision (lmdif info 6–8).
    case noFurtherReduction = "no further reduction"
    /// The iteration cap was reached while χ² had stopped decreasing: its relative decrease over the
    /// last `stallWindow` iterations was ≤ ftol per iteration.
    case stalledAtIterationLimit = "stalled at the iteration limit"

    public var description: String {
        switch self {
        case .chiSquaredTolerance: return "relative χ² reduction ≤ ftol"
        case .stepTolerance: return "relative step ≤ xtol"
        case .gradientTolerance: return "gradient cosine ≤ gtol"
        case .exactFit: return "χ² = 0"
        case .noFurtherReduction: return "no step lowers χ² (minimum at double precision)"
        case .stalledAtIterationLimit: return "iteration limit reached with χ² no longer decreasing by more than ftol"
        }
    }
}

/// How box bounds are kept.
///
/// Projection: a parameter on a bound whose χ² gradient points out of the box is held for the
/// iteration (the step is solved for the others), then θ + δ is clamped onto the box.
/// Projection is the default: with the transform, dx/du = 0 on a bound, so a parameter whose
/// optimum lies on its bound (a component without signal, a width at its minimum) approaches it
/// only slowly — hundreds of iterations on a noiseless two-peak test where projection takes five.
public enum BoundHandling: String, Sendable, Equatable {
    /// lmfit/MINUIT change of variable (`BoundTransform`): sine for two bounds, square root for one.
    case transform
    /// θ + δ clamped onto the box after each step (a parameter can rest exactly on its bound).
    case projection
}

/// Levenberg–Marquardt minimisation of χ² = Σᵢ wᵢ·(yᵢ − f(xᵢ; θ))² over θ within box bounds.
///
/// Each iteration solves (JᵀWJ + λ·D)·δ = JᵀW·r (r = y − f, D = diag JᵀWJ) by Cholesky
/// (Marquardt, J. SIAM 11, 431 (1963)). A step that lowers χ² is taken and λ is multiplied by
/// max(⅓, 1 − (2ρ − 1)³), ρ = actual/predicted χ² reduction; a step that does not is refused and
/// λ is multiplied by ν = 2, 4, 8, … (H. B. Nielsen, IMM-REP-1999-05; Madsen, Nielsen & Tingleff,
/// Methods for non-linear least squares problems (2004), §3.2). J is a central-difference Jacobian
/// in the internal variables, h_j = `relativeStep`·max(|u_j|, s_j).
///
/// Stops with success (`ConvergenceCriterion`) as MINPACK's lmdif does, with its default
/// tolerances ftol = xtol = 1.49012·10⁻⁸ (√ε) and gtol = 0:
/// - ftol: actual relative reduction |1 − χ²_new/χ²| ≤ ftol, predicted relative reduction
///   (2δᵀJᵀWr − δᵀJᵀWJδ)/χ² ≤ ftol (δ the step taken), and actual/predicted ≤ 2;
/// - xtol: max_j |δ_j|/(|u_j| + s_j) ≤ xtol (per parameter, where lmdif uses a scaled norm);
/// - gtol: max_j |(JᵀWr)_j|/√((JᵀWJ)_jj·χ²) ≤ gtol;
/// - at `maxIterations`, when χ² decreased by ≤ ftol per iteration over the last `stallWindow`
///   iterations. Otherwise the cap throws `FittingError.notConverged` — never a silent unconverged answer.
///
/// Covariance = (JᵀWJ)⁻¹·χ²_ν with J taken in the external (real) parameters at the minimum
/// (χ²_ν = χ²/(N − p)); with weights 1/σᵢ² of known σ one may prefer (JᵀWJ)⁻¹ (`unscaledCovariance`).
public struct LevenbergMarquardt: Sendable {
    /// Relative χ² reduction tolerance (MINPACK ftol).
    public var ftol: Double
    /// Relative step tolerance (MINPACK xtol).
    public var xtol: Double
    /// Gradient-cosine tolerance (MINPACK gtol); 0 disables the test.
    public var gtol: Double
    /// Iterations (Jacobian evaluations) allowed; the default 1000 is lmfit's budget of
    /// 2000·(p + 1) model evaluations at 2p + 2 evaluations per central-difference iteration.
    public var maxIterations: Int
    /// Iterations over which χ²'s decrease is judged when `maxIterations` is reached.
    public var stallWindow: Int = 10
    /// Starting damping λ.
    public var initialDamping: Double
    /// Relative finite-difference step, ≈ ε^(1/3) for central differences.
    public var relativeStep: Double
    public var boundHandling: BoundHandling

    public init(
        ftol: Double = 1.49012e-8, xtol: Double = 1.49012e-8, gtol: Double = 0, maxIterations: Int = 1000,
        initialDamping: Double = 1e-3, relativeStep: Double = 6e-6, boundHandling: BoundHandling = .projection
    ) {
        self.ftol = ftol
        self.xtol = xtol
        self.gtol = gtol
        self.maxIterations = maxIterations
        self.initialDamping = initialDamping
        self.relativeStep = relativeStep
        self.boundHandling = boundHandling
    }

    /// Minimises χ² of `model(θ)` (values at every data point) against `observations`.
    ///
    /// - Parameters:
    ///   - observations: yᵢ, finite.
    ///   - weights: wᵢ ≥ 0 and finite (nil: all 1).
    ///   - start: θ₀, inside the bounds.
    ///   - lower, upper: bounds per parameter (±∞ allowed), lower < upper.
    ///   - typicalScale: per-parameter scale for steps of parameters near 0 (nil: all 1).
    ///   - names: parameter names for error messages (nil: θ[j]).
    ///   - model: θ ↦ f(x; θ) at every data point; must return `observations.count` finite values.
    public func minimize(
        observations y: [Double], weights: [Double]? = nil, start: [Double],
        lower: [Double]? = nil, upper: [Double]? = nil, typicalScale: [Double]? = nil,
        names: [String]? = nil, model: ([Double]) throws -> [Double]
    ) throws -> LeastSquaresResult {
        let box = try Box(
            observations: y, weights: weights, start: start, lower: lower, upper: upper,
            typicalScale: typicalScale, names: names)
        let n = y.count
        func evaluate(_ theta: [Double]) throws -> [Double] {
            let f = try model(theta)
            guard f.count == n else { throw FittingError.lengthMismatch(field: "model values", found: f.count, expected: n) }
            try requireFinite(f, field: "model values")
            return f
        }
        let transforms = box.transforms(boundHandling)
        let external: ([Double]) -> [Double] = { u in
            transforms.map { t in zip(t, u).map { $0.external($1) } } ?? u
        }
        var u = transforms.map { t in zip(t, start).map { $0.internalValue($0.interiorStart($1)) } } ?? start
        if transforms == nil { u = zip(u, box.lower.indices).map { min(max($0, box.lower[$1]), box.upper[$1]) } }
        let state = try iterate(box, start: u, external: external, evaluate: evaluate)
        return try finish(box, state, external: external, evaluate: evaluate)
    }

    /// The main loop; returns the internal optimum and how it was reached.
    // size: kernel — one Levenberg–Marquardt iteration with its damping and stopping tests.
    func iterate(
        _ box: Box, start: [Double], external: ([Double]) -> [Double],
        evaluate: ([Double]) throws -> [Double]
    ) throws -> IterationState {
        let p = start.count, n = box.y.count
        let projecting = boundHandling == .projection
        let scale = projecting ? box.scale : (transforms(box) ?? []).map(\.internalScale)
        let lo = projecting ? box.lower : [Double](repeating: -.infinity, count: p)
        let hi = projecting ? box.upper : [Double](repeating: .infinity, count: p)
        var s = IterationState(u: start, f: try evaluate(external(start)), lambda: initialDamping)
        s.chi2 = box.chiSquared(s.f)
        s.history = [s.chi2]
        if s.chi2 == 0 { s.criterion = .exactFit }
        while s.criterion == nil && s.iterations < maxIterations {
            s.iterations += 1
            let jacobian = try numericJacobian(s.u, lo: lo, hi: hi, scale: scale) { try evaluate(external($0)) }
            let (alpha, beta) = normalEquations(jacobian, residuals: (0..<n).map { box.y[$0] - s.f[$0] }, weights: box.w)
            let maxDiagonal = (0..<p).map { alpha[$0][$0] }.max() ?? 0
            guard maxDiagonal > 0 else { throw FittingError.singularMatrix(context: "the model does not depend on any parameter") }
            var cosine = 0.0
            for j in 0..<p where alpha[j][j] > 0 { cosine = max(cosine, abs(beta[j]) / (alpha[j][j] * s.chi2).squareRoot()) }
            if cosine <= gtol { s.criterion = .gradientTolerance; break }
            let damping = (0..<p).map { max(alpha[$0][$0], 1e-12 * maxDiagonal) }
            // Parameters on a bound whose gradient points outward are held there for this iteration.
            let held = (0..<p).filter { (s.u[$0] <= lo[$0] && beta[$0] <= 0) || (s.u[$0] >= hi[$0] && beta[$0] >= 0) }
            while true {
                var damped = alpha, rhs = beta
                for j in 0..<p { damped[j][j] += s.lambda * damping[j] }
                for j in held {
                    for k in 0..<p { damped[j][k] = 0; damped[k][j] = 0 }
                    damped[j][j] = damping[j]
                    rhs[j] = 0
                }
                guard let delta = choleskySolve(damped, rhs) else {
                    s.lambda *= 10
                    if s.lambda > 1e20 { throw FittingError.singularMatrix(context: "damped normal matrix at iteration \(s.iterations)") }
                    continue
                }
                var trial = s.u
                for j in 0..<p { trial[j] = min(max(s.u[j] + delta[j], lo[j]), hi[j]) }
                let step = (0..<p).map { trial[$0] - s.u[$0] }
                s.lastStep = (0..<p).map { abs(step[$0]) / (abs(s.u[$0]) + scale[$0]) }.max() ?? 0
                let trialF = try evaluate(external(trial))
                let trialChi2 = box.chiSquared(trialF)
                // Reduction of the linearised χ² for the step taken (clamped or not): 2·ΔᵀJᵀWr − ΔᵀJᵀWJΔ.
                var predicted = 0.0
                for a in 0..<p {
                    predicted += 2 * step[a] * beta[a]
                    for b in 0..<p { predicted -= step[a] * alpha[a][b] * step[b] }
                }
                predicted /= s.chi2
                let actual = 1 - trialChi2 / s.chi2
                let accepted = trialChi2 < s.chi2
                if accepted {
                    s.lastChange = actual
                    s.u = trial; s.f = trialF; s.chi2 = trialChi2
                    let gain = predicted > 0 ? actual / predicted : 1
                    s.lambda = max(s.lambda * max(1.0 / 3, 1 - pow(2 * gain - 1, 3)), 1e-12)
                    s.growth = 2
                }
                if s.chi2 == 0 {
                    s.criterion = .exactFit
                } else if abs(actual) <= ftol && predicted >= 0 && predicted <= ftol && (predicted == 0 || actual / predicted <= 2) {
                    s.criterion = .chiSquaredTolerance
                } else if s.lastStep <= xtol {
                    s.criterion = .stepTolerance
                }
                if accepted || s.criterion != nil { break }
                s.lambda *= s.growth
                s.growth *= 2
                if s.lambda > 1e20 { s.criterion = .noFurtherReduction; break }
            }
            s.history.append(s.chi2)
        }
        if s.criterion == nil {
            guard LevenbergMarquardt.stalled(s.history, window: stallWindow, ftol: ftol) else {
                throw FittingError.notConverged(iterations: s.iterations, chiSquared: s.chi2, relativeChange: s.lastChange, relativeStep: s.lastStep)
            }
            s.criterion = .stalledAtIterationLimit
        }
        return s
    }

    func transforms(_ box: Box) -> [BoundTransform]? { box.transforms(boundHandling) }

    /// Whether χ² (`history`: at the start and after every iteration) fell by at most ftol per
    /// iteration, relatively, over the last `window` iterations.
    static func stalled(_ history: [Double], window: Int, ftol: Double) -> Bool {
        let k = min(window, history.count - 1)
        guard k > 0, let last = history.last, last > 0 else { return false }
        return (history[history.count - 1 - k] - last) / last <= Double(k) * ftol
    }

    /// Covariance in the external parameters at the optimum, and the result.
    func finish(
        _ box: Box, _ s: IterationState, external: ([Double]) -> [Double],
        evaluate: ([Double]) throws -> [Double]
    ) throws -> LeastSquaresResult {
        let n = box.y.count, p = s.u.count
        let theta = zip(external(s.u), 0..<p).map { min(max($0, box.lower[$1]), box.upper[$1]) }
        let jacobian = try numericJacobian(theta, lo: box.lower, hi: box.upper, scale: box.scale, evaluate: evaluate)
        let (alpha, _) = normalEquations(jacobian, residuals: [Double](repeating: 0, count: n), weights: box.w)
        let inverse: [[Double]]
        switch choleskyInverse(alpha) {
        case .success(let m): inverse = m
        case .failure(let failure):
            throw FittingError.singularCovariance(parameter: box.name(failure.pivot), optimum: theta, chiSquared: s.chi2)
        }
        let reduced = s.chi2 / Double(n - p)
        let covariance = inverse.map { $0.map { $0 * reduced } }
        return LeastSquaresResult(
            parameters: theta, chiSquared: s.chi2, reducedChiSquared: reduced,
            covariance: covariance, unscaledCovariance: inverse,
            standardErrors: (0..<p).map { covariance[$0][$0].squareRoot() },
            residuals: (0..<n).map { box.y[$0] - s.f[$0] }, fitted: s.f, iterations: s.iterations,
            criterion: s.criterion ?? .noFurtherReduction, lastRelativeChange: s.lastChange,
            chiSquaredHistory: s.history)
    }

    /// Central-difference Jacobian J[i][j] = ∂f_i/∂θ_j, one-sided where θ_j ± h would leave the bounds.
    func numericJacobian(
        _ theta: [Double], lo: [Double], hi: [Double], scale: [Double],
        evaluate: ([Double]) throws -> [Double]
    ) throws -> [[Double]] {
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

/// The minimiser's running state.
struct IterationState {
    var u: [Double]
    var f: [Double]
    var chi2 = 0.0
    var lambda: Double
    /// Factor for λ after the next rejected step (Nielsen: doubles with every rejection in a row).
    var growth = 2.0
    var iterations = 0
    var lastChange = Double.infinity
    var lastStep = Double.infinity
    var history = [Double]()
    var criterion: ConvergenceCriterion?

    init(u: [Double], f: [Double], lambda: Double) {
        self.u = u
        self.f = f
        self.lambda = lambda
    }
}
