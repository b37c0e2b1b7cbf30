// Confusion matrix of a single-label classifier and its dominant off-diagonal pairs.
//
// Shape legend: K = classes. counts [K][K], rows = true class, columns = predicted class.

/// Counts of (true class, predicted class) pairs; rows are the true class.
///
/// Row i sums to the support of class i; the diagonal holds the correct predictions;
/// every off-diagonal entry is one kind of error.
public struct ConfusionMatrix: Codable, Equatable, Sendable {
    /// K, the number of classes.
    public private(set) var classCount: Int
    /// counts[true][predicted], K × K.
    public private(set) var counts: [[Int]]

    /// An all-zero K × K matrix.
    public init(classCount: Int) {
        precondition(classCount >= 0, "confusion matrix: class count must be non-negative, got \(classCount)")
        self.classCount = classCount
        counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
    }

    /// Counts the pairs (trueClasses[i], predictedClasses[i]).
    ///
    /// - Throws: `MetricsError.unexpectedValue` for a class index outside 0..<classCount.
    /// - Precondition: both arrays have the same length.
    public init(trueClasses: [Int], predictedClasses: [Int], classCount: Int) throws {
        precondition(
            trueClasses.count == predictedClasses.count,
            "confusion matrix: \(trueClasses.count) true classes but \(predictedClasses.count) predictions")
        self.init(classCount: classCount)
        for (i, (t, p)) in zip(trueClasses, predictedClasses).enumerated() {
            for (value, input) in [(t, "labels"), (p, "predictions")] where !(0..<classCount).contains(value) {
                throw MetricsError.unexpectedValue(
                    metric: "confusion matrix", input: input, sample: i, column: 0,
                    found: "\(value)", expected: "a class index in 0..<\(classCount)")
            }
            counts[t][p] += 1
        }
    }

    /// The count of samples of class `trueClass` predicted as `predictedClass`.
    public subscript(trueClass: Int, predictedClass: Int) -> Int {
        counts[trueClass][predictedClass]
    }

    /// Number of samples counted, Σᵢⱼ countsᵢⱼ.
    public var total: Int { counts.reduce(0) { $0 + $1.reduce(0, +) } }
    /// Number of correct predictions, Σᵢ countsᵢᵢ.
    public var correct: Int { (0..<classCount).reduce(0) { $0 + counts[$1][$1] } }
    /// Number of wrong predictions, total − correct.
    public var errors: Int { total - correct }
    /// Per true class: the row sum (the class's support).
    public var rowTotals: [Int] { counts.map { $0.reduce(0, +) } }
    /// Per predicted class: the column sum.
    public var columnTotals: [Int] {
        (0..<classCount).map { j in counts.reduce(0) { $0 + $1[j] } }
    }

    /// The off-diagonal pairs with a non-zero count, most frequent first, each with its share of
    /// all errors: share = countᵢⱼ / Σ_{a≠b} count_ab.
    ///
    /// Ties in count are ordered by true class, then predicted class, so the order is stable.
    /// Empty when there are no errors. `limit` keeps only the first `limit` pairs.
    public func dominantConfusionPairs(limit: Int? = nil) -> [ConfusionPair] {
        precondition(limit.map { $0 >= 0 } ?? true, "confusion pairs: limit must be non-negative, got \(limit!)")
        let errorCount = errors
        guard errorCount > 0 else { return [] }
        var pairs: [ConfusionPair] = []
        for i in 0..<classCount {
            for j in 0..<classCount where i != j && counts[i][j] > 0 {
                pairs.append(
                    ConfusionPair(
                        trueClass: i, predictedClass: j, count: counts[i][j],
                        shareOfErrors: Double(counts[i][j]) / Double(errorCount)))
            }
        }
        pairs.sort {
            ($0.count, $1.trueClass, $1.predictedClass) > ($1.count, $0.trueClass, $0.predictedClass)
        }
        return limit.map { Array(pairs.prefix($0)) } ?? pairs
    }
}

/// One kind of error of a classifier: samples of `trueClass` predicted as `predictedClass`.
public struct ConfusionPair: Codable, Equatable, Sendable {
    /// The class the sample belongs to (0-based).
    public var trueClass: Int
    /// The class the model chose (0-based), ≠ trueClass.
    public var predictedClass: Int
    /// Number of samples with this error.
    public var count: Int
    /// count / (all errors of the classifier), in (0, 1].
    public var shareOfErrors: Double

    public init(trueClass: Int, predictedClass: Int, count: Int, shareOfErrors: Double) {
        self.trueClass = trueClass
        self.predictedClass = predictedClass
        self.count = count
        self.shareOfErrors = shareOfErrors
    }
}
