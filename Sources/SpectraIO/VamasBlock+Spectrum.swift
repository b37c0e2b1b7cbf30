import Foundation
import Spectra

/// Metadata keys of spectra read from VAMAS files (besides `SpectrumMetadataKey`).
public enum VamasMetadataKey {
    public static let blockIndex = "vamas.blockIndex"
    public static let blockIdentifier = "vamas.blockIdentifier"
    public static let sampleIdentifier = "vamas.sampleIdentifier"
    public static let technique = "vamas.technique"
    public static let sourceLabel = "vamas.sourceLabel"
    public static let speciesLabel = "vamas.speciesLabel"
    public static let transitionLabel = "vamas.transitionLabel"
    public static let variableLabel = "vamas.variableLabel"
    public static let abscissaLabel = "vamas.abscissaLabel"
    public static let analyserMode = "vamas.analyserMode"
    /// Pass energy, eV (or retard ratio, as the analyser mode says).
    public static let passEnergy = "vamas.passEnergy"
    public static let signalMode = "vamas.signalMode"
    /// "yyyy-mm-dd hh:mm:ss GMT+h" as written in the block.
    public static let date = "vamas.date"
    public static let institution = "vamas.institution"
    public static let instrumentModel = "vamas.instrumentModel"
    public static let operatorName = "vamas.operator"
    public static let experimentIdentifier = "vamas.experimentIdentifier"
    /// Raw experiment comment and block comment (lines joined by "\n").
    public static let comment = "vamas.comment"
    public static let blockComment = "vamas.blockComment"
}

extension VamasBlock {
    /// The energy scale of the abscissa: from a label containing "kinetic" or "binding"
    /// in units of eV; nil for any other abscissa (time, distance, mass, …).
    public var abscissaScale: EnergyScale? {
        guard abscissaUnits.trimmingCharacters(in: .whitespaces).lowercased() == "ev" else { return nil }
        let label = abscissaLabel.lowercased()
        if label.contains("kinetic") { return .kinetic }
        if label.contains("binding") { return .binding }
        return nil
    }

    /// Intensity units of corresponding variable `variable` as recorded: "counts/s" for a rate
    /// ("count rate", units "c/s", "cps"; also the first variable of a block CasaXPS exported
    /// as a rate, which it names "Counts per Second"), "a.u." for an analogue signal, else "counts".
    public func recordedUnits(variable: Int = 0) -> String {
        guard variables.indices.contains(variable) else { return "counts" }
        let v = variables[variable]
        if isCountRate(label: v.label, units: v.units) { return "counts/s" }
        if variable == 0, identifier.trimmingCharacters(in: .whitespaces).lowercased() == "counts per second" {
            return "counts/s"
        }
        if signalMode.lowercased().hasPrefix("analog") { return "a.u." }
        return "counts"
    }

    /// Corresponding variable `variable` as a spectrum on the energy `scale`, energies ascending (eV).
    ///
    /// Kinetic ↔ binding: BE = hν − KE − φ, hν the analysis source characteristic energy and φ
    /// as `workFunction` says (the analyser work function of the block by default, 0 when the
    /// block gives none). Counts ↔ counts/s: counts = (counts/s) × t × n with t the signal
    /// collection time (s) and n the number of scans. Metadata records which formula and values
    /// were applied (`SpectrumMetadataKey.energyConversion`, `.intensityConversion`).
    /// Throws `VamasError.cannotConvert` when the abscissa is no energy in eV, when a conversion
    /// needs a value the block does not give, or for analogue signals asked in counts.
    public func spectrum(
        variable: Int = 0, scale: EnergyScale = .binding,
        workFunction: WorkFunctionCorrection = .none,
        intensity: IntensityConversion = .asRecorded
    ) throws -> Spectrum {
        guard variables.indices.contains(variable) else {
            throw VamasError.cannotConvert(
                line: line, field: "corresponding variable index", found: String(variable),
                expected: "0..<\(variables.count) (\(variables.map(\.label).joined(separator: ", ")))")
        }
        guard !abscissa.isEmpty else {
            throw VamasError.cannotConvert(
                line: line, field: "number of ordinate values", found: "0",
                expected: "at least one point for a spectrum")
        }
        guard let recordedScale = abscissaScale else {
            throw VamasError.cannotConvert(
                line: line, field: "abscissa label and units",
                found: "\(abscissaLabel) [\(abscissaUnits)]",
                expected: "kinetic energy or binding energy in eV")
        }
        var metadata: [String: String] = [:]
        var energies = abscissa
        if recordedScale == scale {
            metadata[SpectrumMetadataKey.energyConversion] = "none: abscissa recorded as \(scale.rawValue) energy"
        } else {
            guard let photonEnergy = sourceEnergy, photonEnergy > 0 else {
                throw VamasError.cannotConvert(
                    line: line, field: "analysis source characteristic energy",
                    found: sourceEnergy.map { "\($0)" } ?? "not specified (1E37)",
                    expected: "a photon energy > 0 eV to convert \(recordedScale.rawValue) to \(scale.rawValue) energy")
            }
            let phi: Double, phiSource: String
            switch workFunction {
            case .fromFile:
                phi = self.workFunction ?? 0
                phiSource = self.workFunction == nil ? "not given in the file" : "analyser work function from the file"
            case .none: phi = 0; phiSource = "not applied"
            case .value(let v): phi = v; phiSource = "given by the caller"
            }
            energies = energies.map { convertEnergy($0, photonEnergy: photonEnergy, workFunction: phi) }
            let formula = scale == .binding ? "BE = hν − KE − φ" : "KE = hν − BE − φ"
            metadata[SpectrumMetadataKey.energyConversion] =
                "\(formula), hν = \(formatNumber(photonEnergy)) eV, φ = \(formatNumber(phi)) eV (\(phiSource))"
        }

        let recorded = recordedUnits(variable: variable)
        let converted = try convertedIntensities(variable: variable, recorded: recorded, to: intensity)
        var intensities = converted.values
        let units = converted.units
        metadata[SpectrumMetadataKey.intensityConversion] = converted.note
        (energies, intensities) = sortedAscending(energies: energies, intensities: intensities)
        let merged = mergingRepeatedEnergies(energies: energies, intensities: intensities)
        if merged.pairs > 0 {
            (energies, intensities) = (merged.energies, merged.intensities)
            metadata[SpectrumMetadataKey.repairs] =
                "block \(identifier): \(merged.pairs) points recorded at an energy already on the "
                + "abscissa (interleaved grids) merged with it at the mean intensity"
        }
        metadata.merge(self.metadata(variable: variable)) { current, _ in current }
        metadata[SpectrumMetadataKey.recordedUnits] = recorded
        return try Spectrum(energies: energies, intensities: intensities, scale: scale, units: units, metadata: metadata)
    }

    /// Variable `variable`'s values in the units asked for (counts = (counts/s) × t × n), their
    /// units, and the conversion applied, for the metadata.
    func convertedIntensities(variable: Int, recorded: String, to intensity: IntensityConversion) throws
        -> (values: [Double], units: String, note: String)
    {
        let intensities = variables[variable].values
        let wanted: String? =
            switch intensity {
            case .asRecorded: nil
            case .counts: "counts"
            case .countsPerSecond: "counts/s"
            }
        if let wanted, wanted != recorded {
            guard recorded != "a.u." else {
                throw VamasError.cannotConvert(
                    line: line, field: "signal mode", found: signalMode,
                    expected: "pulse counting to convert intensities to \(wanted)")
            }
            guard let t = collectionTime, t > 0, numberOfScans > 0 else {
                throw VamasError.cannotConvert(
                    line: line, field: "signal collection time × number of scans",
                    found: "\(collectionTime.map { formatNumber($0) } ?? "not specified") s × \(numberOfScans)",
                    expected: "a positive time and scan count to convert \(recorded) to \(wanted)")
            }
            let factor = t * Double(numberOfScans)
            let note =
                wanted == "counts"
                ? "counts = (counts/s) × \(formatNumber(t)) s × \(numberOfScans) scans"
                : "counts/s = counts / (\(formatNumber(t)) s × \(numberOfScans) scans)"
            return (wanted == "counts" ? intensities.map { $0 * factor } : intensities.map { $0 / factor }, wanted, note)
        }
        return (intensities, recorded, "none")

    }

    /// Block fields and parsed block comment as metadata strings.
    func metadata(variable: Int) -> [String: String] {
        var m = commentMetadata
        m[SpectrumMetadataKey.format] = "VAMAS"
        m[VamasMetadataKey.blockIdentifier] = identifier
        m[VamasMetadataKey.sampleIdentifier] = sampleIdentifier
        m[VamasMetadataKey.technique] = technique
        m[VamasMetadataKey.sourceLabel] = sourceLabel
        m[VamasMetadataKey.speciesLabel] = speciesLabel
        m[VamasMetadataKey.transitionLabel] = transitionLabel
        m[VamasMetadataKey.variableLabel] = variables.indices.contains(variable) ? variables[variable].label : ""
        m[VamasMetadataKey.abscissaLabel] = abscissaLabel
        m[VamasMetadataKey.analyserMode] = analyserMode
        m[VamasMetadataKey.signalMode] = signalMode
        m[VamasMetadataKey.blockComment] = comment.joined(separator: "\n")
        let d = date
        m[VamasMetadataKey.date] = String(
            format: "%04d-%02d-%02d %02d:%02d:%02d GMT%+d",
            d.year, d.month, d.day, d.hours, d.minutes, d.seconds, d.hoursAheadOfGMT)
        if let e = sourceEnergy { m[SpectrumMetadataKey.photonEnergy] = formatNumber(e) }
        if let w = workFunction { m[SpectrumMetadataKey.workFunction] = formatNumber(w) }
        if let p = passEnergy { m[VamasMetadataKey.passEnergy] = formatNumber(p) }
        if let t = collectionTime { m[SpectrumMetadataKey.collectionTime] = formatNumber(t) }
        m[SpectrumMetadataKey.scans] = String(numberOfScans)
        return m
    }
}

extension VamasFile {
    /// Block `block`'s corresponding variable `variable` as a spectrum, with the experiment
    /// header (institution, instrument, operator, parsed experiment comment) and the file path
    /// added to its metadata. Block values win over experiment-comment values for equal keys.
    public func spectrum(
        block: Int, variable: Int = 0, scale: EnergyScale = .binding,
        workFunction: WorkFunctionCorrection = .none,
        intensity: IntensityConversion = .asRecorded
    ) throws -> Spectrum {
        precondition(blocks.indices.contains(block), "block index \(block) outside 0..<\(blocks.count)")
        do {
            var s = try blocks[block].spectrum(variable: variable, scale: scale, workFunction: workFunction, intensity: intensity)
            var header = commentMetadata
            header[VamasMetadataKey.institution] = institution
            header[VamasMetadataKey.instrumentModel] = instrumentModel
            header[VamasMetadataKey.operatorName] = operatorName
            header[VamasMetadataKey.experimentIdentifier] = experimentIdentifier
            header[VamasMetadataKey.comment] = comment.joined(separator: "\n")
            header[VamasMetadataKey.blockIndex] = String(block)
            if let path { header[SpectrumMetadataKey.file] = path }
            s.metadata.merge(header) { fromBlock, _ in fromBlock }
            let notes = repairs + blocks[block].repairs + (s.metadata[SpectrumMetadataKey.repairs].map { [$0] } ?? [])
            if !notes.isEmpty { s.metadata[SpectrumMetadataKey.repairs] = notes.joined(separator: "\n") }
            return s
        } catch let error as VamasError {
            if let path { throw VamasError.inFile(path: path, error: error) }
            throw error
        }
    }

    /// Every block's first corresponding variable as a spectrum: XPS and UPS blocks on the
    /// binding-energy scale, blocks of other techniques (AES, …) on their recorded scale.
    public func spectra(workFunction: WorkFunctionCorrection = .none) throws -> [Spectrum] {
        try blocks.indices.map { try spectrum(block: $0, scale: Self.readingScale(of: blocks[$0]), workFunction: workFunction) }
    }

    /// Binding energy for XPS and UPS blocks, else the recorded scale (kinetic when none).
    static func readingScale(of block: VamasBlock) -> EnergyScale {
        let photoemission = ["XPS", "UPS"].contains { block.technique.uppercased().hasPrefix($0) }
        return photoemission ? .binding : (block.abscissaScale ?? .kinetic)
    }

    /// Every block summarised, and read as a spectrum (`spectra()`'s scale) when its abscissa is an energy.
    func readBlocks(workFunction: WorkFunctionCorrection) -> [ReadBlock] {
        blocks.indices.map { i in
            let b = blocks[i]
            // Labels as shown: without surrounding blanks and the NUL padding some writers (PHI) leave.
            let blank = CharacterSet.whitespacesAndNewlines.union(.controlCharacters)
            let trim = { (text: String) in text.trimmingCharacters(in: blank) }
            let region = [b.speciesLabel, b.transitionLabel].map(trim).filter { !$0.isEmpty }.joined(separator: " ")
            let axis: AxisKind =
                switch b.abscissaScale {
                case .binding: .binding;
                case .kinetic: .kinetic;
                case nil: .other
                }
            let summary = BlockSummary(
                index: i, sample: trim(b.sampleIdentifier), label: trim(b.identifier), region: region,
                technique: trim(b.technique), sourceLabel: trim(b.sourceLabel), photonEnergy: b.sourceEnergy,
                axis: axis, axisLabel: b.abscissaLabel, firstAbscissa: b.abscissa.first ?? 0,
                lastAbscissa: b.abscissa.last ?? 0, points: b.abscissa.count, repairs: b.repairs)
            guard axis != .other else { return ReadBlock(summary: summary, outcome: .notEnergy) }
            do {
                return ReadBlock(
                    summary: summary,
                    outcome: .spectrum(
                        try spectrum(block: i, scale: Self.readingScale(of: b), workFunction: workFunction)))
            } catch { return ReadBlock(summary: summary, outcome: .failed(error)) }
        }
    }
}
