import Foundation

/// The Doniach–Šunjić line at unit height, on the binding-energy scale.
///
/// DS(x) = cos[πα/2 + (1 − α)·θ]·cos^(1−α)(θ), θ = arctan(−x/γ), x = E − E₀ (eV), γ = F_L/2;
/// (cos^(1−α)θ = (γ²/(γ² + x²))^((1−α)/2)). The slowly falling tail, ∝ |x|^(α−1), lies at
/// x > 0 (higher binding energy). Setting dDS/dθ = 0 gives θ* = −πα/(2(2 − α)): the maximum
/// lies at x* = γ·tan(πα/(2(2 − α))) and equals cos^(2−α)(θ*), by which the line is divided.
/// Doniach & Šunjić, J. Phys. C 3, 285 (1970).
struct DoniachSunjic {
    let gamma: Double
    let alpha: Double
    let phase: Double
    let exponent: Double
    let norm: Double
    let maximumOffset: Double

    init(lorentzianFWHM: Double, asymmetry alpha: Double) {
        gamma = lorentzianFWHM / 2
        self.alpha = alpha
        phase = Double.pi * alpha / 2
        exponent = (1 - alpha) / 2
        let thetaStar = -Double.pi * alpha / (2 * (2 - alpha))
        norm = 1 / pow(cos(thetaStar), 2 - alpha)
        maximumOffset = -gamma * tan(thetaStar)
    }

    @inline(__always) func value(_ x: Double) -> Double {
        let u = -x / gamma
        let c2 = 1 / (1 + u * u)
        return cos(phase + (1 - alpha) * atan(u)) * pow(c2, exponent) * norm
    }
}

/// A Doniach–Šunjić line convolved with a unit-area Gaussian of FWHM F_G, renormalised to
/// unit height.
///
/// (DS ∗ G)(x) = ∫ DS(x − t)·G(t) dt by the trapezoidal rule on t = k·h, |t| ≤ 7σ, with
/// h ≤ min(σ, γ)/4: the integrand is analytic, so the error falls as exp(−2π·min(σ, γ)/h)
/// (below 10⁻⁹ of the height), and the discrete weights are normalised to sum 1. The height
/// is the maximum located by a scan and a golden-section search.
struct BroadenedDoniachSunjic {
    let line: DoniachSunjic
    let sigma: Double
    let targetStep: Double
    let weights: [Double]
    let halfWidth: Int
    let norm: Double
    let maximumOffset: Double

    init(lorentzianFWHM: Double, asymmetry: Double, gaussianFWHM: Double) {
        line = DoniachSunjic(lorentzianFWHM: lorentzianFWHM, asymmetry: asymmetry)
        sigma = gaussianSigma(fwhm: gaussianFWHM)
        targetStep = min(sigma, line.gamma) / 4
        (weights, halfWidth) = BroadenedDoniachSunjic.gaussianWeights(sigma: sigma, step: targetStep)

        // Locate the maximum of the unnormalised convolution.
        let line = self.line, weights = self.weights, halfWidth = self.halfWidth, h = targetStep
        func raw(_ x: Double) -> Double {
            var s = 0.0
            for k in -halfWidth...halfWidth { s += weights[k + halfWidth] * line.value(x - Double(k) * h) }
            return s
        }
        let width = lorentzianFWHM + gaussianFWHM
        let scanCount = 40
        let scanStart = line.maximumOffset - 2 * width, scanStep = 4 * width / Double(scanCount)
        var best = 0, bestValue = -Double.infinity
        for i in 0...scanCount {
            let v = raw(scanStart + Double(i) * scanStep)
            if v > bestValue { bestValue = v; best = i }
        }
        var a = scanStart + Double(best - 1) * scanStep, b = scanStart + Double(best + 1) * scanStep
        let ratio = (5.0.squareRoot() - 1) / 2
        var c = b - ratio * (b - a), d = a + ratio * (b - a)
        var fc = raw(c), fd = raw(d)
        while b - a > 1e-9 * width {
            if fc > fd {
                b = d; d = c; fd = fc; c = b - ratio * (b - a); fc = raw(c)
            } else {
                a = c; c = d; fc = fd; d = a + ratio * (b - a); fd = raw(d)
            }
        }
        let xMax = (a + b) / 2
        maximumOffset = xMax
        norm = 1 / max(raw(xMax), bestValue)
    }

    /// wₖ ∝ exp(−(k·h)²/(2σ²)), |k| ≤ ⌈7σ/h⌉, Σ wₖ = 1.
    static func gaussianWeights(sigma: Double, step h: Double) -> ([Double], Int) {
        let half = Int((7 * sigma / h).rounded(.up))
        var w = [Double](repeating: 0, count: 2 * half + 1)
        var total = 0.0
        for k in -half...half {
            let t = Double(k) * h / sigma
            w[k + half] = exp(-0.5 * t * t)
            total += w[k + half]
        }
        for i in w.indices { w[i] /= total }
        return (w, half)
    }

    func value(_ x: Double) -> Double {
        var s = 0.0
        for k in -halfWidth...halfWidth { s += weights[k + halfWidth] * line.value(x - Double(k) * targetStep) }
        return s * norm
    }

    /// values[i] += height·(DS ∗ G)(x₀ + i·Δ): the line is tabulated once on a grid of step
    /// Δ/r ≤ h and the convolution read off it, so each point costs 2K + 1 multiply–adds.
    func accumulate(
        into values: UnsafeMutableBufferPointer<Double>, firstOffset x0: Double, step: Double,
        height: Double
    ) {
        let n = values.count
        guard n > 0 else { return }
        let r = max(1, Int((step / targetStep).rounded(.up)))
        let h = step / Double(r)
        let (w, half) = BroadenedDoniachSunjic.gaussianWeights(sigma: sigma, step: h)
        let fineCount = (n - 1) * r + 2 * half + 1
        var fine = [Double](repeating: 0, count: fineCount)
        for j in 0..<fineCount { fine[j] = line.value(x0 + Double(j - half) * h) }
        let scale = height * norm
        fine.withUnsafeBufferPointer { f in
            w.withUnsafeBufferPointer { w in
                for i in 0..<n {
                    // Σₖ w(k)·line(xᵢ − k·h), xᵢ − k·h ↦ fine index i·r + half − k; w symmetric.
                    values[i] += scale * dot(w, f, offset: i * r)
                }
            }
        }
    }
}

/// Σₖ w[k]·x[offset + k] over k < w.count, with four partial sums.
@inline(__always) func dot(_ w: UnsafeBufferPointer<Double>, _ x: UnsafeBufferPointer<Double>, offset: Int) -> Double {
    let n = w.count
    var s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0
    var k = 0
    while k + 3 < n {
        s0 += w[k] * x[offset + k]
        s1 += w[k + 1] * x[offset + k + 1]
        s2 += w[k + 2] * x[offset + k + 2]
        s3 += w[k + 3] * x[offset + k + 3]
        k += 4
    }
    while k < n { s0 += w[k] * x[offset + k]; k += 1 }
    return (s0 + s1) + (s2 + s3)
}
