import Foundation

/// The Faddeeva function w(z) = exp(−z²)·erfc(−iz) in the closed upper half plane.
///
/// Weideman's rational expansion with N = 32 terms (J. A. C. Weideman, "Computation of the
/// complex error function", SIAM J. Numer. Anal. 31, 1497 (1994)):
/// w(z) ≈ 2·p(Z)/(L − iz)² + π^(−1/2)/(L − iz), Z = (L + iz)/(L − iz), L = 2^(−1/4)·√N,
/// p(Z) = Σₙ₌₁ᴺ aₙ Zⁿ⁻¹. Measured against SciPy's `wofz` (S. G. Johnson's Faddeeva package) on
/// 0 ≤ x ≤ 10⁴, 0 ≤ y ≤ 10³: relative error of Re w ≤ 10⁻¹³ on the imaginary axis (the
/// Voigt peak), ≤ 2·10⁻¹⁰ for |x| < 3, absolute error ≤ 10⁻¹³·max Re w everywhere.
/// Not guaranteed: relative accuracy of Re w far in the tails of a nearly pure Gaussian
/// (y → 0, |x| ≫ 1), where Re w ≈ exp(−x²) underflows the absolute error.
public enum Faddeeva {
    static let termCount = 32
    static let scaleL: Double = (Double(termCount) / 2.0.squareRoot()).squareRoot()

    /// aₙ = (1/2M) Σₖ f(tₖ) cos(nθₖ), k = −M+1 … M−1, M = 2N, θₖ = kπ/M,
    /// tₖ = L tan(θₖ/2), f(t) = exp(−t²)(L² + t²). Index 0 holds a₁.
    static let coefficients: [Double] = {
        let n = termCount, m = 2 * termCount
        let l = scaleL
        var a = [Double](repeating: 0, count: n)
        for term in 1...n {
            var sum = 0.0
            for k in (-m + 1)...(m - 1) {
                let theta = Double(k) * Double.pi / Double(m)
                let t = l * tan(theta / 2)
                sum += exp(-t * t) * (l * l + t * t) * cos(Double(term) * theta)
            }
            a[term - 1] = sum / Double(2 * m)
        }
        return a
    }()

    /// w(x + iy) for y ≥ 0, as (real, imaginary).
    public static func w(x: Double, y: Double) -> (re: Double, im: Double) {
        evaluate(x: x, y: y, coefficients: coefficients, l: scaleL)
    }

    /// Re w(iy) = exp(y²)·erfc(y), the scaled complementary error function, for y ≥ 0.
    public static func erfcx(_ y: Double) -> Double {
        w(x: 0, y: y).re
    }

    static func evaluate(x: Double, y: Double, coefficients a: [Double], l: Double)
        -> (re: Double, im: Double)
    {
        // d = L − iz = (L + y) − ix ;  Z = (L + iz)/d = ((L − y) + ix)/d
        let dr = l + y, di = -x
        let nr = l - y, ni = x
        let dd = dr * dr + di * di
        let zr = (nr * dr + ni * di) / dd
        let zi = (ni * dr - nr * di) / dd
        // Horner: p = a_N Z^(N−1) + … + a_1
        var pr = a[a.count - 1], pi = 0.0
        var k = a.count - 2
        while k >= 0 {
            let tr = pr * zr - pi * zi + a[k]
            pi = pr * zi + pi * zr
            pr = tr
            k -= 1
        }
        // 1/d and 1/d²
        let ir = dr / dd, ii = -di / dd
        let i2r = ir * ir - ii * ii, i2i = 2 * ir * ii
        let invSqrtPi = 0.564_189_583_547_756_286_948
        let re = 2 * (pr * i2r - pi * i2i) + invSqrtPi * ir
        let im = 2 * (pr * i2i + pi * i2r) + invSqrtPi * ii
        return (re, im)
    }
}
