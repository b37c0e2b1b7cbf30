import ArgumentParser
import Foundation
import Harness
import SpectraIO

/// Options every manifest-reading command shares.
struct ManifestOptions: ParsableArguments {
    @Argument(help: "A manifest: a path, or a name in Experiments/ (e.g. quickstart).")
    var manifest: String

    @Option(help: "Size of the run: smoke (seconds), quick (a preview of a long default), default, paper (the published scale).")
    var profile: String = "default"

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp("Override a manifest value, type-checked like the file: data.parameters.maxShift=3", valueName: "path=value"))
    var overrides: [String] = []

    @Option(help: "Folder for results.")
    var results = "Results"

    func validate() throws {
        guard Profile(rawValue: profile) != nil else {
            throw ValidationError("--profile: '\(profile)' is not a profile; expected smoke, quick, default or paper")
        }
    }

    var resolvedProfile: Profile { Profile(rawValue: profile)! }

    /// The manifest path as given (relative paths stay relative: scripts for clusters use them).
    var manifestPath: String {
        manifest.hasSuffix(".json") || manifest.contains("/") ? manifest : "Experiments/\(manifest).json"
    }

    var manifestURL: URL { URL(fileURLWithPath: manifestPath) }
    var resultsRoot: URL { URL(fileURLWithPath: results) }

    /// The manifest as whichever kind it declares.
    func load() throws -> AnyManifest {
        try AnyManifest.load(manifestURL, profile: resolvedProfile, overrides: overrides)
    }

    /// The manifest, which `command` needs to be an experiment.
    func experiment(for command: String) throws -> LoadedManifest {
        try load().experiment(for: command, file: manifestPath)
    }
}

/// park2020-table1's test-time averaging with a shift list given on the command line (`option`
/// names it in the error) and the mirror on or off.
func networkAveraging(shifts text: String?, option: String, mirror: Bool) throws -> NetworkAveraging {
    do {
        return try NetworkAveraging.parse(shifts: text, mirror: mirror)
    } catch {
        throw ValidationError(
            "\(option): '\(text ?? "")' is not a comma-separated list of distinct whole numbers of points within ±\(NetworkAveraging.maximumShift)")
    }
}

/// A comma-separated list, each item trimmed.
func commaList(_ s: String) -> [String] { s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

/// `--blocks` of the commands that read measured spectra (predict, fit).
struct BlockOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Blocks of each file: all, indices and ranges (0,2-4) or labels (\"Fe 2p;O 1s\"); `harness inspect FILE` lists them.",
            valueName: "selection"))
    var blocks = "all"

    var selection: BlockSelection { BlockSelection(parsing: blocks) }
}
