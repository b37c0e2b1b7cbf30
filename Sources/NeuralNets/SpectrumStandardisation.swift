// Per-spectrum standardisation: each row of the input to zero mean and unit variance, so a network
// behind it sees O(1) values whatever the spectrum's scale (a unit-area spectrum holds ~1e-3 per
// point). No parameters; the statistics are the spectrum's own, in training and inference alike.
//
// Shape legend: B = batch, F = features (C·L of a flattened spectrum).
//   x [B, F] → y [B, F];  μ_b = Σ_i x_bi / F,  σ²_b = Σ_i (x_bi − μ_b)² / F (biased),
//   y_bi = (x_bi − μ_b) / √(σ²_b + ε),  ε = `epsilon` (absolute, in x's units squared).
// Backward: with ŷ = y and s_b = 1/√(σ²_b + ε),
//   dx_bi = s_b · (dy_bi − mean_i(dy_b) − ŷ_bi · mean_i(dy_b · ŷ_b)).

import Tensors

public final class SpectrumStandardisation: Layer {
    /// Added to the variance; small against the variance of a unit-area spectrum on 0.1–1 eV
    /// steps (~1e-6), so it only matters for a spectrum that is constant.
    public let epsilon: Float

    private var output = Tensor.empty
    private var inverseStd: [Float] = []

    public init(epsilon: Float = 1e-12) {
        precondition(epsilon >= 0, "epsilon must be non-negative, got \(epsilon)")
        self.epsilon = epsilon
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 2 && x.shape[1] > 0, "SpectrumStandardisation expects [B, F > 0], got \(x.shape)")
        let B = x.shape[0], F = x.shape[1]
        var y = Tensor(uninitializedShape: x.shape)
        inverseStd = [Float](repeating: 0, count: B)
        let eps = Double(epsilon)
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                for b in 0..<B {
                    let row = xp.baseAddress! + b * F, out = yp.baseAddress! + b * F
                    var sum = 0.0
                    for i in 0..<F { sum += Double(row[i]) }
                    let mean = sum / Double(F)
                    var squares = 0.0
                    for i in 0..<F { squares += (Double(row[i]) - mean) * (Double(row[i]) - mean) }
                    let s = 1 / (squares / Double(F) + eps).squareRoot()
                    inverseStd[b] = Float(s)
                    for i in 0..<F { out[i] = Float((Double(row[i]) - mean) * s) }
                }
            }
        }
        output = y
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        guard dy.count > 0 else { return .empty }
        let B = output.shape[0], F = output.shape[1]
        var dx = Tensor(uninitializedShape: output.shape)
        output.withUnsafeBufferPointer { yp in
            dy.withUnsafeBufferPointer { dp in
                dx.withUnsafeMutableBufferPointer { gp in
                    for b in 0..<B {
                        let y = yp.baseAddress! + b * F, d = dp.baseAddress! + b * F, g = gp.baseAddress! + b * F
                        var meanD = 0.0, meanDY = 0.0
                        for i in 0..<F {
                            meanD += Double(d[i])
                            meanDY += Double(d[i]) * Double(y[i])
                        }
                        meanD /= Double(F)
                        meanDY /= Double(F)
                        let s = Double(inverseStd[b])
                        for i in 0..<F { g[i] = Float(s * (Double(d[i]) - meanD - Double(y[i]) * meanDY)) }
                    }
                }
            }
        }
        return dx
    }
}
