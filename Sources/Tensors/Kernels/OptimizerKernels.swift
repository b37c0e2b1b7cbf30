// Per-element optimizer updates.
//
// Shape legend: N = number of scalars in one parameter tensor; w = weights, g = gradient,
// m, v = Adam's first and second moments.

/// Adam update of N scalars (PyTorch form):
///   g' = g + l2·w; m ← β1·m + (1−β1)·g'; v ← β2·v + (1−β2)·g'²;
///   w ← w − stepSize · m / (√v / rootCorrection2 + ε), stepSize = lr / (1 − β1^t).
@inlinable
public func adamUpdate(_ w: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>,
                       _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>, count N: Int,
                       beta1: Float, beta2: Float, stepSize: Float, rootCorrection2: Float, epsilon: Float, l2: Float) {
    let c1 = 1 - beta1, c2 = 1 - beta2, invRoot = 1 / rootCorrection2
    if l2 == 0 {
        for j in 0..<N {
            let gj = g[j]
            let mj = beta1 * m[j] + c1 * gj
            let vj = beta2 * v[j] + c2 * gj * gj
            m[j] = mj; v[j] = vj
            w[j] -= stepSize * mj / (vj.squareRoot() * invRoot + epsilon)
        }
    } else {
        for j in 0..<N {
            let gj = g[j] + l2 * w[j]
            let mj = beta1 * m[j] + c1 * gj
            let vj = beta2 * v[j] + c2 * gj * gj
            m[j] = mj; v[j] = vj
            w[j] -= stepSize * mj / (vj.squareRoot() * invRoot + epsilon)
        }
    }
}
