import Foundation
import Testing
import TestSupport
@testable import Spectra

/// The LG4X-V2 source table, read independently of the generating script.
private struct SourceTable {
    struct Row {
        var lines: [(orbital: String, bindingEnergy: Double, sensitivityFactor: Double)]
        var auger: [(transition: String, kineticEnergy: Double, sensitivityFactor: Double)]
    }
    var rows: [String: Row] = [:]
    var order: [String] = []

    init(url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        let records = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(records.first == "symbol,alka.trans,alka.be,alka.rsf,aes.trans,aes.ke,aes.rsf")
        for record in records.dropFirst() {
            let cells = Self.cells(record)
            try #require(cells.count == 7, "\(record)")
            let orbitals = Self.list(cells[1]), energies = Self.list(cells[2]).map { Double($0)! }
            let factors = Self.list(cells[3]).map { Double($0)! }
            let transitions = Self.list(cells[4]), kinetic = Self.list(cells[5]).map { Double($0)! }
            let augerFactors = Self.list(cells[6]).map { Double($0)! }
            rows[cells[0]] = Row(
                lines: orbitals.indices.map { (orbitals[$0], energies[$0], factors[$0]) },
                auger: transitions.indices.map { (transitions[$0], kinetic[$0], augerFactors[$0]) })
            order.append(cells[0])
        }
    }

    /// Splits one CSV record; fields may be double-quoted and then contain commas.
    static func cells(_ record: String) -> [String] {
        var cells: [String] = [], current = "", quoted = false
        for character in record {
            if character == "\"" {
                quoted.toggle()
            } else if character == "," && !quoted {
                cells.append(current); current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current)
        return cells
    }

    /// "['1s', '2s']" → ["1s", "2s"]; "[409.9, 37.3]" → ["409.9", "37.3"]; "[]" → [].
    static func list(_ cell: String) -> [String] {
        let inner = cell.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
        guard !inner.isEmpty else { return [] }
        return inner.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        }
    }
}

/// A line expected at a handbook binding energy.
struct HandbookLine: Sendable, CustomTestStringConvertible {
    let symbol: String
    let orbital: String
    let range: ClosedRange<Double>
    var testDescription: String { "\(symbol) \(orbital) in \(range) eV" }
}

@Suite struct ElementLibraryTests {
    let library: ElementLibrary
    fileprivate let source: SourceTable

    init() throws {
        library = try ElementLibrary.load()
        source = try SourceTable(url: SharedData.file("reference/xps_data.csv"))
    }

    @Test func libraryDecodesWithEveryElementOfTheSource() throws {
        #expect(library.photonEnergy == 1486.6)
        #expect(library.elements.count == 92)
        #expect(library.elements.map(\.symbol) == source.order)
        #expect(library.elements.map(\.atomicNumber) == Array(1...92))
        #expect(try library.element("Fe").name == "Iron")
        #expect(try library.element(atomicNumber: 79).symbol == "Au")
        // Decoded once: two loads give the same value.
        #expect(try ElementLibrary.load() == library)
    }

    @Test func defaultSetIsLiToTlWithoutNobleGasesAndUnstableElements() throws {
        #expect(library.defaultElementSet.count == 73)
        let range = library.elements.filter { (3...81).contains($0.atomicNumber) }.map(\.symbol)
        #expect(range.count == 79)
        let excluded = Set(range).subtracting(library.defaultElementSet)
        #expect(excluded == ["Ne", "Ar", "Kr", "Xe", "Tc", "Pm"])
        #expect(library.defaultElementSet == range.filter { !excluded.contains($0) })
        for element in library.defaultElements {
            #expect(!element.photoemissionLines.isEmpty, "\(element.symbol) has no line")
        }
        #expect(library.exclusionRule.contains("73"))
        #expect(library.exclusionRule.contains("Tc") && library.exclusionRule.contains("Pm"))
        // Elements outside the set stay in the library.
        #expect(try library.element("Kr").photoemissionLines.count > 0)
        #expect(try library.element("U").photoemissionLines.count > 0)
    }

    static let handbookLines: [HandbookLine] = [
        HandbookLine(symbol: "N", orbital: "1s", range: 398...401),
        HandbookLine(symbol: "O", orbital: "1s", range: 529...533),
        HandbookLine(symbol: "F", orbital: "1s", range: 684...690),
        HandbookLine(symbol: "P", orbital: "2p3/2", range: 129...134),
        HandbookLine(symbol: "S", orbital: "2p3/2", range: 163.5...164.5),
        HandbookLine(symbol: "C", orbital: "1s", range: 284...285.5),
        HandbookLine(symbol: "Si", orbital: "2p3/2", range: 99...100),
        HandbookLine(symbol: "Au", orbital: "4f7/2", range: 83.8...84.2),
        HandbookLine(symbol: "Ag", orbital: "3d5/2", range: 367.9...368.5),
        HandbookLine(symbol: "Cu", orbital: "2p3/2", range: 932.3...932.9),
        HandbookLine(symbol: "Fe", orbital: "2p3/2", range: 706.5...707.1)
    ]

    @Test(arguments: handbookLines)
    func mainLinesLandOnHandbookValues(_ expected: HandbookLine) throws {
        let line = try library.element(expected.symbol).line(expected.orbital)
        #expect(expected.range.contains(line.bindingEnergy), "\(line.bindingEnergy) eV")
    }

    @Test func correctedLinesRecordTheSourceValue() throws {
        let corrected = library.elements.flatMap { element in
            element.photoemissionLines.compactMap { line in
                line.correction.map { (element.symbol, line.orbital, $0.sourceValue, line.bindingEnergy) }
            }
        }
        let found = corrected.map { "\($0.0) \($0.1)" }
        #expect(found == ["N 1s", "O 1s", "F 1s", "P 2p1/2", "P 2p3/2", "S 2s", "S 2p1/2", "S 2p3/2"])
        let expectedSource: [String: Double] = [
            "N 1s": 409.9, "O 1s": 543.1, "F 1s": 696.7, "P 2p1/2": 136, "P 2p3/2": 135,
            "S 2s": 230.9, "S 2p1/2": 163.6, "S 2p3/2": 162.5
        ]
        for (symbol, orbital, sourceValue, value) in corrected {
            #expect(sourceValue == expectedSource["\(symbol) \(orbital)"])
            #expect(abs(value - sourceValue) > 1, "\(symbol) \(orbital) moved by only \(value - sourceValue) eV")
        }
        // Every correction concerns a main line or the doublet partner of one.
        for symbol in ["N", "O", "F", "P", "S"] {
            let element = try library.element(symbol)
            let main = element.mainLines.map(\.orbital)
            for line in element.photoemissionLines where line.correction != nil {
                let partnerIsMain = line.doubletPartner.map { main.contains($0.orbital) } ?? false
                #expect(main.contains(line.orbital) || partnerIsMain, "\(symbol) \(line.orbital)")
            }
        }
    }

    @Test func uncorrectedLinesEqualTheSourceTable() throws {
        for element in library.elements {
            let row = try #require(source.rows[element.symbol])
            for line in element.photoemissionLines {
                let original = try #require(
                    row.lines.first { $0.orbital == line.orbital },
                    "\(element.symbol) \(line.orbital) is not in the source")
                #expect(line.sensitivityFactor == original.sensitivityFactor)
                if let correction = line.correction {
                    #expect(correction.sourceValue == original.bindingEnergy)
                } else {
                    #expect(line.bindingEnergy == original.bindingEnergy, "\(element.symbol) \(line.orbital)")
                }
            }
            // Every source line that Al Kα can excite is in the library, none beyond hν.
            let excitable = row.lines.filter { $0.bindingEnergy < 1486.6 }.map(\.orbital)
            #expect(element.photoemissionLines.map(\.orbital) == excitable, "\(element.symbol)")
        }
        #expect(try library.element("Fe").line("2p3/2").bindingEnergy == 706.8)
        #expect(try library.element("Mo").line("3d5/2").bindingEnergy == 227.9)
        #expect(try library.element("Cl").line("2p3/2").bindingEnergy == 200)
        #expect(try library.element("Gd").line("3d5/2").bindingEnergy == 1189.6)
        #expect(try library.element("Al").line("2p3/2").sensitivityFactor == 0.356)
    }

    @Test func doubletPartnersAreReciprocalWithSpinOrbitAreaRatios() throws {
        var pairs = 0
        for element in library.elements {
            for line in element.photoemissionLines {
                let (n, l, twiceJ) = try subshell(line.orbital)
                guard let partner = line.doubletPartner else {
                    if l > 0 {
                        // Only where the source lacks the partner below hν.
                        let other = "\(n)\(Array("spdf")[l])\(twiceJ == 2 * l + 1 ? 2 * l - 1 : 2 * l + 1)/2"
                        #expect(
                            !element.photoemissionLines.contains { $0.orbital == other },
                            "\(element.symbol) \(line.orbital) lacks its partner \(other)")
                    }
                    continue
                }
                #expect(l > 0, "\(element.symbol) \(line.orbital): an s level has no doublet")
                let other = try element.line(partner.orbital)
                let (otherN, otherL, otherTwiceJ) = try subshell(other.orbital)
                #expect(otherN == n && otherL == l && otherTwiceJ != twiceJ)
                #expect(other.doubletPartner?.orbital == line.orbital)
                #expect(other.doubletPartner?.splitting == -partner.splitting)
                #expect(abs(other.bindingEnergy - line.bindingEnergy - partner.splitting) < 1e-9)
                // A(j′)/A(j) = (2j′ + 1)/(2j + 1): 1:2 (p), 2:3 (d), 3:4 (f).
                let ratio = Double(otherTwiceJ + 1) / Double(twiceJ + 1)
                #expect(abs(partner.areaRatio - ratio) < 1e-12, "\(element.symbol) \(line.orbital)")
                pairs += 1
            }
        }
        #expect(pairs > 500)
        let gold = try library.element("Au").line("4f7/2").doubletPartner
        #expect(gold?.orbital == "4f5/2")
        #expect(gold.map { abs($0.splitting - 3.6) < 1e-9 } == true)
        #expect(gold?.areaRatio == 0.75)
        let silver = try library.element("Ag").line("3d5/2").doubletPartner
        #expect(silver.map { abs($0.areaRatio - 2.0 / 3.0) < 1e-12 && abs($0.splitting - 5.7) < 1e-9 } == true)
        #expect(try library.element("Fe").line("2p1/2").doubletPartner?.areaRatio == 2)
        // Corrected doublets keep handbook splittings.
        let phosphorus = try #require(try library.element("P").line("2p3/2").doubletPartner)
        #expect(abs(phosphorus.splitting - 0.9) < 0.05)
        let sulfur = try #require(try library.element("S").line("2p3/2").doubletPartner)
        #expect(abs(sulfur.splitting - 1.2) < 0.05)
        // Components whose partner the source does not list stay single.
        #expect(try library.element("Gd").line("4d5/2").doubletPartner == nil)
        #expect(try library.element("Tm").line("3d5/2").doubletPartner == nil)
    }

    @Test func augerBindingEnergyIsPhotonEnergyMinusKineticEnergy() throws {
        var count = 0
        for element in library.elements {
            let row = try #require(source.rows[element.symbol])
            for auger in element.augerLines {
                #expect(abs(auger.bindingEnergy - (1486.6 - auger.kineticEnergy)) < 1e-9)
                #expect(auger.bindingEnergy > 0)
                let original = try #require(row.auger.first { $0.transition == auger.transition })
                #expect(auger.kineticEnergy == original.kineticEnergy)
                if original.sensitivityFactor <= 0.0001 {
                    #expect(auger.sensitivityFactor == nil, "\(element.symbol) \(auger.transition)")
                } else {
                    #expect(auger.sensitivityFactor == original.sensitivityFactor)
                }
                count += 1
            }
        }
        #expect(count > 100)
        let oxygen = try #require(try library.element("O").augerLines.first)
        #expect(oxygen.transition == "KLL" && abs(oxygen.bindingEnergy - 983.6) < 1e-9)
        #expect(try library.element("Ca").augerLines.first { $0.transition == "MNN" }?.sensitivityFactor == nil)
        // Al 1s lies beyond Al Kα, so no Al KLL; Mg 1s does not.
        #expect(try library.element("Al").augerLines.map(\.transition) == ["LMM"])
        #expect(try library.element("Mg").augerLines.map(\.transition) == ["KLL", "LMM"])
    }

    @Test func mainLineIsTheStrongestByScofieldFactor() throws {
        #expect(try library.mainLine(of: "Fe").orbital == "2p3/2")
        // Scofield: Au 4d5/2 11.74 > 4f7/2 9.58, so the rule picks 4d5/2; 4f7/2 is a main line too.
        #expect(try library.mainLine(of: "Au").orbital == "4d5/2")
        #expect(try library.element("Au").mainLines.map(\.orbital) == ["4p3/2", "4d3/2", "4d5/2", "4f5/2", "4f7/2"])
        #expect(try library.mainLine(of: "C").orbital == "1s")
        #expect(try library.mainLine(of: "Al").orbital == "2s")
        #expect(try library.element("Fe").mainLines.map(\.orbital) == ["2p1/2", "2p3/2"])
        for element in library.elements {
            let main = element.mainLine
            #expect(element.photoemissionLines.allSatisfy { $0.sensitivityFactor <= main.sensitivityFactor })
            #expect(element.mainLines.contains(main))
            #expect(element.mainLines.allSatisfy { $0.sensitivityFactor >= 0.5 * main.sensitivityFactor })
        }
    }

    @Test func unknownSymbolsAndLabelsThrow() throws {
        #expect(throws: SpectraError.unknownElement("Xx")) { try library.element("Xx") }
        #expect(throws: SpectraError.unknownElement("fe")) { try library.element("fe") }
        #expect(throws: SpectraError.unknownElement("Xx")) { try library.mainLine(of: "Xx") }
        #expect(throws: SpectraError.unknownElement("Z = 93")) { try library.element(atomicNumber: 93) }
        #expect(throws: SpectraError.self) { try library.element("Fe").line("9z") }
    }

    @Test func malformedLibraryJSONIsRejected() throws {
        let good = Data(elementLibraryJSON.utf8)
        #expect(throws: Never.self) { try ElementLibrary(json: good) }
        // A partner that does not point back.
        let broken = elementLibraryJSON.replacingOccurrences(
            of: "\"orbital\": \"4f5/2\",\n      \"splitting\": 3.6", with: "\"orbital\": \"4d5/2\",\n      \"splitting\": 3.6")
        #expect(broken != elementLibraryJSON)
        #expect(throws: SpectraError.self) { try ElementLibrary(json: Data(broken.utf8)) }
        // A missing key names where it is missing.
        do {
            _ = try ElementLibrary(json: Data(#"{"photonEnergy": 1486.6}"#.utf8))
            Issue.record("decoding an incomplete document succeeded")
        } catch let SpectraError.invalidParameter(name, found, _) {
            #expect(name == "elementLibraryJSON")
            #expect(found.contains("missing key"))
        }
    }
}

/// (n, l, 2j) of an orbital label such as "2p3/2" or "1s".
private func subshell(_ orbital: String) throws -> (Int, Int, Int) {
    let characters = Array(orbital)
    let n = try #require(Int(String(characters[0])))
    let l = try #require("spdf".firstIndex(of: characters[1])).utf16Offset(in: "spdf")
    if l == 0 { return (n, 0, 1) }
    let twiceJ = try #require(Int(String(characters[2])))
    return (n, l, twiceJ)
}
