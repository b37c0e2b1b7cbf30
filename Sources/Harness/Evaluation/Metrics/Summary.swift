// Mean ± sample standard deviation over repeated runs, and its formatting for tables.

import Foundation

/// Mean and sample standard deviation of a metric over n repeats (initialisation seeds).
///
/// mean = (1/n) Σᵢ xᵢ, sd = √(Σᵢ (xᵢ − mean)² / (n − 1)) (Bessel's correction), computed in two
/// passes. sd is nil for n = 1: one run says nothing about the spread, and 0 would claim it does.
public struct Summary: Codable, Equatable, Sendable {
    /// Arithmetic mean, in the units of the values.
    public var mean: Double
    /// Sample standard deviation (n − 1 in the denominator); nil when n = 1.
    public var sd: Double?
    /// Number of values.
    public var n: Int

    public init(mean: Double, sd: Double?, n: Int) {
        self.mean = mean
        self.sd = sd
        self.n = n
    }

    /// Summarises `values`, one per repeat.
    ///
    /// - Throws: `MetricsError.emptyInput` for no values; `.nonFiniteValue` for NaN or ±∞
    ///   (column = index of the value).
    public init<C: Collection>(_ values: C) throws where C.Element: BinaryFloatingPoint {
        let metric = "mean ± sd"
        guard !values.isEmpty else { throw MetricsError.emptyInput(metric: metric, input: "values") }
        try MetricsCheck.finite(values, columns: values.count, "values", metric)
        let x = values.map { Double($0) }
        let mean = x.reduce(0, +) / Double(x.count)
        let sd = x.count < 2 ? nil : (x.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(x.count - 1)).squareRoot()
        self.init(mean: mean, sd: sd, n: x.count)
    }

    /// The same summary with mean and sd multiplied by `factor` (e.g. 100 for fractions → %).
    public func scaled(by factor: Double) -> Summary {
        Summary(mean: mean * factor, sd: sd.map { $0 * abs(factor) }, n: n)
    }

    /// "81.5 ± 1.2" with `decimals` digits after the point; "81.5" when sd is nil (n = 1).
    public func formatted(decimals: Int = 1) -> String {
        Summary.format(mean: mean, sd: sd, decimals: decimals)
    }

    /// "mean ± sd" with `decimals` digits after the point each ("81.5 ± 1.2"); just the mean when
    /// sd is nil. Rounding is printf's %.*f (to nearest on the binary value); "-0.0" becomes "0.0".
    public static func format(mean: Double, sd: Double?, decimals: Int = 1) -> String {
        let text = fixed(mean, decimals: decimals)
        return sd.map { "\(text) ± \(fixed($0, decimals: decimals))" } ?? text
    }

    /// `value` with exactly `decimals` digits after the point ("nan", "inf" for non-finite values).
    public static func fixed(_ value: Double, decimals: Int) -> String {
        precondition((0...17).contains(decimals), "Summary.fixed: decimals must be in 0...17, got \(decimals)")
        let text = String(format: "%.\(decimals)f", value)
        // A negative number that rounds to zero prints as "-0.0"; a table should show "0.0".
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }
}
