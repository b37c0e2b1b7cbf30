// Seeded mutation fuzzing of the manifest loader (issue #25): every Experiments/*.json mutated
// (keys dropped or duplicated, types changed, hostile numbers, huge arrays, unicode names, deep
// nesting, truncated text, brackets deleted), loaded as `harness validate` loads it (AnyManifest,
// then ManifestDescription.validate, which expands the runs). Each must load, or fail with an
// error naming the file; no trap, no hang, no allocation of billions of runs.

import Foundation
import Testing
import Tensors
import TestSupport
@testable import Harness

@Suite(.serialized) struct ManifestFuzzTests {
    static let plan = FuzzPlan(kind: "manifest", seed: 25, ciCount: 300)

    /// Hostile values for any field.
    static let hostile: [JSONValue] = [
        .number(0), .number(-1), .number(1e308), .number(-1e308), .number(2.5), .number(1e9), .number(2_147_483_648),
        .number(9.3e18), .number(-0.0), .number(5e-324), .string("NaN"), .string("inf"), .string("-Infinity"), .string("1e999"),
        .string(""), .string("Ω✗\u{202E}名前 é/../x"), .string("../../etc"), .string(String(repeating: "a", count: 5000)),
        .string("🧪\u{0}"), .bool(true), .null, .array([]), .object([]), .array([.number(1), .string("x")]),
        .object([("unexpected", .number(1))])
    ]

    /// Every path of `v` to a value below the root.
    static func paths(_ v: JSONValue, _ prefix: [String] = []) -> [[String]] {
        switch v {
        case .object(let m): return m.flatMap { [prefix + [$0.key]] + paths($0.value, prefix + [$0.key]) }
        case .array(let a): return a.indices.flatMap { [prefix + ["\($0)"]] + paths(a[$0], prefix + ["\($0)"]) }
        default: return []
        }
    }

    /// `v` with the value at `path` replaced by `f(value)`; nil from `f` removes the member or item.
    static func edit(_ v: JSONValue, _ path: ArraySlice<String>, _ f: (JSONValue) -> [JSONValue]) -> JSONValue {
        guard let key = path.first else { return v }
        let rest = path.dropFirst()
        switch v {
        case .object(let m):
            return .object(
                m.flatMap { member -> [(key: String, value: JSONValue)] in
                    guard member.key == key else { return [member] }
                    return rest.isEmpty ? f(member.value).map { (key, $0) } : [(key, edit(member.value, rest, f))]
                })
        case .array(let a):
            return .array(
                a.enumerated().flatMap { (i, item) -> [JSONValue] in
                    guard "\(i)" == key else { return [item] }
                    return rest.isEmpty ? f(item) : [edit(item, rest, f)]
                })
        default: return v
        }
    }

    /// One mutant of `text` (whose parsed document is `doc`).
    static func mutate(_ text: String, _ doc: JSONValue, _ rng: inout SeededRandom) -> String {
        let all = paths(doc)
        let path = all.randomElement(using: &rng) ?? []
        var r = rng
        defer { rng = r }
        func tree(_ f: (JSONValue) -> [JSONValue]) -> String {
            edit(doc, path[...], f).serialized(pretty: Bool.random(using: &r))
        }
        switch Int.random(in: 0..<12, using: &r) {
        case 0: return tree { _ in [] }  // drop a key or item
        case 1: return tree { [$0, $0] }  // duplicate a key (a syntax error) or an item
        case 2, 3: return tree { _ in [hostile.randomElement(using: &r)!] }
        case 4:  // a huge array in place of the value
            let n = [1_000, 20_000, 200_000].randomElement(using: &r)!
            return tree { v in
                switch v {
                case .array, .object: return [.array(Array(repeating: v, count: min(n, 1_000)))]
                case .string(let text) where text.count > 20: return [.array(Array(repeating: v, count: min(n, 1_000)))]
                default: return [.array(Array(repeating: v, count: n))]
                }
            }
        case 5:  // a number's neighbours, and numbers as strings
            return tree { v in
                guard case .number(let x) = v else { return [.string(v.description)] }
                return [[.number(x + 0.5), .number(-x), .number(x * 1e6), .string("\(x)")].randomElement(using: &r)!]
            }
        case 6:  // deep nesting, as text (a tree that deep would overflow any recursive writer)
            let depth = [50, 2_000, 100_000].randomElement(using: &r)!
            let open = Bool.random(using: &r) ? "[" : "{\"k\":"
            let close = open == "[" ? "]" : "}"
            let marker = "\"__deep__\""
            let nested = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
            return tree { _ in [.string("__deep__")] }.replacingOccurrences(of: marker, with: nested)
        case 7:  // truncated text
            return String(text.prefix(Int.random(in: 0..<max(1, text.count), using: &r)))
        case 8:  // a bracket, brace, quote, comma or colon deleted
            let marks = text.indices.filter { "{}[]\",:".contains(text[$0]) }
            guard let i = marks.randomElement(using: &r) else { return text }
            var t = text
            t.remove(at: i)
            return t
        case 9:  // a character inserted
            var t = text
            let i = t.index(t.startIndex, offsetBy: Int.random(in: 0...t.count, using: &r))
            t.insert(contentsOf: ["\u{0}", "\u{FEFF}", "é", "\\", "\"", "}", "/*", "\u{7F}", "\t"].randomElement(using: &r)!, at: i)
            return t
        case 10:  // a key renamed, or unicode keys
            return tree { v in Bool.random(using: &r) ? [.object([("Ω✗", v)])] : [.string("\u{D7FF}\u{E000}")] }
        default:  // several value edits in one mutant
            var d = doc
            for _ in 0..<Int.random(in: 2...5, using: &r) {
                guard let p = all.randomElement(using: &r) else { break }
                d = edit(d, p[...]) { _ in [hostile.randomElement(using: &r)!] }
            }
            return d.serialized(pretty: false)
        }
    }

    /// Whether a refusal of the manifest at `path` says where: the file's name in the error.
    static func isClear(_ error: any Error, file: String) -> Bool {
        "\(error)".contains(file)
    }

    @Test func mutantsLoadOrFailClearly() throws {
        let plan = Self.plan
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xps-fuzz-manifests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let experiments = SharedData.packageRoot.appendingPathComponent("Experiments")
        let seeds = try FileManager.default.contentsOfDirectory(atPath: experiments.path).filter { $0.hasSuffix(".json") }.sorted()
            .map { name -> (name: String, text: String, doc: JSONValue) in
                let text = try String(contentsOf: experiments.appendingPathComponent(name), encoding: .utf8)
                // Beside the mutants, so a measured-fit mutant finds the experiment holding its networks.
                try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
                return (name, text, try JSONValue.parse(text, file: name).value)
            }
        #expect(seeds.count >= 10)
        let guardian = FuzzGuard(limit: 20)
        var tally = FuzzTally(plan)
        for k in plan.indices {
            var rng = plan.random(k)
            let seed = seeds[k % seeds.count]
            let profile = [Profile.smoke, .quick, .default, .paper][k / seeds.count % 4]
            let url = folder.appendingPathComponent("mutant-\(k)-of-\(seed.name)")
            let text = Self.mutate(seed.text, seed.doc, &rng)
            try text.write(to: url, atomically: false, encoding: .utf8)
            plan.keep(url)
            let start = Date()
            let outcome = guardian.run(plan.replay(k) + " (\(seed.name), \(profile))") { () -> FuzzOutcome in
                do {
                    let m = try AnyManifest.load(url, profile: profile)
                    _ = try ManifestDescription.validate(m, file: url.path, profile: profile)
                    return .accepted
                } catch {
                    // A measured-fit mutant's error may name the experiment holding its networks, beside it.
                    return Self.isClear(error, file: url.lastPathComponent) || Self.isClear(error, file: folder.path)
                        ? .clearError : .unclearError("\(type(of: error)): \(error)")
                }
            }
            tally.record(outcome, index: k, seconds: Date().timeIntervalSince(start))
            try? FileManager.default.removeItem(at: url)
        }
        tally.finish(guardian)
    }
}
