// A small JSON parser (RFC 8259) that records the line of every value by its path.

import Foundation

/// Where each value of a parsed document starts: path ("data.maxShift") → line (1-based).
public struct JSONLineMap: Sendable {
    public var lines: [String: Int] = [:]

    /// The line of `path`, or of its nearest ancestor that has one.
    public func line(of path: [String]) -> Int? {
        var p = path
        while true {
            if let l = lines[p.joined(separator: ".")] { return l }
            if p.isEmpty { return nil }
            p.removeLast()
        }
    }
}

public struct JSONSyntaxError: Error, CustomStringConvertible, Equatable {
    public let file: String, line: Int, column: Int, message: String
    public var description: String { "\(file):\(line):\(column): invalid JSON: \(message)" }
}

struct JSONParser {
    let scalars: [Unicode.Scalar]
    let file: String
    var i = 0, line = 1, column = 1
    var map = JSONLineMap()
    /// Arrays and objects open around the current value.
    var depth = 0
    /// The deepest nesting parsed: deeper documents are refused before the recursion (and every
    /// recursive walk of the value after it) can overflow the stack.
    static let maximumDepth = 200

    init(text: String, file: String) {
        scalars = Array(text.unicodeScalars)
        self.file = file
    }

    mutating func parseDocument() throws -> (value: JSONValue, lines: JSONLineMap) {
        skipSpace()
        let v = try parseValue(path: [])
        skipSpace()
        if i < scalars.count { throw error("unexpected '\(scalars[i])' after the document") }
        return (v, map)
    }

    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(file: file, line: line, column: column, message: message)
    }

    mutating func advance() {
        if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        i += 1
    }

    mutating func skipSpace() {
        while i < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[i]) { advance() }
    }

    mutating func expect(_ c: Unicode.Scalar) throws {
        guard i < scalars.count else { throw error("expected '\(c)', found the end of the file") }
        guard scalars[i] == c else { throw error("expected '\(c)', found '\(scalars[i])'") }
        advance()
    }

    mutating func parseValue(path: [String]) throws -> JSONValue {
        guard i < scalars.count else { throw error("expected a value, found the end of the file") }
        map.lines[path.joined(separator: ".")] = line
        let opens = scalars[i] == "{" || scalars[i] == "["
        if opens {
            guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) arrays and objects") }
            depth += 1
        }
        defer { if opens { depth -= 1 } }
        switch scalars[i] {
        case "{":
            advance(); skipSpace()
            var members: [(key: String, value: JSONValue)] = []
            if i < scalars.count, scalars[i] == "}" { advance(); return .object([]) }
            while true {
                skipSpace()
                guard i < scalars.count, scalars[i] == "\"" else { throw error("expected a quoted key") }
                let key = try parseString()
                if members.contains(where: { $0.key == key }) { throw error("duplicate key \"\(key)\"") }
                skipSpace(); try expect(":"); skipSpace()
                members.append((key, try parseValue(path: path + [key])))
                skipSpace()
                guard i < scalars.count else { throw error("unterminated object") }
                if scalars[i] == "," { advance(); continue }
                try expect("}")
                return .object(members)
            }
        case "[":
            advance(); skipSpace()
            var items: [JSONValue] = []
            if i < scalars.count, scalars[i] == "]" { advance(); return .array([]) }
            while true {
                skipSpace()
                items.append(try parseValue(path: path + [String(items.count)]))
                skipSpace()
                guard i < scalars.count else { throw error("unterminated array") }
                if scalars[i] == "," { advance(); continue }
                try expect("]")
                return .array(items)
            }
        case "\"":
            return .string(try parseString())
        case "t": try literal("true"); return .bool(true)
        case "f": try literal("false"); return .bool(false)
        case "n": try literal("null"); return .null
        default:
            return .number(try parseNumber())
        }
    }

    mutating func literal(_ word: String) throws {
        for c in word.unicodeScalars { try expect(c) }
    }

    mutating func parseNumber() throws -> Double {
        let start = i
        while i < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[i]) { advance() }
        let text = String(String.UnicodeScalarView(scalars[start..<i]))
        guard !text.isEmpty, let x = Double(text), x.isFinite else {
            throw error(text.isEmpty ? "unexpected '\(i < scalars.count ? String(scalars[i]) : "end")'" : "'\(text)' is not a number")
        }
        return x
    }

    mutating func parseString() throws -> String {
        try expect("\"")
        var out = String.UnicodeScalarView()
        while true {
            guard i < scalars.count else { throw error("unterminated string") }
            let c = scalars[i]
            advance()
            if c == "\"" { return String(out) }
            if c == "\\" {
                guard i < scalars.count else { throw error("unterminated escape") }
                let e = scalars[i]; advance()
                switch e {
                case "\"": out.append("\"")
                case "\\": out.append("\\")
                case "/": out.append("/")
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "u": out.append(try parseEscapedScalar())
                default: throw error("unknown escape \\\(e)")
                }
            } else {
                if c.value < 0x20 { throw error("control character in a string") }
                out.append(c)
            }
        }
    }
}

extension JSONParser {
    /// The scalar of a `\\u` escape (the `u` read): four hex digits, or a surrogate pair of two
    /// escapes; a lone surrogate is an error rather than a silent U+FFFD.
    mutating func parseEscapedScalar() throws -> Unicode.Scalar {
        func hex() throws -> UInt32 {
            guard i + 4 <= scalars.count, let code = UInt32(String(String.UnicodeScalarView(scalars[i..<(i + 4)])), radix: 16)
            else { throw error("bad \\u escape") }
            for _ in 0..<4 { advance() }
            return code
        }
        let code = try hex()
        if let scalar = Unicode.Scalar(code) { return scalar }
        guard (0xD800..<0xDC00).contains(code), i + 1 < scalars.count, scalars[i] == "\\", scalars[i + 1] == "u" else {
            throw error("\\u\(String(code, radix: 16)) is half of a surrogate pair without its other half")
        }
        advance(); advance()
        let low = try hex()
        guard (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)) else {
            throw error("\\u\(String(code, radix: 16)) is not followed by the low half of a surrogate pair")
        }
        return scalar
    }
}

extension JSONValue {
    /// Parses JSON text; `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws -> (value: JSONValue, lines: JSONLineMap) {
        var p = JSONParser(text: text, file: file)
        return try p.parseDocument()
    }
}
