// Gradient × input: a first-order attribution of a class probability to each input point.
//
// Shape legend: N = spectra, L = axis points, K = classes.
// For a spectrum x and class c with probabilities p = softmax(z(x)):
//   importance_i = x_i · ∂p_c/∂x_i,   ∂p_c/∂z_k = p_c (δ_ck − p_k)
// averaged over the spectra (Shrikumar et al., arXiv:1605.01713). Positive: raising the intensity
// at i raises p_c (to first order), so the point supports c.

import Tensors

public enum GradientTimesInput {
    /// Gradient × input of class `classIndex` over `spectra` [N, 1, L], at every point (centres 0..<L).
    /// `logits(x)` runs the model on x [1, 1, L] in inference mode and returns the logits [1, K];
    /// `inputGradient(dLogits)`, called right after, returns the input gradient [1, 1, L] of Σ dLogits·logits.
    public static func importance(
        spectra: Tensor, classIndex: Int,
        logits: (Tensor) -> Tensor, inputGradient: (Tensor) -> Tensor
    ) -> FeatureImportance {
        precondition(spectra.rank == 3 && spectra.shape[1] == 1, "spectra must be [N, 1, L], got \(spectra.shape)")
        let N = spectra.shape[0], L = spectra.shape[2]
        var total = [Double](repeating: 0, count: L)
        for n in 0..<N {
            let x = Array(spectra.scalars[(n * L)..<((n + 1) * L)])
            let z = logits(Tensor(shape: [1, 1, L], scalars: x)).scalars
            let top = z.max() ?? 0
            let e = z.map { Double($0 - top) }.map(_exp)
            let sum = e.reduce(0, +)
            let p = e.map { $0 / sum }
            let dz = p.indices.map { Float(p[classIndex] * (($0 == classIndex ? 1 : 0) - p[$0])) }
            let g = inputGradient(Tensor(shape: [1, z.count], scalars: dz)).scalars
            precondition(g.count == L, "the model returned no input gradient (\(g.count) values for \(L) points)")
            for i in 0..<L { total[i] += Double(x[i]) * Double(g[i]) }
        }
        return FeatureImportance(centers: Array(0..<L), importance: total.map { $0 / Double(max(1, N)) }, count: N)
    }
}
