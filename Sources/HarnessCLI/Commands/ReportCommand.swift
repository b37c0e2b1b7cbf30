import ArgumentParser
import Harness

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge the run files of an experiment (e.g. from a cluster) into its summary file and print the table.",
        discussion: """
            Experiments only (a measured-fit manifest writes its table when run).

            Example:
              harness report shift-sweep --profile paper
            """)

    @OptionGroup var options: ManifestOptions

    func run() throws {
        try RunSession.report(try options.experiment(for: "report"), resultsRoot: options.resultsRoot)
    }
}
