import Foundation

// The element library: Al Kα photoemission and Auger lines per element, generated from the
// LG4X-V2 table by scripts/make_element_library.py (ElementLibraryData.swift). Energies in eV.
//
// Contract:
// - every photoemission line has 0 < bindingEnergy < photonEnergy (Al Kα, 1486.6 eV) and a
//   Scofield sensitivity factor > 0 (C 1s = 1; Scofield, J. Electron Spectrosc. 8, 129 (1976));
// - binding energies are the source values except where `correction` says otherwise
//   (main lines more than 1 eV from handbook XPS values, Moulder et al. 1992);
// - doublet partners are reciprocal: partner.partner is the line itself, the splittings are
//   opposite and the area ratios inverse;
// - Auger lines satisfy bindingEnergy = photonEnergy − kineticEnergy.
// Not guaranteed: chemical-state accuracy better than about 1 eV; lines that the script lists as
// "not compared" carry the source value unchecked.

/// One chemical element of the library with its Al Kα photoemission and Auger lines.
public struct Element: Sendable, Equatable, Codable {
    /// Atomic number Z.
    public let atomicNumber: Int
    /// Chemical symbol, e.g. "Fe".
    public let symbol: String
    /// English name, e.g. "Iron".
    public let name: String
    /// Photoemission lines excited by Al Kα, in the order of the source table (deepest first).
    public let photoemissionLines: [PhotoemissionLine]
    /// X-ray excited Auger lines reachable with Al Kα.
    public let augerLines: [AugerLine]
    /// What the generating script dropped, left as listed or noticed in the source for this element.
    public let notes: [String]

    /// The strongest photoemission line by Scofield sensitivity factor; ties go to the lower binding energy.
    ///
    /// This is the rule of the element library, not the analyst's habit: for Al it is 2s
    /// (sf 0.753) rather than 2p3/2 (sf 0.356), because the two 2p components are listed apart,
    /// and for Au it is 4d5/2 (sf 11.74) rather than 4f7/2 (sf 9.58). Use `mainLines` for all
    /// lines of at least half the strongest factor.
    public var mainLine: PhotoemissionLine {
        // The library guarantees at least one line per element (checked when it is decoded).
        photoemissionLines.max { a, b in
            a.sensitivityFactor != b.sensitivityFactor
                ? a.sensitivityFactor < b.sensitivityFactor
                : a.bindingEnergy > b.bindingEnergy
        }!
    }

    /// All main lines: sf ≥ ½ · sf(strongest line), in library order.
    public var mainLines: [PhotoemissionLine] {
        let strongest = mainLine.sensitivityFactor
        return photoemissionLines.filter { $0.sensitivityFactor >= 0.5 * strongest }
    }

    /// The photoemission lines with binding energies in `range` whose sensitivity factor is at least
    /// `share` of the strongest among them (empty when none lies in `range`), in library order.
    public func photoemissionLines(in range: ClosedRange<Double>, atLeast share: Double) -> [PhotoemissionLine] {
        let inRange = photoemissionLines.filter { range.contains($0.bindingEnergy) }
        let strongest = inRange.map(\.sensitivityFactor).max() ?? 0
        return inRange.filter { $0.sensitivityFactor >= share * strongest }
    }

    /// The photoemission line with this orbital label, e.g. "2p3/2"; throws `.unknownLabel` if absent.
    public func line(_ orbital: String) throws -> PhotoemissionLine {
        guard let line = photoemissionLines.first(where: { $0.orbital == orbital }) else {
            throw SpectraError.unknownLabel("\(symbol) \(orbital) (lines: \(photoemissionLines.map(\.orbital).joined(separator: ", ")))")
        }
        return line
    }
}

/// A core-level photoemission line excited by Al Kα.
public struct PhotoemissionLine: Sendable, Equatable, Codable {
    /// Orbital label n l j, e.g. "1s", "2p3/2", "4f7/2".
    public let orbital: String
    /// Binding energy, eV, Fermi-level referenced: BE = hν − KE − φ (Al Kα, hν = 1486.6 eV).
    public let bindingEnergy: Double
    /// Scofield relative sensitivity factor (photoionisation cross-section, C 1s = 1) for Al Kα.
    public let sensitivityFactor: Double
    /// The other spin–orbit component, or nil for s levels, for components whose partner the
    /// source does not list, and for components whose partner lies beyond hν.
    public let doubletPartner: DoubletPartner?
    /// Set when the binding energy replaces the source value (see scripts/make_element_library.py).
    public let correction: BindingEnergyCorrection?
}

/// The other component of a spin–orbit doublet, seen from one line.
public struct DoubletPartner: Sendable, Equatable, Codable {
    /// Orbital label of the partner, e.g. "2p1/2" for the line "2p3/2".
    public let orbital: String
    /// Splitting ΔE = BE(partner) − BE(line), eV; positive seen from the j = l + ½ line.
    /// Kept as the source lists it: 0 where both components share one energy (e.g. Ti 3p),
    /// negative seen from j = l + ½ where the source inverts them (Na 2p, Co 3p).
    public let splitting: Double
    /// Area ratio A(partner) / A(line) = (2j′ + 1) / (2j + 1): ½ or 2 for p, ⅔ or 3⁄2 for d, ¾ or 4⁄3 for f.
    public let areaRatio: Double
}

/// Why a binding energy differs from the source table.
public struct BindingEnergyCorrection: Sendable, Equatable, Codable {
    /// The source (absorption-edge) value that was replaced, eV.
    public let sourceValue: Double
    /// Chemical state and handbook reference of the value used.
    public let reference: String
}

/// An X-ray excited Auger transition, placed on the binding-energy scale of Al Kα.
public struct AugerLine: Sendable, Equatable, Codable {
    /// Transition label, e.g. "KLL", "LMM", "MNN".
    public let transition: String
    /// Kinetic energy of the Auger electron, eV.
    public let kineticEnergy: Double
    /// Apparent binding energy, eV: BE = hν − KE with hν = 1486.6 eV (Al Kα).
    public let bindingEnergy: Double
    /// Relative sensitivity factor from the source; nil where the source gives none.
    public let sensitivityFactor: Double?
}

/// The element library: lookup by symbol, the default element set and its rule.
///
/// Decoded once from the generated JSON (`ElementLibraryData.swift`) and checked for internal
/// consistency; `load()` returns the cached value. Source: LG4X-V2 `Databases/xps_data.csv`
/// (MIT licence) with the corrections documented in `scripts/make_element_library.py`.
public struct ElementLibrary: Sendable, Equatable {
    /// Al Kα photon energy, eV.
    public static let alKAlphaPhotonEnergy = 1486.6

    /// Photon energy the library refers to, eV (Al Kα).
    public let photonEnergy: Double
    /// All elements, ascending atomic number (H … U).
    public let elements: [Element]
    /// Symbols of the default element set, ascending atomic number.
    public let defaultElementSet: [String]
    /// The rule that defines the default element set, as a sentence.
    public let exclusionRule: String
    /// Where the data come from.
    public let source: String

    private let indexBySymbol: [String: Int]

    /// The library of the package, decoded on first use and cached.
    public static func load() throws -> ElementLibrary {
        try cached.get()
    }

    private static let cached: Result<ElementLibrary, SpectraError> = {
        do {
            return .success(try ElementLibrary(json: Data(elementLibraryJSON.utf8)))
        } catch let error as SpectraError {
            return .failure(error)
        } catch {
            return .failure(
                .invalidParameter(
                    name: "elementLibraryJSON", found: "\(error)",
                    expected: "the library JSON written by scripts/make_element_library.py"))
        }
    }()

    /// Decodes and checks a library JSON document.
    init(json: Data) throws {
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: json)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Self.invalid("missing key '\(key.stringValue)' at \(Self.path(context.codingPath))")
        } catch let DecodingError.typeMismatch(type, context) {
            throw Self.invalid("\(context.debugDescription) (expected \(type)) at \(Self.path(context.codingPath))")
        } catch let DecodingError.valueNotFound(type, context) {
            throw Self.invalid("null where \(type) is expected at \(Self.path(context.codingPath))")
        } catch let DecodingError.dataCorrupted(context) {
            throw Self.invalid("\(context.debugDescription) at \(Self.path(context.codingPath))")
        }
        photonEnergy = document.photonEnergy
        elements = document.elements
        defaultElementSet = document.defaultElementSet
        exclusionRule = document.exclusionRule
        source = document.source
        var index: [String: Int] = [:]
        for (i, element) in elements.enumerated() {
            guard index[element.symbol] == nil else { throw Self.invalid("element \(element.symbol) listed twice") }
            index[element.symbol] = i
        }
        indexBySymbol = index
        try validate()
    }

    /// The element with this chemical symbol (case-sensitive, e.g. "Fe"); throws `.unknownElement`.
    public func element(_ symbol: String) throws -> Element {
        guard let i = indexBySymbol[symbol] else { throw SpectraError.unknownElement(symbol) }
        return elements[i]
    }

    /// The element with atomic number Z; throws `.unknownElement` outside the library (Z = 1 … 92).
    public func element(atomicNumber: Int) throws -> Element {
        guard let element = elements.first(where: { $0.atomicNumber == atomicNumber }) else {
            throw SpectraError.unknownElement("Z = \(atomicNumber)")
        }
        return element
    }

    /// The strongest line (by Scofield factor) of the element with this symbol; throws `.unknownElement`.
    public func mainLine(of symbol: String) throws -> PhotoemissionLine {
        try element(symbol).mainLine
    }

    /// The elements of the default set, ascending atomic number.
    public var defaultElements: [Element] {
        defaultElementSet.map { elements[indexBySymbol[$0]!] }
    }

    // MARK: - Decoding and checks

    private struct Document: Decodable {
        let photonEnergy: Double
        let elements: [Element]
        let defaultElementSet: [String]
        let exclusionRule: String
        let source: String
    }

    private static func invalid(_ found: String) -> SpectraError {
        .invalidParameter(
            name: "elementLibraryJSON", found: found,
            expected: "the library JSON written by scripts/make_element_library.py")
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the top level" : codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }

    private func validate() throws {
        guard photonEnergy == Self.alKAlphaPhotonEnergy else {
            throw Self.invalid("photonEnergy \(photonEnergy) eV, not Al Kα \(Self.alKAlphaPhotonEnergy) eV")
        }
        var previousZ = 0
        for element in elements {
            let name = element.symbol
            guard element.atomicNumber > previousZ else {
                throw Self.invalid("\(name): atomic number \(element.atomicNumber) does not ascend")
            }
            previousZ = element.atomicNumber
            guard !element.photoemissionLines.isEmpty else { throw Self.invalid("\(name) has no photoemission line") }
            for line in element.photoemissionLines {
                guard line.bindingEnergy > 0, line.bindingEnergy < photonEnergy else {
                    throw Self.invalid("\(name) \(line.orbital): binding energy \(line.bindingEnergy) eV outside (0, \(photonEnergy))")
                }
                guard line.sensitivityFactor > 0, line.sensitivityFactor.isFinite else {
                    throw Self.invalid("\(name) \(line.orbital): sensitivity factor \(line.sensitivityFactor)")
                }
                guard let partner = line.doubletPartner else { continue }
                guard let other = element.photoemissionLines.first(where: { $0.orbital == partner.orbital }),
                    let back = other.doubletPartner, back.orbital == line.orbital,
                    abs(back.splitting + partner.splitting) < 1e-9,
                    abs(back.areaRatio * partner.areaRatio - 1) < 1e-9,
                    abs(other.bindingEnergy - line.bindingEnergy - partner.splitting) < 1e-6
                else {
                    throw Self.invalid("\(name) \(line.orbital): doublet partner \(partner.orbital) is not reciprocal")
                }
            }
            for auger in element.augerLines {
                guard abs(auger.bindingEnergy - (photonEnergy - auger.kineticEnergy)) < 1e-6, auger.bindingEnergy > 0 else {
                    throw Self.invalid("\(name) \(auger.transition): binding energy \(auger.bindingEnergy) eV ≠ hν − KE")
                }
            }
        }
        for symbol in defaultElementSet where indexBySymbol[symbol] == nil {
            throw Self.invalid("default set names \(symbol), which is not in the library")
        }
    }
}
