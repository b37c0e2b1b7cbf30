// Small networks learn toy tasks: the whole training path (forward, loss, backward, optimizer)
// works end to end. Bounds are stated per task.

import Testing
import Foundation
import Tensors
@testable import NeuralNets

@Suite(.serialized) struct LearningTests {
    /// Gaussian bump of width 2 points at `centre` on `length` points.
    static func bump(_ centre: Double, length: Int) -> [Float] {
        (0..<length).map { Float(exp(-pow((Double($0) - centre) / 2, 2))) }
    }

    @Test func mlpLearnsXORLikeClusters() {
        var rng = SeededRandom(seed: 1)
        let model = Sequential([("fc1", Dense(2, 16, rng: &rng)), ("act", Tanh()), ("out", Dense(16, 2, rng: &rng))])
        let adam = Adam(model.namedParameters, learningRate: 0.02)
        var data = SeededRandom(seed: 2)
        var lastLoss: Float = .infinity
        for _ in 0..<400 {
            var x = Tensor(shape: [32, 2]); var labels = [Int]()
            for b in 0..<32 {
                let a = data.uniform(-1, 1), c = data.uniform(-1, 1)
                x[b, 0] = Float(a); x[b, 1] = Float(c)
                labels.append((a > 0) != (c > 0) ? 1 : 0)
            }
            model.zeroGradients()
            let loss = softmaxCrossEntropy(model.forward(x, training: true), labels: labels)
            _ = model.backward(loss.gradient)
            adam.step()
            lastLoss = loss.value
        }
        #expect(lastLoss < 0.2, "XOR loss \(lastLoss) should fall below 0.2 (chance: 0.69)")
    }

    @Test func cnnCountsPeaks() {
        // How many bumps (1–3, at random places) a 60-point signal holds: a task for a CNN with
        // global pooling, which is insensitive to where the bumps are.
        let model = ModelZoo.smallCNN(inputLength: 60, filters: 8, blocks: 2, kernelSize: 5, classes: 3, seed: 3)
        let adam = Adam(model.namedParameters, learningRate: 0.01)
        var data = SeededRandom(seed: 4)
        func batch(_ n: Int) -> (Tensor, [Int]) {
            var x = Tensor(shape: [n, 1, 60]); var labels = [Int]()
            for b in 0..<n {
                let cls = data.integer(in: 0...2)
                for k in 0...cls {
                    let s = Self.bump(Double(k * 20) + data.uniform(4, 16), length: 60)
                    for i in 0..<60 { x.scalars[b * 60 + i] += s[i] }
                }
                for i in 0..<60 { x.scalars[b * 60 + i] += Float(data.normal() * 0.05) }
                labels.append(cls)
            }
            return (x, labels)
        }
        for _ in 0..<300 {
            let (x, y) = batch(32)
            model.zeroGradients()
            let loss = softmaxCrossEntropy(model.forward(x, training: true), labels: y)
            _ = model.backward(loss.gradient)
            adam.step()
        }
        let (x, y) = batch(200)
        let logits = model.forward(x, training: false)
        var correct = 0
        for b in 0..<200 {
            let row = Array(logits.scalars[(b * 3)..<(b * 3 + 3)])
            if row.firstIndex(of: row.max()!) == y[b] { correct += 1 }
        }
        #expect(correct >= 180, "CNN accuracy \(correct)/200 should reach 90 %")
    }

    @Test func stnRecoversKnownShifts() {
        // The localisation net must learn to undo a known shift: regress the aligned signal.
        let L = 64
        var rng = SeededRandom(seed: 5)
        let loc = Sequential([
            ("fc1", Dense(L, 32, computesInputGradient: false, rng: &rng)), ("act", Tanh()),
            ("out", Dense(32, 1, initializer: .zeros, rng: &rng))
        ])
        let stn = SpatialTransformer1D(localisation: loc, transform: .shift, computesInputGradient: false)
        let adam = Adam(stn.namedParameters, learningRate: 3e-3)
        var data = SeededRandom(seed: 6)
        let reference = Tensor(shape: [1, 1, L], scalars: Self.bump(32, length: L))
        func batch(_ n: Int) -> (Tensor, [Double]) {
            var x = Tensor(shape: [n, 1, L]); var shifts = [Double]()
            for b in 0..<n {
                let d = data.uniform(-8, 8)
                let s = Self.bump(32 + d, length: L)
                for i in 0..<L { x.scalars[b * L + i] = s[i] }
                shifts.append(d)
            }
            return (x, shifts)
        }
        let target = Tensor(shape: [32, 1, L], scalars: Array(repeating: reference.scalars, count: 32).flatMap { $0 })
        for _ in 0..<1500 {
            let (x, _) = batch(32)
            stn.localisation.zeroGradients()
            let y = stn.forward(x, training: true)
            let loss = meanSquaredError(y, target)
            _ = stn.backward(loss.gradient)
            adam.step()
        }
        let (x, shifts) = batch(100)
        _ = stn.forward(x, training: false)
        let predicted = stn.lastShiftInPoints
        let meanError = zip(predicted, shifts).map { abs(Double($0) - $1) }.reduce(0, +) / 100
        #expect(meanError < 0.5, "mean |predicted − true shift| = \(meanError) points should be below 0.5")
    }
}
