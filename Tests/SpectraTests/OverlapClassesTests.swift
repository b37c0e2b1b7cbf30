import Testing
@testable import Spectra

@Suite struct OverlapClassesTests {
    let library = try! ElementLibrary.load()

    func classes(_ elements: [String], window: Double = 3) throws -> [String: Int] {
        let c = try OverlapClasses.classify(elements, library: library, rule: OverlapClassRule(window: window),
                                            axisStart: 0, axisEnd: 1100)
        return Dictionary(uniqueKeysWithValues: c.map { ($0.element, $0.overlapClass) })
    }

    @Test func carbonAndOxygenSitOnTheContaminationLines() throws {
        let c = try classes(["C", "O", "Au"])
        #expect(c["C"] == 4 && c["O"] == 4)
    }

    @Test func anElementAloneIsIsolatedUntilAnotherLineLandsOnAMainLine() throws {
        // Au main lines: 4f7/2 84.0, 4f5/2 87.7, 4d5/2 335, 4d3/2 353 eV; nothing of C or O within 3 eV.
        #expect(try classes(["Au"])["Au"] == 1)
        // Pd 3d5/2 (335.0 eV) lands on Au 4d5/2: one main line overlapped, the 4f lines stay free.
        let withPd = try OverlapClasses.classify(["Au", "Pd"], library: library, axisStart: 0, axisEnd: 1100)
        let au = withPd.first { $0.element == "Au" }!
        #expect(au.overlapClass == 2)
        #expect(au.mainLines.first { $0.orbital == "4d5/2" }!.overlaps.contains { $0.hasPrefix("Pd 3d5/2") })
        #expect(au.mainLines.first { $0.orbital == "4f7/2" }!.overlaps.isEmpty)
        // A narrower window separates lines that a wider one merges.
        #expect(try classes(["Au", "Pd"], window: 0.01)["Au"] == 1)
    }

    @Test func everyElementOfTheDefaultSetGetsOneOfFourClassesAndEachClassHasMembers() throws {
        let set = library.defaultElementSet
        let c = try OverlapClasses.classify(set, library: library, axisStart: 0, axisEnd: 1100)
        #expect(c.map(\.element) == set)
        for k in 1...4 { #expect(c.contains { $0.overlapClass == k }, "class \(k) is empty") }
        // The definition: class 1 ⇔ no main line overlaps; class 3 ⇒ every main line overlaps.
        for e in c where e.overlapClass != 4 {
            let overlapped = e.mainLines.filter { !$0.overlaps.isEmpty }.count
            switch e.overlapClass {
            case 1: #expect(overlapped == 0, "\(e.element)")
            case 2: #expect(overlapped > 0 && overlapped < e.mainLines.count, "\(e.element)")
            default: #expect(overlapped == e.mainLines.count, "\(e.element)")
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
