// Linear interpolation of tabulated spectra: resampling onto another grid, and the
// sub-grid shift of a tabulated spectrum (Shift.swift) share the rule for points outside.
//
// L = energy points of the source, M = energy points of the target.

/// What to do with a target energy outside the source's energy range.
public enum OutsideRange: Sendable, Equatable {
    /// Throw `SpectraError.invalidParameter`: nothing is extrapolated.
    case error
    /// Use this value (e.g. `0` for the zero-filled shifts of Saddiq et al. 2026).
    case fill(Double)
    /// Repeat the nearest end value of the source.
    case nearestEdge
}

/// Relative slack, in grid steps, within which a target just outside the source range
/// (by floating-point rounding of `start + i·step`) counts as the end point.
let edgeSlack = 1e-7

public enum Interpolation {
    /// Piecewise-linear interpolation of (x, y) at `targets`:
    /// y(t) = y[j] + (y[j+1] − y[j])·(t − x[j])/(x[j+1] − x[j]) for x[j] ≤ t ≤ x[j+1].
    ///
    /// `x` must strictly ascend (eV); `targets` may come in any order. Targets outside
    /// [x.first, x.last] follow `outside`. Error of the interpolant: at most
    /// h²/8·max|y''| for spacing h.
    public static func linear(
        x: [Double], y: [Double], at targets: [Double],
        outside: OutsideRange = .error
    ) throws -> [Double] {
        guard x.count == y.count else {
            throw SpectraError.invalidSpectrum("\(x.count) energies but \(y.count) intensities")
        }
        guard !x.isEmpty else { throw SpectraError.invalidSpectrum("cannot interpolate an empty spectrum") }
        try requireStrictlyAscending(x, name: "energies")
        var result = [Double](repeating: 0, count: targets.count)
        let n = x.count
        let lowSlack = n > 1 ? edgeSlack * (x[1] - x[0]) : 0
        let highSlack = n > 1 ? edgeSlack * (x[n - 1] - x[n - 2]) : 0
        var j = 0  // segment hint: consecutive ascending targets walk forward
        for (i, t) in targets.enumerated() {
            guard t.isFinite else {
                throw SpectraError.invalidParameter(
                    name: "energy", found: "\(t) (target \(i))",
                    expected: "a finite energy in eV")
            }
            if t < x[0] - lowSlack || t > x[n - 1] + highSlack {
                switch outside {
                case .error:
                    throw SpectraError.invalidParameter(
                        name: "energy", found: "\(t) eV (target \(i))",
                        expected: "within the source range [\(x[0]), \(x[n - 1])] eV, or an explicit fill value")
                case .fill(let value): result[i] = value
                case .nearestEdge: result[i] = t < x[0] ? y[0] : y[n - 1]
                }
                continue
            }
            if n == 1 { result[i] = y[0]; continue }
            if t <= x[0] { result[i] = y[0]; continue }
            if t >= x[n - 1] { result[i] = y[n - 1]; continue }
            if !(x[j] <= t && t <= x[j + 1]) {
                if j + 2 < n, x[j + 1] <= t, t <= x[j + 2] {
                    j += 1
                } else {
                    // Binary search for the segment with x[j] ≤ t < x[j+1].
                    var lo = 0, hi = n - 1
                    while hi - lo > 1 {
                        let mid = (lo + hi) / 2
                        if x[mid] <= t { lo = mid } else { hi = mid }
                    }
                    j = lo
                }
            }
            let w = (t - x[j]) / (x[j + 1] - x[j])
            result[i] = y[j] + w * (y[j + 1] - y[j])
        }
        return result
    }
}

extension Spectrum {
    /// The spectrum linearly interpolated onto `axis` (see `Interpolation.linear`).
    ///
    /// The axis must be on the same energy scale. Points of `axis` outside this spectrum's
    /// energy range throw unless `outside` says how to fill them.
    public func resampled(onto axis: EnergyAxis, outside: OutsideRange = .error) throws -> Spectrum {
        guard axis.scale == scale else {
            throw SpectraError.invalidParameter(
                name: "axis.scale", found: axis.scale.rawValue,
                expected: "\(scale.rawValue), the spectrum's scale (convert first)")
        }
        let values = try Interpolation.linear(x: energies, y: intensities, at: axis.energies, outside: outside)
        return try Spectrum(
            energies: axis.energies, intensities: values, scale: scale,
            units: units, metadata: metadata)
    }
}
