// Errors in manifests: each names the file, the JSON path and line, what was found and what
// was expected, so a user can fix the manifest without reading the source.

public enum ManifestError: Error, CustomStringConvertible, Equatable {
    case syntax(JSONSyntaxError)
    case unknownKey(file: String, path: String, line: Int?, allowed: [String])
    case wrongType(file: String, path: String, line: Int?, found: String, expected: String)
    case outOfRange(file: String, path: String, line: Int?, found: String, expected: String)
    case missingKey(file: String, path: String, line: Int?)
    case missingFile(file: String, path: String, line: Int?, missing: String)
    case badOverride(override: String, reason: String)
    case unreadable(file: String, reason: String)

    static func location(_ file: String, _ line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }

    public var description: String {
        switch self {
        case .syntax(let e): return e.description
        case .unknownKey(let file, let path, let line, let allowed):
            let hint = allowed.isEmpty ? "" : "; allowed here: \(allowed.joined(separator: ", "))"
            return "\(Self.location(file, line)): unknown key '\(path)'\(hint)"
        case .wrongType(let file, let path, let line, let found, let expected):
            return "\(Self.location(file, line)): '\(path)' is \(found), expected \(expected)"
        case .outOfRange(let file, let path, let line, let found, let expected):
            return "\(Self.location(file, line)): '\(path)' = \(found) is out of range, expected \(expected)"
        case .missingKey(let file, let path, let line):
            return "\(Self.location(file, line)): required key '\(path)' is missing"
        case .missingFile(let file, let path, let line, let missing):
            return "\(Self.location(file, line)): '\(path)' names \(missing), which does not exist"
        case .badOverride(let override, let reason):
            return "--set \(override): \(reason)"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        }
    }
}
