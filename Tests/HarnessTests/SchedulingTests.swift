import Foundation
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

    /// Parallel runs show each child's newest progress line from its log, and an ETA when a run finishes.
    @Test func parallelProgressReadsTheNewestLogLineAndEstimatesTheRest() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("scheduling-\(UInt64.random(in: 0...UInt64.max)).log")
        defer { try? FileManager.default.removeItem(at: file) }
        let long = String(repeating: "epoch 1/60 …\n", count: 600)
        try (long + "run-a  epoch 12/60  train loss 0.1\n\n").write(to: file, atomically: true, encoding: .utf8)
        #expect(Scheduling.lastLine(file) == "run-a  epoch 12/60  train loss 0.1")
        let start = Date(timeIntervalSinceNow: -600)  // 10 min for 2 of 8 runs → 30 min for 6
        let eta = Scheduling.eta(started: start, finished: 2, total: 8)
        #expect(eta == "; ETA 30 min" || eta == "; ETA 31 min", "\(eta)")
        #expect(Scheduling.eta(started: start, finished: 8, total: 8) == "")
    }
}
