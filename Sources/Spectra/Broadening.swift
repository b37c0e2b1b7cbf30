import Foundation

// Gaussian broadening and normalisation of tabulated spectra on regular grids.
//
// L = energy points, R = kernel radius in points.

/// Convolution with a unit-sum Gaussian kernel (DESIGN.md "Broadening").
///
/// Kernel wₖ ∝ exp(−k²/(2σ²)) for |k| ≤ R = ⌊truncate·σ + 1/2⌋, normalised so Σ wₖ = 1
/// (σ in points; the kernel and radius of SciPy's `gaussian_filter1d`). Broadening a
/// Gaussian line of width σ₀ gives width √(σ₀² + σ²) up to the sampling of the kernel.
public enum GaussianBroadening {
    /// What lies beyond the ends of the spectrum.
    public enum Boundary: String, Sendable, Equatable, Codable {
        /// Mirror about the edge, repeating the edge value (… c b a | a b c …): keeps the total.
        case reflect
        /// Zeros: intensity near the edges leaks out.
        case zero
    }

    /// `values` convolved with a Gaussian of standard deviation `sigmaPoints` (in points, ≥ 0).
    public static func apply(
        _ values: [Double], sigmaPoints sigma: Double, truncate: Double = 4,
        boundary: Boundary = .reflect
    ) throws -> [Double] {
        guard sigma.isFinite, sigma >= 0 else {
            throw SpectraError.invalidParameter(name: "sigmaPoints", found: "\(sigma)", expected: "σ ≥ 0 points")
        }
        guard truncate.isFinite, truncate > 0 else {
            throw SpectraError.invalidParameter(name: "truncate", found: "\(truncate)", expected: "a positive number of σ")
        }
        let radius = Int(truncate * sigma + 0.5)
        if sigma == 0 || radius == 0 || values.isEmpty { return values }
        var kernel = [Double](repeating: 0, count: 2 * radius + 1)
        var total = 0.0
        for k in -radius...radius {
            let t = Double(k) / sigma
            kernel[k + radius] = exp(-0.5 * t * t)
            total += kernel[k + radius]
        }
        for i in kernel.indices { kernel[i] /= total }

        let n = values.count
        // Pad once, then a plain dot product per point.
        var padded = [Double](repeating: 0, count: n + 2 * radius)
        for p in 0..<padded.count {
            let source = p - radius
            if source >= 0 && source < n {
                padded[p] = values[source]
            } else if boundary == .reflect {
                padded[p] = values[reflectedIndex(source, count: n)]
            }
        }
        var result = [Double](repeating: 0, count: n)
        padded.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { w in
                result.withUnsafeMutableBufferPointer { y in
                    // The kernel is symmetric, so y_i = Σ_k w[k]·x[i + k] over the padded input.
                    for i in 0..<n { y[i] = dot(w, x, offset: i) }
                }
            }
        }
        return result
    }

    /// `values` on a regular `axis` convolved with a Gaussian of FWHM `fwhm` eV
    /// (σ = FWHM/(2√(2 ln 2))/step points).
    public static func apply(
        _ values: [Double], on axis: EnergyAxis, fwhm: Double, truncate: Double = 4,
        boundary: Boundary = .reflect
    ) throws -> [Double] {
        guard values.count == axis.count else {
            throw SpectraError.invalidSpectrum("\(values.count) values for an axis of \(axis.count) points")
        }
        guard fwhm.isFinite, fwhm >= 0 else {
            throw SpectraError.invalidParameter(name: "fwhm", found: "\(fwhm) eV", expected: "a width ≥ 0 eV")
        }
        return try apply(
            values, sigmaPoints: gaussianSigma(fwhm: fwhm) / axis.step, truncate: truncate,
            boundary: boundary)
    }

    /// Half-sample symmetric reflection of an index into 0..<count (period 2·count).
    static func reflectedIndex(_ index: Int, count n: Int) -> Int {
        var q = index % (2 * n)
        if q < 0 { q += 2 * n }
        return q < n ? q : 2 * n - 1 - q
    }
}

/// How a spectrum is scaled before it reaches a model.
public enum Normalization: String, Sendable, Equatable, Codable, CaseIterable {
    /// Unchanged.
    case none
    /// Divided by its maximum: max = 1.
    case maximum = "max"
    /// Divided by its trapezoidal area ∫ I dE (eV): area = 1 eV⁻¹·(units).
    case area

    /// The normalised values on ascending `energies` (eV). Throws if the maximum or area is not
    /// positive (nothing to normalise by).
    public func apply(_ values: [Double], energies: [Double]) throws -> [Double] {
        guard values.count == energies.count else {
            throw SpectraError.invalidSpectrum("\(values.count) values but \(energies.count) energies")
        }
        switch self {
        case .none:
            return values
        case .maximum:
            let top = values.max() ?? 0
            guard top > 0, top.isFinite else {
                throw SpectraError.invalidParameter(
                    name: "maximum", found: "\(top)",
                    expected: "a positive finite maximum to normalise by")
            }
            return values.map { $0 / top }
        case .area:
            guard values.count >= 2 else {
                throw SpectraError.invalidSpectrum("an area needs at least 2 points, found \(values.count)")
            }
            let total = cumulativeIntegral(values, energies: energies)[values.count - 1]
            guard total > 0, total.isFinite else {
                throw SpectraError.invalidParameter(
                    name: "area", found: "\(total)",
                    expected: "a positive finite area to normalise by")
            }
            return values.map { $0 / total }
        }
    }

    /// `apply(_:energies:)` on a regular axis.
    public func apply(_ values: [Double], on axis: EnergyAxis) throws -> [Double] {
        try apply(values, energies: axis.energies)
    }
}
