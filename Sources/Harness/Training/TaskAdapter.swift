// What differs between tasks: how targets split over the model's outputs, the loss, and the
// validation metric used for model selection reports.
//
// Shape legend: B = batch, K = targets.

import Foundation
import Tensors
import NeuralNets
import Spectra

public struct TaskAdapter: Sendable {
    public let task: TaskKind
    /// Peak fitting: peaks per spectrum (targets K = 1 + 3·maxPeaks).
    public let maxPeaks: Int

    public init(task: TaskKind, targets K: Int) {
        self.task = task
        maxPeaks = task == .peakFitting ? (K - 1) / 3 : 0
    }

    /// Model outputs' loss against targets [B, K]; returns the total and a gradient per output.
    public func loss(_ outputs: [Tensor], _ targets: Tensor) -> (value: Float, gradients: [Tensor]) {
        switch task {
        case .peakFitting:
            let parts = splitFeatures(targets, widths: [1, maxPeaks, maxPeaks, maxPeaks])
            var total: Float = 0
            var grads: [Tensor] = []
            for (o, t) in zip(outputs, parts) {
                let l = meanSquaredError(o, t)
                total += l.value
                grads.append(l.gradient)
            }
            return (total, grads)
        case .multiLabel:
            let l = binaryCrossEntropyWithLogits(outputs[0], targets)
            return (l.value, [l.gradient])
        case .classification:
            let l = softmaxCrossEntropy(outputs[0], labels: argmaxRows(targets))
            return (l.value, [l.gradient])
        case .quantification:
            let l = softmaxCrossEntropy(outputs[0], probabilities: targets)
            return (l.value, [l.gradient])
        }
    }

    /// The loss of each output separately (peak fitting: the count, centre, amplitude and width
    /// MSEs whose sum is the loss; other tasks: the loss itself).
    public func lossParts(_ outputs: [Tensor], _ targets: Tensor) -> [Float] {
        guard task == .peakFitting else { return [loss(outputs, targets).value] }
        let parts = splitFeatures(targets, widths: [1, maxPeaks, maxPeaks, maxPeaks])
        return zip(outputs, parts).map { meanSquaredError($0, $1).value }
    }

    /// Names of the `lossParts`.
    public var lossPartNames: [String] {
        task == .peakFitting ? ["count", "centre", "amplitude", "width"] : ["loss"]
    }

    /// Predictions [B, K] in the targets' layout: peak parameters, probabilities (sigmoid or softmax).
    public func predictions(_ outputs: [Tensor]) -> Tensor {
        switch task {
        case .peakFitting: return concatenateFeatures(outputs)
        case .multiLabel:
            var p = outputs[0]
            p.withUnsafeMutableBufferPointer { b in for i in 0..<b.count { b[i] = 1 / (1 + exp(-b[i])) } }
            return p
        case .classification, .quantification:
            return Softmax().forward(outputs[0], training: false)
        }
    }

    /// The headline metric and its name (higher is better, except MAE).
    public var metricName: String {
        switch task {
        case .peakFitting: return "peak_count_accuracy"
        case .multiLabel: return "exact_match_accuracy"
        case .classification: return "accuracy"
        case .quantification: return "mae_at_percent"
        }
    }

    /// The headline metric of predictions [N, K] (the layout of `predictions(_:)`) against targets [N, K].
    public func metric(predictions p: Tensor, targets t: Tensor) throws -> Double {
        switch task {
        case .peakFitting:
            return try PeakFittingMetrics(targets: t, predictions: p, maxPeaks: maxPeaks).peakCountAccuracy
        case .multiLabel:
            return try MultiLabelMetrics(predictions: p, labels: t, scores: .probabilities).exactMatchAccuracy
        case .classification:
            return try ClassificationMetrics(logits: p, labels: argmaxRows(t)).accuracy
        case .quantification:
            return try QuantificationMetrics(predictedFractions: p, targetFractions: t).maeAtomicPercent
        }
    }

    /// Every metric of the task, as JSON text (stored under metrics/detail).
    public func detailedMetrics(predictions p: Tensor, targets t: Tensor) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data: Data
        switch task {
        case .peakFitting: data = try encoder.encode(PeakFittingMetrics(targets: t, predictions: p, maxPeaks: maxPeaks))
        case .multiLabel: data = try encoder.encode(MultiLabelMetrics(predictions: p, labels: t, scores: .probabilities))
        case .classification: data = try encoder.encode(ClassificationMetrics(logits: p, labels: argmaxRows(t), topK: [2, 3]))
        case .quantification: data = try encoder.encode(QuantificationMetrics(predictedFractions: p, targetFractions: t))
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Index of the largest value in each row of [B, K].
public func argmaxRows(_ t: Tensor) -> [Int] {
    let K = t.shape[1]
    return (0..<t.shape[0]).map { b in
        var best = 0
        for k in 1..<K where t.scalars[b * K + k] > t.scalars[b * K + best] { best = k }
        return best
    }
}
