import Foundation

// Reading follows the field order of ISO 14976 (Dench, Hazell & Seah, Surf. Interface Anal.
// 13, 63 (1988)): one value per line, optional fields decided by the experiment mode, the scan
// mode, the technique and, for blocks after the first, the block parameter inclusion list.

extension VamasFile {
    /// The identifier every VAMAS file starts with.
    public static let formatIdentifierPrefix = "VAMAS Surface Chemical Analysis Standard Data Transfer Format"

    /// Reads a VAMAS file; errors are `VamasError.inFile(path:error:)`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw VamasError.inFile(path: url.path, error: .unreadable(reason: error.localizedDescription))
        }
        do {
            try self.init(text: decodeText(data))
        } catch let error as VamasError {
            throw VamasError.inFile(path: url.path, error: error)
        }
        path = url.path
    }

    /// Parses the text of a VAMAS file.
    ///
    /// Malformed files with exactly one sensible reading are read and the repair noted in
    /// `repairs` (file) or `VamasBlock.repairs`: CR CR LF and mixed line ends, blank lines
    /// before the format identifier, a comment line count that disagrees with the lines.
    public init(text: String) throws {
        let split = TextLines(text)
        var cursor = VamasCursor(lines: split.lines)
        self.init()
        repairs = split.repairNotes
        let blanks = cursor.skipBlankLines()
        if blanks > 0 {
            repairs.append("\(describeLines(Array(1...blanks))) blank before the format identifier; skipped")
        }
        try readHeader(&cursor)
        let blockCount = try cursor.count("number of blocks")
        for index in 0..<blockCount {
            let first = blocks.first
            let block = try readBlock(&cursor, template: first, isFirst: index == 0)
            blocks.append(block)
        }
        try readTerminator(&cursor, lastBlock: blocks.last)
    }

    private mutating func readHeader(_ c: inout VamasCursor) throws {
        formatIdentifier = try c.string("format identifier")
        guard formatIdentifier.trimmingCharacters(in: .whitespaces).hasPrefix(Self.formatIdentifierPrefix) else {
            throw VamasError.unexpectedValue(
                line: c.lineNumber - 1, field: "format identifier",
                found: formatIdentifier, expected: "'\(Self.formatIdentifierPrefix) …'")
        }
        institution = try c.string("institution identifier")
        instrumentModel = try c.string("instrument model identifier")
        operatorName = try c.string("operator identifier")
        experimentIdentifier = try c.string("experiment identifier")
        let (lines, repair) = try c.comment(
            countField: "number of lines in comment", lineField: "comment line",
            following: "experiment mode", recognises: Self.modesFollow)
        comment = lines
        if let repair { repairs.append(repair) }

        let modeText = try c.string("experiment mode").trimmingCharacters(in: .whitespaces)
        guard let mode = VamasExperimentMode(rawValue: modeText.uppercased()) else {
            throw VamasError.unknownMode(
                line: c.lineNumber - 1, field: "experiment mode", found: modeText,
                expected: VamasExperimentMode.allCases.map(\.rawValue).joined(separator: ", "))
        }
        experimentMode = mode
        let scanText = try c.string("scan mode").trimmingCharacters(in: .whitespaces)
        guard let scan = VamasScanMode(rawValue: scanText.uppercased()) else {
            throw VamasError.unknownMode(
                line: c.lineNumber - 1, field: "scan mode", found: scanText,
                expected: "REGULAR, IRREGULAR or MAPPING")
        }
        guard scan != .mapping else {
            throw VamasError.unsupportedMode(line: c.lineNumber - 1, field: "scan mode", found: scanText)
        }
        scanMode = scan

        if mode.hasSpectralRegions { numberOfSpectralRegions = try c.nonNegative("number of spectral regions") }
        if mode.hasMapCoordinates {
            numberOfAnalysisPositions = try c.nonNegative("number of analysis positions")
            numberOfDiscreteX = try c.nonNegative("number of discrete x coordinates available in full map")
            numberOfDiscreteY = try c.nonNegative("number of discrete y coordinates available in full map")
        }
        let variableCount = try c.count("number of experimental variables", linesEach: 2)
        for _ in 0..<variableCount {
            let label = try c.string("experimental variable label")
            let units = try c.string("experimental variable units")
            experimentalVariables.append(VamasLabel(label: label, units: units))
        }

        let entriesLine = c.lineNumber
        let entriesField = "number of entries in parameter inclusion or exclusion list"
        let entries = try c.int(entriesField)
        try c.checkFits(entries.magnitude, linesEach: 1, field: entriesField, line: entriesLine)
        var list: [Int] = []
        for _ in 0..<Int(entries.magnitude) {
            let line = c.lineNumber
            let number = try c.int("parameter inclusion or exclusion list entry")
            guard (1...40).contains(number) else {
                throw VamasError.unexpectedValue(
                    line: line, field: "parameter inclusion or exclusion list entry",
                    found: String(number), expected: "a block parameter number 1…40")
            }
            list.append(number)
        }
        parameterInclusion = entries == 0 ? .all : entries > 0 ? .only(list) : .allExcept(list)

        let manualCount = try c.count("number of manually entered items in block")
        for _ in 0..<manualCount { manualEntries.append(try c.int("prefix number of manually entered item")) }

        let experimentEntries = try c.count("number of future upgrade experiment entries")
        futureUpgradeBlockEntryCount = try c.count("number of future upgrade block entries")
        futureUpgradeExperimentEntries = try c.lines(count: experimentEntries, field: "future upgrade experiment entry")
    }

    /// Reads one block. Blocks after the first start from a copy of the first and read only
    /// the parameters the inclusion list names (ISO 14976 block parameter numbers 1…40).
    private func readBlock(_ c: inout VamasCursor, template: VamasBlock?, isFirst: Bool) throws -> VamasBlock {
        var b = template ?? VamasBlock()
        b.line = c.lineNumber
        b.repairs = []
        let holds: (Int) -> Bool = { isFirst || self.parameterInclusion.includes($0) }

        if holds(1) { b.identifier = try c.string("block identifier") }
        if holds(2) { b.sampleIdentifier = try c.string("sample identifier") }
        if holds(3) { b.date.year = try c.int("year in full") }
        if holds(4) { b.date.month = try c.int("month") }
        if holds(5) { b.date.day = try c.int("day of month") }
        if holds(6) { b.date.hours = try c.int("hours") }
        if holds(7) { b.date.minutes = try c.int("minutes") }
        if holds(8) { b.date.seconds = try c.int("seconds") }
        if holds(9) { b.date.hoursAheadOfGMT = try c.int("number of hours in advance of Greenwich Mean Time") }
        if holds(10) {
            let (lines, repair) = try c.comment(
                countField: "number of lines in block comment", lineField: "block comment line",
                following: holds(11) ? "technique" : "next block field",
                recognises: { self.blockFieldsFollow($0, $1, holds: holds) })
            b.comment = lines
            if let repair { b.repairs.append(repair) }
        }
        try readInstrument(&c, into: &b, holds: holds)
        let written = try readAbscissaAndVariables(&c, into: &b, holds: holds)
        try readAcquisition(&c, into: &b, holds: holds)
        try readOrdinates(&c, into: &b, written: written)
        return b
    }

    /// Block parameters 11–32: technique, source, analyser, species and transition.
    private func readInstrument(_ c: inout VamasCursor, into b: inout VamasBlock, holds: (Int) -> Bool) throws {
        let mode = experimentMode
        if holds(11) { b.technique = try c.string("technique").trimmingCharacters(in: .whitespaces) }
        if holds(12), mode.hasMapCoordinates {
            b.xCoordinate = try c.int("x coordinate")
            b.yCoordinate = try c.int("y coordinate")
        }
        if holds(13) {
            b.experimentalVariableValues = try experimentalVariables.map { _ in try c.double("value of experimental variable") }
        }
        if holds(14) { b.sourceLabel = try c.string("analysis source label") }
        if holds(15), mode.hasSputtering {
            b.sputteringIon = try VamasSputteringIon(
                atomicNumber: c.int("sputtering ion or atom atomic number"),
                atomsPerParticle: c.int("number of atoms in sputtering ion or atom particle"),
                charge: c.int("sputtering ion or atom charge sign and number"))
        }
        if holds(16) { b.sourceEnergy = try c.optionalDouble("analysis source characteristic energy") }
        if holds(17) { b.sourceStrength = try c.optionalDouble("analysis source strength") }
        if holds(18) {
            b.sourceBeamWidthX = try c.optionalDouble("analysis source beam width x")
            b.sourceBeamWidthY = try c.optionalDouble("analysis source beam width y")
        }
        if holds(19), mode.hasFieldOfView {
            b.fieldOfViewX = try c.optionalDouble("field of view x")
            b.fieldOfViewY = try c.optionalDouble("field of view y")
        }
        if holds(20), mode.hasLinescan {
            b.linescan = try [
                "first linescan start x coordinate", "first linescan start y coordinate",
                "first linescan finish x coordinate", "first linescan finish y coordinate",
                "last linescan finish x coordinate", "last linescan finish y coordinate"
            ].map { try c.int($0) }
        }
        if holds(21) { b.sourcePolarAngle = try c.optionalDouble("analysis source polar angle of incidence") }
        if holds(22) { b.sourceAzimuth = try c.optionalDouble("analysis source azimuth") }
        if holds(23) { b.analyserMode = try c.string("analyser mode").trimmingCharacters(in: .whitespaces) }
        if holds(24) { b.passEnergy = try c.optionalDouble("analyser pass energy or retard ratio or mass resolution") }
        if holds(25), b.technique.uppercased() == "AES DIFF" {
            b.differentialWidth = try c.optionalDouble("differential width")
        }
        if holds(26) { b.magnification = try c.optionalDouble("magnification of analyser transfer lens") }
        if holds(27) { b.workFunction = try c.optionalDouble("analyser work function or acceptance energy of atom or ion") }
        if holds(28) { b.targetBias = try c.optionalDouble("target bias") }
        if holds(29) {
            b.analysisWidthX = try c.optionalDouble("analysis width x")
            b.analysisWidthY = try c.optionalDouble("analysis width y")
        }
        if holds(30) {
            b.takeOffPolarAngle = try c.optionalDouble("analyser axis take off polar angle")
            b.takeOffAzimuth = try c.optionalDouble("analyser axis take off azimuth")
        }
        if holds(31) { b.speciesLabel = try c.string("species label") }
        if holds(32) {
            b.transitionLabel = try c.string("transition or charge state label")
            b.particleCharge = try c.int("charge of detected particle")
        }
    }

    /// Block parameters 33–34: the abscissa (REGULAR) and the corresponding variables' labels and
    /// units as written (IRREGULAR: the abscissa first).
    private func readAbscissaAndVariables(
        _ c: inout VamasCursor, into b: inout VamasBlock,
        holds: (Int) -> Bool
    ) throws -> [VamasLabel] {
        if holds(33), scanMode == .regular {
            b.abscissaLabel = try c.string("abscissa label")
            b.abscissaUnits = try c.string("abscissa units")
            b.abscissaStart = try c.double("abscissa start")
            let line = c.lineNumber
            let increment = try c.double("abscissa increment")
            guard increment != 0 else {
                throw VamasError.unexpectedValue(
                    line: line, field: "abscissa increment", found: c.text(at: line),
                    expected: "a non-zero number")
            }
            b.abscissaIncrement = increment
        }
        // Labels and units of the corresponding variables as written (IRREGULAR: abscissa first).
        var written: [VamasLabel]
        if holds(34) {
            let line = c.lineNumber
            let count = try c.count("number of corresponding variables", linesEach: 2)
            let minimum = scanMode == .irregular ? 2 : 1
            guard count >= minimum else {
                throw VamasError.unexpectedValue(
                    line: line, field: "number of corresponding variables", found: String(count),
                    expected: scanMode == .irregular ? "at least 2 in IRREGULAR mode (abscissa first)" : "at least 1")
            }
            written = []
            for _ in 0..<count {
                let label = try c.string("corresponding variable label")
                let units = try c.string("corresponding variable units")
                written.append(VamasLabel(label: label, units: units))
            }
        } else {
            written =
                (scanMode == .irregular ? [VamasLabel(label: b.abscissaLabel, units: b.abscissaUnits)] : [])
                + b.variables.map { VamasLabel(label: $0.label, units: $0.units) }
        }
        return written
    }

    /// Block parameters 35–40 (signal, scans, sputtering source, sample orientation, additional
    /// parameters) and the future upgrade block entries.
    private func readAcquisition(_ c: inout VamasCursor, into b: inout VamasBlock, holds: (Int) -> Bool) throws {
        let mode = experimentMode
        if holds(35) { b.signalMode = try c.string("signal mode").trimmingCharacters(in: .whitespaces) }
        if holds(36) { b.collectionTime = try c.optionalDouble("signal collection time") }
        if holds(37) { b.numberOfScans = try c.int("number of scans to compile this block") }
        if holds(38) { b.signalTimeCorrection = try c.optionalDouble("signal time correction") }
        if holds(39), mode.hasSputtering {
            b.sputteringSource = try VamasSputteringSource(
                energy: c.optionalDouble("sputtering source energy"),
                beamCurrent: c.optionalDouble("sputtering source beam current"),
                widthX: c.optionalDouble("sputtering source width x"),
                widthY: c.optionalDouble("sputtering source width y"),
                polarAngle: c.optionalDouble("sputtering source polar angle of incidence"),
                azimuth: c.optionalDouble("sputtering source azimuth"),
                mode: c.string("sputtering mode").trimmingCharacters(in: .whitespaces))
        }
        if holds(40) {
            b.sampleTiltPolarAngle = try c.optionalDouble("sample normal polar angle of tilt")
            b.sampleTiltAzimuth = try c.optionalDouble("sample normal tilt azimuth")
            b.sampleRotation = try c.optionalDouble("sample rotation angle")
            let count = try c.count("number of additional numerical parameters", linesEach: 3)
            b.additionalParameters = []
            for _ in 0..<count {
                let label = try c.string("additional numerical parameter label")
                let units = try c.string("additional numerical parameter units")
                let value = try c.double("additional numerical parameter value")
                b.additionalParameters.append(VamasParameter(label: label, units: units, value: value))
            }
        }
        b.futureUpgradeEntries = try c.lines(count: futureUpgradeBlockEntryCount, field: "future upgrade block entry")
    }

    /// Ordinates: count, (min, max) per variable, then values interleaved point by point; sets
    /// the abscissa and the variables of `b` from the labels `written`.
    private func readOrdinates(_ c: inout VamasCursor, into b: inout VamasBlock, written: [VamasLabel]) throws {

        let countLine = c.lineNumber
        let valueCount = try c.count("number of ordinate values")
        let k = written.count
        guard valueCount % k == 0 else {
            throw VamasError.unexpectedValue(
                line: countLine, field: "number of ordinate values", found: String(valueCount),
                expected: "a multiple of \(k), the number of corresponding variables")
        }
        var bounds: [(Double, Double)] = []
        for _ in 0..<k {
            let minimum = try c.double("minimum ordinate value")
            let maximum = try c.double("maximum ordinate value")
            bounds.append((minimum, maximum))
        }
        let points = valueCount / k
        var columns = [[Double]](repeating: [], count: k)
        for v in 0..<k { columns[v].reserveCapacity(points) }
        for i in 0..<valueCount {
            let line = c.lineNumber
            guard let text = c.next() else { throw VamasError.truncated(line: line, field: "ordinate value") }
            guard let value = parseDecimal(text) else {
                if text.trimmingCharacters(in: .whitespaces).lowercased() == "end of experiment" {
                    throw VamasError.valueCountMismatch(
                        line: countLine, field: "number of ordinate values",
                        found: i, expected: valueCount)
                }
                throw VamasError.unexpectedValue(line: line, field: "ordinate value", found: text, expected: "a number")
            }
            columns[i % k].append(value)
        }

        var variables: [VamasVariable] = []
        for v in 0..<k {
            variables.append(
                VamasVariable(
                    label: written[v].label, units: written[v].units,
                    declaredMinimum: bounds[v].0, declaredMaximum: bounds[v].1,
                    values: columns[v]))
        }
        if scanMode == .irregular {
            let abscissa = variables.removeFirst()
            b.abscissaLabel = abscissa.label
            b.abscissaUnits = abscissa.units
            b.abscissaStart = nil
            b.abscissaIncrement = nil
            b.abscissa = abscissa.values
        } else {
            let start = b.abscissaStart ?? 0, step = b.abscissaIncrement ?? 1
            b.abscissa = (0..<points).map { start + Double($0) * step }
        }
        b.variables = variables
    }

    /// Expects "end of experiment"; more numbers there mean the last block holds more
    /// ordinate values than it declares.
    private func readTerminator(_ c: inout VamasCursor, lastBlock: VamasBlock?) throws {
        let line = c.lineNumber
        guard let text = c.next() else { throw VamasError.truncated(line: line, field: "experiment terminator") }
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "end of experiment" { return }
        if parseDecimal(text) != nil, let block = lastBlock {
            var extra = 1
            while let next = c.next(), parseDecimal(next) != nil { extra += 1 }
            let declared = block.abscissa.count * (block.variables.count + (scanMode == .irregular ? 1 : 0))
            throw VamasError.valueCountMismatch(
                line: line, field: "number of ordinate values of the last block",
                found: declared + extra, expected: declared)
        }
        throw VamasError.unexpectedValue(
            line: line, field: "experiment terminator", found: text,
            expected: "'end of experiment'")
    }
}
