import Foundation

// The compound library: real, well-known solids (elements, alloys, oxides, salts, minerals, semiconductors,
// polymers, complexes) with their nominal stoichiometries, for simulating survey spectra of plausible
// samples. The table is hand-written in CompoundLibraryData.swift; compositions are the formula's, not
// measured surface compositions (no contamination, no non-stoichiometry, no preferential sputtering).
//
// Contract:
// - every formula parses, names only elements of the element library, and no two compounds share a
//   composition (the same atom counts per formula unit);
// - oxidation states are given only for Mn, Fe, Co, Ni and Cu, and only for elements of the formula;
// - the held-out set is fixed by the formula string alone (64-bit FNV-1a hash), never by table order.

/// One element of a chemical formula with its number of atoms per formula unit.
public struct FormulaAtom: Sendable, Equatable, Hashable {
    /// Chemical symbol, e.g. "Fe".
    public let symbol: String
    /// Atoms per formula unit (> 0; may be fractional, e.g. 0.7 in La0.7Sr0.3MnO3).
    public let count: Double

    public init(symbol: String, count: Double) {
        self.symbol = symbol
        self.count = count
    }
}

/// Chemical family of a compound, as used to spread a data set over kinds of material.
public enum CompoundClass: String, Sendable, Codable, CaseIterable {
    case element, alloy, oxide, hydroxide, nitride, carbide, boride, silicide, halide, sulfide, selenide, telluride
    case phosphide, arsenide, carbonate, sulfate, nitrate, phosphate, silicate, polymer, other
}

/// The fixed division of the compound library by a hash of the formula (`Compound.split`): about
/// 15 % held out as the test set, 10 % for validation (choosing settings), the rest for training.
public enum CompoundSplit: String, Sendable, Codable, CaseIterable {
    case training
    case validation
    case heldOut = "held-out"
    /// Every compound (a selection, not a compound's split).
    case all
}

/// A real compound of the library with its nominal composition.
public struct Compound: Sendable, Equatable {
    /// The formula as written in the table, e.g. "Ca3(PO4)2" or "La0.7Sr0.3MnO3".
    public let formula: String
    /// Common name, e.g. "haematite".
    public let name: String
    /// Chemical family.
    public let compoundClass: CompoundClass
    /// Atoms per formula unit, by element symbol, in formula order of first appearance (H included).
    public let atoms: [FormulaAtom]
    /// Formal oxidation states given in the table (Mn, Fe, Co, Ni, Cu only); averages for mixed valence.
    public let oxidationStates: [String: Double]

    /// Percentage of compounds held out from training, chosen by `isHeldOut`.
    public static let heldOutPercent: UInt64 = 15
    /// Percentage of compounds kept for validation (choosing settings), after the held-out ones.
    public static let validationPercent: UInt64 = 10

    /// The non-hydrogen element symbols, formula order.
    public var elements: [String] {
        atoms.map(\.symbol).filter { $0 != "H" }
    }

    /// Atomic fractions without hydrogen (XPS does not see H), summing to 1, formula order.
    public var atomicFractions: [(symbol: String, fraction: Double)] {
        let seen = atoms.filter { $0.symbol != "H" }
        let total = seen.reduce(0) { $0 + $1.count }
        return seen.map { (symbol: $0.symbol, fraction: $0.count / total) }
    }

    /// True for the fixed ~15 % of compounds held out from training: `fnv1a64(formula) % 100 < 15`,
    /// so the split depends on the formula string only, never on the order of the table.
    public var isHeldOut: Bool {
        Self.fnv1a64(formula) % 100 < Self.heldOutPercent
    }

    /// The compound's split: held out (`fnv1a64(formula) % 100 < 15`), validation (15–24) or training.
    public var split: CompoundSplit {
        let bucket = Self.fnv1a64(formula) % 100
        if bucket < Self.heldOutPercent { return .heldOut }
        if bucket < Self.heldOutPercent + Self.validationPercent { return .validation }
        return .training
    }

    /// 64-bit FNV-1a hash of the UTF-8 bytes of `text` (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
    public static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// The compound library: the table of `CompoundLibraryData.swift`, parsed and checked.
public struct CompoundLibrary: Sendable {
    /// Elements whose formal oxidation state the table may give.
    public static let elementsWithOxidationStates: Set<String> = ["Mn", "Fe", "Co", "Ni", "Cu"]

    /// All compounds, in table order.
    public let compounds: [Compound]

    private let indexByFormula: [String: Int]

    /// The library of the package, parsed on first use and cached.
    public static func load() throws -> CompoundLibrary {
        try cached.get()
    }

    private static let cached: Result<CompoundLibrary, SpectraError> = {
        do {
            return .success(try CompoundLibrary(table: compoundLibraryTable, elements: try ElementLibrary.load()))
        } catch let error as SpectraError {
            return .failure(error)
        } catch {
            return .failure(.invalidParameter(name: "compoundLibraryTable", found: "\(error)", expected: "a readable table"))
        }
    }()

    /// The compounds of one split, or all of them, table order.
    public func compounds(in split: CompoundSplit) -> [Compound] {
        split == .all ? compounds : compounds.filter { $0.split == split }
    }

    /// The compound with exactly this formula as written in the table, or nil.
    public func compound(formula: String) -> Compound? {
        indexByFormula[formula].map { compounds[$0] }
    }

    /// Parses and checks a table: lines `formula<TAB>name<TAB>class<TAB>states`, `#` starts a comment line.
    ///
    /// Throws `.invalidParameter` naming the 1-based line of the table and what was found there.
    init(table: String, elements: ElementLibrary) throws {
        var compounds: [Compound] = []
        var lineByComposition: [String: Int] = [:]
        for (offset, line) in table.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = offset + 1
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let compound = try Self.compound(line: String(line), number: number, elements: elements)
            // Atom counts to 1e-6, by symbol: the same composition however the formula is written.
            let key = compound.atoms.sorted { $0.symbol < $1.symbol }
                .map { "\($0.symbol)\(($0.count * 1e6).rounded())" }.joined()
            if let first = lineByComposition[key] {
                let found = "\(compound.formula) has the composition of line \(first)"
                throw Self.invalid(line: number, found, expected: "unique compositions")
            }
            lineByComposition[key] = number
            compounds.append(compound)
        }
        self.compounds = compounds
        indexByFormula = Dictionary(uniqueKeysWithValues: compounds.enumerated().map { ($1.formula, $0) })
    }

    private static func compound(line: String, number: Int, elements: ElementLibrary) throws -> Compound {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 4 else {
            let expected = "formula, name, class and states separated by tabs"
            throw invalid(line: number, "\(fields.count) fields in '\(line)'", expected: expected)
        }
        guard let compoundClass = CompoundClass(rawValue: fields[2]) else {
            let known = CompoundClass.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(line: number, "class '\(fields[2])'", expected: "one of \(known)")
        }
        guard !fields[1].isEmpty else { throw invalid(line: number, "an empty name for \(fields[0])", expected: "a name") }
        let atoms: [FormulaAtom]
        do {
            atoms = try FormulaParser.parse(fields[0])
        } catch SpectraError.invalidParameter(_, let found, let expected) {
            throw invalid(line: number, found, expected: expected)
        }
        for atom in atoms {
            guard (try? elements.element(atom.symbol)) != nil else {
                throw invalid(line: number, "\(fields[0]): element \(atom.symbol)", expected: "elements of the element library")
            }
        }
        guard atoms.contains(where: { $0.symbol != "H" }) else {
            throw invalid(line: number, "\(fields[0]) has only hydrogen", expected: "at least one element XPS sees")
        }
        let states = try oxidationStates(fields[3], atoms: atoms, line: number)
        return Compound(formula: fields[0], name: fields[1], compoundClass: compoundClass, atoms: atoms, oxidationStates: states)
    }

    /// Parses `Fe:3` or `Ni:2,Fe:3`; each element once, one of Mn, Fe, Co, Ni, Cu, present in the formula.
    private static func oxidationStates(_ field: String, atoms: [FormulaAtom], line: Int) throws -> [String: Double] {
        var states: [String: Double] = [:]
        guard !field.isEmpty else { return states }
        let expected = "symbol:state pairs separated by commas for Mn, Fe, Co, Ni or Cu of the formula, states 0 … 8"
        for entry in field.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = entry.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let state = Double(parts[1]), (0...8).contains(state) else {
                throw invalid(line: line, "states entry '\(entry)'", expected: expected)
            }
            let symbol = parts[0]
            guard elementsWithOxidationStates.contains(symbol), atoms.contains(where: { $0.symbol == symbol }),
                states[symbol] == nil
            else {
                throw invalid(line: line, "state for '\(symbol)' in '\(field)'", expected: expected)
            }
            states[symbol] = state
        }
        return states
    }

    private static func invalid(line: Int, _ found: String, expected: String) -> SpectraError {
        .invalidParameter(name: "compoundLibraryTable", found: "line \(line): \(found)", expected: expected)
    }
}

/// Parser of chemical formulas: element symbols with optional positive decimal counts and parenthesised
/// groups with multipliers, nested to any depth (`Fe2O3`, `Fe0.5Ni0.5`, `Ca3(PO4)2`, `RhCl(P(C6H5)3)3`).
/// No hydrate dots, charges, spaces or isotope labels.
public enum FormulaParser {
    /// Chemical symbols Z = 1 … 92 (H … U), the range of the element library.
    static let symbols: Set<String> = [
        "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P", "S", "Cl", "Ar", "K", "Ca",
        "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn", "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y",
        "Zr", "Nb", "Mo", "Tc", "Ru", "Rh", "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La",
        "Ce", "Pr", "Nd", "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re",
        "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th", "Pa", "U"
    ]

    /// The atoms of `formula` per formula unit, merged by element, in order of first appearance.
    ///
    /// Throws `.invalidParameter(name: "formula", …)` naming the formula and the 1-based character at fault:
    /// an unknown symbol, unbalanced parentheses, an empty group, a zero, negative or malformed count,
    /// any other character, or an empty formula.
    public static func parse(_ formula: String) throws -> [FormulaAtom] {
        var scanner = Scanner(formula: formula)
        guard !scanner.characters.isEmpty else { throw scanner.error("empty formula") }
        let atoms = try scanner.group(openedAt: nil)
        return atoms
    }

    private struct Scanner {
        let formula: String
        let characters: [Character]
        var position = 0

        init(formula: String) {
            self.formula = formula
            characters = Array(formula)
        }

        func error(_ what: String) -> SpectraError {
            .invalidParameter(
                name: "formula", found: "\(formula): \(what)",
                expected: "element symbols with optional positive counts and parenthesised groups, e.g. Ca3(PO4)2")
        }

        /// Reads atoms and groups up to the `)` closing the group opened at `openedAt` (nil: to the end).
        mutating func group(openedAt: Int?) throws -> [FormulaAtom] {
            var atoms: [FormulaAtom] = []
            while position < characters.count {
                let character = characters[position]
                if character == ")" {
                    guard openedAt != nil else { throw error("')' at character \(position + 1) without a matching '('") }
                    return atoms
                } else if character == "(" {
                    let open = position
                    position += 1
                    let inner = try group(openedAt: open)
                    guard position < characters.count else { throw error("'(' at character \(open + 1) is never closed") }
                    guard !inner.isEmpty else { throw error("empty group '()' at character \(open + 1)") }
                    position += 1
                    let multiplier = try count()
                    for atom in inner { Self.add(atom.symbol, atom.count * multiplier, to: &atoms) }
                } else if character.isUppercase, character.isASCII {
                    let start = position
                    position += 1
                    if position < characters.count, characters[position].isLowercase, characters[position].isASCII {
                        position += 1
                    }
                    let symbol = String(characters[start..<position])
                    guard FormulaParser.symbols.contains(symbol) else {
                        throw error("unknown element symbol '\(symbol)' at character \(start + 1)")
                    }
                    Self.add(symbol, try count(), to: &atoms)
                } else if character == "-", position + 1 < characters.count, characters[position + 1].isNumber {
                    throw error("negative count at character \(position + 1)")
                } else {
                    throw error("unexpected character '\(character)' at character \(position + 1)")
                }
            }
            return atoms
        }

        /// Reads an optional count `digits[.digits]` (1 when absent); throws for zero or malformed counts.
        mutating func count() throws -> Double {
            let start = position
            while position < characters.count, characters[position].isASCII, characters[position].isNumber { position += 1 }
            guard position > start else { return 1 }
            if position < characters.count, characters[position] == "." {
                position += 1
                let fraction = position
                while position < characters.count, characters[position].isASCII, characters[position].isNumber { position += 1 }
                guard position > fraction else { throw error("count without digits after '.' at character \(fraction)") }
            }
            let text = String(characters[start..<position])
            guard let value = Double(text), value > 0 else { throw error("count \(text) at character \(start + 1), not positive") }
            return value
        }

        static func add(_ symbol: String, _ count: Double, to atoms: inout [FormulaAtom]) {
            if let i = atoms.firstIndex(where: { $0.symbol == symbol }) {
                atoms[i] = FormulaAtom(symbol: symbol, count: atoms[i].count + count)
            } else {
                atoms.append(FormulaAtom(symbol: symbol, count: count))
            }
        }
    }
}
