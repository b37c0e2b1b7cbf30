import Testing
import Tensors
@testable import NeuralNets

@Suite struct SpatialTransformerTests {
    /// A localisation net whose output bias pushes the sampling grid well past the axis edges.
    func transformer(_ transform: SpatialTransformer1D.Transform, bias: [Float], seed: UInt64) -> SpatialTransformer1D {
        var rng = SeededRandom(seed: seed)
        let P = transform.parameterCount
        let out = Dense(4, P, initializer: .glorotUniform, rng: &rng)
        out.bias.value = Tensor(shape: [P], scalars: bias)
        let loc = Sequential([("fc1", Dense(2 * 19, 4, rng: &rng)), ("act", Tanh()), ("out", out)])
        return SpatialTransformer1D(localisation: loc, transform: transform)
    }

    @Test func shiftGradientsIncludingGridEdges() {
        let stn = transformer(.shift, bias: [0.37], seed: 1)
        GradientCheck.check(LayerModel(stn), input: randomInput([3, 2, 19]), epsilon: 3e-3, maxSkippedFraction: 0.25)
        let back = transformer(.shift, bias: [-0.52], seed: 2)
        GradientCheck.check(LayerModel(back), input: randomInput([3, 2, 19]), epsilon: 3e-3, maxSkippedFraction: 0.25)
    }

    @Test func scaleAndShiftGradients() {
        let stn = transformer(.scaleAndShift, bias: [0.21, -0.13], seed: 3)
        GradientCheck.check(LayerModel(stn), input: randomInput([3, 2, 19]), epsilon: 3e-3, maxSkippedFraction: 0.25)
    }

    @Test func resamplerPositionGradientNearEdges() {
        // Positions straddling both ends of a 6-point axis, none on a grid point.
        let x: [Float] = [0.5, -1.2, 2.0, 0.3, 1.1, -0.7]
        let p: [Float] = [-0.9, -0.4, 0.25, 2.6, 4.45, 4.8, 5.3, 5.95, 6.2]
        let dy: [Float] = [1, -2, 0.5, 1.5, -1, 2, 0.7, -0.3, 1.2]
        var dp = [Float](repeating: 0, count: p.count)
        var dx = [Float](repeating: 0, count: x.count)
        func coordinates(_ q: [Float]) -> ([Int32], [Float]) {
            let c = q.map { samplingCoordinate(Double($0)) }
            return (c.map(\.index), c.map(\.weight))
        }
        let (pi, pw) = coordinates(p)
        resampleLinearBackward(x, channels: 1, length: 6, index: pi, weight: pw, count: p.count, dy: dy, dx: &dx, dp: &dp)
        func y(_ q: [Float], _ x: [Float] = x) -> [Float] {
            var out = [Float](repeating: 0, count: q.count)
            let (qi, qw) = coordinates(q)
            resampleLinearForward(x, channels: 1, length: 6, index: qi, weight: qw, count: q.count, y: &out)
            return out
        }
        let e: Float = 1e-3
        for n in p.indices {
            var qp = p, qm = p
            qp[n] += e; qm[n] -= e
            let numeric = (y(qp)[n] - y(qm)[n]) / (2 * e) * dy[n]
            #expect(abs(numeric - dp[n]) < 2e-3, "position \(p[n]): numeric \(numeric), analytic \(dp[n])")
        }
        // dx by finite differences on the input values.
        for i in x.indices {
            var xp = x, xm = x
            xp[i] += e; xm[i] -= e
            let yp = y(p, xp), ym = y(p, xm)
            let numeric = zip(zip(yp, ym), dy).reduce(Float(0)) { $0 + ($1.0.0 - $1.0.1) / (2 * e) * $1.1 }
            #expect(abs(numeric - dx[i]) < 2e-3)
        }
    }

    @Test func zeroInitialisedLocalisationIsTheIdentity() {
        let stn = ModelZoo.stnClassifier(inputLength: 50, localisationHidden: [8], hidden: [6], classes: 3, seed: 1)
        let transformer = stn.layers[0].layer
        let x = randomInput([2, 1, 50])
        let y = transformer.forward(x, training: false)
        #expect(zip(x.scalars, y.scalars).allSatisfy { abs($0 - $1) < 1e-5 })
    }
}
