// Inelastic backgrounds of photoemission spectra: generators (add to a synthetic spectrum)
// and estimators (from a measured spectrum). Energies are binding energies in eV, ascending;
// a spectrum on the kinetic scale is handled by reversing it. Integrals use the trapezoidal
// rule on the spectrum's own grid.
//
// L = energy points, n = end points averaged at each end.

/// Failures of background estimation, with what was found and what was expected.
public enum BackgroundError: Error, Equatable, CustomStringConvertible {
    /// The iteration did not reach `tolerance` within `iterations` steps; `change` is the last
    /// maximum change of the background (counts).
    case notConverged(method: String, iterations: Int, change: Double, tolerance: Double)
    /// The net area above the background (counts·eV) is not positive, so no background can be scaled to it.
    case noNetArea(method: String, area: Double)
    /// The high-binding-energy end lies below the low end, which an inelastic background cannot reproduce.
    case highEndBelowLowEnd(method: String, low: Double, high: Double)

    public var description: String {
        switch self {
        case .notConverged(let method, let iterations, let change, let tolerance):
            return "\(method) background did not converge: change \(change) after \(iterations) iterations, expected ≤ \(tolerance)"
        case .noNetArea(let method, let area):
            return "\(method) background: net peak area above the background is \(area), expected a positive area "
                + "(the window holds no peak above the line joining its ends: choose a smaller window around one line, or a linear background)"
        case .highEndBelowLowEnd(let method, let low, let high):
            return "\(method) background: high-binding-energy end \(high) lies below the low end \(low), expected high ≥ low"
        }
    }
}

// MARK: - Shared helpers

/// Throws unless 1 ≤ n ≤ count/2.
func requireEndPointCount(_ n: Int, count: Int) throws {
    guard n >= 1, 2 * n <= count else {
        throw SpectraError.invalidParameter(
            name: "endPointCount", found: "\(n) for \(count) points",
            expected: "1 ≤ n ≤ \(count / 2) (half the points)")
    }
}

/// Mean of the first and of the last n values.
func endMeans(_ values: [Double], _ n: Int) -> (low: Double, high: Double) {
    var low = 0.0, high = 0.0
    for i in 0..<n { low += values[i]; high += values[values.count - 1 - i] }
    return (low / Double(n), high / Double(n))
}

/// ∫_{E₀}^{Eᵢ} y dE by the trapezoidal rule, for every i (cumulative[0] = 0).
func cumulativeIntegral(_ y: [Double], energies e: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: y.count)
    var sum = 0.0
    for i in 1..<max(1, y.count) {
        sum += 0.5 * (y[i] + y[i - 1]) * (e[i] - e[i - 1])
        result[i] = sum
    }
    return result
}

func checkedPair(_ energies: [Double], _ values: [Double], name: String) throws {
    guard energies.count == values.count else {
        throw SpectraError.invalidSpectrum("\(energies.count) energies but \(values.count) \(name)")
    }
    guard energies.count >= 2 else {
        throw SpectraError.invalidSpectrum("a background needs at least 2 points, found \(energies.count)")
    }
    try requireStrictlyAscending(energies, name: "energies")
    for (i, v) in values.enumerated() where !v.isFinite {
        throw SpectraError.invalidSpectrum("\(name)[\(i)] is \(v); expected a finite value")
    }
}

/// Runs an estimator on binding-energy order: a kinetic-scale spectrum is reversed in and out.
func onBindingOrder(_ spectrum: Spectrum, _ body: ([Double], [Double]) throws -> [Double]) throws -> [Double] {
    switch spectrum.scale {
    case .binding:
        return try body(spectrum.energies, spectrum.intensities)
    case .kinetic:
        // BE = const − KE: reversed kinetic energies, negated, ascend like binding energies.
        let e = spectrum.energies.reversed().map { -$0 }
        return try body(e, spectrum.intensities.reversed()).reversed()
    }
}

// MARK: - Linear

/// A straight-line background.
public enum LinearBackground {
    /// b(E) = low + (high − low)·(E − E_first)/(E_last − E_first), counts.
    public static func generate(energies: [Double], low: Double, high: Double) -> [Double] {
        guard let first = energies.first, let last = energies.last, last != first else {
            return [Double](repeating: low, count: energies.count)
        }
        let slope = (high - low) / (last - first)
        return energies.map { low + slope * ($0 - first) }
    }

    /// `generate(energies:low:high:)` on a regular axis.
    public static func generate(on axis: EnergyAxis, low: Double, high: Double) -> [Double] {
        generate(energies: axis.energies, low: low, high: high)
    }

    /// The line through (mean E, mean I) of the first n and of the last n points.
    public static func estimate(energies: [Double], intensities: [Double], endPointCount n: Int = 5) throws -> [Double] {
        try checkedPair(energies, intensities, name: "intensities")
        try requireEndPointCount(n, count: energies.count)
        let (eLow, eHigh) = endMeans(energies, n)
        let (iLow, iHigh) = endMeans(intensities, n)
        let slope = (iHigh - iLow) / (eHigh - eLow)
        return energies.map { iLow + slope * ($0 - eLow) }
    }

    /// `estimate(energies:intensities:endPointCount:)` for a spectrum on either scale.
    public static func estimate(_ spectrum: Spectrum, endPointCount n: Int = 5) throws -> [Double] {
        try estimate(energies: spectrum.energies, intensities: spectrum.intensities, endPointCount: n)
    }
}

// MARK: - Shirley

/// The Shirley background: B(E) = I_low + (I_high − I_low)·A(E)/A(E_last),
/// A(E) = ∫_{E_first}^{E} (J − B) dE′, iterated to self-consistency.
///
/// The background at a binding energy is proportional to the net peak area at lower binding
/// energy (D. A. Shirley, Phys. Rev. B 5, 4709 (1972); iterative form of Proctor & Sherwood,
/// Anal. Chem. 54, 13 (1982)). I_low and I_high are the means of `endPointCount` points at each
/// end, so the background passes through them at the first and last energy. The iteration
/// starts from B = I_low and stops when max|ΔB| ≤ `tolerance`·|I_high − I_low|; more than
/// `maxIterations` steps throw `BackgroundError.notConverged`.
public struct ShirleyBackground: Sendable, Equatable, Codable {
    /// Points averaged at each end (≥ 1).
    public let endPointCount: Int
    /// Convergence threshold, relative to the step |I_high − I_low| (> 0).
    public let tolerance: Double
    /// Iteration limit (≥ 1).
    public let maxIterations: Int

    public init(endPointCount: Int = 5, tolerance: Double = 1e-6, maxIterations: Int = 100) throws {
        guard endPointCount >= 1 else {
            throw SpectraError.invalidParameter(name: "endPointCount", found: "\(endPointCount)", expected: "≥ 1")
        }
        guard tolerance.isFinite, tolerance > 0 else {
            throw SpectraError.invalidParameter(name: "tolerance", found: "\(tolerance)", expected: "a positive relative tolerance")
        }
        guard maxIterations >= 1 else {
            throw SpectraError.invalidParameter(name: "maxIterations", found: "\(maxIterations)", expected: "≥ 1")
        }
        self.endPointCount = endPointCount
        self.tolerance = tolerance
        self.maxIterations = maxIterations
    }

    /// The background under `intensities` (counts) on ascending binding `energies` (eV).
    public func estimate(energies: [Double], intensities j: [Double]) throws -> [Double] {
        try checkedPair(energies, j, name: "intensities")
        try requireEndPointCount(endPointCount, count: j.count)
        let (low, high) = endMeans(j, endPointCount)
        let step = high - low
        var background = [Double](repeating: low, count: j.count)
        if step == 0 { return background }
        let threshold = tolerance * abs(step)
        var net = [Double](repeating: 0, count: j.count)
        var change = Double.infinity
        for _ in 0..<maxIterations {
            for i in j.indices { net[i] = j[i] - background[i] }
            let area = cumulativeIntegral(net, energies: energies)
            let total = area[area.count - 1]
            guard total > 0, total.isFinite else { throw BackgroundError.noNetArea(method: "Shirley", area: total) }
            let k = step / total
            change = 0
            for i in j.indices {
                let updated = low + k * area[i]
                change = max(change, abs(updated - background[i]))
                background[i] = updated
            }
            if change <= threshold { return background }
        }
        throw BackgroundError.notConverged(method: "Shirley", iterations: maxIterations, change: change, tolerance: threshold)
    }

    /// The background under a spectrum on either energy scale.
    public func estimate(_ spectrum: Spectrum) throws -> [Double] {
        try onBindingOrder(spectrum) { try estimate(energies: $0, intensities: $1) }
    }

    /// A Shirley step under a net signal P ≥ 0 (counts) on ascending binding energies:
    /// B(E) = stepHeight·∫_{E_first}^{E} P dE′ / ∫_{E_first}^{E_last} P dE′, rising from 0 to
    /// `stepHeight` (counts).
    public static func generate(signal: [Double], energies: [Double], stepHeight: Double) throws -> [Double] {
        try checkedPair(energies, signal, name: "signal values")
        guard stepHeight.isFinite, stepHeight >= 0 else {
            throw SpectraError.invalidParameter(name: "stepHeight", found: "\(stepHeight)", expected: "a step ≥ 0 counts")
        }
        let area = cumulativeIntegral(signal, energies: energies)
        let total = area[area.count - 1]
        guard total > 0 else { throw BackgroundError.noNetArea(method: "Shirley", area: total) }
        let k = stepHeight / total
        return area.map { k * $0 }
    }

    /// `generate(signal:energies:stepHeight:)` on a binding-energy axis.
    public static func generate(signal: [Double], on axis: EnergyAxis, stepHeight: Double) throws -> [Double] {
        try generate(signal: signal, energies: axis.energies, stepHeight: stepHeight)
    }
}

// MARK: - Tougaard

/// The Tougaard background with the universal inelastic cross-section
/// K(T) = B·T/(C + T²)² (eV⁻¹) for energy loss T ≥ 0 eV.
///
/// S. Tougaard, "Quantitative analysis of the inelastic background in surface electron
/// spectroscopy", Surf. Interface Anal. 11, 453 (1988); universal cross-section from
/// S. Tougaard, Phys. Rev. B 34, 6779 (1986): B = 2866 eV², C = 1643 eV² (`universal`).
/// ∫₀^∞ K dT = B/(2C). In binding energy, electrons that lost T appear T higher, so the
/// background at E collects the spectrum at E′ < E:
/// B(E) = ∫_{E_first}^{E} K(E − E′)·J(E′) dE′ (Tougaard's formula, with J the measured
/// spectrum, losses included).
public struct TougaardBackground: Sendable, Equatable, Codable {
    /// B, eV² (≥ 0).
    public let b: Double
    /// C, eV² (> 0).
    public let c: Double

    /// B = 2866 eV², C = 1643 eV².
    public static let universal = try! TougaardBackground(b: 2866, c: 1643)

    public init(b: Double = 2866, c: Double = 1643) throws {
        guard b.isFinite, b >= 0 else {
            throw SpectraError.invalidParameter(name: "Tougaard B", found: "\(b) eV²", expected: "B ≥ 0 eV²")
        }
        guard c.isFinite, c > 0 else {
            throw SpectraError.invalidParameter(name: "Tougaard C", found: "\(c) eV²", expected: "C > 0 eV²")
        }
        self.b = b
        self.c = c
    }

    /// K(T) = B·T/(C + T²)², eV⁻¹; 0 for T ≤ 0.
    @inlinable public func crossSection(energyLoss t: Double) -> Double {
        guard t > 0 else { return 0 }
        let d = c + t * t
        return b * t / (d * d)
    }

    /// ∫_{E_first}^{Eᵢ} K(Eᵢ − E′)·y(E′) dE′ for every point, on ascending binding energies (eV).
    public func lossIntegral(of y: [Double], energies e: [Double]) throws -> [Double] {
        try checkedPair(e, y, name: "values")
        if let step = regularStep(e) { return regularLossIntegral(y, step: step, selfConsistent: false).background }
        let result = trapezoidLossIntegral(of: y, energies: e) { crossSection(energyLoss: $0) }
        return result
    }

    /// The background of a synthetic spectrum whose losses are included: J = P + B with
    /// B(E) = ∫_{E_first}^{E} K(E − E′)·J(E′) dE′, solved forward in binding energy (the
    /// Volterra equation is explicit because K(0) = 0). This is the model the estimator inverts.
    /// `signal` is the primary (no-loss) spectrum P in counts on ascending binding energies.
    public func generate(signal: [Double], on axis: EnergyAxis) throws -> [Double] {
        guard signal.count == axis.count else {
            throw SpectraError.invalidSpectrum("\(signal.count) signal values for an axis of \(axis.count) points")
        }
        for (i, v) in signal.enumerated() where !v.isFinite {
            throw SpectraError.invalidSpectrum("signal[\(i)] is \(v); expected a finite value")
        }
        return regularLossIntegral(signal, step: axis.step, selfConsistent: true).background
    }

    /// Estimates the background of a measured spectrum, scaling B to match its high-BE end.
    ///
    /// J′ = J − I_low (I_low, I_high: means of `endPointCount` points at each end),
    /// U(E) = ∫_{E_first}^{E} K₁(E − E′)·J′(E′) dE′ with B = 1, and
    /// B_fit = (I_high − I_low)/mean(U over the last `endPointCount` points);
    /// background = I_low + B_fit·U. C is this value's `c`; its `b` is not used.
    public func estimate(_ spectrum: Spectrum, endPointCount n: Int = 5) throws -> TougaardEstimate {
        var fitted = (b: 0.0, offset: 0.0)
        let background = try onBindingOrder(spectrum) { energies, j in
            try checkedPair(energies, j, name: "intensities")
            try requireEndPointCount(n, count: j.count)
            let (low, high) = endMeans(j, n)
            guard high >= low else { throw BackgroundError.highEndBelowLowEnd(method: "Tougaard", low: low, high: high) }
            let unit = try TougaardBackground(b: 1, c: c)
            let u = try unit.lossIntegral(of: j.map { $0 - low }, energies: energies)
            let uHigh = endMeans(u, n).high
            guard uHigh > 0, uHigh.isFinite else { throw BackgroundError.noNetArea(method: "Tougaard", area: uHigh) }
            let bFit = (high - low) / uHigh
            fitted = (bFit, low)
            return u.map { low + bFit * $0 }
        }
        return TougaardEstimate(background: background, b: fitted.b, c: c, offset: fitted.offset)
    }

    /// Trapezoidal loss integral on a regular grid with the kernel tabulated once:
    /// Bᵢ = Δ·[½K(iΔ)·y₀ + Σ_{j=1}^{i−1} K((i − j)Δ)·y_j] (K(0) = 0). When `selfConsistent`,
    /// y_j = P_j + B_j is built as the sum proceeds.
    func regularLossIntegral(_ p: [Double], step: Double, selfConsistent: Bool) -> (background: [Double], total: [Double]) {
        let n = p.count
        var kernel = [Double](repeating: 0, count: n)
        for k in 0..<n { kernel[k] = step * crossSection(energyLoss: Double(k) * step) }
        var background = [Double](repeating: 0, count: n)
        var y = p
        kernel.withUnsafeBufferPointer { k in
            background.withUnsafeMutableBufferPointer { bg in
                y.withUnsafeMutableBufferPointer { y in
                    for i in 1..<max(1, n) {
                        // Four partial sums break the dependency chain of one long reduction.
                        var s0 = 0.5 * k[i] * y[0], s1 = 0.0, s2 = 0.0, s3 = 0.0
                        var j = 1
                        while j + 3 < i {
                            s0 += k[i - j] * y[j]
                            s1 += k[i - j - 1] * y[j + 1]
                            s2 += k[i - j - 2] * y[j + 2]
                            s3 += k[i - j - 3] * y[j + 3]
                            j += 4
                        }
                        while j < i { s0 += k[i - j] * y[j]; j += 1 }
                        let s = (s0 + s1) + (s2 + s3)
                        bg[i] = s
                        if selfConsistent { y[i] += s }
                    }
                }
            }
        }
        return (background, y)
    }
}

/// The result of `TougaardBackground.estimate`: background (counts), fitted B and C (eV²),
/// and the constant offset I_low (counts) under which the losses sit.
public struct TougaardEstimate: Sendable, Equatable {
    public let background: [Double]
    public let b: Double
    public let c: Double
    public let offset: Double
}

/// The step of `energies` if they are evenly spaced (to 10⁻⁹ relative), else nil.
/// ∫_{E_first}^{Eᵢ} K(Eᵢ − E′)·y(E′) dE′ for every point by the trapezoid rule on the points as
/// given (ascending binding energies, any spacing); 0 at the first point.
func trapezoidLossIntegral(of y: [Double], energies e: [Double], kernel: (Double) -> Double) -> [Double] {
    var result = [Double](repeating: 0, count: y.count)
    for i in 1..<max(1, y.count) {
        var s = 0.0
        var previous = kernel(e[i] - e[0]) * y[0]
        for j in 1...i {
            let g = kernel(e[i] - e[j]) * y[j]
            s += 0.5 * (previous + g) * (e[j] - e[j - 1])
            previous = g
        }
        result[i] = s
    }
    return result
}

func regularStep(_ energies: [Double]) -> Double? {
    guard energies.count >= 2 else { return nil }
    let step = (energies[energies.count - 1] - energies[0]) / Double(energies.count - 1)
    for i in 1..<energies.count where abs(energies[i] - energies[0] - Double(i) * step) > 1e-9 * abs(step) * Double(energies.count) {
        return nil
    }
    return step
}
