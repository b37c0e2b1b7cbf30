// Shipped models: the runs a manifest names in `ship`, written as model files under
// Results/<experiment>/models/<run>.h5 (committed to git), and where `harness predict` finds them.

import Foundation
import Store

public enum ShippedModels {
    /// At most this many bytes of model files per experiment (10 MB): the two survey experiments
    /// together stay within the 20 MB a clone should carry.
    public static let limitBytes = 10_000_000
    /// The experiments whose shipped models `harness predict` uses without a model argument: the
    /// compound-survey models (presence: which elements; quantification: at. %).
    public static let surveyExperiments = ["survey-presence", "survey-quantification"]

    public static func directory(experiment: String, resultsRoot: URL) -> URL {
        resultsRoot.appendingPathComponent(experiment, isDirectory: true).appendingPathComponent("models", isDirectory: true)
    }

    /// The model files of an experiment, sorted by name (none when the folder is absent).
    public static func files(experiment: String, resultsRoot: URL) -> [URL] {
        let dir = directory(experiment: experiment, resultsRoot: resultsRoot)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".h5") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// Writes the model files of the manifest's `ship` runs whose run files exist (a model file
    /// already holding the same trained tensors is left as it is), removes model files of runs no
    /// longer shipped, and returns the model files. Refuses, changing nothing, when a name is not a
    /// run of the manifest or the experiment's model files would exceed `limit` bytes.
    @discardableResult
    public static func ship(_ runner: ExperimentRunner, limit: Int = limitBytes) throws -> [URL] {
        let manifest = runner.loaded.manifest
        guard let names = manifest.ship else { return [] }
        let known = Set(try RunExpansion.expand(runner.loaded).map(\.name))
        if let unknown = names.first(where: { !known.contains($0) }) {
            throw HarnessError.setting(
                at: "\(runner.loaded.file): ship", found: "\"\(unknown)\" (no such run)",
                expected: "some of \(known.sorted().joined(separator: ", "))")
        }
        let dir = directory(experiment: manifest.name, resultsRoot: runner.resultsRoot)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let staging = dir.appendingPathComponent(".staging-\(ProcessInfo.processInfo.processIdentifier)", isDirectory: true)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: staging) }
        var staged: [(name: String, url: URL)] = []
        for name in names {
            let run = runner.runFile(name), shipped = dir.appendingPathComponent("\(name).h5")
            guard FileManager.default.fileExists(atPath: run.path) else { continue }
            if try current(shipped, run: run) { continue }
            let url = staging.appendingPathComponent("\(name).h5")
            try ModelFile.write(from: run, experiment: manifest.name, to: url)
            staged.append((name, url))
        }
        // The sizes after this call: staged files, and the shipped files they do not replace.
        let final = names.map { name in staged.first { $0.name == name }?.url ?? dir.appendingPathComponent("\(name).h5") }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
        let bytes = final.map(size)
        guard bytes.reduce(0, +) <= limit else {
            throw HarnessError.shippedModelsTooLarge(
                experiment: manifest.name, files: final.map { "models/\($0.lastPathComponent)" }, bytes: bytes, limit: limit)
        }
        for (name, url) in staged { try Durable.rename(url, over: dir.appendingPathComponent("\(name).h5")) }
        for old in files(experiment: manifest.name, resultsRoot: runner.resultsRoot)
        where !names.contains(old.deletingPathExtension().lastPathComponent) {
            try FileManager.default.removeItem(at: old)
        }
        return files(experiment: manifest.name, resultsRoot: runner.resultsRoot)
    }

    /// Whether `shipped` holds the trained tensors of `run` already (same hash and creation).
    static func current(_ shipped: URL, run: URL) throws -> Bool {
        guard FileManager.default.fileExists(atPath: shipped.path), let s = try? HDF5File(opening: shipped),
            let hash = try? s.root.stringAttribute("model_sha256"), let created = try? s.root.stringAttribute("created")
        else { return false }
        let r = try HDF5File(opening: run)
        return hash == (try WarmStart.modelHash(run)) && created == (try? r.root.stringAttribute("created"))
    }

    static func size(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int) ?? 0
    }

    /// The results folder `harness predict` searches for shipped models: `Results` in the current
    /// folder, else in the checkout the executable was built in: the nearest folder above it that
    /// holds Package.swift (.build/release is a link to .build/<triple>/release, so the depth varies).
    public static func defaultResultsRoot(
        executable: URL?, currentFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    ) -> URL {
        let here = currentFolder.appendingPathComponent("Results", isDirectory: true)
        if surveyExperiments.contains(where: { !files(experiment: $0, resultsRoot: here).isEmpty }) { return here }
        guard let executable else { return here }
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                let root = folder.appendingPathComponent("Results", isDirectory: true)
                if surveyExperiments.contains(where: { !files(experiment: $0, resultsRoot: root).isEmpty }) { return root }
                return here
            }
            folder = folder.deletingLastPathComponent()
        }
        return here
    }
}
