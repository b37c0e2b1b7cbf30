import Testing
@testable import Harness

@Suite struct SchedulingTests {
    /// A child process runs exactly its one run, itself: without "--jobs 1" it would pick its own
    /// number of processes and spawn children of its own.
    @Test func childProcessesRunOneRunWithOneJob() {
        let args = Scheduling.runArguments(
            manifest: "m.json", profile: .smoke, overrides: ["a=1"], results: "R",
            run: "x_r1", resume: true, force: false)
        let only = args.firstIndex(of: "--only"), jobs = args.firstIndex(of: "--jobs")
        #expect(only.map { args[$0 + 1] } == "x_r1")
        #expect(jobs.map { args[$0 + 1] } == "1")
        #expect(args.contains("--resume") && !args.contains("--force"))
    }
}
