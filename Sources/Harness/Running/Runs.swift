// A manifest's sweep expanded into named runs. Each run's manifest is the resolved manifest with
// the run's sweep values set, decoded strictly again, so a swept value is type-checked like any other.

import Foundation

public struct RunPlan: Sendable {
    /// Stable, file-safe name, e.g. "maxShift-3_preset-stn_r2".
    public let name: String
    public let manifest: Manifest
    public let resolved: JSONValue
    /// (label, value) of every sweep axis.
    public let sweepValues: [(label: String, value: JSONValue)]
    /// 0-based repeat; the initialisation seed is training.seed + repeat.
    public let repeatIndex: Int
    public var initialisationSeed: UInt64 { manifest.training.seed &+ UInt64(repeatIndex) }
    /// The run without its repeat suffix (repeats of one sweep point share it).
    public let pointName: String
}

public enum RunExpansion {
    public static func expand(_ loaded: LoadedManifest) throws -> [RunPlan] {
        let m = loaded.manifest
        // Each sweep value as (label, value shown, [(path, value set)]): a parameter axis sets one path;
        // a "variant" axis sets every path of the variant's "set" object and is shown by its "name".
        var combinations: [[(label: String, value: JSONValue, sets: [(path: [String], value: JSONValue)])]] = [[]]
        for (i, axis) in m.sweep.enumerated() {
            let path = axis.parameter.split(separator: ".").map(String.init)
            let label = axis.label ?? path.last ?? axis.parameter
            let entries = try axis.values.enumerated().map {
                (j, value) -> (label: String, value: JSONValue, sets: [(path: [String], value: JSONValue)]) in
                guard axis.parameter == SweepAxis.variant else { return (label, value, [(path, value)]) }
                guard let (name, sets) = SweepAxis.variantParts(value) else {
                    throw ManifestError.outOfRange(
                        file: loaded.file, path: "sweep.\(i).values.\(j)", line: loaded.lines.line(of: ["sweep"]),
                        found: value.description, expected: "{\"name\": \"…\", \"set\": {\"dotted.path\": value, …}}")
                }
                return (label, .string(name), sets.map { ($0.key.split(separator: ".").map(String.init), $0.value) })
            }
            combinations = combinations.flatMap { prefix in entries.map { prefix + [$0] } }
        }
        var plans: [RunPlan] = []
        for combo in combinations {
            var doc = loaded.resolved
            for (_, _, sets) in combo {
                for (path, value) in sets {
                    guard let updated = doc.setting(value, at: path) else {
                        throw ManifestError.outOfRange(
                            file: loaded.file, path: "sweep", line: loaded.lines.line(of: ["sweep"]),
                            found: "parameter \(path.joined(separator: "."))", expected: "a path of the manifest")
                    }
                    doc = updated
                }
            }
            let manifest = try StrictDecoder.decode(Manifest.self, from: doc, file: loaded.file, lines: loaded.lines)
            let point = combo.isEmpty ? "run" : combo.map { "\($0.label)-\(token($0.value))" }.joined(separator: "_")
            for r in 0..<m.repeats {
                let name = m.repeats > 1 ? "\(point)_r\(r + 1)" : point
                plans.append(
                    RunPlan(
                        name: name, manifest: manifest, resolved: doc,
                        sweepValues: combo.map { ($0.label, $0.value) }, repeatIndex: r, pointName: point))
            }
        }
        let names = plans.map(\.name)
        if Set(names).count != names.count {
            throw ManifestError.outOfRange(
                file: loaded.file, path: "sweep", line: loaded.lines.line(of: ["sweep"]),
                found: "two sweep points with the same run name", expected: "distinct labels and values")
        }
        return plans
    }

    /// A value as a file-name token.
    static func token(_ v: JSONValue) -> String {
        let raw: String
        switch v {
        case .string(let s): raw = s
        case .number, .bool, .null: raw = v.description
        default:
            // Objects and arrays: a stable FNV-1a digest of their JSON (Hasher is seeded per process).
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for b in v.description.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
            raw = String(h & 0xFFFFFF, radix: 16)
        }
        return String(raw.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" })
    }
}
