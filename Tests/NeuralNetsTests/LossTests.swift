import Testing
import Foundation
import Tensors
@testable import NeuralNets

@Suite struct LossTests {
    func checkLoss(_ f: (Tensor) -> LossResult, at x: Tensor, sourceLocation: SourceLocation = #_sourceLocation) {
        let analytic = f(x).gradient
        let e: Float = 1e-2
        for i in 0..<x.count {
            var xp = x, xm = x
            xp.scalars[i] += e; xm.scalars[i] -= e
            let numeric = (Double(f(xp).value) - Double(f(xm).value)) / Double(2 * e)
            #expect(
                abs(numeric - Double(analytic.scalars[i])) < 1e-3 + 1e-2 * abs(numeric),
                "[\(i)] numeric \(numeric) analytic \(analytic.scalars[i])", sourceLocation: sourceLocation)
        }
    }

    @Test func mse() {
        let t = randomInput([3, 4], seed: 2)
        checkLoss({ meanSquaredError($0, t) }, at: randomInput([3, 4]))
        #expect(meanSquaredError(t, t).value == 0)
    }

    @Test func maskedMSEIgnoresUnusedSlots() {
        let t = randomInput([3, 3], seed: 2)
        let mask = Tensor(shape: [3, 3], scalars: [1, 0, 0, 1, 1, 0, 1, 1, 1])
        checkLoss({ maskedMeanSquaredError($0, t, mask: mask) }, at: randomInput([3, 3]))
        var p = t
        p.scalars[1] += 100  // an unused slot
        #expect(maskedMeanSquaredError(p, t, mask: mask).value == 0)
    }

    @Test func bceWithLogits() {
        let t = Tensor(shape: [2, 3], scalars: [1, 0, 1, 0, 0, 1])
        checkLoss({ binaryCrossEntropyWithLogits($0, t) }, at: randomInput([2, 3]))
        // Known value: z = 0 gives log 2 per element.
        #expect(abs(binaryCrossEntropyWithLogits(Tensor(shape: [2, 3]), t).value - Float(log(2.0))) < 1e-6)
        // Stable for large logits.
        let big = Tensor(shape: [1, 2], scalars: [80, -80])
        #expect(binaryCrossEntropyWithLogits(big, Tensor(shape: [1, 2], scalars: [1, 0])).value < 1e-6)
    }

    @Test func softmaxCrossEntropyBothForms() {
        let labels = [2, 0, 1]
        checkLoss({ softmaxCrossEntropy($0, labels: labels) }, at: randomInput([3, 4]))
        var oneHot = Tensor(shape: [3, 4])
        for (b, y) in labels.enumerated() { oneHot[b, y] = 1 }
        let x = randomInput([3, 4])
        #expect(abs(softmaxCrossEntropy(x, labels: labels).value - softmaxCrossEntropy(x, probabilities: oneHot).value) < 1e-6)
        checkLoss({ softmaxCrossEntropy($0, probabilities: oneHot) }, at: x)
        #expect(abs(softmaxCrossEntropy(Tensor(shape: [1, 4]), labels: [3]).value - Float(log(4.0))) < 1e-6)
    }
}
