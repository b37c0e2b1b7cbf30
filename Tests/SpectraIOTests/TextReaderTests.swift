import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

@Suite struct TextSpectrumReaderTests {
    /// Measured data and fitted curves of Park et al. 2020: 401 points, 0.05 eV, descending in the file.
    @Test(arguments: ["P3HT_S2p_exp.txt", "ITO_O1s_exp.txt", "P3HT_S2p_bg.txt", "ITO_O1s_p3.txt"])
    func park2020Files(name: String) throws {
        let raw = try RawFile("park2020/" + name)
        let firstFields = raw[1].split(separator: "\t").map { Double($0)! }
        let lastFields = raw[raw.lines.count].split(separator: "\t").map { Double($0)! }
        let s = try TextSpectrumReader.read(url: SharedData.file("park2020/" + name))
        #expect(s.energies.count == 401)
        #expect(s.scale == .binding && s.units == "counts")
        #expect(s.energies.first == lastFields[0] && s.intensities.first == lastFields[1])
        #expect(s.energies.last == firstFields[0] && s.intensities.last == firstFields[1])
        for (a, b) in zip(s.energies, s.energies.dropFirst()) { #expect(abs(b - a - 0.05) < 1e-9) }
        #expect(s.metadata[SpectrumMetadataKey.file] == SharedData.file("park2020/" + name).path)
    }

    @Test func p3htValues() throws {
        let s = try TextSpectrumReader.read(url: SharedData.file("park2020/P3HT_S2p_exp.txt"))
        #expect(abs(s.energies.first! - 155.08) < 1e-9 && s.energies.last! == 175.08)
        #expect(s.intensities.last == 3611.66)
        #expect(s.intensities.first == 2937.52)
    }

    @Test func fitParameterTableHasNoData() {
        #expect(throws: TextFormatError.noData(file: SharedData.file("park2020/P3HT_S2p_numerics.txt").path)) {
            try TextSpectrumReader.read(url: SharedData.file("park2020/P3HT_S2p_numerics.txt"))
        }
    }

    @Test func headerCommentsAndSeparators() throws {
        let csv = """
            # exported spectrum
            Kinetic Energy (eV),Intensity (cps)
            100.0,5
            100.5,7   # a remark
            # comment between points

            101.0,9
            """
        let s = try TextSpectrumReader.read(text: csv)
        #expect(s.energies == [100, 100.5, 101] && s.intensities == [5, 7, 9])
        #expect(s.scale == .kinetic && s.units == "counts/s")
        #expect(s.metadata["header"] == "exported spectrum\nKinetic Energy (eV),Intensity (cps)")

        let semicolon = "BE;counts\n286,5;12\n285,5;15\n284,5;11\n"
        let t = try TextSpectrumReader.read(text: semicolon, options: .init(units: "counts"))
        #expect(t.energies == [284.5, 285.5, 286.5] && t.intensities == [11, 15, 12])
        #expect(t.scale == .binding)

        let whitespace = "  1.0   10 0.5\n  2.0   20 0.6\n"
        let u = try TextSpectrumReader.read(text: whitespace, options: .init(intensityColumn: 2))
        #expect(u.intensities == [0.5, 0.6])
    }

    @Test func errorsNameFileAndLine() {
        #expect(
            throws: TextFormatError.unexpectedValue(
                file: "s.txt", line: 3, field: "data line", found: "oops",
                expected: "numbers (header lines may only precede the data)")
        ) {
            try TextSpectrumReader.read(text: "1\t2\n2\t3\noops\n", name: "s.txt")
        }
        #expect(throws: TextFormatError.missingColumn(file: "s.txt", line: 2, found: 1, expected: 2)) {
            try TextSpectrumReader.read(text: "1 2\n2\n", name: "s.txt")
        }
        #expect(
            throws: TextFormatError.unexpectedValue(
                file: "s.txt", line: 2, field: "intensity (column 2)",
                found: "n/a", expected: "a number")
        ) {
            try TextSpectrumReader.read(text: "1,2\n2,n/a\n", name: "s.txt")
        }
        #expect(throws: TextFormatError.energiesNotMonotonic(file: "s.txt", line: 4, previous: 3, found: 2.5)) {
            try TextSpectrumReader.read(text: "# e i\n1 1\n3 1\n2.5 1\n", name: "s.txt")
        }
        #expect(throws: TextFormatError.energiesNotMonotonic(file: "s.txt", line: 2, previous: 1, found: 1)) {
            try TextSpectrumReader.read(text: "1 1\n1 2\n", name: "s.txt")
        }
        #expect(throws: TextFormatError.noData(file: "s.txt")) { try TextSpectrumReader.read(text: "# nothing\n", name: "s.txt") }
    }
}

@Suite struct SpecsXYReaderTests {
    private var fixtureLines: [String] { SpecsXYFixture.text.components(separatedBy: "\n") }

    @Test func regionsAndCurves() throws {
        let spectra = try SpecsXYReader.read(text: SpecsXYFixture.text, name: "fixture.xy")
        #expect(spectra.count == 3)
        let survey = spectra[0]
        #expect(survey.metadata["region"] == "Survey" && survey.metadata["group"] == "1 as-loaded")
        #expect(survey.scale == .kinetic && survey.units == "counts/s")
        #expect(survey.energies == [1181.61, 1182.61, 1183.61, 1184.61, 1185.61, 1186.61])
        #expect(survey.intensities.first == 15598.7 && survey.intensities.last == 15662)
        #expect(survey.metadata["xy.Acquisition Date"] == "2023-08-24 14:19:47 UTC")
        #expect(survey.metadata["xy.Analyzer Slit"] == "4:7x20c\\C:mesh")
        #expect(survey.metadata["xy.Created by"] == "SpecsLab Prodigy, Version 4.100.1-r111001")
        #expect(survey.metadata["xy.Dwell Time"] == "0.1")
        #expect(survey.metadata[SpectrumMetadataKey.format] == "SPECS Prodigy XY")
        let c1s = spectra[1], second = spectra[2]
        #expect(c1s.metadata["region"] == "C 1s" && second.metadata["region"] == "C 1s")
        #expect(c1s.metadata["xy.Cycle"] == "0" && second.metadata["xy.Cycle"] == "1")
        #expect(c1s.metadata["xy.Comment"] == "adventitious carbon")
        #expect(c1s.metadata["xy.Dwell Time"] == "0.2")
        #expect(c1s.energies.count == 5 && second.intensities[2] == 5101.75)
    }

    @Test func bindingScaleUsesExcitationEnergyAndWorkFunction() throws {
        let withPhi = try SpecsXYReader.read(text: SpecsXYFixture.text, scale: .binding, workFunction: .fromFile)[0]
        // BE = 1486.61 − KE − 4.1082: KE 1186.61…1181.61 → BE 295.8918…300.8918, ascending.
        #expect(abs(withPhi.energies.first! - 295.8918) < 1e-9 && abs(withPhi.energies.last! - 300.8918) < 1e-9)
        #expect(withPhi.intensities.first == 15662)
        let without = try SpecsXYReader.read(text: SpecsXYFixture.text, scale: .binding, workFunction: .none)[0]
        #expect(abs(without.energies.first! - 300) < 1e-9 && abs(without.energies.last! - 305) < 1e-9)
    }

    @Test func valuesPerCurveMustMatch() throws {
        var lines = fixtureLines
        let at = try #require(lines.firstIndex { $0.contains("Values/Curve:      5") })
        lines[at] = lines[at].replacingOccurrences(of: "5", with: "6")
        #expect(throws: TextFormatError.valueCountMismatch(file: "f.xy", line: at + 1, field: "Values/Curve", found: 5, expected: 6)) {
            try SpecsXYReader.read(text: lines.joined(separator: "\n"), name: "f.xy")
        }
    }

    @Test func badDataLineNamesTheLine() throws {
        var lines = fixtureLines
        let at = try #require(lines.firstIndex { $0.contains("1198.610000  5.120250E+03") })
        lines[at] = "  1198.610000  5.12O250E+03"
        #expect(
            throws: TextFormatError.unexpectedValue(
                file: "f.xy", line: at + 1, field: "intensity",
                found: "5.12O250E+03", expected: "a number")
        ) {
            try SpecsXYReader.read(text: lines.joined(separator: "\n"), name: "f.xy")
        }
    }
}

@Suite struct SpectrumReaderTests {
    private func temporary(_ name: String, _ text: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func choosesByExtensionAndContent() throws {
        #expect(try SpectrumReader.format(of: SharedData.file("vamas/xps_eis.vms")) == .vamas)
        #expect(try SpectrumReader.read(url: SharedData.file("vamas/xps_eis.vms")).map(\.energies.count) == [8201, 321, 941, 541])
        #expect(try SpectrumReader.read(url: SharedData.file("park2020/ITO_O1s_exp.txt"))[0].energies.count == 401)

        let xy = try temporary("survey.xy", SpecsXYFixture.text)
        #expect(try SpectrumReader.format(of: xy) == .specsXY)
        #expect(try SpectrumReader.read(url: xy).count == 3)
        let plainXY = try temporary("plain.xy", "1 2\n2 3\n")
        #expect(try SpectrumReader.format(of: plainXY) == .text)
        let csv = try temporary("s.csv", "energy,counts\n1,2\n2,3\n")
        #expect(try SpectrumReader.read(url: csv)[0].intensities == [2, 3])
        let vamasNoExtension = try temporary("export", try String(contentsOf: SharedData.file("vamas/regular.vms"), encoding: .utf8))
        #expect(try SpectrumReader.format(of: vamasNoExtension) == .vamas)
    }

    @Test func latin1TextIsRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("latin1.csv")
        // "Energie;Intensit\u{E9} (\u{B5}A)" in ISO Latin-1, then two points with decimal commas.
        var bytes = Array("Energie;Intensit".utf8) + [0xE9] + Array(" (".utf8) + [0xB5] + Array("A)\n".utf8)
        bytes += Array("1,5;10\n2,5;20\n".utf8)
        try Data(bytes).write(to: url)
        let s = try SpectrumReader.read(url: url)[0]
        #expect(s.energies == [1.5, 2.5] && s.intensities == [10, 20])
        #expect(s.metadata["header"] == "Energie;Intensit\u{E9} (\u{B5}A)")
    }

    @Test func unknownFormatIsAnError() throws {
        let url = try temporary("spectrum.h5", "\u{89}HDF\r\n")
        #expect(
            throws: SpectrumReaderError.unknownFormat(
                path: url.path, found: ".h5",
                expected: SpectrumFormat.expectedDescription)
        ) {
            try SpectrumReader.read(url: url)
        }
        let missing = URL(fileURLWithPath: "/nonexistent/file.vms")
        #expect(throws: SpectrumReaderError.self) { try SpectrumReader.read(url: missing) }
    }
}
