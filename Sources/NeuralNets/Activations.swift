// Elementwise activations and shape-only layers. Any shape in, the same shape out.

import Foundation
import Tensors

public final class ReLU: Layer {
    private var output = Tensor.empty
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        var y = Tensor(uninitializedShape: x.shape)
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                let ptrs = UnsafeSendable((xp.baseAddress!, yp.baseAddress!))
                Parallel.forEachChunk(xp.count, minimumChunk: 1 << 14) { _, r in
                    let (x, y) = ptrs.value
                    for i in r { y[i] = max(x[i], 0) }
                }
            }
        }
        output = y
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        var dx = Tensor(uninitializedShape: dy.shape)
        output.withUnsafeBufferPointer { o in
            dy.withUnsafeBufferPointer { d in
                dx.withUnsafeMutableBufferPointer { g in
                    let ptrs = UnsafeSendable((o.baseAddress!, d.baseAddress!, g.baseAddress!))
                    Parallel.forEachChunk(g.count, minimumChunk: 1 << 14) { _, r in
                        let (o, d, g) = ptrs.value
                        for i in r { g[i] = o[i] > 0 ? d[i] : 0 }
                    }
                }
            }
        }
        return dx
    }
}

/// max(x, 0) + slope · min(x, 0).
public final class LeakyReLU: Layer {
    public let slope: Float
    private var input = Tensor.empty
    public init(slope: Float = 0.01) { self.slope = slope }
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        input = x
        var y = x
        let a = slope
        y.withUnsafeMutableBufferPointer { p in for i in 0..<p.count where p[i] < 0 { p[i] *= a } }
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        var dx = dy
        let a = slope
        input.withUnsafeBufferPointer { x in
            dx.withUnsafeMutableBufferPointer { d in for i in 0..<d.count where x[i] < 0 { d[i] *= a } }
        }
        return dx
    }
}

public final class Sigmoid: Layer {
    private var output = Tensor.empty
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        var y = x
        y.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = 1 / (1 + exp(-p[i])) } }
        output = y
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        var dx = dy
        output.withUnsafeBufferPointer { y in
            dx.withUnsafeMutableBufferPointer { d in for i in 0..<d.count { d[i] *= y[i] * (1 - y[i]) } }
        }
        return dx
    }
}

public final class Tanh: Layer {
    private var output = Tensor.empty
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        var y = x
        y.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = tanh(p[i]) } }
        output = y
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        var dx = dy
        output.withUnsafeBufferPointer { y in
            dx.withUnsafeMutableBufferPointer { d in for i in 0..<d.count { d[i] *= 1 - y[i] * y[i] } }
        }
        return dx
    }
}

/// log(softplus(x)) = log(log(1 + eˣ)), elementwise: logits whose softmax is the normalised
/// amounts softplus(x_k) / Σ softplus(x). A model ending in it predicts fractions as ratios of
/// non-negative amounts that are linear in x where x ≫ 0 (a linear unmixing stays linear), instead
/// of as exponentials of x (which a plain softmax over x gives).
/// For x < −20: softplus(x) = eˣ to Float precision, so the output is x and the slope 1.
public final class LogSoftplus: Layer {
    private var input = Tensor.empty
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        input = x
        var y = x
        y.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = Self.value(p[i]) } }
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        var dx = dy
        input.withUnsafeBufferPointer { x in
            dx.withUnsafeMutableBufferPointer { d in for i in 0..<d.count { d[i] *= Self.slope(x[i]) } }
        }
        return dx
    }
    static func softplus(_ x: Float) -> Float { x > 20 ? x : log1p(exp(x)) }
    static func value(_ x: Float) -> Float { x < -20 ? x : log(softplus(x)) }
    /// d/dx log(softplus(x)) = sigmoid(x) / softplus(x).
    static func slope(_ x: Float) -> Float { x < -20 ? 1 : 1 / ((1 + exp(-x)) * softplus(x)) }
}

/// Softmax over the last axis.
public final class Softmax: Layer {
    private var output = Tensor.empty
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let K = x.shape.last!, R = x.count / K
        var y = x
        y.withUnsafeMutableBufferPointer { p in
            for r in 0..<R { softmaxInPlace(p.baseAddress! + r * K, count: K) }
        }
        output = y
        return y
    }
    public func backward(_ dy: Tensor) -> Tensor {
        let K = output.shape.last!, R = output.count / K
        var dx = dy
        output.withUnsafeBufferPointer { y in
            dx.withUnsafeMutableBufferPointer { d in
                for r in 0..<R {
                    var dot: Float = 0
                    for k in 0..<K { dot += d[r * K + k] * y[r * K + k] }
                    for k in 0..<K { d[r * K + k] = y[r * K + k] * (d[r * K + k] - dot) }
                }
            }
        }
        return dx
    }
}

/// Numerically stable softmax of `count` values in place.
@inlinable func softmaxInPlace(_ p: UnsafeMutablePointer<Float>, count K: Int) {
    var m = -Float.infinity
    for k in 0..<K { m = max(m, p[k]) }
    var s: Float = 0
    for k in 0..<K { p[k] = exp(p[k] - m); s += p[k] }
    let inv = 1 / s
    for k in 0..<K { p[k] *= inv }
}

/// [B, …] → [B, product of the rest].
public final class Flatten: Layer {
    private var inputShape: [Int] = []
    public init() {}
    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        inputShape = x.shape
        return x.reshaped([x.shape[0], x.count / max(1, x.shape[0])])
    }
    public func backward(_ dy: Tensor) -> Tensor { dy.reshaped(inputShape) }
}

/// Inverted dropout: in training, zeroes each value with probability `rate` and scales the rest
/// by 1 / (1 − rate); the identity at inference. Masks come from the layer's own seeded stream.
public final class Dropout: Layer {
    public let rate: Float
    private var rng: SeededRandom
    private var mask: [Float] = []

    public init(rate: Float, rng: SeededRandom) {
        precondition(rate >= 0 && rate < 1, "Dropout rate must be in [0, 1), got \(rate)")
        self.rate = rate
        self.rng = rng
    }

    /// Replaces the mask stream.
    public func reseed(_ rng: SeededRandom) { self.rng = rng }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        guard training, rate > 0 else { mask = []; return x }
        let keep = 1 - rate, scale = 1 / keep
        if mask.count != x.count { mask = [Float](repeating: 0, count: x.count) }
        let threshold = UInt64(Double(keep) * 0x1p53)
        var stream = rng
        mask.withUnsafeMutableBufferPointer { m in
            for i in 0..<m.count { m[i] = (stream.next() >> 11) < threshold ? scale : 0 }
        }
        rng = stream
        var y = Tensor(uninitializedShape: x.shape)
        x.withUnsafeBufferPointer { xp in
            mask.withUnsafeBufferPointer { m in
                y.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = xp[i] * m[i] } }
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard !mask.isEmpty else { return dy }
        var dx = Tensor(uninitializedShape: dy.shape)
        dy.withUnsafeBufferPointer { d in
            mask.withUnsafeBufferPointer { m in
                dx.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = d[i] * m[i] } }
            }
        }
        return dx
    }
}
