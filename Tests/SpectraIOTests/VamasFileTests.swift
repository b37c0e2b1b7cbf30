import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

/// The lines of a shared file as plain text (CR LF stripped), 1-based: the independent view
/// of the file that the reader's results are checked against.
struct RawFile {
    let lines: [String]

    init(_ relativePath: String) throws {
        let text = try String(contentsOf: SharedData.file(relativePath), encoding: .utf8)
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    subscript(line: Int) -> String { lines[line - 1] }
    func number(_ line: Int) -> Double { Double(lines[line - 1].trimmingCharacters(in: .whitespaces))! }
    func integer(_ line: Int) -> Int { Int(lines[line - 1].trimmingCharacters(in: .whitespaces))! }
}

@Suite struct VamasWholeFileTests {
    // regular.vms (SPECS Prodigy → CasaXPS survey), block layout by line:
    // 68 abscissa label, 70 start, 71 increment, 72 number of corresponding variables (2),
    // 91 number of ordinate values, 92–95 min/max per variable, 96… values (counts, transmission).
    @Test func regularSurveyReadsCompletely() throws {
        let raw = try RawFile("vamas/regular.vms")
        let file = try VamasFile(contentsOf: SharedData.file("vamas/regular.vms"))
        #expect(file.experimentMode == .norm)
        #expect(file.scanMode == .regular)
        #expect(file.blocks.count == raw.integer(22))  // line 22: number of blocks
        #expect(file.experimentalVariables == [VamasLabel(label: "Exp Variable", units: "d")])
        #expect(file.parameterInclusion == .all)
        let block = try #require(file.blocks.first)
        #expect(block.identifier == raw[23])
        #expect(block.sampleIdentifier == raw[24])
        #expect(block.date == VamasDate(year: 2023, month: 8, day: 24, hours: 14, minutes: 19, seconds: 47))
        #expect(block.comment.count == raw.integer(32))
        #expect(block.technique == "XPS")
        #expect(block.sourceLabel == "Al")
        #expect(block.sourceEnergy == raw.number(50))
        #expect(block.workFunction == raw.number(59))
        #expect(block.analyserMode == "FAT")
        #expect(block.passEnergy == 100)
        #expect(block.abscissaLabel == raw[68])
        #expect(block.abscissaStart == raw.number(70))
        #expect(block.abscissaIncrement == raw.number(71))
        #expect(block.variables.map(\.label) == [raw[73], raw[75]])
        #expect(block.collectionTime == raw.number(78))
        #expect(block.numberOfScans == raw.integer(79))
        #expect(block.additionalParameters.map(\.label) == [raw[85], raw[88]])

        let valueCount = raw.integer(91)
        #expect(valueCount == 2702)
        let points = valueCount / 2
        #expect(block.abscissa.count == points)
        #expect(block.variables.allSatisfy { $0.values.count == points })
        #expect(block.abscissa.first == raw.number(70))
        #expect(abs(block.abscissa.last! - (raw.number(70) + Double(points - 1) * raw.number(71))) < 1e-9)
        #expect(abs(block.abscissa.last! - 1486.61) < 1e-9)
        #expect(block.variables[0].values.first == raw.number(96))
        #expect(block.variables[1].values.first == raw.number(97))
        #expect(block.variables[0].values.last == raw.number(raw.lines.count - 2))
        #expect(block.variables[1].values.last == raw.number(raw.lines.count - 1))
        #expect(block.variables[0].declaredMinimum == raw.number(92))
        #expect(block.variables[0].declaredMaximum == raw.number(93))
        // The declared extremes of this file are the true ones.
        #expect(block.variables[0].values.min() == block.variables[0].declaredMinimum)
        #expect(block.variables[0].values.max() == block.variables[0].declaredMaximum)
    }

    // irregular.vms: the same survey written by CasaXPS in IRREGULAR mode as a rate: three
    // corresponding variables (abscissa first), 81 number of ordinate values, 88… triples.
    @Test func irregularSurveyReadsCompletely() throws {
        let raw = try RawFile("vamas/irregular.vms")
        let file = try VamasFile(contentsOf: SharedData.file("vamas/irregular.vms"))
        #expect(file.scanMode == .irregular)
        #expect(file.blocks.count == 1)
        let block = file.blocks[0]
        #expect(block.identifier == "Counts per Second")
        #expect(block.abscissaLabel == raw[61])
        #expect(block.abscissaUnits == raw[62])
        #expect(block.abscissaStart == nil && block.abscissaIncrement == nil)
        #expect(block.variables.map(\.label) == [raw[63], raw[65]])
        #expect(block.workFunction == nil)  // written as 1e+037
        #expect(block.passEnergy == nil)
        let points = raw.integer(81) / 3
        #expect(points == 1351)
        #expect(block.abscissa.count == points)
        #expect(block.abscissa.first == raw.number(88))
        #expect(block.variables[0].values.first == raw.number(89))
        #expect(block.variables[1].values.first == raw.number(90))
        let n = raw.lines.count
        #expect(block.abscissa.last == raw.number(n - 3))
        #expect(block.variables[0].values.last == raw.number(n - 2))
        #expect(block.variables[1].values.last == raw.number(n - 1))
    }

    // xps_eis.vms: four blocks, count rate in c/s; number of ordinate values at lines
    // 62, 8311, 8680, 9669, abscissa start/increment two and three lines after each label.
    @Test func fourBlockFileReadsCompletely() throws {
        let raw = try RawFile("vamas/xps_eis.vms")
        let file = try VamasFile(contentsOf: SharedData.file("vamas/xps_eis.vms"))
        #expect(file.blocks.count == raw.integer(16))
        #expect(file.blocks.count == 4)
        #expect(file.numberOfSpectralRegions == 4)
        let labelLines = [47, 8296, 8665, 9654]
        let countLines = [62, 8311, 8680, 9669]
        for (i, block) in file.blocks.enumerated() {
            #expect(raw[labelLines[i]] == "kinetic energy")
            let count = raw.integer(countLines[i])
            #expect(block.abscissa.count == count)
            #expect(block.variables.count == 1)
            #expect(block.variables[0].label == "count rate")
            #expect(block.abscissaStart == raw.number(labelLines[i] + 2))
            #expect(block.abscissaIncrement == raw.number(labelLines[i] + 3))
            let last = raw.number(labelLines[i] + 2) + Double(count - 1) * raw.number(labelLines[i] + 3)
            #expect(abs(block.abscissa.last! - last) < 1e-9)
            #expect(block.variables[0].values.first == raw.number(countLines[i] + 3))
            #expect(block.variables[0].values.last == raw.number(countLines[i] + 2 + count))
            #expect(block.sourceEnergy == 1486.7)
            #expect(block.workFunction == 4.5)
        }
        #expect(file.blocks.map(\.abscissa.count) == [8201, 321, 941, 541])
        #expect(file.blocks[0].collectionTime == 0.2 && file.blocks[0].numberOfScans == 5)
        #expect(file.blocks[1].collectionTime == 0.5 && file.blocks[1].numberOfScans == 10)
        #expect(file.blocks[0].signalTimeCorrection == 70e-9)
        #expect(file.commentMetadata["comment.Experiment Type"] == "XPS")
    }

    // aes_staib.vms: AES diff (differential width present), analogue signal, four additional
    // numerical parameters, 1100 values from line 78.
    @Test func augerFileReadsCompletely() throws {
        let raw = try RawFile("vamas/aes_staib.vms")
        let file = try VamasFile(contentsOf: SharedData.file("vamas/aes_staib.vms"))
        #expect(file.instrumentModel == "Staib SuperCMA")
        #expect(file.blocks.count == 1)
        let block = file.blocks[0]
        #expect(block.technique == "AES diff")
        #expect(block.sourceLabel == "egun")
        #expect(block.differentialWidth == nil)  // written as 1e+037
        #expect(block.transitionLabel == " ")
        #expect(block.abscissaStart == raw.number(50))
        #expect(block.abscissaIncrement == raw.number(51))
        #expect(block.signalMode == "analogue")
        #expect(block.collectionTime == raw.number(56))
        #expect(block.additionalParameters.map(\.label) == ["BKSrettime", "BKSsamples", "BKSresomode", "BKSresol"])
        #expect(block.additionalParameters[1].value == 20120)
        #expect(raw.integer(75) == 1100)
        #expect(block.abscissa.count == 1100)
        #expect(block.variables[0].values.first == raw.number(78))
        #expect(block.variables[0].values.last == raw.number(1177))
        #expect(abs(block.abscissa.last! - (19.989319 + 1099 * 1.983673)) < 1e-9)
        #expect(block.recordedUnits() == "a.u.")
    }
}

@Suite struct VamasSpectrumTests {
    @Test func kineticToBindingSubtractsPhotonEnergyAndWorkFunction() throws {
        let file = try VamasFile(contentsOf: SharedData.file("vamas/xps_eis.vms"))
        let s = try file.spectrum(block: 0, workFunction: .fromFile)
        #expect(s.scale == .binding)
        #expect(s.energies.count == 8201)
        // By default φ = 0: BE = hν − KE.
        let byDefault = try file.spectrum(block: 0)
        #expect(abs(byDefault.energies.first! - (-20)) < 1e-9 && abs(byDefault.energies.last! - 800) < 1e-9)
        // KE from 1506.7 down by 0.1 eV: BE = 1486.7 − KE − 4.5 from −24.5 up to 795.5.
        #expect(abs(s.energies.first! - (-24.5)) < 1e-9)
        #expect(abs(s.energies.last! - 795.5) < 1e-9)
        #expect(zip(s.energies, s.energies.dropFirst()).allSatisfy { $1 > $0 })
        // Highest kinetic energy (first in the file) is the lowest binding energy.
        #expect(s.intensities.first == 52426)
        #expect(s.units == "counts/s")
        #expect(s.metadata[SpectrumMetadataKey.energyConversion]?.contains("φ = 4.5 eV") == true)
        #expect(s.metadata[SpectrumMetadataKey.file] == SharedData.file("vamas/xps_eis.vms").path)

        let noPhi = try file.spectrum(block: 0, workFunction: .none)
        #expect(abs(noPhi.energies.first! - (-20)) < 1e-9)
        #expect(abs(noPhi.energies.last! - 800) < 1e-9)
        #expect(noPhi.metadata[SpectrumMetadataKey.energyConversion]?.contains("not applied") == true)

        let kinetic = try file.spectrum(block: 0, scale: .kinetic)
        #expect(kinetic.energies.first! == 1506.7 - 0.1 * 8200)
        #expect(kinetic.intensities.last == 52426)
    }

    @Test func countRateConvertsWithCollectionTimeAndScans() throws {
        let file = try VamasFile(contentsOf: SharedData.file("vamas/xps_eis.vms"))
        // Block 1: t = 0.5 s, 10 scans: counts = rate × 5.
        let rate = try file.spectrum(block: 1)
        let counts = try file.spectrum(block: 1, intensity: .counts)
        #expect(counts.units == "counts")
        #expect(rate.metadata[SpectrumMetadataKey.recordedUnits] == "counts/s")
        for (c, r) in zip(counts.intensities, rate.intensities) { #expect(abs(c - r * 5) < 1e-9 * c) }
        #expect(counts.metadata[SpectrumMetadataKey.intensityConversion] == "counts = (counts/s) × 0.5 s × 10 scans")
    }

    // The irregular file holds the regular survey as a rate (CasaXPS names such blocks
    // "Counts per Second"): counts/s from either file agree, and its abscissa agrees.
    @Test func irregularRateMatchesRegularCountsOverCollectionTime() throws {
        let regular = try VamasFile(contentsOf: SharedData.file("vamas/regular.vms"))
        let irregular = try VamasFile(contentsOf: SharedData.file("vamas/irregular.vms"))
        let a = try regular.spectrum(block: 0, scale: .kinetic, intensity: .countsPerSecond)
        let b = try irregular.spectrum(block: 0, scale: .kinetic, intensity: .countsPerSecond)
        #expect(regular.blocks[0].recordedUnits() == "counts")
        #expect(irregular.blocks[0].recordedUnits() == "counts/s")
        #expect(a.energies.count == b.energies.count)
        for i in a.energies.indices {
            #expect(abs(a.energies[i] - b.energies[i]) < 1e-9)
            #expect(abs(a.intensities[i] - b.intensities[i]) <= 1e-4 * a.intensities[i])
        }
        // regular.vms with its analyser's φ: BE = 1486.61 − KE − 4.1082 runs from −4.1082 to 1345.8918 eV
        // (by default, φ = 0: 0…1350 eV, the binding energies of the same survey's SPECS .xy export).
        let aDefault = try regular.spectrum(block: 0)
        #expect(abs(aDefault.energies.first!) < 1e-9 && abs(aDefault.energies.last! - 1350) < 1e-9)
        let aBinding = try regular.spectrum(block: 0, workFunction: .fromFile)
        #expect(abs(aBinding.energies.first! + 4.1082) < 1e-9)
        #expect(abs(aBinding.energies.last! - 1345.8918) < 1e-9)
        // irregular.vms gives no work function (1e+037): BE = hν − KE, 0…1350 eV.
        let bBinding = try irregular.spectrum(block: 0, workFunction: .fromFile)
        #expect(abs(bBinding.energies.first!) < 1e-9 && abs(bBinding.energies.last! - 1350) < 1e-9)
        #expect(bBinding.metadata[SpectrumMetadataKey.energyConversion]?.contains("not given in the file") == true)
    }

    @Test func secondVariableAndItsErrors() throws {
        let file = try VamasFile(contentsOf: SharedData.file("vamas/regular.vms"))
        let transmission = try file.blocks[0].spectrum(variable: 1, scale: .kinetic)
        #expect(transmission.energies.first == 136.61)
        #expect(transmission.intensities.first == 78.8103)
        #expect(transmission.metadata[VamasMetadataKey.variableLabel] == "Transmission")
        #expect(
            throws: VamasError.cannotConvert(
                line: 23, field: "corresponding variable index", found: "2",
                expected: "0..<2 (counts, Transmission)")
        ) {
            try file.blocks[0].spectrum(variable: 2)
        }
    }

    @Test func augerBlockStaysKineticAndRefusesCounts() throws {
        let file = try VamasFile(contentsOf: SharedData.file("vamas/aes_staib.vms"))
        let spectra = try file.spectra()
        #expect(spectra.count == 1)
        #expect(spectra[0].scale == .kinetic)
        #expect(spectra[0].units == "a.u.")
        #expect(throws: VamasError.self) { try file.blocks[0].spectrum(scale: .binding) }  // hν = 0
        #expect(throws: VamasError.self) { try file.blocks[0].spectrum(scale: .kinetic, intensity: .counts) }
    }

    @Test func metadataCarriesHeaderBlockAndComments() throws {
        let s = try SpectrumReader.read(url: SharedData.file("vamas/regular.vms"))[0]
        #expect(s.metadata[SpectrumMetadataKey.format] == "VAMAS")
        #expect(s.metadata[VamasMetadataKey.blockIdentifier] == "Survey")
        #expect(s.metadata[VamasMetadataKey.sampleIdentifier] == "1 as-loaded")
        #expect(s.metadata[VamasMetadataKey.date] == "2023-08-24 14:19:47 GMT+0")
        #expect(s.metadata[SpectrumMetadataKey.photonEnergy] == "1486.61")
        #expect(s.metadata[SpectrumMetadataKey.workFunction] == "4.1082")
        #expect(s.metadata["casa.version"] == "2.3.25PR1.0")
        #expect(s.metadata["specs.version"] == "4.100.1-r111001")
        #expect(s.metadata["specs.Analyzer lens"] == "LargeArea:1.5kV")
        #expect(s.metadata["specs.Spectrum ID"] == "20")
        #expect(s.metadata["comment.CasaRowLabel"] == "1 as-loaded")
        #expect(s.metadata[VamasMetadataKey.blockComment]?.hasPrefix("Casa Info Follows\n0\n0") == true)
    }
}
