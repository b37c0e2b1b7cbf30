// Regression errors: MAE and RMSE of vectors, and atomic-fraction errors of a quantification.
//
// Shape legend: N = samples, E = elements (quantification columns).
// Sums run in Double whatever the input precision.

import Tensors

/// Mean absolute error, MAE = (1/n) Σᵢ |predictedᵢ − targetᵢ|, in the units of the inputs.
///
/// - Throws: `MetricsError.emptyInput` for n = 0; `.nonFiniteValue` for NaN or ±∞ (column = index).
/// - Precondition: both have the same count.
public func meanAbsoluteError<P: Collection, T: Collection>(predicted: P, target: T) throws -> Double
where P.Element: BinaryFloatingPoint, T.Element: BinaryFloatingPoint {
    try ErrorAccumulator(metric: "mean absolute error", predicted: predicted, target: target).meanAbsolute!
}

/// Root-mean-square error, RMSE = √((1/n) Σᵢ (predictedᵢ − targetᵢ)²), in the units of the inputs.
///
/// - Throws: `MetricsError.emptyInput` for n = 0; `.nonFiniteValue` for NaN or ±∞ (column = index).
/// - Precondition: both have the same count.
public func rootMeanSquaredError<P: Collection, T: Collection>(predicted: P, target: T) throws -> Double
where P.Element: BinaryFloatingPoint, T.Element: BinaryFloatingPoint {
    try ErrorAccumulator(metric: "root-mean-square error", predicted: predicted, target: target).rootMeanSquare!
}

/// MAE and RMSE of one named regression target over the values that count for it.
///
/// mae = (1/n) Σ |ŷ − y|, rmse = √((1/n) Σ (ŷ − y)²), in the target's units; both nil when
/// no value counts (n = 0), e.g. a third peak slot in a bin of two-peak spectra.
public struct TargetError: Codable, Equatable, Sendable {
    /// The target's name: "count", "centre", "amplitude", "width", or a slot ("centre2").
    public var name: String
    /// n, the number of values the errors average over.
    public var valueCount: Int
    /// Mean absolute error; nil when n = 0.
    public var mae: Double?
    /// Root-mean-square error; nil when n = 0.
    public var rmse: Double?

    public init(name: String, valueCount: Int, mae: Double?, rmse: Double?) {
        self.name = name
        self.valueCount = valueCount
        self.mae = mae
        self.rmse = rmse
    }
}

/// Atomic-fraction errors of a quantification, in at.% (atomic percent).
///
/// Inputs are atomic fractions xᵢₑ in [0, 1] for N samples and E elements; errors are reported
/// in at.% = 100 × fraction:
/// - mae = 100 · (1/(N·E)) Σᵢₑ |x̂ᵢₑ − xᵢₑ| over every entry, absent elements included
/// - rmse = 100 · √((1/(N·E)) Σᵢₑ (x̂ᵢₑ − xᵢₑ)²)
/// - per element e: 100 · (1/N) Σᵢ |x̂ᵢₑ − xᵢₑ|
/// - over present elements: the MAE over the entries whose true fraction is > 0 only, which
///   does not shrink as E grows with elements a sample lacks; nil when no entry is present
/// - within 20 % relative: the share of entries with true fraction > 0.05 whose prediction lies
///   within ±20 % of it (|x̂ − x| ≤ 0.2·x), as Simperl & Werner, J. Appl. Phys. 138, 154901 (2025)
///   report concentrations; nil when no entry exceeds 0.05
///
/// Fractions are checked to lie in [0, 1] (to 1e-6, float32 rounding) so that at.% passed by
/// mistake is caught; rows are not required to sum to 1.
public struct QuantificationMetrics: Codable, Equatable, Sendable {
    /// N, the number of samples.
    public var sampleCount: Int
    /// E, the number of elements.
    public var elementCount: Int
    /// MAE over all N·E entries, at.%.
    public var maeAtomicPercent: Double
    /// RMSE over all N·E entries, at.%.
    public var rmseAtomicPercent: Double
    /// MAE over the entries whose true fraction is > 0, at.%; nil when there are none.
    public var maeOverPresentAtomicPercent: Double?
    /// Per element: MAE over the N samples, at.%.
    public var perElementMAEAtomicPercent: [Double]
    /// Share of the entries above 5 at.% predicted within 20 % relative; nil when there are none.
    public var withinTwentyPercentRelative: Double?

    /// Tolerance on the [0, 1] range check of the fractions.
    public static let fractionTolerance = 1e-6

    /// Computes the errors of predicted atomic fractions [N, E] against true ones [N, E].
    ///
    /// - Throws: `MetricsError.emptyInput` when N = 0 or E = 0; `.nonFiniteValue` for NaN or ±∞;
    ///   `.unexpectedValue` for a fraction outside [0, 1].
    /// - Precondition: both tensors have rank 2 and the same shape.
    public init(predictedFractions: Tensor, targetFractions: Tensor) throws {
        let metric = "quantification"
        precondition(
            predictedFractions.shape == targetFractions.shape,
            "\(metric): predicted \(predictedFractions.shape) and target \(targetFractions.shape) fractions differ in shape")
        let (n, e) = MetricsCheck.matrixShape(predictedFractions.shape, "predictedFractions", metric)
        guard n > 0, e > 0 else { throw MetricsError.emptyInput(metric: metric, input: "predictedFractions") }
        for (tensor, name) in [(predictedFractions, "predictedFractions"), (targetFractions, "targetFractions")] {
            try MetricsCheck.finite(tensor.scalars, columns: e, name, metric)
            let tolerance = QuantificationMetrics.fractionTolerance
            for (flat, x) in tensor.scalars.enumerated() where Double(x) < -tolerance || Double(x) > 1 + tolerance {
                throw MetricsError.unexpectedValue(
                    metric: metric, input: name, sample: flat / e, column: flat % e,
                    found: "\(x)", expected: "an atomic fraction in [0, 1] (not at.%)")
            }
        }
        var all = ErrorAccumulator(), present = ErrorAccumulator()
        var major = 0, close = 0
        var perElement = [ErrorAccumulator](repeating: ErrorAccumulator(), count: e)
        for (flat, (p, t)) in zip(predictedFractions.scalars, targetFractions.scalars).enumerated() {
            let (predicted, target) = (Double(p), Double(t))
            all.add(predicted: predicted, target: target)
            perElement[flat % e].add(predicted: predicted, target: target)
            if target > 0 { present.add(predicted: predicted, target: target) }
            if target > 0.05 {
                major += 1
                if abs(predicted - target) <= 0.2 * target { close += 1 }
            }
        }
        sampleCount = n
        elementCount = e
        maeAtomicPercent = 100 * all.meanAbsolute!
        rmseAtomicPercent = 100 * all.rootMeanSquare!
        maeOverPresentAtomicPercent = present.meanAbsolute.map { 100 * $0 }
        perElementMAEAtomicPercent = perElement.map { 100 * $0.meanAbsolute! }
        withinTwentyPercentRelative = major > 0 ? Double(close) / Double(major) : nil
    }
}

/// Running sums for MAE and RMSE.
struct ErrorAccumulator {
    var count = 0
    var sumAbsolute = 0.0
    var sumSquared = 0.0

    init() {}

    /// Sums over two equally long collections; throws for empty or non-finite input.
    init<P: Collection, T: Collection>(metric: String, predicted: P, target: T) throws
    where P.Element: BinaryFloatingPoint, T.Element: BinaryFloatingPoint {
        precondition(
            predicted.count == target.count,
            "\(metric): \(predicted.count) predictions but \(target.count) targets")
        guard !predicted.isEmpty else { throw MetricsError.emptyInput(metric: metric, input: "predicted") }
        try MetricsCheck.finite(predicted, columns: predicted.count, "predicted", metric)
        try MetricsCheck.finite(target, columns: target.count, "target", metric)
        for (p, t) in zip(predicted, target) { add(predicted: Double(p), target: Double(t)) }
    }

    mutating func add(predicted: Double, target: Double) {
        let d = predicted - target
        count += 1
        sumAbsolute += abs(d)
        sumSquared += d * d
    }

    /// Σ|d| / n, nil when n = 0.
    var meanAbsolute: Double? { count == 0 ? nil : sumAbsolute / Double(count) }
    /// √(Σd² / n), nil when n = 0.
    var rootMeanSquare: Double? { count == 0 ? nil : (sumSquared / Double(count)).squareRoot() }

    func targetError(_ name: String) -> TargetError {
        TargetError(name: name, valueCount: count, mae: meanAbsolute, rmse: rootMeanSquare)
    }
}
