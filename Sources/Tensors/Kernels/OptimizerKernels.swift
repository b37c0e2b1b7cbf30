// Per-element optimizer updates.
//
// Shape legend: N = number of scalars in one parameter tensor; w = weights, g = gradient,
// m, v = Adam's first and second moments.

/// Adam update of N scalars (PyTorch form):
///   g' = g + l2·w; m ← β1·m + (1−β1)·g'; v ← β2·v + (1−β2)·g'²;
///   w ← w − stepSize · m / (√v / rootCorrection2 + ε), stepSize = lr / (1 − β1^t).
@inlinable
public func adamUpdate(
    _ w: UnsafeMutablePointer<Float>, _ g: UnsafePointer<Float>,
    _ m: UnsafeMutablePointer<Float>, _ v: UnsafeMutablePointer<Float>, count N: Int,
    beta1: Float, beta2: Float, stepSize: Float, rootCorrection2: Float, epsilon: Float, l2: Float
) {
    let c1 = 1 - beta1, c2 = 1 - beta2, invRoot = 1 / rootCorrection2
    // 16 lanes at a time, the same operations in the same order as the scalar tail (no fused
    // multiply-adds), so the result is bit for bit the scalar one; the compiler keeps the plain
    // loop scalar because it cannot prove the four buffers apart.
    typealias V = SIMD16<Float>
    let b1v = V(repeating: beta1), b2v = V(repeating: beta2), c1v = V(repeating: c1), c2v = V(repeating: c2)
    let stepv = V(repeating: stepSize), invv = V(repeating: invRoot), epsv = V(repeating: epsilon), l2v = V(repeating: l2)
    var j0 = 0
    while j0 + 16 <= N {
        let wj = loadLanes(V.self, w + j0)
        var gj = loadLanes(V.self, g + j0)
        if l2 != 0 { gj = gj + l2v * wj }
        let mj = b1v * loadLanes(V.self, m + j0) + c1v * gj
        let vj = b2v * loadLanes(V.self, v + j0) + c2v * gj * gj
        storeLanes(mj, m + j0)
        storeLanes(vj, v + j0)
        storeLanes(wj - stepv * mj / (laneSquareRoot(vj) * invv + epsv), w + j0)
        j0 += 16
    }
    if l2 == 0 {
        for j in j0..<N {
            let gj = g[j]
            let mj = beta1 * m[j] + c1 * gj
            let vj = beta2 * v[j] + c2 * gj * gj
            m[j] = mj; v[j] = vj
            w[j] -= stepSize * mj / (vj.squareRoot() * invRoot + epsilon)
        }
    } else {
        for j in j0..<N {
            let gj = g[j] + l2 * w[j]
            let mj = beta1 * m[j] + c1 * gj
            let vj = beta2 * v[j] + c2 * gj * gj
            m[j] = mj; v[j] = vj
            w[j] -= stepSize * mj / (vj.squareRoot() * invRoot + epsilon)
        }
    }
}
