import Foundation
import Spectra
import Testing
@testable import Fitting

private let glKind = PeakShapeKind.gaussianLorentzianProduct(lorentzianPercent: 30)

@Test func ironDoubletFromTheLibraryKeepsSplittingAndTwoToOneArea() throws {
    let library = try ElementLibrary.load()
    let main = try library.element("Fe").line("2p3/2")
    let link = try DoubletLink(mainIndex: 0, line: main)
    #expect(link.splitting == 13.1 && link.ratio == .area(0.5))
    // Fe 2p3/2 : 2p1/2 lines of different widths (2.4 and 2.9 eV), areas 2 : 1, on a 0.1 eV grid.
    let grid = (0...400).map { 700 + 0.1 * Double($0) }
    let unit = { (f: Double) in try #require(glKind.unitArea(width: f)) }
    let h2 = 0.5 * 5000 * (try unit(2.4)) / (try unit(2.9))
    var rng = GaussianDraws(state: 26)
    let y = grid.map { e -> Double in
        let m = 900 + gl30(e, center: 706.8, fwhm: 2.4, height: 5000) + gl30(e, center: 719.9, fwhm: 2.9, height: h2)
        return m + m.squareRoot() * rng.normal()
    }
    let model = try PeakModel(peaks: [PeakComponent(kind: glKind), PeakComponent(kind: glKind, doublet: link)], background: .linear)
    let start = [PeakParameters(center: 707.2, width: 2.0, height: 4000), PeakParameters(center: 0, width: 2.0, height: 0)]
    let r = try PeakFitter().fit(energies: grid, intensities: y, model: model, start: start, weights: y.map { 1 / $0 })
    #expect(abs(r.peaks[1].center - r.peaks[0].center - 13.1) < 1e-12)
    #expect(abs(r.areas[1] / r.areas[0] - 0.5) < 1e-12)
    #expect(abs(r.peaks[0].center - 706.8) < 0.03)
    let partnerWidth = try #require(r.parameters.first { $0.name == "peak1.width" })
    #expect(abs(partnerWidth.value - 2.9) < 4 * partnerWidth.standardError, "\(partnerWidth)")
    // The library lists no partner for an s line.
    #expect(throws: FittingError.self) { try DoubletLink(mainIndex: 0, line: library.element("Fe").line("2s")) }
}

@Test func centreLinkAndFixedWidthHoldExactly() throws {
    let data = syntheticRegion(regionGrid, lines: [(284.8, 1.1, 6000), (286.4, 1.2, 2000), (288.7, 1.3, 900)], seed: 31)
    let model = try PeakModel(
        peaks: [
            PeakComponent(kind: glKind),
            PeakComponent(kind: glKind, fixedWidth: true, centerLink: CenterLink(referenceIndex: 0, offset: 1.6)),
            PeakComponent(kind: glKind)
        ], background: .linear)
    let start = [
        PeakParameters(center: 285, width: 1, height: 5000), PeakParameters(center: 0, width: 1.2, height: 1500),
        PeakParameters(center: 288.5, width: 1, height: 800)
    ]
    let r = try PeakFitter().fit(energies: regionGrid, intensities: data.y, model: model, start: start, weights: data.weights)
    #expect(r.peaks[1].center - r.peaks[0].center == 1.6 || abs(r.peaks[1].center - r.peaks[0].center - 1.6) < 1e-12)
    #expect(r.peaks[1].width == 1.2)
    #expect(r.parameters.count == 2 + 2 + 3 + 2)  // centres 0, 2; widths 0, 2; three heights; background a, b
    #expect(!r.parameters.contains { $0.name == "peak1.center" || $0.name == "peak1.width" })
    #expect(abs(r.peaks[0].center - 284.8) < 0.03)
}

@Test func inconsistentConstraintsAreRefused() throws {
    #expect(throws: FittingError.self) {  // a fixed width inside a width group
        try PeakModel(peaks: [PeakComponent(kind: glKind, widthGroup: "g", fixedWidth: true), PeakComponent(kind: glKind, widthGroup: "g")])
    }
    #expect(throws: FittingError.self) {  // a centre linked to itself
        try PeakModel(peaks: [PeakComponent(kind: glKind, centerLink: CenterLink(referenceIndex: 0, offset: 1))])
    }
    #expect(throws: FittingError.self) {  // a centre linked to a doublet partner
        try PeakModel(peaks: [
            PeakComponent(kind: glKind),
            PeakComponent(kind: glKind, doublet: DoubletLink(mainIndex: 0, splitting: 1, ratio: .area(0.5))),
            PeakComponent(kind: glKind, centerLink: CenterLink(referenceIndex: 1, offset: 1))
        ])
    }
    #expect(throws: FittingError.self) {  // two centre rules
        try PeakModel(peaks: [
            PeakComponent(kind: glKind),
            PeakComponent(kind: glKind, fixedCenter: true, centerLink: CenterLink(referenceIndex: 0, offset: 1))
        ])
    }
}
