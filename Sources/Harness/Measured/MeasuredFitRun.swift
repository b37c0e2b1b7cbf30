// Running a "measured-fit" manifest: the network (trained first when its run is missing), the
// least-squares fits, Table 1 with its target checks, figures (paper 1, Figs. 6 and 7), HDF5.
// The stages: the networks (here), one spectrum's analysis (MeasuredFitAnalysis.swift), Table 1
// and its targets (MeasuredFitTables.swift), figures and the HDF5 file (MeasuredFitOutputs.swift).

import Foundation
import Spectra
import Store

/// One row of Table 1: a method's value for one of the expert's peaks (nil: not found).
public struct Table1Row: Sendable {
    public var spectrum: String
    public var peak: Int
    public var method: String
    public var found: MeasuredPeak?
    public var reference: (center: Double, width: Double)

    public var centerError: Double? { found.map { $0.center - reference.center } }
    public var widthError: Double? { found.map { $0.width - reference.width } }
}

/// A named fit of one spectrum, kept for the HDF5 file and the figures.
struct MethodResult {
    var method: String
    var background: String
    var peaks: [MeasuredPeak]
    var reducedChiSquared: Double?
    var fit: [Double]?
    var backgroundCurve: [Double]
    var atBound: [String]
    /// Why the fit has no result (e.g. not converged), if it failed.
    var failure: String? = nil
}

/// The trained peak-fitting networks of a measured fit and where they came from.
struct MeasuredFitNetworks {
    /// The experiment that trained them, at the fit's profile.
    var loaded: LoadedManifest
    var runFiles: [URL]
    var ensemble: [TrainedModel]
    /// Eq. 1's constants of their training data (the networks' widths are Eq. 1's w with these).
    var constants: Park2020Constants
    /// The git commit of each run file ("unknown" when it has none).
    var commits: [String]

    /// One commit when every network came from the same one (the usual case), else each network's.
    var commitText: String {
        Set(commits).count == 1 ? String(commits[0].prefix(10)) : commits.map { String($0.prefix(10)) }.joined(separator: ", ")
    }
}

extension MeasuredFitRunner {
    /// Runs everything; returns the files written.
    public static func run(
        _ m: MeasuredFitManifest, manifestURL: URL, profile: Profile, resultsRoot: URL,
        progress: ProgressReporter = ProgressReporter()
    ) throws -> [URL] {
        let started = Date()
        let folder = resultsRoot.appendingPathComponent(m.name, isDirectory: true)
        try StaleMark.set(
            folder,
            reason: "`harness run \(manifestURL.path) --profile \(profile.rawValue)` started at "
                + "\(ISO8601DateFormatter().string(from: started)) (pid \(getpid())) to redo these fits.")
        let networks = try loadNetworks(m, manifestURL: manifestURL, profile: profile, resultsRoot: resultsRoot, progress: progress)
        let published = try readPublished(m.published)
        let analyses = try m.spectra.map { try analyse($0, manifest: m, published: published, networks: networks, progress: progress) }
        let written = try writeResults(
            analyses, manifest: m, profile: profile, networks: networks, resultsRoot: resultsRoot,
            started: started, progress: progress)
        StaleMark.clear(folder)
        return written
    }

    /// The networks: the named runs of another experiment at the same profile, trained first (and
    /// that experiment reported) when a run is missing or was trained with other settings. Loaded
    /// and checked as harness predict and harness fit --init load them: peak-fitting models sharing
    /// one axis, one output layout and the Eq. 1 constants of their training data.
    static func loadNetworks(
        _ m: MeasuredFitManifest, manifestURL: URL, profile: Profile, resultsRoot: URL,
        progress: ProgressReporter
    ) throws -> MeasuredFitNetworks {
        let experimentURL = manifestURL.deletingLastPathComponent().appendingPathComponent("\(m.network.experiment).json")
        let loaded = try ManifestLoader.load(experimentURL, profile: profile)
        let runner = ExperimentRunner(loaded, resultsRoot: resultsRoot, progress: progress)
        let plans = try RunExpansion.expand(loaded)
        let chosen = try m.network.runs.map { name in
            guard let plan = plans.first(where: { $0.name == name }) else {
                throw HarnessError.file(
                    path: manifestURL.path, line: nil,
                    reason:
                        "network.runs names '\(name)', which is not a run of \(m.network.experiment) (runs: \(plans.map(\.name).joined(separator: ", ")))"
                )
            }
            return plan
        }
        // The same test as the runner's reuse: only the settings that decide what a run computes.
        let missing = chosen.filter { plan in
            !((try? ExperimentRunner.readConfig(runner.runFile(plan.name))).map { ExperimentRunner.sameTraining($0, plan.resolved) } ?? false)
        }
        if !missing.isEmpty {
            progress.line(
                "\(m.name): \(missing.map(\.name).joined(separator: ", ")) of \(m.network.experiment) not trained at profile \(profile.rawValue) yet; training first"
            )
            let trainingStarted = Date()
            _ = try runner.run(only: Set(missing.map(\.name)))
            let finished = plans.compactMap { try? ExperimentRunner.readResult(runner.runFile($0.name)) }
            try runner.writeSummary(finished, wallSeconds: Date().timeIntervalSince(trainingStarted))
            try Reporter(loaded, resultsRoot: resultsRoot).write()
        }
        let runFiles = chosen.map { runner.runFile($0.name) }
        let networks = try PeakFittingNetworks(files: runFiles)
        let commits = runFiles.map { (try? HDF5File(opening: $0).root.stringAttribute("git_commit")) ?? "unknown" }
        return MeasuredFitNetworks(loaded: loaded, runFiles: runFiles, ensemble: networks.networks, constants: networks.constants, commits: commits)
    }

    /// One peak of the published Table 1: the expert's fit and the paper's network (centre and FWHM, eV).
    struct PublishedRow { var fitCenter, fitWidth, networkCenter, networkWidth: Double }

    /// The published Table 1 by spectrum, in peak order.
    static func readPublished(_ file: String) throws -> [String: [PublishedRow]] {
        let url = PublishedData.url(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot read the published table")
        }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        let header = lines.first?.split(separator: ",").map(String.init) ?? []
        let needed = ["spectrum", "peak", "fit_center_eV", "fit_width_eV", "network_center_eV", "network_width_eV"]
        guard needed.allSatisfy(header.contains) else {
            throw HarnessError.file(
                path: url.path, line: nil, reason: "expected columns \(needed.joined(separator: ", ")), found \(header.joined(separator: ", "))")
        }
        let col = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        var out: [String: [(Int, PublishedRow)]] = [:]
        for (n, line) in lines.dropFirst().enumerated() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == header.count, let peak = Int(f[col["peak"]!]),
                let a = Double(f[col["fit_center_eV"]!]), let b = Double(f[col["fit_width_eV"]!]),
                let c = Double(f[col["network_center_eV"]!]), let d = Double(f[col["network_width_eV"]!])
            else {
                throw HarnessError.file(path: url.path, line: n + 2, reason: "expected \(header.count) fields with numbers")
            }
            out[f[col["spectrum"]!], default: []].append((peak, PublishedRow(fitCenter: a, fitWidth: b, networkCenter: c, networkWidth: d)))
        }
        return out.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }
}
