import Foundation
import Testing
@testable import Spectra

@Suite struct DoubletTests {
    /// Trapezoidal area of values on a regular axis.
    func area(_ values: [Double], _ axis: EnergyAxis) -> Double {
        axis.step * (values.reduce(0, +) - 0.5 * (values[0] + values[values.count - 1]))
    }

    @Test func areaRatiosAreStatistical() throws {
        let axis = try EnergyAxis(start: 60, step: 0.01, count: 6001)  // 60…120 eV
        for (subshell, ratio) in [(Subshell.p, 1.0 / 2), (.d, 2.0 / 3), (.f, 3.0 / 4)] {
            let main = try Peak(center: 80, area: 900, shape: .gaussianLorentzianProduct(fwhm: 1.1, lorentzianPercent: 30))
            let doublet = try SpinOrbitDoublet(main: main, splitting: 6.1, subshell: subshell)
            let components = doublet.components.map { $0.values(on: axis) }
            let measured = area(components[1], axis) / area(components[0], axis)
            #expect(abs(measured - ratio) < 1e-6, "\(subshell): \(measured)")
            #expect(abs(area(components[0], axis) - 900) < 1e-3)
            // The partner lies `splitting` higher in binding energy.
            let top0 = measuredMaximum(from: 75, to: 85, step: 1e-3) { doublet.main.value(at: $0) }
            let top1 = measuredMaximum(from: 81, to: 91, step: 1e-3) { doublet.partner.value(at: $0) }
            #expect(abs(top1 - top0 - 6.1) < 1e-6)
            // The sum on the axis carries both.
            var sum = [Double](repeating: 0, count: axis.count)
            doublet.add(to: &sum, on: axis)
            #expect(abs(area(sum, axis) - 900 * (1 + ratio)) < 2e-3)
        }
    }

    @Test func explicitRatioAndShift() throws {
        let main = try Peak(center: 100, height: 10, shape: .voigt(gaussianFWHM: 0.8, lorentzianFWHM: 0.2))
        let doublet = try SpinOrbitDoublet(main: main, splitting: 1.2, subshell: .d, areaRatio: 0.6)
        #expect(doublet.partner.height == 6)
        let moved = doublet.shifted(by: 0.37)
        #expect(abs(moved.main.center - 100.37) < 1e-12 && abs(moved.partner.center - 101.57) < 1e-12)
    }

    @Test func badDoubletsAreErrors() throws {
        let main = try Peak(center: 100, height: 10, shape: .gaussian(fwhm: 1))
        #expect(throws: SpectraError.self) { try SpinOrbitDoublet(main: main, splitting: 1, subshell: .s) }
        #expect(throws: SpectraError.self) { try SpinOrbitDoublet(main: main, splitting: 0, subshell: .p) }
        #expect(throws: SpectraError.self) { try SpinOrbitDoublet(main: main, splitting: -2, subshell: .p) }
        #expect(throws: SpectraError.self) { try SpinOrbitDoublet(main: main, splitting: 1, subshell: .p, areaRatio: 0) }
    }
}
