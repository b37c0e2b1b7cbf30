import ArgumentParser
import Harness

@main
struct HarnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "harness",
        abstract: "Machine learning on X-ray photoelectron spectra: generate, train, evaluate, explain.",
        subcommands: [])
}
