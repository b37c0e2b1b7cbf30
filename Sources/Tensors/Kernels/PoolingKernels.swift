// Pooling over the energy axis.
//
// Shape legend: R = rows (B·C), L = input length, W = window, S = stride,
//   Lo = (L − W) / S + 1 (valid windows only, like Keras and PyTorch defaults).

/// Max pooling of `rows` signals; stores the winning input index per output for the backward pass.
@inlinable
public func maxPool1DForward(
    _ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
    y: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>, outLength Lo: Int
) {
    if W == 2 && S == 2 {
        // The common case without the inner loop: the same choice (the right value only when
        // strictly greater), as bit masks rather than a branch that mispredicts half the time.
        for r in 0..<R {
            let xr = x + r * L, yr = y + r * Lo, ar = argmax + r * Lo
            for o in 0..<Lo {
                let a = xr[2 * o], b = xr[2 * o + 1]
                let right: Int32 = b > a ? 1 : 0, mask = UInt32(bitPattern: 0 &- right)
                yr[o] = Float(bitPattern: (a.bitPattern & ~mask) | (b.bitPattern & mask))
                ar[o] = Int32(truncatingIfNeeded: 2 * o) + right
            }
        }
        return
    }
    for r in 0..<R {
        let xr = x + r * L, yr = y + r * Lo, ar = argmax + r * Lo
        for o in 0..<Lo {
            let start = o * S
            var best = xr[start], bi = start
            for i in (start + 1)..<(start + W) where xr[i] > best { best = xr[i]; bi = i }
            yr[o] = best
            ar[o] = Int32(bi)
        }
    }
}

/// Max pooling without the argmax bookkeeping (inference), with a fast path for window 2, stride 2.
@inlinable
public func maxPool1DInference(
    _ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
    y: UnsafeMutablePointer<Float>, outLength Lo: Int
) {
    if W == 2 && S == 2 {
        for r in 0..<R {
            let xr = x + r * L, yr = y + r * Lo
            for o in 0..<Lo { yr[o] = max(xr[2 * o], xr[2 * o + 1]) }
        }
        return
    }
    for r in 0..<R {
        let xr = x + r * L, yr = y + r * Lo
        for o in 0..<Lo {
            var best = xr[o * S]
            for i in (o * S + 1)..<(o * S + W) { best = max(best, xr[i]) }
            yr[o] = best
        }
    }
}

/// Routes `dy` to the winning inputs (accumulates into `dx`, which the caller zeroed).
@inlinable
public func maxPool1DBackward(
    _ dy: UnsafePointer<Float>, argmax: UnsafePointer<Int32>, rows R: Int, length L: Int,
    outLength Lo: Int, dx: UnsafeMutablePointer<Float>
) {
    for r in 0..<R {
        let dyr = dy + r * Lo, ar = argmax + r * Lo, dxr = dx + r * L
        for o in 0..<Lo { dxr[Int(ar[o])] += dyr[o] }
    }
}

/// Backward of window 2, stride 2 max pooling: writes every element of `dx` (no zeroing first):
/// the gradient to the winner of each pair, 0 to the other and to an odd length's last point.
@inlinable
public func maxPool1DBackwardPairs(
    _ dy: UnsafePointer<Float>, argmax: UnsafePointer<Int32>, rows R: Int, length L: Int,
    outLength Lo: Int, dx: UnsafeMutablePointer<Float>
) {
    for r in 0..<R {
        let dyr = dy + r * Lo, ar = argmax + r * Lo, dxr = dx + r * L
        for o in 0..<Lo {
            // Bit masks, not a branch: which of a pair won is random, and a mispredicted branch
            // per output cost 4× the whole loop.
            let g = dyr[o].bitPattern, right = UInt32(bitPattern: 0 &- (ar[o] & 1))
            dxr[2 * o] = Float(bitPattern: g & ~right)
            dxr[2 * o + 1] = Float(bitPattern: g & right)
        }
        for i in (2 * Lo)..<L { dxr[i] = 0 }
    }
}

/// Average pooling of `rows` signals.
@inlinable
public func avgPool1DForward(
    _ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
    y: UnsafeMutablePointer<Float>, outLength Lo: Int
) {
    let inv = 1 / Float(W)
    for r in 0..<R {
        let xr = x + r * L, yr = y + r * Lo
        for o in 0..<Lo {
            var s: Float = 0
            for i in (o * S)..<(o * S + W) { s += xr[i] }
            yr[o] = s * inv
        }
    }
}

/// Spreads `dy` evenly over each window (accumulates into `dx`).
@inlinable
public func avgPool1DBackward(
    _ dy: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
    outLength Lo: Int, dx: UnsafeMutablePointer<Float>
) {
    let inv = 1 / Float(W)
    for r in 0..<R {
        let dyr = dy + r * Lo, dxr = dx + r * L
        for o in 0..<Lo {
            let g = dyr[o] * inv
            for i in (o * S)..<(o * S + W) { dxr[i] += g }
        }
    }
}

/// A convolution's output row fused with ReLU (optional) and window-2 max pooling, for training:
/// dst[o] = max of the pair src[2o] + bias, src[2o+1] + bias (then max(·, 0) when `relu`), and
/// right[o] = −1 (all bits) when the right one won, else 0 — the same choice as
/// `maxPool1DForward` (the right value only when strictly greater).
@inlinable
public func pairMaxForward(
    _ src: UnsafePointer<Float>, adding bias: Float, relu: Bool,
    to dst: UnsafeMutablePointer<Float>, right: UnsafeMutablePointer<Int32>, count n: Int
) {
    typealias V = SIMD16<Float>
    let bv = V(repeating: bias), zero = V(repeating: 0)
    var o = 0
    while o + 16 <= n {
        let pair = loadLanes(SIMD32<Float>.self, src + 2 * o)
        let a = pair.evenHalf + bv, b = pair.oddHalf + bv
        let wins = b .> a
        var v = a.replacing(with: b, where: wins)
        if relu { v = v.replacing(with: zero, where: v .<= zero) }
        storeLanes(v, dst + o)
        storeLanes(SIMD16<Int32>(repeating: 0).replacing(with: -1, where: wins), right + o)
        o += 16
    }
    while o < n {
        let a = src[2 * o] + bias, b = src[2 * o + 1] + bias
        let wins = b > a
        let v = wins ? b : a
        dst[o] = relu ? max(v, 0) : v
        right[o] = wins ? -1 : 0
        o += 1
    }
}

/// Backward of `pairMaxForward` into a full-length row dst [L]: the pooled gradient dy[o] (zero
/// where the fused ReLU's output `gate[o]` is not positive, when a gate is given) goes to the
/// pair's winner, 0 to the other and to an odd length's last point.
@inlinable
public func pairMaxBackward(
    _ dy: UnsafePointer<Float>, gate: UnsafePointer<Float>?, right: UnsafePointer<Int32>,
    count n: Int, to dst: UnsafeMutablePointer<Float>, length L: Int
) {
    for o in 0..<n {
        var g = dy[o].bitPattern
        if let gate { g &= UInt32(bitPattern: 0 &- (gate[o] > 0 ? 1 : 0)) }
        let r = UInt32(bitPattern: right[o])
        dst[2 * o] = Float(bitPattern: g & ~r)
        dst[2 * o + 1] = Float(bitPattern: g & r)
    }
    for i in (2 * n)..<L { dst[i] = 0 }
}
