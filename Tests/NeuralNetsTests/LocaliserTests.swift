// The localisation network's options (issue #22): the per-spectrum standardisation layer's
// gradients, the options' transformers' gradients end to end, the default build unchanged, and
// per-parameter learning-rate factors in the optimizers.

import Testing
import Tensors
@testable import NeuralNets

@Suite struct LocaliserTests {
    @Test func spectrumStandardisationGradients() {
        GradientCheck.check(LayerModel(SpectrumStandardisation()), input: randomInput([4, 9]))
        // Unit-area-like inputs: small positive values with an offset.
        var x = randomInput([3, 12], seed: 7)
        x.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = 1e-2 + 3e-3 * p[i] } }
        GradientCheck.check(LayerModel(SpectrumStandardisation()), input: x, epsilon: 1e-5)
    }

    @Test func spectrumStandardisationGivesMeanZeroVarianceOne() {
        var x = randomInput([2, 50], seed: 3)
        x.withUnsafeMutableBufferPointer { p in for i in 0..<p.count { p[i] = 1e-3 * (2 + p[i]) } }
        let y = SpectrumStandardisation().forward(x, training: false)
        for b in 0..<2 {
            let row = y.scalars[(b * 50)..<((b + 1) * 50)].map(Double.init)
            let mean = row.reduce(0, +) / 50
            let variance = row.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 50
            #expect(abs(mean) < 1e-5 && abs(variance - 1) < 1e-4)
        }
    }

    static let options: [ModelZoo.LocaliserOptions] = [
        .init(activation: .leakyReLU(slope: 0.01), normalisation: .none),
        .init(activation: .relu, normalisation: .batch),
        .init(activation: .leakyReLU(slope: 0.01), normalisation: .input)
    ]

    /// The transformer with each option set, its localisation's last layer made non-zero so that
    /// the gradient flows through every localisation layer, checked by finite differences.
    @Test(arguments: options)
    func transformerGradientsWithLocaliserOptions(_ options: ModelZoo.LocaliserOptions) {
        var rng = SeededRandom(seed: 11)
        let loc = ModelZoo.localisation(inputLength: 2 * 19, hidden: [6, 4], outputs: 1, options: options, inputGradient: true, rng: &rng)
        let out = loc.namedParameters.first { $0.name == "out.weight" }!.parameter
        out.value = .normal(out.value.shape, rng: &rng)
        loc.namedParameters.first { $0.name == "out.bias" }!.parameter.value = Tensor(shape: [1], scalars: [0.31])
        let stn = SpatialTransformer1D(localisation: loc, transform: .shift)
        GradientCheck.check(LayerModel(stn), input: randomInput([4, 2, 19]), epsilon: 3e-3, maxSkippedFraction: 0.25)
    }

    @Test func defaultOptionsBuildThePublishedTransformerUnchanged() {
        let a = ModelZoo.stnClassifier(inputLength: 40, hidden: [8], classes: 3, seed: 4)
        let b = ModelZoo.stnClassifier(inputLength: 40, hidden: [8], classes: 3, localiser: .init(activation: .relu, normalisation: .none), seed: 4)
        #expect(a.namedParameters.map(\.name) == b.namedParameters.map(\.name))
        #expect(zip(a.namedParameters, b.namedParameters).allSatisfy { $0.parameter.value == $1.parameter.value })
        let loc = (a.layers[0].layer as! SpatialTransformer1D).localisation
        #expect(loc.layers.map(\.name) == ["fc1", "relu1", "fc2", "relu2", "out"])
        // Normalisation draws no random numbers: the dense weights are the same for every option.
        let c = ModelZoo.stnClassifier(inputLength: 40, hidden: [8], classes: 3, localiser: .init(normalisation: .input), seed: 4)
        for (name, p) in a.namedParameters { #expect(c.parameter(named: name)?.value == p.value) }
    }

    @Test func aRateFactorScalesOnlyTheMatchingParameters() {
        func pair() -> (Parameter, Parameter) {
            let a = Parameter(Tensor(shape: [2], scalars: [1, 2])), b = Parameter(Tensor(shape: [2], scalars: [1, 2]))
            a.gradient = Tensor(shape: [2], scalars: [0.5, -1]); b.gradient = a.gradient
            return (a, b)
        }
        let (a, b) = pair()
        let sgd = SGD([("stn.localisation.fc1.weight", a), ("classifier.fc1.weight", b)], learningRate: 0.1)
        sgd.scaleRate(by: 10) { $0.hasPrefix("stn.localisation.") }
        #expect(sgd.rateScales == [10, 1])
        sgd.step()
        #expect(a.value.scalars == [1 - 0.5, 2 + 1] && b.value.scalars == [1 - 0.05, 2 + 0.1])
        // Adam: a factor of 1 is the plain optimizer bit for bit; 10 moves ten times as far at the first step.
        let (c, d) = pair(), (e, _) = pair()
        let adam = Adam([("loc.w", c), ("w", d)], learningRate: 0.01)
        adam.scaleRate(by: 10) { $0 == "loc.w" }
        let plain = Adam([("w", e)], learningRate: 0.01)
        adam.step(); plain.step()
        #expect(d.value == e.value)
        for (moved, base) in zip(c.value.scalars, [Float(1), 2]) { #expect(abs(abs(moved - base) - 0.1) < 1e-5) }
    }
}

extension ModelZoo.LocaliserOptions: CustomTestStringConvertible {
    public var testDescription: String { "\(activation), \(normalisation)" }
}
