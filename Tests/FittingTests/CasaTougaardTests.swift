import Foundation
import Spectra
import SpectraIO
import Testing
import TestSupport
@testable import Fitting

// CasaXPS's "U 3 Tougaard" against its own exported background column (FeO Fe 2p): the
// definition, with C, D and T₀ as the region line writes them, and nothing fitted.

/// The block's counts on ascending binding energies, CasaXPS's region (BE indices), its exported
/// background on the region's points, and the region line's parameters.
private func feoRegion() throws -> (energies: [Double], counts: [Double], region: ClosedRange<Int>, exported: [Double], parameters: [Double]) {
    let file = try VamasFile(contentsOf: SharedData.file("measured/fits/FeO_analyzed.vms"))
    let block = try #require(file.blocks.first)
    let region = try #require(try block.casaFitModel()?.regions.first)
    let spectrum = try block.spectrum(scale: .binding, intensity: .counts)
    let photon = try #require(block.sourceEnergy)
    let (low, high) = (photon - region.end, photon - region.start)
    let inside = spectrum.energies.indices.filter { spectrum.energies[$0] >= low - 1e-9 && spectrum.energies[$0] <= high + 1e-9 }
    let text = try String(contentsOf: SharedData.file("measured/fits/FeO_analyzed_lineshapes_cols.txt"), encoding: .utf8)
    var background: [Int: Double] = [:]
    for line in text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n") {
        let cells = line.split(separator: "\t").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        // K.E., Counts, 4 components, Background (counts), …
        guard cells.count == 16 else { continue }
        background[Int(((photon - cells[0]) * 1000).rounded())] = cells[6]
    }
    let exported = try inside.map { try #require(background[Int((spectrum.energies[$0] * 1000).rounded())]) }
    return (spectrum.energies, spectrum.intensities, inside.first!...inside.last!, exported, region.backgroundParameters)
}

@Test func universalTougaard3ReproducesCasaXPSExportedBackground() throws {
    let feo = try feoRegion()
    #expect(feo.parameters.count >= 4)
    let (b, c, d, gap) = (feo.parameters[0], feo.parameters[1], feo.parameters[2], feo.parameters[3])
    #expect(c == 551 && d == 436 && gap == 3)
    let estimate = try UniversalTougaard3Background(c: c, d: d, gap: gap).estimate(
        energies: feo.energies, intensities: feo.counts, region: feo.region)
    let difference = zip(estimate.background, feo.exported).map { abs($0 - $1) }.max()!
    print("U 3 Tougaard: largest |Δ| \(difference) counts; B \(estimate.b) (file \(b))")
    #expect(difference < 5, "background of 2,947–12,437 counts")
    #expect(abs(estimate.b - b) < 1e-3 * b, "B follows from the end levels: \(estimate.b) against the file's \(b)")
    // Controls: no loss gap, or end levels from the region's own first and last 3 points, miss it.
    let noGap = try UniversalTougaard3Background(c: c, d: d, gap: 0).estimate(energies: feo.energies, intensities: feo.counts, region: feo.region)
    #expect(zip(noGap.background, feo.exported).map { abs($0 - $1) }.max()! > 50)
    let inner = try UniversalTougaard3Background(c: c, d: d, gap: gap).estimate(
        energies: Array(feo.energies[feo.region]), intensities: Array(feo.counts[feo.region]))
    #expect(zip(inner.background, feo.exported).map { abs($0 - $1) }.max()! > 5)
}

@Test func universalTougaard3CrossSectionAndErrors() throws {
    let t = try UniversalTougaard3Background(c: 551, d: 436, gap: 3)
    #expect(t.unitCrossSection(energyLoss: 2.9) == 0)
    let k = t.unitCrossSection(energyLoss: 10)
    #expect(abs(k - 10 / ((551 - 100.0) * (551 - 100.0) + 436 * 100)) < 1e-15)
    #expect(throws: SpectraError.self) { try UniversalTougaard3Background(c: 0, d: 1, gap: 0) }
    #expect(throws: SpectraError.self) { try UniversalTougaard3Background(c: 1, d: -1, gap: 0) }
    // A flat spectrum has no loss integral to scale.
    let flat = [Double](repeating: 5, count: 20), e = (0..<20).map { Double($0) }
    #expect(throws: BackgroundError.self) { try t.estimate(energies: e, intensities: flat) }
    // As a fitter background: estimated once on the window, end levels from its first and last 3 points.
    let y = e.map { 100 + 50 * exp(-($0 - 8) * ($0 - 8)) + ($0 > 10 ? 20 : 0) }
    let fitted = try #require(try PeakFitter().estimatedBackground(.tougaard3(t), energies: e, intensities: y))
    let direct = try t.estimate(energies: e, intensities: y).background
    #expect(fitted == direct)
    #expect(BackgroundModel.tougaard3(t).name == "U 3 Tougaard")
}
