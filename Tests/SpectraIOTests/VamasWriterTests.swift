import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

@Suite struct VamasWriterTests {
    /// A synthetic S 2p-like doublet on 0.05 eV steps, counts with decimals.
    private func synthetic(start: Double = 155.08, count: Int = 401) throws -> Spectrum {
        let energies = (0..<count).map { start + 0.05 * Double($0) }
        let intensities = energies.map { e in
            3000 + 800 * exp(-pow((e - 164.0) / 0.6, 2)) + 400 * exp(-pow((e - 165.2) / 0.6, 2)) + 0.125
        }
        return try Spectrum(
            energies: energies, intensities: intensities, scale: .binding, units: "counts",
            metadata: [
                VamasMetadataKey.blockIdentifier: "S 2p", VamasMetadataKey.speciesLabel: "S",
                VamasMetadataKey.transitionLabel: "2p"
            ])
    }

    @Test(arguments: [EnergyScale.kinetic, .binding])
    func roundTripGivesTheSameValues(abscissa: EnergyScale) throws {
        let a = try synthetic()
        var b = try synthetic(start: 525.08)
        b.units = "counts/s"
        b.metadata = [:]
        var options = VamasWriter.Options()
        options.abscissa = abscissa
        options.workFunction = 4.2
        options.collectionTime = 0.05
        options.numberOfScans = 4
        let text = try VamasWriter.write(spectra: [a, b], options: options)
        let file = try VamasFile(text: text)
        #expect(file.blocks.count == 2)
        #expect(file.blocks[0].abscissaLabel == (abscissa == .kinetic ? "kinetic energy" : "binding energy"))
        #expect(file.blocks[0].identifier == "S 2p" && file.blocks[1].identifier == "Spectrum 2")
        #expect(file.blocks[0].speciesLabel == "S" && file.blocks[0].transitionLabel == "2p")
        #expect(file.blocks[0].technique == "XPS")
        #expect(file.blocks[0].workFunction == 4.2)
        #expect(file.blocks[1].collectionTime == 0.05 && file.blocks[1].numberOfScans == 4)
        for (original, i) in [(a, 0), (b, 1)] {
            let back = try file.spectrum(block: i)
            #expect(back.scale == .binding)
            #expect(back.units == original.units)
            #expect(back.energies.count == original.energies.count)
            #expect(back.intensities == original.intensities)  // shortest round-trip text: exact
            for (x, y) in zip(back.energies, original.energies) { #expect(abs(x - y) < 1e-9) }
        }
        // The counts/s spectrum converts back to counts with t × n = 0.2 s.
        let counts = try file.spectrum(block: 1, intensity: .counts)
        #expect(abs(counts.intensities[0] - b.intensities[0] * 0.2) < 1e-9)
    }

    @Test func writtenKineticAxisDescendsFromHνMinusBE() throws {
        var options = VamasWriter.Options()
        options.workFunction = 4.2
        let lines = try VamasWriter.write(spectra: [try synthetic()], options: options)
            .components(separatedBy: "\r\n")
        let label = try #require(lines.firstIndex(of: "kinetic energy"))
        #expect(lines[label + 1] == "eV")
        // KE = hν − BE: the analyser's φ is recorded, not applied (as instrument software writes).
        #expect(abs(Double(lines[label + 2])! - (1486.61 - 155.08)) < 1e-9)
        #expect(abs(Double(lines[label + 3])! + 0.05) < 1e-9)
        #expect(lines[lines.count - 2] == "end of experiment")
        #expect(lines.first == "VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4")
    }

    @Test func measuredSurveyRoundTrips() throws {
        let original = try VamasFile(contentsOf: SharedData.file("vamas/regular.vms")).spectrum(block: 0, scale: .kinetic)
        var options = VamasWriter.Options()
        options.collectionTime = 0.1
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("io-roundtrip-\(UUID().uuidString).vms")
        defer { try? FileManager.default.removeItem(at: url) }
        try VamasWriter.write(spectra: [original], to: url, options: options)
        let back = try SpectrumReader.read(url: url)[0]
        #expect(back.intensities == Array(original.intensities.reversed()))
        // Read back on the binding scale with φ absent: BE = 1486.61 − KE.
        for (be, ke) in zip(back.energies, original.energies.reversed()) { #expect(abs(be - (1486.61 - ke)) < 1e-9) }
    }

    @Test func irregularGridAndNonFiniteValuesAreRefused() throws {
        let irregular = try Spectrum(energies: [1, 2, 3.5, 4], intensities: [1, 2, 3, 4])
        #expect(throws: VamasError.self) { try VamasWriter.write(spectra: [irregular]) }
        let nan = try Spectrum(energies: [1, 2, 3], intensities: [1, .nan, 3])
        #expect(throws: VamasError.unwritable(spectrum: 0, field: "ordinate value 1", found: "nan", expected: "a finite number")) {
            try VamasWriter.write(spectra: [nan])
        }
        #expect(throws: VamasError.self) { try VamasWriter.write(spectra: []) }
    }
}

@Suite struct SpectrumReaderWorkFunctionTests {
    @Test func theWorkFunctionChoiceMovesVamasBindingEnergies() throws {
        let s = try Spectrum(energies: [100, 101, 102], intensities: [1, 2, 3])
        var options = VamasWriter.Options()
        options.workFunction = 4.5
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wf-\(UUID().uuidString).vms")
        defer { try? FileManager.default.removeItem(at: url) }
        try VamasWriter.write(spectra: [s], to: url, options: options)
        // Written as KE = hν − BE; read back by default with φ = 0, with the file's φ, or a given one.
        let byDefault = try SpectrumReader.read(url: url)[0].energies
        let fromFile = try SpectrumReader.read(url: url, workFunction: .fromFile)[0].energies
        let given = try SpectrumReader.read(url: url, workFunction: .value(1.5))[0].energies
        for i in 0..<3 {
            #expect(abs(byDefault[i] - [100, 101, 102][i]) < 1e-9)
            #expect(abs(fromFile[i] - (byDefault[i] - 4.5)) < 1e-9)
            #expect(abs(given[i] - (byDefault[i] - 1.5)) < 1e-9)
        }
    }
}
