import Foundation
import Spectra

/// Errors of the text readers (two-column text / CSV, SPECS Prodigy `.xy`): each names the
/// file (or the name given for in-memory text) and the 1-based line.
public enum TextFormatError: Error, Equatable, CustomStringConvertible {
    /// A field holds text that is not what the format allows.
    case unexpectedValue(file: String, line: Int, field: String, found: String, expected: String)
    /// A data line has fewer columns than the reader needs.
    case missingColumn(file: String, line: Int, found: Int, expected: Int)
    /// Energies neither strictly ascend nor strictly descend; `line` holds the first offender.
    case energiesNotMonotonic(file: String, line: Int, previous: Double, found: Double)
    /// A curve holds a different number of points than its header declares at `line`.
    case valueCountMismatch(file: String, line: Int, field: String, found: Int, expected: Int)
    /// The file holds no data line.
    case noData(file: String)
    /// The file could not be read at all.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .unexpectedValue(let file, let line, let field, let found, let expected):
            return "\(file):\(line): \(field): found '\(found)', expected \(expected)"
        case .missingColumn(let file, let line, let found, let expected):
            return "\(file):\(line): found \(found) column(s), expected at least \(expected)"
        case .energiesNotMonotonic(let file, let line, let previous, let found):
            return
                "\(file):\(line): energy \(found) eV after \(previous) eV breaks the order of the axis (expected strictly ascending or strictly descending energies)"
        case .valueCountMismatch(let file, let line, let field, let found, let expected):
            return "\(file):\(line): \(field) declares \(expected) values, found \(found)"
        case .noData(let file):
            return "\(file): no data lines"
        case .unreadable(let file, let reason):
            return "\(file): cannot read: \(reason)"
        }
    }
}

/// Reads a spectrum from columns of text: energy (eV) and intensity.
///
/// Columns are separated by tabs, semicolons, commas or whitespace (decided per line, in that
/// order; with semicolons a decimal comma is accepted). Lines starting with '#' and text after
/// a '#' are comments; blank lines are skipped; non-numeric lines before the first data line
/// are header lines (kept in metadata "header"), after it they are errors. Energies must
/// strictly ascend or strictly descend; the spectrum is returned ascending.
///
/// The energy column is kinetic when its header label says so ("KE/eV", "Kinetic Energy") or,
/// without a label, when a header line says "kinetic"; else binding. A header may give the
/// photon energy hν ("hv = 600", "Photon Energy: 600 eV", "Excitation Energy 1486.6"; after a
/// kinetic label also LG4X's "PE: 600 eV"): kinetic energies then become binding energies,
/// BE = hν − KE, with no work function subtracted (the energies are taken as referenced to the
/// Fermi level, as synchrotron exports give them); metadata `energyConversion` says so.
public enum TextSpectrumReader {
    public struct Options: Sendable {
        /// Scale of the energy column; nil: kinetic when a header line says "kinetic", else binding.
        public var scale: EnergyScale?
        /// Intensity units; nil: "counts/s" when a header says "cps", "c/s", "counts/s" or
        /// "counts per second", else "counts".
        public var units: String?
        /// 0-based columns of energy and intensity.
        public var energyColumn = 0
        public var intensityColumn = 1

        public init(scale: EnergyScale? = nil, units: String? = nil, energyColumn: Int = 0, intensityColumn: Int = 1) {
            self.scale = scale
            self.units = units
            self.energyColumn = energyColumn
            self.intensityColumn = intensityColumn
        }
    }

    /// Reads the file at `url`.
    public static func read(url: URL, options: Options = Options()) throws -> Spectrum {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TextFormatError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        var spectrum = try read(text: decodeText(data), name: url.path, options: options)
        spectrum.metadata[SpectrumMetadataKey.file] = url.path
        return spectrum
    }

    /// Reads `text`; `name` stands for the file in errors.
    public static func read(text: String, name: String = "<text>", options: Options = Options()) throws -> Spectrum {
        try read(lines: splitLines(text), name: name, options: options)
    }

    /// Reads the lines of a file; `name` stands for the file in errors.
    static func read(lines: [String], name: String, options: Options) throws -> Spectrum {
        try parse(lines: lines, name: name, options: options).spectrum
    }

    /// The summary of a spectrum read by this reader, labelled `label`.
    static func block(lines: [String], name: String, label fallback: String) throws -> ReadBlock {
        let (s, first, last) = try parse(lines: lines, name: name, options: Options())
        let header = (s.metadata["header"] ?? "").split(separator: "\n").last.map(String.init) ?? ""
        let columns = splitFields(Substring(header))
        let namesHV =
            s.metadata[SpectrumMetadataKey.photonEnergy] != nil
            && photonEnergy(in: [columns.count > 1 ? columns[1] : ""], afterKineticLabel: true) != nil
        let label = columns.count > 1 && !columns[1].isEmpty && !namesHV ? columns[1] : fallback
        let recorded = s.metadata[SpectrumMetadataKey.recordedScale] == "kinetic" ? AxisKind.kinetic : .binding
        let summary = BlockSummary(
            index: 0, label: label, photonEnergy: s.metadata[SpectrumMetadataKey.photonEnergy].flatMap(parseDecimal),
            axis: recorded, axisLabel: columns.first ?? "", firstAbscissa: first, lastAbscissa: last,
            points: s.energies.count)
        return ReadBlock(summary: summary, outcome: .spectrum(s))
    }

    /// The spectrum and the first and last energies as written.
    private static func parse(lines: [String], name: String, options: Options) throws -> (spectrum: Spectrum, first: Double, last: Double) {
        precondition(
            options.energyColumn >= 0 && options.intensityColumn >= 0 && options.energyColumn != options.intensityColumn,
            "energy and intensity columns must be distinct and ≥ 0")
        let needed = max(options.energyColumn, options.intensityColumn) + 1
        var header: [String] = []
        var energies: [Double] = [], intensities: [Double] = []
        var lineOfPoint: [Int] = []
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") {
                if energies.isEmpty, line[..<hash].trimmingCharacters(in: .whitespaces).isEmpty {
                    header.append(String(line[line.index(after: hash)...]).trimmingCharacters(in: .whitespaces))
                }
                line = line[..<hash]
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = splitFields(line)
            let numbers = fields.map { parseDecimal($0) }
            let isData = numbers.first.map { $0 != nil } ?? false
            if energies.isEmpty && !isData {
                header.append(String(line).trimmingCharacters(in: .whitespaces))
                continue
            }
            guard isData else {
                throw TextFormatError.unexpectedValue(
                    file: name, line: lineNumber, field: "data line",
                    found: line.trimmingCharacters(in: .whitespaces),
                    expected: "numbers (header lines may only precede the data)")
            }
            guard fields.count >= needed else {
                throw TextFormatError.missingColumn(file: name, line: lineNumber, found: fields.count, expected: needed)
            }
            guard let energy = numbers[options.energyColumn] else {
                throw TextFormatError.unexpectedValue(
                    file: name, line: lineNumber, field: "energy (column \(options.energyColumn + 1))",
                    found: String(fields[options.energyColumn]), expected: "a number")
            }
            guard let value = numbers[options.intensityColumn] else {
                throw TextFormatError.unexpectedValue(
                    file: name, line: lineNumber, field: "intensity (column \(options.intensityColumn + 1))",
                    found: String(fields[options.intensityColumn]), expected: "a number")
            }
            energies.append(energy)
            intensities.append(value)
            lineOfPoint.append(lineNumber)
        }
        guard !energies.isEmpty else { throw TextFormatError.noData(file: name) }
        try checkMonotonic(energies, lines: lineOfPoint, file: name)

        let headerText = header.joined(separator: "\n").lowercased()
        let columnLabel = header.last.map { splitFields(Substring($0)) }.flatMap { options.energyColumn < $0.count ? $0[options.energyColumn] : nil }
        let recorded = options.scale ?? columnLabel.flatMap(scaleNamed) ?? (headerText.contains("kinetic") ? .kinetic : .binding)
        let rate = ["cps", "c/s", "counts/s", "counts per second"].contains { headerText.contains($0) }
        let units = options.units ?? (rate ? "counts/s" : "counts")
        let (first, last) = (energies[0], energies[energies.count - 1])
        var metadata = [SpectrumMetadataKey.format: "text", SpectrumMetadataKey.recordedScale: recorded.rawValue]
        if !header.isEmpty { metadata["header"] = header.joined(separator: "\n") }
        var scale = recorded
        if let (hv, source) = photonEnergy(in: header, afterKineticLabel: recorded == .kinetic) {
            metadata[SpectrumMetadataKey.photonEnergy] = formatNumber(hv)
            if recorded == .kinetic, options.scale == nil {
                energies = energies.map { convertEnergy($0, photonEnergy: hv, workFunction: 0) }
                scale = .binding
                metadata[SpectrumMetadataKey.energyConversion] =
                    "BE = hν − KE, hν = \(formatNumber(hv)) eV (header '\(source)'), "
                    + "no work function subtracted (kinetic energies taken as referenced to the Fermi level)"
            }
        }
        if metadata[SpectrumMetadataKey.energyConversion] == nil {
            metadata[SpectrumMetadataKey.energyConversion] = "none: abscissa recorded as \(recorded.rawValue) energy"
        }
        (energies, intensities) = sortedAscending(energies: energies, intensities: intensities)
        let spectrum = try Spectrum(energies: energies, intensities: intensities, scale: scale, units: units, metadata: metadata)
        return (spectrum, first, last)
    }

    /// The scale an energy column label names: "KE", "kinetic" → kinetic; "BE", "binding" → binding.
    static func scaleNamed(_ label: String) -> EnergyScale? {
        let words = label.lowercased().split { !$0.isLetter }.map(String.init)
        if words.contains(where: { $0 == "ke" || $0 == "kinetic" }) { return .kinetic }
        if words.contains(where: { $0 == "be" || $0 == "binding" }) { return .binding }
        return nil
    }

    /// The photon energy (eV) a header names, and the text that names it. "PE" counts only after
    /// a kinetic-energy label (LG4X's "KE/eV,PE: 600 eV"); elsewhere it means pass energy.
    static func photonEnergy(in header: [String], afterKineticLabel: Bool) -> (Double, String)? {
        let names = #"h\s*ν|hv|hnu|photon\s+energy|excitation\s+energy"# + (afterKineticLabel ? #"|\bpe\b"# : "")
        let pattern = "(?i)(" + names + #")\s*[:=]?\s*([0-9]+(?:\.[0-9]*)?)\s*(ev)?"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
        for line in header {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = regex.firstMatch(in: line, range: range),
                let whole = Range(match.range, in: line), let number = Range(match.range(at: 2), in: line),
                let value = parseDecimal(line[number]), value > 0
            else { continue }
            return (value, line[whole].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Fields of a data line: tab, semicolon (decimal comma allowed), comma or whitespace separated.
    static func splitFields(_ line: Substring) -> [String] {
        if line.contains("\t") {
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            while fields.last?.isEmpty == true { fields.removeLast() }
            return fields
        }
        if line.contains(";") {
            return line.split(separator: ";", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".") }
        }
        if line.contains(",") {
            return line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    static func checkMonotonic(_ energies: [Double], lines: [Int], file: String) throws {
        guard energies.count >= 2 else { return }
        let ascending = energies[1] > energies[0]
        for i in 1..<energies.count {
            let ok = ascending ? energies[i] > energies[i - 1] : energies[i] < energies[i - 1]
            if !ok {
                throw TextFormatError.energiesNotMonotonic(file: file, line: lines[i], previous: energies[i - 1], found: energies[i])
            }
        }
    }
}
