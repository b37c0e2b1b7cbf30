// SpectraIO: readers and writers for measured spectra.
//
// Formats (the table is `SpectrumFormat`): VAMAS (ISO 14976) read and write; two-column text /
// CSV, SPECS Prodigy `.xy` and Scienta SES text read. Every reader returns `Spectrum` values
// (Spectra module) with ascending energies in eV and metadata naming the source; every malformed
// input is an error naming the line, or, with exactly one sensible reading, a read whose
// repairs are noted.

import Foundation
import Spectra

/// Which work function φ (eV) enters the conversion between kinetic and binding energy.
///
/// BE = hν − KE − φ (and KE = hν − BE − φ), with hν the source (photon) energy in eV.
/// `none` (the default) uses φ = 0: the kinetic energies the writers of measured files record are
/// already referenced so that BE = hν − KE — SpecsLab Prodigy's VAMAS survey of MgFe2O4
/// (`vamas/regular.vms`, KE 136.61…1486.61 eV) is its own `.xy` export's BE 1350…0 eV with φ = 0
/// although both files carry an analyser work function of 4.1 eV, and CasaXPS's files put Co metal
/// 2p3/2 at 778.2 eV with φ = 0 and at 774.1 eV with the file's φ. `fromFile` subtracts the
/// analyser work function recorded in the file (φ = 0 when it gives none), for instruments that
/// record kinetic energies against the vacuum level; `value` uses the given φ in eV. The choice
/// is recorded in the spectrum's metadata.
public enum WorkFunctionCorrection: Sendable, Equatable {
    case fromFile
    case none
    case value(Double)
}

/// What to do with the intensity units recorded in a file.
///
/// counts = (counts/s) × t × n, with t the signal collection time per point and scan (s)
/// and n the number of scans summed; `asRecorded` keeps the file's values.
public enum IntensityConversion: Sendable, Equatable {
    case asRecorded
    case counts
    case countsPerSecond
}

/// Metadata keys shared by the readers (values are strings; energies in eV, times in s).
public enum SpectrumMetadataKey {
    /// File the spectrum was read from (absolute path).
    public static let file = "file"
    /// Format name: "VAMAS", "text", "SPECS Prodigy XY".
    public static let format = "format"
    /// Photon (source) energy hν, eV.
    public static let photonEnergy = "photonEnergy"
    /// Work function φ in the file, eV.
    public static let workFunction = "workFunction"
    /// How the energy axis was obtained, e.g. "BE = hν − KE − φ, hν = 1486.61 eV, φ = 4.1082 eV".
    public static let energyConversion = "energyConversion"
    /// Intensity units as recorded in the file: "counts", "counts/s" or "a.u.".
    public static let recordedUnits = "recordedUnits"
    /// How the intensities were obtained from the recorded ones.
    public static let intensityConversion = "intensityConversion"
    /// Signal collection time per point and scan, s.
    public static let collectionTime = "collectionTime"
    /// Number of scans summed.
    public static let scans = "scans"
    /// What the reader repaired in a malformed file to read it, one note per line
    /// (absent when nothing was repaired).
    public static let repairs = "repairs"
    /// Energy scale of the abscissa as recorded in the file ("binding" or "kinetic").
    public static let recordedScale = "recordedScale"
    /// Blocks of the file not returned as spectra because their abscissa is no energy.
    public static let skippedBlocks = "skippedBlocks"
}

// MARK: - Shared helpers (internal)

/// Decodes file bytes as UTF-8, falling back to ISO Latin-1 (instrument PCs often write it).
func decodeText(_ data: Data) -> String {
    if let text = String(data: data, encoding: .utf8) { return text }
    return String(decoding: data.map { UInt16($0) }, as: UTF16.self)
}

/// A finite decimal number ("12", "-0.1", "1e+037", "70E-9"); nil for anything else
/// (hexadecimal, "inf", "nan", empty).
func parseDecimal(_ text: Substring) -> Double? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    for scalar in trimmed.unicodeScalars {
        switch scalar {
        case "0"..."9", "+", "-", ".", "e", "E": continue
        default: return nil
        }
    }
    guard let value = Double(trimmed), value.isFinite else { return nil }
    return value
}

func parseDecimal(_ text: String) -> Double? { parseDecimal(Substring(text)) }

/// Shortest text that reads back as exactly `value`; integral values without a decimal point.
func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
}

/// Binding ↔ kinetic energy: E' = hν − E − φ (the same formula both ways), eV.
func convertEnergy(_ energy: Double, photonEnergy: Double, workFunction: Double) -> Double {
    photonEnergy - energy - workFunction
}

/// Sorts points by energy, ascending (stable for equal energies).
func sortedAscending(energies: [Double], intensities: [Double]) -> ([Double], [Double]) {
    if energies.count < 2 { return (energies, intensities) }
    var ascending = true, descending = true
    for i in 1..<energies.count {
        if energies[i] < energies[i - 1] { ascending = false }
        if energies[i] > energies[i - 1] { descending = false }
    }
    if ascending { return (energies, intensities) }
    if descending { return (Array(energies.reversed()), Array(intensities.reversed())) }
    let order = energies.indices.sorted { (energies[$0], $0) < (energies[$1], $1) }
    return (order.map { energies[$0] }, order.map { intensities[$0] })
}

/// Ascending `energies` with every run of equal values (an irregular abscissa of interleaved
/// grids records some energies twice) merged into one point at the run's mean intensity; `pairs`
/// counts the points merged away (0: nothing changed).
func mergingRepeatedEnergies(energies: [Double], intensities: [Double]) -> (energies: [Double], intensities: [Double], pairs: Int) {
    var e: [Double] = [], y: [Double] = [], n: [Double] = []
    for (x, v) in zip(energies, intensities) {
        if let last = e.last, x == last {
            y[y.count - 1] += v
            n[n.count - 1] += 1
        } else {
            e.append(x); y.append(v); n.append(1)
        }
    }
    return (e, zip(y, n).map { $0 / $1 }, energies.count - e.count)
}

/// Intensity units named by a label / units pair: "counts/s" for rates, else "counts".
func isCountRate(label: String, units: String) -> Bool {
    let u = units.trimmingCharacters(in: .whitespaces).lowercased()
    let l = label.lowercased()
    if ["c/s", "cps", "counts/s", "count/s", "counts per second", "1/s", "s-1", "/s"].contains(u) { return true }
    return l.contains("rate") || l.contains("per second") || l.contains("cps") || l.contains("counts/s")
}
