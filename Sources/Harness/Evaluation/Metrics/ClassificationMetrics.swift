// Single-label classification metrics (paper 3: which one of K elements a spectrum shows).
//
// Shape legend: N = samples (spectra), K = classes.
// logits [N, K] (any monotone score works: logits, probabilities, log-probabilities),
// labels [N] as class indices in 0..<K.
//
// Ranking rule: class j ranks above class i iff score_j > score_i, or the scores are equal and
// j < i. The prediction is the top-ranked class (argmax, first index on ties, as numpy and
// PyTorch do), and top-1 accuracy equals accuracy.

import Tensors

/// Accuracy, per-class accuracy, top-k accuracy, confusion matrix and dominant confusion pairs of
/// a single-label classifier.
///
/// - accuracy = (samples whose argmax equals the label) / N
/// - per-class accuracy (sensitivity, recall) of class k = C_kk / Σⱼ C_kj, nil when class k
///   never occurs in the labels
/// - top-k accuracy = (samples whose label is among the k top-ranked classes) / N
/// - confusion matrix C [K, K], rows = true class, columns = predicted class
/// - dominant confusion pairs: off-diagonal (true, predicted) pairs by count, with share of errors
///
/// Fractions are in [0, 1], not percent.
public struct ClassificationMetrics: Codable, Equatable, Sendable {
    /// N, the number of samples.
    public var sampleCount: Int
    /// K, the number of classes.
    public var classCount: Int
    /// Fraction of samples whose top-ranked class is the label.
    public var accuracy: Double
    /// Per class: samples whose label is that class.
    public var support: [Int]
    /// Per class: correct / support; nil for a class absent from the labels.
    public var perClassAccuracy: [Double?]
    /// Classes (0-based) that never occur in the labels.
    public var absentClasses: [Int]
    /// Top-k accuracy for each k asked for, in the order asked.
    public var topKAccuracy: [TopKAccuracy]
    /// Counts of (true, predicted) pairs, rows = true class.
    public var confusion: ConfusionMatrix
    /// The most frequent off-diagonal pairs of `confusion`, most frequent first.
    public var dominantConfusions: [ConfusionPair]

    /// Computes every metric from scores [N, K] and class indices [N].
    ///
    /// - Parameters:
    ///   - topK: the k values to report top-k accuracy for, each in 1...K.
    ///   - confusionPairLimit: how many dominant pairs to keep; nil keeps all.
    /// - Throws: `MetricsError.emptyInput` when N = 0 or K = 0; `.nonFiniteValue` for a NaN or
    ///   infinite score; `.unexpectedValue` for a label outside 0..<K; `.invalidArgument` for a
    ///   k outside 1...K.
    /// - Precondition: logits has rank 2 and as many rows as there are labels.
    public init(logits: Tensor, labels: [Int], topK: [Int] = [], confusionPairLimit: Int? = 10) throws {
        let ranks = try ClassificationMetrics.ranksOfLabels(logits: logits, labels: labels)
        let k = logits.shape[1]
        for kk in topK where !(1...k).contains(kk) {
            throw MetricsError.invalidArgument(
                metric: "top-k accuracy", argument: "k", found: "\(kk)",
                expected: "a whole number in 1...\(k) (the class count)")
        }
        let predicted = try ClassificationMetrics.predictedClasses(logits: logits)
        let confusion = try ConfusionMatrix(trueClasses: labels, predictedClasses: predicted, classCount: k)
        let support = confusion.rowTotals
        let n = labels.count

        sampleCount = n
        classCount = k
        accuracy = Double(confusion.correct) / Double(n)
        self.support = support
        perClassAccuracy = (0..<k).map { MetricsCheck.ratio(confusion[$0, $0], support[$0]) }
        absentClasses = (0..<k).filter { support[$0] == 0 }
        topKAccuracy = topK.map { kk in
            TopKAccuracy(k: kk, accuracy: Double(ranks.filter { $0 < kk }.count) / Double(n))
        }
        self.confusion = confusion
        dominantConfusions = confusion.dominantConfusionPairs(limit: confusionPairLimit)
    }

    /// The top-ranked class of each row of scores [N, K] (argmax, first index on ties).
    ///
    /// - Throws: `MetricsError.emptyInput` when N = 0 or K = 0; `.nonFiniteValue` for NaN or ±∞.
    public static func predictedClasses(logits: Tensor) throws -> [Int] {
        let metric = "classification"
        let (n, k) = MetricsCheck.matrixShape(logits.shape, "logits", metric)
        guard n > 0, k > 0 else { throw MetricsError.emptyInput(metric: metric, input: "logits") }
        try MetricsCheck.finite(logits.scalars, columns: k, "logits", metric)
        let s = logits.scalars
        return (0..<n).map { i in
            var best = 0
            for j in 1..<k where s[i * k + j] > s[i * k + best] { best = j }
            return best
        }
    }

    /// Fraction of samples whose label is among the k top-ranked classes of scores [N, K].
    ///
    /// top-k accuracy = #{i : rankᵢ < k} / N, where rankᵢ = #{j : class j ranks above labelᵢ}.
    /// Ties are broken by class index (lower first), so k = 1 gives the accuracy of argmax.
    ///
    /// - Throws: as `init`, and `.invalidArgument` for k outside 1...K.
    public static func topKAccuracy(logits: Tensor, labels: [Int], k: Int) throws -> Double {
        let ranks = try ranksOfLabels(logits: logits, labels: labels)
        guard (1...logits.shape[1]).contains(k) else {
            throw MetricsError.invalidArgument(
                metric: "top-k accuracy", argument: "k", found: "\(k)",
                expected: "a whole number in 1...\(logits.shape[1]) (the class count)")
        }
        return Double(ranks.filter { $0 < k }.count) / Double(labels.count)
    }

    /// Per sample: how many classes rank above the true class (0 = correct prediction).
    static func ranksOfLabels(logits: Tensor, labels: [Int]) throws -> [Int] {
        let metric = "classification"
        let (n, k) = MetricsCheck.matrixShape(logits.shape, "logits", metric)
        precondition(n == labels.count, "\(metric): logits have \(n) rows but there are \(labels.count) labels")
        guard n > 0, k > 0 else { throw MetricsError.emptyInput(metric: metric, input: "logits") }
        try MetricsCheck.finite(logits.scalars, columns: k, "logits", metric)
        let s = logits.scalars
        return try labels.enumerated().map { i, label in
            guard (0..<k).contains(label) else {
                throw MetricsError.unexpectedValue(
                    metric: metric, input: "labels", sample: i, column: 0,
                    found: "\(label)", expected: "a class index in 0..<\(k)")
            }
            let own = s[i * k + label]
            var above = 0
            for j in 0..<k where s[i * k + j] > own || (s[i * k + j] == own && j < label) { above += 1 }
            return above
        }
    }
}

/// Top-k accuracy for one k: the fraction of samples whose label is among the k best classes.
public struct TopKAccuracy: Codable, Equatable, Sendable {
    /// How many top-ranked classes may contain the label, 1...K.
    public var k: Int
    /// Fraction of samples, in [0, 1].
    public var accuracy: Double

    public init(k: Int, accuracy: Double) {
        self.k = k
        self.accuracy = accuracy
    }
}
