import Foundation
import Spectra
import Testing
import TestSupport
@testable import SpectraIO

/// One file of `MeasuredExpectations.table`.
struct ExpectedFile: CustomTestStringConvertible, Sendable {
    struct Block: Sendable {
        let index: Int
        let sample, label, region, axis: String
        let firstAbscissa, lastAbscissa, firstIntensity, lastIntensity: Double
        let points: Int
    }
    let path: String
    let blockCount: Int
    var blocks: [Block] = []
    var testDescription: String { path }

    static let all: [ExpectedFile] = {
        var files: [ExpectedFile] = []
        for line in MeasuredExpectations.table.split(separator: "\n") {
            let f = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
            if f[0] == "file" { files.append(ExpectedFile(path: f[1], blockCount: Int(f[2])!)); continue }
            files[files.count - 1].blocks.append(
                Block(
                    index: Int(f[0])!, sample: f[1], label: f[2], region: f[3], axis: f[4],
                    firstAbscissa: Double(f[5])!, lastAbscissa: Double(f[6])!, firstIntensity: Double(f[7])!,
                    lastIntensity: Double(f[8])!, points: Int(f[9])!))
        }
        return files
    }()
}

@Suite struct MeasuredFilesTests {
    /// Every file reads whole: block count, and per listed block its sample, label, region, axis,
    /// first and last abscissa (recorded), points, and first and last intensity in file order.
    @Test(arguments: ExpectedFile.all) func fileReadsWhole(_ expected: ExpectedFile) throws {
        let url = SharedData.file(expected.path)
        try #require(
            FileManager.default.fileExists(atPath: url.path),
            "shared data missing: \(url.path) (set XPS_SHARED_DATA or place ../shared/data beside the package)")
        let contents = try SpectrumReader.contents(of: url)
        #expect(contents.blocks.count == expected.blockCount)
        for e in expected.blocks {
            let b = try #require(contents.blocks.indices.contains(e.index) ? contents.blocks[e.index] : nil, "block \(e.index)")
            #expect(b.sample == e.sample, "block \(e.index) sample")
            if e.label != "*" { #expect(b.label == e.label, "block \(e.index) label") }
            if contents.format == .vamas { #expect(b.region == e.region, "block \(e.index) region") }
            #expect(b.axis.rawValue == e.axis, "block \(e.index) axis")
            #expect(b.points == e.points, "block \(e.index) points")
            #expect(abs(b.firstAbscissa - e.firstAbscissa) <= 1e-9 * max(1, abs(e.firstAbscissa)), "block \(e.index) first abscissa")
            #expect(abs(b.lastAbscissa - e.lastAbscissa) <= 1e-9 * max(1, abs(e.lastAbscissa)), "block \(e.index) last abscissa")
            guard b.axis != .other else {
                #expect(throws: SpectrumReaderError.self) { try contents.spectrum(block: e.index) }
                continue
            }
            let s = try contents.spectrum(block: e.index)
            // Points recorded twice at one energy (interleaved irregular grids) are merged, and said so.
            #expect(s.energies.count == e.points - MeasuredFilesTests.mergedPoints(s), "block \(e.index) points read")
            #expect(zip(s.energies, s.energies.dropFirst()).allSatisfy { $0 < $1 }, "block \(e.index) strictly ascending")
            // The spectrum is ascending in its own scale; converting kinetic ↔ binding reverses the order.
            let sameScale = s.scale.rawValue == e.axis
            let fileFirstIsLowest = sameScale == (e.lastAbscissa > e.firstAbscissa)
            let (low, high) = (s.intensities.first!, s.intensities.last!)
            #expect((fileFirstIsLowest ? low : high) == e.firstIntensity, "block \(e.index) first intensity")
            #expect((fileFirstIsLowest ? high : low) == e.lastIntensity, "block \(e.index) last intensity")
            let width = s.energies.last! - s.energies.first!
            #expect(abs(width - abs(e.lastAbscissa - e.firstAbscissa)) < 1e-6, "block \(e.index) energy span")
            if sameScale {
                #expect(abs(s.energies.first! - min(e.firstAbscissa, e.lastAbscissa)) < 1e-9 * max(1, abs(e.firstAbscissa)))
            }
        }
    }

    /// How many points a spectrum's repair note says were merged into others (0 without such a note).
    static func mergedPoints(_ s: Spectrum) -> Int {
        guard let note = s.metadata[SpectrumMetadataKey.repairs], let r = note.range(of: " points recorded at an energy already") else { return 0 }
        return Int(note[..<r.lowerBound].split(separator: " ").last ?? "") ?? 0
    }

    /// The irregular Ti file interleaves a 0.1 eV and a 0.05 eV grid, recording 11 energies twice:
    /// each pair is one point at the mean intensity (read by hand from the file: KE 1015.61 eV holds
    /// 1963.3 and 1933.49 counts/s).
    @Test func repeatedEnergiesOfAnIrregularBlockAreMergedAndSaidSo() throws {
        let contents = try SpectrumReader.contents(of: SharedData.file("measured/regions/Ti_references_irregular.vms"), workFunction: .none)
        let s = try contents.spectrum(block: 0)
        #expect(MeasuredFilesTests.mergedPoints(s) == 11)
        #expect(s.energies.count == 802 - 11)
        let be = 1486.61 - 1015.61
        let i = try #require(s.energies.firstIndex { abs($0 - be) < 1e-6 })
        #expect(abs(s.intensities[i] - (1963.3 + 1933.49) / 2) < 1e-9)
    }

    /// The CasaXPS surveys written with CR CR LF read whole, and say what was repaired.
    @Test func crCrLfSurveysNoteTheRepair() throws {
        for path in ["measured/surveys/EX491-495_FeNiCo_oxide_references.vms", "measured/surveys/EX502-506_FeNiCo_mixed_oxides.vms"] {
            let raw = try Data(contentsOf: SharedData.file(path))
            let doubled = raw.indices.dropLast(2).filter { raw[$0] == 0x0D && raw[$0 + 1] == 0x0D && raw[$0 + 2] == 0x0A }.count
            let contents = try SpectrumReader.contents(of: SharedData.file(path))
            #expect(contents.repairs.count == 1)
            #expect(contents.repairs.first?.contains("(\(doubled) lines) end with CR CR LF") == true)
            let s = try contents.spectrum(block: 0)
            #expect(s.metadata[SpectrumMetadataKey.repairs] == contents.repairs.joined(separator: "\n"))
        }
    }

    /// The comment fragments under vamas/ are no VAMAS files: a clear error at line 1, and their
    /// comment styles still parse.
    @Test(arguments: ["casa_header.vms", "casa_process.vms", "kratos.vms", "specs_block.vms", "phi.vms"])
    func fragmentsAreRefusedAtLineOne(_ name: String) throws {
        let url = SharedData.file("vamas/" + name)
        do {
            _ = try SpectrumReader.read(url: url)
            Issue.record("\(name) was read as a spectrum file")
        } catch let error as VamasError {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix(url.path + ": line 1: format identifier"))
        }
        let lines = try RawFile("vamas/" + name).lines
        #expect(!VamasComment.metadata(Array(lines.dropFirst())).isEmpty)
    }
}
