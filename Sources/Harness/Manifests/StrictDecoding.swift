// Typed, strict decoding of JSON documents: Codable for types, then a second pass that
// re-encodes the decoded value and reports every key of the input that the type does not know.

import Foundation

/// Checks ranges and cross-field rules after decoding.
public protocol ManifestValidatable {
    func validate(_ v: inout ManifestValidator)
}

/// Collects range errors with their JSON paths.
public struct ManifestValidator {
    public let file: String
    public let lines: JSONLineMap
    public private(set) var errors: [ManifestError] = []
    var prefix: [String]

    public init(file: String, lines: JSONLineMap, prefix: [String] = []) {
        self.file = file; self.lines = lines; self.prefix = prefix
    }

    /// Records an out-of-range error at `path` (relative to the current prefix) unless `condition` holds.
    public mutating func require(
        _ condition: Bool, _ path: String, found: @autoclosure () -> String,
        expected: @autoclosure () -> String
    ) {
        guard !condition else { return }
        let full = prefix + path.split(separator: ".").map(String.init)
        errors.append(
            .outOfRange(
                file: file, path: full.joined(separator: "."), line: lines.line(of: full),
                found: found(), expected: expected()))
    }

    /// Records that `path` names a file that does not exist.
    public mutating func requireFile(_ url: URL, _ path: String) {
        guard !FileManager.default.fileExists(atPath: url.path) else { return }
        let full = prefix + path.split(separator: ".").map(String.init)
        errors.append(.missingFile(file: file, path: full.joined(separator: "."), line: lines.line(of: full), missing: url.path))
    }

    /// Validates a nested value under `path`.
    public mutating func nested<T: ManifestValidatable>(_ value: T, _ path: String) {
        let saved = prefix
        prefix += path.split(separator: ".").map(String.init)
        value.validate(&self)
        prefix = saved
    }
}

public enum StrictDecoder {
    /// Decodes `T` from `value`; throws the first problem: wrong type, missing key, bad value,
    /// unknown key, then range errors from `validate`.
    public static func decode<T: Codable>(
        _ type: T.Type, from value: JSONValue, file: String,
        lines: JSONLineMap
    ) throws -> T {
        let decoded: T
        do {
            decoded = try JSONDecoder().decode(T.self, from: value.data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let ctx) = error, ctx.codingPath.isEmpty, let path = wholeNumberCulprit(T.self, in: value) {
                // Foundation names no path for a number that does not fit a whole-number field.
                throw ManifestError.wrongType(
                    file: file, path: path.joined(separator: "."), line: lines.line(of: path),
                    found: value.value(at: path).map { foundDescription($0) } ?? "a number", expected: "a whole number")
            }
            throw describe(error, in: value, file: file, lines: lines)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let reencoded = try JSONValue(data: encoder.encode(decoded))
        if let unknown = firstUnknownKey(input: value, known: reencoded, path: []) {
            let parentPath = Array(unknown.dropLast())
            var allowed: [String] = []
            if case .object(let members)? = reencoded.value(at: parentPath) { allowed = members.map(\.key) }
            throw ManifestError.unknownKey(
                file: file, path: unknown.joined(separator: "."), line: lines.line(of: unknown),
                allowed: allowed)
        }
        if let v = decoded as? ManifestValidatable {
            var validator = ManifestValidator(file: file, lines: lines)
            v.validate(&validator)
            if let first = validator.errors.first { throw first }
        }
        return decoded
    }

    /// The path of the number that makes decoding fail without a path: the first number that is not
    /// a whole number in Int's range whose replacement by a whole number (itself truncated, or 1
    /// beyond Int's range) lets the decoding get past it.
    static func wholeNumberCulprit<T: Decodable>(_ type: T.Type, in value: JSONValue) -> [String]? {
        func numbers(_ v: JSONValue, _ path: [String]) -> [[String]] {
            switch v {
            case .number(let x): return x.rounded() == x && abs(x) < 9.2e18 ? [] : [path]
            case .array(let items): return items.enumerated().flatMap { numbers($1, path + [String($0)]) }
            case .object(let members): return members.flatMap { numbers($1, path + [$0]) }
            default: return []
            }
        }
        for path in numbers(value, []) {
            guard case .number(let x)? = value.value(at: path) else { continue }
            let whole = abs(x) < 9.2e18 ? x.rounded(.towardZero) : 1
            guard let fixed = value.setting(.number(whole), at: path) else { continue }
            do {
                _ = try JSONDecoder().decode(T.self, from: fixed.data)
                return path
            } catch DecodingError.dataCorrupted(let ctx) where ctx.codingPath.isEmpty {
                continue
            } catch let error as DecodingError {
                // The replaced number's own field (or its parent) refusing the whole number: not the field at fault.
                let at = keyPath(codingPath(of: error))
                if at.starts(with: path) || path.starts(with: at) { continue }
                return path
            } catch {
                continue  // a parameter's own check: not the field at fault
            }
        }
        return nil
    }

    /// The path of the first key in `input` that has no counterpart in `known`.
    static func firstUnknownKey(input: JSONValue, known: JSONValue, path: [String]) -> [String]? {
        switch (input, known) {
        case (.object(let members), .object(let knownMembers)):
            for (k, v) in members {
                if case .null = v { continue }
                guard let kv = knownMembers.first(where: { $0.key == k })?.value else { return path + [k] }
                if let deeper = firstUnknownKey(input: v, known: kv, path: path + [k]) { return deeper }
            }
        case (.array(let items), .array(let knownItems)):
            for (i, (a, b)) in zip(items, knownItems).enumerated() {
                if let deeper = firstUnknownKey(input: a, known: b, path: path + [String(i)]) { return deeper }
            }
        default: break
        }
        return nil
    }

    static func codingPath(of error: DecodingError) -> [CodingKey] {
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): return c.codingPath
        @unknown default: return []
        }
    }

    static func keyPath(_ codingPath: [CodingKey]) -> [String] {
        codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
    }

    static func describe(_ error: DecodingError, in value: JSONValue, file: String, lines: JSONLineMap) -> ManifestError {
        switch error {
        case .typeMismatch(let type, let ctx):
            let path = keyPath(ctx.codingPath)
            let found = value.value(at: path).map { foundDescription($0) } ?? "missing"
            return .wrongType(
                file: file, path: path.joined(separator: "."), line: lines.line(of: path),
                found: found, expected: expectedDescription(type))
        case .valueNotFound(let type, let ctx):
            let path = keyPath(ctx.codingPath)
            return .wrongType(
                file: file, path: path.joined(separator: "."), line: lines.line(of: path),
                found: "null", expected: expectedDescription(type))
        case .keyNotFound(let key, let ctx):
            let path = keyPath(ctx.codingPath) + [key.stringValue]
            return .missingKey(file: file, path: path.joined(separator: "."), line: lines.line(of: path))
        case .dataCorrupted(let ctx):
            let path = keyPath(ctx.codingPath)
            let found = value.value(at: path).map { foundDescription($0) } ?? "nothing"
            return .outOfRange(
                file: file, path: path.joined(separator: "."), line: lines.line(of: path),
                found: found, expected: ctx.debugDescription)
        @unknown default:
            return .unreadable(file: file, reason: "\(error)")
        }
    }

    static func foundDescription(_ v: JSONValue) -> String {
        switch v {
        case .string(let s): return "the string \"\(s)\""
        case .number(let x): return "the number \(JSONValue.number(x).description)"
        case .bool(let b): return "\(b)"
        default: return v.kind
        }
    }

    static func expectedDescription(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is UInt64.Type, is Int64.Type: return "a whole number"
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "a value of type \(name)"
        }
    }
}

/// Enumerations in manifests decode from strings and list the accepted values when they fail.
public protocol ManifestEnum: RawRepresentable, Codable, CaseIterable where RawValue == String {}

extension ManifestEnum {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let raw = try c.decode(String.self)
        guard let v = Self(rawValue: raw) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "one of " + Self.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")))
        }
        self = v
    }
}

// MARK: - Overrides

public enum Overrides {
    /// Applies `key=value` overrides (`data.maxShift=3`, `model="stn"`, `training.epochs=5`):
    /// the value is read as JSON, or as a plain string when it is not valid JSON.
    public static func apply(_ overrides: [String], to document: JSONValue) throws -> JSONValue {
        var doc = document
        for o in overrides {
            guard let eq = o.firstIndex(of: "="), eq != o.startIndex else {
                throw ManifestError.badOverride(override: o, reason: "expected key=value, e.g. data.maxShift=3")
            }
            let key = String(o[..<eq]), raw = String(o[o.index(after: eq)...])
            let value = (try? JSONValue.parse(raw, file: "--set").value) ?? .string(raw)
            let path = key.split(separator: ".").map(String.init)
            guard let updated = doc.setting(value, at: path) else {
                throw ManifestError.badOverride(override: o, reason: "'\(key)' does not lead through objects of the manifest")
            }
            doc = updated
        }
        return doc
    }
}
