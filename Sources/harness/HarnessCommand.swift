import ArgumentParser
import Foundation
import Harness
import Spectra
import Store

@main
struct HarnessCommand: ParsableCommand {
    static func main() {
        MemoryPolicy.retainFreedMemory(environment: ProcessInfo.processInfo.environment)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as ManifestError {
            fail(error.description)
        } catch let error as HarnessError {
            fail(error.description)
        } catch let error as StoreError {
            fail(error.description)
        } catch let error as SpectraError {
            fail(error.description)
        } catch {
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "harness",
        abstract: "Machine learning on X-ray photoelectron spectra: generate, train, evaluate, explain.",
        subcommands: [RunCommand.self, ValidateCommand.self, PlanCommand.self, ReportCommand.self, PlotCommand.self, ExplainCommand.self, GenerateCommand.self, PredictCommand.self, FitCommand.self, InspectCommand.self, BenchCommand.self])
}

/// Prints a domain error as one sentence and exits 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}
