import Foundation

// Box bounds by a change of variable, as MINUIT and lmfit do: the minimiser moves an unbounded
// internal u, the model sees the bounded external x(u).
//
// F. James, MINUIT Reference Manual (CERN D506), §1.3.1; M. Newville et al., lmfit
// (https://lmfit.github.io/lmfit-py/bounds.html). Difference from lmfit: the one-sided
// transforms use the parameter's typical scale s where lmfit uses 1, so they do not depend on
// the parameter's unit.

/// The map between an internal, unbounded value u and an external value x in [lower, upper].
struct BoundTransform: Sendable {
    let lower: Double
    let upper: Double
    /// Typical magnitude of x (same unit), used by the one-sided transforms.
    let scale: Double

    /// x(u):
    /// - both bounds: x = lower + (upper − lower)·(sin u + 1)/2;
    /// - lower only: x = lower − s + √(u² + s²);
    /// - upper only: x = upper + s − √(u² + s²);
    /// - none: x = u.
    func external(_ u: Double) -> Double {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): return lower + (upper - lower) * (sin(u) + 1) / 2
        case (true, false): return lower - scale + (u * u + scale * scale).squareRoot()
        case (false, true): return upper + scale - (u * u + scale * scale).squareRoot()
        case (false, false): return u
        }
    }

    /// u(x), the inverse of `external` on the non-negative branch (x within the bounds).
    func internalValue(_ x: Double) -> Double {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): return asin(min(max(2 * (x - lower) / (upper - lower) - 1, -1), 1))
        case (true, false): let d = max(x - lower, 0) + scale; return (d * d - scale * scale).squareRoot()
        case (false, true): let d = max(upper - x, 0) + scale; return (d * d - scale * scale).squareRoot()
        case (false, false): return x
        }
    }

    /// Typical magnitude of u: 1 rad for the sine transform, s otherwise.
    var internalScale: Double { lower.isFinite && upper.isFinite ? 1 : scale }

    /// At a bound dx/du = 0, so a start there could never leave it: starts on a bound are moved
    /// inward by 10⁻³·(upper − lower), or 10⁻²·s for a one-sided bound.
    func interiorStart(_ x: Double) -> Double {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true):
            let margin = 1e-3 * (upper - lower)
            return min(max(x, lower + margin), upper - margin)
        case (true, false): return max(x, lower + 1e-2 * scale)
        case (false, true): return min(x, upper - 1e-2 * scale)
        case (false, false): return x
        }
    }
}
