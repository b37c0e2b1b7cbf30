// CasaXPS's "U 3 Tougaard" background: the three-parameter universal cross-section with an
// energy-loss gap, scaled between the spectrum's two end levels.
//
// L = energy points, n = end points averaged at each end.

/// The three-parameter universal Tougaard background as CasaXPS computes it ("U 3 Tougaard").
///
/// Loss cross-section (S. Tougaard, "Universality classes of inelastic electron scattering
/// cross-sections", Surf. Interface Anal. 25, 137 (1997)), T the energy loss in eV:
///
///     K(T) = B·T / ((C − T²)² + D·T²)   for T ≥ T₀,   K(T) = 0 for T < T₀.
///
/// With O the mean of the `endPointCount` points at the low-binding-energy end and J the
/// measured spectrum, the background at binding energy E (eV) collects the electrons from lower
/// binding energy that lost E − E′:
///
///     B(E) = O + ∫_{E_first}^{E} K(E − E′)·(J(E′) − O) dE′        (trapezoidal rule),
///
/// and B is chosen so that the background meets the mean of the `endPointCount` points at the
/// high-binding-energy end. C, D (eV²) and the gap T₀ (eV) are given; B (eV²) follows from the
/// data. Read off CasaXPS's own exported background column (FeO Fe 2p,
/// `FeO_analyzed_lineshapes_cols.txt`, region line `U 3 Tougaard … 335.45 551 436 3`): the fourth
/// number is T₀ (T₀ = 3 eV reproduces the column to 3 counts in 3,000–12,000; T₀ = 0 misses it by
/// 97), both end levels are 3-point means centred on the region's end points, and the B written
/// there (335.45 eV²) is the one that meets the high-binding-energy end.
public struct UniversalTougaard3Background: Sendable, Equatable, Codable {
    /// C, eV² (> 0).
    public let c: Double
    /// D, eV² (≥ 0).
    public let d: Double
    /// T₀, eV (≥ 0): losses below it contribute nothing.
    public let gap: Double

    public init(c: Double, d: Double, gap: Double) throws {
        guard c.isFinite, c > 0 else { throw SpectraError.invalidParameter(name: "Tougaard C", found: "\(c) eV²", expected: "C > 0 eV²") }
        guard d.isFinite, d >= 0 else { throw SpectraError.invalidParameter(name: "Tougaard D", found: "\(d) eV²", expected: "D ≥ 0 eV²") }
        guard gap.isFinite, gap >= 0 else { throw SpectraError.invalidParameter(name: "Tougaard T₀", found: "\(gap) eV", expected: "T₀ ≥ 0 eV") }
        self.c = c
        self.d = d
        self.gap = gap
    }

    /// K(T)/B, eV⁻³: T/((C − T²)² + D·T²) for T ≥ T₀ (to 10⁻⁶ eV, so grid losses of exactly T₀ count), else 0.
    @inlinable public func unitCrossSection(energyLoss t: Double) -> Double {
        guard t > 0, t >= gap - 1e-6 else { return 0 }
        let a = c - t * t
        return t / (a * a + d * t * t)
    }

    /// The background under `intensities` (counts) on ascending binding `energies` (eV), with its
    /// end levels the means of `endPointCount` points at each end, and the fitted B (eV²).
    public func estimate(energies: [Double], intensities j: [Double], endPointCount n: Int = 3) throws -> TougaardEstimate {
        try checkedPair(energies, j, name: "intensities")
        try requireEndPointCount(n, count: j.count)
        let (low, high) = endMeans(j, n)
        return try estimate(energies: energies, intensities: j, low: low, high: high)
    }

    /// The background with given end levels (counts): `low` at the first (lowest binding) energy,
    /// `high` at the last. Throws `BackgroundError.noNetArea` when the spectrum above `low` gives no
    /// positive loss integral at the last point.
    public func estimate(energies e: [Double], intensities j: [Double], low: Double, high: Double) throws -> TougaardEstimate {
        try checkedPair(e, j, name: "intensities")
        let y = j.map { $0 - low }
        let u = trapezoidLossIntegral(of: y, energies: e) { unitCrossSection(energyLoss: $0) }
        let total = u[u.count - 1]
        guard total > 0, total.isFinite else { throw BackgroundError.noNetArea(method: "U 3 Tougaard", area: total) }
        let b = (high - low) / total
        return TougaardEstimate(background: u.map { low + b * $0 }, b: b, c: c, offset: low)
    }

    /// CasaXPS's background over the points `region` of a whole block (ascending binding
    /// energies): end levels are means of `endPointCount` points centred on the region's first
    /// and last point (the neighbours outside the region included, clipped at the block's ends).
    public func estimate(energies e: [Double], intensities j: [Double], region: ClosedRange<Int>, endPointCount n: Int = 3)
        throws -> TougaardEstimate
    {
        try checkedPair(e, j, name: "intensities")
        guard region.lowerBound >= 0, region.upperBound < e.count, region.count >= 2, n >= 1 else {
            throw SpectraError.invalidParameter(
                name: "region", found: "\(region) with \(n) end points", expected: "at least 2 points within 0..<\(e.count), n ≥ 1")
        }
        func centredMean(_ i: Int) -> Double {
            let lo = max(0, i - (n - 1) / 2), hi = min(e.count - 1, lo + n - 1)
            return j[lo...hi].reduce(0, +) / Double(hi - lo + 1)
        }
        return try estimate(
            energies: Array(e[region]), intensities: Array(j[region]), low: centredMean(region.lowerBound),
            high: centredMean(region.upperBound))
    }
}
