// A JSON document that keeps key order and the line of every value, so manifests can be
// resolved, overridden and written back faithfully, and errors can name the line.

import Foundation

/// A JSON value with ordered object keys.
public indirect enum JSONValue: Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    /// The same value with every object's members in key order (recursively): two documents that
    /// differ only in member order become equal.
    public var sortedKeys: JSONValue {
        switch self {
        case .array(let items): return .array(items.map(\.sortedKeys))
        case .object(let members):
            return .object(members.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value.sortedKeys) })
        default: return self
        }
    }

    /// What kind of value this is, in words for error messages.
    public var kind: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(let x): return x == x.rounded() ? "a whole number" : "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// Compact JSON text.
    public var description: String { serialized(pretty: false) }

    /// JSON text; `pretty` indents by two spaces.
    public func serialized(pretty: Bool, indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let x):
            if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
            return "\(x)"
        case .string(let s): return JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let scalarOnly = items.allSatisfy {
                if case .array = $0 { return false }; if case .object = $0 { return false }; return true
            }
            if !pretty || scalarOnly { return "[" + items.map { $0.serialized(pretty: false) }.joined(separator: pretty ? ", " : ",") + "]" }
            return "[\n" + items.map { inner + $0.serialized(pretty: true, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            if !pretty {
                return "{" + members.map { JSONValue.quote($0.key) + ":" + $0.value.serialized(pretty: false) }.joined(separator: ",") + "}"
            }
            return "{\n"
                + members.map { inner + JSONValue.quote($0.key) + ": " + $0.value.serialized(pretty: true, indent: inner) }
                .joined(separator: ",\n") + "\n\(indent)}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    /// The value at a dotted path ("data.maxShift"; array elements by index: "figures.0.kind").
    public func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        switch self {
        case .object(let members):
            return members.first { $0.key == first }?.value.value(at: Array(path.dropFirst()))
        case .array(let items):
            guard let i = Int(first), i >= 0, i < items.count else { return nil }
            return items[i].value(at: Array(path.dropFirst()))
        default: return nil
        }
    }

    /// A copy with `newValue` at `path`, creating objects along the way. Fails (nil) where the
    /// path runs through something that is not an object or array.
    public func setting(_ newValue: JSONValue, at path: [String]) -> JSONValue? {
        guard let first = path.first else { return newValue }
        let rest = Array(path.dropFirst())
        switch self {
        case .object(var members):
            if let i = members.firstIndex(where: { $0.key == first }) {
                guard let v = members[i].value.setting(newValue, at: rest) else { return nil }
                members[i].value = v
            } else {
                guard let v = JSONValue.object([]).setting(newValue, at: rest) else { return nil }
                members.append((first, v))
            }
            return .object(members)
        case .array(var items):
            guard let i = Int(first), i >= 0, i < items.count, let v = items[i].setting(newValue, at: rest) else { return nil }
            items[i] = v
            return .array(items)
        default:
            return nil
        }
    }

    /// Values from `other` laid over this one: objects merge key by key, anything else is replaced.
    public func merging(_ other: JSONValue) -> JSONValue {
        guard case .object(var members) = self, case .object(let overlay) = other else { return other }
        for (k, v) in overlay {
            if let i = members.firstIndex(where: { $0.key == k }) { members[i].value = members[i].value.merging(v) } else { members.append((k, v)) }
        }
        return .object(members)
    }
}

// MARK: - Foundation bridging (for Codable)

extension JSONValue {
    /// UTF-8 JSON data for JSONDecoder.
    public var data: Data { Data(serialized(pretty: false).utf8) }

    /// Parses data that JSONEncoder produced (key order follows the encoder).
    public init(data: Data) throws {
        var parser = JSONParser(text: String(decoding: data, as: UTF8.self), file: "<encoded>")
        self = try parser.parseDocument().value
    }
}
