import Foundation
import Spectra
import SpectraIO
import Testing
import TestSupport
@testable import Fitting

// measured/fits/FeO_analyzed.vms holds CasaXPS's Fe 2p fit (two LF(0.54,10,80,100,6) main lines);
// FeO_analyzed_lineshapes_cols.txt is CasaXPS's own export of its components. CasaXPS does not
// document how its FWHM and Gaussian index m map to F_L and F_G: the first test leaves the two
// ratios F_L/FWHM and F_G/F_L free (shared by both lines) to check the LF form, and finds the
// calibration `CasaFiniteLorentzianShape` fixes once; the second uses that calibration as it is.

/// CasaXPS's exported columns: kinetic energy (eV) and each component above the background (CPS).
private func exportedComponents() throws -> (energies: [Double], components: [[Double]]) {
    let text = try String(contentsOf: SharedData.file("measured/fits/FeO_analyzed_lineshapes_cols.txt"), encoding: .utf8)
    let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    let header = try #require(lines.firstIndex { $0.hasPrefix("K.E.\t") })
    var energies: [Double] = [], components: [[Double]] = [[], [], [], []]
    for line in lines[(header + 1)...] {
        // K.E., Counts, 4 components, Background, Envelope, B.E., CPS, 4 components CPS, Background CPS, …
        let cells = line.split(separator: "\t").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard cells.count == 16 else { continue }
        energies.append(cells[0])
        for k in 0..<4 { components[k].append(cells[10 + k] - cells[14]) }
    }
    return (energies, components)
}

/// α, β, w, m of "LF(α,β,w,m,…)".
private func lfArguments(_ shape: String) throws -> [Double] {
    let inner = try #require(shape.hasPrefix("LF(") && shape.hasSuffix(")") ? shape.dropFirst(3).dropLast() : nil)
    return inner.split(separator: ",").compactMap { Double($0) }
}

/// Largest |LF − column| over the column's maximum, after fitting F_L/FWHM and F_G/F_L; the
/// damping width as `damping(w, F_L)` in units of F_L.
private func largestRelativeDifference(damping: (Double, Double) -> Double) throws -> (difference: Double, ratios: [Double]) {
    let file = try VamasFile(contentsOf: SharedData.file("measured/fits/FeO_analyzed.vms"))
    let block = try #require(file.blocks.first)
    let fit = try #require(try block.casaFitModel())
    let (energies, columns) = try exportedComponents()
    let lines = fit.components.indices.filter { fit.components[$0].lineShape.hasPrefix("LF(") }
    #expect(lines == [0, 2])
    let scales = lines.map { columns[$0].max()! }
    let observations = lines.flatMap { k in columns[k].map { $0 / scales[lines.firstIndex(of: k)!] } }
    func model(_ theta: [Double]) throws -> [Double] {
        try lines.enumerated().flatMap { i, k in
            let c = fit.components[k]
            let a = try lfArguments(c.lineShape)
            let lorentzian = theta[0] * c.fwhm.value
            let line = try FiniteLorentzian(
                position: c.position.value, lorentzianFWHM: lorentzian, lowEnergyExponent: a[0], highEnergyExponent: a[1],
                dampingWidth: damping(a[2], lorentzian), gaussianFWHM: theta[1] * lorentzian)
            return line.values(at: energies).map { $0 * c.area.value / scales[i] }
        }
    }
    let r = try LevenbergMarquardt().minimize(
        observations: observations, start: [0.5, 1.0], lower: [0.05, 0], upper: [5, 10], model: model)
    return (r.residuals.map(abs).max()!, r.parameters)
}

@Test func finiteLorentzianReproducesCasaXPSExportedComponents() throws {
    let lf = try largestRelativeDifference { w, _ in w }
    print("LF, w in units of F_L: max |Δ|/max", lf.difference, "F_L/FWHM, F_G/F_L", lf.ratios)
    #expect(lf.difference < 5e-3)
    // Controls: the same form with w read in eV, and without damping (LA), miss the columns.
    let inElectronvolts = try largestRelativeDifference { w, lorentzian in w / lorentzian }
    let undamped = try largestRelativeDifference { _, _ in 1e6 }
    print("w in eV:", inElectronvolts.difference, "LA (no damping):", undamped.difference)
    #expect(inElectronvolts.difference > 0.05)
    #expect(undamped.difference > 0.05)
}

@Test func calibratedCasaShapeReproducesExportedComponentsAsDefined() throws {
    let free = try largestRelativeDifference { w, _ in w }
    let shape = try CasaFiniteLorentzianShape(parsing: "LF(0.54,10,80,100,6)")
    // The fixed calibration is the free fit's optimum, to its 4 digits.
    #expect(abs(free.ratios[0] - shape.lorentzianPerFWHM) < 2e-4, "\(free.ratios)")
    #expect(abs(free.ratios[0] * free.ratios[1] - shape.gaussianPerFWHM) < 2e-4, "\(free.ratios)")
    let file = try VamasFile(contentsOf: SharedData.file("measured/fits/FeO_analyzed.vms"))
    let fit = try #require(try file.blocks.first?.casaFitModel())
    let (energies, columns) = try exportedComponents()
    for k in [0, 2] {
        let c = fit.components[k]
        let line = try shape.line(position: c.position.value, fwhm: c.fwhm.value)
        let ours = line.values(at: energies).map { $0 * c.area.value }
        let top = columns[k].max()!
        let difference = zip(ours, columns[k]).map { abs($0 - $1) }.max()! / top
        #expect(difference < 1e-3, "component \(k): \(difference) of its maximum")
    }
    // The line's own FWHM is 1.2098 × CasaXPS's FWHM parameter, for any F (both widths scale with it).
    for f in [1.0, 3.86] {
        let fwhm = try shape.line(position: 0, fwhm: f).fullWidthAtHalfMaximum()
        #expect(abs(fwhm / f - 1.2098) < 1e-3, "\(fwhm / f)")
    }
    #expect(throws: SpectraError.self) { try CasaFiniteLorentzianShape(parsing: "LF(1,1,50,100)") }
    #expect(throws: SpectraError.self) { try CasaFiniteLorentzianShape(parsing: "LA(1,1,100)") }
}
