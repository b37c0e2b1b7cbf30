// Errors in metric inputs: each names the metric, the input, the position (sample and column,
// 0-based, as in the HDF5 datasets), what was found and what was expected.
//
// Mismatched shapes are programmer errors and stop with a precondition instead; these cases
// are for values a caller can get wrong at run time (a diverged model, a label file from
// another experiment, bin edges from a manifest).

/// Why a metric could not be computed.
public enum MetricsError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The input holds no samples (or no values), so the metric has no value.
    case emptyInput(metric: String, input: String)
    /// A value is NaN or infinite (e.g. a diverged model's logits).
    case nonFiniteValue(metric: String, input: String, sample: Int, column: Int, found: String)
    /// A value is finite but not one the metric accepts (a label that is not 0 or 1, a class
    /// index outside 0..<K, a probability outside [0, 1], a peak count that is not whole).
    case unexpectedValue(metric: String, input: String, sample: Int, column: Int, found: String, expected: String)
    /// A parameter of the metric itself is out of range (top-k's k, bin edges).
    case invalidArgument(metric: String, argument: String, found: String, expected: String)

    public var description: String {
        switch self {
        case .emptyInput(let metric, let input):
            return "\(metric): '\(input)' holds no samples; the metric is undefined for empty input"
        case .nonFiniteValue(let metric, let input, let sample, let column, let found):
            return "\(metric): '\(input)' sample \(sample), column \(column) (0-based) is \(found), expected a finite number"
        case .unexpectedValue(let metric, let input, let sample, let column, let found, let expected):
            return "\(metric): '\(input)' sample \(sample), column \(column) (0-based) is \(found), expected \(expected)"
        case .invalidArgument(let metric, let argument, let found, let expected):
            return "\(metric): argument '\(argument)' is \(found), expected \(expected)"
        }
    }
}

/// Shared input checks for the metric functions.
enum MetricsCheck {
    /// The row and column count of a rank-2 tensor; stops when the rank is not 2.
    static func matrixShape(_ shape: [Int], _ name: String, _ metric: String) -> (rows: Int, columns: Int) {
        precondition(shape.count == 2, "\(metric): '\(name)' must have shape [N, K], got \(shape)")
        return (shape[0], shape[1])
    }

    /// Throws `nonFiniteValue` for the first NaN or infinity in a row-major [rows, columns] buffer.
    static func finite<S: Collection>(_ values: S, columns: Int, _ name: String, _ metric: String) throws
    where S.Element: BinaryFloatingPoint {
        for (flat, value) in values.enumerated() where !value.isFinite {
            let width = max(columns, 1)
            let (sample, column) = (flat / width, flat % width)
            throw MetricsError.nonFiniteValue(
                metric: metric, input: name, sample: sample, column: column,
                found: "\(value)")
        }
    }

    /// numerator / denominator, or nil when the denominator is 0 (never NaN).
    static func ratio(_ numerator: Int, _ denominator: Int) -> Double? {
        denominator == 0 ? nil : Double(numerator) / Double(denominator)
    }
}
