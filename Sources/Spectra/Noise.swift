import Foundation
import Tensors

// Noise models. Every draw comes from a caller-supplied SeededRandom, so a spectrum is a
// function of its seed.
//
// L = energy points.

/// Poisson-distributed integers from a SeededRandom.
///
/// λ < 10: inversion by sequential search (Knuth, TAOCP vol. 2, 3.4.1). λ ≥ 10: PTRS, the
/// transformed rejection with squeeze of W. Hörmann, "The transformed rejection method for
/// generating Poisson random variables", Insurance: Math. Econ. 12, 39 (1993), constants as
/// published. Exact in distribution for every λ ≥ 0 (up to floating point).
public enum PoissonSampler {
    /// One draw with mean `mean` (λ ≥ 0, finite), as a Double holding an integer.
    public static func sample(mean lambda: Double, using rng: inout SeededRandom) -> Double {
        precondition(lambda.isFinite && lambda >= 0, "Poisson mean must be finite and ≥ 0, got \(lambda)")
        if lambda == 0 { return 0 }
        return lambda < 10 ? inversion(lambda, &rng) : transformedRejection(lambda, &rng)
    }

    static func inversion(_ lambda: Double, _ rng: inout SeededRandom) -> Double {
        let u = rng.nextUnit()
        var k = 0.0
        var p = exp(-lambda)
        var cumulative = p
        // The cap only guards against rounding (cumulative stalling just below u ≈ 1).
        while u > cumulative && k < 1000 {
            k += 1
            p *= lambda / k
            cumulative += p
        }
        return k
    }

    static func transformedRejection(_ lambda: Double, _ rng: inout SeededRandom) -> Double {
        let sqrtLambda = lambda.squareRoot()
        let logLambda = log(lambda)
        let b = 0.931 + 2.53 * sqrtLambda
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = rng.nextUnit() - 0.5
            let v = rng.nextUnit()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + lambda + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return k }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -lambda + k * logLambda - logFactorial(k) {
                return k
            }
        }
    }

    /// ln k! for integer k ≥ 0: a table below 16, Stirling's series (to 1/k⁷) above
    /// (absolute error < 10⁻¹⁴).
    static func logFactorial(_ k: Double) -> Double {
        if k < 16 { return smallLogFactorials[Int(k)] }
        let x = k + 1
        let inv = 1 / x, inv2 = inv * inv
        return (x - 0.5) * log(x) - x + 0.918_938_533_204_672_742  // ½ln(2π)
            + inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 / 1680)))
    }

    static let smallLogFactorials: [Double] = {
        var table = [0.0]
        for k in 1..<16 { table.append(table[k - 1] + log(Double(k))) }
        return table
    }()
}

/// Counting noise at a requested signal-to-noise ratio (DESIGN.md).
///
/// SNR = S/σ with S the net height of the strongest peak above the background and
/// σ = √(S + B) at that point (Poisson). Expected counts c·(P + B) give SNR(c) = √c·S/√(S + B),
/// so c = SNR²·(S + B)/S²; each point is then a Poisson draw with that mean.
public struct CountingNoise: Sendable, Equatable {
    /// Counts: Poisson draws of `expected`.
    public let counts: [Double]
    /// Expected counts c·(P + B).
    public let expected: [Double]
    /// c, counts per unit of the input.
    public let scale: Double
    /// Index of the strongest net signal, where S and B were read.
    public let peakIndex: Int

    /// The scale c = SNR²·(S + B)/S² and the index where S = max P and B was read.
    ///
    /// `netSignal` P is the sum of the peaks without background, `background` B ≥ 0, both in
    /// the same (arbitrary) units. Throws for a non-positive SNR, mismatched lengths, a
    /// non-positive strongest peak, or a negative expected count.
    public static func scale(netSignal: [Double], background: [Double], signalToNoise: Double) throws
        -> (scale: Double, peakIndex: Int)
    {
        guard signalToNoise.isFinite, signalToNoise > 0 else {
            throw SpectraError.invalidParameter(name: "signalToNoise", found: "\(signalToNoise)", expected: "a positive ratio")
        }
        guard netSignal.count == background.count, !netSignal.isEmpty else {
            throw SpectraError.invalidSpectrum("\(netSignal.count) signal values but \(background.count) background values")
        }
        var peak = 0
        for i in netSignal.indices {
            guard netSignal[i].isFinite, background[i].isFinite, background[i] >= 0, netSignal[i] + background[i] >= 0 else {
                throw SpectraError.invalidParameter(
                    name: "counts at point \(i)", found: "signal \(netSignal[i]), background \(background[i])",
                    expected: "finite, background ≥ 0, signal + background ≥ 0")
            }
            if netSignal[i] > netSignal[peak] { peak = i }
        }
        let s = netSignal[peak], b = background[peak]
        guard s > 0 else {
            throw SpectraError.invalidParameter(name: "netSignal", found: "maximum \(s)", expected: "a positive strongest peak")
        }
        return (signalToNoise * signalToNoise * (s + b) / (s * s), peak)
    }

    /// Scales P + B to the requested SNR and draws Poisson counts.
    public init(
        netSignal: [Double], background: [Double], signalToNoise: Double,
        using rng: inout SeededRandom
    ) throws {
        let (c, peak) = try CountingNoise.scale(
            netSignal: netSignal, background: background,
            signalToNoise: signalToNoise)
        var expected = [Double](repeating: 0, count: netSignal.count)
        var counts = expected
        for i in expected.indices {
            expected[i] = c * (netSignal[i] + background[i])
            counts[i] = PoissonSampler.sample(mean: expected[i], using: &rng)
        }
        self.counts = counts
        self.expected = expected
        self.scale = c
        self.peakIndex = peak
    }
}

/// Additive noise that does not depend on the signal.
public enum AdditiveNoise {
    /// Half-width of paper 1's uniform noise: ±0.025 (absolute, on peaks of height 0.1–1.1;
    /// the notebook draws rand()·0.05 − 0.025). Park et al., New Phys.: Sae Mulli 70, 920 (2020).
    public static let park2020HalfWidth = 0.025

    /// values[i] += N(0, σ²), σ ≥ 0 in the values' units.
    public static func addGaussian(
        to values: inout [Double], standardDeviation sigma: Double,
        using rng: inout SeededRandom
    ) throws {
        guard sigma.isFinite, sigma >= 0 else {
            throw SpectraError.invalidParameter(name: "standardDeviation", found: "\(sigma)", expected: "σ ≥ 0")
        }
        for i in values.indices { values[i] += sigma * rng.normal() }
    }

    /// values[i] += U[−a, a), a ≥ 0 in the values' units (paper 1: a = 0.025).
    public static func addUniform(
        to values: inout [Double], halfWidth a: Double,
        using rng: inout SeededRandom
    ) throws {
        guard a.isFinite, a >= 0 else {
            throw SpectraError.invalidParameter(name: "halfWidth", found: "\(a)", expected: "a ≥ 0")
        }
        for i in values.indices { values[i] += rng.uniform(-a, a) }
    }
}
