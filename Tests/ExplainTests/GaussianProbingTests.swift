import Testing
import Tensors
@testable import Explain

@Suite struct GaussianProbingTests {
    /// A "model" that only looks at points 40…45: p(class 0) = sigmoid(Σ x[40…45] − 2).
    func toyProbabilities(_ x: Tensor) -> Tensor {
        let B = x.shape[0], L = x.shape[2]
        var p = Tensor(shape: [B, 2])
        for b in 0..<B {
            var s: Float = -2
            for i in 40...45 { s += x.scalars[b * L + i] }
            let q = 1 / (1 + exp(-s))
            p[b, 0] = q; p[b, 1] = 1 - q
        }
        return p
    }

    @Test func importancePeaksWhereTheModelLooks() {
        let L = 100
        let spectra = Tensor(shape: [3, 1, L], repeating: 0.3) // p ≈ 0.45: the toy model is sensitive there
        for mode in ProbeMode.allCases {
            let fis = GaussianProbing.importance(spectra: spectra, classIndex: 0, sigmaPoints: 2, stride: 1, mode: mode,
                                                 probabilities: toyProbabilities)
            let best = fis.importance.indices.max { fis.importance[$0] < fis.importance[$1] }!
            #expect((40...45).contains(fis.centers[best]), "\(mode): peak at \(fis.centers[best])")
            #expect(fis.importance[best] > 0.05)
            // Far from 40…45 the probe changes nothing.
            #expect(abs(fis.importance[5]) < 1e-6 && abs(fis.importance[90]) < 1e-6)
        }
        let fis = GaussianProbing.importance(spectra: spectra, classIndex: 0, sigmaPoints: 2, stride: 1, probabilities: toyProbabilities)
        let aligned = GaussianProbing.alignment(fis, lines: [42.5], halfWidth: 8)!
        let misaligned = GaussianProbing.alignment(fis, lines: [80], halfWidth: 8)!
        #expect(aligned > 0.95 && misaligned < 0.05)
    }

    @Test func batchingDoesNotChangeTheResult() {
        var rng = SeededRandom(seed: 2)
        let spectra = Tensor.uniform([2, 1, 100], low: 0, high: 1, rng: &rng)
        let a = GaussianProbing.importance(spectra: spectra, classIndex: 0, sigmaPoints: 3, stride: 2, batch: 7, probabilities: toyProbabilities)
        let b = GaussianProbing.importance(spectra: spectra, classIndex: 0, sigmaPoints: 3, stride: 2, batch: 1000, probabilities: toyProbabilities)
        #expect(a == b)
    }
}

#if canImport(Glibc)
import Glibc
#endif
