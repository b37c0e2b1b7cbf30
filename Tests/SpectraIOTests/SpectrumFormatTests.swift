import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

@Suite struct SpectrumFormatTests {
    private func temporary(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func registryListsEveryExtensionOnce() {
        #expect(SpectrumFormat.allExtensions == ["csv", "dat", "npl", "txt", "vms", "xy"])
        #expect(SpectrumReader.textExtensions == ["txt", "csv", "dat", "xy"])
        for format in SpectrumFormat.allCases { #expect(!format.extensions.isEmpty && !format.name.isEmpty) }
    }

    @Test func formatsAreRecognisedByContent() throws {
        let cases: [(String, SpectrumFormat)] = [
            ("measured/regions/PHI_multipak_regions.npl", .vamas),
            ("measured/regions/Ag_0001_scienta.txt", .scientaText),
            ("measured/surveys/MgFe2O4.xy", .specsXY),
            ("measured/surveys/ITO_survey_hv600_KE.csv", .text),
            ("measured/regions/Ti_references_irregular.vms", .vamas)
        ]
        for (path, format) in cases { #expect(try SpectrumReader.format(of: SharedData.file(path)) == format, "\(path)") }
        let vamasAsDat = try temporary("export.dat", try String(contentsOf: SharedData.file("vamas/regular.vms"), encoding: .utf8))
        #expect(try SpectrumReader.format(of: vamasAsDat) == .vamas)
    }

    /// ITO_survey_hv600_KE.csv, header "KE/eV,PE: 600 eV": binding energy = 600 eV − KE, point by point.
    @Test func kineticCSVWithPhotonEnergyBecomesBindingEnergy() throws {
        let raw = try RawFile("measured/surveys/ITO_survey_hv600_KE.csv").lines.filter { !$0.isEmpty }
        #expect(raw[0] == "KE/eV,PE: 600 eV")
        let points = raw.dropFirst().map { $0.split(separator: ",").map { Double($0)! } }
        let s = try #require(try SpectrumReader.read(url: SharedData.file("measured/surveys/ITO_survey_hv600_KE.csv")).first)
        #expect(s.scale == .binding)
        #expect(s.energies == points.map { 600 - $0[0] }.reversed())
        #expect(s.intensities == points.map { $0[1] }.reversed())
        #expect(s.metadata[SpectrumMetadataKey.photonEnergy] == "600")
        #expect(s.metadata[SpectrumMetadataKey.recordedScale] == "kinetic")
        #expect(s.metadata[SpectrumMetadataKey.energyConversion]?.hasPrefix("BE = hν − KE, hν = 600 eV (header 'PE: 600 eV')") == true)
    }

    @Test func headerPhotonEnergyAndPassEnergy() throws {
        let kinetic = try TextSpectrumReader.read(text: "# hv = 1486.6 eV\nKinetic Energy (eV),Intensity\n1000,5\n1001,6\n")
        #expect(kinetic.scale == .binding && kinetic.energies == [1486.6 - 1001, 1486.6 - 1000] && kinetic.intensities == [6, 5])
        // After a binding-energy label "PE" is the pass energy: nothing to convert, no photon energy.
        let binding = try TextSpectrumReader.read(text: "BE/eV,PE: 20 eV\n285,5\n284,6\n")
        #expect(binding.scale == .binding && binding.energies == [284, 285])
        #expect(binding.metadata[SpectrumMetadataKey.photonEnergy] == nil)
        // Kinetic without a photon energy stays kinetic.
        let noHV = try TextSpectrumReader.read(text: "KE/eV,counts\n1000,5\n1001,6\n")
        #expect(noHV.scale == .kinetic && noHV.energies == [1000, 1001])
    }

    /// Ag_0001_scienta.txt: one region, 361 points from 382 to 364 eV binding energy, hν 520 eV.
    @Test func scientaRegion() throws {
        let raw = try RawFile("measured/regions/Ag_0001_scienta.txt").lines
        let data = raw[(raw.firstIndex(of: "[Data 1]")! + 1)...].filter { !$0.isEmpty }.map { $0.split(separator: " ").map { Double($0)! } }
        let s = try #require(try ScientaTextReader.read(url: SharedData.file("measured/regions/Ag_0001_scienta.txt")).first)
        #expect(s.scale == .binding)
        #expect(s.energies == data.map { $0[0] }.reversed() && s.intensities == data.map { $0[1] }.reversed())
        #expect(s.metadata[SpectrumMetadataKey.photonEnergy] == "520")
        #expect(s.metadata["ses.Region Name"] == "Ag3d" && s.metadata["ses.Pass Energy"] == "50")

        let text = raw.joined(separator: "\n")
        let wrongSize = text.replacingOccurrences(of: "Dimension 1 size=361", with: "Dimension 1 size=360")
        #expect(throws: TextFormatError.valueCountMismatch(file: "<text>", line: 8, field: "Dimension 1 size", found: 361, expected: 360)) {
            try ScientaTextReader.read(text: wrongSize)
        }
        let image = text.replacingOccurrences(
            of: " 3.82000000000000E+0002  1.57494897842407E+0001",
            with: " 3.82000000000000E+0002  1.57494897842407E+0001  2.0")
        #expect(throws: TextFormatError.self) { try ScientaTextReader.read(text: image) }
    }

    @Test func blocksAreSelectedByIndexOrLabel() throws {
        let url = SharedData.file("measured/surveys/EX491-495_FeNiCo_oxide_references.vms")
        let contents = try SpectrumReader.contents(of: url)
        let fe2p = contents.blocks.filter { $0.label == "Fe2p" }.map(\.index)
        #expect(!fe2p.isEmpty)
        #expect(try contents.indices(.labels(["fe2p"])) == fe2p)
        #expect(try contents.indices(.labels(["Fe 2p"])) == contents.blocks.filter { $0.region == "Fe 2p" }.map(\.index))
        #expect(try contents.indices(.indices([3, 0])) == [3, 0])
        let two = try SpectrumReader.read(url: url, workFunction: .fromFile, blocks: .indices([3, 0]))
        #expect(two.map { $0.metadata[VamasMetadataKey.blockIndex] } == ["3", "0"])
        #expect(throws: SpectrumReaderError.self) { try contents.indices(.labels(["Zr 3d"])) }
        #expect(throws: SpectrumReaderError.self) { try contents.spectrum(block: contents.blocks.count) }

        #expect(BlockSelection(parsing: "all") == .all)
        #expect(BlockSelection(parsing: "0, 2-4") == .indices([0, 2, 3, 4]))
        #expect(BlockSelection(parsing: "Fe 2p; O 1s") == .labels(["Fe 2p", "O 1s"]))
        #expect(BlockSelection(parsing: "9223372036854775806-9223372036854775807") == .indices([9223372036854775806, 9223372036854775807]))
    }

    /// MgFe2O4.xy opens with two fixed-energy "Align" curves whose abscissa is a point index.
    @Test func nonEnergyBlocksAreListedNotRead() throws {
        let contents = try SpectrumReader.contents(of: SharedData.file("measured/surveys/MgFe2O4.xy"))
        let align = contents.blocks.filter { $0.axis == .other }
        #expect(align.map(\.index) == [0, 1] && align.allSatisfy { $0.label == "Align" && $0.axisLabel == "index" })
        #expect(throws: SpectrumReaderError.notASpectrum(path: contents.path, block: 0, label: "Align", axisLabel: "index")) {
            try contents.spectrum(block: 0)
        }
        let spectra = try contents.spectra()
        #expect(spectra.count == contents.blocks.count - 2)
        #expect(spectra[0].metadata[SpectrumMetadataKey.skippedBlocks]?.hasPrefix("blocks 0 ('Align', abscissa 'index')") == true)
        #expect(contents.blocks[2].line.contains("binding 1350…0 eV"))
    }
}
