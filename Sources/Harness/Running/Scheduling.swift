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
    public static func runInProcesses(
        executable: URL, runs: [String], jobs: Int,
        arguments: (String) -> [String], progress: ProgressReporter
    ) throws -> [String] {
        var pending = runs[...]
        var active: [(run: String, process: Process)] = []
        var failed: [String] = []
        while !pending.isEmpty || !active.isEmpty {
            while active.count < jobs, let run = pending.popFirst() {
                let p = Process()
                p.executableURL = executable
                p.arguments = arguments(run)
                p.environment = ParentWatch.childEnvironment()
                try p.run()
                active.append((run, p))
                progress.line("started \(run) (pid \(p.processIdentifier))")
            }
            Thread.sleep(forTimeInterval: 0.2)
            active.removeAll { entry in
                guard !entry.process.isRunning else { return false }
                if entry.process.terminationStatus == 0 {
                    progress.line("finished \(entry.run)")
                } else {
                    failed.append(entry.run)
                    progress.line("FAILED \(entry.run) (exit \(entry.process.terminationStatus))")
                }
                return true
            }
        }
        return failed
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
