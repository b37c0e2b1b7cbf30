import ArgumentParser
import Foundation
import Harness

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

    var manifestURL: URL {
        if manifest.hasSuffix(".json") || manifest.contains("/") { return URL(fileURLWithPath: manifest) }
        return URL(fileURLWithPath: "Experiments/\(manifest).json")
    }

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

    @Flag(help: "No progress output.")
    var quiet = false

    func run() throws {
        let loaded = try options.load()
        let runner = ExperimentRunner(loaded, resultsRoot: URL(fileURLWithPath: options.results), progress: ProgressReporter(quiet: quiet))
        let started = Date()
        runner.stopAfterEpoch = stopAfterEpoch
        let results = try runner.run(only: only.isEmpty ? nil : Set(only), force: force, resume: resume)
        let all = try RunExpansion.expand(loaded)
        let finished = all.compactMap { try? ExperimentRunner.readResult(runner.runFile($0.name)) }
        try runner.writeSummary(finished, wallSeconds: Date().timeIntervalSince(started))
        print("\(results.count) run\(results.count == 1 ? "" : "s") of \(loaded.manifest.name) (\(loaded.profile.rawValue)); results in \(runner.experimentDirectory.path)")
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
