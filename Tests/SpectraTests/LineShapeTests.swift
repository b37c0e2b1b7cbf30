import Foundation
import Testing
@testable import Spectra

/// ∫ f dx over the real line via x = s·tan θ (finite integrand for Lorentzian tails).
func integrateLine(scale s: Double, intervals: Int = 40_000, _ f: (Double) -> Double) -> Double {
    let edge = Double.pi / 2 * (1 - 1e-12)
    return simpson(-edge, edge, intervals: intervals) { theta in
        let c = cos(theta)
        return f(s * tan(theta)) * s / (c * c)
    }
}

/// Root of g on [0, hi] with g(0) > 0 > g(hi), by bisection.
func bisect(_ hi: Double, _ g: (Double) -> Double) -> Double {
    var a = 0.0, b = hi
    for _ in 0..<200 { let m = (a + b) / 2; if g(m) > 0 { a = m } else { b = m } }
    return (a + b) / 2
}

@Suite struct LineShapeTests {
    let ln2 = log(2.0)

    @Test func sumFormHasRequestedFWHMForEveryMixing() throws {
        for m in [0.0, 10, 30, 50, 90, 100] {
            let shape = LineShape.gaussianLorentzianSum(fwhm: 1.3, lorentzianPercent: m)
            try shape.validate()
            let w = measuredFWHM(from: -3, to: 3, step: 1e-4) { shape.value(atOffset: $0) }
            #expect(abs(w - 1.3) < 1e-6, "SGL(\(m)) FWHM \(w)")
        }
    }

    @Test func lorentzianAreaFractionGivesTheSGLHeightFraction() {
        let f = 1.2
        for eta in [0.0, 0.3, 0.7, 1.0] {
            let m = LineShape.lorentzianHeightFraction(areaFraction: eta)
            // Areas of the two parts of SGL(100·m) at unit height, integrated numerically.
            let gauss = integrateLine(scale: f) { x in (1 - m) * exp(-4 * log(2.0) * x * x / (f * f)) }
            let lorentz = integrateLine(scale: f) { x in m / (1 + 4 * x * x / (f * f)) }
            #expect(abs(lorentz / (gauss + lorentz) - eta) < 1e-6, "η \(eta): m \(m)")
        }
        #expect(abs(LineShape.lorentzianHeightFraction(areaFraction: 0.3) - 0.2250621) < 1e-7)
    }

    @Test func productFormHasRequestedFWHMOnlyAtTheEnds() throws {
        for m in [0.0, 100] {
            let shape = LineShape.gaussianLorentzianProduct(fwhm: 0.8, lorentzianPercent: m)
            let w = measuredFWHM(from: -2, to: 2, step: 1e-4) { shape.value(atOffset: $0) }
            #expect(abs(w - 0.8) < 1e-6)
        }
        // GL(30): exp(−ln2·0.7·u)/(1 + 0.3u) = 1/2 with u = (FWHM/F)².
        let u = bisect(1) { exp(-log(2.0) * 0.7 * $0) / (1 + 0.3 * $0) - 0.5 }
        let shape = LineShape.gaussianLorentzianProduct(fwhm: 0.8, lorentzianPercent: 30)
        let w = measuredFWHM(from: -2, to: 2, step: 1e-4) { shape.value(atOffset: $0) }
        #expect(abs(w - 0.8 * u.squareRoot()) < 1e-6)
        #expect(abs(w / 0.8 - 0.961357) < 1e-5)
        #expect(abs(shape.fullWidthAtHalfMaximum() - w) < 1e-6)
    }

    @Test func productAndSumFollowCasaXPSFormulas() {
        let f = 1.1, x = 0.37
        for m in [0.0, 25, 60, 100] {
            let q = m / 100
            let gl = exp(-4 * ln2 * (1 - q) * x * x / (f * f)) / (1 + 4 * q * x * x / (f * f))
            let sgl = (1 - q) * exp(-4 * ln2 * x * x / (f * f)) + q / (1 + 4 * x * x / (f * f))
            #expect(abs(LineShape.gaussianLorentzianProduct(fwhm: f, lorentzianPercent: m).value(atOffset: x) - gl) < 1e-15)
            #expect(abs(LineShape.gaussianLorentzianSum(fwhm: f, lorentzianPercent: m).value(atOffset: x) - sgl) < 1e-15)
        }
    }

    @Test func parkEquationOneMatchesPaperAndNotebook() throws {
        // Paper: f = I0·[0.7·exp(−wG²(x−x0)²/w²) + 0.3/(1 + wL²(x−x0)²/w²)], wG = 1.634, wL = 2.195.
        let paper = try Peak(center: 7.2, height: 0.8, shape: .park2020(width: 1.1, constants: .paper))
        // Notebook: c·(0.7·exp(−ln2·(x−a)²/(β·b)²) + 0.3/(1 + (x−a)²/(γ·b)²)).
        let notebook = try Peak(center: 7.2, height: 0.8, shape: .park2020(width: 1.1, constants: .notebook))
        let beta = 5.09791537e-01, gamma = 4.41140472e-01
        for i in 0...400 {
            let x = Double(i) * 15 / 400
            let d = x - 7.2
            let expectedPaper = 0.8 * (0.7 * exp(-1.634 * 1.634 * d * d / (1.1 * 1.1)) + 0.3 / (1 + 2.195 * 2.195 * d * d / (1.1 * 1.1)))
            let expectedNotebook =
                0.8
                * (0.7 * exp(-log(2.0) * d * d / ((beta * 1.1) * (beta * 1.1)))
                    + 0.3 / (1 + d * d / ((gamma * 1.1) * (gamma * 1.1))))
            #expect(abs(paper.value(at: x) - expectedPaper) < 1e-14)
            #expect(abs(notebook.value(at: x) - expectedNotebook) < 1e-14)
        }
        #expect(abs(Park2020Constants.notebook.lorentzian - 2.266852) < 1e-6)
        #expect(abs(Park2020Constants.notebook.gaussian - 1.633128) < 1e-6)
        #expect(paper.value(at: 7.2) == 0.8)
    }

    @Test func parkEquationOneWidthIsNotItsFWHM() {
        for (constants, ratio) in [(Park2020Constants.paper, 0.992344), (.notebook, 0.985166)] {
            let s = bisect(2) {
                0.7 * exp(-constants.gaussian * constants.gaussian * $0 * $0)
                    + 0.3 / (1 + constants.lorentzian * constants.lorentzian * $0 * $0) - 0.5
            }
            let shape = LineShape.park2020(width: 1.5, constants: constants)
            let w = measuredFWHM(from: -4, to: 4, step: 1e-4) { shape.value(atOffset: $0) }
            #expect(abs(w - 3 * s) < 1e-6)
            #expect(abs(w / 1.5 - ratio) < 2e-6)
        }
    }

    @Test func areasMatchNumericalIntegration() {
        let shapes: [LineShape] = [
            .gaussian(fwhm: 0.9), .lorentzian(fwhm: 0.9),
            .gaussianLorentzianProduct(fwhm: 0.9, lorentzianPercent: 30),
            .gaussianLorentzianProduct(fwhm: 0.9, lorentzianPercent: 95),
            .gaussianLorentzianSum(fwhm: 0.9, lorentzianPercent: 30),
            .voigt(gaussianFWHM: 0.7, lorentzianFWHM: 0.3),
            .doniachSunjic(lorentzianFWHM: 0.4, asymmetry: 0),
            .doniachSunjic(lorentzianFWHM: 0.4, asymmetry: 0, gaussianFWHM: 0.6),
            .park2020(width: 0.9, constants: .paper)
        ]
        for shape in shapes {
            let numeric = integrateLine(scale: 0.45) { shape.value(atOffset: $0) }
            #expect(relativeError(shape.area!, numeric) < 1e-7, "\(shape): \(shape.area!) vs \(numeric)")
        }
        #expect(LineShape.doniachSunjic(lorentzianFWHM: 0.4, asymmetry: 0.1).area == nil)
    }

    @Test func peakFromAreaHasThatArea() throws {
        let peak = try Peak(center: 285, area: 1000, shape: .gaussianLorentzianProduct(fwhm: 1.2, lorentzianPercent: 30))
        let numeric = integrateLine(scale: 0.6) { peak.value(at: 285 + $0) }
        #expect(relativeError(numeric, 1000) < 1e-7)
        #expect(throws: SpectraError.self) {
            try Peak(center: 285, area: 1, shape: .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: 0.2))
        }
    }

    @Test func badInputIsAnError() {
        let bad: [LineShape] = [
            .gaussian(fwhm: 0), .gaussian(fwhm: -1), .lorentzian(fwhm: .nan),
            .gaussianLorentzianProduct(fwhm: 1, lorentzianPercent: -1),
            .gaussianLorentzianProduct(fwhm: 1, lorentzianPercent: 100.5),
            .gaussianLorentzianSum(fwhm: 0, lorentzianPercent: 30),
            .voigt(gaussianFWHM: 0, lorentzianFWHM: 0), .voigt(gaussianFWHM: -0.1, lorentzianFWHM: 1),
            .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: 1),
            .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: -0.01),
            .doniachSunjic(lorentzianFWHM: 0, asymmetry: 0.1),
            .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: 0.1, gaussianFWHM: -1),
            .park2020(width: 0, constants: .paper)
        ]
        for shape in bad {
            #expect(throws: SpectraError.self, "\(shape)") { try Peak(center: 100, height: 1, shape: shape) }
        }
        #expect(throws: SpectraError.self) { try Peak(center: .infinity, height: 1, shape: .gaussian(fwhm: 1)) }
        #expect(throws: SpectraError.self) { try Peak(center: 1, height: -1, shape: .gaussian(fwhm: 1)) }
        #expect(throws: SpectraError.self) { try Park2020Constants(gaussian: 0, lorentzian: 2) }
        let json = #"{"center": 1, "height": 1, "shape": {"gaussian": {"fwhm": -2}}}"#
        #expect(throws: SpectraError.self) { try JSONDecoder().decode(Peak.self, from: Data(json.utf8)) }
    }

    @Test func peaksRoundTripThroughJSON() throws {
        let peak = try Peak(center: 530.3, height: 12, shape: .doniachSunjic(lorentzianFWHM: 0.4, asymmetry: 0.12, gaussianFWHM: 0.8))
        let decoded = try JSONDecoder().decode(Peak.self, from: JSONEncoder().encode(peak))
        #expect(decoded == peak)
    }

    @Test func axisAndArrayEvaluationAgree() throws {
        let axis = try EnergyAxis(start: 280, step: 0.05, count: 400)
        let shapes: [LineShape] = [
            .gaussian(fwhm: 1), .lorentzian(fwhm: 1), .gaussianLorentzianProduct(fwhm: 1, lorentzianPercent: 30),
            .gaussianLorentzianSum(fwhm: 1, lorentzianPercent: 30), .voigt(gaussianFWHM: 0.8, lorentzianFWHM: 0.3),
            .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: 0.15),
            .doniachSunjic(lorentzianFWHM: 0.3, asymmetry: 0.15, gaussianFWHM: 0.7),
            .park2020(width: 1, constants: .notebook)
        ]
        for shape in shapes {
            let peak = try Peak(center: 289.93, height: 3, shape: shape)
            let onAxis = peak.values(on: axis)
            var onArray = [Double](repeating: 0, count: axis.count)
            peak.add(to: &onArray, at: axis.energies)
            let pointwise = axis.energies.map { peak.value(at: $0) }
            for i in 0..<axis.count {
                #expect(abs(onAxis[i] - onArray[i]) < 1e-9 && abs(onAxis[i] - pointwise[i]) < 1e-9, "\(shape) at \(i)")
            }
        }
    }
}
