import ArgumentParser
import Foundation
import Harness

@main
struct HarnessCommand: ParsableCommand {
    static func main() {
        MemoryPolicy.retainFreedMemory(environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "harness",
        abstract: "Machine learning on X-ray photoelectron spectra: generate, train, evaluate, explain.",
        subcommands: [BenchCommand.self])
}
