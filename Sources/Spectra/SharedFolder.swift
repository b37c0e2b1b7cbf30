// Where the project's shared material lives: measured spectra and element data (data/) and
// published numbers (published/). The one lookup every module and test uses.

import Foundation

public enum SharedFolder {
    /// `$XPS_SHARED`, else `shared` beside `base` (the working directory by default: commands run
    /// from the repository root, which has `../shared` beside it).
    public static func root(besides base: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let s = environment["XPS_SHARED"], !s.isEmpty { return URL(fileURLWithPath: s, isDirectory: true) }
        guard let base else { return URL(fileURLWithPath: "../shared", isDirectory: true) }
        return base.deletingLastPathComponent().appendingPathComponent("shared", isDirectory: true)
    }

    /// The data folder: `$XPS_SHARED_DATA`, else `data` in `root(besides:)`.
    public static func data(besides base: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let s = environment["XPS_SHARED_DATA"], !s.isEmpty { return URL(fileURLWithPath: s, isDirectory: true) }
        return root(besides: base, environment: environment).appendingPathComponent("data", isDirectory: true)
    }

    /// The folder of published numbers: `published` in `root(besides:)`.
    public static func published(besides base: URL? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        root(besides: base, environment: environment).appendingPathComponent("published", isDirectory: true)
    }

    /// A path of a manifest: absolute as given, else under the data folder.
    public static func dataFile(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : data().appendingPathComponent(path)
    }
}
