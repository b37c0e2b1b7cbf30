// Conv1D's backward pass (the forward and the shape legend: Convolution.swift).
//
// Shape legend: B = batch, Ci = input channels, Co = output channels, L = input length,
//   K = kernel width, Lo = output length, CK = Ci·K; dy [B, Co, Lo] (pooled: Lo / 2), dx [B, Ci, L].
// im2col path: col rebuilt per group, dW += dY · colᵀ per worker (summed in worker order),
// dcol = Wᵀ · dY folded into dx by col2im. Direct path: dW by dot products of the gradient row
// with shifted padded rows, dx by scaled adds into a padded dx.

import Glibc
import Tensors

extension Conv1D {
    // size: kernel — dW, db and dx of both paths over the batch split, in one pass.
    public func backward(_ dy: Tensor) -> Tensor {
        let g = geometry(input)
        let pooled = lastForwardPooled
        let expected = [g.B, g.Co, pooled ? g.Lo / 2 : g.Lo]
        precondition(dy.shape == expected, "Conv1D backward expects \(expected)\(pooled ? " (pooled)" : ""), got \(dy.shape)")
        var dx = computesInputGradient ? Tensor(shape: input.shape) : .empty
        let workers = Parallel.workerCount(g.B)
        let colCount = g.CK * g.G * g.Lo, dyCount = g.Co * g.G * g.Lo
        scratch.reserve(workers: workers, count: g.direct ? 2 * g.Ci * g.Lp + g.Lv : 2 * colCount + dyCount + g.phases)
        // Per-worker dW, db for workers 1…; worker 0 accumulates straight into the parameters.
        gradientScratch.reserve(workers: workers, count: g.Co * g.CK + g.Co)
        let scratch = self.scratch, gradientScratch = self.gradientScratch
        let wantsDx = computesInputGradient
        let relu = lastForwardFusedReLU
        precondition(
            !relu || output.shape == dy.shape,
            "Conv1D with a fused ReLU: backward needs a training forward pass first")
        input.withUnsafeBufferPointer { xp in
            dy.withUnsafeBufferPointer { dyp in
                weight.value.withUnsafeBufferPointer { wp in
                    weight.gradient.withUnsafeMutableBufferPointer { dwp in
                        bias.gradient.withUnsafeMutableBufferPointer { dbp in
                            dx.withUnsafeMutableBufferPointer { dxp in
                                output.withUnsafeBufferPointer { op in
                                    pairWinners.withUnsafeBufferPointer { rp in
                                        // The fused ReLU's gate: this layer's own output (nil when not fused).
                                        let gate = relu ? op.baseAddress : nil
                                        let winners = pooled ? rp.baseAddress : nil
                                        let ptrs = UnsafeSendable(
                                            (
                                                xp.baseAddress!, dyp.baseAddress!, wp.baseAddress!,
                                                dwp.baseAddress!, dbp.baseAddress!, dxp.baseAddress, gate, winners
                                            ))
                                        Parallel.forEachChunk(g.B, workers: workers) { w, range in
                                            let (x, dyAll, W, dW0, db0, dxAll, gateAll, winners) = ptrs.value
                                            let col = scratch[w], dcol = col + colCount, dY = dcol + colCount
                                            let phases = dY + dyCount
                                            let dW = w == 0 ? dW0 : gradientScratch[w]
                                            let db = w == 0 ? db0 : gradientScratch[w] + g.Co * g.CK
                                            if w != 0 { dW.update(repeating: 0, count: g.Co * g.CK + g.Co) }
                                            if g.direct {
                                                Conv1D.backwardDirect(
                                                    x, dyAll, gateAll, winners, W, dW: dW, db: db,
                                                    dx: wantsDx ? dxAll : nil, g, range: range, scratch: scratch[w])
                                                return
                                            }
                                            var s0 = range.lowerBound
                                            while s0 < range.upperBound {
                                                let n = min(g.G, range.upperBound - s0)
                                                let ld = n * g.Lo
                                                Conv1D.fillColumns(x, g, first: s0, count: n, col: col, phases: phases)
                                                for s in 0..<n {
                                                    for c in 0..<g.Co {
                                                        Conv1D.gatherGradientRow(
                                                            dyAll, gate: gateAll, winners: winners, g,
                                                            sample: s0 + s, channel: c, to: dY + c * ld + s * g.Lo)
                                                    }
                                                }
                                                // dW[Co, CK] += dY[Co, ld] · colᵀ
                                                BLAS.sgemm(
                                                    transA: false, transB: true, m: g.Co, n: g.CK, k: ld,
                                                    a: dY, lda: ld, b: col, ldb: ld, beta: 1, c: dW, ldc: g.CK)
                                                for c in 0..<g.Co { db[c] += sumFloats(dY + c * ld, count: ld) }
                                                if wantsDx, let dxAll {
                                                    // dcol[CK, ld] = Wᵀ · dY
                                                    BLAS.sgemm(
                                                        transA: true, transB: false, m: g.CK, n: ld, k: g.Co,
                                                        a: W, lda: g.CK, b: dY, ldb: ld, beta: 0, c: dcol, ldc: ld)
                                                    for s in 0..<n {
                                                        col2imAccumulate(
                                                            dcol + s * g.Lo, ldcol: ld, channels: g.Ci, length: g.L,
                                                            kernel: g.K, stride: g.S, dilation: g.D, padLeft: g.P,
                                                            outLength: g.Lo, dx: dxAll + (s0 + s) * g.Ci * g.L)
                                                    }
                                                }
                                                s0 += n
                                            }
                                        }
                                        // Fold the other workers' partial gradients in, in worker order.
                                        for w in 1..<max(1, workers) {
                                            let part = gradientScratch[w]
                                            for i in 0..<(g.Co * g.CK) { dwp[i] += part[i] }
                                            for c in 0..<g.Co { dbp[c] += part[g.Co * g.CK + c] }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return dx
    }

    /// The direct path's backward for samples `range`: dW, db accumulate; dx (when given) is
    /// written for those samples. `scratch` holds 2·Ci·Lp + Lv floats.
    static func backwardDirect(
        _ x: UnsafePointer<Float>, _ dy: UnsafePointer<Float>, _ gate: UnsafePointer<Float>?,
        _ winners: UnsafePointer<Int32>?, _ W: UnsafePointer<Float>, dW: UnsafeMutablePointer<Float>,
        db: UnsafeMutablePointer<Float>, dx: UnsafeMutablePointer<Float>?,
        _ g: Geometry, range: Range<Int>, scratch: UnsafeMutablePointer<Float>
    ) {
        let xpad = scratch, dxpad = xpad + g.Ci * g.Lp, row = dxpad + g.Ci * g.Lp
        (row + g.Lo).update(repeating: 0, count: g.Lv - g.Lo)
        for s in range {
            fillPadded(x + s * g.Ci * g.L, g, paddedLength: g.Lp, xpad: xpad)
            if dx != nil { dxpad.update(repeating: 0, count: g.Ci * g.Lp) }
            for c in 0..<g.Co {
                // row = this channel's output gradient, zero past Lo.
                gatherGradientRow(dy, gate: gate, winners: winners, g, sample: s, channel: c, to: row)
                db[c] += sumFloats(row, count: g.Lo)
                for i in 0..<g.Ci {
                    for k in 0..<g.K {
                        let j = c * g.CK + i * g.K + k
                        dW[j] += dotFloats16(row, xpad + i * g.Lp + k, count: g.Lv)
                        if dx != nil { accumulateScaled16(row, scale: W[j], into: dxpad + i * g.Lp + k, count: g.Lv) }
                    }
                }
            }
            if let dx {
                for i in 0..<g.Ci {
                    accumulateFloats(from: dxpad + i * g.Lp + g.P, into: dx + (s * g.Ci + i) * g.L, count: g.L)
                }
            }
        }
    }

    /// Sample s, channel c's output gradient [Lo] into dst: through the fused ReLU's gate (the
    /// output, pooled or not), and spread from the pooled gradient to the pairs' winners when
    /// the last forward pooled.
    @inline(__always)
    static func gatherGradientRow(
        _ dy: UnsafePointer<Float>, gate: UnsafePointer<Float>?,
        winners: UnsafePointer<Int32>?, _ g: Geometry, sample s: Int, channel c: Int,
        to dst: UnsafeMutablePointer<Float>
    ) {
        if let winners {
            let n = g.Lo / 2, o = (s * g.Co + c) * n
            pairMaxBackward(dy + o, gate: gate.map { $0 + o }, right: winners + o, count: n, to: dst, length: g.Lo)
        } else {
            let o = (s * g.Co + c) * g.Lo
            if let gate { copyFloats(from: dy + o, gatedBy: gate + o, to: dst, count: g.Lo) } else { copyFloats(from: dy + o, to: dst, count: g.Lo) }
        }
    }
}
