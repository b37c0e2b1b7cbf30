import Foundation
import Testing
@testable import Spectra

@Suite struct FaddeevaTests {
    @Test func matchesReferenceValues() {
        // w(z) = exp(−z²)·erfc(−iz), 20 digits from an arbitrary-precision evaluation.
        let reference: [(x: Double, y: Double, re: Double, im: Double)] = [
            (1, 1, 0.30474420525691259246, 0.20821893820283162729),
            (3, 0.5, 0.037126366054692344667, 0.19298375530036208839),
            (0.5, 0.01, 0.77234501841006655062, 0.47121688569118492303),
            (10, 2, 0.011001556705733515587, 0.054471817098656514776),
            (2, 0, 0.018315638888734180294, 0.34002621706606620128),
            (0.1, 5, 0.11066424464977836384, 0.0021325263291299994978),
            (100, 100, 0.0028210184361467865146, 0.0028208773887522218948)
        ]
        for r in reference {
            let w = Faddeeva.w(x: r.x, y: r.y)
            #expect(relativeError(w.re, r.re) < 1e-11, "Re w(\(r.x) + \(r.y)i)")
            #expect(relativeError(w.im, r.im) < 1e-9, "Im w(\(r.x) + \(r.y)i)")
        }
        #expect(abs(Faddeeva.w(x: 0, y: 0).re - 1) < 1e-13)
    }

    @Test func erfcxMatchesTheErrorFunction() {
        for i in 0...50 {
            let y = Double(i) * 0.1
            #expect(relativeError(Faddeeva.erfcx(y), exp(y * y) * erfc(y)) < 1e-12, "y = \(y)")
        }
    }
}

@Suite struct VoigtTests {
    let sigma = 0.3, gamma = 0.2

    /// (G ∗ L)(x) with unit-area Gaussian σ and Lorentzian HWHM γ, by Simpson on ±12σ.
    func convolution(_ x: Double) -> Double {
        simpson(-12 * sigma, 12 * sigma, intervals: 6000) { t in
            let g = exp(-t * t / (2 * sigma * sigma)) / (sigma * (2 * Double.pi).squareRoot())
            let u = x - t
            return g * gamma / (Double.pi * (gamma * gamma + u * u))
        }
    }

    var shape: LineShape {
        .voigt(gaussianFWHM: sigma * 2 * (2 * log(2.0)).squareRoot(), lorentzianFWHM: 2 * gamma)
    }

    @Test func equalsNumericalConvolutionOfGaussianAndLorentzian() throws {
        // Unit-area Voigt = unit-height profile / area.
        let area = try #require(shape.area)
        let peak = convolution(0)
        #expect(relativeError(1 / area, peak) < 1e-9, "peak height of the unit-area Voigt")
        for i in -30...30 {
            let x = Double(i) * 0.1
            #expect(abs(shape.value(atOffset: x) / area - convolution(x)) < 1e-9 * peak, "x = \(x)")
        }
    }

    @Test func peakHeightMatchesErfcx() throws {
        // V(0) = erfcx(γ/(σ√2))/(σ√(2π)) for the unit-area Voigt.
        let y = gamma / (sigma * 2.0.squareRoot())
        let expected = exp(y * y) * erfc(y) / (sigma * (2 * Double.pi).squareRoot())
        #expect(relativeError(1 / (try #require(shape.area)), expected) < 1e-12)
    }

    @Test func fwhmFollowsOliveroLongbothum() {
        for (g, l) in [(1.0, 0.0), (1.0, 0.2), (0.7, 0.7), (0.3, 1.0), (0.0, 1.0)] {
            let shape = LineShape.voigt(gaussianFWHM: g, lorentzianFWHM: l)
            let measured = measuredFWHM(from: -4, to: 4, step: 1e-4) { shape.value(atOffset: $0) }
            let approx = 0.5346 * l + (0.2166 * l * l + g * g).squareRoot()
            #expect(relativeError(measured, approx) < 2.5e-4, "F_G = \(g), F_L = \(l): \(measured) vs \(approx)")
            #expect(abs(shape.fullWidthAtHalfMaximum() - measured) < 1e-6)
        }
    }

    @Test func reducesToItsComponents() {
        for x in stride(from: -3.0, through: 3.0, by: 0.25) {
            #expect(
                LineShape.voigt(gaussianFWHM: 1.2, lorentzianFWHM: 0).value(atOffset: x)
                    == LineShape.gaussian(fwhm: 1.2).value(atOffset: x))
            #expect(
                LineShape.voigt(gaussianFWHM: 0, lorentzianFWHM: 1.2).value(atOffset: x)
                    == LineShape.lorentzian(fwhm: 1.2).value(atOffset: x))
        }
    }
}

@Suite struct DoniachSunjicTests {
    /// Textbook DS with E₀ = 0 on the binding-energy scale (tail to higher BE), unnormalised.
    func rawDS(_ e: Double, alpha: Double, gamma: Double) -> Double {
        cos(Double.pi * alpha / 2 + (1 - alpha) * atan(-e / gamma)) / pow(gamma * gamma + e * e, (1 - alpha) / 2)
    }

    @Test func reducesToLorentzianAtZeroAsymmetry() {
        let ds = LineShape.doniachSunjic(lorentzianFWHM: 0.5, asymmetry: 0)
        let lorentzian = LineShape.lorentzian(fwhm: 0.5)
        for x in stride(from: -5.0, through: 5.0, by: 0.05) {
            #expect(abs(ds.value(atOffset: x) - lorentzian.value(atOffset: x)) < 1e-14)
        }
        #expect(ds.maximumOffset == 0)
        let broadened = LineShape.doniachSunjic(lorentzianFWHM: 0.5, asymmetry: 0, gaussianFWHM: 0.6)
        let voigt = LineShape.voigt(gaussianFWHM: 0.6, lorentzianFWHM: 0.5)
        for x in stride(from: -3.0, through: 3.0, by: 0.1) {
            #expect(abs(broadened.value(atOffset: x) - voigt.value(atOffset: x)) < 1e-14)
        }
    }

    @Test func tailLiesOnTheHighBindingEnergySide() {
        let alpha = 0.2, fwhm = 0.4
        let ds = LineShape.doniachSunjic(lorentzianFWHM: fwhm, asymmetry: alpha)
        let top = ds.maximumOffset
        #expect(top > 0)
        for d in stride(from: 0.5, through: 10, by: 0.5) {
            #expect(ds.value(atOffset: top + d) > ds.value(atOffset: top - d), "d = \(d)")
        }
        let high = simpson(top, top + 20, intervals: 20_000) { ds.value(atOffset: $0) }
        let low = simpson(top - 20, top, intervals: 20_000) { ds.value(atOffset: $0) }
        #expect(high > 1.5 * low)
        // The same holds after Gaussian broadening.
        let broadened = LineShape.doniachSunjic(lorentzianFWHM: fwhm, asymmetry: alpha, gaussianFWHM: 0.8)
        let b = broadened.maximumOffset
        #expect(broadened.value(atOffset: b + 3) > broadened.value(atOffset: b - 3))
    }

    @Test func matchesTheTextbookFormulaAndPeaksWhereDerived() {
        let alpha = 0.15, gamma = 0.25
        let ds = LineShape.doniachSunjic(lorentzianFWHM: 2 * gamma, asymmetry: alpha)
        let top = measuredMaximum(from: -1, to: 1, step: 1e-4) { rawDS($0, alpha: alpha, gamma: gamma) }
        #expect(abs(ds.maximumOffset - top) < 1e-7)
        let rawTop = rawDS(top, alpha: alpha, gamma: gamma)
        for x in stride(from: -4.0, through: 4.0, by: 0.1) {
            #expect(abs(ds.value(atOffset: x) - rawDS(x, alpha: alpha, gamma: gamma) / rawTop) < 1e-9, "x = \(x)")
        }
        #expect(abs(ds.value(atOffset: ds.maximumOffset) - 1) < 1e-14)
    }

    @Test func broadenedLineMatchesNumericalConvolution() {
        let alpha = 0.12, gamma = 0.15, sigma = 0.35
        let shape = LineShape.doniachSunjic(
            lorentzianFWHM: 2 * gamma, asymmetry: alpha,
            gaussianFWHM: sigma * 2 * (2 * log(2.0)).squareRoot())
        func convolved(_ x: Double) -> Double {
            simpson(-10 * sigma, 10 * sigma, intervals: 8000) { t in
                exp(-t * t / (2 * sigma * sigma)) * rawDS(x - t, alpha: alpha, gamma: gamma)
            }
        }
        let profile = shape.profile()
        let top = measuredMaximum(
            from: profile.maximumOffset - 0.05, to: profile.maximumOffset + 0.05,
            step: 1e-3, convolved)
        #expect(abs(profile.maximumOffset - top) < 1e-5)
        let height = convolved(profile.maximumOffset)
        for x in stride(from: -3.0, through: 5.0, by: 0.2) {
            #expect(abs(profile(x) - convolved(x) / height) < 1e-8, "x = \(x)")
        }
        let measured = measuredFWHM(from: -3, to: 4, step: 1e-4) { profile($0) }
        #expect(abs(shape.fullWidthAtHalfMaximum() - measured) < 1e-6)
    }

    @Test func broadenedLineOnAnAxisMatchesPointwise() throws {
        // The tabulated fast path (grid of step Δ/r) against the pointwise quadrature, for a
        // coarse survey step (r > 1) and a fine one (r = 1).
        for step in [0.5, 0.01] {
            let axis = try EnergyAxis(start: 60, step: step, count: Int(20 / step) + 1)
            let peak = try Peak(center: 70.13, height: 5, shape: .doniachSunjic(lorentzianFWHM: 0.2, asymmetry: 0.2, gaussianFWHM: 0.5))
            let values = peak.values(on: axis)
            for i in stride(from: 0, to: axis.count, by: max(1, axis.count / 97)) {
                #expect(abs(values[i] - peak.value(at: axis.energy(at: i))) < 1e-9, "step \(step), point \(i)")
            }
        }
    }
}
