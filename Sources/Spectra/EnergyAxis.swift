import Foundation

/// Which energy a spectrum's abscissa measures.
public enum EnergyScale: String, Codable, Sendable, Equatable {
    /// Binding energy in eV (the XPS convention; stored ascending, plotted reversed).
    case binding
    /// Kinetic energy of the photoelectron in eV.
    case kinetic
}

/// A regular energy grid: `energy(i) = start + i · step`, in eV.
///
/// Contract: `step > 0`, `count ≥ 1`. Energies ascend. Binding-energy axes are stored
/// ascending (DESIGN.md), so a binding-energy axis from 40 to 700 eV at 0.1 eV has
/// `start = 40`, `step = 0.1`, `count = 6601`.
public struct EnergyAxis: Sendable, Equatable, Codable {
    /// First energy, eV.
    public var start: Double
    /// Spacing, eV (> 0).
    public var step: Double
    /// Number of points (≥ 1).
    public var count: Int
    /// Binding or kinetic.
    public var scale: EnergyScale

    public init(start: Double, step: Double, count: Int, scale: EnergyScale = .binding) throws {
        guard step.isFinite, step > 0 else { throw SpectraError.invalidAxis("step must be a positive number of eV, found \(step)") }
        guard count >= 1 else { throw SpectraError.invalidAxis("an axis needs at least one point, found \(count)") }
        guard start.isFinite else { throw SpectraError.invalidAxis("start must be finite, found \(start)") }
        self.start = start
        self.step = step
        self.count = count
        self.scale = scale
    }

    /// Energy of point `i`, eV.
    @inlinable public func energy(at i: Int) -> Double { start + Double(i) * step }

    /// Last energy, eV.
    public var end: Double { energy(at: count - 1) }

    /// All energies, eV, ascending.
    public var energies: [Double] { (0..<count).map { energy(at: $0) } }
}

/// A measured or synthetic spectrum on an explicit, possibly irregular, energy grid.
///
/// `energies` are in eV and ascend; `intensities` are counts, counts/s or arbitrary
/// units as `units` says; both have the same length.
public struct Spectrum: Sendable {
    public var energies: [Double]
    public var intensities: [Double]
    public var scale: EnergyScale
    /// Intensity units, e.g. "counts", "counts/s", "a.u.".
    public var units: String
    /// Free-form metadata kept from the source (file name, comments, instrument settings).
    public var metadata: [String: String]

    public init(
        energies: [Double], intensities: [Double], scale: EnergyScale = .binding,
        units: String = "counts", metadata: [String: String] = [:]
    ) throws {
        guard energies.count == intensities.count else {
            throw SpectraError.invalidSpectrum("\(energies.count) energies but \(intensities.count) intensities")
        }
        guard !energies.isEmpty else { throw SpectraError.invalidSpectrum("a spectrum needs at least one point") }
        self.energies = energies
        self.intensities = intensities
        self.scale = scale
        self.units = units
        self.metadata = metadata
    }
}

/// Errors of the physics module: each names what was found and what was expected.
public enum SpectraError: Error, Equatable, CustomStringConvertible {
    case invalidAxis(String)
    case invalidSpectrum(String)
    case invalidParameter(name: String, found: String, expected: String)
    case unknownElement(String)
    case unknownLabel(String)

    public var description: String {
        switch self {
        case .invalidAxis(let s): return "invalid energy axis: \(s)"
        case .invalidSpectrum(let s): return "invalid spectrum: \(s)"
        case .invalidParameter(let name, let found, let expected):
            return "invalid \(name): found \(found), expected \(expected)"
        case .unknownElement(let s): return "unknown element '\(s)'"
        case .unknownLabel(let s): return "unknown label '\(s)'"
        }
    }
}
