import Foundation
import Testing
@testable import Fitting

// ../shared/data/measured/regions/C1s_sample.csv (LG4X example, PHI VersaProbe II, Al Kα): a check
// of the defaults chosen on synthetic data, never a source of them.

@Test func measuredC1sWithTheHarnessDefaultsConverges() throws {
    let d = try csvColumns("measured/regions/C1s_sample.csv")
    #expect(d.x.count == 351)
    let weights = d.y.map { 1 / max($0, 1) }
    // `harness fit` defaults: Eq. 1 (paper constants), Shirley, Poisson weights, the finder's peaks.
    let bg = try PeakFitter().estimatedBackground(.shirley, energies: d.x, intensities: d.y)
    let found = try PeakFinder().find(energies: d.x, intensities: d.y, background: bg)
    let kind = PeakShapeKind.park2020(constants: .paper)
    let model = try PeakModel(peaks: found.map { _ in PeakComponent(kind: kind) }, background: .shirley)
    let r = try PeakFitter().fit(energies: d.x, intensities: d.y, model: model, start: found, weights: weights)
    print("C 1s, finder start:", r.criterion, r.iterations, "iterations, FWHM", r.fullWidths)
    #expect([.chiSquaredTolerance, .stepTolerance].contains(r.criterion))
    #expect(abs(r.widthLimits.minimum - 0.2) < 1e-9)  // 2 × the 0.1 eV step
    for f in r.fullWidths { #expect(f >= r.widthLimits.minimum * (1 - 1e-9)) }
}

@Test func measuredC1sWithAutomaticPeakCountHasNoPeakBelowTheMinimumWidth() throws {
    let d = try csvColumns("measured/regions/C1s_sample.csv")
    let weights = d.y.map { 1 / max($0, 1) }
    for kind in [PeakShapeKind.park2020(constants: .paper), .gaussianLorentzianProduct(lorentzianPercent: 30)] {
        let selection = try PeakCountSearch(kind: kind, background: .shirley).run(energies: d.x, intensities: d.y, weights: weights)
        print(
            "C 1s, \(kind):", selection.candidates.map { "\($0.peakCount): BIC \($0.bayesianInformationCriterion ?? .nan)" },
            selection.reason, selection.result.fullWidths)
        #expect(selection.candidates.count >= 2)
        let r = selection.result
        for f in r.fullWidths { #expect(f >= r.widthLimits.minimum * (1 - 1e-9)) }
        #expect(r.criterion != .stalledAtIterationLimit)
    }
}
