import ArgumentParser
import Foundation
import Harness
import Spectra
import Store
import Tensors

@main
struct HarnessCommand: ParsableCommand {
    static func main() {
        selectBLASKernels()
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

/// Restarts the process with OPENBLAS_CORETYPE set when OpenBLAS chose kernels below what this CPU
/// can run (an OpenBLAS release older than the CPU falls back to SSE3; see `BLASCore`). The
/// variable is read only when the library loads, hence the restart; a user's own
/// OPENBLAS_CORETYPE is left alone. If the restart fails the run goes on with OpenBLAS's
/// choice: correct, only slower (floats may differ in the last bits, as between any two kernels).
func selectBLASKernels() {
    #if os(Linux)
    let environment = ProcessInfo.processInfo.environment
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    guard let core = BLASCore.recommendedCoreType(core: BLASCore.name, cpuFlags: BLASCore.cpuFlags(cpuinfo: cpuinfo),
                                                  environment: environment) else { return }
    setenv("OPENBLAS_CORETYPE", core, 1)
    execv("/proc/self/exe", CommandLine.unsafeArgv)
    unsetenv("OPENBLAS_CORETYPE")
    #endif
}

/// Prints a domain error as one sentence and exits 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}
