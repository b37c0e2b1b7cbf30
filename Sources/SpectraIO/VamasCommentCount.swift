import Foundation

// Comment line counts that disagree with the file. A VAMAS comment is "number of lines in
// comment" followed by that many lines of free text, so a wrong count shifts every later field.
// Where the count is wrong but exactly one other count puts the next fields where ISO 14976
// wants them, the comment is read with that count and the repair is noted.

/// Techniques ISO 14976 names (lower case), used to recognise the field after a block comment.
let vamasTechniques: Set<String> = [
    "aes diff", "aes dir", "edx", "els", "fabms", "fabms energy spec", "iss", "sims",
    "sims energy spec", "snms", "snms energy spec", "ups", "xps", "xrf"
]

/// Lines searched past a declared comment for the field that should follow it.
private let commentSearchSlack = 200

extension VamasCursor {
    /// Reads a comment whose count line is the next line.
    ///
    /// `recognises(lines, i)` says whether the fields after the comment start at 0-based line
    /// index `i`. When they do not start where the declared count puts them, the lines up to
    /// `commentSearchSlack` past that place are searched; exactly one place found gives the
    /// repaired count (and a note), none or several leave the count as written, for the next
    /// field to report. Returns the comment lines and the note.
    mutating func comment(
        countField: String, lineField: String, following: String,
        recognises: (_ lines: [String], _ index: Int) -> Bool
    ) throws -> (lines: [String], repair: String?) {
        let countLine = lineNumber
        let declared = try nonNegative(countField)
        let start = index
        if declared <= remaining, recognises(lines, start + declared) {
            return (try self.lines(count: declared, field: lineField), nil)
        }
        let last = min(lines.count - 1, start + min(declared, remaining) + commentSearchSlack)
        let candidates = last < start ? [] : (start...last).filter { recognises(lines, $0) }
        if candidates.count == 1, let place = candidates.first {
            let found = place - start
            let comment = try self.lines(count: found, field: lineField)
            let note =
                "line \(countLine): \(countField) declares \(declared) but the \(following) follows after \(found) "
                + "(line \(place + 1)); read \(found) comment line\(found == 1 ? "" : "s")"
            return (comment, note)
        }
        try checkFits(declared.magnitude, linesEach: 1, field: countField, line: countLine)
        return (try self.lines(count: declared, field: lineField), nil)
    }
}

extension VamasFile {
    /// Whether the experiment mode and scan mode can start at line index `i`.
    static func modesFollow(_ lines: [String], _ i: Int) -> Bool {
        guard i >= 0, i + 1 < lines.count else { return false }
        let mode = lines[i].trimmingCharacters(in: .whitespaces).uppercased()
        let scan = lines[i + 1].trimmingCharacters(in: .whitespaces).uppercased()
        return VamasExperimentMode(rawValue: mode) != nil && VamasScanMode(rawValue: scan) != nil
    }

    /// Whether the block fields after the comment start at line index `i`: a technique ISO 14976
    /// names, then (those the block holds) map coordinates, experimental variable values, source
    /// label, sputtering ion and source energy in the form the standard gives them.
    func blockFieldsFollow(_ lines: [String], _ i: Int, holds: (Int) -> Bool) -> Bool {
        var q = i
        func take(_ test: (String) -> Bool) -> Bool {
            guard q >= 0, q < lines.count, test(lines[q]) else { return false }
            q += 1
            return true
        }
        let isInt = { (s: String) in Int(s.trimmingCharacters(in: .whitespaces)) != nil }
        let isNumber = { (s: String) in parseDecimal(s) != nil }
        guard holds(11), take({ vamasTechniques.contains($0.trimmingCharacters(in: .whitespaces).lowercased()) }) else {
            return false
        }
        if holds(12), experimentMode.hasMapCoordinates { guard take(isInt), take(isInt) else { return false } }
        if holds(13) { for _ in experimentalVariables { guard take(isNumber) else { return false } } }
        if holds(14) { guard take({ _ in true }) else { return false } }
        if holds(15), experimentMode.hasSputtering { for _ in 0..<3 { guard take(isInt) else { return false } } }
        if holds(16) { guard take(isNumber) else { return false } }
        return true
    }
}
