// Multi-label classification metrics (paper 2: which of K = 40 functional groups are present).
//
// Shape legend: N = samples (spectra), K = classes (labels).
// predictions [N, K] (logits or probabilities), labels [N, K] (exactly 0 or 1), row-major.
//
// Decision rule: class k is predicted present iff its probability is > 0.5, i.e. its logit is
// > 0 (σ(0) = 0.5). A score of exactly 0.5 (logit 0) counts as absent, as in the usual
// `sigmoid(x) > 0.5` of PyTorch training scripts.

import Tensors

/// What the numbers in a multi-label prediction tensor are.
public enum ScoreKind: String, Codable, Sendable {
    /// Raw outputs z; p = σ(z) = 1 / (1 + e^(−z)). Any finite value.
    case logits
    /// Probabilities p in [0, 1].
    case probabilities

    /// The decision threshold in this kind's units: logit 0 or probability 0.5.
    public var threshold: Float { self == .logits ? 0 : 0.5 }
}

/// Exact-match accuracy, micro and macro F1, Hamming loss and per-class counts of a multi-label
/// classifier, as reported for paper 2 (Saddiq et al., arXiv 2603.05350).
///
/// Per class k, with TPₖ, FPₖ, FNₖ, TNₖ counted over the N samples:
/// - support nₖ = TPₖ + FNₖ (samples whose label k is 1)
/// - sensitivity (recall) = TPₖ / (TPₖ + FNₖ); nil when nₖ = 0 (undefined, never NaN or 0)
/// - precision = TPₖ / (TPₖ + FPₖ); nil when the class is never predicted
/// - F1ₖ = 2·TPₖ / (2·TPₖ + FPₖ + FNₖ); nil when the denominator is 0
///
/// Over all classes:
/// - exact-match accuracy = (samples whose K decisions all equal the labels) / N
/// - micro F1 = 2·ΣTP / (2·ΣTP + ΣFP + ΣFN); nil when no label and no prediction is positive
/// - macro F1 = mean of F1ₖ over the classes with nₖ > 0; classes that never occur in the labels
///   are left out (they are listed in `absentClasses`), so a class the test set lacks cannot
///   drag the mean to 0 or lift it to 1; nil when no class occurs
/// - Hamming loss = (ΣFP + ΣFN) / (N·K), the fraction of wrong decisions
///
/// Fractions are in [0, 1], not percent.
public struct MultiLabelMetrics: Codable, Equatable, Sendable {
    /// N, the number of samples.
    public var sampleCount: Int
    /// K, the number of classes.
    public var classCount: Int
    /// Fraction of samples with every one of the K labels right.
    public var exactMatchAccuracy: Double
    /// F1 from counts pooled over all classes; nil when undefined (no positives anywhere).
    public var microF1: Double?
    /// Mean per-class F1 over the classes present in the labels; nil when none is present.
    public var macroF1: Double?
    /// Fraction of the N·K decisions that are wrong.
    public var hammingLoss: Double
    /// Classes (0-based) with no positive label, left out of macro F1.
    public var absentClasses: [Int]
    /// Per class: samples whose label is 1 (TP + FN).
    public var support: [Int]
    /// Per class: label 1, predicted 1.
    public var truePositives: [Int]
    /// Per class: label 0, predicted 1.
    public var falsePositives: [Int]
    /// Per class: label 1, predicted 0.
    public var falseNegatives: [Int]
    /// Per class: label 0, predicted 0.
    public var trueNegatives: [Int]
    /// Per class: TP / (TP + FN); nil for a class with no positive label.
    public var sensitivity: [Double?]
    /// Per class: TP / (TP + FP); nil for a class never predicted.
    public var precision: [Double?]
    /// Per class: 2TP / (2TP + FP + FN); nil when TP + FP + FN = 0.
    public var f1: [Double?]

    /// Computes every metric from predictions [N, K] and 0/1 labels [N, K].
    ///
    /// - Throws: `MetricsError.emptyInput` when N = 0 or K = 0; `.nonFiniteValue` for a NaN or
    ///   infinite score or label; `.unexpectedValue` for a label other than 0 or 1 or a
    ///   probability outside [0, 1].
    /// - Precondition: both tensors have rank 2 and the same shape.
    public init(predictions: Tensor, labels: Tensor, scores: ScoreKind) throws {
        precondition(
            predictions.shape == labels.shape,
            "multi-label metrics: predictions \(predictions.shape) and labels \(labels.shape) differ in shape")
        let decisions = try MultiLabelMetrics.decisions(predictions, scores: scores)
        let truth = try MultiLabelMetrics.truth(labels)
        self.init(decisions: decisions, truth: truth, sampleCount: predictions.shape[0], classCount: predictions.shape[1])
    }

    /// Computes every metric from already thresholded decisions and labels, both row-major [N, K].
    init(decisions: [Bool], truth: [Bool], sampleCount n: Int, classCount k: Int) {
        precondition(
            decisions.count == n * k && truth.count == n * k,
            "multi-label metrics: \(decisions.count) decisions and \(truth.count) labels for [\(n), \(k)]")
        var tp = [Int](repeating: 0, count: k), fp = tp, fn = tp, tn = tp
        var exact = 0
        for i in 0..<n {
            var allRight = true
            for j in 0..<k {
                switch (truth[i * k + j], decisions[i * k + j]) {
                case (true, true): tp[j] += 1
                case (false, true): fp[j] += 1; allRight = false
                case (true, false): fn[j] += 1; allRight = false
                case (false, false): tn[j] += 1
                }
            }
            if allRight { exact += 1 }
        }
        let support = zip(tp, fn).map { $0 + $1 }
        let f1 = (0..<k).map { j in MetricsCheck.ratio(2 * tp[j], 2 * tp[j] + fp[j] + fn[j]) }
        let present = (0..<k).filter { support[$0] > 0 }
        let sumTP = tp.reduce(0, +), sumFP = fp.reduce(0, +), sumFN = fn.reduce(0, +)

        sampleCount = n
        classCount = k
        exactMatchAccuracy = Double(exact) / Double(n)
        microF1 = MetricsCheck.ratio(2 * sumTP, 2 * sumTP + sumFP + sumFN)
        macroF1 = present.isEmpty ? nil : present.reduce(0.0) { $0 + f1[$1]! } / Double(present.count)
        hammingLoss = Double(sumFP + sumFN) / Double(n * k)
        absentClasses = (0..<k).filter { support[$0] == 0 }
        self.support = support
        truePositives = tp
        falsePositives = fp
        falseNegatives = fn
        trueNegatives = tn
        sensitivity = (0..<k).map { MetricsCheck.ratio(tp[$0], support[$0]) }
        precision = (0..<k).map { MetricsCheck.ratio(tp[$0], tp[$0] + fp[$0]) }
        self.f1 = f1
    }

    /// The 0/1 decisions of predictions [N, K]: score > threshold (logit 0, probability 0.5).
    ///
    /// - Throws: `MetricsError.emptyInput`, `.nonFiniteValue`, or `.unexpectedValue` for a
    ///   probability outside [0, 1] (never clamped).
    public static func decisions(_ predictions: Tensor, scores: ScoreKind) throws -> [Bool] {
        let metric = "multi-label metrics"
        let (n, k) = MetricsCheck.matrixShape(predictions.shape, "predictions", metric)
        guard n > 0, k > 0 else { throw MetricsError.emptyInput(metric: metric, input: "predictions") }
        try MetricsCheck.finite(predictions.scalars, columns: k, "predictions", metric)
        if scores == .probabilities {
            for (flat, p) in predictions.scalars.enumerated() where p < 0 || p > 1 {
                throw MetricsError.unexpectedValue(
                    metric: metric, input: "predictions", sample: flat / k,
                    column: flat % k, found: "\(p)",
                    expected: "a probability in [0, 1] (use .logits for raw outputs)")
            }
        }
        let threshold = scores.threshold
        return predictions.scalars.map { $0 > threshold }
    }

    /// The labels [N, K] as booleans; each must be exactly 0 or 1.
    static func truth(_ labels: Tensor) throws -> [Bool] {
        let metric = "multi-label metrics"
        let (n, k) = MetricsCheck.matrixShape(labels.shape, "labels", metric)
        guard n > 0, k > 0 else { throw MetricsError.emptyInput(metric: metric, input: "labels") }
        try MetricsCheck.finite(labels.scalars, columns: k, "labels", metric)
        for (flat, y) in labels.scalars.enumerated() where y != 0 && y != 1 {
            throw MetricsError.unexpectedValue(
                metric: metric, input: "labels", sample: flat / k, column: flat % k,
                found: "\(y)", expected: "0 or 1")
        }
        return labels.scalars.map { $0 == 1 }
    }
}
