import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

/// Malformed VAMAS files with one sensible reading are read, with a note saying what was
/// repaired; corrupt counts give a `VamasError` naming the line, never a crash.
/// Edits of vamas/regular.vms by line: 6 experiment comment count (5), 12–13 modes, 15
/// experimental variables, 18 inclusion list count, 22 blocks, 23–24 block and sample
/// identifier, 32 block comment count (14), 33–46 block comment, 47 technique, 91 ordinate count.
@Suite struct VamasRepairTests {
    let lines: [String]
    let original: VamasFile

    init() throws {
        lines = try RawFile("vamas/regular.vms").lines
        original = try VamasFile(text: lines.joined(separator: "\r\n") + "\r\n")
    }

    private func read(_ lines: [String], ends: String = "\r\n") throws -> VamasFile {
        try VamasFile(text: lines.joined(separator: ends) + ends)
    }

    private func replacing(_ line: Int, with text: String) -> [String] {
        var copy = lines
        copy[line - 1] = text
        return copy
    }

    @Test func leadingBlankLinesAreSkipped() throws {
        let file = try VamasFile(text: "\r\n  \r\n" + lines.joined(separator: "\r\n") + "\r\n")
        #expect(file.repairs == ["lines 1–2 (2 lines) blank before the format identifier; skipped"])
        #expect(
            file.blocks
                == original.blocks.map {
                    var b = $0; b.line += 2; return b
                })
        // Recognised by content whatever the extension.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("blank-first-\(UUID().uuidString).txt")
        try Data(("\n\n" + lines.joined(separator: "\n")).utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try SpectrumReader.format(of: url) == .vamas)
        let s = try SpectrumReader.read(url: url)
        #expect(s.count == 1)
        #expect(s[0].metadata[SpectrumMetadataKey.repairs]?.contains("blank before the format identifier") == true)
    }

    @Test func crCrLfAndMixedLineEndsReadAsOneLineEnd() throws {
        var text = ""
        for (i, line) in lines.enumerated() {
            text += line + ((38...45).contains(i + 1) ? "\r\r\n" : i % 3 == 0 ? "\n" : "\r\n")
        }
        let file = try VamasFile(text: text)
        #expect(file.blocks == original.blocks)
        #expect(
            file.repairs == [
                "lines 38–45 (8 lines) end with CR CR LF; each read as one line end",
                "mixed line ends (CR LF, LF); each read as one line end"
            ])
    }

    @Test func blockCommentCountThatDisagreesIsRepaired() throws {
        for declared in ["12", "16", "9223372036854775807"] {
            let file = try read(replacing(32, with: declared))
            let block = try #require(file.blocks.first)
            #expect(block.comment == original.blocks[0].comment, "declared \(declared)")
            #expect(
                block.repairs == [
                    "line 32: number of lines in block comment declares \(declared) but the technique follows after 14 (line 47); read 14 comment lines"
                ])
            let s = try file.spectrum(block: 0)
            #expect(s.metadata[SpectrumMetadataKey.repairs] == block.repairs[0])
            #expect(s.intensities == (try original.spectrum(block: 0)).intensities)
        }
    }

    @Test func experimentCommentCountThatDisagreesIsRepaired() throws {
        let file = try read(replacing(6, with: "3"))
        #expect(file.comment == original.comment)
        #expect(
            file.repairs == ["line 6: number of lines in comment declares 3 but the experiment mode follows after 5 (line 12); read 5 comment lines"])
    }

    /// Two places where the technique could follow: no single reading, so no repair — the count
    /// is read as written and the next field's error names its line.
    @Test func ambiguousCommentCountIsAnError() throws {
        var copy = replacing(32, with: "10")
        copy[38] = "XPS"  // line 39 looks like a technique …
        copy[39] = "0"  // … followed by an experimental variable value,
        copy[40] = "Al"  // a source label
        copy[41] = "1486.61"  // and a source energy
        #expect(throws: VamasError.self) { try read(copy) }
        do { _ = try read(copy) } catch let error as VamasError { #expect(error.line != nil) }
    }

    @Test func emptySampleAndBlockLinesRead() throws {
        var copy = replacing(23, with: "")
        copy[23] = ""
        let file = try read(copy)
        #expect(file.blocks[0].identifier == "" && file.blocks[0].sampleIdentifier == "")
        #expect(file.blocks[0].abscissa == original.blocks[0].abscissa)
        #expect(file.repairs.isEmpty && file.blocks[0].repairs.isEmpty)
    }

    @Test func blockWithoutPointsIsAnErrorNamingItsLine() throws {
        var copy = replacing(91, with: "0")
        copy.removeSubrange(95..<2797)  // values on lines 96–2797; bounds 92–95 stay
        let file = try read(copy)
        #expect(file.blocks[0].abscissa.isEmpty)
        #expect(
            throws: VamasError.cannotConvert(
                line: 23, field: "number of ordinate values", found: "0",
                expected: "at least one point for a spectrum")
        ) {
            try file.spectrum(block: 0)
        }
    }

    /// Issue 25: huge or negative counts on count lines give a `VamasError` at that line.
    @Test func hugeCountsAreErrorsAtTheirLine() throws {
        let cases: [(Int, String, String)] = [
            (18, "-9223372036854775808", "number of entries in parameter inclusion or exclusion list"),
            (18, "9223372036854775807", "number of entries in parameter inclusion or exclusion list"),
            (15, "9223372036854775807", "number of experimental variables"),
            (22, "9223372036854775807", "number of blocks"),
            (91, "9223372036854775807", "number of ordinate values"),
            (20, "9223372036854775807", "number of future upgrade experiment entries")
        ]
        for (line, value, field) in cases {
            do {
                _ = try read(replacing(line, with: value))
                Issue.record("line \(line) = \(value) was read")
            } catch let error as VamasError {
                guard case .countExceedsFile(line, field, value, _) = error else {
                    Issue.record("line \(line) = \(value): \(error)")
                    continue
                }
            }
        }
        #expect(
            throws: VamasError.unexpectedValue(
                line: 22, field: "number of blocks", found: "-9223372036854775808",
                expected: "a count ≥ 0")
        ) {
            try read(replacing(22, with: "-9223372036854775808"))
        }
    }

    /// Every integer line of the header and the block, set to 2^63 − 1, −2^63, −1 or 10^30:
    /// a read or a `VamasError` with a line, never a trap.
    @Test func everyIntegerLineSurvivesExtremeValues() throws {
        for line in 1...95 where Int(lines[line - 1].trimmingCharacters(in: .whitespaces)) != nil {
            for value in ["9223372036854775807", "-9223372036854775808", "-1", "1000000000000000000000000000000"] {
                do { _ = try read(replacing(line, with: value)) } catch let error as VamasError {
                    #expect(error.line != nil, "line \(line) = \(value): \(error)")
                }
            }
        }
    }
}
