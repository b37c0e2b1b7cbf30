// Work splitting over workers. OpenBLAS is held to one thread; parallelism comes from splitting
// the batch over `Parallel.threads` workers (the caller and the helpers of a `WorkerPool`, or
// Dispatch's when the pool is busy), except for the large dense products of
// `BLAS.parallelSgemm`, which raise OpenBLAS to `Parallel.threads` for their duration.

import Dispatch
import Synchronization
import CBLAS
#if canImport(Glibc)
    import Glibc
#endif

/// Process-wide thread settings for the engine.
public enum Parallel {
    private static let threadCount = Atomic<Int>(1)
    private static let blasConfigured = Atomic<Bool>(false)

    /// A thread count for the current task only (see `withThreads`), ahead of the process-wide one.
    @TaskLocal private static var taskThreads: Int?

    /// Number of workers the kernels use (≥ 1). Defaults to 1. Process-wide, unless the calling
    /// task runs inside `withThreads`.
    public static var threads: Int {
        get { taskThreads ?? threadCount.load(ordering: .relaxed) }
        set {
            precondition(newValue >= 1, "thread count must be at least 1, got \(newValue)")
            threadCount.store(newValue, ordering: .relaxed)
            configureBLAS()
        }
    }

    /// Runs `body` with `threads` workers for the calling task alone: other tasks (concurrent tests)
    /// keep theirs, so results that depend on the split are reproducible inside `body`.
    public static func withThreads<R>(_ threads: Int, _ body: () throws -> R) rethrows -> R {
        precondition(threads >= 1, "thread count must be at least 1, got \(threads)")
        return try $taskThreads.withValue(threads, operation: body)
    }

    /// Holds OpenBLAS to one thread per caller (measured faster than OpenBLAS's own threads here).
    public static func configureBLAS() {
        if !blasConfigured.exchange(true, ordering: .relaxed) {
            openblas_set_num_threads(1)
        }
    }

    /// Runs `body(worker, range)` over `0..<count` split into at most `threads` contiguous ranges.
    /// Ranges are assigned deterministically, so results are bit-identical for a given thread count.
    /// `workers`: the count an earlier `workerCount` returned, for a caller that sized per-worker
    /// buffers by it; the split then keeps to it even if the thread count changed in between
    /// (another thread, such as a concurrent test, may set it).
    public static func forEachChunk(
        _ count: Int, minimumChunk: Int = 1, workers fixed: Int? = nil,
        _ body: (_ worker: Int, _ range: Range<Int>) -> Void
    ) {
        configureBLAS()
        let workers = fixed ?? workerCount(count, minimumChunk: minimumChunk)
        precondition(workers >= 1, "forEachChunk needs at least one worker, got \(workers)")
        if workers == 1 || count < 2 {
            body(0, 0..<count)
            return
        }
        let chunk = { (w: Int) in
            let lo = count * w / workers
            let hi = count * (w + 1) / workers
            if lo < hi { body(w, lo..<hi) }
        }
        if workers == threads, let pool = pool(helpers: workers - 1), pool.run(chunk) { return }
        withoutActuallyEscaping(chunk) { chunk in
            let box = UnsafeSendable(chunk)
            DispatchQueue.concurrentPerform(iterations: workers) { w in box.value(w) }
        }
    }

    /// One pool per helper count, created on first use and kept (its helpers sleep when idle).
    private static let pools = Mutex<[Int: WorkerPool]>([:])
    /// XPS_DISPATCH_ONLY=1 runs every region on Dispatch's workers instead of the spinning pool.
    private static let usesPool = !EngineSettings.current.dispatchOnly

    private static func pool(helpers: Int) -> WorkerPool? {
        guard usesPool, helpers > 0 else { return nil }
        return pools.withLock { pools in
            if let p = pools[helpers] { return p }
            let p = WorkerPool(helpers: helpers)
            pools[helpers] = p
            return p
        }
    }

    /// Sends the pool's spinning helpers to sleep, before OpenBLAS runs on its own threads.
    static func parkHelpers() {
        let threads = self.threads
        guard threads > 1, usesPool else { return }
        pools.withLock { pools in pools[threads - 1]?.park() }
    }

    /// How many workers `forEachChunk(count, minimumChunk:)` will use.
    public static func workerCount(_ count: Int, minimumChunk: Int = 1) -> Int {
        max(1, min(threads, count / max(1, minimumChunk)))
    }
}

/// Carries a value that is not `Sendable` into a Dispatch worker. Callers guarantee
/// that workers touch disjoint memory.
public struct UnsafeSendable<T>: @unchecked Sendable {
    public let value: T
    public init(_ value: T) { self.value = value }
}
