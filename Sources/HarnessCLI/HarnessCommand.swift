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
        MemoryPolicy.retainFreedMemory()
        ParentWatch.start()
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
        subcommands: [
            RunCommand.self, ValidateCommand.self, PlanCommand.self, ReportCommand.self, PlotCommand.self, ExplainCommand.self, GenerateCommand.self,
            PredictCommand.self, FitCommand.self, InspectCommand.self, SurveyCheckCommand.self, BenchCommand.self
        ])
}

/// Restarts the process with OPENBLAS_CORETYPE set when OpenBLAS chose kernels below what this CPU
/// can run (an OpenBLAS release older than the CPU falls back to SSE3; see `BLASCore`), and with
/// OPENBLAS_THREAD_TIMEOUT set so that OpenBLAS's idle threads sleep instead of spinning beside
/// our workers. Both variables are read only when the library loads, hence the restart; a user's
/// own values are left alone. If the restart fails the run goes on with OpenBLAS's choices:
/// correct, only slower (floats may differ in the last bits, as between any two kernels).
func selectBLASKernels() {
    #if os(Linux)
        let environment = ProcessInfo.processInfo.environment
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        var settings: [(String, String)] = []
        if let core = BLASCore.recommendedCoreType(
            core: BLASCore.name, cpuFlags: BLASCore.cpuFlags(cpuinfo: cpuinfo),
            environment: environment)
        {
            settings.append(("OPENBLAS_CORETYPE", core))
        }
        if let timeout = BLASCore.recommendedThreadTimeout(environment: environment) {
            settings.append(("OPENBLAS_THREAD_TIMEOUT", timeout))
        }
        guard !settings.isEmpty else { return }
        for (name, value) in settings { setenv(name, value, 1) }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        for (name, _) in settings { unsetenv(name) }
    #endif
}

/// Prints a domain error as one sentence and exits 1.
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(1)
}
