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
public func resampleLinearForward(_ x: UnsafePointer<Float>, channels C: Int, length L: Int,
                                  index: UnsafePointer<Int32>, weight: UnsafePointer<Float>, count N: Int,
                                  y: UnsafeMutablePointer<Float>) {
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
        let in0 = i0 >= 0 && i0 < L, in1 = i0 + 1 >= 0 && i0 + 1 < L
        for c in 0..<C {
            let xc = x + c * L
            let x0: Float = in0 ? xc[i0] : 0
            let x1: Float = in1 ? xc[i0 + 1] : 0
            y[c * N + n] = x0 + w * (x1 - x0)
        }
    }
}

/// Backward of `resampleLinearForward`: accumulates into `dx [C, L]` (when non-nil) and writes
/// `dp[n] = Σ_c dy[c, n] · (x[c, i0+1] − x[c, i0])`, the derivative with respect to the position.
@inlinable
public func resampleLinearBackward(_ x: UnsafePointer<Float>, channels C: Int, length L: Int,
                                   index: UnsafePointer<Int32>, weight: UnsafePointer<Float>, count N: Int,
                                   dy: UnsafePointer<Float>,
                                   dx: UnsafeMutablePointer<Float>?, dp: UnsafeMutablePointer<Float>) {
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
        let in0 = i0 >= 0 && i0 < L, in1 = i0 + 1 >= 0 && i0 + 1 < L
        for c in 0..<C {
            let xc = x + c * L
            let d = dy[c * N + n]
            let x0: Float = in0 ? xc[i0] : 0
            let x1: Float = in1 ? xc[i0 + 1] : 0
            g += d * (x1 - x0)
            if let dx {
                if in0 { dx[c * L + i0] += (1 - w) * d }
                if in1 { dx[c * L + i0 + 1] += w * d }
            }
        }
        dp[n] = g
    }
}
