import Testing
@testable import Spectra

@Suite struct SensitivityFactorQuantificationTests {
    @Test func areasOverSensitivityFactorsRecoverTheFractionsOfACleanSurvey() throws {
        var p = ElementSurveyGenerator.Parameters()
        p.task = .quantification
        p.elements = ["Si", "Fe", "Au"]
        p.minElements = 2
        p.maxElements = 3
        p.signalToNoise = 2000...2000
        p.maxCarbon = 0
        p.maxOxygen = 0
        p.maxShift = 0
        let g = try ElementSurveyGenerator(parameters: p, seed: 3)
        let rsf = try SensitivityFactorQuantification(elements: p.elements!, library: try ElementLibrary.load(), axis: g.axis)
        var worst = 0.0
        for n in 0..<6 {
            var x = [Float](repeating: 0, count: g.axis.count), t = [Float](repeating: 0, count: 3)
            x.withUnsafeMutableBufferPointer { xs in t.withUnsafeMutableBufferPointer { g.generate(index: n, spectrum: xs, targets: $0) } }
            let present = (0..<3).filter { t[$0] > 0 }
            let f = rsf.fractions(x.map(Double.init), present: present)
            #expect(abs(f.reduce(0, +) - 1) < 1e-9)
            for (j, e) in present.enumerated() { worst = max(worst, abs(f[j] - Double(t[e]))) }
        }
        // The lines' Lorentzian wings reach beyond ±6 eV and the inelastic steps are not Shirley
        // backgrounds: a few at. %, not exact.
        #expect(worst < 0.05, "worst error \(worst)")
    }

    @Test func anElementWithoutLinesOnTheAxisIsAnError() {
        #expect(throws: SpectraError.self) {
            try SensitivityFactorQuantification(
                elements: ["Au"], library: try ElementLibrary.load(),
                axis: try EnergyAxis(start: 0, step: 1, count: 20))
        }
    }
}
