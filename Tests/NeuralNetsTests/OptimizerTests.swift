import Testing
import Foundation
import Tensors
@testable import NeuralNets

@Suite struct OptimizerTests {
    func single(_ value: [Float], gradient: [Float]) -> Parameter {
        let p = Parameter(Tensor(shape: [value.count], scalars: value))
        p.gradient = Tensor(shape: [value.count], scalars: gradient)
        return p
    }

    @Test func adamFirstStepMovesByLearningRate() {
        // With bias correction, Adam's first step is lr · sign(g) (up to ε).
        let p = single([1, -2, 3], gradient: [0.5, -4, 1e-3])
        let adam = Adam([("w", p)], learningRate: 0.1)
        adam.step()
        let expected: [Float] = [0.9, -1.9, 2.9]
        for (a, e) in zip(p.value.scalars, expected) { #expect(abs(a - e) < 1e-4) }
    }

    @Test func adamMatchesHandComputedTwoSteps() {
        let p = single([1], gradient: [2])
        let adam = Adam([("w", p)], learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8)
        adam.step()
        p.gradient = Tensor(shape: [1], scalars: [-1])
        adam.step()
        // m2 = 0.9·0.2 + 0.1·(−1) = 0.08; v2 = 0.999·0.004 + 0.001 = 0.004996
        let m = 0.08 / (1 - 0.81), v = 0.004996 / (1 - 0.998001)
        let expected = 1 - 0.01 - 0.01 * m / (v.squareRoot() + 1e-8)
        #expect(abs(Double(p.value.scalars[0]) - expected) < 1e-5)
    }

    @Test func adamWDecaysWeightsWithZeroGradient() {
        let p = single([2], gradient: [0])
        let opt = Adam.adamW([("w", p)], learningRate: 0.1, weightDecay: 0.5)
        opt.step()
        #expect(abs(p.value.scalars[0] - 2 * (1 - 0.05)) < 1e-6)
    }

    @Test func sgdMomentumAccumulates() {
        let p = single([0], gradient: [1])
        let sgd = SGD([("w", p)], learningRate: 0.1, momentum: 0.9)
        sgd.step()  // b = 1, w = −0.1
        sgd.step()  // b = 1.9, w = −0.29
        #expect(abs(p.value.scalars[0] + 0.29) < 1e-6)
    }

    @Test func buffersAreNeverOptimised() {
        let bn = BatchNorm(3)
        let model = Sequential([("bn", bn)])
        _ = model.forward(randomInput([4, 3]), training: true)
        let before = bn.runningMean.value
        let adam = Adam(model.namedParameters, learningRate: 1)
        adam.step()
        #expect(bn.runningMean.value == before)
        #expect(model.namedParameters.map(\.name) == ["bn.weight", "bn.bias", "bn.running_mean", "bn.running_var"])
    }

    @Test func clippingBoundsTheGlobalNorm() {
        let a = single([0, 0], gradient: [3, 0]), b = single([0], gradient: [4])
        let norm = clipGradientNorm([("a", a), ("b", b)], maxNorm: 1)
        #expect(abs(norm - 5) < 1e-6)
        let after = (a.gradient.scalars + b.gradient.scalars).reduce(0) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(after - 1) < 1e-5)
    }
}

@Suite struct ScheduleTests {
    @Test func cosineEndsAtMinimum() {
        let s = CosineSchedule(base: 1, minimum: 0.1, totalSteps: 10)
        #expect(s.learningRate(atStep: 0) == 1)
        #expect(abs(s.learningRate(atStep: 5) - 0.55) < 1e-6)
        #expect(abs(s.learningRate(atStep: 10) - 0.1) < 1e-6)
    }

    @Test func warmUpRampsLinearly() {
        let s = WarmUp(steps: 4, then: ConstantSchedule(2))
        #expect(s.learningRate(atStep: 0) == 0.5)
        #expect(s.learningRate(atStep: 3) == 2)
        #expect(s.learningRate(atStep: 10) == 2)
    }

    @Test func plateauReducesAfterPatience() {
        var plateau = ReduceLROnPlateau(factor: 0.1, patience: 2)
        var lr: Float = 1
        for metric: Float in [1, 0.5, 0.5, 0.5] { lr = plateau.update(metric: metric, learningRate: lr) }
        #expect(lr == 1)  // two bad epochs: not yet
        lr = plateau.update(metric: 0.5, learningRate: lr)
        #expect(abs(lr - 0.1) < 1e-7)
        lr = plateau.update(metric: 0.2, learningRate: lr)
        #expect(abs(lr - 0.1) < 1e-7)
    }
}

@Suite struct ModelZooTests {
    @Test func parkNetHasThePublishedParameterCount() {
        let park = ModelZoo.parkNet(seed: 1)
        #expect(park.trainableParameterCount == 172_778)
        let buffers = park.namedParameters.filter { !$0.parameter.isTrainable }.reduce(0) { $0 + $1.parameter.value.count }
        #expect(buffers == 216)  // Keras: 172,994 − 172,778 BatchNorm moving statistics
        let outs = park.outputs(randomInput([2, 1, 401]), training: false)
        #expect(outs.map(\.shape) == [[2, 1], [2, 3], [2, 3], [2, 3]])
    }

    @Test func parameterNamesAreStableAndUnique() {
        let stn = ModelZoo.stnClassifier(seed: 1)
        let names = stn.namedParameters.map(\.name)
        #expect(Set(names).count == names.count)
        #expect(names.first == "stn.localisation.fc1.weight")
        #expect(names.contains("classifier.bn2.running_var"))
        #expect(
            ModelZoo.smallCNN(seed: 1).namedParameters.map(\.name) == [
                "conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias", "conv3.weight", "conv3.bias", "out.weight", "out.bias"
            ])
    }

    @Test func sameSeedSameWeights() {
        let a = ModelZoo.parkNet(seed: 7), b = ModelZoo.parkNet(seed: 7), c = ModelZoo.parkNet(seed: 8)
        #expect(a.namedParameters.map(\.parameter.value) == b.namedParameters.map(\.parameter.value))
        #expect(a.namedParameters.map(\.parameter.value) != c.namedParameters.map(\.parameter.value))
    }
}
