import Foundation
import Testing
@testable import Fitting

private let glKind = PeakShapeKind.gaussianLorentzianProduct(lorentzianPercent: 30)
/// C 1s-like components: C–C, C–O, O–C=O (centre eV, FWHM eV, height counts).
private let carbon = [(284.8, 1.1, 6000.0), (286.4, 1.2, 2000.0), (288.7, 1.3, 900.0)]

@Test(arguments: [1, 2, 3])
func automaticCountRecoversTheNumberOfLines(_ count: Int) throws {
    for seed: UInt64 in [1, 2, 3] {
        let truth = Array(carbon.prefix(count))
        let data = syntheticRegion(regionGrid, lines: truth, seed: 100 * UInt64(count) + seed)
        let selection = try PeakCountSearch(kind: glKind, background: .linear)
            .run(energies: regionGrid, intensities: data.y, weights: data.weights)
        let r = selection.result
        #expect(selection.chosen.peakCount == count, "seed \(seed): \(selection.reason)")
        // Candidates are reported with χ² and BIC, and the next count was tried and rejected.
        #expect(selection.candidates.count > selection.chosenIndex + 1 || selection.chosen.peakCount == 6)
        #expect(selection.candidates.allSatisfy { $0.failure != nil || ($0.chiSquared! > 0 && $0.bayesianInformationCriterion!.isFinite) })
        for (p, t) in zip(r.peaks.sorted { $0.center < $1.center }, truth) {
            #expect(abs(p.center - t.0) < 0.05, "seed \(seed): centre \(p.center), truth \(t.0)")
        }
        // No spurious narrow component: every chosen FWHM is within 20 % of a true one.
        for f in r.fullWidths { #expect(f > 0.8 * 1.1 && f < 1.2 * 1.3, "seed \(seed): FWHM \(f)") }
    }
}

@Test func bicIsLmfitsFormula() throws {
    let data = syntheticRegion(regionGrid, lines: Array(carbon.prefix(2)), seed: 7)
    let selection = try PeakCountSearch(kind: glKind, background: .linear).run(energies: regionGrid, intensities: data.y, weights: data.weights)
    let n = Double(regionGrid.count)
    for c in selection.candidates where c.failure == nil {
        let expected = n * log(c.chiSquared! / n) + Double(c.freeParameters) * log(n)
        #expect(abs(c.bayesianInformationCriterion! - expected) < 1e-9 * abs(expected))
        #expect(c.freeParameters == 3 * c.peakCount + 2)
    }
}

@Test func fixedCountAddsPeaksUpToThatNumber() throws {
    let data = syntheticRegion(regionGrid, lines: carbon, seed: 9)
    let selection = try PeakCountSearch(kind: glKind, background: .linear)
        .run(energies: regionGrid, intensities: data.y, weights: data.weights, peakCount: 3)
    #expect(selection.candidates.map(\.peakCount) == [1, 2, 3])
    #expect(selection.chosen.peakCount == 3)
    for (p, t) in zip(selection.result.peaks.sorted { $0.center < $1.center }, carbon) { #expect(abs(p.center - t.0) < 0.05) }
}
