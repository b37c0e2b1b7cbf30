import ArgumentParser
import Foundation
import Harness

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
