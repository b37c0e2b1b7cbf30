import Foundation

// Independent numerical references for the physics tests: plain sampling and quadrature,
// sharing no code with the module under test.

/// Composite Simpson rule on [a, b] with an even number of intervals.
func simpson(_ a: Double, _ b: Double, intervals: Int, _ f: (Double) -> Double) -> Double {
    let n = intervals % 2 == 0 ? intervals : intervals + 1
    let h = (b - a) / Double(n)
    var s = f(a) + f(b)
    for i in 1..<n { s += (i % 2 == 1 ? 4 : 2) * f(a + Double(i) * h) }
    return s * h / 3
}

/// Full width at half maximum of f sampled every `step` on [lo, hi], half-maximum crossings
/// located by linear interpolation between samples.
func measuredFWHM(from lo: Double, to hi: Double, step: Double, _ f: (Double) -> Double) -> Double {
    let n = Int(((hi - lo) / step).rounded()) + 1
    let x = (0..<n).map { lo + Double($0) * step }
    let y = x.map(f)
    let top = y.indices.max { y[$0] < y[$1] }!
    let half = y[top] / 2
    var left = top
    while left > 0 && y[left] > half { left -= 1 }
    var right = top
    while right < n - 1 && y[right] > half { right += 1 }
    precondition(left > 0 && right < n - 1, "sampling window too narrow for the FWHM")
    let xl = x[left] + (half - y[left]) / (y[left + 1] - y[left]) * step
    let xr = x[right - 1] + (half - y[right - 1]) / (y[right] - y[right - 1]) * step
    return xr - xl
}

/// Position of the largest sample of f on [lo, hi] every `step`, refined by a parabola
/// through the three samples around it.
func measuredMaximum(from lo: Double, to hi: Double, step: Double, _ f: (Double) -> Double) -> Double {
    let n = Int(((hi - lo) / step).rounded()) + 1
    let y = (0..<n).map { f(lo + Double($0) * step) }
    let top = y.indices.max { y[$0] < y[$1] }!
    precondition(top > 0 && top < n - 1, "maximum at the window edge")
    let (a, b, c) = (y[top - 1], y[top], y[top + 1])
    return lo + (Double(top) + 0.5 * (a - c) / (a - 2 * b + c)) * step
}

func relativeError(_ a: Double, _ b: Double) -> Double { abs(a - b) / max(abs(b), .leastNormalMagnitude) }
