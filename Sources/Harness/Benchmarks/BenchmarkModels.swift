// The reference models of the engine benchmark (M1–M4) with their losses and synthetic batches.
// Their PyTorch twins live in scripts/torch_models.py; parameter names agree key for key.

import Tensors
import NeuralNets

public struct BenchmarkModel: Sendable {
    public let id: String
    public let title: String
    /// Input length L of [B, 1, L].
    public let inputLength: Int
    let builder: @Sendable (_ seed: UInt64, _ inputGradient: Bool, _ dropout: Float) -> Model
    let targetMaker: @Sendable (_ batch: Int, _ rng: inout SeededRandom) -> [Tensor]
    let lossFunction: @Sendable (_ outputs: [Tensor], _ targets: [Tensor]) -> (Float, [Tensor])

    public func build(seed: UInt64, inputGradient: Bool = false, dropout: Float = 0.1) -> Model {
        builder(seed, inputGradient, dropout)
    }

    public func targets(batch: Int, rng: inout SeededRandom) -> [Tensor] { targetMaker(batch, &rng) }

    /// Total loss and the gradient for every output.
    public func loss(_ outputs: [Tensor], _ targets: [Tensor]) -> (Float, [Tensor]) { lossFunction(outputs, targets) }

    public func input(batch: Int, rng: inout SeededRandom) -> Tensor {
        .uniform([batch, 1, inputLength], low: 0, high: 1, rng: &rng)
    }

    public static let all: [BenchmarkModel] = [parkCNN, mlp, stn, cnn]

    public static func named(_ id: String) -> BenchmarkModel? {
        all.first { $0.id.lowercased() == id.lowercased() }
    }

    /// M1: paper 1's peak-fitting network; four MSE losses summed.
    public static let parkCNN = BenchmarkModel(
        id: "M1", title: "Park CNN (401 points, 4 regression heads)", inputLength: 401,
        builder: { seed, grad, _ in ModelZoo.parkNet(inputGradient: grad, seed: seed) },
        targetMaker: { batch, rng in
            [
                Tensor.uniform([batch, 1], low: 1, high: 3, rng: &rng),
                Tensor.uniform([batch, 3], low: 2, high: 13, rng: &rng),
                Tensor.uniform([batch, 3], low: 0.1, high: 1.1, rng: &rng),
                Tensor.uniform([batch, 3], low: 0.3, high: 1.9, rng: &rng)
            ]
        },
        lossFunction: { outputs, targets in
            // The task's own loss; the targets stay four tensors here for the reference export.
            let l = TaskAdapter(task: .peakFitting, targets: 10).loss(outputs, concatenateFeatures(targets))
            return (l.value, l.gradients)
        })

    /// M2: paper 2's MLP, 6601 → 256 → 128 → 40, BCE on logits.
    public static let mlp = BenchmarkModel(
        id: "M2", title: "MLP (6601 → 256 → 128 → 40)", inputLength: 6601,
        builder: { seed, grad, dropout in ModelZoo.mlpClassifier(dropout: dropout, inputGradient: grad, seed: seed) },
        targetMaker: multiHot40, lossFunction: bce)

    /// M3: paper 2's spatial transformer in front of M2.
    public static let stn = BenchmarkModel(
        id: "M3", title: "STN + MLP (6601 points)", inputLength: 6601,
        builder: { seed, grad, dropout in ModelZoo.stnClassifier(dropout: dropout, inputGradient: grad, seed: seed) },
        targetMaker: multiHot40, lossFunction: bce)

    /// M4: 3 × [Conv1D k5, 32 filters, ReLU, MaxPool 2] → global average → Dense 10, softmax CE.
    public static let cnn = cnn(inputLength: 401)

    /// M4 on another axis length (e.g. the element-survey axis).
    public static func cnn(inputLength: Int) -> BenchmarkModel {
        BenchmarkModel(
            id: "M4", title: "CNN (\(inputLength) points, 3 conv blocks, 10 classes)", inputLength: inputLength,
            builder: { seed, grad, _ in ModelZoo.smallCNN(inputLength: inputLength, inputGradient: grad, seed: seed) },
            targetMaker: { batch, rng in
                [Tensor(shape: [batch], scalars: (0..<batch).map { _ in Float(rng.integer(in: 0...9)) })]
            },
            lossFunction: { outputs, targets in
                let l = softmaxCrossEntropy(outputs[0], labels: targets[0].scalars.map { Int($0) })
                return (l.value, [l.gradient])
            })
    }

    static let multiHot40: @Sendable (Int, inout SeededRandom) -> [Tensor] = { batch, rng in
        [Tensor(shape: [batch, 40], scalars: (0..<(batch * 40)).map { _ in rng.nextUnit() < 0.1 ? 1 : 0 })]
    }

    static let bce: @Sendable ([Tensor], [Tensor]) -> (Float, [Tensor]) = { outputs, targets in
        let l = binaryCrossEntropyWithLogits(outputs[0], targets[0])
        return (l.value, [l.gradient])
    }
}
