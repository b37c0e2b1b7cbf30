// Pooling over the energy axis.
//
// Shape legend: R = rows (B·C), L = input length, W = window, S = stride,
//   Lo = (L − W) / S + 1 (valid windows only, like Keras and PyTorch defaults).

/// Max pooling of `rows` signals; stores the winning input index per output for the backward pass.
@inlinable
public func maxPool1DForward(_ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
                             y: UnsafeMutablePointer<Float>, argmax: UnsafeMutablePointer<Int32>, outLength Lo: Int) {
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
public func maxPool1DInference(_ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
                               y: UnsafeMutablePointer<Float>, outLength Lo: Int) {
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
public func maxPool1DBackward(_ dy: UnsafePointer<Float>, argmax: UnsafePointer<Int32>, rows R: Int, length L: Int,
                              outLength Lo: Int, dx: UnsafeMutablePointer<Float>) {
    for r in 0..<R {
        let dyr = dy + r * Lo, ar = argmax + r * Lo, dxr = dx + r * L
        for o in 0..<Lo { dxr[Int(ar[o])] += dyr[o] }
    }
}

/// Average pooling of `rows` signals.
@inlinable
public func avgPool1DForward(_ x: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
                             y: UnsafeMutablePointer<Float>, outLength Lo: Int) {
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
public func avgPool1DBackward(_ dy: UnsafePointer<Float>, rows R: Int, length L: Int, window W: Int, stride S: Int,
                              outLength Lo: Int, dx: UnsafeMutablePointer<Float>) {
    let inv = 1 / Float(W)
    for r in 0..<R {
        let dyr = dy + r * Lo, dxr = dx + r * L
        for o in 0..<Lo {
            let g = dyr[o] * inv
            for i in (o * S)..<(o * S + W) { dxr[i] += g }
        }
    }
}
