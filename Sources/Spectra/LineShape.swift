import Foundation

// Line shapes of photoemission peaks, each normalised to unit height (maximum = 1); a `Peak`
// scales one by its height in counts and places it at its centre. Offsets x = E − E₀ in eV
// on the binding-energy scale. F is a full width at half maximum (FWHM) in eV.

/// The two constant pairs of Park et al.'s Eq. 1 (New Phys.: Sae Mulli 70, 920 (2020)):
/// f(x) = I₀·[0.7·exp(−w_G²(x − x₀)²/w²) + 0.3/(1 + w_L²(x − x₀)²/w²)].
public struct Park2020Constants: Sendable, Equatable, Codable {
    /// w_G, dimensionless.
    public let gaussian: Double
    /// w_L, dimensionless.
    public let lorentzian: Double

    /// The paper's constants: w_G = 1.634, w_L = 2.195. FWHM = 0.992344·w.
    public static let paper = Park2020Constants(uncheckedGaussian: 1.634, lorentzian: 2.195)

    /// The authors' notebook: exp(−ln 2·(x − x₀)²/(β w)²) and 1/(1 + (x − x₀)²/(γ w)²) with
    /// β = 0.509791537, γ = 0.441140472, i.e. w_G = √(ln 2)/β = 1.633128, w_L = 1/γ = 2.266852.
    /// FWHM = 0.985166·w. (The paper prints w_G = 1.634 and w_L = 2.195.)
    public static let notebook = Park2020Constants(
        uncheckedGaussian: log(2.0).squareRoot() / 0.509_791_537, lorentzian: 1 / 0.441_140_472)

    public init(gaussian: Double, lorentzian: Double) throws {
        for (name, value) in [("gaussian", gaussian), ("lorentzian", lorentzian)] where !(value.isFinite && value > 0) {
            throw SpectraError.invalidParameter(
                name: "Park2020Constants.\(name)", found: "\(value)",
                expected: "a positive dimensionless constant")
        }
        self.init(uncheckedGaussian: gaussian, lorentzian: lorentzian)
    }

    private init(uncheckedGaussian gaussian: Double, lorentzian: Double) {
        self.gaussian = gaussian
        self.lorentzian = lorentzian
    }
}

/// The shape of one photoemission line, with its widths; unit height at its maximum.
///
/// Conventions (m = `lorentzianPercent`/100, F = `fwhm`, x = E − E₀):
/// - `gaussian`: exp(−4 ln2·x²/F²).
/// - `lorentzian`: 1/(1 + 4x²/F²).
/// - `gaussianLorentzianProduct` — CasaXPS GL(m): exp(−4 ln2·(1 − m)·x²/F²)/(1 + 4m·x²/F²).
///   Its FWHM equals F only at m = 0 and m = 100 (e.g. 0.9614·F at m = 30).
/// - `gaussianLorentzianSum` — CasaXPS SGL(m): (1 − m)·exp(−4 ln2·x²/F²) + m/(1 + 4x²/F²).
///   Its FWHM is exactly F for every m.
/// - `voigt`: Gaussian (FWHM F_G) convolved with Lorentzian (FWHM F_L):
///   V(x) ∝ Re w((x + iγ)/(σ√2)), σ = F_G/(2√(2 ln2)), γ = F_L/2, w the Faddeeva function.
///   FWHM ≈ 0.5346·F_L + √(0.2166·F_L² + F_G²) (Olivero & Longbothum, JQSRT 17, 233 (1977),
///   within 2·10⁻⁴). One width may be zero (pure Gaussian or Lorentzian), not both.
/// - `doniachSunjic` (Doniach & Šunjić, J. Phys. C 3, 285 (1970)), γ = F_L/2, 0 ≤ α < 1:
///   cos[πα/2 + (1 − α)·arctan(−x/γ)]·(γ²/(γ² + x²))^((1−α)/2), tail toward higher binding
///   energy; at α = 0 the Lorentzian of FWHM F_L. Its maximum lies at x = γ·tan(πα/(2(2 − α))),
///   not at E₀. With `gaussianFWHM` > 0 it is convolved with a unit-area Gaussian
///   (trapezoidal quadrature, error < 10⁻⁹ of the height) and renormalised to unit height.
///   For α > 0 its area diverges (the tail falls as |x|^(α−1)).
/// - `park2020`: Eq. 1 of Park et al. 2020: 0.7·exp(−w_G²x²/w²) + 0.3/(1 + w_L²x²/w²); w is not
///   the FWHM (see `Park2020Constants`).
public enum LineShape: Sendable, Equatable, Codable {
    case gaussian(fwhm: Double)
    case lorentzian(fwhm: Double)
    case gaussianLorentzianProduct(fwhm: Double, lorentzianPercent: Double)
    case gaussianLorentzianSum(fwhm: Double, lorentzianPercent: Double)
    case voigt(gaussianFWHM: Double, lorentzianFWHM: Double)
    case doniachSunjic(lorentzianFWHM: Double, asymmetry: Double, gaussianFWHM: Double = 0)
    case park2020(width: Double, constants: Park2020Constants)

    /// Throws `SpectraError.invalidParameter` for a width ≤ 0 (or not finite), m outside
    /// 0…100, or α outside [0, 1).
    public func validate() throws {
        func positive(_ value: Double, _ name: String) throws {
            guard value.isFinite, value > 0 else {
                throw SpectraError.invalidParameter(name: name, found: "\(value) eV", expected: "a positive width in eV")
            }
        }
        func nonNegative(_ value: Double, _ name: String) throws {
            guard value.isFinite, value >= 0 else {
                throw SpectraError.invalidParameter(name: name, found: "\(value) eV", expected: "a width ≥ 0 eV")
            }
        }
        func percent(_ value: Double) throws {
            guard value.isFinite, (0...100).contains(value) else {
                throw SpectraError.invalidParameter(
                    name: "lorentzianPercent", found: "\(value)",
                    expected: "a Lorentzian percentage in 0…100")
            }
        }
        switch self {
        case .gaussian(let f), .lorentzian(let f):
            try positive(f, "fwhm")
        case .gaussianLorentzianProduct(let f, let m), .gaussianLorentzianSum(let f, let m):
            try positive(f, "fwhm")
            try percent(m)
        case .voigt(let g, let l):
            try nonNegative(g, "gaussianFWHM")
            try nonNegative(l, "lorentzianFWHM")
            guard g + l > 0 else {
                throw SpectraError.invalidParameter(
                    name: "voigt widths", found: "gaussianFWHM = 0, lorentzianFWHM = 0",
                    expected: "at least one positive width in eV")
            }
        case .doniachSunjic(let l, let alpha, let g):
            try positive(l, "lorentzianFWHM")
            try nonNegative(g, "gaussianFWHM")
            guard alpha.isFinite, alpha >= 0, alpha < 1 else {
                throw SpectraError.invalidParameter(name: "asymmetry", found: "\(alpha)", expected: "α in [0, 1)")
            }
        case .park2020(let w, let c):
            try positive(w, "width")
            _ = try Park2020Constants(gaussian: c.gaussian, lorentzian: c.lorentzian)
        }
    }

    /// The unit-height profile at offset x = E − E₀ (eV). Call `validate()` first.
    ///
    /// Each call prepares the shape anew (for a broadened Doniach–Šunjić line that includes
    /// locating its maximum); to evaluate many offsets, use `profile()`.
    public func value(atOffset x: Double) -> Double {
        Kernel(self).value(x)
    }

    /// The unit-height profile, prepared once for evaluation at many offsets.
    public func profile() -> LineProfile {
        LineProfile(kernel: Kernel(self))
    }

    /// Area of the unit-height profile, eV (multiply by a height in counts for counts·eV);
    /// `nil` where it diverges (Doniach–Šunjić with α > 0).
    ///
    /// GL(m) uses ∫exp(−a x²)/(1 + b x²) dx = (π/√b)·erfcx(√(a/b)); Voigt uses
    /// σ√(2π)/Re w(iγ/(σ√2)); Eq. 1 uses w·(0.7√π/w_G + 0.3π/w_L).
    public var area: Double? {
        switch self {
        case .gaussian(let f): return gaussianArea(f)
        case .lorentzian(let f): return lorentzianArea(f)
        case .gaussianLorentzianProduct(let f, let p):
            let m = p / 100
            if m == 0 { return gaussianArea(f) }
            if m == 1 { return lorentzianArea(f) }
            let a = 4 * log(2.0) * (1 - m) / (f * f), b = 4 * m / (f * f)
            return Double.pi / b.squareRoot() * Faddeeva.erfcx((a / b).squareRoot())
        case .gaussianLorentzianSum(let f, let p):
            let m = p / 100
            return (1 - m) * gaussianArea(f) + m * lorentzianArea(f)
        case .voigt(let g, let l):
            return voigtArea(gaussianFWHM: g, lorentzianFWHM: l)
        case .doniachSunjic(let l, let alpha, let g):
            guard alpha == 0 else { return nil }
            return voigtArea(gaussianFWHM: g, lorentzianFWHM: l)
        case .park2020(let w, let c):
            return w * (0.7 * Double.pi.squareRoot() / c.gaussian + 0.3 * Double.pi / c.lorentzian)
        }
    }

    /// Offset of the maximum from E₀, eV: 0 for the symmetric shapes; γ·tan(πα/(2(2 − α)))
    /// toward higher binding energy for Doniach–Šunjić (found numerically when broadened).
    public var maximumOffset: Double {
        Kernel(self).maximumOffset
    }

    /// Full width at half maximum of the profile, eV, found numerically (bisection to 10⁻¹²
    /// relative) on both sides of the maximum.
    public func fullWidthAtHalfMaximum() -> Double {
        let kernel = Kernel(self)
        let peak = kernel.maximumOffset
        func crossing(direction: Double) -> Double {
            var inner = 0.0, outer = kernel.nominalWidth / 2
            while kernel.value(peak + direction * outer) > 0.5 {
                inner = outer
                outer *= 2
            }
            for _ in 0..<200 where outer - inner > 1e-12 * outer {
                let mid = (inner + outer) / 2
                if kernel.value(peak + direction * mid) > 0.5 { inner = mid } else { outer = mid }
            }
            return (inner + outer) / 2
        }
        return crossing(direction: 1) + crossing(direction: -1)
    }
}

@inline(__always) func gaussianArea(_ f: Double) -> Double { f * (Double.pi / (4 * log(2.0))).squareRoot() }
@inline(__always) func lorentzianArea(_ f: Double) -> Double { Double.pi * f / 2 }

/// σ of a Gaussian of FWHM `f`: σ = F/(2√(2 ln 2)), eV.
extension LineShape {
    /// The Lorentzian height fraction m of SGL(m) (`gaussianLorentzianSum`) whose Lorentzian part
    /// carries `areaFraction` of the peak's area. With Gaussian and Lorentzian of the same FWHM F,
    /// their areas at unit height are F/2·√(π/ln 2) and π·F/2, so
    /// m = η·√(π/ln 2) / (π·(1 − η) + η·√(π/ln 2)); η = 0.3 gives m = 0.225062.
    /// Programs that state a pseudo-Voigt's "Gauss–Lorentz ratio" as an area fraction (the expert
    /// fits of paper 1's Table 1 are such a line shape) are SGL at this m.
    public static func lorentzianHeightFraction(areaFraction eta: Double) -> Double {
        precondition(eta >= 0 && eta <= 1, "a Lorentzian area fraction is in 0…1, got \(eta)")
        let g = (Double.pi / log(2.0)).squareRoot()
        return eta * g / (Double.pi * (1 - eta) + eta * g)
    }
}

@inline(__always) func gaussianSigma(fwhm f: Double) -> Double { f / (2 * (2 * log(2.0)).squareRoot()) }

func voigtArea(gaussianFWHM g: Double, lorentzianFWHM l: Double) -> Double {
    if l == 0 { return gaussianArea(g) }
    if g == 0 { return lorentzianArea(l) }
    let sigma = gaussianSigma(fwhm: g)
    let scale = sigma * 2.0.squareRoot()
    return sigma * (2 * Double.pi).squareRoot() / Faddeeva.w(x: 0, y: l / 2 / scale).re
}

/// A line shape prepared for evaluation: `profile(x)` is the unit-height line at x = E − E₀ (eV).
public struct LineProfile: Sendable {
    let kernel: Kernel

    /// The unit-height profile at offset x (eV).
    public func callAsFunction(_ x: Double) -> Double { kernel.value(x) }

    /// Offset of the maximum from E₀, eV.
    public var maximumOffset: Double { kernel.maximumOffset }
}

// MARK: - Evaluation kernel

/// A line shape with its constants precomputed for evaluation at many offsets.
struct Kernel: Sendable {
    enum Form {
        case gaussian(a: Double)  // exp(−a x²)
        case lorentzian(b: Double)  // 1/(1 + b x²)
        case product(a: Double, b: Double)  // exp(−a x²)/(1 + b x²)
        case sum(a: Double, b: Double, m: Double)  // (1−m)exp(−a x²) + m/(1 + b x²)
        case voigt(scale: Double, y: Double, norm: Double)  // Re w((x + iγ)/(σ√2))/Re w(iy)
        case doniachSunjic(DoniachSunjic)
        case broadenedDoniachSunjic(BroadenedDoniachSunjic)
    }
    let form: Form
    /// A width scale used to bracket searches, eV.
    let nominalWidth: Double

    init(_ shape: LineShape) {
        let ln2 = log(2.0)
        switch shape {
        case .gaussian(let f):
            form = .gaussian(a: 4 * ln2 / (f * f)); nominalWidth = f
        case .lorentzian(let f):
            form = .lorentzian(b: 4 / (f * f)); nominalWidth = f
        case .gaussianLorentzianProduct(let f, let p):
            let m = p / 100
            form = .product(a: 4 * ln2 * (1 - m) / (f * f), b: 4 * m / (f * f)); nominalWidth = f
        case .gaussianLorentzianSum(let f, let p):
            form = .sum(a: 4 * ln2 / (f * f), b: 4 / (f * f), m: p / 100); nominalWidth = f
        case .voigt(let g, let l):
            form = Kernel.voigtForm(gaussianFWHM: g, lorentzianFWHM: l); nominalWidth = g + l
        case .doniachSunjic(let l, let alpha, let g):
            if g == 0 {
                form = .doniachSunjic(DoniachSunjic(lorentzianFWHM: l, asymmetry: alpha))
            } else if alpha == 0 {
                form = Kernel.voigtForm(gaussianFWHM: g, lorentzianFWHM: l)
            } else {
                form = .broadenedDoniachSunjic(BroadenedDoniachSunjic(lorentzianFWHM: l, asymmetry: alpha, gaussianFWHM: g))
            }
            nominalWidth = g + l
        case .park2020(let w, let c):
            // 0.7·exp(−a x²) + 0.3/(1 + b x²): the sum form with m = 0.3.
            form = .sum(a: c.gaussian * c.gaussian / (w * w), b: c.lorentzian * c.lorentzian / (w * w), m: 0.3)
            nominalWidth = w
        }
    }

    static func voigtForm(gaussianFWHM g: Double, lorentzianFWHM l: Double) -> Form {
        if l == 0 { return .gaussian(a: 4 * log(2.0) / (g * g)) }
        if g == 0 { return .lorentzian(b: 4 / (l * l)) }
        let scale = gaussianSigma(fwhm: g) * 2.0.squareRoot()
        let y = l / 2 / scale
        return .voigt(scale: scale, y: y, norm: 1 / Faddeeva.w(x: 0, y: y).re)
    }

    var maximumOffset: Double {
        switch form {
        case .doniachSunjic(let ds): return ds.maximumOffset
        case .broadenedDoniachSunjic(let ds): return ds.maximumOffset
        default: return 0
        }
    }

    @inline(__always) func value(_ x: Double) -> Double {
        switch form {
        case .gaussian(let a): return exp(-a * x * x)
        case .lorentzian(let b): return 1 / (1 + b * x * x)
        case .product(let a, let b): return exp(-a * x * x) / (1 + b * x * x)
        case .sum(let a, let b, let m): return (1 - m) * exp(-a * x * x) + m / (1 + b * x * x)
        case .voigt(let scale, let y, let norm): return Faddeeva.w(x: x / scale, y: y).re * norm
        case .doniachSunjic(let ds): return ds.value(x)
        case .broadenedDoniachSunjic(let ds): return ds.value(x)
        }
    }

    /// values[i] += height·profile(start + i·step − center): the regular-grid loop.
    func accumulate(
        into values: UnsafeMutableBufferPointer<Double>, start: Double, step: Double,
        center: Double, height: Double
    ) {
        let x0 = start - center
        let n = values.count
        switch form {
        case .gaussian(let a):
            for i in 0..<n { let x = x0 + Double(i) * step; values[i] += height * exp(-a * x * x) }
        case .lorentzian(let b):
            for i in 0..<n { let x = x0 + Double(i) * step; values[i] += height / (1 + b * x * x) }
        case .product(let a, let b):
            for i in 0..<n { let x = x0 + Double(i) * step; values[i] += height * exp(-a * x * x) / (1 + b * x * x) }
        case .sum(let a, let b, let m):
            let g = height * (1 - m), l = height * m
            for i in 0..<n { let x = x0 + Double(i) * step; values[i] += g * exp(-a * x * x) + l / (1 + b * x * x) }
        case .voigt(let scale, let y, let norm):
            let h = height * norm
            for i in 0..<n { let x = x0 + Double(i) * step; values[i] += h * Faddeeva.w(x: x / scale, y: y).re }
        case .doniachSunjic(let ds):
            for i in 0..<n { values[i] += height * ds.value(x0 + Double(i) * step) }
        case .broadenedDoniachSunjic(let ds):
            ds.accumulate(into: values, firstOffset: x0, step: step, height: height)
        }
    }

    /// values[i] += height·profile(energies[i] − center): the general loop.
    func accumulate(
        into values: UnsafeMutableBufferPointer<Double>, energies: UnsafeBufferPointer<Double>,
        center: Double, height: Double
    ) {
        switch form {
        case .gaussian(let a):
            for i in 0..<values.count { let x = energies[i] - center; values[i] += height * exp(-a * x * x) }
        case .lorentzian(let b):
            for i in 0..<values.count { let x = energies[i] - center; values[i] += height / (1 + b * x * x) }
        default:
            for i in 0..<values.count { values[i] += height * value(energies[i] - center) }
        }
    }
}
