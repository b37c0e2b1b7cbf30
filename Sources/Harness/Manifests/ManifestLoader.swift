// Loading a manifest: parse, apply the profile's and the command line's overrides, merge the
// defaults underneath, decode strictly, validate. The result carries the fully resolved JSON.

import Foundation
import Spectra

public enum Profile: String, ManifestEnum, Sendable {
    /// Seconds: what tests use.
    case smoke
    /// A preview of a default profile that takes hours: under 45 minutes on 2 cores, and says so.
    case quick
    /// Minutes on 2 cores: what `make experiment` runs and what is committed.
    case `default`
    /// The published scale.
    case paper
}

public struct LoadedManifest: Sendable {
    public let file: String
    public let profile: Profile
    public let manifest: Manifest
    /// The fully resolved manifest (defaults, profile and overrides applied), as written to results.
    public let resolved: JSONValue
    public let lines: JSONLineMap
}

public enum ManifestLoader {
    /// Defaults under every manifest (required keys — name, task, data.generator, model.preset — have none).
    static func defaults(generator: GeneratorKind?) throws -> JSONValue {
        var data: [(key: String, value: JSONValue)] = [
            ("train", .number(2000)), ("validation", .number(500)), ("test", .number(500)), ("seed", .number(1))
        ]
        if let g = generator { data.insert(("parameters", try GeneratorParameters.defaults(for: g)), at: 0) }
        return .object([
            ("description", .string("")),
            ("data", .object(data)),
            ("model", .object([])),
            (
                "training",
                .object([
                    ("optimizer", .string("adam")), ("learningRate", .number(1e-3)), ("weightDecay", .number(0)),
                    ("momentum", .number(0.9)), ("batchSize", .number(64)), ("epochs", .number(20)),
                    ("earlyStoppingPatience", .number(0)),
                    (
                        "schedule",
                        .object([
                            ("kind", .string("constant")), ("factor", .number(0.1)), ("patience", .number(10)),
                            ("warmupSteps", .number(0))
                        ])
                    ),
                    ("clipNorm", .number(0)), ("seed", .number(1)), ("threads", .number(2)), ("freshData", .bool(false))
                ])
            ),
            ("sweep", .array([])), ("repeats", .number(1)), ("profiles", .object([])), ("notes", .array([])),
            ("figures", .array([.object([("kind", .string("loss")), ("name", .string("loss"))])])),
            ("tables", .array([.object([("name", .string("metrics"))])]))
        ])
    }

    /// The largest manifest read, in bytes: eight times the largest in Experiments/. A larger one
    /// (a pasted data file, an array of a million values) is refused before it is parsed and
    /// re-decoded once per run, which would take minutes.
    public static let maximumBytes = 65_536

    /// A manifest's text parsed, its size checked first; syntax errors as `ManifestError.syntax`.
    public static func parse(_ text: String, file: String) throws -> (value: JSONValue, lines: JSONLineMap) {
        let bytes = text.utf8.count
        guard bytes <= maximumBytes else {
            throw ManifestError.outOfRange(
                file: file, path: "(document)", line: nil, found: "\(bytes) bytes", expected: "a manifest of at most \(maximumBytes) bytes")
        }
        do { return try JSONValue.parse(text, file: file) } catch let e as JSONSyntaxError { throw ManifestError.syntax(e) }
    }

    /// Loads `url` at `profile` with `--set` overrides.
    public static func load(_ url: URL, profile: Profile = .default, overrides: [String] = []) throws -> LoadedManifest {
        let file = url.path
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ManifestError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "not UTF-8 text" : "no such file")
        }
        return try load(text: text, file: file, profile: profile, overrides: overrides)
    }

    public static func load(text: String, file: String, profile: Profile = .default, overrides: [String] = []) throws -> LoadedManifest {
        let parsed = try parse(text, file: file)
        var doc = parsed.value
        guard case .object = doc else {
            throw ManifestError.wrongType(file: file, path: "(document)", line: 1, found: doc.kind, expected: "an object")
        }
        // Profile overrides (dotted path → value), then the command line's.
        if case .object(let profiles)? = doc["profiles"], let p = profiles.first(where: { $0.key == profile.rawValue })?.value {
            guard case .object(let sets) = p else {
                throw ManifestError.wrongType(
                    file: file, path: "profiles.\(profile.rawValue)", line: parsed.lines.line(of: ["profiles", profile.rawValue]),
                    found: p.kind, expected: "an object of dotted paths to values")
            }
            for (path, value) in sets {
                guard let updated = doc.setting(value, at: path.split(separator: ".").map(String.init)) else {
                    throw ManifestError.outOfRange(
                        file: file, path: "profiles.\(profile.rawValue).\(path)",
                        line: parsed.lines.line(of: ["profiles", profile.rawValue, path]),
                        found: "a path through a non-object", expected: "a path of the manifest")
                }
                doc = updated
            }
        }
        doc = try Overrides.apply(overrides, to: doc)
        var generator: GeneratorKind?
        if case .string(let g)? = doc.value(at: ["data", "generator"]) { generator = GeneratorKind(rawValue: g) }
        let resolved = try defaults(generator: generator).merging(doc)
        let manifest = try StrictDecoder.decode(Manifest.self, from: resolved, file: file, lines: parsed.lines)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let canonical = try JSONValue(data: encoder.encode(manifest))
        return LoadedManifest(file: file, profile: profile, manifest: manifest, resolved: canonical, lines: parsed.lines)
    }
}
