import Foundation
import Spectra

/// Reads SpecsLab Prodigy `.xy` exports: one spectrum per curve of every region.
///
/// Layout: "# Key: Value" comment lines — a file header ("# Created by: SpecsLab Prodigy …",
/// "# Energy Axis: Kinetic Energy" or "Binding Energy", "# Count Rate: Counts per Second"),
/// then per region "# Region: name" followed by its settings ("# Acquisition Date:",
/// "# Values/Curve:", "# Excitation Energy:", "# Kinetic Energy:" or "# Binding Energy:" start,
/// "# Eff. Workfunction:", …), then per curve "# Cycle: c, Curve: k[, Scan: s]" and data lines
/// "energy intensity" ended by a blank or comment line.
/// Every key is kept in metadata as `xy.Key` (region settings over file header). The number of
/// points of each curve must equal "Values/Curve" when given. Kinetic ↔ binding conversion
/// uses BE = hν − KE − φ with hν = "Excitation Energy" and φ per `workFunction`
/// ("Eff. Workfunction" for `.fromFile`).
public enum SpecsXYReader {
    /// Reads the file at `url`.
    public static func read(
        url: URL, scale: EnergyScale? = nil,
        workFunction: WorkFunctionCorrection = .none
    ) throws -> [Spectrum] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw TextFormatError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        var spectra = try read(text: decodeText(data), name: url.path, scale: scale, workFunction: workFunction)
        for i in spectra.indices { spectra[i].metadata[SpectrumMetadataKey.file] = url.path }
        return spectra
    }

    /// Reads `text`; `name` stands for the file in errors. `scale` nil keeps each curve's recorded scale.
    /// Curves whose abscissa is no energy (Prodigy "ColumnLabels: index …" of fixed-energy scans)
    /// are not returned; the returned spectra name them in metadata `skippedBlocks`.
    public static func read(
        text: String, name: String = "<text>", scale: EnergyScale? = nil,
        workFunction: WorkFunctionCorrection = .none
    ) throws -> [Spectrum] {
        let (blocks, repairs) = try readBlocks(text: text, name: name, scale: scale, workFunction: workFunction)
        return try SpectrumFileContents(
            path: name, format: .specsXY, repairs: repairs, blocks: blocks.map(\.summary),
            outcomes: blocks.map(\.outcome)
        ).spectra()
    }

    /// Every curve of `text` as a block.
    static func readBlocks(
        text: String, name: String, scale: EnergyScale?,
        workFunction: WorkFunctionCorrection
    ) throws -> (blocks: [ReadBlock], repairs: [String]) {
        var parser = Parser(file: name, scale: scale, workFunction: workFunction)
        let split = TextLines(text)
        for (index, raw) in split.lines.enumerated() {
            try parser.consume(raw, lineNumber: index + 1)
        }
        try parser.finishCurve(lineNumber: split.lines.count + 1)
        guard !parser.blocks.isEmpty else { throw TextFormatError.noData(file: name) }
        return (parser.blocks, split.repairNotes)
    }

    /// Whether `text` looks like a Prodigy export (a "# Region:" line or a Prodigy header line).
    static func looksLikeSpecsXY(_ text: String) -> Bool {
        text.contains("# Region:") || (text.hasPrefix("# Created by:") && text.contains("Prodigy"))
    }

    private struct Entry { var value: String; var line: Int }

    private struct Parser {
        let file: String
        let scale: EnergyScale?
        let workFunction: WorkFunctionCorrection
        var header: [String: Entry] = [:]
        var region: [String: Entry] = [:]
        var inRegion = false
        var curve: [String: Entry] = [:]
        var energies: [Double] = [], intensities: [Double] = [], lines: [Int] = []
        var blocks: [ReadBlock] = []

        init(file: String, scale: EnergyScale?, workFunction: WorkFunctionCorrection) {
            self.file = file
            self.scale = scale
            self.workFunction = workFunction
        }

        mutating func consume(_ raw: String, lineNumber: Int) throws {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { try finishCurve(lineNumber: lineNumber); return }
            if line.hasPrefix("#") {
                try finishCurve(lineNumber: lineNumber)
                let body = line.dropFirst().trimmingCharacters(in: .whitespaces)
                if body.hasPrefix("Cycle:") {
                    curve = [:]
                    for part in body.split(separator: ",") {
                        if let (key, value) = VamasComment.splitKey(String(part), separator: ":") {
                            curve[key] = Entry(value: value, line: lineNumber)
                        }
                    }
                    return
                }
                guard let (key, value) = VamasComment.splitKey(body, separator: ":") else { return }
                switch key {
                case "Group":
                    header[key] = Entry(value: value, line: lineNumber)
                    region = [:]; inRegion = false; curve = [:]
                case "Region":
                    region = [key: Entry(value: value, line: lineNumber)]; inRegion = true
                    curve = [:]
                default:
                    if inRegion { region[key] = Entry(value: value, line: lineNumber) } else { header[key] = Entry(value: value, line: lineNumber) }
                }
                return
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2 else {
                throw TextFormatError.missingColumn(file: file, line: lineNumber, found: fields.count, expected: 2)
            }
            guard let energy = parseDecimal(fields[0]) else {
                throw TextFormatError.unexpectedValue(file: file, line: lineNumber, field: "energy", found: String(fields[0]), expected: "a number")
            }
            guard let value = parseDecimal(fields[1]) else {
                throw TextFormatError.unexpectedValue(
                    file: file, line: lineNumber, field: "intensity", found: String(fields[1]), expected: "a number")
            }
            energies.append(energy); intensities.append(value); lines.append(lineNumber)
        }

        /// hν ("Excitation Energy") and φ (per `workFunction`, "Eff. Workfunction" from the file) for
        /// converting the current curve between kinetic and binding energy, eV.
        func conversionConstants(
            _ settings: [String: Entry], from recorded: EnergyScale,
            to target: EnergyScale
        ) throws -> (hv: Double, phi: Double, phiSource: String) {
            guard let entry = settings["Excitation Energy"], let hv = parseDecimal(entry.value), hv > 0 else {
                throw TextFormatError.unexpectedValue(
                    file: file, line: settings["Excitation Energy"]?.line ?? lines[0],
                    field: "Excitation Energy", found: settings["Excitation Energy"]?.value ?? "absent",
                    expected: "a photon energy > 0 eV to convert \(recorded.rawValue) to \(target.rawValue) energy")
            }
            switch workFunction {
            case .fromFile:
                guard let entry = settings["Eff. Workfunction"] else { return (hv, 0, "not given in the file") }
                guard let w = parseDecimal(entry.value) else {
                    throw TextFormatError.unexpectedValue(
                        file: file, line: entry.line, field: "Eff. Workfunction",
                        found: entry.value, expected: "a number (eV)")
                }
                return (hv, w, "Eff. Workfunction from the file")
            case .none: return (hv, 0, "not applied")
            case .value(let w): return (hv, w, "given by the caller")
            }
        }

        /// Turns the points collected since the last curve header into a spectrum.
        mutating func finishCurve(lineNumber: Int) throws {
            guard !energies.isEmpty else { return }
            defer { energies = []; intensities = []; lines = [] }
            var settings = header
            settings.merge(region) { _, fromRegion in fromRegion }
            let value = { (key: String) in settings[key]?.value }

            if let declared = settings["Values/Curve"] {
                guard let expected = Int(declared.value) else {
                    throw TextFormatError.unexpectedValue(
                        file: file, line: declared.line, field: "Values/Curve",
                        found: declared.value, expected: "an integer")
                }
                guard expected == energies.count else {
                    throw TextFormatError.valueCountMismatch(
                        file: file, line: declared.line, field: "Values/Curve",
                        found: energies.count, expected: expected)
                }
            }
            try TextSpectrumReader.checkMonotonic(energies, lines: lines, file: file)
            let abscissaLabel = value("ColumnLabels").flatMap { $0.split(separator: " ").first.map(String.init) } ?? "energy"
            var summary = BlockSummary(
                index: blocks.count, sample: value("Group") ?? "", label: value("Region") ?? "",
                detail: ["Cycle", "Curve", "Scan"].compactMap { k in curve[k].map { "\(k.lowercased()) \($0.value)" } }.joined(separator: ", "),
                technique: value("Analysis Method") ?? "", sourceLabel: value("Source") ?? "",
                photonEnergy: value("Excitation Energy").flatMap(parseDecimal), axis: .other, axisLabel: abscissaLabel,
                firstAbscissa: energies[0], lastAbscissa: energies[energies.count - 1], points: energies.count)
            guard abscissaLabel.lowercased() == "energy" else {
                blocks.append(ReadBlock(summary: summary, outcome: .notEnergy))
                return
            }

            let recorded: EnergyScale
            if let axis = value("Energy Axis")?.lowercased(), axis.contains("kinetic") || axis.contains("binding") {
                recorded = axis.contains("kinetic") ? .kinetic : .binding
            } else if region["Kinetic Energy"] != nil {
                recorded = .kinetic
            } else if region["Binding Energy"] != nil {
                recorded = .binding
            } else {
                throw TextFormatError.unexpectedValue(
                    file: file, line: lines[0], field: "Energy Axis",
                    found: value("Energy Axis") ?? "absent",
                    expected:
                        "'# Energy Axis: Kinetic Energy' or 'Binding Energy' in the header, or a '# Kinetic Energy:' / '# Binding Energy:' region setting"
                )
            }
            var metadata: [String: String] = [:]
            for (key, entry) in settings { metadata["xy." + key] = entry.value }
            for (key, entry) in curve { metadata["xy." + key] = entry.value }
            metadata[SpectrumMetadataKey.format] = "SPECS Prodigy XY"
            if let r = value("Region") { metadata["region"] = r }
            if let g = value("Group") { metadata["group"] = g }

            summary.axis = recorded == .binding ? .binding : .kinetic
            summary.axisLabel = recorded == .binding ? "Binding Energy" : "Kinetic Energy"
            metadata[SpectrumMetadataKey.recordedScale] = recorded.rawValue
            let target = scale ?? recorded
            var e = energies
            if target == recorded {
                metadata[SpectrumMetadataKey.energyConversion] = "none: abscissa recorded as \(recorded.rawValue) energy"
            } else {
                let (hv, phi, phiSource) = try conversionConstants(settings, from: recorded, to: target)
                e = e.map { convertEnergy($0, photonEnergy: hv, workFunction: phi) }
                let formula = target == .binding ? "BE = hν − KE − φ" : "KE = hν − BE − φ"
                metadata[SpectrumMetadataKey.energyConversion] =
                    "\(formula), hν = \(formatNumber(hv)) eV, φ = \(formatNumber(phi)) eV (\(phiSource))"
                metadata[SpectrumMetadataKey.photonEnergy] = formatNumber(hv)
            }
            let countRate = value("Count Rate")?.lowercased() ?? ""
            let columns = value("ColumnLabels")?.lowercased() ?? ""
            let units =
                countRate.contains("second") || countRate.contains("/s") || columns.contains("counts/s")
                ? "counts/s" : "counts"
            metadata[SpectrumMetadataKey.recordedUnits] = units
            let (sortedE, sortedI) = sortedAscending(energies: e, intensities: intensities)
            let s = try Spectrum(energies: sortedE, intensities: sortedI, scale: target, units: units, metadata: metadata)
            blocks.append(ReadBlock(summary: summary, outcome: .spectrum(s)))
        }
    }
}
