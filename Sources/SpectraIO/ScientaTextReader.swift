import Foundation
import Spectra

/// Reads Scienta SES text exports (`.txt`): one spectrum per region.
///
/// Layout: "[Info]" ("Number of Regions=n"), then per region k "[Region k]" ("Region Name",
/// "Dimension 1 name=Binding Energy [eV]" or "Kinetic Energy [eV]", "Dimension 1 size",
/// "Dimension 1 scale"), "[Info k]" ("Excitation Energy", "Energy Scale", "Pass Energy",
/// "Number of Sweeps", "Step Time", "Sample", …), "[Run Mode Information k]" and "[Data k]":
/// lines "energy intensity". Every "[Region k]" and "[Info k]" key is kept in metadata as
/// `ses.Key`. Each region's energies are those of its data lines, on the scale "Dimension 1 name"
/// says; their number must equal "Dimension 1 size". Images (more than one slice, i.e. more
/// than two columns) are refused. Intensities are the summed counts the export holds.
public enum ScientaTextReader {
    /// Reads the file at `url`.
    public static func read(url: URL) throws -> [Spectrum] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TextFormatError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        return try read(text: decodeText(data), name: url.path).map {
            var s = $0
            s.metadata[SpectrumMetadataKey.file] = url.path
            return s
        }
    }

    /// Reads `text`; `name` stands for the file in errors.
    public static func read(text: String, name: String = "<text>") throws -> [Spectrum] {
        let (blocks, repairs) = try readBlocks(text: text, name: name)
        return try SpectrumFileContents(
            path: name, format: .scientaText, repairs: repairs, blocks: blocks.map(\.summary),
            outcomes: blocks.map(\.outcome)
        ).spectra()
    }

    /// Whether `text` looks like a SES export: an "[Info]" section and a "[Region 1]" section.
    static func looksLikeScienta(_ text: String) -> Bool {
        text.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("[Info]") && text.contains("[Region 1]")
    }

    private struct Section {
        var name: String
        var line: Int
        var keys: [String: (value: String, line: Int)] = [:]
        var rows: [(line: Int, text: String)] = []
    }

    static func readBlocks(text: String, name: String) throws -> (blocks: [ReadBlock], repairs: [String]) {
        let split = TextLines(text)
        var sections: [Section] = []
        for (i, raw) in split.lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("["), line.hasSuffix("]") {
                sections.append(Section(name: String(line.dropFirst().dropLast()), line: i + 1))
            } else if line.isEmpty || sections.isEmpty {
                continue
            } else if sections[sections.count - 1].name.hasPrefix("Data") {
                sections[sections.count - 1].rows.append((i + 1, line))
            } else if let eq = line.firstIndex(of: "=") {
                let key = line[..<eq].trimmingCharacters(in: .whitespaces)
                sections[sections.count - 1].keys[key] = (String(line[line.index(after: eq)...]), i + 1)
            }
        }
        let regions = sections.filter { $0.name.hasPrefix("Region ") }
        guard !regions.isEmpty else { throw TextFormatError.noData(file: name) }
        var blocks: [ReadBlock] = []
        for region in regions {
            let k = region.name.dropFirst("Region ".count)
            let info = sections.first { $0.name == "Info \(k)" } ?? Section(name: "Info \(k)", line: region.line)
            guard let data = sections.first(where: { $0.name == "Data \(k)" }) else {
                throw TextFormatError.unexpectedValue(
                    file: name, line: region.line, field: "[Data \(k)]",
                    found: "absent", expected: "a data section for region \(k)")
            }
            blocks.append(try block(index: blocks.count, region: region, info: info, data: data, file: name))
        }
        return (blocks, split.repairNotes)
    }

    private static func block(index: Int, region: Section, info: Section, data: Section, file: String) throws -> ReadBlock {
        var settings = region.keys
        settings.merge(info.keys) { fromRegion, _ in fromRegion }
        let axisName = settings["Dimension 1 name"]?.value ?? ""
        guard let recorded = TextSpectrumReader.scaleNamed(axisName) else {
            throw TextFormatError.unexpectedValue(
                file: file, line: settings["Dimension 1 name"]?.line ?? region.line,
                field: "Dimension 1 name", found: axisName,
                expected: "'Binding Energy [eV]' or 'Kinetic Energy [eV]'")
        }
        var energies: [Double] = [], intensities: [Double] = [], lines: [Int] = []
        for (line, text) in data.rows {
            let fields = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count == 2 else {
                throw TextFormatError.unexpectedValue(
                    file: file, line: line, field: "data line", found: text,
                    expected: "two columns, energy and intensity (images with several slices are not read)")
            }
            guard let e = parseDecimal(fields[0]), let y = parseDecimal(fields[1]) else {
                throw TextFormatError.unexpectedValue(file: file, line: line, field: "data line", found: text, expected: "two numbers")
            }
            energies.append(e); intensities.append(y); lines.append(line)
        }
        guard !energies.isEmpty else { throw TextFormatError.noData(file: file) }
        if let size = settings["Dimension 1 size"] {
            guard let n = Int(size.value.trimmingCharacters(in: .whitespaces)) else {
                throw TextFormatError.unexpectedValue(
                    file: file, line: size.line, field: "Dimension 1 size", found: size.value, expected: "an integer")
            }
            guard n == energies.count else {
                throw TextFormatError.valueCountMismatch(file: file, line: size.line, field: "Dimension 1 size", found: energies.count, expected: n)
            }
        }
        try TextSpectrumReader.checkMonotonic(energies, lines: lines, file: file)
        let hv = settings["Excitation Energy"].flatMap { parseDecimal($0.value) }
        var metadata: [String: String] = [
            SpectrumMetadataKey.format: SpectrumFormat.scientaText.name,
            SpectrumMetadataKey.recordedScale: recorded.rawValue,
            SpectrumMetadataKey.energyConversion: "none: abscissa recorded as \(recorded.rawValue) energy",
            SpectrumMetadataKey.recordedUnits: "counts"
        ]
        for (key, entry) in settings { metadata["ses." + key] = entry.value }
        if let hv { metadata[SpectrumMetadataKey.photonEnergy] = formatNumber(hv) }
        let summary = BlockSummary(
            index: index, sample: settings["Sample"]?.value ?? "", label: settings["Region Name"]?.value ?? "",
            photonEnergy: hv, axis: recorded == .binding ? .binding : .kinetic,
            axisLabel: axisName, firstAbscissa: energies[0], lastAbscissa: energies[energies.count - 1],
            points: energies.count)
        let (e, y) = sortedAscending(energies: energies, intensities: intensities)
        let s = try Spectrum(energies: e, intensities: y, scale: recorded, units: "counts", metadata: metadata)
        return ReadBlock(summary: summary, outcome: .spectrum(s))
    }
}
