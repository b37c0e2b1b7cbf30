import Foundation
import Spectra
import Testing
@testable import Fitting

// CasaXPS's LF line as a fitted family (width = CasaXPS's FWHM parameter, binding-energy scale),
// and the per-component bounds an expert's constraints give.

private let lf = PeakShapeKind.casaFiniteLorentzian(try! CasaFiniteLorentzianShape(parsing: "LF(0.54,10,80,100,6)"))
private let sgl = PeakShapeKind.gaussianLorentzianSum(lorentzianPercent: 30)

/// An LF main line and an SGL satellite on a flat 1000-count level, binding energies 700–740 eV.
private func lfRegion() -> (energies: [Double], counts: [Double]) {
    let e = (0...800).map { 700 + 0.05 * Double($0) }
    let main = lf.profile(width: 3.8), satellite = sgl.profile(width: 7.5)
    return (e, e.map { 1000 + 9000 * main($0 - 709) + 2500 * satellite($0 - 716) })
}

@Test func lfProfileIsUnitHeightAtItsPositionWithItsTailToHigherBindingEnergy() throws {
    let p = lf.profile(width: 3.86)
    #expect(abs(p(0) - 1) < 1e-12)
    // α = 0.54 on the high-binding-energy side, β = 10 on the other: the tail lies above E₀.
    #expect(p(4) > 10 * p(-4), "\(p(4)) against \(p(-4))")
    // unitArea is ∫ profile dx (the damped tail reaches far: integrate out to 2000 eV).
    var sum = 0.0
    var x = -60.0
    while x < 2000 {
        let h = abs(x) < 60 ? 0.01 : 0.5
        sum += h * (p(x) + p(x + h)) / 2
        x += h
    }
    let area = try #require(lf.unitArea(width: 3.86))
    #expect(abs(sum - area) < 2e-3 * area, "\(sum) against \(area)")
    #expect(abs(lf.fullWidthAtHalfMaximum(width: 3.86) / 3.86 - 1.2098) < 1e-3)
    #expect(lf.shape(width: 3.86) == nil)
    #expect(abs(try #require(lf.width(forFWHM: 1.2098 * 2)) - 2) < 2e-3)
}

@Test func lfAndSglComponentsAreRecoveredFromAnotherStart() throws {
    let (e, y) = lfRegion()
    let model = try PeakModel(
        peaks: [PeakComponent(kind: lf), PeakComponent(kind: sgl)], background: .fixed([Double](repeating: 1000, count: e.count)))
    let start = [PeakParameters(center: 709.4, width: 3.3, height: 7000), PeakParameters(center: 715.2, width: 6.5, height: 3000)]
    let r = try PeakFitter().fit(energies: e, intensities: y, model: model, start: start)
    #expect(abs(r.peaks[0].center - 709) < 1e-4 && abs(r.peaks[0].width - 3.8) < 1e-4, "\(r.peaks[0])")
    #expect(abs(r.peaks[1].center - 716) < 1e-4 && abs(r.peaks[1].width - 7.5) < 1e-4, "\(r.peaks[1])")
    #expect(abs(r.areas[0] - 9000 * lf.unitArea(width: 3.8)!) < 1e-4 * r.areas[0])
}

@Test func componentBoundsHoldCentreAndWidthInside() throws {
    let (e, y) = lfRegion()
    let flat = BackgroundModel.fixed([Double](repeating: 1000, count: e.count))
    // The satellite's true centre (716) lies outside its centre bounds, its FWHM (7.5) outside its
    // width bounds: each ends on its bound.
    let start = [PeakParameters(center: 709, width: 3.8, height: 9000), PeakParameters(center: 717, width: 6, height: 2500)]
    let centred = try PeakModel(peaks: [PeakComponent(kind: lf), PeakComponent(kind: sgl, centerBounds: 716.5...718)], background: flat)
    let r = try PeakFitter().fit(energies: e, intensities: y, model: centred, start: start)
    #expect(abs(r.peaks[1].center - 716.5) < 1e-6, "\(r.peaks[1])")
    #expect(r.parameters.filter(\.atBound).map(\.name) == ["peak1.center"])
    let narrow = try PeakModel(peaks: [PeakComponent(kind: lf), PeakComponent(kind: sgl, widthBounds: 1...7)], background: flat)
    let w = try PeakFitter().fit(energies: e, intensities: y, model: narrow, start: start)
    #expect(abs(w.peaks[1].width - 7) < 1e-6, "\(w.peaks[1])")
    #expect(w.parameters.filter(\.atBound).map(\.name) == ["peak1.width"])
    let model = try PeakModel(
        peaks: [PeakComponent(kind: lf), PeakComponent(kind: sgl, centerBounds: 716.5...718, widthBounds: 1...7)], background: flat)
    // A start outside the bounds is moved onto them, and said so.
    let outside = [start[0], PeakParameters(center: 712, width: 6, height: 2500)]
    let moved = try PeakFitter().fit(energies: e, intensities: y, model: model, start: outside)
    #expect(moved.notes.contains { $0.contains("peak1.center") })
    // Bounds that leave nothing inside the window are refused.
    let none = try PeakModel(peaks: [PeakComponent(kind: sgl, centerBounds: 800...810)], background: flat)
    #expect(throws: FittingError.self) {
        try PeakFitter().fit(energies: e, intensities: y, model: none, start: [PeakParameters(center: 805, width: 3, height: 1)])
    }
}
