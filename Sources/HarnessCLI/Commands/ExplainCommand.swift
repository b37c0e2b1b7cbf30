import ArgumentParser
import Harness

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Compute feature-importance spectra (Gaussian probing) of finished runs, without retraining.",
        discussion: """
            Uses the manifest's `explanation` block (override any part with --set) on each run's \
            stored model and test split, replaces explain/ in the run file and redraws the figures. \
            Experiments only.

            Examples:
              harness explain quickstart --only model-cnn-gap
              harness explain quickstart --set 'explanation.classes=["Fe","Ni"]' --set explanation.method=add
            """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Explain only these runs (repeatable; default: the runs the manifest names, else all).")
    var only: [String] = []

    func run() throws {
        let figures = try ExplainRun.explain(try options.experiment(for: "explain"), resultsRoot: options.resultsRoot, only: only)
        for f in figures { print(f.path) }
    }
}
