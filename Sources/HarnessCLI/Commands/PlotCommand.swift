import ArgumentParser
import Harness

struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Redraw an experiment's figures and tables from its HDF5 files (no retraining).",
        discussion: """
            Writes Results/<experiment>/figures/<name>.{dat,gp,png,svg} and tables/<name>.{md,csv}. \
            Each .gp script is standalone: `gnuplot name.gp` in that folder redraws its PNG and SVG. \
            Experiments only (`harness run` redraws a measured-fit manifest's figures in about a minute).

            Example:
              harness plot quickstart
            """)

    @OptionGroup var options: ManifestOptions

    @Flag(help: "Write figure scripts and data but do not run gnuplot.")
    var noRender = false

    func run() throws {
        let loaded = try options.experiment(for: "plot")
        let written = try ResultsLock.holding(options.resultsRoot.appendingPathComponent(loaded.manifest.name)) {
            try Reporter(loaded, resultsRoot: options.resultsRoot, render: !noRender).write()
        }
        for w in written where ["png", "md", "csv", "gp"].contains(w.pathExtension) { print(w.path) }
    }
}
