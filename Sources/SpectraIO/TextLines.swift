import Foundation

/// The lines of a text file without their terminators, and the line ends that were met.
///
/// Line ends: LF, CR LF, a lone CR, and CR CR LF — the last read as *one* line end, as CasaXPS
/// on Windows writes it at the end of comment lines that carried a CR of their own. Line
/// numbers are 1-based.
struct TextLines {
    var lines: [String] = []
    /// Line numbers of the lines ended by CR CR LF.
    var doubleCarriageReturnLines: [Int] = []
    /// Line-end kinds met besides CR CR LF: "LF", "CR LF", "CR".
    var endings: Set<String> = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        var start = 0, i = 0
        func close(at end: Int, next: Int, ending: String) {
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            if ending == "CR CR LF" { doubleCarriageReturnLines.append(lines.count) } else { endings.insert(ending) }
            start = next
            i = next
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0x0A: close(at: i, next: i + 1, ending: "LF")
            case 0x0D:
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                    close(at: i, next: i + 2, ending: "CR LF")
                } else if i + 2 < bytes.count, bytes[i + 1] == 0x0D, bytes[i + 2] == 0x0A {
                    close(at: i, next: i + 3, ending: "CR CR LF")
                } else {
                    close(at: i, next: i + 1, ending: "CR")
                }
            default: i += 1
            }
        }
        if start < bytes.count { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
    }

    /// Notes on line ends a strict reader would have refused or miscounted, for a read's repairs.
    var repairNotes: [String] {
        var notes: [String] = []
        if !doubleCarriageReturnLines.isEmpty {
            notes.append("\(describeLines(doubleCarriageReturnLines)) end with CR CR LF; each read as one line end")
        }
        if endings.count > 1 {
            notes.append("mixed line ends (\(endings.sorted().joined(separator: ", "))); each read as one line end")
        }
        return notes
    }
}

/// Lines of a text file without their terminators (see `TextLines`).
func splitLines(_ text: String) -> [String] { TextLines(text).lines }

/// "line 7", "lines 3–5, 9 (4 lines)": 1-based line numbers, ascending, as ranges; at most
/// six ranges are listed.
func describeLines(_ numbers: [Int]) -> String {
    guard let first = numbers.first else { return "no lines" }
    if numbers.count == 1 { return "line \(first)" }
    var ranges: [(Int, Int)] = []
    for n in numbers {
        if let last = ranges.last, n == last.1 + 1 { ranges[ranges.count - 1].1 = n } else { ranges.append((n, n)) }
    }
    let shown = ranges.prefix(6).map { $0.0 == $0.1 ? "\($0.0)" : "\($0.0)–\($0.1)" }
    let more = ranges.count > 6 ? ", …" : ""
    return "lines \(shown.joined(separator: ", "))\(more) (\(numbers.count) lines)"
}
