import Foundation
import Spectra
import Testing
import TestSupport
@testable import Fitting

@Test func atomicPercentInvertsTheIntensityModel() throws {
    let library = try ElementLibrary.load()
    // Areas built from known compositions with the documented model A = n·σ·(E_k/1000 eV)^(m + t).
    let composition: [(String, [String], Double)] = [("C", ["1s"], 0.6), ("O", ["1s"], 0.3), ("Fe", ["2p3/2", "2p1/2"], 0.1)]
    for (m, t) in [(0.6, 0.0), (0.75, -0.5)] {
        let areas = try composition.map { symbol, orbitals, n -> FittedArea in
            let lines = try orbitals.map { try library.element(symbol).line($0) }
            let kinetic = library.photonEnergy - lines[0].bindingEnergy
            let sigma = lines.map(\.sensitivityFactor).reduce(0, +)
            return FittedArea(element: symbol, orbitals: orbitals, area: 1e5 * n * sigma * pow(kinetic / 1000, m + t))
        }
        let table = try PeakAreaQuantification(library: library, imfpExponent: m, transmissionExponent: t).table(areas)
        for (row, truth) in zip(table, composition) { #expect(abs(row.atomicPercent - 100 * truth.2) < 1e-9, "\(row.element)") }
        #expect(abs(table[2].sensitivityFactor - (10.82 + 5.6)) < 1e-12)
    }
    // C 1s electrons are faster than O 1s ones (1198 vs 956 eV), so they come from deeper: with the
    // mean-free-path correction the same areas mean less carbon.
    let plain = try PeakAreaQuantification(library: library, imfpExponent: 0).table([
        FittedArea(element: "C", orbitals: ["1s"], area: 100), FittedArea(element: "O", orbitals: ["1s"], area: 100)
    ])
    let corrected = try PeakAreaQuantification(library: library).table([
        FittedArea(element: "C", orbitals: ["1s"], area: 100), FittedArea(element: "O", orbitals: ["1s"], area: 100)
    ])
    #expect(corrected[0].atomicPercent < plain[0].atomicPercent - 1)
}

@Test func quantificationRefusesBadInput() throws {
    let library = try ElementLibrary.load()
    let q = PeakAreaQuantification(library: library)
    #expect(throws: (any Error).self) { try q.table([FittedArea(element: "Xx", orbitals: ["1s"], area: 1)]) }
    #expect(throws: (any Error).self) { try q.table([FittedArea(element: "C", orbitals: ["2p3/2"], area: 1)]) }
    #expect(throws: FittingError.self) { try q.table([FittedArea(element: "C", orbitals: ["1s"], area: -5)]) }
    #expect(throws: FittingError.self) { try q.table([]) }
}

@Test func fittedAreasAreTheLineShapesIntegrals() throws {
    // GL(30) area by numerical integration of the independent formula, wide enough for the tails.
    let fine = (0...400_000).map { 235 + 0.00025 * Double($0) }
    let numeric = fine.dropFirst().reduce(0.0) { s, e in s + 0.00025 * gl30(e, center: 285, fwhm: 1.2, height: 4000) }
    let data = syntheticRegion(regionGrid, lines: [(285.0, 1.2, 4000)], seed: 8)
    let kind = PeakShapeKind.gaussianLorentzianProduct(lorentzianPercent: 30)
    let r = try PeakFitter().fit(
        energies: regionGrid, intensities: data.y, model: PeakModel(peaks: [PeakComponent(kind: kind)], background: .linear),
        start: [PeakParameters(center: 285.1, width: 1.0, height: 3000)], weights: data.weights)
    let se = r.parameters.first { $0.name == "peak0.height" }!.standardError / 4000
    #expect(abs(r.areas[0] / numeric - 1) < 4 * se + 0.02, "area \(r.areas[0]), numeric \(numeric)")
    #expect(abs(r.areas[0] - r.peaks[0].height * kind.unitArea(width: r.peaks[0].width)!) < 1e-9 * r.areas[0])
}

@Test func casaXPSFeOTableIsReproducedWithItsInstrumentsEnergyDependence() throws {
    // CasaXPS's table for the FeO Fe 2p fit (measured/fits/FeO_analyzed_results.csv): position (BE, eV),
    // raw area, Area/(RSF·T·MFP), at. %. CasaXPS used the instrument's recorded transmission; its
    // T·MFP energy dependence is read off the first and last rows, the middle rows are predicted.
    let text = try String(contentsOf: SharedData.file("measured/fits/FeO_analyzed_results.csv"), encoding: .utf8)
    var rows = [(be: Double, raw: Double, corrected: Double, percent: Double)]()
    for line in text.split(whereSeparator: \.isNewline) {
        let fields: [String] = line.split(separator: "\t").map { String($0) }
        guard fields.count >= 6, fields[0] == "Fe 2p", rows.count < 4 else { continue }
        let numbers: [Double] = fields[1...5].compactMap { Double($0) }
        if numbers.count == 5 { rows.append((numbers[0], numbers[2], numbers[3], numbers[4])) }
    }
    try #require(rows.count == 4)
    let library = try ElementLibrary.load()
    let kinetic = rows.map { library.photonEnergy - $0.be }
    let exponent = log((rows[3].raw / rows[3].corrected) / (rows[0].raw / rows[0].corrected)) / log(kinetic[3] / kinetic[0])
    let table = try PeakAreaQuantification(library: library, imfpExponent: exponent, transmissionExponent: 0)
        .table(rows.map { FittedArea(element: "Fe", orbitals: ["2p3/2", "2p1/2"], area: $0.raw, bindingEnergy: $0.be) })
    #expect(abs(table[0].sensitivityFactor - 16.42) < 1e-9)  // CasaXPS's RSF for Fe 2p
    for (row, casa) in zip(table, rows) { #expect(abs(row.atomicPercent - casa.percent) < 0.02, "\(row.bindingEnergy) eV") }
}
