// A fixed (parameter-free) localisation for SpatialTransformer1D: charge referencing by the
// centroid of a line, as an XPS analyst references a spectrum to its C 1s line. The centroid is
// taken in a window that follows it (a few fixed-point iterations from the reference position), so
// a rigid shift of the input moves the centroid by the same amount: the transformer's output is then
// the same whatever the charging shift (up to interpolation and the axis ends).
//
// Shape legend: B = batch, L = length (points of the axis).
//   x [B, L] (the transformer's flattened input, one channel) → θ [B, 1], the normalised shift
//   t = (c − c₀)·2/(L−1), with c the centroid (in points) and c₀ the reference position.
//   c = Σ_{k∈W} k·x_k / Σ_{k∈W} x_k over the window W = [round(c′) − h, round(c′) + h] of the
//   previous iterate c′ (c′ = c₀ to start).
// Backward (W held fixed, as it is almost everywhere): ∂c/∂x_k = (k − c)/S for k ∈ W, S = Σ_W x_k;
//   dx_k = dθ · 2/(L−1) · (k − c)/S.

import Tensors

public final class CentroidLocator: Layer {
    /// Reference position c₀ in points of the axis.
    public let reference: Double
    /// Window half-width h in points.
    public let halfWidth: Int
    /// Fixed-point iterations of the window.
    public let iterations: Int

    private var input = Tensor.empty
    private var centroids: [Double] = []
    private var windows: [ClosedRange<Int>] = []
    private var sums: [Double] = []

    public init(reference: Double, halfWidth: Int, iterations: Int = 6) {
        precondition(halfWidth > 0 && iterations > 0, "CentroidLocator needs halfWidth > 0 and iterations > 0")
        self.reference = reference
        self.halfWidth = halfWidth
        self.iterations = iterations
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 2 && x.shape[1] > 1, "CentroidLocator expects [B, L > 1], got \(x.shape)")
        let B = x.shape[0], L = x.shape[1]
        input = x
        centroids = [Double](repeating: reference, count: B)
        windows = [ClosedRange<Int>](repeating: 0...0, count: B)
        sums = [Double](repeating: 0, count: B)
        var theta = Tensor(shape: [B, 1])
        x.withUnsafeBufferPointer { xp in
            for b in 0..<B {
                let row = xp.baseAddress! + b * L
                var c = reference
                var window = 0...0
                var sum = 0.0
                for _ in 0..<iterations {
                    let mid = Int(c.rounded())
                    let lo = max(0, mid - halfWidth), hi = min(L - 1, mid + halfWidth)
                    guard lo <= hi else { break }
                    var s = 0.0, m = 0.0
                    for k in lo...hi { let v = Double(row[k]); s += v; m += Double(k) * v }
                    guard s > 0 else { break }
                    window = lo...hi
                    sum = s
                    c = m / s
                }
                centroids[b] = c
                windows[b] = window
                sums[b] = sum
                theta.scalars[b] = Float((c - reference) * 2 / Double(L - 1))
            }
        }
        return theta
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let B = input.shape[0], L = input.shape[1]
        var dx = Tensor(shape: input.shape)
        for b in 0..<B where sums[b] > 0 {
            let g = Double(dy.scalars[b]) * 2 / Double(L - 1) / sums[b]
            for k in windows[b] { dx.scalars[b * L + k] = Float(g * (Double(k) - centroids[b])) }
        }
        return dx
    }
}
