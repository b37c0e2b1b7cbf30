import Foundation
import Spectra

/// Writes spectra as a VAMAS file (ISO 14976): experiment mode NORM, scan mode REGULAR,
/// technique XPS, one block per spectrum, lines ended by CR LF as CasaXPS writes them.
///
/// Each spectrum must be on a regular grid (|Eᵢ − (E₀ + i·ΔE)| ≤ 10⁻⁶·|ΔE|). The abscissa is
/// written as kinetic or binding energy (eV) as `Options.abscissa` says, converting with
/// KE = hν − BE, as instrument software writes it (`Options.workFunction` is recorded as the
/// analyser's, not applied); reading the file back with the reader's default (φ = 0, see
/// `WorkFunctionCorrection`) gives the energies again. Numbers are written in the shortest form that reads back
/// exactly, so ordinates round-trip bit for bit and energies to ~10⁻¹² eV.
/// Intensity units: "counts" → variable "counts" (pulse counting), "counts/s" → "count rate"
/// in "c/s", anything else → "Intensity" with signal mode "analogue".
/// Block identifier, sample identifier, species and transition labels come from the metadata
/// keys `VamasMetadataKey.blockIdentifier`, `.sampleIdentifier`, `.speciesLabel`, `.transitionLabel`
/// when present ("Spectrum N", `Options.sampleIdentifier`, "", "" otherwise).
public enum VamasWriter {
    public struct Options: Sendable {
        public var institution = "Not Specified"
        public var instrumentModel = "Not Specified"
        public var operatorName = "Not Specified"
        public var experimentIdentifier = "Not Specified"
        /// Experiment comment lines.
        public var comment: [String] = []
        public var sampleIdentifier = "Not Specified"
        /// Scale of the written abscissa (kinetic energy is what every VAMAS reader accepts).
        public var abscissa = EnergyScale.kinetic
        /// Analysis source label and photon energy hν (eV); Al Kα by default.
        public var sourceLabel = "Al"
        public var photonEnergy = 1486.61
        /// Analyser work function φ, eV; nil writes "not specified" (1E37) and converts with φ = 0.
        public var workFunction: Double?
        public var analyserMode = "FAT"
        /// Pass energy, eV; nil writes "not specified".
        public var passEnergy: Double?
        /// Signal collection time per point and scan (s) and number of scans.
        public var collectionTime = 1.0
        public var numberOfScans = 1
        public var date = VamasDate()

        public init() {}
    }

    /// The VAMAS text of `spectra`.
    public static func write(spectra: [Spectrum], options: Options = Options()) throws -> String {
        guard !spectra.isEmpty else {
            throw VamasError.unwritable(spectrum: 0, field: "number of blocks", found: "0", expected: "at least one spectrum")
        }
        guard options.photonEnergy.isFinite, options.photonEnergy > 0 else {
            throw VamasError.unwritable(
                spectrum: 0, field: "analysis source characteristic energy",
                found: "\(options.photonEnergy)", expected: "a photon energy > 0 eV")
        }
        guard options.collectionTime.isFinite, options.collectionTime > 0, options.numberOfScans > 0 else {
            throw VamasError.unwritable(
                spectrum: 0, field: "signal collection time × number of scans",
                found: "\(options.collectionTime) s × \(options.numberOfScans)",
                expected: "a positive time and scan count")
        }
        var out: [String] = []
        out.reserveCapacity(64 + spectra.reduce(0) { $0 + $1.energies.count })
        out.append(VamasFile.formatIdentifierPrefix + " 1988 May 4")
        out += [options.institution, options.instrumentModel, options.operatorName, options.experimentIdentifier]
            .map(singleLine)
        out.append(String(options.comment.count))
        out += options.comment.map(singleLine)
        out += ["NORM", "REGULAR", String(spectra.count)]  // mode, scan mode, spectral regions
        out += ["1", "Exp Variable", "d"]  // one experimental variable, as CasaXPS writes
        out += ["0", "0", "0", "0"]  // inclusion list, manual items, future upgrades
        out.append(String(spectra.count))
        for (index, spectrum) in spectra.enumerated() {
            out += try block(spectrum, index: index, options: options)
        }
        out.append("end of experiment")
        return out.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes `spectra` to `url` (atomically).
    public static func write(spectra: [Spectrum], to url: URL, options: Options = Options()) throws {
        let text = try write(spectra: spectra, options: options)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    private static let notSpecified = "1E37"

    private static func singleLine(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    private static func optional(_ value: Double?) -> String { value.map(formatNumber) ?? notSpecified }

    private static func block(_ spectrum: Spectrum, index: Int, options: Options) throws -> [String] {
        let n = spectrum.energies.count
        for (i, value) in spectrum.intensities.enumerated() where !value.isFinite {
            throw VamasError.unwritable(spectrum: index, field: "ordinate value \(i)", found: "\(value)", expected: "a finite number")
        }
        for (i, value) in spectrum.energies.enumerated() where !value.isFinite {
            throw VamasError.unwritable(spectrum: index, field: "energy \(i)", found: "\(value)", expected: "a finite number")
        }
        // Abscissa on the requested scale, in the spectrum's order.
        let energies =
            spectrum.scale == options.abscissa
            ? spectrum.energies
            : spectrum.energies.map { convertEnergy($0, photonEnergy: options.photonEnergy, workFunction: 0) }
        let start = energies[0]
        let step = n > 1 ? (energies[n - 1] - energies[0]) / Double(n - 1) : 1
        guard step != 0 else {
            throw VamasError.unwritable(
                spectrum: index, field: "abscissa increment", found: "0",
                expected: "distinct first and last energies")
        }
        for i in 0..<n where abs(energies[i] - (start + Double(i) * step)) > 1e-6 * abs(step) {
            throw VamasError.unwritable(
                spectrum: index, field: "abscissa",
                found: "energy \(energies[i]) eV at point \(i), \(start + Double(i) * step) eV on the regular grid",
                expected: "a regular grid (scan mode REGULAR)")
        }

        let (label, units, signalMode): (String, String, String) =
            switch spectrum.units {
            case "counts": ("counts", "d", "pulse counting")
            case "counts/s": ("count rate", "c/s", "pulse counting")
            default: ("Intensity", "d", "analogue")
            }
        let m = spectrum.metadata
        let d = options.date
        var b: [String] = []
        b.append(singleLine(m[VamasMetadataKey.blockIdentifier] ?? "Spectrum \(index + 1)"))
        b.append(singleLine(m[VamasMetadataKey.sampleIdentifier] ?? options.sampleIdentifier))
        b += [d.year, d.month, d.day, d.hours, d.minutes, d.seconds, d.hoursAheadOfGMT].map { String($0) }
        b.append("0")  // block comment lines
        b.append("XPS")
        b.append(String(index))  // experimental variable value
        b.append(singleLine(options.sourceLabel))
        b.append(formatNumber(options.photonEnergy))
        b += [notSpecified, notSpecified, notSpecified]  // source strength, beam width x, y
        b += [notSpecified, notSpecified]  // source polar angle, azimuth
        b.append(singleLine(options.analyserMode))
        b.append(optional(options.passEnergy))
        b.append(notSpecified)  // magnification
        b.append(optional(options.workFunction))
        b += [notSpecified, notSpecified, notSpecified]  // target bias, analysis width x, y
        b += [notSpecified, notSpecified]  // take-off polar angle, azimuth
        b.append(singleLine(m[VamasMetadataKey.speciesLabel] ?? ""))
        b.append(singleLine(m[VamasMetadataKey.transitionLabel] ?? ""))
        b.append("-1")  // charge of detected particle
        b.append(options.abscissa == .kinetic ? "kinetic energy" : "binding energy")
        b.append("eV")
        b.append(formatNumber(start))
        b.append(formatNumber(step))
        b += ["1", label, units, signalMode]
        b.append(formatNumber(options.collectionTime))
        b.append(String(options.numberOfScans))
        b.append(notSpecified)  // signal time correction
        b += [notSpecified, notSpecified, notSpecified]  // sample tilt, azimuth, rotation
        b.append("0")  // additional numerical parameters
        b.append(String(n))
        b.append(formatNumber(spectrum.intensities.min()!))
        b.append(formatNumber(spectrum.intensities.max()!))
        b += spectrum.intensities.map(formatNumber)
        return b
    }
}
