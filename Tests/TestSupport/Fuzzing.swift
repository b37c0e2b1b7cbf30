// What the fuzz suites share: their size and seed from the environment (CI runs a small,
// deterministic subset; `make fuzz` the full run), a watchdog that turns a hang into a reported
// failure, a crash handler that names the mutant being read, and the tally printed at the end.

import Foundation
import Tensors
import Testing

/// One fuzz suite's run: `XPS_FUZZ_<KIND>` mutants (else `ciCount`) from `XPS_FUZZ_SEED` (else the
/// suite's seed), starting at `XPS_FUZZ_FIRST`; `XPS_FUZZ_ONLY=i` replays mutant `i` alone.
public struct FuzzPlan: Sendable {
    public let kind: String
    public let seed: UInt64
    public let indices: [Int]

    public init(kind: String, seed: UInt64, ciCount: Int) {
        let env = ProcessInfo.processInfo.environment
        self.kind = kind
        self.seed = env["XPS_FUZZ_SEED"].flatMap { UInt64($0) } ?? seed
        let count = env["XPS_FUZZ_\(kind.uppercased())"].flatMap { Int($0) } ?? ciCount
        let first = env["XPS_FUZZ_FIRST"].flatMap { Int($0) } ?? 0
        if let only = env["XPS_FUZZ_ONLY"].flatMap({ Int($0) }) {
            indices = [only]
        } else {
            indices = Array(first..<(first + count))
        }
    }

    /// The generator of mutant `index`: each mutant draws from its own stream, so one can be
    /// replayed without the ones before it.
    public func random(_ index: Int) -> SeededRandom {
        Self.random(seed: seed, index)
    }

    /// The generator of mutant `index` of `seed`, whatever the environment says.
    public static func random(seed: UInt64, _ index: Int) -> SeededRandom {
        SeededRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index) &* 0xBF58_476D_1CE4_E5B9 &+ 1)
    }

    /// When one mutant is replayed, keeps a copy of its file in the temporary folder and says where.
    public func keep(_ url: URL) {
        if indices.count == 1 {
            let copy = FileManager.default.temporaryDirectory.appendingPathComponent("xps-fuzz-replay-" + url.lastPathComponent)
            try? FileManager.default.removeItem(at: copy)
            try? FileManager.default.copyItem(at: url, to: copy)
            print("fuzz \(kind): mutant kept at \(copy.path)")
        }
    }

    /// The command that replays mutant `index`.
    public func replay(_ index: Int) -> String {
        "XPS_FUZZ_SEED=\(seed) XPS_FUZZ_ONLY=\(index) make fuzz-one KIND=\(kind)"
    }
}

/// The outcome of one mutant.
public enum FuzzOutcome: Sendable {
    /// Read (or loaded) as valid.
    case accepted
    /// Read with a stated repair.
    case repaired
    /// Refused with an error naming the file (and line or path where there is one).
    case clearError
    /// Refused with an error that does not say where: a failure of the suite.
    case unclearError(String)
}

/// Counts of outcomes, and the unclear ones with their replay commands.
public struct FuzzTally: CustomStringConvertible {
    public let plan: FuzzPlan
    public var accepted = 0, repaired = 0, clearErrors = 0, slowest = 0.0
    public var unclear: [String] = []

    public init(_ plan: FuzzPlan) { self.plan = plan }

    public mutating func record(_ outcome: FuzzOutcome, index: Int, seconds: Double) {
        slowest = max(slowest, seconds)
        if seconds > 1 { print("fuzz \(plan.kind): mutant \(index) took \(String(format: "%.1f", seconds)) s (\(plan.replay(index)))") }
        switch outcome {
        case .accepted: accepted += 1
        case .repaired: repaired += 1
        case .clearError: clearErrors += 1
        case .unclearError(let e): unclear.append("mutant \(index) (\(plan.replay(index))): \(e)")
        }
    }

    public var total: Int { accepted + repaired + clearErrors + unclear.count }

    /// Ends a suite: stops `guardian`, prints the tally (the line scripts/fuzz.sh adds up) and
    /// records an issue for every unclear error and for a mutant that took 10 s or more.
    public func finish(_ guardian: FuzzGuard, sourceLocation: SourceLocation = #_sourceLocation) {
        guardian.stop()
        print(self)
        #expect(unclear.isEmpty, "\(unclear.count) unclear: \(unclear.prefix(8).joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(slowest < 10, "slowest mutant took \(slowest) s", sourceLocation: sourceLocation)
    }

    /// One line, `key=value` pairs (scripts/fuzz.sh adds them up over batches).
    public var description: String {
        "fuzz \(plan.kind): mutants=\(total) accepted=\(accepted) repaired=\(repaired) errors=\(clearErrors) "
            + "unclear=\(unclear.count) crashes=0 hangs=0 slowest=" + String(format: "%.3fs", slowest)
            + " seed=\(plan.seed) first=\(plan.indices.first ?? 0)"
    }
}

/// Names the mutant in progress if the process traps or hangs on it: a signal handler prints the
/// replay command and re-raises the signal; a watchdog thread ends the process when one mutant
/// takes longer than `limit` seconds.
public final class FuzzGuard: @unchecked Sendable {
    nonisolated(unsafe) static var label = UnsafeMutablePointer<CChar>.allocate(capacity: 512)
    nonisolated(unsafe) static var labelLength = 0
    private let lock = NSLock()
    private var started: Date?
    private var current = ""

    public init(limit: TimeInterval) {
        Self.installSignalHandlers()
        Thread.detachNewThread { [weak self] in
            while let me = self {
                Thread.sleep(forTimeInterval: 0.25)
                me.lock.lock()
                let overdue = me.started.map { Date().timeIntervalSince($0) > limit } ?? false
                let what = me.current
                me.lock.unlock()
                if overdue {
                    FileHandle.standardError.write(Data("fuzz HANG: \(what) ran over \(limit) s\n".utf8))
                    exit(3)
                }
            }
        }
    }

    /// Marks `what` (a replay command) as in progress until `body` returns.
    public func run<T>(_ what: String, _ body: () throws -> T) rethrows -> T {
        let text = Array("\nfuzz CRASH while reading: \(what)\n".utf8CString.dropLast().prefix(511))
        for (i, c) in text.enumerated() { Self.label[i] = c }
        Self.labelLength = text.count
        lock.lock()
        started = Date()
        current = what
        lock.unlock()
        defer {
            lock.lock()
            started = nil
            lock.unlock()
        }
        return try body()
    }

    public func stop() {
        lock.lock()
        started = nil
        lock.unlock()
    }

    private static func installSignalHandlers() {
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { s in
                _ = write(2, FuzzGuard.label, FuzzGuard.labelLength)
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}
