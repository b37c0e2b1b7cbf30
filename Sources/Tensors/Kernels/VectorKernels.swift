// Short-vector helpers for the kernels' inner loops.
//
// Shape legend: n = elements; src, dst = contiguous Float runs (they must not overlap).
// The compiler cannot prove that two UnsafePointers do not alias, so plain `dst[i] = src[i]`
// loops stay scalar; these spell the vector loads and stores out (16, then 8, 4, 1 at a time).
// The runs in im2col and the output scatter of a convolution are short (4–61 values), where a
// call to memmove costs more than the copy.

/// dst[0..<n] = src[0..<n].
@inlinable @inline(__always)
public func copyFloats(from src: UnsafePointer<Float>, to dst: UnsafeMutablePointer<Float>, count n: Int) {
    var i = 0
    while i + 16 <= n {
        storeLanes(loadLanes(SIMD16<Float>.self, src + i), dst + i)
        i += 16
    }
    if i + 8 <= n {
        storeLanes(loadLanes(SIMD8<Float>.self, src + i), dst + i)
        i += 8
    }
    if i + 4 <= n {
        storeLanes(loadLanes(SIMD4<Float>.self, src + i), dst + i)
        i += 4
    }
    while i < n { dst[i] = src[i]; i += 1 }
}

/// dst[0..<n] = src[0..<n] + value.
@inlinable @inline(__always)
public func copyFloats(from src: UnsafePointer<Float>, adding value: Float, to dst: UnsafeMutablePointer<Float>, count n: Int) {
    var i = 0
    let v16 = SIMD16<Float>(repeating: value), v4 = SIMD4<Float>(repeating: value)
    while i + 16 <= n {
        storeLanes(loadLanes(SIMD16<Float>.self, src + i) + v16, dst + i)
        i += 16
    }
    while i + 4 <= n {
        storeLanes(loadLanes(SIMD4<Float>.self, src + i) + v4, dst + i)
        i += 4
    }
    while i < n { dst[i] = src[i] + value; i += 1 }
}

/// dst[0..<n] += src[0..<n].
@inlinable @inline(__always)
public func accumulateFloats(from src: UnsafePointer<Float>, into dst: UnsafeMutablePointer<Float>, count n: Int) {
    var i = 0
    while i + 16 <= n {
        let s = loadLanes(SIMD16<Float>.self, src + i)
        let d = loadLanes(SIMD16<Float>.self, dst + i)
        storeLanes(d + s, dst + i)
        i += 16
    }
    while i + 4 <= n {
        let s = loadLanes(SIMD4<Float>.self, src + i)
        let d = loadLanes(SIMD4<Float>.self, dst + i)
        storeLanes(d + s, dst + i)
        i += 4
    }
    while i < n { dst[i] += src[i]; i += 1 }
}

/// Σ src[0..<n], summed in 16 interleaved lanes (a fixed order: the result is deterministic).
@inlinable @inline(__always)
public func sumFloats(_ src: UnsafePointer<Float>, count n: Int) -> Float {
    var acc = SIMD16<Float>(repeating: 0)
    var i = 0
    while i + 16 <= n {
        acc += loadLanes(SIMD16<Float>.self, src + i)
        i += 16
    }
    var s = acc.sum()
    while i < n { s += src[i]; i += 1 }
    return s
}

/// dst[0..<n] = max(src[0..<n] + value, 0), with `max(x, 0)`'s result for every x (NaN stays NaN,
/// −0 becomes +0): a convolution's bias and a fused ReLU in one pass.
@inlinable @inline(__always)
public func copyFloatsReLU(
    from src: UnsafePointer<Float>, adding value: Float, to dst: UnsafeMutablePointer<Float>,
    count n: Int
) {
    var i = 0
    let v16 = SIMD16<Float>(repeating: value), zero = SIMD16<Float>(repeating: 0)
    while i + 16 <= n {
        let v = loadLanes(SIMD16<Float>.self, src + i) + v16
        storeLanes(v.replacing(with: zero, where: v .<= zero), dst + i)
        i += 16
    }
    while i < n { dst[i] = max(src[i] + value, 0); i += 1 }
}

/// dst[0..<n] = gate[i] > 0 ? src[i] : 0 — ReLU's backward, gated by its output.
@inlinable @inline(__always)
public func copyFloats(
    from src: UnsafePointer<Float>, gatedBy gate: UnsafePointer<Float>,
    to dst: UnsafeMutablePointer<Float>, count n: Int
) {
    var i = 0
    let zero = SIMD16<Float>(repeating: 0)
    while i + 16 <= n {
        let s = loadLanes(SIMD16<Float>.self, src + i)
        let g = loadLanes(SIMD16<Float>.self, gate + i)
        storeLanes(s.replacing(with: zero, where: .!(g .> zero)), dst + i)
        i += 16
    }
    while i < n { dst[i] = gate[i] > 0 ? src[i] : 0; i += 1 }
}

/// dst[o] = max(src[2o], src[2o+1]) + value for o in 0..<n, then max(·, 0) when `relu`: window-2
/// max pooling of a convolution's row, with its bias (and ReLU) applied after the max. Rounding
/// is monotonic, so this equals pooling the biased (and rectified) values.
@inlinable @inline(__always)
public func pairMaxFloats(
    from src: UnsafePointer<Float>, adding value: Float, relu: Bool,
    to dst: UnsafeMutablePointer<Float>, count n: Int
) {
    var o = 0
    let v16 = SIMD16<Float>(repeating: value), zero = SIMD16<Float>(repeating: 0)
    while o + 16 <= n {
        let pair = loadLanes(SIMD32<Float>.self, src + 2 * o)
        let even = pair.evenHalf, odd = pair.oddHalf
        var v = even.replacing(with: odd, where: odd .>= even) + v16
        if relu { v = v.replacing(with: zero, where: v .<= zero) }
        storeLanes(v, dst + o)
        o += 16
    }
    while o < n {
        let v = max(src[2 * o], src[2 * o + 1]) + value
        dst[o] = relu ? max(v, 0) : v
        o += 1
    }
}
