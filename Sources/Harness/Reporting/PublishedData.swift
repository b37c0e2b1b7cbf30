// Published numbers (Experiments' `published` blocks): CSV columns or a JSON object of headline
// numbers from ../shared/published, read as (series, x, y) points to draw or list beside ours.

import Foundation
import Spectra

public enum PublishedData {
    /// Folder of published numbers (`SharedFolder.published`).
    public static var root: URL { SharedFolder.published() }

    public static func url(_ file: String) -> URL {
        file.contains("/") ? URL(fileURLWithPath: file) : root.appendingPathComponent(file)
    }

    /// (series, x, y·scale) rows of a published CSV.
    public static func read(_ spec: PublishedSpec) throws -> [(series: String, x: Double, y: Double)] {
        let url = url(spec.file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot read published data")
        }
        if url.pathExtension.lowercased() == "json" { return try readJSON(spec, text: text, url: url) }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        guard let header = lines.first?.split(separator: ",").map({ String($0) }) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "empty")
        }
        func column(_ name: String) throws -> Int {
            guard let i = header.firstIndex(of: name) else {
                throw HarnessError.file(path: url.path, line: nil, reason: "no column '\(name)' (columns: \(header.joined(separator: ", ")))")
            }
            return i
        }
        let xi = try column(spec.x), yi = try column(spec.y), si = try spec.series.map(column)
        return try lines.dropFirst().enumerated().map { (n, line) in
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == header.count, let x = Double(f[xi]), let y = Double(f[yi]) else {
                throw HarnessError.file(
                    path: url.path, line: n + 2, reason: "expected \(header.count) fields with numbers in '\(spec.x)' and '\(spec.y)'")
            }
            let name = si.map { f[$0] } ?? "published"
            return (spec.rename[name] ?? name, x, y * spec.scale)
        }
    }
}

extension PublishedData {
    /// A JSON object of headline numbers (e.g. fis2025_headline.json): one point, x and y its keys,
    /// the series the value of the key `series` (default "published").
    static func readJSON(_ spec: PublishedSpec, text: String, url: URL) throws -> [(series: String, x: Double, y: Double)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw HarnessError.file(path: url.path, line: nil, reason: "expected a JSON object of published numbers")
        }
        func number(_ key: String) throws -> Double {
            guard let v = object[key] as? NSNumber else {
                throw HarnessError.file(
                    path: url.path, line: nil, reason: "no number under '\(key)' (keys: \(object.keys.sorted().joined(separator: ", ")))")
            }
            return v.doubleValue
        }
        let name = spec.series.flatMap { object[$0] as? String } ?? "published"
        return [(spec.rename[name] ?? name, try number(spec.x), try number(spec.y) * spec.scale)]
    }
}
