import Foundation
import Spectra

extension PeakFitter {
    /// The active Shirley background of `BackgroundModel.shirleyRefined` for the given peak
    /// components (trapezoidal integration on the data grid, either energy order).
    static func activeShirley(energies: [Double], intensities: [Double], components: [[Double]]) -> [Double] {
        let n = energies.count
        let ascendingOrder = n < 2 || energies[1] > energies[0]
        let order = ascendingOrder ? Array(0..<n) : Array((0..<n).reversed())
        let m = min(5, n)
        let low = order.prefix(m).map { intensities[$0] }.reduce(0, +) / Double(m)
        let high = order.suffix(m).map { intensities[$0] }.reduce(0, +) / Double(m)
        var sum = [Double](repeating: 0, count: n)
        for c in components { for k in 0..<n { sum[k] += c[k] } }
        var cumulative = [Double](repeating: 0, count: n)
        for t in 1..<max(n, 1) {
            let a = order[t - 1], b = order[t]
            cumulative[b] = cumulative[a] + 0.5 * (sum[a] + sum[b]) * abs(energies[b] - energies[a])
        }
        let total = n > 0 ? cumulative[order[n - 1]] : 0
        guard total > 0 else { return [Double](repeating: low, count: n) }
        return cumulative.map { low + (high - low) * $0 / total }
    }

    /// Throws `BackgroundError.noNetArea` unless the data (ascending energies) rise above the line
    /// joining their end levels (`LinearBackground.estimate`, 5-point means) by more than 4 σ of a 5-point mean somewhere, σ the
    /// counting noise estimated from point-to-point differences (median |Δy| / (0.6745·√2)).
    static func requirePeak(energies e: [Double], intensities y: [Double]) throws {
        let n = y.count, m = min(5, n / 2)
        guard n >= 4, m >= 1 else { throw BackgroundError.noNetArea(method: "active Shirley", area: 0) }
        let line = try LinearBackground.estimate(energies: e, intensities: y, endPointCount: m)
        let net = zip(y, line).map { $0 - $1 }
        var area = 0.0
        for k in 1..<n { area += 0.5 * (net[k] + net[k - 1]) * (e[k] - e[k - 1]) }
        let differences = (1..<n).map { abs(y[$0] - y[$0 - 1]) }.sorted()
        let sigma = differences[differences.count / 2] / (0.6745 * 2.0.squareRoot())
        let smoothed = (0...(n - m)).map { i in net[i..<(i + m)].reduce(0, +) / Double(m) }
        guard let top = smoothed.max(), top > 4 * sigma / Double(m).squareRoot(), top.isFinite else {
            throw BackgroundError.noNetArea(method: "active Shirley", area: area)
        }
    }

    /// The background estimated from the data before any peak is fitted, on the data grid (either
    /// energy order), or nil for `none`, `linear` and `shirleyRefined` (fitted with the peaks).
    ///
    /// Shirley (either kind) models the step under one line, so a window wider than
    /// `maximumRegionWidth` (a survey block) throws `FittingError.windowSpansSeveralLines`; a window
    /// whose net area above the background is not positive (no peak in it) throws
    /// `FittingError.noPeakInWindow`. `fit` uses exactly this background.
    public func estimatedBackground(_ model: BackgroundModel, energies: [Double], intensities: [Double]) throws -> [Double]? {
        let n = energies.count
        let descending = n > 1 && energies[1] < energies[0]
        func ascending(_ x: [Double]) -> [Double] { descending ? x.reversed() : x }
        let window = (low: energies.min() ?? 0, high: energies.max() ?? 0)
        if model == .shirley || model == .shirleyRefined, window.high - window.low > maximumRegionWidth {
            throw FittingError.windowSpansSeveralLines(background: "Shirley", low: window.low, high: window.high, maximum: maximumRegionWidth)
        }
        do {
            switch model {
            case .none, .linear:
                return nil
            case .shirleyRefined:
                // The step follows the fitted peaks, so the data need only hold a peak: somewhere
                // they must stand clear of the noise above the line joining the end levels.
                try PeakFitter.requirePeak(energies: ascending(energies), intensities: ascending(intensities))
                return nil
            case .fixed(let b):
                guard b.count == n else { throw FittingError.lengthMismatch(field: "background", found: b.count, expected: n) }
                try requireFinite(b, field: "background")
                return b
            case .shirley:
                return ascending(try ShirleyBackground().estimate(energies: ascending(energies), intensities: ascending(intensities)))
            case .tougaard:
                let spectrum = try Spectrum(energies: ascending(energies), intensities: ascending(intensities))
                return ascending(try TougaardBackground.universal.estimate(spectrum).background)
            case .tougaard3(let t):
                return ascending(try t.estimate(energies: ascending(energies), intensities: ascending(intensities)).background)
            }
        } catch BackgroundError.noNetArea(let method, let area) {
            throw FittingError.noPeakInWindow(background: method, netArea: area, low: window.low, high: window.high)
        }
    }
}
