// Batch normalisation over every axis but the channel axis (Ioffe & Szegedy 2015).
//
// Shape legend: B = batch, C = channels (features), L = length.
//   x [B, C] or [B, C, L]; statistics per channel over B (and L); y has x's shape.
//   Training: y = γ · (x − μ_B) / √(σ²_B + ε) + β, σ²_B biased; running statistics updated as
//   PyTorch does: r ← (1 − m)·r + m·stat, with the UNBIASED variance n/(n−1)·σ²_B.
//   Inference: the running statistics replace the batch statistics.

import Foundation
import Tensors

public final class BatchNorm: Layer {
    public let channels: Int
    public let momentum: Float, epsilon: Float
    public let scale: Parameter  // γ, "weight"
    public let offset: Parameter  // β, "bias"
    public let runningMean: Parameter  // buffer
    public let runningVariance: Parameter  // buffer

    private var normalized = Tensor.empty  // x̂
    private var inverseStd: [Float] = []
    private var inputShape: [Int] = []
    private var trainingPass = false

    public init(_ channels: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        precondition(channels > 0, "BatchNorm needs at least one channel")
        self.channels = channels
        self.momentum = momentum
        self.epsilon = epsilon
        scale = Parameter(Tensor(shape: [channels], repeating: 1))
        offset = Parameter(Tensor(shape: [channels]))
        runningMean = Parameter(Tensor(shape: [channels]), trainable: false)
        runningVariance = Parameter(Tensor(shape: [channels], repeating: 1), trainable: false)
    }

    public var namedParameters: [NamedParameter] {
        [("weight", scale), ("bias", offset), ("running_mean", runningMean), ("running_var", runningVariance)]
    }

    // size: kernel — the per-channel statistics and normalisation in one pass over x.
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(
            (x.rank == 2 || x.rank == 3) && x.shape[1] == channels,
            "BatchNorm(\(channels)) expects [B, \(channels)] or [B, \(channels), L], got \(x.shape)")
        let B = x.shape[0], C = channels, L = x.rank == 3 ? x.shape[2] : 1
        let n = B * L
        inputShape = x.shape
        trainingPass = training
        var mean = [Double](repeating: 0, count: C), variance = [Double](repeating: 0, count: C)
        if training {
            precondition(n > 1, "BatchNorm in training needs more than one value per channel, got \(x.shape)")
            x.withUnsafeBufferPointer { xp in
                mean.withUnsafeMutableBufferPointer { mp in
                    variance.withUnsafeMutableBufferPointer { vp in
                        if L == 1 {
                            // Per channel the same sums in the same order, 8 channels at a time.
                            for b in 0..<B { accumulateDoubles(xp.baseAddress! + b * C, into: mp.baseAddress!, count: C) }
                            for c in 0..<C { mp[c] /= Double(n) }
                            for b in 0..<B {
                                accumulateSquaredDeviations(
                                    xp.baseAddress! + b * C, mean: mp.baseAddress!,
                                    into: vp.baseAddress!, count: C)
                            }
                            return
                        }
                        for b in 0..<B {
                            for c in 0..<C {
                                let row = xp.baseAddress! + (b * C + c) * L
                                var s = 0.0
                                for l in 0..<L { s += Double(row[l]) }
                                mp[c] += s
                            }
                        }
                        for c in 0..<C { mp[c] /= Double(n) }
                        for b in 0..<B {
                            for c in 0..<C {
                                let row = xp.baseAddress! + (b * C + c) * L
                                let m = mp[c]
                                var s = 0.0
                                for l in 0..<L { let d = Double(row[l]) - m; s += d * d }
                                vp[c] += s
                            }
                        }
                    }
                }
            }
            for c in 0..<C { variance[c] /= Double(n) }
            let mom = Double(momentum), unbias = Double(n) / Double(n - 1)
            for c in 0..<C {
                runningMean.value.scalars[c] = Float((1 - mom) * Double(runningMean.value.scalars[c]) + mom * mean[c])
                runningVariance.value.scalars[c] = Float((1 - mom) * Double(runningVariance.value.scalars[c]) + mom * variance[c] * unbias)
            }
        } else {
            for c in 0..<C {
                mean[c] = Double(runningMean.value.scalars[c])
                variance[c] = Double(runningVariance.value.scalars[c])
            }
        }
        inverseStd = (0..<C).map { Float(1 / (variance[$0] + Double(epsilon)).squareRoot()) }
        let meanF = mean.map { Float($0) }
        var xhat = Tensor(uninitializedShape: x.shape)
        var y = Tensor(uninitializedShape: x.shape)
        let gamma = scale.value.scalars, beta = offset.value.scalars
        x.withUnsafeBufferPointer { xp in
            xhat.withUnsafeMutableBufferPointer { hp in
                y.withUnsafeMutableBufferPointer { yp in
                    meanF.withUnsafeBufferPointer { mp in
                        inverseStd.withUnsafeBufferPointer { sp in
                            gamma.withUnsafeBufferPointer { gp in
                                beta.withUnsafeBufferPointer { op in
                                    let ptrs = UnsafeSendable(
                                        (
                                            xp.baseAddress!, hp.baseAddress!, yp.baseAddress!,
                                            mp.baseAddress!, sp.baseAddress!, gp.baseAddress!,
                                            op.baseAddress!
                                        ))
                                    Parallel.forEachChunk(B, minimumChunk: max(1, (1 << 14) / (C * L))) { _, r in
                                        let (x, h, y, m, s, g, o) = ptrs.value
                                        for b in r {
                                            let base = b * C * L
                                            if L == 1 {
                                                normalizeAcrossChannels(x + base, h + base, y + base, m, s, g, o, count: C)
                                            } else {
                                                for c in 0..<C {
                                                    normalizeRun(
                                                        x + base + c * L, h + base + c * L, y + base + c * L,
                                                        m[c], s[c], g[c], o[c], count: L)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        normalized = xhat
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let B = inputShape[0], C = channels, L = inputShape.count == 3 ? inputShape[2] : 1
        let n = Float(B * L)
        var sumDy = [Float](repeating: 0, count: C), sumDyXhat = [Float](repeating: 0, count: C)
        dy.withUnsafeBufferPointer { d in
            normalized.withUnsafeBufferPointer { h in
                if L == 1 {
                    // Vectorised across channels; each channel still sums over the batch in order.
                    sumDy.withUnsafeMutableBufferPointer { s1 in
                        sumDyXhat.withUnsafeMutableBufferPointer { s2 in
                            for b in 0..<B {
                                accumulateSums(
                                    d.baseAddress! + b * C, h.baseAddress! + b * C,
                                    s1.baseAddress!, s2.baseAddress!, count: C)
                            }
                        }
                    }
                } else {
                    for b in 0..<B {
                        for c in 0..<C {
                            let base = (b * C + c) * L
                            var s1: Float = 0, s2: Float = 0
                            for l in 0..<L { s1 += d[base + l]; s2 += d[base + l] * h[base + l] }
                            sumDy[c] += s1
                            sumDyXhat[c] += s2
                        }
                    }
                }
            }
        }
        for c in 0..<C {
            scale.gradient.scalars[c] += sumDyXhat[c]
            offset.gradient.scalars[c] += sumDy[c]
        }
        // Per channel: dx = k·(n·dy − a − x̂·q) in training (k = γ·s/n, a = Σdy, q = Σ(dy·x̂));
        // dx = k·dy with k = γ·s in inference.
        let gamma = scale.value.scalars
        let k = (0..<C).map { trainingPass ? gamma[$0] * inverseStd[$0] / n : gamma[$0] * inverseStd[$0] }
        var dx = Tensor(uninitializedShape: inputShape)
        let training = trainingPass
        dy.withUnsafeBufferPointer { d in
            normalized.withUnsafeBufferPointer { h in
                dx.withUnsafeMutableBufferPointer { dxp in
                    k.withUnsafeBufferPointer { kp in
                        sumDy.withUnsafeBufferPointer { ap in
                            sumDyXhat.withUnsafeBufferPointer { qp in
                                let ptrs = UnsafeSendable(
                                    (
                                        d.baseAddress!, h.baseAddress!, dxp.baseAddress!,
                                        kp.baseAddress!, ap.baseAddress!, qp.baseAddress!
                                    ))
                                Parallel.forEachChunk(B, minimumChunk: max(1, (1 << 14) / (C * L))) { _, r in
                                    let (d, h, dx, k, a, q) = ptrs.value
                                    for b in r {
                                        let base = b * C * L
                                        if L == 1 {
                                            batchNormInputGradient(
                                                d + base, h + base, dx + base, k, a, q, n: n,
                                                training: training, count: C)
                                        } else {
                                            for c in 0..<C {
                                                let o = base + c * L
                                                if training {
                                                    for l in 0..<L { dx[o + l] = k[c] * (n * d[o + l] - a[c] - h[o + l] * q[c]) }
                                                } else {
                                                    for l in 0..<L { dx[o + l] = k[c] * d[o + l] }
                                                }
                                            }
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
}

// Kernels. Every lane does the scalar formula's operations in the same order, so the results
// are bit for bit those of the per-element loops.

/// One sample of [C] (L = 1): x̂ = (x − μ)·s, y = γ·x̂ + β, per channel, 16 channels at a time.
@inline(__always)
private func normalizeAcrossChannels(
    _ x: UnsafePointer<Float>, _ h: UnsafeMutablePointer<Float>,
    _ y: UnsafeMutablePointer<Float>, _ m: UnsafePointer<Float>,
    _ s: UnsafePointer<Float>, _ g: UnsafePointer<Float>, _ o: UnsafePointer<Float>,
    count C: Int
) {
    typealias V = SIMD16<Float>
    var c = 0
    while c + 16 <= C {
        let hv = (loadLanes(V.self, x + c) - loadLanes(V.self, m + c)) * loadLanes(V.self, s + c)
        storeLanes(hv, h + c)
        storeLanes(loadLanes(V.self, g + c) * hv + loadLanes(V.self, o + c), y + c)
        c += 16
    }
    while c < C {
        let hv = (x[c] - m[c]) * s[c]
        h[c] = hv
        y[c] = g[c] * hv + o[c]
        c += 1
    }
}

/// One channel's run of L values with its statistics m, s, γ, β.
@inline(__always)
private func normalizeRun(
    _ x: UnsafePointer<Float>, _ h: UnsafeMutablePointer<Float>, _ y: UnsafeMutablePointer<Float>,
    _ m: Float, _ s: Float, _ g: Float, _ o: Float, count L: Int
) {
    typealias V = SIMD16<Float>
    let mv = V(repeating: m), sv = V(repeating: s), gv = V(repeating: g), ov = V(repeating: o)
    var l = 0
    while l + 16 <= L {
        let hv = (loadLanes(V.self, x + l) - mv) * sv
        storeLanes(hv, h + l)
        storeLanes(gv * hv + ov, y + l)
        l += 16
    }
    while l < L {
        let hv = (x[l] - m) * s
        h[l] = hv
        y[l] = g * hv + o
        l += 1
    }
}

/// s1[c] += dy[c], s2[c] += dy[c]·x̂[c] for one sample of [C].
@inline(__always)
private func accumulateSums(
    _ d: UnsafePointer<Float>, _ h: UnsafePointer<Float>,
    _ s1: UnsafeMutablePointer<Float>, _ s2: UnsafeMutablePointer<Float>, count C: Int
) {
    typealias V = SIMD16<Float>
    var c = 0
    while c + 16 <= C {
        let dv = loadLanes(V.self, d + c)
        storeLanes(loadLanes(V.self, s1 + c) + dv, s1 + c)
        storeLanes(loadLanes(V.self, s2 + c) + dv * loadLanes(V.self, h + c), s2 + c)
        c += 16
    }
    while c < C { s1[c] += d[c]; s2[c] += d[c] * h[c]; c += 1 }
}

/// dx for one sample of [C]: k·(n·dy − a − x̂·q) in training, k·dy in inference.
@inline(__always)
private func batchNormInputGradient(
    _ d: UnsafePointer<Float>, _ h: UnsafePointer<Float>, _ dx: UnsafeMutablePointer<Float>,
    _ k: UnsafePointer<Float>, _ a: UnsafePointer<Float>, _ q: UnsafePointer<Float>,
    n: Float, training: Bool, count C: Int
) {
    typealias V = SIMD16<Float>
    var c = 0
    if training {
        let nv = V(repeating: n)
        while c + 16 <= C {
            let v =
                loadLanes(V.self, k + c)
                * (nv * loadLanes(V.self, d + c) - loadLanes(V.self, a + c) - loadLanes(V.self, h + c) * loadLanes(V.self, q + c))
            storeLanes(v, dx + c)
            c += 16
        }
        while c < C { dx[c] = k[c] * (n * d[c] - a[c] - h[c] * q[c]); c += 1 }
    } else {
        while c + 16 <= C { storeLanes(loadLanes(V.self, k + c) * loadLanes(V.self, d + c), dx + c); c += 16 }
        while c < C { dx[c] = k[c] * d[c]; c += 1 }
    }
}

/// sum[c] += Double(x[c]) for one sample of [C].
@inline(__always)
private func accumulateDoubles(_ x: UnsafePointer<Float>, into sum: UnsafeMutablePointer<Double>, count C: Int) {
    var c = 0
    while c + 8 <= C {
        let v = SIMD8<Double>(loadLanes(SIMD8<Float>.self, x + c))
        storeLanes(loadLanes(SIMD8<Double>.self, sum + c) + v, sum + c)
        c += 8
    }
    while c < C { sum[c] += Double(x[c]); c += 1 }
}

/// sum[c] += (Double(x[c]) − mean[c])² for one sample of [C].
@inline(__always)
private func accumulateSquaredDeviations(
    _ x: UnsafePointer<Float>, mean: UnsafePointer<Double>,
    into sum: UnsafeMutablePointer<Double>, count C: Int
) {
    var c = 0
    while c + 8 <= C {
        let d =
            SIMD8<Double>(loadLanes(SIMD8<Float>.self, x + c))
            - loadLanes(SIMD8<Double>.self, mean + c)
        storeLanes(loadLanes(SIMD8<Double>.self, sum + c) + d * d, sum + c)
        c += 8
    }
    while c < C { let d = Double(x[c]) - mean[c]; sum[c] += d * d; c += 1 }
}
