import Foundation

/// A CasaXPS peak-fit model as CasaXPS stores it in a VAMAS block comment: regions (background
/// type and limits) and components (line shape, area, FWHM, position, their constraints).
///
/// Energies are as CasaXPS writes them: kinetic energy in eV; `bindingEnergy(photonEnergy:)`
/// gives BE = hν − KE (CasaXPS's convention, no work function). Syntax, after the files
/// themselves (e.g. pynxtools-xps `FeO_analyzed.vms`):
///
///     CASA region (*name*) (*background*) start end RSF averageWidth startOffset endOffset …
///     CASA comp (*name*) (*lineshape*) Area a min max link factor MFWHM w min max link factor
///         Position p min max link offset RSF r MASS m INDEX i (*tag*) CONST (*expression*) …
///
/// `link` is the 0-based index of the component a parameter is tied to, −1 for none.
public struct CasaFitModel: Sendable, Equatable {
    /// One fitted quantity with its bounds and link.
    public struct Parameter: Sendable, Equatable {
        public var value: Double
        public var lower: Double
        public var upper: Double
        /// Component the parameter is tied to (0-based), nil when free within its bounds.
        public var link: Int?
        /// Factor (area, FWHM) or offset in eV (position) of the tie, as written.
        public var linkValue: Double
        /// The constraint as text: "lower…upper", or "component k × f" / "component k + Δ eV" when tied.
        public var constraint: String
    }

    public struct Region: Sendable, Equatable {
        public var name: String
        /// Background type as written, e.g. "U 3 Tougaard", "Shirley", "Linear".
        public var background: String
        /// Background limits, kinetic energy in eV, as written.
        public var start: Double
        public var end: Double
        /// Relative sensitivity factor of the region.
        public var rsf: Double?
        /// The numbers after the region's RSF, averaging width and two offsets, up to its tag: the
        /// background's parameters (for "U 3 Tougaard": B, C, D in eV² and the loss gap T₀ in eV).
        public var backgroundParameters: [Double] = []
        /// The raw line.
        public var line: String
    }

    public struct Component: Sendable, Equatable {
        public var name: String
        /// Line shape as written, e.g. "GL(30)", "SGL(30)", "LF(0.54,10,80,100,6)".
        public var lineShape: String
        public var area: Parameter
        /// Full width at half maximum, eV.
        public var fwhm: Parameter
        /// Peak position, kinetic energy in eV.
        public var position: Parameter
        public var rsf: Double?
        /// CasaXPS constraint expression (the CONST field), "" when none.
        public var expression: String
        /// The raw line.
        public var line: String

        /// Peak position as binding energy, eV: BE = hν − KE.
        public func bindingEnergy(photonEnergy: Double) -> Double { photonEnergy - position.value }
    }

    public var regions: [Region]
    public var components: [Component]
}

extension VamasBlock {
    /// The CasaXPS fit stored in the block comment; nil when the comment holds no CasaXPS
    /// region or component. Throws `VamasError.unexpectedValue` (at the block's line) for a
    /// region or component line that does not follow the CasaXPS syntax.
    public func casaFitModel() throws -> CasaFitModel? {
        let m = commentMetadata
        func lines(_ prefix: String) -> [String] {
            var result: [String] = [], k = 1
            while let text = m["casa.\(prefix).\(k)"] { result += text.split(separator: "\n").map(String.init); k += 1 }
            return result
        }
        let regionLines = lines("region"), componentLines = lines("component")
        guard !regionLines.isEmpty || !componentLines.isEmpty else { return nil }
        return CasaFitModel(
            regions: try regionLines.map { try casaRegion($0) },
            components: try componentLines.map { try casaComponent($0) })
    }

    private func casaRegion(_ text: String) throws -> CasaFitModel.Region {
        let (quoted, words) = VamasComment.casaTokens(text)
        guard words.count >= 4, words[0] == "CASA", words[1] == "region", quoted.count >= 2,
            let start = parseDecimal(words[2]), let end = parseDecimal(words[3])
        else {
            throw VamasError.unexpectedValue(
                line: line, field: "CasaXPS region", found: text,
                expected: "CASA region (*name*) (*background*) start end …")
        }
        // The background's numbers stand between the region's first eight words and its tag (the third quoted string).
        var head = Substring(text)
        var opened = 0
        var cursor = head.startIndex
        while let open = head[cursor...].range(of: "(*") {
            opened += 1
            if opened == 3 { head = head[..<open.lowerBound]; break }
            cursor = open.upperBound
        }
        let numbers = VamasComment.casaTokens(String(head)).words.dropFirst(2).compactMap { parseDecimal($0) }
        return CasaFitModel.Region(
            name: quoted[0], background: quoted[1], start: start, end: end,
            rsf: words.count > 4 ? parseDecimal(words[4]) : nil, backgroundParameters: Array(numbers.dropFirst(6)), line: text)
    }

    private func casaComponent(_ text: String) throws -> CasaFitModel.Component {
        let (quoted, words) = VamasComment.casaTokens(text)
        func parameter(_ key: String, tie: String) throws -> CasaFitModel.Parameter {
            let at = words.firstIndex(of: key)
            let values = at.flatMap { $0 + 5 < words.count ? words[($0 + 1)...($0 + 5)].compactMap { parseDecimal($0) } : nil } ?? []
            guard values.count == 5, let link = Int(exactly: values[3]) else {
                throw VamasError.unexpectedValue(
                    line: line, field: "CasaXPS component \(key)", found: text,
                    expected: "'\(key) value lower upper link \(tie)' with five numbers")
            }
            let tied = link >= 0 ? link : nil
            let constraint =
                tied.map { tie == "offset" ? "component \($0) + \(formatNumber(values[4])) eV" : "component \($0) × \(formatNumber(values[4]))" }
                ?? "\(formatNumber(values[1]))…\(formatNumber(values[2]))"
            return .init(value: values[0], lower: values[1], upper: values[2], link: tied, linkValue: values[4], constraint: constraint)
        }
        guard words.count >= 2, words[0] == "CASA", words[1] == "comp", quoted.count >= 2 else {
            throw VamasError.unexpectedValue(
                line: line, field: "CasaXPS component", found: text,
                expected: "CASA comp (*name*) (*lineshape*) Area … MFWHM … Position …")
        }
        let rsf = words.firstIndex(of: "RSF").flatMap { $0 + 1 < words.count ? parseDecimal(words[$0 + 1]) : nil }
        // CONST is followed by the quoted expression; its index among the quoted strings is the last but one or last.
        let expression = words.contains("CONST") && quoted.count >= 4 ? quoted[3] : ""
        return CasaFitModel.Component(
            name: quoted[0], lineShape: quoted[1],
            area: try parameter("Area", tie: "factor"), fwhm: try parameter("MFWHM", tie: "factor"),
            position: try parameter("Position", tie: "offset"), rsf: rsf, expression: expression, line: text)
    }
}
