import Foundation

/// Starting points for a fit: minima of the smoothed second derivative of the net signal.
///
/// Net signal s = y − background, smoothed by a centred moving average of `smoothingPoints`
/// points (applied twice). Second derivative d² by central differences on the (possibly uneven) grid.
/// A candidate is a local minimum of d² with d² < 0 and smoothed s above `threshold`·max(s).
/// For a Gaussian of height h and standard deviation σ, d²(E₀) = −h/σ², so the width guess is
/// FWHM ≈ 2√(2 ln 2)·√(s/|d²|) (eV). Shoulders (no local maximum) are found as well.
public struct PeakFinder: Sendable {
    /// Moving-average window (odd, ≥ 1), points.
    public var smoothingPoints: Int
    /// Minimum net height as a fraction of the largest net value.
    public var threshold: Double
    /// At most this many peaks, the highest kept.
    public var maxPeaks: Int

    public init(smoothingPoints: Int = 7, threshold: Double = 0.05, maxPeaks: Int = 10) throws {
        guard smoothingPoints >= 1, smoothingPoints % 2 == 1 else {
            throw FittingError.invalidParameter(name: "smoothingPoints", found: "\(smoothingPoints)", expected: "an odd number ≥ 1")
        }
        guard threshold.isFinite, threshold >= 0, threshold < 1 else {
            throw FittingError.invalidParameter(name: "threshold", found: "\(threshold)", expected: "a fraction in [0, 1)")
        }
        guard maxPeaks >= 1 else { throw FittingError.invalidParameter(name: "maxPeaks", found: "\(maxPeaks)", expected: "≥ 1") }
        self.smoothingPoints = smoothingPoints
        self.threshold = threshold
        self.maxPeaks = maxPeaks
    }

    /// Peaks found in `intensities` (counts) over strictly monotonic `energies` (eV), sorted by centre.
    /// The width guess is a FWHM (eV); convert it for shapes whose width is not the FWHM.
    public func find(energies: [Double], intensities: [Double], background: [Double]? = nil) throws -> [PeakParameters] {
        let n = energies.count
        try checkData(energies: energies, intensities: intensities)
        guard n >= 5 else { throw FittingError.tooFewPoints(points: n, parameters: 5) }
        var net = intensities
        if let b = background {
            guard b.count == n else { throw FittingError.lengthMismatch(field: "background", found: b.count, expected: n) }
            try requireFinite(b, field: "background")
            for i in 0..<n { net[i] -= b[i] }
        }
        let s = PeakFinder.movingAverage(PeakFinder.movingAverage(net, smoothingPoints), smoothingPoints)
        var d2 = [Double](repeating: 0, count: n)
        for i in 1..<(n - 1) {
            let h1 = energies[i] - energies[i - 1], h2 = energies[i + 1] - energies[i]
            d2[i] = 2 * (h1 * s[i + 1] - (h1 + h2) * s[i] + h2 * s[i - 1]) / (h1 * h2 * (h1 + h2))
        }
        let top = s.max() ?? 0
        guard top > 0 else { return [] }
        var found = [PeakParameters]()
        for i in 2..<(n - 2) where d2[i] < 0 && d2[i] <= d2[i - 1] && d2[i] < d2[i + 1] && s[i] > threshold * top {
            let sigma = (s[i] / -d2[i]).squareRoot()
            found.append(PeakParameters(center: energies[i], width: 2 * (2 * log(2.0)).squareRoot() * sigma, height: s[i]))
        }
        found.sort { $0.height > $1.height }
        return found.prefix(maxPeaks).sorted { $0.center < $1.center }
    }

    /// Centred moving average of `window` points (fewer at the ends).
    static func movingAverage(_ x: [Double], _ window: Int) -> [Double] {
        let half = window / 2
        return x.indices.map { i in
            let lo = max(0, i - half), hi = min(x.count - 1, i + half)
            return x[lo...hi].reduce(0, +) / Double(hi - lo + 1)
        }
    }
}

/// Non-empty, equally long, finite data on strictly monotonic energies.
func checkData(energies: [Double], intensities: [Double]) throws {
    guard !energies.isEmpty else { throw FittingError.emptyData }
    guard intensities.count == energies.count else {
        throw FittingError.lengthMismatch(field: "intensities", found: intensities.count, expected: energies.count)
    }
    try requireFinite(energies, field: "energies")
    try requireFinite(intensities, field: "intensities")
    guard energies.count > 1 else { return }
    let ascending = energies[1] > energies[0]
    for i in 1..<energies.count where (energies[i] > energies[i - 1]) != ascending || energies[i] == energies[i - 1] {
        throw FittingError.invalidValue(
            field: "energies", index: i, found: energies[i],
            expected: "strictly \(ascending ? "ascending" : "descending") energies")
    }
}
