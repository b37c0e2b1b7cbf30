import ArgumentParser
import Foundation
import Harness
import Spectra

struct SurveyCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey-check",
        abstract: "Check the survey models on measured surveys of known composition (the measured-surveys table).",
        discussion: """
            Reads every sample of ../shared/data/measured/surveys/labels.csv and \
            ../shared/data/vamas/regular.vms (MgFe2O4), applies the shipped survey models (or the \
            models named) to each survey block, and writes measured-surveys.md and .csv: per sample, \
            each listed element found in how many blocks, the other elements called (C, O and N \
            aside), and the at. % beside the formula's. Surveys the models cannot read (another \
            photon energy, too short a range) are listed with the reason.

            Examples:
              harness survey-check
              harness survey-check --presence Results/survey-presence/models/ and survey-quantification/models/task-presence.h5 --output /tmp/check
            """)

    @Option(help: "The shared data folder (default: ../shared/data beside the checkout, or $XPS_SHARED_DATA).")
    var data: String?

    @Option(
        help:
            "Results folder holding survey-presence/models/ and survey-quantification/models/ (default: Results here, else the executable's checkout)."
    )
    var results: String?

    @Option(help: ArgumentHelp("A presence model file instead of the shipped one.", valueName: "MODEL.h5"))
    var presence: String?

    @Option(help: ArgumentHelp("A quantification model file instead of the shipped one.", valueName: "MODEL.h5"))
    var quantification: String?

    @Option(help: "Folder for measured-surveys.md and .csv (default: <results>/survey-presence/tables).")
    var output: String?

    func run() throws {
        let executable = URL(fileURLWithPath: CommandLine.arguments[0])
        let root = results.map { URL(fileURLWithPath: $0) } ?? ShippedModels.defaultResultsRoot(executable: executable)
        let models: SurveyModels
        if presence != nil || quantification != nil {
            models = try SurveyModels(
                presence: try presence.map { try SurveyModels.load(URL(fileURLWithPath: $0)) },
                quantification: try quantification.map { try SurveyModels.load(URL(fileURLWithPath: $0)) })
        } else {
            models = try SurveyModels(resultsRoot: root)
        }
        let dataFolder = data.map { URL(fileURLWithPath: $0) } ?? SharedFolder.data()
        let directory = output.map { URL(fileURLWithPath: $0) } ?? root.appendingPathComponent("survey-presence/tables", isDirectory: true)
        _ = try MeasuredSurveyCheck.run(models: models, data: dataFolder, directory: directory)
    }
}
