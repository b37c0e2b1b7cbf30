import Foundation
import Testing
@testable import Spectra

@Suite struct ShirleyTests {
    let axis = try! EnergyAxis(start: 520, step: 0.05, count: 401)  // 520…540 eV

    /// Net signal: two GL(30) lines well inside the window.
    func peaks() throws -> [Double] {
        try [
            Peak(center: 528, height: 80, shape: .gaussianLorentzianProduct(fwhm: 1.2, lorentzianPercent: 30)),
            Peak(center: 531.5, height: 40, shape: .gaussianLorentzianProduct(fwhm: 1.5, lorentzianPercent: 30))
        ]
        .values(on: axis)
    }

    @Test func recoversTheStepItWasBuiltFrom() throws {
        let p = try peaks()
        let step = try ShirleyBackground.generate(signal: p, on: axis, stepHeight: 30)
        let truth = step.map { 100 + $0 }
        let j = zip(p, truth).map { $0 + $1 }
        let shirley = try ShirleyBackground(endPointCount: 5, tolerance: 1e-9)
        let b = try shirley.estimate(energies: axis.energies, intensities: j)
        for i in 0..<axis.count { #expect(abs(b[i] - truth[i]) < 1e-3, "point \(i)") }
    }

    @Test func endPointsMatchTheDataEnds() throws {
        let p = try peaks()
        let step = try ShirleyBackground.generate(signal: p, on: axis, stepHeight: 30)
        // A sloping, noisy-looking end region so the end means differ from the end points.
        let j = (0..<axis.count).map { 100 + p[$0] + step[$0] + 0.7 * sin(Double($0)) }
        for n in [1, 3, 10] {
            let b = try ShirleyBackground(endPointCount: n).estimate(energies: axis.energies, intensities: j)
            let low = j[0..<n].reduce(0, +) / Double(n)
            let high = j[(j.count - n)...].reduce(0, +) / Double(n)
            #expect(abs(b[0] - low) < 1e-12)
            #expect(abs(b[b.count - 1] - high) < 1e-9)
        }
    }

    @Test func isMonotonicForAPositivePeakOnAStep() throws {
        let p = try peaks()
        let step = try ShirleyBackground.generate(signal: p, on: axis, stepHeight: 25)
        let j = (0..<axis.count).map { 50 + p[$0] + step[$0] }
        let b = try ShirleyBackground().estimate(energies: axis.energies, intensities: j)
        for i in 1..<b.count { #expect(b[i] >= b[i - 1], "background falls at point \(i)") }
        #expect(b[b.count - 1] - b[0] > 24)
    }

    @Test func kineticScaleSpectrumGivesTheSameBackground() throws {
        let p = try peaks()
        let step = try ShirleyBackground.generate(signal: p, on: axis, stepHeight: 30)
        let j = (0..<axis.count).map { 100 + p[$0] + step[$0] }
        let binding = try Spectrum(energies: axis.energies, intensities: j)
        let kinetic = try binding.converted(to: .kinetic, using: .aluminiumKAlpha)
        let fromBinding = try ShirleyBackground().estimate(binding)
        let fromKinetic = try ShirleyBackground().estimate(kinetic)
        for i in 0..<axis.count { #expect(abs(fromKinetic[axis.count - 1 - i] - fromBinding[i]) < 1e-9) }
    }

    @Test func failuresAreErrors() throws {
        let p = try peaks()
        let j = (0..<axis.count).map { 100 + p[$0] + 0.1 * Double($0) }
        #expect(throws: BackgroundError.self) {
            try ShirleyBackground(tolerance: 1e-12, maxIterations: 1).estimate(energies: axis.energies, intensities: j)
        }
        // A dip, not a peak: no positive net area.
        let dip = (0..<axis.count).map { 100 + 0.01 * Double($0) - p[$0] }
        do {
            _ = try ShirleyBackground().estimate(energies: axis.energies, intensities: dip)
            Issue.record("a dip should have no positive net area")
        } catch BackgroundError.noNetArea(let method, let area) {
            #expect(method == "Shirley" && area < 0)
        }
        #expect(throws: SpectraError.self) { try ShirleyBackground(endPointCount: 0) }
        #expect(throws: SpectraError.self) { try ShirleyBackground(tolerance: 0) }
        #expect(throws: SpectraError.self) {
            try ShirleyBackground(endPointCount: 300).estimate(energies: axis.energies, intensities: j)
        }
        #expect(throws: SpectraError.self) {
            try ShirleyBackground().estimate(energies: axis.energies.reversed(), intensities: j)
        }
        #expect(throws: SpectraError.self) { try ShirleyBackground.generate(signal: p, on: axis, stepHeight: -1) }
    }
}

@Suite struct TougaardTests {
    let universal = TougaardBackground.universal

    @Test func crossSectionIsTheUniversalOne() {
        // ∫₀^∞ B·T/(C + T²)² dT = B/(2C); maximum at T = √(C/3).
        let total = integrateLine(scale: 40) { t in t > 0 ? universal.crossSection(energyLoss: t) : 0 }
        #expect(relativeError(total, 2866.0 / (2 * 1643)) < 1e-7)
        let top = measuredMaximum(from: 1, to: 60, step: 1e-3) { universal.crossSection(energyLoss: $0) }
        #expect(abs(top - (1643.0 / 3).squareRoot()) < 1e-5)
        #expect(universal.crossSection(energyLoss: 0) == 0 && universal.crossSection(energyLoss: -3) == 0)
    }

    @Test func lossIntegralOfAStepIsAnalytic() throws {
        // J = 1 above E_s (½ at E_s, so the trapezoidal rule sees the step at E_s):
        // ∫ K(E − E′) J dE′ = (B/2)·[1/C − 1/(C + (E − E_s)²)].
        let axis = try EnergyAxis(start: 0, step: 0.1, count: 1001)
        let j = axis.energies.map { $0 > 10 + 1e-9 ? 1.0 : (abs($0 - 10) < 1e-9 ? 0.5 : 0) }
        let b = try universal.lossIntegral(of: j, energies: axis.energies)
        for i in stride(from: 0, to: axis.count, by: 10) {
            let d = axis.energy(at: i) - 10
            let expected = d > 0 ? 2866.0 / 2 * (1 / 1643.0 - 1 / (1643 + d * d)) : 0
            #expect(abs(b[i] - expected) < 1e-5 * max(expected, 1e-3), "E = \(axis.energy(at: i))")
        }
    }

    @Test func lossIntegralOfAPeakMatchesQuadrature() throws {
        let g: (Double) -> Double = { e in 50 * exp(-(e - 20) * (e - 20) / (2 * 0.6 * 0.6)) }
        let regular = (0...800).map { Double($0) * 0.1 }
        // An uneven grid over the same range.
        let uneven = (0...800).map { i -> Double in
            let x = Double(i) / 800; return 80 * (x + 0.05 * sin(2 * Double.pi * x) / (2 * Double.pi))
        }
        for energies in [regular, uneven] {
            let b = try universal.lossIntegral(of: energies.map(g), energies: energies)
            let scale = b.max()!
            // Trapezoidal error on the grid: O(h²/(12σ²)) ≈ 2·10⁻³ of the local value near the peak.
            for i in stride(from: 0, to: energies.count, by: 20) {
                let e = energies[i]
                let reference = e <= 0 ? 0 : simpson(0, e, intervals: 20_000) { universal.crossSection(energyLoss: e - $0) * g($0) }
                #expect(abs(b[i] - reference) < 3e-3 * reference + 1e-5 * scale, "E = \(e): \(b[i]) vs \(reference)")
            }
        }
    }

    @Test func generatorSolvesTheSelfConsistentModel() throws {
        let axis = try EnergyAxis(start: 0, step: 0.1, count: 1201)
        let p = try Peak(center: 15, height: 100, shape: .gaussianLorentzianProduct(fwhm: 1.5, lorentzianPercent: 30)).values(on: axis)
        let b = try universal.generate(signal: p, on: axis)
        let j = zip(p, b).map { $0 + $1 }
        let again = try universal.lossIntegral(of: j, energies: axis.energies)
        for i in 0..<axis.count { #expect(abs(again[i] - b[i]) < 1e-9 * max(1, b[i])) }
        #expect(b[axis.count - 1] > 0 && b[0] == 0)
    }

    @Test func estimatorRecoversTheGeneratingStrength() throws {
        let axis = try EnergyAxis(start: 0, step: 0.1, count: 1201)
        let p = try Peak(center: 15, height: 100, shape: .gaussianLorentzianProduct(fwhm: 1.5, lorentzianPercent: 30)).values(on: axis)
        for strength in [2866.0, 900] {
            let model = try TougaardBackground(b: strength, c: 1643)
            let truth = try model.generate(signal: p, on: axis)
            let j = (0..<axis.count).map { 20 + p[$0] + truth[$0] }
            let fit = try model.estimate(try Spectrum(energies: axis.energies, intensities: j), endPointCount: 5)
            #expect(relativeError(fit.b, strength) < 1e-6, "B = \(fit.b)")
            #expect(abs(fit.offset - 20) < 1e-6)
            for i in 0..<axis.count { #expect(abs(fit.background[i] - 20 - truth[i]) < 1e-4) }
        }
    }

    @Test func failuresAreErrors() throws {
        #expect(throws: SpectraError.self) { try TougaardBackground(b: -1, c: 1643) }
        #expect(throws: SpectraError.self) { try TougaardBackground(b: 2866, c: 0) }
        let falling = try Spectrum(energies: (0..<100).map { Double($0) }, intensities: (0..<100).map { 100 - Double($0) })
        #expect(throws: BackgroundError.highEndBelowLowEnd(method: "Tougaard", low: 98, high: 3)) {
            try universal.estimate(falling, endPointCount: 5)
        }
    }
}

@Suite struct LinearBackgroundTests {
    @Test func reproducesAStraightLine() throws {
        let energies = (0..<50).map { 280 + 0.2 * Double($0) }
        let line = energies.map { 3 + 0.5 * ($0 - 280) }
        let b = try LinearBackground.estimate(energies: energies, intensities: line, endPointCount: 4)
        for i in energies.indices { #expect(abs(b[i] - line[i]) < 1e-12) }
        let g = LinearBackground.generate(energies: energies, low: 3, high: 7.9)
        #expect(g[0] == 3 && abs(g[49] - 7.9) < 1e-12)
        #expect(throws: SpectraError.self) { try LinearBackground.estimate(energies: energies, intensities: line, endPointCount: 26) }
    }
}
