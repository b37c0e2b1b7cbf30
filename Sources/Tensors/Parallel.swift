// Work splitting over Dispatch workers. OpenBLAS is held to one thread; parallelism comes from
// splitting the batch over `Parallel.threads` workers, except for the large dense products of
// `BLAS.parallelSgemm`, which raise OpenBLAS to `Parallel.threads` for their duration.

import Dispatch
import Synchronization
import CBLAS

/// Process-wide thread settings for the engine.
public enum Parallel {
    private static let threadCount = Atomic<Int>(1)
    private static let blasConfigured = Atomic<Bool>(false)

    /// Number of Dispatch workers the kernels use (≥ 1). Defaults to 1.
    public static var threads: Int {
        get { threadCount.load(ordering: .relaxed) }
        set {
            precondition(newValue >= 1, "thread count must be at least 1, got \(newValue)")
            threadCount.store(newValue, ordering: .relaxed)
            configureBLAS()
        }
    }

    /// Holds OpenBLAS to one thread per caller (measured faster than OpenBLAS's own threads here).
    public static func configureBLAS() {
        if !blasConfigured.exchange(true, ordering: .relaxed) {
            openblas_set_num_threads(1)
        }
    }

    /// Runs `body(worker, range)` over `0..<count` split into at most `threads` contiguous ranges.
    /// Ranges are assigned deterministically, so results are bit-identical for a given thread count.
    public static func forEachChunk(_ count: Int, minimumChunk: Int = 1,
                                    _ body: (_ worker: Int, _ range: Range<Int>) -> Void) {
        configureBLAS()
        let workers = max(1, min(threads, count / max(1, minimumChunk)))
        if workers == 1 || count < 2 {
            body(0, 0..<count)
            return
        }
        withoutActuallyEscaping(body) { body in
            let box = UnsafeSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                let lo = count * w / workers
                let hi = count * (w + 1) / workers
                if lo < hi { box.value(w, lo..<hi) }
            }
        }
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
