import ArgumentParser
import Foundation
import Harness

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Compute feature-importance spectra (Gaussian probing) of finished runs, without retraining.",
        discussion: """
            Uses the manifest's `explanation` block (override any part with --set) on each run's \
            stored model and test split, replaces explain/ in the run file and redraws the figures. \
            Experiments only; or a model file (a shipped Results/<experiment>/models/<run>.h5 or a \
            run file): its test spectra are regenerated from the configuration it records, and \
            explain.h5 and one figure per class go to --output.

            Examples:
              harness explain quickstart --only model-cnn-gap
              harness explain quickstart --set 'explanation.classes=["Fe","Ni"]' --set explanation.method=add
              harness explain Results/presence/models/run.h5 --set 'explanation.classes=["Fe"]' --output fis-presence
            """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Explain only these runs (repeatable; default: the runs the manifest names, else all).")
    var only: [String] = []

    @Option(help: "With a model file: the folder for explain.h5 and the figures (default: explain-<model name> here).")
    var output: String?

    func run() throws {
        if options.manifest.lowercased().hasSuffix(".h5") {
            let file = URL(fileURLWithPath: options.manifest)
            let folder = output ?? "explain-\(file.deletingPathExtension().lastPathComponent)"
            let written = try ExplainRun.explainModel(file: file, overrides: options.overrides, output: URL(fileURLWithPath: folder))
            for f in written where f.pathExtension == "png" || f.pathExtension == "h5" { print(f.path) }
            return
        }
        guard output == nil else { throw ValidationError("--output applies to a model file (MODEL.h5), not to an experiment") }
        let figures = try ExplainRun.explain(try options.experiment(for: "explain"), resultsRoot: options.resultsRoot, only: only)
        for f in figures { print(f.path) }
    }
}
