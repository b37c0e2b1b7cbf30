// A fixed (parameter-free) localisation for SpatialTransformer1D: charge referencing by the
// position of a line, as an XPS analyst references a spectrum to its C 1s line. The position is the
// mean-shift fixed point of a Gaussian window: the intensity-weighted centroid under a Gaussian of
// width σ centred on the previous estimate, iterated from the reference position until it stops
// moving. A rigid shift of the input moves that fixed point by the same amount, so the transformer's
// output is the same whatever the charging shift (up to interpolation and the axis ends).
//
// Shape legend: B = batch, L = length (points of the axis).
//   x [B, L] (the transformer's flattened input, one channel) → θ [B, 1], the normalised shift
//   t = (c − c₀)·2/(L−1), with c the fixed point (in points) and c₀ the reference position.
//   w_k = exp(−(k − c)²/2σ²) for |k − c| ≤ 3σ, S = Σ w_k x_k, c = Σ k w_k x_k / S.
// With refineSigma, a second mean shift of that σ starts from the first's fixed point; the output
// is the second's fixed point, which (within its basin) does not depend on where it started.
// Backward (implicit differentiation of the final fixed point c = F(c, x), σ of the final stage):
//   ∂F/∂x_k = w_k (k − c)/S,  ∂F/∂c = Σ w_k x_k (k − c)²/(σ² S) = V/σ²,
//   dc/dx_k = w_k (k − c) / (S (1 − V/σ²)),  dx_k = dθ · 2/(L−1) · dc/dx_k.

import Foundation
import Tensors

public final class CentroidLocator: Layer {
    /// Reference position c₀ in points of the axis.
    public let reference: Double
    /// Width σ of the Gaussian window in points (truncated at 3σ).
    public let sigma: Double
    /// At most this many mean-shift iterations (stops earlier when a step is below 1e-7 points).
    public let iterations: Int
    /// When given, a second mean shift with this narrower σ (points) starts where the first stopped
    /// and locks onto the nearest maximum (e.g. the aliphatic C 1s line itself rather than the
    /// centroid of the whole C 1s region, which moves with the mixture's composition).
    public let refineSigma: Double?

    private var input = Tensor.empty
    private var centroids: [Double] = []

    public init(reference: Double, sigma: Double, refineSigma: Double? = nil, iterations: Int = 100) {
        precondition(sigma > 0 && iterations > 0 && (refineSigma ?? 1) > 0, "CentroidLocator needs sigma > 0, refineSigma > 0 and iterations > 0")
        self.reference = reference
        self.sigma = sigma
        self.refineSigma = refineSigma
        self.iterations = iterations
    }

    /// σ of the stage whose fixed point is the output (the refinement when there is one).
    private var finalSigma: Double { refineSigma ?? sigma }

    /// Window of c: indices within 3σ and their Gaussian weights.
    private func window(_ c: Double, length L: Int, sigma: Double) -> (range: ClosedRange<Int>, weight: (Int) -> Double)? {
        let lo = max(0, Int((c - 3 * sigma).rounded(.up))), hi = min(L - 1, Int((c + 3 * sigma).rounded(.down)))
        guard lo <= hi else { return nil }
        let s2 = 2 * sigma * sigma
        return (
            lo...hi,
            { k in
                let d = Double(k) - c; return Foundation.exp(-d * d / s2)
            }
        )
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 2 && x.shape[1] > 1, "CentroidLocator expects [B, L > 1], got \(x.shape)")
        let B = x.shape[0], L = x.shape[1]
        input = x
        centroids = [Double](repeating: reference, count: B)
        var theta = Tensor(shape: [B, 1])
        x.withUnsafeBufferPointer { xp in
            for b in 0..<B {
                let row = xp.baseAddress! + b * L
                var c = reference
                for stageSigma in [sigma] + (refineSigma.map { [$0] } ?? []) {
                    for _ in 0..<iterations {
                        guard let (range, w) = window(c, length: L, sigma: stageSigma) else { break }
                        var s = 0.0, m = 0.0
                        for k in range { let v = w(k) * Double(row[k]); s += v; m += Double(k) * v }
                        guard s > 0 else { break }
                        let next = m / s
                        let step = abs(next - c)
                        c = next
                        if step < 1e-7 { break }
                    }
                }
                centroids[b] = c
                theta.scalars[b] = Float((c - reference) * 2 / Double(L - 1))
            }
        }
        return theta
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let B = input.shape[0], L = input.shape[1]
        var dx = Tensor(shape: input.shape)
        for b in 0..<B {
            let c = centroids[b]
            let sigma = finalSigma
            guard let (range, w) = window(c, length: L, sigma: sigma) else { continue }
            var s = 0.0, v = 0.0
            for k in range { let d = Double(k) - c; let wx = w(k) * Double(input.scalars[b * L + k]); s += wx; v += wx * d * d }
            guard s > 0 else { continue }
            let denominator = s * (1 - v / s / (sigma * sigma))
            guard abs(denominator) > 1e-12 else { continue }
            let g = Double(dy.scalars[b]) * 2 / Double(L - 1) / denominator
            for k in range { dx.scalars[b * L + k] = Float(g * w(k) * (Double(k) - c)) }
        }
        return dx
    }
}
