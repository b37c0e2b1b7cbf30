import Foundation

/// What went wrong in a least-squares fit; every case names the quantity, what was found and what was expected.
public enum FittingError: Error, Equatable, CustomStringConvertible {
    /// No data points were given.
    case emptyData
    /// Two arrays that must pair up point by point have different lengths.
    case lengthMismatch(field: String, found: Int, expected: Int)
    /// A value is NaN or infinite (or, for weights, negative).
    case invalidValue(field: String, index: Int, found: Double, expected: String)
    /// There are fewer data points than free parameters, so χ²/(N − p) is undefined.
    case tooFewPoints(points: Int, parameters: Int)
    /// A parameter's bounds or start are unusable.
    case invalidParameter(name: String, found: String, expected: String)
    /// The normal matrix JᵀWJ has no Cholesky factor (a parameter does not influence the model, or two are degenerate).
    case singularMatrix(context: String)
    /// The iteration stopped at `iterations` without meeting the χ² or step tolerance.
    case notConverged(iterations: Int, chiSquared: Double, relativeChange: Double, relativeStep: Double)
    /// The model description is inconsistent (e.g. a doublet pointing at a missing peak).
    case invalidModel(String)

    public var description: String {
        switch self {
        case .emptyData:
            return "fit: no data points, expected at least one"
        case .lengthMismatch(let field, let found, let expected):
            return "fit: \(field) has \(found) values, expected \(expected)"
        case .invalidValue(let field, let index, let found, let expected):
            return "fit: \(field)[\(index)] = \(found), expected \(expected)"
        case .tooFewPoints(let points, let parameters):
            return "fit: \(points) data points for \(parameters) free parameters, expected more points than parameters"
        case .invalidParameter(let name, let found, let expected):
            return "fit: parameter \(name) is \(found), expected \(expected)"
        case .singularMatrix(let context):
            return "fit: normal matrix JᵀWJ is singular (\(context)); a parameter is undetermined by the data"
        case .notConverged(let iterations, let chi2, let change, let step):
            return "fit: Levenberg–Marquardt did not converge after \(iterations) iterations "
                + "(χ² = \(chi2), last relative χ² change \(change), last relative step \(step))"
        case .invalidModel(let s):
            return "fit: invalid peak model: \(s)"
        }
    }
}
