import Foundation
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
        let spectra = Tensor(shape: [3, 1, L], repeating: 0.3)  // p ≈ 0.45: the toy model is sensitive there
        for mode in ProbeMode.allCases {
            let fis = GaussianProbing.importance(
                spectra: spectra, classIndex: 0, sigmaPoints: 2, stride: 1, mode: mode,
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

@Suite struct AttributionComparisonTests {
    /// p(class 0) = sigmoid(Σ x[40…45] − 2), as in GaussianProbingTests.
    func toyProbabilities(_ x: Tensor) -> Tensor {
        GaussianProbingTests().toyProbabilities(x)
    }

    @Test func alignmentIsTheShareOfPositiveImportanceNearTheLines() throws {
        // Importance 1 at points 10 and 50, 2 at 90, negative at 30 (ignored): lines at 10 and 50 hold 2 of 4.
        var importance = [Double](repeating: 0, count: 100)
        importance[10] = 1; importance[50] = 1; importance[90] = 2; importance[30] = -5
        let fis = FeatureImportance(centers: Array(0..<100), importance: importance, count: 1)
        #expect(GaussianProbing.alignment(fis, lines: [10.4, 51], halfWidth: 1) == 0.5)
        // The window is one half-width each side: 52.1 is too far from 50.
        #expect(GaussianProbing.alignment(fis, lines: [10.4, 52.1], halfWidth: 1) == 0.25)
        #expect(GaussianProbing.alignment(fis, lines: [10, 50, 90], halfWidth: 1) == 1)
        // No positive importance: undefined.
        let none = FeatureImportance(centers: [0, 1], importance: [-1, 0], count: 1)
        #expect(GaussianProbing.alignment(none, lines: [0], halfWidth: 1) == nil)
    }

    @Test func slidingWindowOcclusionFindsTheRegionTheModelReads() {
        let spectra = Tensor(shape: [2, 1, 100], repeating: 0.3)
        let occ = GaussianProbing.slidingWindow(spectra: spectra, classIndex: 0, widthPoints: 5, stride: 1, probabilities: toyProbabilities)
        let best = occ.importance.indices.max { occ.importance[$0] < occ.importance[$1] }!
        #expect((40...45).contains(occ.centers[best]))
        // A 5-point box reaches 2 points each side: at 37 it touches nothing the model reads, at 38 it does.
        #expect(abs(occ.importance[37]) < 1e-7 && occ.importance[38] > 0.01)
        #expect(GaussianProbing.alignment(occ, lines: [42.5], halfWidth: 6)! == 1)
    }

    @Test func gradientTimesInputOfALinearLogitIsExact() {
        // Two classes, logits z0 = Σ w_i x_i, z1 = 0, w_i = 1 on 40…45, else 0.
        let L = 100
        var rng = SeededRandom(seed: 4)
        let spectra = Tensor.uniform([3, 1, L], low: 0, high: 1, rng: &rng)
        var last: [Float] = []
        let gi = GradientTimesInput.importance(
            spectra: spectra, classIndex: 0,
            logits: { x in
                last = x.scalars
                let z0 = (40...45).reduce(Float(0)) { $0 + x.scalars[$1] }
                return Tensor(shape: [1, 2], scalars: [z0, 0])
            },
            inputGradient: { dz in
                Tensor(shape: [1, 1, L], scalars: (0..<L).map { (40...45).contains($0) ? dz.scalars[0] : 0 })
            })
        #expect(gi.centers == Array(0..<L))
        // Expected: mean over spectra of x_i · p0 (1 − p0) on 40…45, zero elsewhere.
        for i in [0, 39, 46, 99] { #expect(gi.importance[i] == 0) }
        var expected = 0.0
        for n in 0..<3 {
            let x = Array(spectra.scalars[(n * L)..<((n + 1) * L)])
            let z = Double((40...45).reduce(Float(0)) { $0 + x[$1] })
            let p = 1 / (1 + exp(-z))
            expected += Double(x[42]) * p * (1 - p) / 3
        }
        #expect(abs(gi.importance[42] - expected) < 1e-5)
        #expect(!last.isEmpty)
    }

    @Test func occludingAllZeroesEveryCentreAndLeavesTheRest() {
        let x = [Float](repeating: 2, count: 100)
        let y = GaussianProbing.occludingAll(x, centers: [20, 70.5], sigmaPoints: 2)
        #expect(y[20] == 0)
        #expect(abs(y[70] - 2 * Float(1 - Foundation.exp(-0.5 * 0.25 / 4))) < 1e-6)
        #expect(y[0] == 2 && y[45] == 2 && y[99] == 2)
        #expect(y[22] > 0 && y[22] < 2)
        // Centres off the axis change nothing; the input is not modified.
        #expect(GaussianProbing.occludingAll(x, centers: [-50, 500], sigmaPoints: 2) == x)
    }
}
