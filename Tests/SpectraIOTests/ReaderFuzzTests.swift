import Foundation
import Spectra
import Tensors
import Testing
import TestSupport
@testable import SpectraIO

/// Seeded mutation fuzzing of every reader: small excerpts of the shared files, truncated,
/// with lines dropped, doubled, swapped or replaced, numbers replaced by huge, negative or
/// malformed ones, and line ends changed. Every mutant must read (blocks listed, spectra
/// handed out) or fail with a typed error that names the file and, where it has one, the line.
@Suite struct ReaderFuzzTests {
    static let mutantCount = 1_200
    static let seed: UInt64 = 25

    /// A seed file: its text as lines and the extension it is read under.
    struct Seed { let name: String; let lines: [String]; let ext: String }

    /// The first `count` blocks of a VAMAS file, with its block count and terminator rewritten.
    static func vamasExcerpt(_ path: String, blocks count: Int) throws -> [String] {
        let lines = try RawFile(path).lines
        let file = try VamasFile(text: lines.joined(separator: "\n"))
        guard file.blocks.count > count else { return lines }
        let firstBlockLine = file.blocks[0].line, endLine = file.blocks[count].line
        var excerpt = Array(lines[..<(endLine - 1)])
        excerpt[firstBlockLine - 2] = String(count)  // the "number of blocks" line
        return excerpt + ["end of experiment"]
    }

    static func seeds() throws -> [Seed] {
        let xy = try RawFile("measured/surveys/MgFe2O4.xy").lines
        let group = try #require(xy.firstIndex { $0.hasPrefix("# Group:") && $0.contains("1 as-loaded") })
        let nextGroup = try #require(xy[(group + 1)...].firstIndex { $0.hasPrefix("# Group:") })
        return [
            Seed(name: "regular", lines: try RawFile("vamas/regular.vms").lines, ext: "vms"),
            Seed(name: "irregular", lines: try vamasExcerpt("vamas/irregular.vms", blocks: 1), ext: "vms"),
            Seed(name: "aes", lines: try RawFile("vamas/aes_staib.vms").lines, ext: "vms"),
            Seed(name: "EX491", lines: try vamasExcerpt("measured/surveys/EX491-495_FeNiCo_oxide_references.vms", blocks: 2), ext: "vms"),
            Seed(name: "Ti", lines: try vamasExcerpt("measured/regions/Ti_references_irregular.vms", blocks: 1), ext: "vms"),
            Seed(name: "PHI", lines: try vamasExcerpt("measured/regions/PHI_multipak_regions.npl", blocks: 2), ext: "npl"),
            Seed(name: "FeO", lines: try RawFile("measured/fits/FeO_analyzed.vms").lines, ext: "vms"),
            Seed(name: "MgFe2O4", lines: Array(xy[..<16]) + Array(xy[group..<nextGroup]), ext: "xy"),
            Seed(name: "scienta", lines: try RawFile("measured/regions/Ag_0001_scienta.txt").lines, ext: "txt"),
            Seed(name: "ITO", lines: try RawFile("measured/surveys/ITO_survey_hv600_KE.csv").lines, ext: "csv"),
            Seed(name: "C1s", lines: try RawFile("measured/regions/C1s_sample.csv").lines, ext: "csv")
        ]
    }

    static let hostileNumbers = [
        "9223372036854775807", "-9223372036854775808", "-1", "0", "1e400", "nan", "",
        "99999999999999999999999", "18446744073709551616", "-0", "1E37", "0x10", "12x4"
    ]

    /// One mutant of `lines`: one to three edits, then a choice of line ends.
    static func mutate(_ lines: [String], _ rng: inout SeededRandom) -> String {
        var l = lines
        for _ in 0..<Int.random(in: 1...3, using: &rng) where !l.isEmpty {
            let i = Int.random(in: 0..<l.count, using: &rng)
            switch Int.random(in: 0..<8, using: &rng) {
            case 0: l = Array(l.prefix(i))  // truncate
            case 1: l.removeSubrange(i..<min(l.count, i + Int.random(in: 1...3, using: &rng)))
            case 2: l.insert(l[i], at: i)  // double a line
            case 3, 4:  // hostile number on a numeric line
                let numeric =
                    (0..<40).map { _ in Int.random(in: 0..<l.count, using: &rng) }
                    .first { Double(l[$0].trimmingCharacters(in: .whitespaces)) != nil } ?? i
                l[numeric] = hostileNumbers.randomElement(using: &rng)!
            case 5: l.swapAt(i, Int.random(in: 0..<l.count, using: &rng))
            case 6: l.insert(contentsOf: Array(repeating: "", count: Int.random(in: 1...3, using: &rng)), at: 0)
            default:
                l[i] = ["garbage ✗", "# Region:", "[Data 1]", "CASA comp (*x*)", "Casa Info Follows", "XPS", "end of experiment"]
                    .randomElement(using: &rng)!
            }
        }
        switch Int.random(in: 0..<5, using: &rng) {
        case 0: return l.joined(separator: "\n")
        case 1: return l.joined(separator: "\r")
        case 2: return l.joined(separator: "\r\r\n") + "\r\r\n"
        case 3: return l.enumerated().map { $0.element + ($0.offset % 2 == 0 ? "\r\n" : "\n") }.joined()
        default: return l.joined(separator: "\r\n") + "\r\n"
        }
    }

    /// Whether `error` is one of the readers' typed errors, naming the file (and the line where it has one).
    static func isClear(_ error: any Error, path: String) -> Bool {
        switch error {
        case let e as VamasError:
            guard case .inFile(path, _) = e else { return false }
            if case .unreadable = e.underlying { return true }
            return e.line != nil
        case let e as TextFormatError: return e.description.hasPrefix(path)
        case let e as SpectrumReaderError: return e.description.hasPrefix(path)
        default: return false
        }
    }

    @Test func mutantsReadOrFailClearly() throws {
        let seeds = try Self.seeds()
        var rng = SeededRandom(seed: Self.seed)
        var read = 0, refused = 0, repaired = 0, slowest = 0.0
        var unclear: [String] = []
        for k in 0..<Self.mutantCount {
            let seed = seeds[k % seeds.count]
            let text = Self.mutate(seed.lines, &rng)
            let path = "/fuzz/\(seed.name)-\(k).\(seed.ext)"
            let start = Date()
            do {
                let contents = try SpectrumReader.contents(text: text, path: path)
                for b in contents.blocks.indices {
                    do { _ = try contents.spectrum(block: b) } catch {
                        if !Self.isClear(error, path: path) { unclear.append("\(path) block \(b): \(type(of: error)) \(error)") }
                    }
                }
                read += 1
                if !contents.repairs.isEmpty || contents.blocks.contains(where: { !$0.repairs.isEmpty }) { repaired += 1 }
            } catch {
                refused += 1
                if !Self.isClear(error, path: path) { unclear.append("\(path): \(type(of: error)) \(error)") }
            }
            slowest = max(slowest, Date().timeIntervalSince(start))
        }
        #expect(unclear.isEmpty, "\(unclear.count) unclear outcomes, e.g. \(unclear.prefix(5))")
        #expect(read + refused == Self.mutantCount)
        #expect(read > 0 && refused > 0 && repaired > 0)
        #expect(slowest < 5, "slowest mutant took \(slowest) s")
        print(
            "fuzz: \(Self.mutantCount) mutants of \(seeds.count) files: \(read) read (\(repaired) with repairs), \(refused) refused; slowest \(String(format: "%.3f", slowest)) s"
        )
    }
}
