// Pooling over the energy axis.
//
// Shape legend: B = batch, C = channels, L = length, W = window, S = stride, Lo = (L − W) / S + 1.
//   Windowed pools: x [B, C, L] → y [B, C, Lo]. Global pools: x [B, C, L] → y [B, C].

import Tensors

public final class MaxPool1D: Layer {
    public let window: Int, stride: Int
    private var inputShape: [Int] = []
    private var argmax: [Int32] = []

    public init(_ window: Int, stride: Int? = nil) {
        precondition(window > 0 && (stride ?? window) > 0, "MaxPool1D needs positive window and stride")
        self.window = window
        self.stride = stride ?? window
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 3 && x.shape[2] >= window, "MaxPool1D(\(window)) expects [B, C, L ≥ \(window)], got \(x.shape)")
        let R = x.shape[0] * x.shape[1], L = x.shape[2], Lo = (L - window) / stride + 1
        inputShape = x.shape
        var y = Tensor(uninitializedShape: [x.shape[0], x.shape[1], Lo])
        let (window, stride) = (self.window, self.stride)
        if !training {
            x.withUnsafeBufferPointer { xp in
                y.withUnsafeMutableBufferPointer { yp in
                    let ptrs = UnsafeSendable((xp.baseAddress!, yp.baseAddress!))
                    Parallel.forEachChunk(R, minimumChunk: max(1, (1 << 13) / max(1, L))) { _, r in
                        let (x, y) = ptrs.value
                        maxPool1DInference(
                            x + r.lowerBound * L, rows: r.count, length: L, window: window, stride: stride,
                            y: y + r.lowerBound * Lo, outLength: Lo)
                    }
                }
            }
            argmax = []
            return y
        }
        if argmax.count != R * Lo { argmax = [Int32](repeating: 0, count: R * Lo) }
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                argmax.withUnsafeMutableBufferPointer { ap in
                    let ptrs = UnsafeSendable((xp.baseAddress!, yp.baseAddress!, ap.baseAddress!))
                    Parallel.forEachChunk(R, minimumChunk: max(1, (1 << 13) / max(1, L))) { _, r in
                        let (x, y, a) = ptrs.value
                        maxPool1DForward(
                            x + r.lowerBound * L, rows: r.count, length: L, window: window, stride: stride,
                            y: y + r.lowerBound * Lo, argmax: a + r.lowerBound * Lo, outLength: Lo)
                    }
                }
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let R = inputShape[0] * inputShape[1], L = inputShape[2], Lo = dy.shape[2]
        let pairs = window == 2 && stride == 2
        var dx = pairs ? Tensor(uninitializedShape: inputShape) : Tensor(shape: inputShape)
        dy.withUnsafeBufferPointer { dyp in
            argmax.withUnsafeBufferPointer { ap in
                dx.withUnsafeMutableBufferPointer { dxp in
                    let ptrs = UnsafeSendable((dyp.baseAddress!, ap.baseAddress!, dxp.baseAddress!))
                    Parallel.forEachChunk(R, minimumChunk: max(1, (1 << 13) / max(1, L))) { _, r in
                        let (dy, a, dx) = ptrs.value
                        if pairs {
                            maxPool1DBackwardPairs(
                                dy + r.lowerBound * Lo, argmax: a + r.lowerBound * Lo, rows: r.count,
                                length: L, outLength: Lo, dx: dx + r.lowerBound * L)
                        } else {
                            maxPool1DBackward(
                                dy + r.lowerBound * Lo, argmax: a + r.lowerBound * Lo, rows: r.count,
                                length: L, outLength: Lo, dx: dx + r.lowerBound * L)
                        }
                    }
                }
            }
        }
        return dx
    }
}

public final class AvgPool1D: Layer {
    public let window: Int, stride: Int
    private var inputShape: [Int] = []

    public init(_ window: Int, stride: Int? = nil) {
        precondition(window > 0 && (stride ?? window) > 0, "AvgPool1D needs positive window and stride")
        self.window = window
        self.stride = stride ?? window
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 3 && x.shape[2] >= window, "AvgPool1D(\(window)) expects [B, C, L ≥ \(window)], got \(x.shape)")
        let R = x.shape[0] * x.shape[1], L = x.shape[2], Lo = (L - window) / stride + 1
        inputShape = x.shape
        var y = Tensor(shape: [x.shape[0], x.shape[1], Lo])
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                avgPool1DForward(
                    xp.baseAddress!, rows: R, length: L, window: window, stride: stride,
                    y: yp.baseAddress!, outLength: Lo)
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let R = inputShape[0] * inputShape[1], L = inputShape[2], Lo = dy.shape[2]
        var dx = Tensor(shape: inputShape)
        dy.withUnsafeBufferPointer { dyp in
            dx.withUnsafeMutableBufferPointer { dxp in
                avgPool1DBackward(
                    dyp.baseAddress!, rows: R, length: L, window: window, stride: stride,
                    outLength: Lo, dx: dxp.baseAddress!)
            }
        }
        return dx
    }
}

/// Maximum over the whole length: [B, C, L] → [B, C].
public final class GlobalMaxPool1D: Layer {
    private var inputShape: [Int] = []
    private var argmax: [Int] = []

    public init() {}

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 3 && x.shape[2] > 0, "GlobalMaxPool1D expects [B, C, L], got \(x.shape)")
        let R = x.shape[0] * x.shape[1], L = x.shape[2]
        inputShape = x.shape
        var winners = [Int](repeating: 0, count: R)
        var y = Tensor(uninitializedShape: [x.shape[0], x.shape[1]])
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                winners.withUnsafeMutableBufferPointer { ap in
                    for r in 0..<R {
                        let xr = xp.baseAddress! + r * L
                        var best = xr[0], bi = 0
                        for i in 1..<L where xr[i] > best { best = xr[i]; bi = i }
                        yp[r] = best
                        ap[r] = r * L + bi
                    }
                }
            }
        }
        argmax = winners
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        var dx = Tensor(shape: inputShape)
        dx.withUnsafeMutableBufferPointer { dxp in
            dy.withUnsafeBufferPointer { dyp in
                argmax.withUnsafeBufferPointer { ap in
                    for r in 0..<ap.count { dxp[ap[r]] += dyp[r] }
                }
            }
        }
        return dx
    }
}

/// Mean over the whole length: [B, C, L] → [B, C].
public final class GlobalAvgPool1D: Layer {
    private var inputShape: [Int] = []

    public init() {}

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 3 && x.shape[2] > 0, "GlobalAvgPool1D expects [B, C, L], got \(x.shape)")
        let R = x.shape[0] * x.shape[1], L = x.shape[2]
        inputShape = x.shape
        var y = Tensor(shape: [x.shape[0], x.shape[1]])
        let inv = 1 / Float(L)
        x.withUnsafeBufferPointer { xp in
            for r in 0..<R {
                var s: Float = 0
                for i in 0..<L { s += xp[r * L + i] }
                y.scalars[r] = s * inv
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let L = inputShape[2]
        var dx = Tensor(shape: inputShape)
        let inv = 1 / Float(L)
        dx.withUnsafeMutableBufferPointer { dxp in
            for r in 0..<dy.count {
                let g = dy.scalars[r] * inv
                for i in 0..<L { dxp[r * L + i] = g }
            }
        }
        return dx
    }
}
