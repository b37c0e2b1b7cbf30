// What `harness run` and `harness report` do: run a manifest's runs (in this process or in child
// processes), then merge the finished runs into the summary file, tables and figures.

import Foundation

/// A `harness run` as asked on the command line.
public struct RunRequest: Sendable {
    /// The manifest path as given (relative paths stay relative: child processes and Slurm
    /// scripts use them).
    public var manifestPath: String
    public var profile: Profile
    public var overrides: [String] = []
    public var results = "Results"
    public var only: [String] = []
    public var force = false
    public var resume = false
    public var stopAfterEpoch: Int?
    /// Parallel processes (nil: as many as the cores hold at the manifest's training.threads each).
    public var jobs: Int?
    public var quiet = false
    /// Write the run files only (what child processes and Slurm tasks do).
    public var runOnly = false
    public var render = true
    /// The harness executable that child processes run.
    public var executable: URL

    public init(manifestPath: String, profile: Profile, executable: URL) {
        self.manifestPath = manifestPath
        self.profile = profile
        self.executable = executable
    }

    public var manifestURL: URL { URL(fileURLWithPath: manifestPath) }
    public var resultsRoot: URL { URL(fileURLWithPath: results) }
}

public enum RunSession {
    /// Runs the manifest `request` names, whichever kind it is, and prints what was written.
    /// A measured-fit manifest (either form): no runs to pick, its fits redone under the results lock.
    static func runFits(_ name: String, _ request: RunRequest, _ console: Console, fit: (ProgressReporter) throws -> [URL]) throws {
        guard request.only.isEmpty else {
            throw HarnessError.unsupported(file: request.manifestPath, what: "--only", reason: "a measured-fit manifest has no runs to pick")
        }
        let written = try ResultsLock.holding(request.resultsRoot.appendingPathComponent(name)) {
            try fit(ProgressReporter(quiet: request.quiet))
        }
        console("\(name) (\(request.profile.rawValue)); results in \(request.results)/\(name)")
        console("  figures and tables: " + shown(written))
    }

    public static func run(_ request: RunRequest, console: Console = .standardOutput) throws {
        switch try AnyManifest.load(request.manifestURL, profile: request.profile, overrides: request.overrides) {
        case .measuredFit(let m, let url):
            try runFits(m.name, request, console) {
                try MeasuredFitRunner.run(m, manifestURL: url, profile: request.profile, resultsRoot: request.resultsRoot, progress: $0)
            }
        case .casaFit(let m, let url):
            try runFits(m.name, request, console) {
                try CasaFitRunner.run(m, manifestURL: url, profile: request.profile, resultsRoot: request.resultsRoot, progress: $0)
            }
        case .experiment(let loaded):
            // Child processes and Slurm tasks (--run-only) write one run file each under their
            // parent's lock; every other run holds the folder's lock.
            guard request.runOnly else {
                let folder = request.resultsRoot.appendingPathComponent(loaded.manifest.name)
                return try ResultsLock.holding(folder) { try runExperiment(loaded, request, console: console) }
            }
            try runExperiment(loaded, request, console: console)
        }
    }

    static func runExperiment(_ loaded: LoadedManifest, _ request: RunRequest, console: Console) throws {
        let progress = ProgressReporter(quiet: request.quiet)
        let runner = ExperimentRunner(loaded, resultsRoot: request.resultsRoot, progress: progress)
        let started = Date()
        runner.stopAfterEpoch = request.stopAfterEpoch
        // A child of a parallel run leaves the mark to its parent.
        if ProcessInfo.processInfo.environment[ParentWatch.variable] == nil {
            try StaleMark.set(
                runner.experimentDirectory,
                reason: "`harness run \(request.manifestPath) --profile \(loaded.profile.rawValue)` started at "
                    + "\(ISO8601DateFormatter().string(from: started)) (pid \(getpid())) to train or reuse its runs; "
                    + "the run files may already be newer than these figures and tables.")
        }
        let all = try RunExpansion.expand(loaded)
        let selected = all.map(\.name).filter { request.only.isEmpty || request.only.contains($0) }
        let jobs = request.jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, loaded.manifest.training.threads))
        var results: [RunResult]
        if jobs > 1 && selected.count > 1 {
            // Wave by wave: the sources of warm starts within the sweep finish before their dependants start.
            let waves = try WarmStart.waves(all.filter { selected.contains($0.name) }, experiment: loaded.manifest.name)
            for wave in waves {
                // Finished runs are reused here, not handed to a process (so the ETA counts only real work).
                let todo = wave.filter { request.force || !runner.reusable($0) }
                for plan in wave where !todo.contains(where: { $0.name == plan.name }) {
                    progress.line("\(plan.name): finished earlier, skipped (use --force to rerun)")
                }
                guard !todo.isEmpty else { continue }
                let failed = try Scheduling.runInProcesses(
                    executable: request.executable, runs: todo.map(\.name), jobs: jobs,
                    arguments: {
                        Scheduling.runArguments(
                            manifest: request.manifestPath, profile: loaded.profile, overrides: request.overrides,
                            results: request.results, run: $0, resume: request.resume, force: request.force,
                            stopAfterEpoch: request.stopAfterEpoch)
                    },
                    progress: progress, logs: runner.experimentDirectory.appendingPathComponent("logs"))
                if !failed.isEmpty { throw HarnessError.runsFailed(runs: failed) }
            }
            results = selected.compactMap { try? ExperimentRunner.readResult(runner.runFile($0)) }
        } else {
            results = try runner.run(only: request.only.isEmpty ? nil : Set(request.only), force: request.force, resume: request.resume)
        }
        if !request.runOnly {
            let finished = all.compactMap { try? ExperimentRunner.readResult(runner.runFile($0.name)) }
            try runner.writeSummary(finished, wallSeconds: Date().timeIntervalSince(started))
            let written = try Reporter(loaded, resultsRoot: request.resultsRoot, render: request.render).write()
            let plural = results.count == 1 ? "" : "s"
            console(
                "\(results.count) run\(plural) of \(loaded.manifest.name) (\(loaded.profile.rawValue)); results in \(runner.experimentDirectory.path)"
            )
            console("  figures and tables: " + shown(written))
        }
        for r in results { console(metricLine(r)) }
    }

    /// Merges the finished run files of an experiment into its summary file; prints the table and
    /// the runs still missing.
    public static func report(_ loaded: LoadedManifest, resultsRoot: URL, console: Console = .standardOutput) throws {
        try ResultsLock.holding(resultsRoot.appendingPathComponent(loaded.manifest.name)) {
            try writeReport(loaded, resultsRoot: resultsRoot, console: console)
        }
    }

    static func writeReport(_ loaded: LoadedManifest, resultsRoot: URL, console: Console) throws {
        let runner = ExperimentRunner(loaded, resultsRoot: resultsRoot)
        let plans = try RunExpansion.expand(loaded)
        var found: [RunResult] = []
        var missing: [String] = []
        var damaged: [(run: String, reason: String)] = []
        for p in plans {
            let file = runner.runFile(p.name)
            guard FileManager.default.fileExists(atPath: file.path) else {
                missing.append(p.name)
                continue
            }
            do { found.append(try ExperimentRunner.readResult(file)) } catch { damaged.append((p.name, "\(error)")) }
        }
        try runner.writeSummary(found, wallSeconds: found.reduce(0) { $0 + $1.seconds })
        console("\(found.count) of \(plans.count) runs of \(loaded.manifest.name) finished")
        for r in found { console(metricLine(r)) }
        if !missing.isEmpty { console("missing: " + missing.joined(separator: ", ")) }
        for d in damaged {
            console("damaged: \(runner.runFile(d.run).path): \(d.reason) (rerun it: harness run \(loaded.file) --only \(d.run) --force)")
        }
    }

    static func metricLine(_ r: RunResult) -> String {
        String(format: "  %-40@ %@ %.4f", r.run as NSString, r.metricName, r.testMetric)
    }

    /// The figures and tables a person looks at, by file name.
    static func shown(_ written: [URL]) -> String {
        written.filter { ["png", "md"].contains($0.pathExtension) }.map(\.lastPathComponent).joined(separator: ", ")
    }
}
