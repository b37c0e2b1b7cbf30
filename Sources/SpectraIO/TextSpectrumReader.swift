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
            return "\(file):\(line): energy \(found) eV after \(previous) eV breaks the order of the axis (expected strictly ascending or strictly descending energies)"
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
        precondition(options.energyColumn >= 0 && options.intensityColumn >= 0 && options.energyColumn != options.intensityColumn,
                     "energy and intensity columns must be distinct and ≥ 0")
        let needed = max(options.energyColumn, options.intensityColumn) + 1
        var header: [String] = []
        var energies: [Double] = [], intensities: [Double] = []
        var lineOfPoint: [Int] = []
        for (index, raw) in splitLines(text).enumerated() {
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
                throw TextFormatError.unexpectedValue(file: name, line: lineNumber, field: "data line",
                                                      found: line.trimmingCharacters(in: .whitespaces),
                                                      expected: "numbers (header lines may only precede the data)")
            }
            guard fields.count >= needed else {
                throw TextFormatError.missingColumn(file: name, line: lineNumber, found: fields.count, expected: needed)
            }
            guard let energy = numbers[options.energyColumn] else {
                throw TextFormatError.unexpectedValue(file: name, line: lineNumber, field: "energy (column \(options.energyColumn + 1))",
                                                      found: String(fields[options.energyColumn]), expected: "a number")
            }
            guard let value = numbers[options.intensityColumn] else {
                throw TextFormatError.unexpectedValue(file: name, line: lineNumber, field: "intensity (column \(options.intensityColumn + 1))",
                                                      found: String(fields[options.intensityColumn]), expected: "a number")
            }
            energies.append(energy)
            intensities.append(value)
            lineOfPoint.append(lineNumber)
        }
        guard !energies.isEmpty else { throw TextFormatError.noData(file: name) }
        try checkMonotonic(energies, lines: lineOfPoint, file: name)

        let headerText = header.joined(separator: "\n").lowercased()
        let scale = options.scale ?? (headerText.contains("kinetic") ? .kinetic : .binding)
        let rate = ["cps", "c/s", "counts/s", "counts per second"].contains { headerText.contains($0) }
        let units = options.units ?? (rate ? "counts/s" : "counts")
        (energies, intensities) = sortedAscending(energies: energies, intensities: intensities)
        var metadata = [SpectrumMetadataKey.format: "text"]
        if !header.isEmpty { metadata["header"] = header.joined(separator: "\n") }
        return try Spectrum(energies: energies, intensities: intensities, scale: scale, units: units, metadata: metadata)
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
