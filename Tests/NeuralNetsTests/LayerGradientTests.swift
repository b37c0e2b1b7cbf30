import Testing
import Foundation
import Tensors
@testable import NeuralNets

@Suite struct LayerGradientTests {
    @Test func dense() {
        var rng = SeededRandom(seed: 1)
        GradientCheck.check(LayerModel(Dense(7, 5, rng: &rng)), input: randomInput([4, 7]))
    }

    @Test(arguments: [
        (3, 1, 1, Padding.valid), (5, 2, 1, .valid), (4, 1, 1, .same), (5, 3, 1, .same),
        (3, 1, 2, .valid), (3, 2, 2, .explicit(left: 2, right: 1)), (10, 5, 1, .valid),
        (7, 1, 1, .same), (5, 1, 1, .explicit(left: 0, right: 3))
    ])
    /// Ci·K ≤ 16 at stride and dilation 1 takes the direct path, the rest im2col + sgemm.
    func conv1D(kernel: Int, stride: Int, dilation: Int, padding: Padding) {
        var rng = SeededRandom(seed: 2)
        let conv = Conv1D(3, 4, kernelSize: kernel, stride: stride, dilation: dilation, padding: padding, rng: &rng)
        GradientCheck.check(LayerModel(conv), input: randomInput([3, 3, 23]))
    }

    /// The direct path with outputs past its 64-point blocks (Lo = 90 and 81).
    @Test func conv1DDirectOnALongSignal() {
        var rng = SeededRandom(seed: 12)
        GradientCheck.check(LayerModel(Conv1D(1, 3, kernelSize: 5, padding: .same, rng: &rng)), input: randomInput([2, 1, 90]))
        GradientCheck.check(LayerModel(Conv1D(2, 2, kernelSize: 4, rng: &rng)), input: randomInput([2, 2, 84]))
    }

    @Test func conv1DWithoutBias() {
        var rng = SeededRandom(seed: 8)
        let conv = Conv1D(1, 1, kernelSize: 3, padding: .same, usesBias: false, rng: &rng)
        #expect(conv.namedParameters.map(\.name) == ["weight"])
        GradientCheck.check(LayerModel(conv), input: randomInput([3, 1, 17]))
    }

    @Test func conv1DWithTwoWorkersMatchesOne() {
        var rng = SeededRandom(seed: 3)
        let conv = Conv1D(4, 6, kernelSize: 5, padding: .same, rng: &rng)
        let x = randomInput([9, 4, 40])
        var r = SeededRandom(seed: 4)
        let dy = Tensor.normal([9, 6, 40], rng: &r)
        func run(threads: Int) -> (Tensor, Tensor, Tensor) {
            Parallel.withThreads(threads) {
                conv.weight.gradient.zero()
                let y = conv.forward(x, training: true)
                let dx = conv.backward(dy)
                return (y, dx, conv.weight.gradient)
            }
        }
        let a = run(threads: 1), b = run(threads: 2)
        #expect(a.0 == b.0)
        #expect(a.1 == b.1)
        let diff = zip(a.2.scalars, b.2.scalars).map { abs($0 - $1) }.max()!
        #expect(diff <= 1e-4 * a.2.maxAbs)
    }

    @Test func maxPool() {
        GradientCheck.check(LayerModel(MaxPool1D(2)), input: randomInput([2, 3, 11]))
        GradientCheck.check(LayerModel(MaxPool1D(3, stride: 2)), input: randomInput([2, 3, 12]))
    }

    @Test func avgPool() {
        GradientCheck.check(LayerModel(AvgPool1D(2)), input: randomInput([2, 3, 11]))
        GradientCheck.check(LayerModel(AvgPool1D(3, stride: 2)), input: randomInput([2, 3, 12]))
    }

    @Test func globalPools() {
        GradientCheck.check(LayerModel(GlobalMaxPool1D()), input: randomInput([3, 4, 9]))
        GradientCheck.check(LayerModel(GlobalAvgPool1D()), input: randomInput([3, 4, 9]))
    }

    @Test func batchNormTrainingAndInference() {
        let bn2 = BatchNorm(5)
        bn2.scale.value = randomInput([5], seed: 8)
        bn2.offset.value = randomInput([5], seed: 9)
        GradientCheck.check(LayerModel(bn2), input: randomInput([6, 5]), training: true)
        GradientCheck.check(LayerModel(bn2), input: randomInput([6, 5]), training: false)
        let bn3 = BatchNorm(3)
        bn3.scale.value = randomInput([3], seed: 10)
        GradientCheck.check(LayerModel(bn3), input: randomInput([4, 3, 7]), training: true)
        GradientCheck.check(LayerModel(bn3), input: randomInput([4, 3, 7]), training: false)
    }

    @Test func activations() {
        let x = randomInput([4, 9])
        GradientCheck.check(LayerModel(ReLU()), input: x)
        GradientCheck.check(LayerModel(LeakyReLU(slope: 0.1)), input: x)
        GradientCheck.check(LayerModel(Sigmoid()), input: x)
        GradientCheck.check(LayerModel(Tanh()), input: x)
        GradientCheck.check(LayerModel(Softmax()), input: x)
        GradientCheck.check(LayerModel(LogSoftplus()), input: x)
        GradientCheck.check(LayerModel(Flatten()), input: randomInput([2, 3, 4]))
    }

    @Test func logSoftplusGivesNormalisedAmountsThroughSoftmax() {
        let values: [Float] = [-30, -19.9, -1, 0.5, 19.9, 25]
        let x = Tensor(shape: [1, values.count], scalars: values)
        let fractions = Softmax().forward(LogSoftplus().forward(x, training: false), training: false)
        // Reference in Double, without the layer's branches: softplus(x) = max(x, 0) + log1p(e^−|x|).
        let amounts = values.map { Double($0) }.map { max($0, 0) + log1p(exp(-abs($0))) }
        let total = amounts.reduce(0, +)
        for (f, a) in zip(fractions.scalars, amounts) {
            // Compared as logarithms: the smallest fractions (1e-14) count as much as the largest.
            #expect(abs(log(Double(f)) - log(a / total)) < 1e-4, "fraction \(f) against \(a / total)")
        }
        // Value and slope are continuous across both branch points (x = ±20).
        let layer = LogSoftplus()
        for edge: Float in [-20, 20] {
            let y = layer.forward(Tensor(shape: [1, 2], scalars: [edge - 1e-3, edge + 1e-3]), training: true).scalars
            #expect(abs(y[0] - y[1]) < 2e-3, "value at \(edge)")
            let d = layer.backward(Tensor(shape: [1, 2], repeating: 1)).scalars
            #expect(abs(d[0] - d[1]) < 1e-3, "slope at \(edge)")
        }
        // Gradients on both sides of the branch points and far into the tails.
        GradientCheck.check(LayerModel(LogSoftplus()), input: Tensor(shape: [1, 8], scalars: [-25, -20.5, -19.5, -5, 5, 19.5, 20.5, 25]))
    }

    @Test func dropoutScalesKeptValuesAndRoutesGradientThroughTheSameMask() {
        let drop = Dropout(rate: 0.25, rng: SeededRandom(seed: 3))
        let x = Tensor(shape: [100, 100], repeating: 1)
        let y = drop.forward(x, training: true)
        let kept = y.scalars.filter { $0 != 0 }
        #expect(kept.allSatisfy { abs($0 - 1 / 0.75) < 1e-6 })
        #expect(abs(Double(kept.count) / 10_000 - 0.75) < 0.02)
        let dx = drop.backward(Tensor(shape: [100, 100], repeating: 2))
        #expect(dx.scalars == y.scalars.map { $0 * 2 })
        #expect(drop.forward(x, training: false) == x)
    }

    @Test func sequentialChain() {
        var rng = SeededRandom(seed: 11)
        let model = Sequential([
            ("conv", Conv1D(2, 3, kernelSize: 3, padding: .same, rng: &rng)), ("bn", BatchNorm(3)),
            ("act", Tanh()), ("pool", AvgPool1D(2)), ("flat", Flatten()), ("fc", Dense(3 * 8, 4, rng: &rng))
        ])
        GradientCheck.check(model, input: randomInput([5, 2, 16]))
    }

    @Test func graphWithConcatenatedHeads() {
        // A miniature of paper 1's head structure: heads read the trunk and other heads' outputs.
        var rng = SeededRandom(seed: 12)
        let g = Graph()
        g.add("trunk", Dense(6, 5, rng: &rng))
        g.add("act", Tanh(), input: "trunk")
        g.add("a", Dense(5, 2, rng: &rng), input: "act")
        g.add("b", Dense(5, 3, rng: &rng), input: "act")
        g.concatenate("join", inputs: ["act", "a", "b"])
        g.add("bn", BatchNorm(10), input: "join")
        g.add("c", Dense(10, 2, rng: &rng), input: "bn")
        g.setOutputs(["a", "b", "c"])
        GradientCheck.check(g, input: randomInput([6, 6]))
    }
}

@Suite struct PoolingModesTests {
    @Test func inferencePoolingEqualsTrainingPooling() {
        for (window, stride) in [(2, 2), (3, 2), (4, 4)] {
            let x = randomInput([3, 5, 37], seed: UInt64(window))
            let a = MaxPool1D(window, stride: stride).forward(x, training: true)
            let b = MaxPool1D(window, stride: stride).forward(x, training: false)
            #expect(a == b, "window \(window), stride \(stride)")
        }
    }
}
