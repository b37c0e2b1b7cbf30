import ArgumentParser
import Foundation
import Harness

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Export a manifest's synthetic train / validation / test sets to HDF5.",
        discussion: """
            Writes the same spectra the harness trains on (same generator, parameters, seed and \
            indices), for training in other frameworks: <group>/{train,validation,test}/{spectra [N, L], \
            labels [N, K]}, <group>/axis (eV) and the label names. One group per distinct data setting \
            of the sweep ("data" when there is one). Experiments only.

            Example:
              harness generate shift-sweep --profile smoke --output shift-sweep-data.h5
            """)

    @OptionGroup var options: ManifestOptions

    @Option(help: "Output file (default: Results/<experiment>/data.h5).")
    var output: String?

    func run() throws {
        let loaded = try options.experiment(for: "generate")
        let url = URL(fileURLWithPath: output ?? "\(options.results)/\(loaded.manifest.name)/data.h5")
        let groups = try DataExport.write(loaded, to: url, progress: ProgressReporter())
        print("wrote \(url.path) (\(groups.joined(separator: ", ")))")
    }
}
