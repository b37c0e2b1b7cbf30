import Foundation

/// Reads the lines of a VAMAS file one field at a time, keeping the 1-based line number.
///
/// Every count read through `count(_:linesEach:)` is checked against the lines left in the
/// file before anything is reserved or looped over, so a corrupt count (2^63 − 1, −2^63) is a
/// `VamasError` naming its line, never an allocation failure or an arithmetic trap.
struct VamasCursor {
    let lines: [String]
    private(set) var index = 0

    init(lines: [String]) { self.lines = lines }

    /// Line number of the next field.
    var lineNumber: Int { index + 1 }

    /// Lines not yet read.
    var remaining: Int { lines.count - index }

    func text(at line: Int) -> String { lines.indices.contains(line - 1) ? lines[line - 1] : "" }

    mutating func next() -> String? {
        guard index < lines.count else { return nil }
        defer { index += 1 }
        return lines[index]
    }

    /// Skips blank (empty or whitespace-only) lines; returns how many.
    mutating func skipBlankLines() -> Int {
        let start = index
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).isEmpty { index += 1 }
        return index - start
    }

    mutating func string(_ field: String) throws -> String {
        guard let text = next() else { throw VamasError.truncated(line: lineNumber, field: field) }
        return text
    }

    /// `count` lines as written; `count` must not exceed the lines left.
    mutating func lines(count: Int, field: String) throws -> [String] {
        guard count >= 0, count <= remaining else {
            throw VamasError.truncated(line: lines.count + 1, field: field)
        }
        defer { index += count }
        return Array(lines[index..<(index + count)])
    }

    mutating func int(_ field: String) throws -> Int {
        let line = lineNumber
        let text = try string(field)
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw VamasError.unexpectedValue(line: line, field: field, found: text, expected: "an integer")
        }
        return value
    }

    /// A non-negative integer that counts no lines of the file (regions, positions).
    mutating func nonNegative(_ field: String) throws -> Int {
        let line = lineNumber
        let value = try int(field)
        guard value >= 0 else {
            throw VamasError.unexpectedValue(line: line, field: field, found: String(value), expected: "a count ≥ 0")
        }
        return value
    }

    /// A count of items written with `linesEach` lines each (lines, entries, values): at least
    /// 0 and at most the whole items the lines left in the file can hold.
    mutating func count(_ field: String, linesEach: Int = 1) throws -> Int {
        let line = lineNumber
        let value = try nonNegative(field)
        try checkFits(value.magnitude, linesEach: linesEach, field: field, line: line)
        return value
    }

    /// Throws unless `count` items of `linesEach` lines fit in the lines left.
    func checkFits(_ count: UInt, linesEach: Int, field: String, line: Int) throws {
        let room = remaining / max(linesEach, 1)
        guard count <= UInt(room) else {
            throw VamasError.countExceedsFile(line: line, field: field, found: text(at: line).trimmingCharacters(in: .whitespaces), room: room)
        }
    }

    mutating func double(_ field: String) throws -> Double {
        let line = lineNumber
        let text = try string(field)
        guard let value = parseDecimal(text) else {
            throw VamasError.unexpectedValue(line: line, field: field, found: text, expected: "a number")
        }
        return value
    }

    /// A real number, `nil` for the ISO 14976 "not specified" value 1E37.
    mutating func optionalDouble(_ field: String) throws -> Double? {
        let value = try double(field)
        return value >= 9.99e36 ? nil : value
    }

    /// Moves the cursor to the 0-based line index `newIndex` (within the file).
    mutating func seek(to newIndex: Int) {
        precondition(newIndex >= 0 && newIndex <= lines.count, "cursor index \(newIndex) outside 0…\(lines.count)")
        index = newIndex
    }
}
