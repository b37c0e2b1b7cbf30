import Foundation
import Testing
@testable import Spectra

@Suite struct CompoundLibraryTests {
    /// The 77 elements the library covers; no other element (H apart) may occur.
    static let coveredElements = """
        Li Be B C N O F Na Mg Al Si P S Cl K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Rb Sr Y Zr Nb Mo Ru Rh Pd Ag \
        Cd In Sn Sb Te I Cs Ba La Ce Pr Nd Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Th U
        """.split(separator: " ").map(String.init)

    let library: CompoundLibrary

    init() throws {
        library = try CompoundLibrary.load()
    }

    /// How many compounds of `compounds` contain each element (H excluded).
    private func occurrences(_ compounds: [Compound]) -> [String: Int] {
        var count: [String: Int] = [:]
        for compound in compounds {
            for symbol in Set(compound.elements) { count[symbol, default: 0] += 1 }
        }
        return count
    }

    @Test func loadsAtLeast600CompoundsOfEveryClass() {
        #expect(Self.coveredElements.count == 77)
        #expect(library.compounds.count >= 600)
        let classes = Set(library.compounds.map(\.compoundClass))
        #expect(classes == Set(CompoundClass.allCases))
        #expect(Set(library.compounds.map(\.formula)).count == library.compounds.count)
        let sizes = Set(library.compounds.map(\.elements.count))
        #expect(sizes.min() == 1 && sizes.max()! <= 6)
    }

    @Test func everyCoveredElementOccursInFourCompoundsAndNoOtherElement() {
        let count = occurrences(library.compounds)
        for symbol in Self.coveredElements {
            #expect(count[symbol, default: 0] >= 4, "\(symbol): \(count[symbol, default: 0]) compounds")
        }
        #expect(Set(count.keys).subtracting(Self.coveredElements).isEmpty, "\(Set(count.keys).subtracting(Self.coveredElements))")
    }

    @Test func fractionsWithoutHydrogenSumToOne() {
        for compound in library.compounds {
            let fractions = compound.atomicFractions
            #expect(abs(fractions.reduce(0) { $0 + $1.fraction } - 1) < 1e-12, "\(compound.formula)")
            #expect(!fractions.contains { $0.symbol == "H" }, "\(compound.formula)")
            #expect(fractions.allSatisfy { $0.fraction > 0 }, "\(compound.formula)")
        }
        let brucite = library.compound(formula: "Mg(OH)2")!.atomicFractions
        #expect(brucite.map(\.symbol) == ["Mg", "O"])
        #expect(abs(brucite[0].fraction - 1.0 / 3) < 1e-12)
    }

    @Test func knownCompoundsCarryTheirClassAndStates() throws {
        let magnetite = try #require(library.compound(formula: "Fe3O4"))
        #expect(magnetite.compoundClass == .oxide)
        #expect(magnetite.oxidationStates == ["Fe": 2.67])
        #expect(library.compound(formula: "NiFe2O4")?.oxidationStates == ["Ni": 2, "Fe": 3])
        #expect(library.compound(formula: "C2F4")?.compoundClass == .polymer)
        #expect(library.compound(formula: "Cu0.7Zn0.3")?.compoundClass == .alloy)
        #expect(library.compound(formula: "Ca3(PO4)2")?.atoms.map(\.symbol) == ["Ca", "P", "O"])
        #expect(library.compound(formula: "Xx2O3") == nil)
        for compound in library.compounds {
            #expect(Set(compound.oxidationStates.keys).isSubset(of: CompoundLibrary.elementsWithOxidationStates))
            #expect(Set(compound.oxidationStates.keys).isSubset(of: Set(compound.elements)), "\(compound.formula)")
        }
    }

    @Test func splitsAreStableDisjointAndSpread() {
        let heldOut = library.compounds(in: .heldOut)
        let validation = library.compounds(in: .validation)
        let training = library.compounds(in: .training)
        #expect(heldOut.count + validation.count + training.count == library.compounds.count)
        #expect(library.compounds(in: .all).count == library.compounds.count)
        #expect(heldOut.allSatisfy(\.isHeldOut) && !validation.contains(where: \.isHeldOut) && !training.contains(where: \.isHeldOut))
        let share = Double(heldOut.count) / Double(library.compounds.count)
        #expect(share >= 0.10 && share <= 0.20, "held-out share \(share)")
        let validationShare = Double(validation.count) / Double(library.compounds.count)
        #expect(validationShare >= 0.06 && validationShare <= 0.14, "validation share \(validationShare)")
        #expect(Set(heldOut.map(\.compoundClass)).count >= 8)
        #expect(Set(validation.map(\.compoundClass)).count >= 8)
        // FNV-1a reference values: the empty string gives the offset basis, "a" the published hash.
        #expect(Compound.fnv1a64("") == 0xcbf2_9ce4_8422_2325)
        #expect(Compound.fnv1a64("a") == 0xaf63_dc4c_8601_ec8c)
    }

    @Test func everyCoveredElementStaysInTwoTrainingCompounds() {
        let count = occurrences(library.compounds(in: .training))
        for symbol in Self.coveredElements {
            #expect(count[symbol, default: 0] >= 2, "\(symbol): \(count[symbol, default: 0]) training compounds")
        }
    }

    @Test func rejectsBadTablesNamingTheLine() throws {
        let elements = try ElementLibrary.load()
        func failure(_ table: String) -> String {
            do {
                _ = try CompoundLibrary(table: table, elements: elements)
                return ""
            } catch {
                return "\(error)"
            }
        }
        #expect(failure("# comment\nFe2O3\thaematite\toxide").contains("line 2: 3 fields"))
        #expect(failure("Fe2O3\thaematite\tceramic\t").contains("line 1: class 'ceramic'"))
        #expect(failure("Fe2O3\thaematite\toxide\t\n\nFeO3Fe\tsame\toxide\t").contains("line 3: FeO3Fe has the composition of line 1"))
        #expect(failure("Fe2Q3\thaematite\toxide\t").contains("line 1: Fe2Q3: unknown element symbol 'Q' at character 4"))
        #expect(failure("Fe2O3\thaematite\toxide\tZn:2").contains("line 1: state for 'Zn'"))
        #expect(failure("ZnO\tzincite\toxide\tFe:3").contains("line 1: state for 'Fe'"))
        #expect(failure("Fe2O3\thaematite\toxide\tFe:x").contains("line 1: states entry 'Fe:x'"))
        #expect(failure("H2\thydrogen\telement\t").contains("line 1: H2 has only hydrogen"))
        #expect(failure("Fe2O3\thaematite\toxide\tFe:3").isEmpty)
    }
}

extension CompoundLibraryTests {
    @Suite struct FormulaParserTests {
        private func counts(_ formula: String) throws -> [String: Double] {
            Dictionary(uniqueKeysWithValues: try FormulaParser.parse(formula).map { ($0.symbol, $0.count) })
        }

        /// The `found` text of the error thrown for `formula`, or nil when it parses.
        private func failure(_ formula: String) -> String? {
            do {
                _ = try FormulaParser.parse(formula)
                return nil
            } catch SpectraError.invalidParameter(let name, let found, _) {
                #expect(name == "formula")
                return found
            } catch {
                return "\(error)"
            }
        }

        @Test func parsesPlainFormulasInOrderOfFirstAppearance() throws {
            let atoms = try FormulaParser.parse("Fe2O3")
            #expect(atoms == [FormulaAtom(symbol: "Fe", count: 2), FormulaAtom(symbol: "O", count: 3)])
            #expect(try FormulaParser.parse("NaCl").map(\.symbol) == ["Na", "Cl"])
            #expect(try counts("C") == ["C": 1])
            #expect(try counts("C60") == ["C": 60])
        }

        @Test func parsesDecimalCounts() throws {
            #expect(try counts("Fe0.5Ni0.5") == ["Fe": 0.5, "Ni": 0.5])
            let lsmo = try counts("La0.7Sr0.3MnO3")
            #expect(lsmo == ["La": 0.7, "Sr": 0.3, "Mn": 1, "O": 3])
            #expect(try counts("In1.8Sn0.2O3") == ["In": 1.8, "Sn": 0.2, "O": 3])
        }

        @Test func parsesParenthesesWithMultipliers() throws {
            #expect(try counts("Ca3(PO4)2") == ["Ca": 3, "P": 2, "O": 8])
            #expect(try counts("Al2(SO4)3") == ["Al": 2, "S": 3, "O": 12])
            #expect(try counts("Mg(OH)2") == ["Mg": 1, "O": 2, "H": 2])
            // An element inside and outside a group is merged, keeping its first position.
            let hydroxyapatite = try FormulaParser.parse("Ca5(PO4)3(OH)")
            #expect(hydroxyapatite.map(\.symbol) == ["Ca", "P", "O", "H"])
            #expect(hydroxyapatite.first { $0.symbol == "O" }?.count == 13)
        }

        @Test func parsesNestedGroups() throws {
            #expect(try counts("Fe4(Fe(CN)6)3") == ["Fe": 7, "C": 18, "N": 18])
            #expect(try counts("RhCl(P(C6H5)3)3") == ["Rh": 1, "Cl": 1, "P": 3, "C": 54, "H": 45])
            #expect(try counts("((CH2)2)3") == ["C": 6, "H": 12])
        }

        @Test func namesTheFaultyCharacter() {
            #expect(failure("")?.contains("empty formula") == true)
            #expect(failure("Fe2Xx3")?.contains("unknown element symbol 'Xx' at character 4") == true)
            #expect(failure("Ca3(PO4")?.contains("'(' at character 4 is never closed") == true)
            #expect(failure("Ca3PO4)2")?.contains("')' at character 7 without a matching '('") == true)
            #expect(failure("Ca3((PO4)2")?.contains("'(' at character 4 is never closed") == true)
            #expect(failure("Fe0O")?.contains("count 0 at character 3, not positive") == true)
            #expect(failure("Fe0.0Ni")?.contains("count 0.0 at character 3") == true)
            #expect(failure("Fe-2O3")?.contains("negative count at character 3") == true)
            #expect(failure("Fe2.O3")?.contains("after '.' at character 4") == true)
            #expect(failure("Ca()2")?.contains("empty group '()' at character 3") == true)
            #expect(failure("CuSO4·5H2O")?.contains("unexpected character '·' at character 6") == true)
            #expect(failure("Fe 2")?.contains("unexpected character ' ' at character 3") == true)
            #expect(failure("fe")?.contains("unexpected character 'f' at character 1") == true)
            #expect(failure("Fe2+")?.contains("unexpected character '+' at character 4") == true)
            #expect(failure("Fe2O3") == nil)
        }
    }
}
