// Spin–orbit doublets: a core level of orbital momentum l > 0 splits into j = l + 1/2 and
// j = l − 1/2 components with statistical area ratio (2l)/(2l + 2) = l/(l + 1)
// (degeneracies 2j + 1): p 1:2, d 2:3, f 3:4.

/// Orbital angular momentum of a core level.
public enum Subshell: String, Sendable, Equatable, Codable, CaseIterable {
    case s, p, d, f

    /// l = 0, 1, 2, 3.
    public var orbitalMomentum: Int {
        switch self {
        case .s: return 0
        case .p: return 1
        case .d: return 2
        case .f: return 3
        }
    }

    /// Statistical area ratio A(j = l − 1/2) / A(j = l + 1/2) = l/(l + 1): 1/2, 2/3, 3/4;
    /// `nil` for s (no splitting).
    public var statisticalAreaRatio: Double? {
        let l = orbitalMomentum
        return l == 0 ? nil : Double(l) / Double(l + 1)
    }
}

/// Two lines of one core level: the j = l + 1/2 line (e.g. 2p3/2) at its centre and the
/// j = l − 1/2 line (e.g. 2p1/2) `splitting` eV higher in binding energy, with the same shape
/// and `areaRatio` times its area (for equal shapes, also times its height).
public struct SpinOrbitDoublet: Sendable, Equatable, Codable {
    /// The j = l + 1/2 component (lower binding energy, larger area).
    public let main: Peak
    /// Spin–orbit splitting, eV (> 0): E₀(j = l − 1/2) − E₀(j = l + 1/2).
    public let splitting: Double
    public let subshell: Subshell
    /// A(j = l − 1/2)/A(j = l + 1/2); the statistical l/(l + 1) unless given.
    public let areaRatio: Double

    /// Throws `SpectraError.invalidParameter` for an s level, a splitting ≤ 0 or a ratio ≤ 0.
    public init(main: Peak, splitting: Double, subshell: Subshell, areaRatio: Double? = nil) throws {
        guard let statistical = subshell.statisticalAreaRatio else {
            throw SpectraError.invalidParameter(
                name: "subshell", found: "s",
                expected: "p, d or f (an s level has no spin–orbit splitting)")
        }
        guard splitting.isFinite, splitting > 0 else {
            throw SpectraError.invalidParameter(
                name: "splitting", found: "\(splitting) eV",
                expected: "a positive spin–orbit splitting in eV")
        }
        let ratio = areaRatio ?? statistical
        guard ratio.isFinite, ratio > 0 else {
            throw SpectraError.invalidParameter(name: "areaRatio", found: "\(ratio)", expected: "a positive area ratio")
        }
        self.main = main
        self.splitting = splitting
        self.subshell = subshell
        self.areaRatio = ratio
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            main: c.decode(Peak.self, forKey: .main), splitting: c.decode(Double.self, forKey: .splitting),
            subshell: c.decode(Subshell.self, forKey: .subshell),
            areaRatio: c.decodeIfPresent(Double.self, forKey: .areaRatio))
    }

    /// The j = l − 1/2 component: centre + splitting, height × areaRatio.
    public var partner: Peak {
        try! main.shifted(by: splitting).scaled(by: areaRatio)
    }

    /// [j = l + 1/2, j = l − 1/2].
    public var components: [Peak] { [main, partner] }

    /// The doublet moved by `delta` eV.
    public func shifted(by delta: Double) -> SpinOrbitDoublet {
        try! SpinOrbitDoublet(
            main: main.shifted(by: delta), splitting: splitting, subshell: subshell,
            areaRatio: areaRatio)
    }

    /// values[i] += both components on `axis`.
    public func add(to values: inout [Double], on axis: EnergyAxis) {
        main.add(to: &values, on: axis)
        partner.add(to: &values, on: axis)
    }
}
