import ArgumentParser
import Foundation
import Harness

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Train and evaluate every run of a manifest; write HDF5 results.",
        discussion: """
            Each run of the sweep is trained, evaluated once on its test set and written to \
            Results/<experiment>/runs/<run>.h5; Results/<experiment>/<experiment>.h5 links them and \
            provenance.json records commit, manifest hash, profile and wall time. Finished runs are \
            skipped unless --force. A manifest of kind measured-fit redoes its fits and tables.

            Examples:
              harness run quickstart --profile smoke
              harness run shift-sweep --only maxShift-3_model-stn_r1 --resume
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

    @Option(
        help: "Run independent runs in this many parallel processes (default: as many as the cores hold at the manifest's training.threads each).")
    var jobs: Int?

    @Flag(help: "No progress output.")
    var quiet = false

    @Flag(help: "Write the run files only: no summary, figures or tables (what parallel processes and Slurm tasks do; `harness report` merges).")
    var runOnly = false

    @Flag(help: "Write figure scripts and data but do not run gnuplot.")
    var noRender = false

    func validate() throws {
        if let jobs { guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") } }
    }

    func run() throws {
        var r = RunRequest(
            manifestPath: options.manifestPath, profile: options.resolvedProfile,
            executable: URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL)
        r.overrides = options.overrides; r.results = options.results; r.only = only; r.force = force; r.resume = resume
        r.stopAfterEpoch = stopAfterEpoch; r.jobs = jobs; r.quiet = quiet; r.runOnly = runOnly; r.render = !noRender
        try RunSession.run(r)
    }
}
