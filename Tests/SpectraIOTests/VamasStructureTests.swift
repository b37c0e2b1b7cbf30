import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

/// A two-block VAMAS text built parameter by parameter (ISO 14976 block parameter numbers),
/// so a test can leave out of block 2 exactly the parameters the inclusion list excludes.
private struct SyntheticVamas {
    var mode = "NORM"
    /// Raw inclusion list: its count line (positive inclusion, negative exclusion) and entries.
    var inclusion: [Int] = []
    var exclusion = false

    var sputtering: Bool { mode == "SDP" }

    func block1() -> [(Int, [String])] {
        [
            (1, ["C 1s"]), (2, ["sample A"]),
            (3, ["2024"]), (4, ["1"]), (5, ["2"]), (6, ["3"]), (7, ["4"]), (8, ["5"]), (9, ["1"]),
            (10, ["2", "Created by SpecsLab Prodigy, Version 4.1", "Analyzer lens = MediumArea:1.5kV"]),
            (11, ["XPS"]), (13, ["0.5"]), (14, ["Mg"]),
            (15, sputtering ? ["18", "1", "1"] : []),
            (16, ["1253.6"]), (17, ["300"]), (18, ["1E37", "1E37"]), (21, ["54.7"]), (22, ["0"]),
            (23, ["FAT"]), (24, ["20"]), (26, ["1"]), (27, ["4.5"]), (28, ["0"]), (29, ["1E37", "1E37"]),
            (30, ["0", "0"]), (31, ["C"]), (32, ["1s", "-1"]),
            (33, ["binding energy", "eV", "280", "0.5"]), (34, ["1", "counts", "d"]),
            (35, ["pulse counting"]), (36, ["0.1"]), (37, ["3"]), (38, ["0"]),
            (39, sputtering ? ["3000", "1E37", "1000", "1000", "45", "0", "continuous"] : []),
            (40, ["0", "0", "0", "1", "temperature", "K", "300"])
        ]
    }

    func block2() -> [(Int, [String])] {
        [
            (1, ["O 1s"]), (2, ["sample B"]),
            (3, ["2025"]), (4, ["6"]), (5, ["7"]), (6, ["8"]), (7, ["9"]), (8, ["10"]), (9, ["2"]),
            (10, ["0"]), (11, ["XPS"]), (13, ["1.5"]), (14, ["Al"]),
            (15, sputtering ? ["54", "1", "1"] : []),
            (16, ["1486.6"]), (17, ["250"]), (18, ["1E37", "1E37"]), (21, ["50"]), (22, ["10"]),
            (23, ["FRR"]), (24, ["4"]), (26, ["2"]), (27, ["4.2"]), (28, ["1"]), (29, ["100", "100"]),
            (30, ["10", "20"]), (31, ["O"]), (32, ["1s", "-1"]),
            (33, ["binding energy", "eV", "525", "0.25"]), (34, ["1", "counts", "d"]),
            (35, ["pulse counting"]), (36, ["0.2"]), (37, ["7"]), (38, ["0"]),
            (39, sputtering ? ["500", "1E37", "2000", "2000", "45", "0", "pulsed"] : []),
            (40, ["1", "2", "3", "0"])
        ]
    }

    var lines: [String] {
        var out = [
            "VAMAS Surface Chemical Analysis Standard Data Transfer Format 1988 May 4",
            "Lab", "Model", "Op", "Exp", "1", "Experiment Type: XPS", mode, "REGULAR"
        ]
        if mode == "NORM" || mode == "SDP" { out.append("2") }  // spectral regions
        out += ["1", "Etch time", "s"]  // experimental variables
        out.append(String(exclusion ? -inclusion.count : inclusion.count))
        out += inclusion.map(String.init)
        out += ["1", "27"]  // manual entries
        out += ["1", "1", "future experiment entry"]  // future upgrades
        out.append("2")
        out += block1().flatMap(\.1)
        out += ["block future entry 1", "5", "10", "50", "10", "20", "50", "20", "10"]
        let holds = { (n: Int) in exclusion ? !inclusion.contains(n) : (inclusion.isEmpty || inclusion.contains(n)) }
        out += block2().filter { holds($0.0) }.flatMap(\.1)
        out += ["block future entry 2", "4", "5", "40", "5", "40", "30", "6"]
        out.append("end of experiment")
        return out
    }

    var text: String { lines.joined(separator: "\n") + "\n" }
}

@Suite struct VamasInclusionListTests {
    @Test func everyParameterIncluded() throws {
        let file = try VamasFile(text: SyntheticVamas().text)
        #expect(file.parameterInclusion == .all)
        #expect(file.manualEntries == [27])
        #expect(file.futureUpgradeExperimentEntries == ["future experiment entry"])
        #expect(file.futureUpgradeBlockEntryCount == 1)
        #expect(file.experimentalVariables == [VamasLabel(label: "Etch time", units: "s")])
        let b = file.blocks[1]
        #expect(b.sampleIdentifier == "sample B" && b.sourceLabel == "Al" && b.numberOfScans == 7)
        #expect(b.takeOffPolarAngle == 10 && b.takeOffAzimuth == 20)
        #expect(b.additionalParameters.isEmpty)
        #expect(b.futureUpgradeEntries == ["block future entry 2"])
        #expect(b.abscissa == [525, 525.25, 525.5, 525.75])
        #expect(b.variables[0].values == [5, 40, 30, 6])
        #expect(file.blocks[0].experimentalVariableValues == [0.5])
        #expect(file.blocks[0].commentMetadata["specs.Analyzer lens"] == "MediumArea:1.5kV")
    }

    @Test func inclusionListCopiesTheOtherParametersFromTheFirstBlock() throws {
        let text = SyntheticVamas(inclusion: [1, 13, 33, 36]).text
        let file = try VamasFile(text: text)
        #expect(file.parameterInclusion == .only([1, 13, 33, 36]))
        let (first, b) = (file.blocks[0], file.blocks[1])
        // Held by block 2:
        #expect(b.identifier == "O 1s")
        #expect(b.experimentalVariableValues == [1.5])
        #expect(b.abscissaStart == 525 && b.abscissaIncrement == 0.25)
        #expect(b.collectionTime == 0.2)
        // From block 1:
        #expect(b.sampleIdentifier == "sample A")
        #expect(b.date == first.date)
        #expect(b.comment == first.comment)
        #expect(b.sourceLabel == "Mg" && b.sourceEnergy == 1253.6 && b.workFunction == 4.5)
        #expect(b.numberOfScans == 3)
        #expect(b.additionalParameters == first.additionalParameters)
        #expect(b.variables.map(\.label) == ["counts"])
        // Always in every block:
        #expect(b.futureUpgradeEntries == ["block future entry 2"])
        #expect(b.abscissa == [525, 525.25, 525.5, 525.75])
        #expect(b.variables[0].values == [5, 40, 30, 6])
        #expect(first.abscissa == [280, 280.5, 281, 281.5, 282])
        #expect(first.variables[0].values == [10, 20, 50, 20, 10])

        // Binding → kinetic with block 1's source and work function: KE = 1253.6 − BE − 4.5.
        let kinetic = try b.spectrum(scale: .kinetic, workFunction: .fromFile)
        #expect(abs(kinetic.energies[0] - (1253.6 - 525.75 - 4.5)) < 1e-9)
        #expect(kinetic.intensities[0] == 6)
        // counts/s = counts / (0.2 s × 3 scans)
        let rate = try b.spectrum(intensity: .countsPerSecond)
        #expect(abs(rate.intensities[1] - 40 / 0.6) < 1e-9)
    }

    @Test func exclusionListLeavesOutTheListedParameters() throws {
        let file = try VamasFile(text: SyntheticVamas(inclusion: [2, 36], exclusion: true).text)
        #expect(file.parameterInclusion == .allExcept([2, 36]))
        let b = file.blocks[1]
        #expect(b.identifier == "O 1s" && b.sampleIdentifier == "sample A")
        #expect(b.collectionTime == 0.1 && b.numberOfScans == 7)
        #expect(b.sourceLabel == "Al" && b.analyserMode == "FRR")
        #expect(b.variables[0].values == [5, 40, 30, 6])
    }

    @Test func depthProfileModeReadsSputteringFields() throws {
        let file = try VamasFile(text: SyntheticVamas(mode: "SDP").text)
        #expect(file.experimentMode == .sdp)
        #expect(file.numberOfSpectralRegions == 2)
        let b = file.blocks[1]
        #expect(b.sputteringIon == VamasSputteringIon(atomicNumber: 54, atomsPerParticle: 1, charge: 1))
        #expect(b.sputteringSource?.energy == 500 && b.sputteringSource?.beamCurrent == nil)
        #expect(b.sputteringSource?.mode == "pulsed")
        #expect(b.variables[0].values == [5, 40, 30, 6])
    }

    @Test func inclusionEntryOutsideOneToFortyIsAnError() {
        var lines = SyntheticVamas(inclusion: [1, 13, 33, 36]).lines
        let at = lines.firstIndex(of: "33")!
        lines[at] = "41"
        #expect(
            throws: VamasError.unexpectedValue(
                line: at + 1, field: "parameter inclusion or exclusion list entry",
                found: "41", expected: "a block parameter number 1…40")
        ) {
            try VamasFile(text: lines.joined(separator: "\n"))
        }
    }
}

/// Malformed variants of regular.vms (line numbers as in `VamasWholeFileTests`).
@Suite struct VamasMalformedTests {
    let lines: [String]
    init() throws { lines = try RawFile("vamas/regular.vms").lines }

    private func parse(_ lines: [String]) throws { _ = try VamasFile(text: lines.joined(separator: "\r\n") + "\r\n") }

    private func replacing(_ line: Int, with text: String) -> [String] {
        var copy = lines
        copy[line - 1] = text
        return copy
    }

    @Test func untouchedFileParses() throws { try parse(lines) }

    @Test func truncatedFile() {
        // Counts are checked against the lines left before anything is read or reserved.
        #expect(throws: VamasError.countExceedsFile(line: 91, field: "number of ordinate values", found: "2702", room: 409)) {
            try parse(Array(lines.prefix(500)))
        }
        #expect(throws: VamasError.countExceedsFile(line: 32, field: "number of lines in block comment", found: "14", room: 8)) {
            try parse(Array(lines.prefix(40)))
        }
        #expect(throws: VamasError.truncated(line: 98, field: "ordinate value")) {
            var short = Array(lines.prefix(97))
            short[90] = "4"  // line 91: a count the 6 lines left hold, but 4 bounds + 4 values need 8
            try parse(short)
        }
        #expect(throws: VamasError.truncated(line: 2798, field: "experiment terminator")) { try parse(Array(lines.dropLast())) }
        #expect(throws: VamasError.truncated(line: 1, field: "format identifier")) { try VamasFile(text: "") }
    }

    @Test func nonNumericCount() {
        #expect(
            throws: VamasError.unexpectedValue(
                line: 91, field: "number of ordinate values", found: "27O2",
                expected: "an integer")
        ) {
            try parse(replacing(91, with: "27O2"))
        }
        #expect(
            throws: VamasError.unexpectedValue(
                line: 22, field: "number of blocks", found: "one",
                expected: "an integer")
        ) {
            try parse(replacing(22, with: "one"))
        }
        #expect(
            throws: VamasError.unexpectedValue(
                line: 500, field: "ordinate value", found: "15x9.3",
                expected: "a number")
        ) {
            try parse(replacing(500, with: "15x9.3"))
        }
        #expect(
            throws: VamasError.unexpectedValue(
                line: 71, field: "abscissa increment", found: "0",
                expected: "a non-zero number")
        ) {
            try parse(replacing(71, with: "0"))
        }
    }

    @Test func wrongNumberOfValues() {
        // One (counts, transmission) pair missing: "end of experiment" is met after 2700 values.
        var short = lines
        short.removeSubrange(2795...2796)  // lines 2796–2797
        #expect(throws: VamasError.valueCountMismatch(line: 91, field: "number of ordinate values", found: 2700, expected: 2702)) {
            try parse(short)
        }
        // Two values too many before the terminator.
        var long = lines
        long.insert(contentsOf: ["12.5", "23.5"], at: 2797)
        #expect(
            throws: VamasError.valueCountMismatch(
                line: 2798, field: "number of ordinate values of the last block",
                found: 2704, expected: 2702)
        ) {
            try parse(long)
        }
        // A count that two corresponding variables cannot share.
        #expect(
            throws: VamasError.unexpectedValue(
                line: 91, field: "number of ordinate values", found: "2701",
                expected: "a multiple of 2, the number of corresponding variables")
        ) {
            try parse(replacing(91, with: "2701"))
        }
    }

    @Test func unknownModes() {
        #expect(
            throws: VamasError.unknownMode(
                line: 13, field: "scan mode", found: "SPIRAL",
                expected: "REGULAR, IRREGULAR or MAPPING")
        ) {
            try parse(replacing(13, with: "SPIRAL"))
        }
        #expect(throws: VamasError.unsupportedMode(line: 13, field: "scan mode", found: "MAPPING")) {
            try parse(replacing(13, with: "MAPPING"))
        }
        #expect(throws: VamasError.self) { try parse(replacing(12, with: "NORMAL")) }
        do {
            try parse(replacing(12, with: "NORMAL"))
        } catch let error as VamasError {
            #expect(error.line == 12)
            guard case .unknownMode(_, "experiment mode", "NORMAL", _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
        } catch { Issue.record("unexpected \(error)") }
        #expect(
            throws: VamasError.unexpectedValue(
                line: 1, field: "format identifier", found: "VAMOS",
                expected: "'\(VamasFile.formatIdentifierPrefix) …'")
        ) {
            try parse(replacing(1, with: "VAMOS"))
        }
    }

    @Test func errorsFromAFileNameThePath() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("io-truncated-\(UUID().uuidString).vms")
        try Data(lines.prefix(500).joined(separator: "\r\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(
            throws: VamasError.inFile(
                path: url.path,
                error: .countExceedsFile(
                    line: 91, field: "number of ordinate values", found: "2702", room: 409))
        ) {
            try VamasFile(contentsOf: url)
        }
        do {
            _ = try SpectrumReader.read(url: url)
            Issue.record("a truncated file was read")
        } catch let error as VamasError {
            #expect(error.line == 91)
            #expect(error.description.hasPrefix(url.path + ": line 91"))
        }
        // A fragment is no VAMAS file: line 1 is not the format identifier.
        let fragment = SharedData.file("vamas/kratos.vms")
        #expect(
            throws: VamasError.inFile(
                path: fragment.path,
                error: .unexpectedValue(
                    line: 1, field: "format identifier", found: "39",
                    expected: "'\(VamasFile.formatIdentifierPrefix) …'"))
        ) {
            try SpectrumReader.read(url: fragment)
        }
        let missing = URL(fileURLWithPath: "/nonexistent/x.vms")
        #expect(throws: VamasError.self) { try VamasFile(contentsOf: missing) }
        do { _ = try VamasFile(contentsOf: missing) } catch let error as VamasError {
            guard case .inFile(missing.path, .unreadable) = error else { Issue.record("unexpected \(error)"); return }
        }
    }
}
