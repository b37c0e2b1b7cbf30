// 1D convolution as im2col + sgemm.
//
// Shape legend:
//   C  = input channels, L  = input length (energy points)
//   K  = kernel width,   S  = stride, D = dilation, P = left padding
//   Lo = output length = (L + P + Pr − D·(K−1) − 1) / S + 1
//   col = [C·K, ldcol]: row (c·K + k), column l holds x[c, l·S + k·D − P] (0 outside [0, L)).
// Several samples share one col matrix side by side (sample s at column offset s·Lo), so one
// sgemm covers a group of samples.

/// Floats of the stride-phase copy that `im2col` needs for stride S > 1 (C · S · ⌈L / S⌉).
@inlinable
public func im2colPhaseCount(channels C: Int, length L: Int, stride S: Int) -> Int {
    S > 1 ? C * S * ((L + S - 1) / S) : 0
}

/// Writes the im2col columns of one sample `x [C, L]` into `col` starting at column 0
/// (the caller offsets `col` for sample s of a group); `ldcol` is the row stride of `col`.
/// For stride S > 1, `phases` (im2colPhaseCount floats) receives x split into its S phases,
/// xp[c, r, m] = x[c, m·S + r], so that every row of col is a contiguous run of one phase
/// (x[c, l·S + off] = xp[c, off mod S, l + ⌊off / S⌋]) and copies as vectors, not as a gather.
@inlinable
public func im2col(
    _ x: UnsafePointer<Float>, channels C: Int, length L: Int,
    kernel K: Int, stride S: Int, dilation D: Int, padLeft P: Int, outLength Lo: Int,
    col: UnsafeMutablePointer<Float>, ldcol: Int, phases: UnsafeMutablePointer<Float>? = nil
) {
    let Lp = (L + S - 1) / S
    if S > 1, let phases {
        for c in 0..<C {
            let xc = x + c * L
            for r in 0..<S {
                let dst = phases + (c * S + r) * Lp
                var m = 0
                while m * S + r < L { dst[m] = xc[m * S + r]; m += 1 }
            }
        }
    }
    for k in 0..<K {
        let off = k * D - P
        // valid l: 0 ≤ l·S + off < L
        let lFirst = off >= 0 ? 0 : min(Lo, (-off + S - 1) / S)
        let lEnd = L - 1 - off < 0 ? 0 : min(Lo, (L - 1 - off) / S + 1)
        let phase = ((off % S) + S) % S, shift = (off - phase) / S
        for c in 0..<C {
            let row = col + (c * K + k) * ldcol
            var l = 0
            while l < lFirst { row[l] = 0; l += 1 }
            if lEnd > lFirst {
                let n = lEnd - lFirst
                if S == 1 {
                    copyFloats(from: x + (c * L + off + lFirst), to: row + lFirst, count: n)
                } else if let phases {
                    copyFloats(from: phases + ((c * S + phase) * Lp + shift + lFirst), to: row + lFirst, count: n)
                } else {
                    let xc = x + (c * L + off)
                    for l in lFirst..<lEnd { row[l] = xc[l * S] }
                }
            }
            l = max(lFirst, lEnd)
            while l < Lo { row[l] = 0; l += 1 }
        }
    }
}

/// Adjoint of `im2col`: accumulates `dcol` back into `dx [C, L]` (dx[c, l·S + k·D − P] += dcol[c·K+k, l]).
@inlinable
public func col2imAccumulate(
    _ dcol: UnsafePointer<Float>, ldcol: Int, channels C: Int, length L: Int,
    kernel K: Int, stride S: Int, dilation D: Int, padLeft P: Int, outLength Lo: Int,
    dx: UnsafeMutablePointer<Float>
) {
    for k in 0..<K {
        let off = k * D - P
        let lFirst = off >= 0 ? 0 : min(Lo, (-off + S - 1) / S)
        let lEnd = L - 1 - off < 0 ? 0 : min(Lo, (L - 1 - off) / S + 1)
        guard lEnd > lFirst else { continue }
        for c in 0..<C {
            let row = dcol + (c * K + k) * ldcol
            let xc = dx + c * L + off
            if S == 1 {
                accumulateFloats(from: row + lFirst, into: xc + lFirst, count: lEnd - lFirst)
            } else {
                for l in lFirst..<lEnd { xc[l * S] += row[l] }
            }
        }
    }
}

/// Output length of a 1D convolution or pooling window.
@inlinable
public func convolutionOutputLength(
    length L: Int, kernel K: Int, stride S: Int, dilation D: Int,
    padLeft: Int, padRight: Int
) -> Int {
    let span = D * (K - 1) + 1
    let padded = L + padLeft + padRight
    return padded < span ? 0 : (padded - span) / S + 1
}

// Direct convolution for a small receptive field (Ci·K ≤ 16, stride 1, dilation 1), where
// im2col's K-row columns would feed sgemm a product too thin to pay for its packing.
//   xpad [Ci, Lp]: one sample with P zeros before it and zeros after, Lp ≥ Lv + K − 1;
//   Lv = Lo rounded up to a multiple of 16 (the kernels work in whole 16-lane vectors);
//   w [Ci, K]: one output channel's weights; row [Lv]: that channel's output before the bias.

/// row[l] = Σ_c Σ_k w[c, k] · xpad[c, l + k] for l in 0..<Lv (Lv a multiple of 16).
/// Four output vectors at a time, so four independent multiply-add chains are in flight.
@inlinable
public func directConv1DRow(
    _ xpad: UnsafePointer<Float>, channels C: Int, paddedLength Lp: Int,
    weights w: UnsafePointer<Float>, kernel K: Int,
    row: UnsafeMutablePointer<Float>, count Lv: Int
) {
    typealias V = SIMD16<Float>
    var l = 0
    while l + 64 <= Lv {
        var a0 = V(repeating: 0), a1 = a0, a2 = a0, a3 = a0
        for c in 0..<C {
            let xc = xpad + c * Lp + l, wc = w + c * K
            for k in 0..<K {
                let wk = V(repeating: wc[k]), xk = xc + k
                a0 = a0.addingProduct(wk, loadLanes(V.self, xk))
                a1 = a1.addingProduct(wk, loadLanes(V.self, xk + 16))
                a2 = a2.addingProduct(wk, loadLanes(V.self, xk + 32))
                a3 = a3.addingProduct(wk, loadLanes(V.self, xk + 48))
            }
        }
        storeLanes(a0, row + l); storeLanes(a1, row + l + 16); storeLanes(a2, row + l + 32); storeLanes(a3, row + l + 48)
        l += 64
    }
    while l < Lv {
        var acc = V(repeating: 0)
        for c in 0..<C {
            let xc = xpad + c * Lp + l, wc = w + c * K
            for k in 0..<K { acc = acc.addingProduct(V(repeating: wc[k]), loadLanes(V.self, xc + k)) }
        }
        storeLanes(acc, row + l)
        l += 16
    }
}

/// Σ a[i]·b[i] over i in 0..<n (n a multiple of 16), in four 16-lane accumulators combined in a
/// fixed order (deterministic; the chains overlap).
@inlinable @inline(__always)
public func dotFloats16(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count n: Int) -> Float {
    typealias V = SIMD16<Float>
    var a0 = V(repeating: 0), a1 = a0, a2 = a0, a3 = a0
    var i = 0
    while i + 64 <= n {
        a0 = a0.addingProduct(loadLanes(V.self, a + i), loadLanes(V.self, b + i))
        a1 = a1.addingProduct(loadLanes(V.self, a + i + 16), loadLanes(V.self, b + i + 16))
        a2 = a2.addingProduct(loadLanes(V.self, a + i + 32), loadLanes(V.self, b + i + 32))
        a3 = a3.addingProduct(loadLanes(V.self, a + i + 48), loadLanes(V.self, b + i + 48))
        i += 64
    }
    while i < n {
        a0 = a0.addingProduct(loadLanes(V.self, a + i), loadLanes(V.self, b + i))
        i += 16
    }
    return ((a0 + a1) + (a2 + a3)).sum()
}

/// dst[i] += s · src[i] over i in 0..<n (n a multiple of 16).
@inlinable @inline(__always)
public func accumulateScaled16(
    _ src: UnsafePointer<Float>, scale s: Float, into dst: UnsafeMutablePointer<Float>,
    count n: Int
) {
    typealias V = SIMD16<Float>
    let sv = V(repeating: s)
    var i = 0
    while i < n {
        let d = loadLanes(V.self, dst + i)
        storeLanes(d.addingProduct(sv, loadLanes(V.self, src + i)), dst + i)
        i += 16
    }
}

// Channel-blocked convolution without a column matrix, for strided layers, whose im2col is a
// gather that copies each input point K/S times (paper 1's first layer, Ci = 1, K = 100, S = 5:
// 20 times, 6,100 floats per sample, more than its product reads from the weights).
//   x [Ci, Lx]: one sample (padded by the caller when the layer pads), Lx ≥ (Lo−1)·S + (K−1)·D + 1;
//   wt [Ci·K, Co]: the weights transposed (row c·K + k holds w[:, c, k]); Co a multiple of 16;
//   tile [Lo, Co]: tile[l, o] = Σ_c Σ_k w[o, c, k] · x[c, l·S + k·D], before the bias.
// Each output is one chain of fused multiply-adds from 0 over c·K + k in ascending order, so
// results do not depend on the batch, the thread count or the position block.

/// Fills `tile [Lo, Co]` (see above): 16 output channels × 5 positions per block, in 10 eight-lane
/// accumulators; with the two weight vectors that leaves 4 of the 16 AVX registers for the
/// broadcasts (6 positions spilled, measured). Each weight load serves 5 positions and each
/// broadcast input point 16 channels.
@inlinable
public func channelBlockedConv1D(
    _ x: UnsafePointer<Float>, channels C: Int, length Lx: Int,
    weightsTransposed wt: UnsafePointer<Float>, outputChannels Co: Int,
    kernel K: Int, stride S: Int, dilation D: Int,
    tile: UnsafeMutablePointer<Float>, outLength Lo: Int
) {
    typealias V = SIMD8<Float>
    precondition(Co % 16 == 0, "channelBlockedConv1D needs Co a multiple of 16, got \(Co)")
    precondition(Lo == 0 || (Lo - 1) * S + (K - 1) * D < Lx, "channelBlockedConv1D: input shorter than the output span")
    let S2 = S &+ S, S3 = S2 &+ S, S4 = S3 &+ S
    var o = 0
    while o < Co {
        var l = 0
        while l &+ 5 <= Lo {
            var a0 = V(repeating: 0), b0 = a0, a1 = a0, b1 = a0, a2 = a0, b2 = a0, a3 = a0, b3 = a0
            var a4 = a0, b4 = a0
            var w = wt + o
            var xc = x + l &* S
            for _ in 0..<C {
                var xk = xc
                for _ in 0..<K {
                    let wa = loadLanes(V.self, w), wb = loadLanes(V.self, w + 8)
                    let v0 = V(repeating: xk[0]), v1 = V(repeating: xk[S])
                    let v2 = V(repeating: xk[S2]), v3 = V(repeating: xk[S3])
                    a0 = a0.addingProduct(wa, v0); b0 = b0.addingProduct(wb, v0)
                    a1 = a1.addingProduct(wa, v1); b1 = b1.addingProduct(wb, v1)
                    a2 = a2.addingProduct(wa, v2); b2 = b2.addingProduct(wb, v2)
                    a3 = a3.addingProduct(wa, v3); b3 = b3.addingProduct(wb, v3)
                    let v4 = V(repeating: xk[S4])
                    a4 = a4.addingProduct(wa, v4); b4 = b4.addingProduct(wb, v4)
                    w += Co
                    xk += D
                }
                xc += Lx
            }
            let t = tile + l &* Co + o
            storeLanes(a0, t); storeLanes(b0, t + 8)
            storeLanes(a1, t + Co); storeLanes(b1, t + Co + 8)
            storeLanes(a2, t + 2 &* Co); storeLanes(b2, t + 2 &* Co + 8)
            storeLanes(a3, t + 3 &* Co); storeLanes(b3, t + 3 &* Co + 8)
            storeLanes(a4, t + 4 &* Co); storeLanes(b4, t + 4 &* Co + 8)
            l &+= 5
        }
        while l < Lo {
            var a = V(repeating: 0), b = a
            var w = wt + o
            var xc = x + l &* S
            for _ in 0..<C {
                var xk = xc
                for _ in 0..<K {
                    let v = V(repeating: xk[0])
                    a = a.addingProduct(loadLanes(V.self, w), v); b = b.addingProduct(loadLanes(V.self, w + 8), v)
                    w += Co
                    xk += D
                }
                xc += Lx
            }
            storeLanes(a, tile + l &* Co + o); storeLanes(b, tile + l &* Co + o + 8)
            l &+= 1
        }
        o &+= 16
    }
}
