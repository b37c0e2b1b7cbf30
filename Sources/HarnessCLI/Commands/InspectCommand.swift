import ArgumentParser
import Foundation
import Harness

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Describe a result file (provenance, axis, runs, metrics) or a measured-spectrum file (its blocks).",
        discussion: """
            A result file (.h5): provenance, axis, runs and their metrics. A spectrum file (VAMAS, \
            SPECS .xy, Scienta .txt, text/CSV; recognised by content): its format, what was repaired to \
            read it, and one line per block — index, sample, label, region, technique, source and photon \
            energy, axis as recorded, points — to choose blocks for predict and fit (--blocks).

            Examples:
              harness inspect Results/quickstart/quickstart.h5
              harness inspect ../shared/data/measured/surveys/EX491-495_FeNiCo_oxide_references.vms
            """)

    @Argument(help: "A result file (.h5) or a spectrum file.")
    var file: String

    func run() throws {
        let url = URL(fileURLWithPath: file)
        guard SpectrumFileDescription.isHDF5(url) else { return print(try SpectrumFileDescription.describe(url)) }
        let (text, problems) = try Inspector.inspect(url)
        print(text)
        guard problems.isEmpty else {
            throw HarnessError.file(path: url.path, line: nil, reason: "damaged: " + problems.joined(separator: "; "))
        }
    }
}
