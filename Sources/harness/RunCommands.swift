import ArgumentParser
import Foundation
import Harness
import Spectra
import SpectraIO
import Plots

/// Options every manifest-reading command shares.
struct ManifestOptions: ParsableArguments {
    @Argument(help: "A manifest: a path, or a name in Experiments/ (e.g. quickstart).")
    var manifest: String

    @Option(help: "Size of the run: smoke (seconds), default (minutes), paper (the published scale).")
    var profile: String = "default"

    @Option(name: .customLong("set"), help: ArgumentHelp("Override a manifest value, type-checked like the file: data.parameters.maxShift=3", valueName: "path=value"))
    var overrides: [String] = []

    @Option(help: "Folder for results.")
    var results = "Results"

    func validate() throws {
        guard Profile(rawValue: profile) != nil else {
            throw ValidationError("--profile: '\(profile)' is not a profile; expected smoke, default or paper")
        }
    }

    /// The manifest path as given (relative paths stay relative: scripts for clusters use them).
    var manifestPath: String {
        manifest.hasSuffix(".json") || manifest.contains("/") ? manifest : "Experiments/\(manifest).json"
    }

    var manifestURL: URL { URL(fileURLWithPath: manifestPath) }

    func load() throws -> LoadedManifest {
        try ManifestLoader.load(manifestURL, profile: Profile(rawValue: profile)!, overrides: overrides)
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train and evaluate every run of a manifest; write HDF5 results.",
        discussion: """
        Each run of the sweep is trained, evaluated once on its test set and written to \
        Results/<experiment>/runs/<run>.h5; Results/<experiment>/<experiment>.h5 links them and \
        provenance.json records commit, manifest hash, profile and wall time. Finished runs are \
        skipped unless --force.

        Examples:
          harness run quickstart --profile smoke
          harness run Experiments/shift-sweep.json --set data.parameters.maxShift=3 --only maxShift-3_preset-stn
        """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Run only these runs (repeatable).")
    var only: [String] = []

    @Flag(help: "Rerun runs whose results already exist.")
    var force = false

    @Flag(help: "Continue interrupted runs from their last checkpoint (saved after every epoch).")
    var resume = false

    @Option(help: "Stop each run after this many epochs (keeps its checkpoint; for testing --resume).")
    var stopAfterEpoch: Int?

    @Option(help: "Run independent runs in this many parallel processes (default: as many as the cores hold at the manifest's training.threads each).")
    var jobs: Int?

    func validate() throws {
        if let jobs { guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") } }
    }

    @Flag(help: "No progress output.")
    var quiet = false

    @Flag(help: "Write the run files only: no summary, figures or tables (what parallel processes and Slurm tasks do; `harness report` merges).")
    var runOnly = false

    @Flag(help: "Write figure scripts and data but do not run gnuplot.")
    var noRender = false

    func run() throws {
        if MeasuredFitManifest.declares(options.manifestURL) {
            guard options.overrides.isEmpty, only.isEmpty else {
                throw ValidationError("--set and --only do not apply to a measured-fit manifest (\(options.manifestPath))")
            }
            let m = try MeasuredFitManifest.load(options.manifestURL)
            let written = try MeasuredFitRunner.run(m, manifestURL: options.manifestURL, profile: Profile(rawValue: options.profile)!,
                                                    resultsRoot: URL(fileURLWithPath: options.results), progress: ProgressReporter(quiet: quiet))
            print("\(m.name) (\(options.profile)); results in \(options.results)/\(m.name)")
            print("  figures and tables: \(written.filter { ["png", "md"].contains($0.pathExtension) }.map(\.lastPathComponent).joined(separator: ", "))")
            return
        }
        let loaded = try options.load()
        let runner = ExperimentRunner(loaded, resultsRoot: URL(fileURLWithPath: options.results), progress: ProgressReporter(quiet: quiet))
        let started = Date()
        runner.stopAfterEpoch = stopAfterEpoch
        let all = try RunExpansion.expand(loaded)
        var results: [RunResult] = []
        let selected = all.map(\.name).filter { only.isEmpty || only.contains($0) }
        let jobs = self.jobs ?? max(1, ProcessInfo.processInfo.activeProcessorCount / max(1, loaded.manifest.training.threads))
        if jobs > 1 && selected.count > 1 {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
            let failed = try Scheduling.runInProcesses(
                executable: executable, runs: selected, jobs: jobs,
                arguments: { Scheduling.runArguments(manifest: options.manifestPath, profile: loaded.profile,
                                                     overrides: options.overrides, results: options.results, run: $0,
                                                     resume: resume, force: force, stopAfterEpoch: stopAfterEpoch) },
                progress: ProgressReporter(quiet: quiet))
            if !failed.isEmpty { throw HarnessError.incompatible("runs failed: \(failed.joined(separator: ", ")); rerun them with --only … --resume") }
            results = selected.compactMap { try? ExperimentRunner.readResult(runner.runFile($0)) }
        } else {
            results = try runner.run(only: only.isEmpty ? nil : Set(only), force: force, resume: resume)
        }
        if !runOnly {
            let finished = all.compactMap { try? ExperimentRunner.readResult(runner.runFile($0.name)) }
            try runner.writeSummary(finished, wallSeconds: Date().timeIntervalSince(started))
            let written = try Reporter(loaded, resultsRoot: URL(fileURLWithPath: options.results), render: !noRender).write()
            print("\(results.count) run\(results.count == 1 ? "" : "s") of \(loaded.manifest.name) (\(loaded.profile.rawValue)); results in \(runner.experimentDirectory.path)")
            print("  figures and tables: \(written.filter { ["png", "md"].contains($0.pathExtension) }.map(\.lastPathComponent).joined(separator: ", "))")
        }
        for r in results { print(String(format: "  %-40@ %@ %.4f", r.run as NSString, r.metricName, r.testMetric)) }
    }
}

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a manifest and print it fully resolved, with its runs.",
        discussion: """
        Unknown keys, wrong types, out-of-range values and missing files are errors naming the \
        file, the JSON path and line, what was found and what was expected.

        Example:
          harness validate shift-sweep --profile smoke
        """)

    @OptionGroup var options: ManifestOptions

    func run() throws {
        if MeasuredFitManifest.declares(options.manifestURL) {
            // A measured-fit manifest: its own keys and files, then the experiment holding its network.
            let m = try MeasuredFitManifest.load(options.manifestURL)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(m), as: UTF8.self))
            let networkURL = options.manifestURL.deletingLastPathComponent().appendingPathComponent("\(m.network.experiment).json")
            let loaded = try ManifestLoader.load(networkURL, profile: Profile(rawValue: options.profile)!)
            let plans = try RunExpansion.expand(loaded)
            for run in m.network.runs where !plans.contains(where: { $0.name == run }) {
                throw ValidationError("\(options.manifestURL.path): network.runs names '\(run)', which is not a run of \(m.network.experiment) (runs: \(plans.map(\.name).joined(separator: ", ")))")
            }
            let n = m.network
            let runs: String = n.runs.joined(separator: "+")
            let mirrored: String = n.mirror ? ", each also mirrored" : ""
            print("\nmeasured-fit (\(options.profile)): \(m.spectra.count) spectra; network \(n.experiment)/\(runs); shifts \(n.shifts) points\(mirrored)")
            return
        }
        let loaded = try options.load()
        print(loaded.resolved.serialized(pretty: true))
        let plans = try RunExpansion.expand(loaded)
        print("\n\(plans.count) run\(plans.count == 1 ? "" : "s") (\(loaded.profile.rawValue)): " + plans.map(\.name).joined(separator: ", "))
    }
}

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Export a manifest's synthetic train / validation / test sets to HDF5.",
        discussion: """
        Writes the same spectra the harness trains on (same generator, parameters, seed and \
        indices), for training in other frameworks: <group>/{train,validation,test}/{spectra [N, L], \
        labels [N, K]}, <group>/axis (eV) and the label names. One group per distinct data setting \
        of the sweep ("data" when there is one).

        Example:
          harness generate shift-sweep --profile smoke --output shift-sweep-data.h5
        """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Output file (default: Results/<experiment>/data.h5).")
    var output: String?

    func run() throws {
        let loaded = try options.load()
        let url = URL(fileURLWithPath: output ?? "\(options.results)/\(loaded.manifest.name)/data.h5")
        let groups = try DataExport.write(loaded, to: url, progress: ProgressReporter())
        print("wrote \(url.path) (\(groups.joined(separator: ", ")))")
    }
}

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe a result file: provenance, axis, runs and their metrics.",
        discussion: """
        Example:
          harness inspect Results/quickstart/quickstart.h5
        """)

    @Argument(help: "A run file or an experiment's summary file (.h5).")
    var file: String

    func run() throws {
        print(try Inspector.describe(URL(fileURLWithPath: file)))
    }
}

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List a manifest's runs; with --slurm, write a Slurm job-array script that runs one per task.",
        discussion: """
        Examples:
          harness plan shift-sweep
          harness plan shift-sweep --profile paper --slurm --hours 12   # then: sbatch Results/shift-sweep/slurm.sh
        """)

    @OptionGroup var options: ManifestOptions

    @Flag(help: "Write Results/<experiment>/slurm.sh.")
    var slurm = false

    @Option(help: "Time limit per array task, hours.")
    var hours = 4

    @Option(help: "The harness executable as the cluster sees it.")
    var executable = ".build/release/harness"

    func run() throws {
        let loaded = try options.load()
        let plans = try RunExpansion.expand(loaded)
        print("\(plans.count) run\(plans.count == 1 ? "" : "s") of \(loaded.manifest.name) (\(loaded.profile.rawValue)):")
        for p in plans { print("  \(p.name)") }
        if slurm {
            let dir = URL(fileURLWithPath: options.results).appendingPathComponent(loaded.manifest.name)
            // Slurm does not create the folder of --output itself.
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("slurm"), withIntermediateDirectories: true)
            let url = dir.appendingPathComponent("slurm.sh")
            let script = Scheduling.slurmScript(loaded: loaded, manifestPath: options.manifestPath, overrides: options.overrides,
                                                results: options.results, runs: plans.map(\.name), executable: executable, hours: hours)
            try script.write(to: url, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            print("wrote \(url.path)")
        }
    }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge the run files of an experiment (e.g. from a cluster) into its summary file and print the table.",
        discussion: """
        Example:
          harness report shift-sweep --profile paper
        """)

    @OptionGroup var options: ManifestOptions

    func run() throws {
        let loaded = try options.load()
        let runner = ExperimentRunner(loaded, resultsRoot: URL(fileURLWithPath: options.results))
        let plans = try RunExpansion.expand(loaded)
        var found: [RunResult] = []
        var missing: [String] = []
        for p in plans {
            if let r = try? ExperimentRunner.readResult(runner.runFile(p.name)) { found.append(r) } else { missing.append(p.name) }
        }
        try runner.writeSummary(found, wallSeconds: found.reduce(0) { $0 + $1.seconds })
        print("\(found.count) of \(plans.count) runs of \(loaded.manifest.name) finished")
        for r in found { print(String(format: "  %-40@ %@ %.4f", r.run as NSString, r.metricName, r.testMetric)) }
        if !missing.isEmpty { print("missing: " + missing.joined(separator: ", ")) }
    }
}

/// park2020-table1's test-time averaging with a shift list given on the command line (`option`
/// names it in the error) and the mirror on or off.
func networkAveraging(shifts text: String?, option: String, mirror: Bool) throws -> NetworkAveraging {
    var a = NetworkAveraging.park2020Table1
    if let text {
        let parsed = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let values = parsed.compactMap { $0 }
        guard values.count == parsed.count, NetworkAveraging.acceptsShifts(values) else {
            throw ValidationError("\(option): '\(text)' is not a comma-separated list of distinct whole numbers of points within ±\(NetworkAveraging.maximumShift)")
        }
        a.shifts = values
    }
    a.mirror = mirror
    return a
}

struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Apply a trained model to measured spectra (VAMAS, text/CSV, SPECS .xy, or a folder of them).",
        discussion: """
        Each spectrum is treated as in training (resampled onto the model's input axis and \
        normalised as recorded in the model file); a spectrum whose energy range does not cover \
        the model's axis is refused with an error. Writes a CSV with one row per spectrum.

        Peak-fitting models (paper 1) read a 401-point window as park2020-table1 does: ascending \
        energies, minus a Shirley background, maximum 1; the network (and every --ensemble network) \
        sees it at the positions of --shifts and each reversed (unless --no-mirror), and the \
        predictions are averaged. Centres and FWHM in eV, heights in counts.

        Examples:
          harness predict Results/quickstart/runs/model-mlp.h5 ../shared/data/vamas/regular.vms
          harness predict Results/park2020-training/runs/run_r1.h5 ../shared/data/park2020/P3HT_S2p_exp.txt \\
            --ensemble Results/park2020-training/runs/run_r2.h5 --ensemble Results/park2020-training/runs/run_r3.h5
        """)

    @Argument(help: "A run file (.h5) holding the trained model.")
    var model: String

    @Option(help: ArgumentHelp("Peak fitting: a further network (run file) applied with MODEL as an ensemble; repeatable.", valueName: "RUN.h5"))
    var ensemble: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("Peak fitting: the window positions each network sees, as shifts in points, comma-separated (0: as measured); each prediction is moved back and all are averaged (default: park2020-table1's, -5,0,5).", valueName: "n,n,…"))
    var shifts: String?

    @Flag(help: "Peak fitting: do not also show each network the reversed window.")
    var noMirror = false

    @Argument(help: "Spectrum files or folders.")
    var inputs: [String]

    @Option(help: "CSV output (default: predictions.csv beside the model file).")
    var output: String?

    @Flag(help: "Skip the figure per spectrum.")
    var noFigures = false

    @Option(help: ArgumentHelp("Work function for VAMAS kinetic → binding energies: 'file' (the analyser work function the file records), 'none' (φ = 0: energies already Fermi-referenced) or a value in eV.", valueName: "file|none|eV"))
    var workFunction = "file"

    @Option(help: "Element surveys: list every element whose probability reaches this value (0–1).")
    var threshold = 0.05

    func validate() throws {
        guard workFunctionCorrection != nil else {
            throw ValidationError("--work-function: found '\(workFunction)', expected 'file', 'none' or a number of eV")
        }
        guard threshold > 0, threshold <= 1 else {
            throw ValidationError("--threshold: found \(threshold), expected a probability in (0, 1]")
        }
        _ = try averaging()
    }

    /// Test-time averaging of peak-fitting networks from --shifts and --no-mirror.
    func averaging() throws -> NetworkAveraging {
        try networkAveraging(shifts: shifts, option: "--shifts", mirror: !noMirror)
    }

    var workFunctionCorrection: WorkFunctionCorrection? {
        switch workFunction {
        case "file": return .fromFile
        case "none": return WorkFunctionCorrection.none
        default: return Double(workFunction).map { .value($0) }
        }
    }

    /// Figures go beside the CSV, in predictions/.
    var figureDirectory: URL {
        URL(fileURLWithPath: output ?? URL(fileURLWithPath: model).deletingLastPathComponent().appendingPathComponent("predictions.csv").path)
            .deletingLastPathComponent().appendingPathComponent("predictions")
    }

    func run() throws {
        let trained = try TrainedModel(file: URL(fileURLWithPath: model))
        let peakNetworks: PeakFittingNetworks?
        if trained.task == .peakFitting {
            peakNetworks = try PeakFittingNetworks(files: ([model] + ensemble).map { URL(fileURLWithPath: $0) })
        } else {
            guard ensemble.isEmpty, shifts == nil, !noMirror else {
                fail("--ensemble, --shifts and --no-mirror apply to peak-fitting models; \(model) holds a \(trained.task.rawValue) model")
            }
            peakNetworks = nil
        }
        let averaging = try averaging()
        let networkCount = peakNetworks?.networks.count ?? 1, passCount = averaging.shifts.count * (averaging.mirror ? 2 : 1)
        let passes = "\(networkCount) network\(networkCount == 1 ? "" : "s") × \(passCount) pass\(passCount == 1 ? "" : "es")"
        var files: [URL] = []
        for i in inputs {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: i, isDirectory: &isDir) else { fail("\(i): no such file or folder") }
            if isDir.boolValue {
                let entries = try FileManager.default.contentsOfDirectory(atPath: i).sorted()
                files += entries.filter { [".vms", ".txt", ".csv", ".dat", ".xy"].contains(where: $0.lowercased().hasSuffix) }
                    .map { URL(fileURLWithPath: i).appendingPathComponent($0) }
            } else {
                files.append(URL(fileURLWithPath: i))
            }
        }
        var lines = [PredictionReport.header(trained)]
        var refused: [String] = []
        var found: [String] = []
        for url in files {
            let spectra: [Spectrum]
            do { spectra = try SpectrumReader.read(url: url, workFunction: workFunctionCorrection!) } catch { refused.append("\(url.path): \(error)"); continue }
            for (k, s) in spectra.enumerated() {
                do {
                    if let networks = peakNetworks {
                        let reading = try networks.read(s, name: "\(url.lastPathComponent)#\(k)", averaging: averaging)
                        let n = (trained.labelNames.count - 1) / 3
                        lines.append(PredictionReport.peakRow(file: url.lastPathComponent, index: k, reading: reading, maxPeaks: n))
                        if !noFigures {
                            var f = PredictionReport.peakFigure(name: "\(url.deletingPathExtension().lastPathComponent)-\(k)", reading: reading,
                                                                constants: networks.constants, passes: passes)
                            f.footnote = "networks: " + ([model] + ensemble).map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
                                + "; shifts \(averaging.shifts)" + (averaging.mirror ? ", mirrored" : "")
                            let (_, gp) = try FigureWriter.write(f, to: figureDirectory)
                            _ = try FigureRenderer.render(gp: gp)
                        }
                        continue
                    }
                    let (x, energies) = try trained.input(for: s, name: "\(url.lastPathComponent)#\(k)")
                    let p = trained.predict(x)
                    lines.append(try PredictionReport.row(trained, file: url.lastPathComponent, index: k, prediction: p, energies: energies))
                    if trained.task == .classification {
                        found.append("\(url.lastPathComponent)#\(k): " + PredictionReport.found(trained, prediction: p, threshold: threshold)
                            .map { String(format: "%@ %.3f", $0.name, $0.probability) }.joined(separator: ", "))
                    }
                    if !noFigures {
                        var f = try PredictionReport.figure(trained, name: "\(url.deletingPathExtension().lastPathComponent)-\(k)",
                                                         input: x, energies: energies, prediction: p, threshold: threshold)
                        f.footnote = "model: \(URL(fileURLWithPath: model).lastPathComponent)"
                        let (_, gp) = try FigureWriter.write(f, to: figureDirectory)
                        _ = try FigureRenderer.render(gp: gp)
                    }
                } catch {
                    refused.append("\(error)")
                }
            }
        }
        let out = URL(fileURLWithPath: output ?? URL(fileURLWithPath: model).deletingLastPathComponent()
            .appendingPathComponent("predictions.csv").path)
        try (lines.joined(separator: "\n") + "\n").write(to: out, atomically: true, encoding: .utf8)
        print(lines.joined(separator: "\n"))
        if !found.isEmpty {
            print("\nelements with probability ≥ \(threshold):")
            for f in found { print("  " + f) }
        }
        print("\nwrote \(out.path) (\(lines.count - 1) spectr\(lines.count == 2 ? "um" : "a"))" + (noFigures ? "" : "; figures in \(figureDirectory.path)"))
        if !refused.isEmpty {
            for r in refused { FileHandle.standardError.write(Data("refused: \(r)\n".utf8)) }
            if lines.count == 1 { throw ExitCode(1) }
        }
    }
}

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Redraw an experiment's figures and tables from its HDF5 files (no retraining).",
        discussion: """
        Writes Results/<experiment>/figures/<name>.{dat,gp,png,svg} and tables/<name>.{md,csv}. \
        Each .gp script is standalone: `gnuplot name.gp` in that folder redraws its PNG and SVG.

        Example:
          harness plot quickstart
        """)

    @OptionGroup var options: ManifestOptions

    @Flag(help: "Write figure scripts and data but do not run gnuplot.")
    var noRender = false

    func run() throws {
        let loaded = try options.load()
        let written = try Reporter(loaded, resultsRoot: URL(fileURLWithPath: options.results), render: !noRender).write()
        for w in written where ["png", "md", "csv", "gp"].contains(w.pathExtension) { print(w.path) }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Compute feature-importance spectra (Gaussian probing) of finished runs, without retraining.",
        discussion: """
        Uses the manifest's `explanation` block (override any part with --set) on each run's \
        stored model and test split, replaces explain/ in the run file and redraws the figures.

        Examples:
          harness explain quickstart --only model-cnn-gap
          harness explain quickstart --set 'explanation.classes=["Fe","Ni"]' --set explanation.method=add
        """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Explain only these runs (repeatable; default: the runs the manifest names, else all).")
    var only: [String] = []

    func run() throws {
        let loaded = try options.load()
        guard let spec = loaded.manifest.explanation else {
            throw ValidationError("\(options.manifestPath) has no `explanation` block; add one or pass --set 'explanation={\"method\":\"occlude\",\"sigma\":3,\"stride\":2,\"spectraPerClass\":10}'")
        }
        let runner = ExperimentRunner(loaded, resultsRoot: URL(fileURLWithPath: options.results))
        let plans = try RunExpansion.expand(loaded).filter { plan in
            only.isEmpty ? (spec.runs == nil || spec.runs!.contains(plan.pointName)) : only.contains(plan.name)
        }
        let progress = ProgressReporter()
        for plan in plans {
            let file = runner.runFile(plan.name)
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw HarnessError.missingResult("\(file.path): run \(plan.name) has not finished; run it first")
            }
            let classes = try ExplainRun.update(runFile: file, spec: spec, data: plan.manifest.data, progress: progress)
            progress.line("\(plan.name): feature importance of \(classes.joined(separator: ", "))")
        }
        let written = try Reporter(loaded, resultsRoot: URL(fileURLWithPath: options.results)).write()
        for w in written where w.lastPathComponent.hasPrefix("fis") && w.pathExtension == "png" { print(w.path) }
    }
}

struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Least-squares fit (Levenberg–Marquardt) of peaks on a background to a measured spectrum.",
        discussion: """
        Starts from a peak finder, or from trained peak-fitting networks (--init RUN.h5, repeatable: \
        the network-initialised fit). As in park2020-table1, the networks see the spectrum minus a \
        Shirley background (whatever --background the fit uses), maximum 1, at the window positions \
        of --init-shifts and reversed, and the predictions are averaged. Writes <output>/<name>.h5 (components, background, fit, residual, \
        parameters with standard errors from the covariance, reduced χ²) and a figure.

        Examples:
          harness fit ../shared/data/park2020/P3HT_S2p_exp.txt --peaks 2 --background ../shared/data/park2020/P3HT_S2p_bg.txt
          harness fit survey_region.vms --shape sgl --background shirley --shared-width
        """)

    @Argument(help: "A spectrum file (VAMAS, text/CSV, .xy); every spectrum in it is fitted.")
    var spectrum: String

    @Option(help: "Line shape: eq1 (paper 1's Eq. 1, printed constants), eq1-notebook (the notebook's constants), gl, sgl, pv (pseudo-Voigt by Lorentzian area: the expert fits of paper 1's Table 1 are pv at 30), voigt, ds.")
    var shape = "eq1"

    @Option(help: "Lorentzian percentage of gl / sgl (of the height), or of pv (of the area).")
    var lorentzian = 30.0

    @Option(help: "Weights: poisson (1/max(counts, 1) for spectra in counts) or none.")
    var weights = "poisson"

    @Option(help: "Background: none, linear, shirley, shirley-refined (refined inside the fit), tougaard, or a two-column file.")
    var background = "shirley"

    @Option(help: "Number of peaks (default: what the finder or the network reports).")
    var peaks: Int?

    @Flag(help: "All peaks share one width.")
    var sharedWidth = false

    @Option(help: "Hold a peak's centre fixed at this energy (eV; repeatable).")
    var fixCenter: [Double] = []

    @Option(help: "A run file holding a peak-fitting network for the starting point (repeatable: several networks are averaged).")
    var `init`: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("The window positions each --init network sees, as shifts in points, comma-separated (0: as measured); each prediction is moved back and all are averaged (default: park2020-table1's).", valueName: "n,n,…"))
    var initShifts: String?

    @Flag(help: "Do not also show each --init network the reversed window.")
    var noInitMirror = false

    @Option(help: "Folder for the results.")
    var output = "Results/fits"

    func run() throws {
        var s = FitSettings()
        guard ["poisson", "none"].contains(weights) else {
            throw ValidationError("--weights: '\(weights)' is not poisson or none")
        }
        s.shape = shape; s.lorentzianPercent = lorentzian; s.weights = weights; s.background = background; s.peaks = peaks
        s.sharedWidth = sharedWidth; s.fixedCenters = fixCenter; s.initModels = `init`.map { URL(fileURLWithPath: $0) }
        s.initAveraging = try networkAveraging(shifts: initShifts, option: "--init-shifts", mirror: !noInitMirror)
        if s.initModels.isEmpty && (initShifts != nil || noInitMirror) {
            throw ValidationError("--init-shifts and --no-init-mirror apply to a network start: give --init RUN.h5")
        }
        let url = URL(fileURLWithPath: spectrum)
        let spectra = try SpectrumReader.read(url: url)
        for (k, sp) in spectra.enumerated() {
            let name = url.deletingPathExtension().lastPathComponent + (spectra.count > 1 ? "-\(k)" : "")
            let r = try SpectrumFitting.fit(sp, settings: s)
            let files = try SpectrumFitting.write(r, spectrum: sp, name: name, settings: s, to: URL(fileURLWithPath: output))
            print("\(name): \(r.peaks.count) peaks, reduced χ² \(String(format: "%.4g", r.reducedChiSquared)), \(r.iterations) iterations")
            for p in r.parameters { print(String(format: "  %-18@ %12.5f ± %.5f", p.name as NSString, p.value, p.standardError)) }
            print("  wrote " + files.filter { ["h5", "png"].contains($0.pathExtension) }.map(\.path).joined(separator: ", "))
        }
    }
}
