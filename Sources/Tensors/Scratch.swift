// Per-worker scratch memory that lives as long as its owner (a layer), so hot loops neither
// allocate nor return memory to the system on every step.

/// One growable Float buffer per Dispatch worker.
public final class ScratchBuffers: @unchecked Sendable {
    private var pointers: [UnsafeMutablePointer<Float>] = []
    private var capacities: [Int] = []

    public init() {}

    /// Makes sure `workers` buffers of at least `count` floats exist. Call before a parallel region.
    public func reserve(workers: Int, count: Int) {
        while pointers.count < workers {
            pointers.append(.allocate(capacity: 1))
            capacities.append(1)
        }
        for w in 0..<workers where capacities[w] < count {
            pointers[w].deallocate()
            pointers[w] = .allocate(capacity: count)
            capacities[w] = count
        }
    }

    /// Buffer of worker `w` (valid after `reserve`; contents are unspecified).
    @inlinable public subscript(_ w: Int) -> UnsafeMutablePointer<Float> { pointer(w) }

    @usableFromInline func pointer(_ w: Int) -> UnsafeMutablePointer<Float> { pointers[w] }

    deinit { for p in pointers { p.deallocate() } }
}
