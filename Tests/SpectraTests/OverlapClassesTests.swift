import Testing
@testable import Spectra

@Suite struct OverlapClassesTests {
    let library = try! ElementLibrary.load()

    func classes(_ elements: [String], window: Double = 3) throws -> [String: Int] {
        let c = try OverlapClasses.classify(
            elements, library: library, rule: OverlapClassRule(window: window),
            axisStart: 0, axisEnd: 1100)
        return Dictionary(uniqueKeysWithValues: c.map { ($0.element, $0.overlapClass) })
    }

    @Test func carbonAndOxygenSitOnTheContaminationLines() throws {
        let c = try classes(["C", "O", "Au"])
        #expect(c["C"] == 4 && c["O"] == 4)
    }

    @Test func anElementAloneIsIsolatedUntilOtherLinesLandOnEveryMainLine() throws {
        // Au main lines: 4f7/2 84.0, 4f5/2 87.6, 4d5/2 335.1, 4d3/2 353.2 eV; nothing of C or O within 3 eV.
        #expect(try classes(["Au"])["Au"] == 1)
        // Pd 3d5/2 (335.2 eV, σ 9.48) lands on Au 4d5/2 (σ 11.74): r = 0.81, but the 4f lines stay free.
        let withPd = try OverlapClasses.classify(["Au", "Pd"], library: library, axisStart: 0, axisEnd: 1100)
        let au = withPd.first { $0.element == "Au" }!
        #expect(au.overlapClass == 1)
        let d52 = au.mainLines.first { $0.orbital == "4d5/2" }!
        #expect(d52.overlaps.contains("Pd 3d5/2") && abs(d52.interference - 9.48 / 11.74) < 1e-9)
        // Pd 3p3/2 (532.3 eV) is a main line on O 1s.
        #expect(withPd.first { $0.element == "Pd" }!.overlapClass == 4)
        // Li 1s (54.7 eV, σ 0.0568), its only line, under Fe 3p3/2 (52.7 eV, σ 1.1): strongly overlapped.
        #expect(try classes(["Li", "Fe"])["Li"] == 3)
        // A narrower window separates the lines.
        #expect(try classes(["Li", "Fe"], window: 1)["Li"] == 1)
    }

    @Test func everyElementOfTheDefaultSetGetsOneOfFourClassesAndEachClassHasMembers() throws {
        let set = library.defaultElementSet
        let c = try OverlapClasses.classify(set, library: library, axisStart: 0, axisEnd: 1100)
        #expect(c.map(\.element) == set)
        for k in 1...4 { #expect(c.contains { $0.overlapClass == k }, "class \(k) is empty") }
        #expect(Set(c.filter { $0.overlapClass == 4 }.map(\.element)).isSuperset(of: ["C", "O"]))
        // The definition, checked against the recorded main lines.
        for e in c {
            let contaminated = e.mainLines.contains { $0.overlaps.contains { $0.hasSuffix("(contamination)") } }
            let least = e.mainLines.map(\.interference).min()!
            switch e.overlapClass {
            case 4: #expect(contaminated, "\(e.element)")
            case 1: #expect(!contaminated && least == 0, "\(e.element)")
            case 2: #expect(!contaminated && least > 0 && least < 1, "\(e.element)")
            default: #expect(!contaminated && least >= 1, "\(e.element)")
            }
        }
    }

    @Test func badRulesAndElementsWithoutLinesAreErrors() {
        #expect(throws: SpectraError.self) {
            try OverlapClasses.classify(["Au"], library: library, rule: OverlapClassRule(window: 0), axisStart: 0, axisEnd: 1100)
        }
        #expect(throws: SpectraError.self) {
            // Mg has no photoemission line below 40 eV? It has 2p at ~50 eV: an axis of 0–20 eV holds none.
            try OverlapClasses.classify(["Mg"], library: library, axisStart: 0, axisEnd: 20)
        }
    }
}
