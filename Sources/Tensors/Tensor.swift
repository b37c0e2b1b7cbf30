// Tensor: Float32, row-major, contiguous.
//
// Shape legend used across the engine:
//   B = batch, C = channels, L = energy points (signal length), F = features, K = classes/targets.
// 1D signals are NCW: [B, C, L]. Dense activations are [B, F].

/// A dense, contiguous, row-major array of `Float` with a shape.
///
/// Value semantics (copy-on-write through `Array`). Hot loops use
/// `withUnsafeBufferPointer` / `withUnsafeMutableBufferPointer`.
public struct Tensor: Sendable, Equatable {
    public private(set) var shape: [Int]
    public var scalars: [Float]

    /// A tensor of `shape` filled with `value`.
    public init(shape: [Int], repeating value: Float = 0) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor shape must be non-negative, got \(shape)")
        self.shape = shape
        self.scalars = [Float](repeating: value, count: shape.reduce(1, *))
    }

    /// A tensor of `shape` holding `scalars` (row-major).
    public init(shape: [Int], scalars: [Float]) {
        precondition(
            shape.reduce(1, *) == scalars.count,
            "Tensor shape \(shape) holds \(shape.reduce(1, *)) values, got \(scalars.count)")
        self.shape = shape
        self.scalars = scalars
    }

    /// A tensor of `shape` whose values the caller overwrites entirely (skips zero-filling).
    public init(uninitializedShape shape: [Int]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "Tensor shape must be non-negative, got \(shape)")
        self.shape = shape
        self.scalars = [Float](unsafeUninitializedCapacity: shape.reduce(1, *)) { _, n in n = shape.reduce(1, *) }
    }

    /// An empty tensor (shape [0]); what a layer returns when no input gradient is wanted.
    public static let empty = Tensor(shape: [0])

    public static func zeros(_ shape: [Int]) -> Tensor { Tensor(shape: shape) }

    /// Number of elements.
    @inlinable public var count: Int { scalars.count }
    /// Number of dimensions.
    @inlinable public var rank: Int { shape.count }

    /// The same values with another shape of equal element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, scalars: scalars)
    }

    /// Sets every element to zero, keeping the shape and storage.
    public mutating func zero() {
        scalars.withUnsafeMutableBufferPointer { p in p.update(repeating: 0) }
    }

    /// Element access by multi-index (slow; for tests and small tensors).
    public subscript(_ index: Int...) -> Float {
        get { scalars[flatIndex(index)] }
        set { scalars[flatIndex(index)] = newValue }
    }

    private func flatIndex(_ index: [Int]) -> Int {
        precondition(index.count == shape.count, "index \(index) does not match shape \(shape)")
        var flat = 0
        for (i, n) in zip(index, shape) {
            precondition(i >= 0 && i < n, "index \(index) out of bounds for shape \(shape)")
            flat = flat * n + i
        }
        return flat
    }

    @inlinable public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try scalars.withUnsafeBufferPointer(body)
    }

    @inlinable public mutating func withUnsafeMutableBufferPointer<R>(_ body: (inout UnsafeMutableBufferPointer<Float>) throws -> R) rethrows -> R {
        try scalars.withUnsafeMutableBufferPointer(body)
    }

    /// Largest absolute value (0 for an empty tensor).
    public var maxAbs: Float { scalars.reduce(0) { max($0, abs($1)) } }

    /// Sum of all elements, accumulated in Double.
    public var sum: Double { scalars.reduce(0.0) { $0 + Double($1) } }
}

extension Tensor {
    /// `self += other` elementwise (same count).
    public mutating func add(_ other: Tensor) {
        precondition(count == other.count, "add: \(shape) vs \(other.shape)")
        other.withUnsafeBufferPointer { o in
            scalars.withUnsafeMutableBufferPointer { s in
                for i in 0..<s.count { s[i] += o[i] }
            }
        }
    }

    /// `self *= factor` elementwise.
    public mutating func scale(by factor: Float) {
        scalars.withUnsafeMutableBufferPointer { s in
            for i in 0..<s.count { s[i] *= factor }
        }
    }
}
