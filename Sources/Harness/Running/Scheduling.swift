// Spreading the runs of a sweep: parallel processes on this machine, or a Slurm job array.

import Foundation

public enum Scheduling {
    /// The command line that runs exactly `run` of the manifest (what each process or array task executes).
    /// "--jobs 1": a child runs its one run itself and never spawns children of its own;
    /// "--run-only": it writes its run file and nothing shared (summary, figures, tables are the
    /// parent's, or `harness report`'s after a Slurm array), so children never race on them.
    public static func runArguments(
        manifest: String, profile: Profile, overrides: [String], results: String,
        run: String, resume: Bool, force: Bool, stopAfterEpoch: Int? = nil
    ) -> [String] {
        var args = [
            "run", manifest, "--profile", profile.rawValue, "--results", results, "--only", run, "--jobs", "1",
            "--run-only", "--quiet"
        ]
        for o in overrides { args += ["--set", o] }
        if resume { args.append("--resume") }
        if force { args.append("--force") }
        if let e = stopAfterEpoch { args += ["--stop-after-epoch", String(e)] }
        return args
    }

    /// Runs `runs` as up to `jobs` concurrent child processes of `executable`; returns the runs that failed.
    /// With `logs`, each child's progress goes to `logs/<run>.log` (not silenced), the newest line of
    /// each running child is shown every `every` seconds, and each finish shows the count and an ETA.
    public static func runInProcesses(
        executable: URL, runs: [String], jobs: Int,
        arguments: (String) -> [String], progress: ProgressReporter, logs: URL? = nil, every: TimeInterval = 60
    ) throws -> [String] {
        var pending = runs[...]
        var active: [(run: String, process: Process, log: URL?)] = []
        var failed: [String] = []
        var finished = 0
        let started = Date()
        var lastShown = Date()
        if let logs { try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true) }
        while !pending.isEmpty || !active.isEmpty {
            while active.count < jobs, let run = pending.popFirst() {
                let p = Process()
                p.executableURL = executable
                var args = arguments(run)
                var log: URL?
                if let logs {
                    let file = logs.appendingPathComponent("\(run).log")
                    guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
                        throw HarnessError.file(path: file.path, line: nil, reason: "cannot create the run's log file")
                    }
                    let handle = try FileHandle(forWritingTo: file)
                    p.standardOutput = handle
                    p.standardError = handle
                    args.removeAll { $0 == "--quiet" }
                    log = file
                }
                p.arguments = args
                p.environment = ParentWatch.childEnvironment()
                try p.run()
                active.append((run, p, log))
                progress.line("started \(run) (pid \(p.processIdentifier)\(log.map { "; log \($0.path)" } ?? ""))")
            }
            Thread.sleep(forTimeInterval: 0.2)
            active.removeAll { entry in
                guard !entry.process.isRunning else { return false }
                finished += 1
                if entry.process.terminationStatus == 0 {
                    progress.line(
                        "finished \(entry.run) (\(finished) of \(runs.count)\(eta(started: started, finished: finished, total: runs.count)))")
                } else {
                    failed.append(entry.run)
                    progress.line("FAILED \(entry.run) (exit \(entry.process.terminationStatus)\(entry.log.map { "; see \($0.path)" } ?? ""))")
                }
                return true
            }
            if Date().timeIntervalSince(lastShown) >= every {
                lastShown = Date()
                for entry in active { if let line = entry.log.flatMap(lastLine) { progress.line(line) } }
            }
        }
        return failed
    }

    /// "; ETA 1 h 05 min" from the mean wall time per finished run so far (runs overlap, so this is
    /// elapsed / finished × remaining).
    static func eta(started: Date, finished: Int, total: Int) -> String {
        guard finished > 0, finished < total else { return "" }
        let seconds = Date().timeIntervalSince(started) / Double(finished) * Double(total - finished)
        let minutes = Int((seconds / 60).rounded(.up))
        return minutes >= 60 ? String(format: "; ETA %d h %02d min", minutes / 60, minutes % 60) : "; ETA \(minutes) min"
    }

    /// The last non-empty line of a log file (its last 4 kB).
    static func lastLine(_ file: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return nil }
        defer { try? handle.close() }
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 4096 ? size - 4096 : 0)
        guard let data = try? handle.readToEnd(), let text = String(data: data, encoding: .utf8) else { return nil }
        return text.split(whereSeparator: \.isNewline).last.map(String.init)
    }

    /// A Slurm job-array script running one run per array task.
    public static func slurmScript(
        loaded: LoadedManifest, manifestPath: String, overrides: [String], results: String,
        runs: [String], executable: String, hours: Int
    ) -> String {
        let name = loaded.manifest.name
        let threads = loaded.manifest.training.threads
        let quoted = runs.map { "\"\($0)\"" }.joined(separator: " ")
        let sets = overrides.map { " --set '\($0)'" }.joined()
        return """
            #!/bin/bash
            # Slurm job array for experiment \(name) (\(loaded.profile.rawValue) profile): one run per task.
            # Written by `harness plan --slurm`. Submit with: sbatch \(results)/\(name)/slurm.sh
            # When all tasks are done: harness report \(manifestPath) --profile \(loaded.profile.rawValue)\(sets) --results \(results)
            #SBATCH --job-name=\(name)
            #SBATCH --array=0-\(max(0, runs.count - 1))
            #SBATCH --cpus-per-task=\(threads)
            #SBATCH --time=\(hours):00:00
            #SBATCH --output=\(results)/\(name)/slurm/%A_%a.out

            set -euo pipefail
            RUNS=(\(quoted))
            RUN="${RUNS[$SLURM_ARRAY_TASK_ID]}"
            exec \(executable) run \(manifestPath) --profile \(loaded.profile.rawValue)\(sets) --results \(results) --only "$RUN" --resume --quiet

            """
    }
}

extension Scheduling {
    /// Writes Results/<experiment>/slurm.sh (executable) and the slurm/ folder its tasks log into;
    /// returns the script's URL.
    public static func writeSlurmScript(
        loaded: LoadedManifest, manifestPath: String, overrides: [String], results: String,
        executable: String, hours: Int
    ) throws -> URL {
        let plans = try RunExpansion.expand(loaded)
        let dir = URL(fileURLWithPath: results).appendingPathComponent(loaded.manifest.name)
        // An array starts its tasks together: a run warm-starting from a run of the same sweep needs
        // that source finished before the array is planned.
        let waiting = try WarmStart.waves(plans, experiment: loaded.manifest.name).dropFirst().joined().compactMap { plan in
            plan.manifest.training.initialiseFrom.map { (plan.name, $0.sourceRun(repeatIndex: plan.repeatIndex)) }
        }
        if let (run, source) = waiting.first(where: {
            !FileManager.default.fileExists(atPath: dir.appendingPathComponent("runs/\($0.1).h5").path)
        }) {
            throw HarnessError.setting(
                at: "training.initialiseFrom.run",
                found: "run \(run) starting from \(source) of the same sweep, which has not finished (a Slurm array starts its tasks together)",
                expected: "its source trained first: `harness run \(manifestPath) --profile \(loaded.profile.rawValue) "
                    + "--results \(results) --only \(source)`, then `harness plan --slurm` again")
        }
        // Slurm does not create the folder of --output itself.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("slurm"), withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("slurm.sh")
        let script = slurmScript(
            loaded: loaded, manifestPath: manifestPath, overrides: overrides,
            results: results, runs: plans.map(\.name), executable: executable, hours: hours)
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}
