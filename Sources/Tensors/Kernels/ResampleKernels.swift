// Linear-interpolation resampling (the 1D spatial-transformer sampler).
//
// Shape legend: C = channels, L = input length, N = number of sample positions.
// A position p (in points, 0 … L−1) is passed as its floor i0 = ⌊p⌋ and fraction w = p − i0,
// computed by the caller in Double (`samplingCoordinate`): on a 6601-point axis Float32 would
// resolve positions only to ~5·10⁻⁴ of a point. Outside [0, L−1] the signal is zero-padded,
// exactly as PyTorch's grid_sample(mode="bilinear", padding_mode="zeros", align_corners=True)
// on a one-row image:  y = (1 − w)·x[i0] + w·x[i0 + 1], with x[j] = 0 for j ∉ [0, L).

/// Floor index and fraction of a sampling position given in points.
@inlinable
public func samplingCoordinate(_ p: Double) -> (index: Int32, weight: Float) {
    let f = p.rounded(.down)
    let clamped = max(-2, min(f, Double(Int32.max - 2)))
    return (Int32(clamped), Float(p - f))
}

/// y[c, n] = x[c, ·] interpolated at (index[n], weight[n]), for all channels of one sample.
@inlinable
public func resampleLinearForward(
    _ x: UnsafePointer<Float>, channels C: Int, length L: Int,
    index: UnsafePointer<Int32>, weight: UnsafePointer<Float>, count N: Int,
    y: UnsafeMutablePointer<Float>
) {
    for n in 0..<N {
        let i0 = Int(index[n]), w = weight[n]
        if i0 >= 0 && i0 + 1 < L {
            // Interior: both neighbours exist (the common case, branch-free per channel).
            for c in 0..<C {
                let xc = x + c * L + i0
                y[c * N + n] = xc[0] + w * (xc[1] - xc[0])
            }
            continue
        }
        for c in 0..<C { y[c * N + n] = edgeSample(x + c * L, L, i0, w) }
    }
}

/// Backward of `resampleLinearForward`: accumulates into `dx [C, L]` (when non-nil) and writes
/// `dp[n] = Σ_c dy[c, n] · (x[c, i0+1] − x[c, i0])`, the derivative with respect to the position.
@inlinable
public func resampleLinearBackward(
    _ x: UnsafePointer<Float>, channels C: Int, length L: Int,
    index: UnsafePointer<Int32>, weight: UnsafePointer<Float>, count N: Int,
    dy: UnsafePointer<Float>,
    dx: UnsafeMutablePointer<Float>?, dp: UnsafeMutablePointer<Float>
) {
    for n in 0..<N {
        let i0 = Int(index[n]), w = weight[n]
        var g: Float = 0
        if i0 >= 0 && i0 + 1 < L {
            for c in 0..<C {
                let xc = x + c * L + i0
                let d = dy[c * N + n]
                g += d * (xc[1] - xc[0])
                if let dx {
                    dx[c * L + i0] += (1 - w) * d
                    dx[c * L + i0 + 1] += w * d
                }
            }
            dp[n] = g
            continue
        }
        for c in 0..<C { edgeBackward(x + c * L, L, i0, w, dy[c * N + n], dx.map { $0 + c * L }, &g) }
        dp[n] = g
    }
}

/// `resampleLinearForward` for a pure shift: every position is i + first + weight, so one floor
/// and one fraction serve the whole signal and the interior runs as vectors. Same arithmetic
/// per point as the general kernel, so the results agree bit for bit.
@inlinable
public func resampleShiftForward(
    _ x: UnsafePointer<Float>, channels C: Int, length L: Int,
    first k: Int, weight w: Float, y: UnsafeMutablePointer<Float>
) {
    // Interior: 0 ≤ i + k and i + k + 1 < L.
    let lo = min(L, max(0, -k)), hi = max(lo, min(L, L - 1 - k))
    let wv = SIMD16<Float>(repeating: w)
    for c in 0..<C {
        let xc = x + c * L, yc = y + c * L
        for i in 0..<lo { yc[i] = edgeSample(xc, L, i + k, w) }
        var i = lo
        while i + 16 <= hi {
            let x0 = loadLanes(SIMD16<Float>.self, xc + (i + k))
            let x1 = loadLanes(SIMD16<Float>.self, xc + (i + k + 1))
            storeLanes(x0 + wv * (x1 - x0), yc + i)
            i += 16
        }
        while i < hi { let x0 = xc[i + k], x1 = xc[i + k + 1]; yc[i] = x0 + w * (x1 - x0); i += 1 }
        for i in hi..<L { yc[i] = edgeSample(xc, L, i + k, w) }
    }
}

/// One zero-padded sample at floor index i0 (any integer) and fraction w: the edge case of both
/// resampling kernels.
@inlinable @inline(__always)
func edgeSample(_ xc: UnsafePointer<Float>, _ L: Int, _ i0: Int, _ w: Float) -> Float {
    let x0: Float = i0 >= 0 && i0 < L ? xc[i0] : 0
    let x1: Float = i0 + 1 >= 0 && i0 + 1 < L ? xc[i0 + 1] : 0
    return x0 + w * (x1 - x0)
}

/// `resampleLinearBackward` for a pure shift (see `resampleShiftForward`): writes dp[i] and,
/// when `dx` is non-nil, accumulates into dx [C, L]. Same arithmetic per point as the general kernel.
@inlinable
public func resampleShiftBackward(
    _ x: UnsafePointer<Float>, channels C: Int, length L: Int,
    first k: Int, weight w: Float, dy: UnsafePointer<Float>,
    dx: UnsafeMutablePointer<Float>?, dp: UnsafeMutablePointer<Float>
) {
    let lo = min(L, max(0, -k)), hi = max(lo, min(L, L - 1 - k))
    let oneMinus = 1 - w
    for i in 0..<L { dp[i] = 0 }
    for c in 0..<C {
        let xc = x + c * L, dyc = dy + c * L
        for i in 0..<lo { edgeBackward(xc, L, i + k, w, dyc[i], dx.map { $0 + c * L }, &dp[i]) }
        var i = lo
        while i + 16 <= hi {
            let x0 = loadLanes(SIMD16<Float>.self, xc + (i + k))
            let x1 = loadLanes(SIMD16<Float>.self, xc + (i + k + 1))
            let d = loadLanes(SIMD16<Float>.self, dyc + i)
            let g = loadLanes(SIMD16<Float>.self, dp + i)
            storeLanes(g + d * (x1 - x0), dp + i)
            i += 16
        }
        while i < hi { let x0 = xc[i + k], x1 = xc[i + k + 1]; dp[i] += dyc[i] * (x1 - x0); i += 1 }
        if let dx {
            // Scattered in index order, as the general kernel does: dx[i0] gets (1−w)·dy[i] and then
            // dx[i0 + 1] gets w·dy[i], point after point.
            let dxc = dx + c * L
            for i in lo..<hi {
                let d = dyc[i]
                dxc[i + k] += oneMinus * d
                dxc[i + k + 1] += w * d
            }
        }
        for i in hi..<L { edgeBackward(xc, L, i + k, w, dyc[i], dx.map { $0 + c * L }, &dp[i]) }
    }
}

/// The backward of `edgeSample`: adds its position derivative to `g` and, when `dxc` is non-nil,
/// its weights times `d` to the two neighbours that exist.
@inlinable @inline(__always)
func edgeBackward(
    _ xc: UnsafePointer<Float>, _ L: Int, _ i0: Int, _ w: Float, _ d: Float,
    _ dxc: UnsafeMutablePointer<Float>?, _ g: inout Float
) {
    let in0 = i0 >= 0 && i0 < L, in1 = i0 + 1 >= 0 && i0 + 1 < L
    let x0: Float = in0 ? xc[i0] : 0
    let x1: Float = in1 ? xc[i0 + 1] : 0
    g += d * (x1 - x0)
    if let dxc {
        if in0 { dxc[i0] += (1 - w) * d }
        if in1 { dxc[i0 + 1] += w * d }
    }
}
