// The physics of a survey spectrum as an instrument records it, one effect per type, each with
// its reference. `CompoundSurveyGenerator` combines them; every effect can be switched off in the
// manifest so its contribution can be measured. Energies in eV; BE = binding energy,
// KE = kinetic energy = hν − BE − φ (φ is absorbed into the binding-energy scale).
//
// Where a reference gives a range or no number, the range used here is this project's choice and
// is named as such.

import Foundation

/// An X-ray source: photon energy, natural line width and, when not monochromated, its satellite
/// lines.
public struct XRaySource: Sendable, Equatable {
    public let name: String
    public let photonEnergy: Double
    /// FWHM of the Kα1,2 line (non-monochromated), eV.
    public let lineWidth: Double
    /// Satellites of the non-monochromated anode: (energy above Kα1,2 in eV, intensity relative to
    /// Kα1,2). A satellite at +Δ puts a replica of every line at BE − Δ.
    public let satellites: [(offset: Double, intensity: Double)]

    public static func == (a: XRaySource, b: XRaySource) -> Bool { a.name == b.name && a.photonEnergy == b.photonEnergy }

    /// Al Kα. Satellites Kα3, Kα4, Kα5, Kα6, Kβ: Krause & Ferreira, J. Phys. B 8, 2007 (1975),
    /// as tabulated in Briggs & Seah, Practical Surface Analysis, Vol. 1 (Wiley 1990), App. 2.
    public static let alKAlpha = XRaySource(
        name: "Al Kα", photonEnergy: 1486.6, lineWidth: 0.85,
        satellites: [(9.8, 0.064), (11.8, 0.032), (20.1, 0.004), (23.4, 0.003), (69.7, 0.0055)])
    /// Mg Kα, same sources.
    public static let mgKAlpha = XRaySource(
        name: "Mg Kα", photonEnergy: 1253.6, lineWidth: 0.7,
        satellites: [(8.4, 0.080), (10.1, 0.041), (17.6, 0.006), (20.6, 0.005), (48.7, 0.005)])

    /// The laboratory source of this photon energy (within 1 eV), else a monochromatic source
    /// without satellites (a synchrotron beamline).
    public static func named(photonEnergy: Double) -> XRaySource {
        for s in [alKAlpha, mgKAlpha] where abs(s.photonEnergy - photonEnergy) < 1 { return s }
        return XRaySource(name: String(format: "hν %.1f eV", photonEnergy), photonEnergy: photonEnergy, lineWidth: 0.1, satellites: [])
    }
}

/// Inelastic mean free path as a power law of kinetic energy: λ(KE) = λ₁₀₀₀ · (KE / 1000 eV)^p.
/// p ≈ 0.75 is the high-energy behaviour of the TPP-2M formula (Tanuma, Powell & Penn, Surf.
/// Interface Anal. 21, 165 (1994)) and of Seah & Dench, Surf. Interface Anal. 1, 2 (1979);
/// λ₁₀₀₀ of 1.5–3 nm spans inorganic solids (this project's range).
public struct AttenuationLength: Sendable, Equatable {
    public var atThousandElectronVolts: Double
    public var exponent: Double

    public func value(kineticEnergy: Double) -> Double {
        atThousandElectronVolts * pow(max(kineticEnergy, 10) / 1000, exponent)
    }
}

/// Analyser transmission T(KE) ∝ KE^−t: in fixed-analyser-transmission (FAT) mode t is about
/// 0.5–1 for common hemispherical analysers (Seah, J. Electron Spectrosc. 71, 191 (1995));
/// t = 0 is a flat transmission.
public enum AnalyserTransmission {
    public static func value(kineticEnergy: Double, exponent t: Double) -> Double {
        pow(max(kineticEnergy, 10) / 1000, -t)
    }
}

/// Shake-up satellites of paramagnetic transition-metal compounds on their 2p lines: (offset above
/// the parent line in eV, area relative to it, FWHM in eV), by element and formal oxidation state.
/// Biesinger et al., Appl. Surf. Sci. 257, 2717 (2011) (Mn, Fe, Co, Ni 2p multiplets and
/// satellites); Biesinger, Surf. Interface Anal. 49, 1325 (2017) (Cu²⁺). Ranges are drawn per
/// spectrum; the ranges are this project's reading of those spectra.
public enum ShakeUpSatellites {
    public struct Satellite: Sendable {
        public let offset: ClosedRange<Double>
        public let intensity: ClosedRange<Double>
        public let width: ClosedRange<Double>
    }

    /// The satellite of `symbol` at formal oxidation state `state` on its 2p lines, nil where
    /// none is strong (metals, Cu⁺, diamagnetic Co³⁺ spinel sites etc.).
    public static func satellite(symbol: String, state: Double) -> Satellite? {
        switch symbol {
        case "Cu" where state >= 1.5: return Satellite(offset: 8.5...9.5, intensity: 0.35...0.55, width: 3...5)
        case "Ni" where state >= 1.5: return Satellite(offset: 6.0...7.5, intensity: 0.45...0.7, width: 3...5)
        case "Co" where state >= 1.5 && state < 2.5: return Satellite(offset: 5.5...6.5, intensity: 0.4...0.6, width: 3...5)
        case "Co" where state >= 2.5: return Satellite(offset: 9.5...10.5, intensity: 0.05...0.15, width: 3...5)
        case "Fe" where state >= 1.5 && state < 2.4: return Satellite(offset: 5.5...6.5, intensity: 0.15...0.3, width: 3...5)
        case "Fe" where state >= 2.4 && state < 2.9: return Satellite(offset: 7.5...8.5, intensity: 0.0...0.08, width: 3...5)
        case "Fe" where state >= 2.9: return Satellite(offset: 7.5...8.5, intensity: 0.15...0.3, width: 3...5)
        case "Mn" where state >= 1.5 && state < 2.5: return Satellite(offset: 5.5...6.5, intensity: 0.1...0.2, width: 3...5)
        default: return nil
        }
    }
}

/// Tougaard's universal inelastic cross-section K(T) = B·T / (C + T²)², C = 1643 eV²
/// (Tougaard, Surf. Interface Anal. 25, 137 (1997)): the single-scattering loss distribution
/// behind a line, per eV of energy loss T, for unit line area. ∫₀^∞ K dT = B / (2C), so B is set
/// from the wanted loss fraction.
public struct UniversalLossFunction: Sendable, Equatable {
    public static let c = 1643.0
    public let b: Double

    /// The cross-section whose integral over all losses is `fraction` of the line's area.
    public init(lossFraction fraction: Double) { b = 2 * UniversalLossFunction.c * fraction }

    @inline(__always) public func value(loss t: Double) -> Double {
        guard t > 0 else { return 0 }
        let d = UniversalLossFunction.c + t * t
        return b * t / (d * d)
    }
}

/// Plasmon losses: replicas of a line at n·ħω (n = 1, 2, 3) with areas βⁿ of the line's, each
/// broader than the last (Poisson-like multiple excitation; e.g. Al and Mg 2p in Briggs & Seah,
/// Vol. 1, ch. 5). ħω and β are drawn per spectrum from ranges that depend on the class of solid:
/// free-electron metals and semiconductors have sharp, strong plasmons; insulators a weak broad
/// loss near 20–25 eV (this project's ranges).
public struct PlasmonLosses: Sendable {
    public let energy: Double
    public let strength: Double
    public let width: Double
    public let replicas: Int
}
