import Foundation
import Spectra

/// The fitted area of one element's line(s), as it enters a quantification table.
public struct FittedArea: Sendable, Equatable {
    /// Element symbol, e.g. "Fe".
    public var element: String
    /// The lines whose peaks make up `area`, e.g. ["2p3/2", "2p1/2"] for a fitted doublet, ["1s"].
    public var orbitals: [String]
    /// Σ of the fitted peaks' areas (`FitResult.areas`), counts·eV, background excluded.
    public var area: Double
    /// Binding energy (eV) at which the kinetic-energy correction is taken, e.g. a fitted
    /// component's position (CasaXPS takes each component's); nil: the first orbital's library value.
    public var bindingEnergy: Double?

    public init(element: String, orbitals: [String], area: Double, bindingEnergy: Double? = nil) {
        self.element = element
        self.orbitals = orbitals
        self.area = area
        self.bindingEnergy = bindingEnergy
    }
}

/// One row of the table: an element's corrected area and atomic percentage.
public struct QuantificationRow: Sendable, Equatable {
    public let element: String
    public let orbitals: [String]
    /// Binding energy of the correction, eV: the given one, else the first orbital's (element library, Al Kα).
    public let bindingEnergy: Double
    /// Fitted area, counts·eV.
    public let area: Double
    /// Σ of the orbitals' Scofield factors (C 1s = 1).
    public let sensitivityFactor: Double
    /// (E_k / 1000 eV)^(`imfpExponent` + `transmissionExponent`), E_k = hν − binding energy.
    public let energyCorrection: Double
    /// area / (sensitivityFactor × energyCorrection).
    public let correctedArea: Double
    /// 100 × correctedArea / Σ correctedArea.
    public let atomicPercent: Double
}

/// Atomic percentages from fitted peak areas, as CasaXPS's quantification table computes them:
///
///   x_e = (A_e / (σ_e·E_k^(m + t))) / Σ_f (A_f / (σ_f·E_k^(m + t))) × 100 %
///
/// A_e: the fitted areas of the element's listed lines (counts·eV); σ_e: the sum of those lines'
/// Scofield factors for Al Kα (J. H. Scofield, J. Electron Spectrosc. 8, 129 (1976); the element
/// library's). The detected intensity also scales with the inelastic mean free path λ ∝ E_k^m and
/// the analyser transmission T ∝ E_k^t at the electron's kinetic energy E_k = hν − E_B.
/// Default m = 0.6: between Seah–Dench's 0.5 and the 0.75 of TPP-2M fits over 200–1500 eV
/// (M. P. Seah, W. A. Dench, Surf. Interface Anal. 1, 2 (1979); S. Tanuma, C. J. Powell,
/// D. R. Penn, Surf. Interface Anal. 21, 165 (1994)). Default t = 0: the transmission is the
/// instrument's; give its exponent (about −0.5 … −1 for a hemispherical analyser at fixed pass
/// energy) when known. Not modelled: angular asymmetry, satellites outside the fitted peaks,
/// sample inhomogeneity.
public struct PeakAreaQuantification: Sendable {
    public var library: ElementLibrary
    /// m in λ ∝ E_k^m.
    public var imfpExponent: Double
    /// t in T ∝ E_k^t.
    public var transmissionExponent: Double

    public init(library: ElementLibrary, imfpExponent: Double = 0.6, transmissionExponent: Double = 0) {
        self.library = library
        self.imfpExponent = imfpExponent
        self.transmissionExponent = transmissionExponent
    }

    /// The table for `areas`, one row per entry (give each element once).
    public func table(_ areas: [FittedArea]) throws -> [QuantificationRow] {
        guard !areas.isEmpty else { throw FittingError.emptyData }
        var rows = [(FittedArea, Double, Double, Double)]()
        for (i, a) in areas.enumerated() {
            guard a.area.isFinite, a.area >= 0 else {
                throw FittingError.invalidValue(
                    field: "area of \(a.element) \(a.orbitals.joined(separator: "+"))", index: i,
                    found: a.area, expected: "a finite area ≥ 0 counts·eV")
            }
            guard !a.orbitals.isEmpty else {
                throw FittingError.invalidParameter(name: "orbitals of \(a.element)", found: "none", expected: "at least one line, e.g. 1s")
            }
            let element = try library.element(a.element)
            let lines = try a.orbitals.map { try element.line($0) }
            let binding = a.bindingEnergy ?? lines[0].bindingEnergy
            let kinetic = library.photonEnergy - binding
            guard kinetic > 0, binding.isFinite else {
                throw FittingError.invalidParameter(
                    name: "\(a.element) \(a.orbitals[0])", found: "binding energy \(binding) eV",
                    expected: "below the photon energy \(library.photonEnergy) eV")
            }
            let correction = pow(kinetic / 1000, imfpExponent + transmissionExponent)
            rows.append((a, binding, lines.map(\.sensitivityFactor).reduce(0, +), correction))
        }
        let corrected = rows.map { $0.0.area / ($0.2 * $0.3) }
        let total = corrected.reduce(0, +)
        guard total > 0 else {
            throw FittingError.invalidValue(field: "total corrected area", index: 0, found: total, expected: "a positive sum of areas")
        }
        return rows.indices.map { i in
            QuantificationRow(
                element: rows[i].0.element, orbitals: rows[i].0.orbitals, bindingEnergy: rows[i].1, area: rows[i].0.area,
                sensitivityFactor: rows[i].2, energyCorrection: rows[i].3, correctedArea: corrected[i],
                atomicPercent: 100 * corrected[i] / total)
        }
    }
}
