import Testing
import Foundation
import Tensors
@testable import NeuralNets

@Suite struct CentroidLocatorTests {
    /// A positive peak of width 3 points on a sloping floor, centred at `center` (points).
    func peak(_ center: Double, length: Int = 61) -> [Float] {
        (0..<length).map { i -> Float in
            let d: Double = (Double(i) - center) / 3
            let floor: Double = 0.2 + 0.01 * Double(i)
            return Float(floor + 2 * Foundation.exp(-0.5 * d * d))
        }
    }

    /// Two peaks and a step, all moved rigidly by `shift` points (smooth: no sampling artefacts).
    func spectrum(shift: Double, length: Int = 81) -> [Float] {
        (0..<length).map { i -> Float in
            let u = Double(i) - shift
            let a: Double = (u - 38) / 2.5, b: Double = (u - 44) / 2.5
            let step: Double = 0.3 / (1 + Foundation.exp(-(u - 40) / 2))
            return Float(0.1 + step + 2 * Foundation.exp(-0.5 * a * a) + 0.8 * Foundation.exp(-0.5 * b * b))
        }
    }

    @Test func followsARigidShiftOfTheInput() {
        let L = 81
        let locator = CentroidLocator(reference: 40, sigma: 4)
        let shifts = [-6.3, -2.0, 0.0, 1.7, 5.5]
        let x = Tensor(shape: [shifts.count, L], scalars: shifts.flatMap { spectrum(shift: $0) })
        let theta = locator.forward(x, training: false).scalars.map { Double($0) * Double(L - 1) / 2 }
        // θ moves with the shift, one to one: the same frame whatever the shift.
        for (t, s) in zip(theta, shifts) { #expect(abs((t - theta[2]) - s) < 0.05, "\(theta)") }
    }

    @Test func refinementLocksOntoTheStrongerLine() {
        let L = 81
        // Lines at 38 + s (strong) and 44 + s: the wide centroid sits between them, the refined one on
        // the strong line, and both follow the shift.
        let wide = CentroidLocator(reference: 40, sigma: 4), narrow = CentroidLocator(reference: 40, sigma: 4, refineSigma: 2)
        let shifts = [-3.2, 0.0, 2.6]
        let x = Tensor(shape: [shifts.count, L], scalars: shifts.flatMap { spectrum(shift: $0) })
        let toPoints = { (t: Float) in Double(t) * Double(L - 1) / 2 + 40 }
        let c = wide.forward(x, training: false).scalars.map(toPoints), p = narrow.forward(x, training: false).scalars.map(toPoints)
        #expect(c[1] > 39 && c[1] < 43, "\(c)")
        #expect(abs(p[1] - 38) < 1 && p[1] < c[1] - 0.3, "\(p) vs \(c)")  // the smoothed maximum, pulled a little toward the other line
        for (q, s) in zip(p, shifts) { #expect(abs((q - p[1]) - s) < 0.08, "\(p)") }  // 2σ = 4 points: a little discretisation
        var rng = SeededRandom(seed: 9)
        let noisy = Tensor(shape: [2, L], scalars: (spectrum(shift: 0.4) + spectrum(shift: -1.3)).map { $0 + Float(rng.uniform(0, 0.03)) })
        GradientCheck.check(
            LayerModel(CentroidLocator(reference: 40, sigma: 4, refineSigma: 1.5)), input: noisy,
            epsilon: 1e-3, maxSkippedFraction: 0.25)
    }

    @Test func gradientsMatchFiniteDifferences() {
        let L = 41
        var rng = SeededRandom(seed: 3)
        var scalars: [Float] = []
        for b in 0..<3 {
            let p = peak(18 + 2.3 * Double(b), length: L)
            scalars += p.map { $0 + Float(rng.uniform(0, 0.05)) }
        }
        GradientCheck.check(
            LayerModel(CentroidLocator(reference: 20, sigma: 3)), input: Tensor(shape: [3, L], scalars: scalars),
            epsilon: 1e-3, maxSkippedFraction: 0.25)
    }

    @Test func asTheLocalisationOfATransformerItUndoesTheShift() {
        let stn = SpatialTransformer1D(
            localisation: Sequential([("centroid", CentroidLocator(reference: 40, sigma: 4))]),
            transform: .shift, computesInputGradient: false)
        let L = 81
        let x = Tensor(shape: [2, 1, L], scalars: spectrum(shift: -4) + spectrum(shift: 3))
        let y = stn.forward(x, training: false)
        // Both outputs put the peak at the same place: the maxima coincide.
        let a = Array(y.scalars[0..<L]), b = Array(y.scalars[L..<(2 * L)])
        let argmaxA = a.indices.max { a[$0] < a[$1] }!, argmaxB = b.indices.max { b[$0] < b[$1] }!
        #expect(argmaxA == argmaxB, "\(argmaxA) vs \(argmaxB)")
        // No trainable parameter and no input gradient: backward asks nothing of the layer behind.
        #expect(stn.backward(.empty).count == 0)
    }
}
