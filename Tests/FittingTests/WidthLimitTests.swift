import Foundation
import Spectra
import Testing
@testable import Fitting

private let glKind = PeakShapeKind.gaussianLorentzianProduct(lorentzianPercent: 30)

@Test func defaultMinimumFWHMIsTwoStepsAndIsNeverUndershot() throws {
    // A real line and a one-channel spike of +8σ beside it; the second peak starts on the spike at
    // FWHM 0.02 eV, below the minimum 2 × 0.05 eV.
    var data = syntheticRegion(regionGrid, lines: [(285.0, 1.2, 4000)], seed: 21)
    let spike = regionGrid.firstIndex { $0 >= 287.0 }!
    data.y[spike] += 8 * data.y[spike].squareRoot()
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind), PeakComponent(kind: glKind)], background: .linear)
    let start = [PeakParameters(center: 285.1, width: 1.0, height: 3000), PeakParameters(center: regionGrid[spike], width: 0.02, height: 300)]
    let r = try PeakFitter().fit(energies: regionGrid, intensities: data.y, model: model, start: start, weights: data.weights)
    #expect(abs(r.widthLimits.minimum - 0.1) < 1e-9)
    #expect(abs(r.widthLimits.maximum - 12) < 1e-9)
    for f in r.fullWidths { #expect(f >= 0.1 * (1 - 1e-9), "FWHM \(f) eV below the minimum") }
    #expect(r.notes.contains { $0.contains("peak1.width") }, "the moved start is reported: \(r.notes)")
}

@Test func userWidthLimitsHoldAndFlagTheBound() throws {
    let data = syntheticRegion(regionGrid, lines: [(285.0, 0.6, 4000)], seed: 4)
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind)], background: .linear)
    let start = [PeakParameters(center: 285.1, width: 1.2, height: 3000)]
    let wide = try PeakFitter(widthLimits: WidthLimits(minimumFWHM: 1.0))
        .fit(energies: regionGrid, intensities: data.y, model: model, start: start, weights: data.weights)
    #expect(abs(wide.fullWidths[0] - 1.0) < 1e-6)
    #expect(wide.parameters.first { $0.name == "peak0.width" }?.atBound == true)
    let narrow = try PeakFitter(widthLimits: WidthLimits(maximumFWHM: 0.4))
        .fit(
            energies: regionGrid, intensities: data.y, model: model, start: [PeakParameters(center: 285.1, width: 0.3, height: 3000)],
            weights: data.weights)
    #expect(abs(narrow.fullWidths[0] - 0.4) < 1e-6)
    #expect(throws: FittingError.self) {
        try PeakFitter(widthLimits: WidthLimits(minimumFWHM: 2, maximumFWHM: 1)).fit(
            energies: regionGrid, intensities: data.y,
            model: model, start: start)
    }
}

@Test func widthForFWHMInvertsEveryFamily() throws {
    let kinds: [PeakShapeKind] = [
        .park2020(constants: .paper), glKind, .gaussianLorentzianSum(lorentzianPercent: 20),
        .voigt(lorentzianFWHM: 0.3), .doniachSunjic(asymmetry: 0.1, gaussianFWHM: 0.5)
    ]
    for kind in kinds {
        let w = try #require(kind.width(forFWHM: 0.9), "\(kind)")
        #expect(abs(kind.fullWidthAtHalfMaximum(width: w) - 0.9) < 1e-9, "\(kind)")
    }
    // A Voigt with a 0.3 eV Lorentzian is never narrower than 0.3 eV.
    #expect(PeakShapeKind.voigt(lorentzianFWHM: 0.3).width(forFWHM: 0.2) == nil)
}
