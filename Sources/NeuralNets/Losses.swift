// Losses: free functions returning the mean loss and its gradient with respect to the prediction.
//
// Shape legend: B = batch, K = targets or classes. Losses are accumulated in Double.

import Foundation
import Tensors

/// A loss value and ∂loss/∂prediction (same shape as the prediction).
public struct LossResult: Sendable {
    public var value: Float
    public var gradient: Tensor
}

/// Mean squared error, mean over all elements: L = Σ(p − y)² / N.
public func meanSquaredError(_ prediction: Tensor, _ target: Tensor) -> LossResult {
    precondition(prediction.shape == target.shape, "MSE: prediction \(prediction.shape) vs target \(target.shape)")
    let n = Float(prediction.count)
    var g = Tensor(shape: prediction.shape)
    var s = 0.0
    for i in 0..<prediction.count {
        let d = prediction.scalars[i] - target.scalars[i]
        s += Double(d * d)
        g.scalars[i] = 2 * d / n
    }
    return LossResult(value: Float(s / Double(n)), gradient: g)
}

/// MSE over the elements where `mask` is 1 (e.g. used peak slots), mean over those elements.
/// With an all-zero mask the loss is 0 and so is the gradient.
public func maskedMeanSquaredError(_ prediction: Tensor, _ target: Tensor, mask: Tensor) -> LossResult {
    precondition(
        prediction.shape == target.shape && mask.shape == target.shape,
        "masked MSE: shapes \(prediction.shape), \(target.shape), \(mask.shape) differ")
    let n = max(1, mask.scalars.reduce(0, +))
    var g = Tensor(shape: prediction.shape)
    var s = 0.0
    for i in 0..<prediction.count where mask.scalars[i] != 0 {
        let d = (prediction.scalars[i] - target.scalars[i]) * mask.scalars[i]
        s += Double(d * d)
        g.scalars[i] = 2 * d * mask.scalars[i] / n
    }
    return LossResult(value: Float(s / Double(n)), gradient: g)
}

/// Binary cross-entropy on logits (multi-label), mean over B·K:
/// ℓ = max(z, 0) − z·y + log(1 + e^(−|z|)), ∂ℓ/∂z = σ(z) − y.
public func binaryCrossEntropyWithLogits(_ logits: Tensor, _ target: Tensor) -> LossResult {
    precondition(logits.shape == target.shape, "BCE: logits \(logits.shape) vs target \(target.shape)")
    let n = Float(logits.count)
    var g = Tensor(shape: logits.shape)
    var s = 0.0
    for i in 0..<logits.count {
        let z = logits.scalars[i], y = target.scalars[i]
        s += Double(max(z, 0) - z * y + log1p(exp(-abs(z))))
        g.scalars[i] = (1 / (1 + exp(-z)) - y) / n
    }
    return LossResult(value: Float(s / Double(n)), gradient: g)
}

/// Softmax cross-entropy with class indices, mean over the batch: ℓ = −log softmax(z)[y].
public func softmaxCrossEntropy(_ logits: Tensor, labels: [Int]) -> LossResult {
    precondition(
        logits.rank == 2 && logits.shape[0] == labels.count,
        "softmax CE: logits \(logits.shape) vs \(labels.count) labels")
    let B = logits.shape[0], K = logits.shape[1]
    var g = logits
    var s = 0.0
    g.withUnsafeMutableBufferPointer { p in
        for b in 0..<B {
            let row = p.baseAddress! + b * K
            let y = labels[b]
            precondition(y >= 0 && y < K, "label \(y) outside 0..<\(K)")
            softmaxInPlace(row, count: K)
            s -= log(Double(max(row[y], Float.leastNormalMagnitude)))
            row[y] -= 1
            for k in 0..<K { row[k] /= Float(B) }
        }
    }
    return LossResult(value: Float(s / Double(B)), gradient: g)
}

/// Softmax cross-entropy with target distributions (rows of `target` sum to 1), mean over the batch.
public func softmaxCrossEntropy(_ logits: Tensor, probabilities target: Tensor) -> LossResult {
    precondition(logits.shape == target.shape && logits.rank == 2, "softmax CE: \(logits.shape) vs \(target.shape)")
    let B = logits.shape[0], K = logits.shape[1]
    var g = logits
    var s = 0.0
    g.withUnsafeMutableBufferPointer { p in
        for b in 0..<B {
            let row = p.baseAddress! + b * K
            softmaxInPlace(row, count: K)
            for k in 0..<K {
                let t = target.scalars[b * K + k]
                if t > 0 { s -= Double(t) * log(Double(max(row[k], Float.leastNormalMagnitude))) }
                row[k] = (row[k] - t) / Float(B)
            }
        }
    }
    return LossResult(value: Float(s / Double(B)), gradient: g)
}
