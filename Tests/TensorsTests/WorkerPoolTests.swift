import Testing
import Dispatch
import Synchronization
@testable import Tensors

/// The spinning pool behind `Parallel.forEachChunk`: every index once per region, back to back,
/// from several threads at once (the busy pool hands over to Dispatch) and nested.
@Suite(.serialized) struct WorkerPoolTests {
    /// Runs `regions` regions over `count` indices and checks each index was visited exactly once per region.
    static func visitCounts(regions: Int, count: Int, nested: Bool = false) -> [Int] {
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
        counts.initialize(repeating: 0)
        defer { counts.deallocate() }
        let box = UnsafeSendable(counts)
        for _ in 0..<regions {
            Parallel.forEachChunk(count) { _, range in
                if nested {
                    // A region started inside a region runs on Dispatch; each outer chunk covers its own range.
                    let inner = range
                    Parallel.forEachChunk(inner.count) { _, r in
                        for i in r { box.value[inner.lowerBound + i] += 1 }
                    }
                } else {
                    for i in range { box.value[i] += 1 }
                }
            }
        }
        return Array(counts)
    }

    @Test func everyIndexOncePerRegion() {
        Parallel.threads = 2
        defer { Parallel.threads = 1 }
        #expect(Self.visitCounts(regions: 2000, count: 37) == [Int](repeating: 2000, count: 37))
        #expect(Self.visitCounts(regions: 50, count: 1) == [50])
    }

    @Test func nestedRegions() {
        Parallel.threads = 2
        defer { Parallel.threads = 1 }
        #expect(Self.visitCounts(regions: 300, count: 64, nested: true) == [Int](repeating: 300, count: 64))
    }

    @Test func severalCallingThreads() {
        Parallel.threads = 2
        defer { Parallel.threads = 1 }
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            if Self.visitCounts(regions: 500, count: 23) != [Int](repeating: 500, count: 23) {
                failures.add(1, ordering: .relaxed)
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
    }

    /// Regions separated by pauses longer than the helpers' spin: they sleep and must be woken.
    @Test func regionsAfterTheHelpersSleep() {
        Parallel.threads = 2
        defer { Parallel.threads = 1 }
        for _ in 0..<5 {
            let until = DispatchTime.now().uptimeNanoseconds + 3 * WorkerPool.spinNanoseconds
            while DispatchTime.now().uptimeNanoseconds < until {}
            #expect(Self.visitCounts(regions: 3, count: 10) == [Int](repeating: 3, count: 10))
        }
    }
}
