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
    public let scale: Parameter       // γ, "weight"
    public let offset: Parameter      // β, "bias"
    public let runningMean: Parameter // buffer
    public let runningVariance: Parameter // buffer

    private var normalized = Tensor.empty // x̂
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

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition((x.rank == 2 || x.rank == 3) && x.shape[1] == channels,
                     "BatchNorm(\(channels)) expects [B, \(channels)] or [B, \(channels), L], got \(x.shape)")
        let B = x.shape[0], C = channels, L = x.rank == 3 ? x.shape[2] : 1
        let n = B * L
        inputShape = x.shape
        trainingPass = training
        var mean = [Double](repeating: 0, count: C), variance = [Double](repeating: 0, count: C)
        if training {
            precondition(n > 1, "BatchNorm in training needs more than one value per channel, got \(x.shape)")
            x.withUnsafeBufferPointer { xp in
                for b in 0..<B { for c in 0..<C {
                    let row = xp.baseAddress! + (b * C + c) * L
                    var s = 0.0
                    for l in 0..<L { s += Double(row[l]) }
                    mean[c] += s
                } }
                for c in 0..<C { mean[c] /= Double(n) }
                for b in 0..<B { for c in 0..<C {
                    let row = xp.baseAddress! + (b * C + c) * L
                    let m = mean[c]
                    var s = 0.0
                    for l in 0..<L { let d = Double(row[l]) - m; s += d * d }
                    variance[c] += s
                } }
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
        var xhat = x
        var y = Tensor(shape: x.shape)
        xhat.withUnsafeMutableBufferPointer { hp in
            y.withUnsafeMutableBufferPointer { yp in
                for b in 0..<B { for c in 0..<C {
                    let base = (b * C + c) * L
                    let m = meanF[c], s = inverseStd[c], g = scale.value.scalars[c], o = offset.value.scalars[c]
                    for l in 0..<L {
                        let h = (hp[base + l] - m) * s
                        hp[base + l] = h
                        yp[base + l] = g * h + o
                    }
                } }
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
                for b in 0..<B { for c in 0..<C {
                    let base = (b * C + c) * L
                    var s1: Float = 0, s2: Float = 0
                    for l in 0..<L { s1 += d[base + l]; s2 += d[base + l] * h[base + l] }
                    sumDy[c] += s1
                    sumDyXhat[c] += s2
                } }
            }
        }
        for c in 0..<C {
            scale.gradient.scalars[c] += sumDyXhat[c]
            offset.gradient.scalars[c] += sumDy[c]
        }
        var dx = Tensor(shape: inputShape)
        dy.withUnsafeBufferPointer { d in
            normalized.withUnsafeBufferPointer { h in
                dx.withUnsafeMutableBufferPointer { dxp in
                    for b in 0..<B { for c in 0..<C {
                        let base = (b * C + c) * L
                        let g = scale.value.scalars[c], s = inverseStd[c]
                        if trainingPass {
                            // dx = γ·s/n · (n·dy − Σdy − x̂·Σ(dy·x̂))
                            let k = g * s / n, a = sumDy[c], bb = sumDyXhat[c]
                            for l in 0..<L { dxp[base + l] = k * (n * d[base + l] - a - h[base + l] * bb) }
                        } else {
                            for l in 0..<L { dxp[base + l] = g * s * d[base + l] }
                        }
                    } }
                }
            }
        }
        return dx
    }
}
