// Persistent worker threads that spin briefly between parallel regions.
//
// A training step runs dozens of short parallel regions (one per layer, forward and backward,
// 0.05–2 ms each). Dispatch's workers sleep between them, and waking one costs ~14 µs here
// (measured: concurrentPerform over 2 iterations with 50 µs of serial work between calls), often
// after the caller has already done most of the work alone. These helpers instead wait for the
// next region by watching a counter for up to `spinNanoseconds`, then sleep on a semaphore.
// Before OpenBLAS runs a product on its own threads, `park()` sends spinning helpers to sleep at
// once so that they do not take a core from it.
//
// One region at a time: a caller that finds the pool busy (another thread's region, or a region
// started from inside a region) falls back to Dispatch.

import Dispatch
import Synchronization
#if canImport(Glibc)
    import Glibc
#endif

final class WorkerPool: @unchecked Sendable {
    /// How long an idle helper watches for the next region before it sleeps.
    static let spinNanoseconds: UInt64 = 100_000

    let helperCount: Int
    private let generation = Atomic<Int>(0)
    private let remaining = Atomic<Int>(0)
    private let busy = Atomic<Bool>(false)
    private let parkRequested = Atomic<Bool>(false)
    private var helpers: [Helper] = []
    /// The current region's body; written before `generation` is bumped (release), read after it
    /// is seen (acquire).
    private var job: ((Int) -> Void)?

    final class Helper: @unchecked Sendable {
        let index: Int
        unowned let pool: WorkerPool
        let sleeping = Atomic<Bool>(false)
        let wake = DispatchSemaphore(value: 0)
        init(index: Int, pool: WorkerPool) { self.index = index; self.pool = pool }
    }

    init(helpers count: Int) {
        helperCount = count
        for i in 0..<count {
            let h = Helper(index: i + 1, pool: self)
            helpers.append(h)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(h).toOpaque()
            let rc = pthread_create(
                &thread, nil,
                { arg in
                    let helper = Unmanaged<WorkerPool.Helper>.fromOpaque(arg!).takeRetainedValue()
                    helper.pool.serve(helper)
                    return nil
                }, context)
            precondition(rc == 0, "could not start a worker thread (pthread_create returned \(rc))")
            pthread_detach(thread)
        }
    }

    /// Runs `body(w)` for w in 0 ... helperCount, w = 0 on the calling thread; returns when all
    /// are done. Returns false (and runs nothing) when the pool is busy.
    func run(_ body: (Int) -> Void) -> Bool {
        guard busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return false }
        withoutActuallyEscaping(body) { body in
            job = body
            parkRequested.store(false, ordering: .relaxed)
            remaining.store(helperCount, ordering: .relaxed)
            generation.add(1, ordering: .sequentiallyConsistent)
            for h in helpers where h.sleeping.exchange(false, ordering: .sequentiallyConsistent) { h.wake.signal() }
            body(0)
            while remaining.load(ordering: .acquiring) != 0 {}
            job = nil
        }
        busy.store(false, ordering: .releasing)
        return true
    }

    /// Sends spinning helpers to sleep now (before OpenBLAS wakes its own threads).
    func park() { parkRequested.store(true, ordering: .relaxed) }

    private func serve(_ h: Helper) {
        var seen = 0  // the generation at creation: a region posted before this thread starts is still seen
        while true {
            var start = DispatchTime.now().uptimeNanoseconds
            var spins = 0
            var current = generation.load(ordering: .acquiring)
            while current == seen {
                spins += 1
                if spins & 255 == 0
                    && (parkRequested.load(ordering: .relaxed)
                        || DispatchTime.now().uptimeNanoseconds - start > Self.spinNanoseconds)
                {
                    h.sleeping.store(true, ordering: .sequentiallyConsistent)
                    if generation.load(ordering: .sequentiallyConsistent) != seen {
                        // A region was posted meanwhile: take back the flag, or, if the poster
                        // already took it, absorb the signal it sent.
                        if !h.sleeping.exchange(false, ordering: .sequentiallyConsistent) { h.wake.wait() }
                    } else {
                        h.wake.wait()
                    }
                    start = DispatchTime.now().uptimeNanoseconds
                    spins = 0
                }
                current = generation.load(ordering: .acquiring)
            }
            seen = current
            job!(h.index)
            remaining.subtract(1, ordering: .releasing)
        }
    }
}
