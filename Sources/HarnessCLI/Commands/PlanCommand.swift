import ArgumentParser
import Harness

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List a manifest's runs; with --slurm, write a Slurm job-array script that runs one per task.",
        discussion: """
            A measured-fit manifest is one step that needs the runs it names (listed); --slurm takes \
            experiments only.

            Examples:
              harness plan shift-sweep
              harness plan shift-sweep --profile paper --slurm --hours 12   # then: sbatch Results/shift-sweep/slurm.sh
            """)

    @OptionGroup var options: ManifestOptions

    @Flag(help: "Write Results/<experiment>/slurm.sh.")
    var slurm = false

    @Option(help: "Time limit per array task, hours.")
    var hours = 4

    @Option(help: "The harness executable as the cluster sees it.")
    var executable = ".build/release/harness"

    func run() throws {
        let manifest = try options.load()
        for line in try ManifestDescription.plan(manifest, profile: options.resolvedProfile) { print(line) }
        guard slurm else { return }
        let url = try Scheduling.writeSlurmScript(
            loaded: try manifest.experiment(for: "plan --slurm", file: options.manifestPath),
            manifestPath: options.manifestPath, overrides: options.overrides,
            results: options.results, executable: executable, hours: hours)
        print("wrote \(url.path)")
    }
}
