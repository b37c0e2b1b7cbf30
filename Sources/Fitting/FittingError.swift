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
    /// JᵀWJ at the optimum θ has no inverse: `parameter` is undetermined by the data or degenerate
    /// with the parameters before it, so no standard errors exist.
    case singularCovariance(parameter: String, optimum: [Double], chiSquared: Double)
    /// A peak ended with height 0 at the optimum: the data hold no signal for it, its centre and width are undetermined.
    case emptyPeak(index: Int, center: Double, chiSquared: Double)
    /// The iteration stopped at `iterations` without meeting the χ² or step tolerance.
    case notConverged(iterations: Int, chiSquared: Double, relativeChange: Double, relativeStep: Double)
    /// The model description is inconsistent (e.g. a doublet pointing at a missing peak).
    case invalidModel(String)
    /// The window low…high (eV) has no net area (counts·eV) above the background's end levels: no peak to fit.
    case noPeakInWindow(background: String, netArea: Double, low: Double, high: Double)
    /// The window low…high (eV) is wider than `maximum` (eV): a survey, not a region around one line.
    case windowSpansSeveralLines(background: String, low: Double, high: Double, maximum: Double)

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
        case .singularCovariance(let parameter, _, let chi2):
            return "fit: the covariance at the optimum (χ² = \(chi2)) is singular: \(parameter) is undetermined by the data "
                + "or degenerate with another parameter, expected every parameter to be determined; fit fewer peaks or add constraints"
        case .emptyPeak(let index, let center, let chi2):
            return "fit: peak \(index) (at \(center) eV) ends with height 0 at the optimum (χ² = \(chi2)): the data hold no signal "
                + "for it, expected every peak to carry intensity; fit fewer peaks or let the number of peaks be chosen"
        case .notConverged(let iterations, let chi2, let change, let step):
            return "fit: Levenberg–Marquardt did not converge after \(iterations) iterations "
                + "(χ² = \(chi2), still decreasing: last relative χ² change \(change), last relative step \(step)); "
                + "expected ftol or xtol to be met: allow more iterations or check the start"
        case .invalidModel(let s):
            return "fit: invalid peak model: \(s)"
        case .noPeakInWindow(let background, let area, let low, let high):
            return "fit: \(background) background: the window \(low)…\(high) eV holds no peak above the line joining its end "
                + "levels (net area \(area) counts·eV, expected > 0); choose a smaller window around one line, or a linear background"
        case .windowSpansSeveralLines(let background, let low, let high, let maximum):
            return "fit: \(background) background: the window \(low)…\(high) eV is \(high - low) eV wide, expected one "
                + "core-level region ≤ \(maximum) eV; it spans several lines (a survey), each with its own step: "
                + "fit a region around one line"
        }
    }
}
