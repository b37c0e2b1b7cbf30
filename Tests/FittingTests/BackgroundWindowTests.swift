import Foundation
import Testing
@testable import Fitting

private let glKind = PeakShapeKind.gaussianLorentzianProduct(lorentzianPercent: 30)

@Test func windowWithoutAPeakSaysSoUnderShirley() throws {
    // A falling, noisy line: the high-binding-energy end lies above the low end, but there is no peak.
    var rng = GaussianDraws(state: 77)
    let y = regionGrid.map { 1000 + 30 * ($0 - 280) + 30 * rng.normal() }
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind)], background: .shirley)
    let start = [PeakParameters(center: 286, width: 1, height: 100)]
    for background in [BackgroundModel.shirley, .shirleyRefined] {
        do {
            _ = try PeakFitter().fit(energies: regionGrid, intensities: y, model: PeakModel(peaks: model.peaks, background: background), start: start)
            Issue.record("\(background): a window without a peak was fitted")
        } catch let error as FittingError {
            guard case .noPeakInWindow(_, let area, let low, let high) = error else { Issue.record("\(error)"); continue }
            // Shirley's iteration ends with a negative net area; the active Shirley finds nothing clear of the noise.
            #expect((background == .shirleyRefined || area <= 0) && low == 280 && high == 292)
            #expect(error.description.contains("linear background") && error.description.contains("280.0…292.0 eV"))
        }
    }
}

@Test func surveyIsNotARegion() throws {
    let energies = (0...1200).map(Double.init)
    let y = energies.map { e in 500 + e + [285.0, 531, 710].reduce(0.0) { $0 + gl30(e, center: $1, fwhm: 2, height: 5000) } }
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind)], background: .shirley)
    do {
        _ = try PeakFitter().fit(energies: energies, intensities: y, model: model, start: [PeakParameters(center: 531, width: 2, height: 5000)])
        Issue.record("a survey was fitted under a Shirley background")
    } catch let error as FittingError {
        #expect(error == .windowSpansSeveralLines(background: "Shirley", low: 0, high: 1200, maximum: 100))
        #expect(error.description.contains("several lines"))
    }
    // The estimate a caller takes before fitting (e.g. for the peak finder) refuses it the same way.
    #expect(throws: FittingError.windowSpansSeveralLines(background: "Shirley", low: 0, high: 1200, maximum: 100)) {
        try PeakFitter().estimatedBackground(.shirley, energies: energies, intensities: y)
    }
}

@Test func linearBackgroundFitsDescendingEnergiesAsAscendingOnes() throws {
    let data = syntheticRegion(regionGrid, lines: [(285.0, 1.2, 4000)], seed: 12)
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind)], background: .linear)
    let start = [PeakParameters(center: 285.2, width: 1.0, height: 3000)]
    let up = try PeakFitter().fit(energies: regionGrid, intensities: data.y, model: model, start: start, weights: data.weights)
    let down = try PeakFitter().fit(
        energies: regionGrid.reversed(), intensities: data.y.reversed(), model: model, start: start,
        weights: data.weights.reversed())
    #expect(abs(up.chiSquared - down.chiSquared) <= 1e-8 * up.chiSquared)
    for (a, b) in zip(up.parameters, down.parameters) { #expect(abs(a.value - b.value) < 1e-3 * a.standardError, "\(a.name)") }
}

@Test func theActiveShirleyTakesAPeakOnARisingBackground() throws {
    // A line on a background that rises across the window (another line's tail): Shirley's iteration
    // does not settle there, the active Shirley fits it.
    var rng = GaussianDraws(state: 5)
    let y = regionGrid.map { 1000 + 60 * ($0 - 280) + gl30($0, center: 284, fwhm: 1.2, height: 800) + 10 * rng.normal() }
    #expect(throws: Never.self) { try PeakFitter().estimatedBackground(.shirleyRefined, energies: regionGrid, intensities: y) }
    let flat = regionGrid.map { 1000 + 60 * ($0 - 280) + 10 * rng.normal() }
    #expect(throws: FittingError.self) { try PeakFitter().estimatedBackground(.shirleyRefined, energies: regionGrid, intensities: flat) }
}
