import Foundation
import Testing
import TestSupport
@testable import Spectra

@Suite struct PolymerLibraryTests {
    let library = PolymerLibrary.standard

    /// `../shared/published/<name>`: the paper's published files, beside the shared data.
    static func published(_ name: String) -> URL {
        SharedFolder.published(besides: SharedData.packageRoot).appendingPathComponent(name)
    }

    @Test func decodesAllPolymersAndGroups() {
        #expect(library.polymers.count == 104)
        #expect(library.functionalGroups.count == 40)
        #expect(Set(library.polymers.map(\.name)).count == 104)
    }

    @Test func groupsAreInThePublishedOrder() throws {
        let data = try Data(contentsOf: Self.published("saddiq2026_functional_groups.json"))
        let groups = try JSONDecoder().decode([String].self, from: data)
        #expect(library.functionalGroups == groups)
        #expect(library.functionalGroups.first == "alkene")
        #expect(library.functionalGroups.last == "alkane")
    }

    @Test func namesAndAlkaneCountsMatchThePublishedList() throws {
        let data = try Data(contentsOf: Self.published("saddiq2026_polymers.json"))
        let counts = try JSONDecoder().decode([String: Int].self, from: data)
        #expect(Set(counts.keys) == Set(library.polymers.map(\.name)))
        for polymer in library.polymers {
            #expect(polymer.publishedAlkaneCarbons == counts[polymer.name], "\(polymer.name)")
            #expect(polymer.labels.contains("alkane") == (polymer.publishedAlkaneCarbons > 0), "\(polymer.name)")
        }
    }

    @Test func componentsBalanceEveryElementOfTheFormula() {
        for polymer in library.polymers {
            var atoms: [String: Int] = [:]
            for component in polymer.components where !component.isSatellite {
                let element = component.line.split(separator: " ")[0]
                atoms[String(element), default: 0] += component.count
            }
            var expected = polymer.formula
            expected["H"] = nil
            #expect(atoms == expected, "\(polymer.name): components \(atoms), formula \(polymer.formula)")
            #expect(polymer.formula["C", default: 0] > 0, "\(polymer.name) has no carbon")
        }
    }

    /// Repeat-unit masses (g/mol) from standard atomic weights, against values computed
    /// independently from the structures: an error in a hand-written formula shows here.
    @Test func formulasGiveTheKnownRepeatUnitMasses() throws {
        let weight: [String: Double] = [
            "C": 12.011, "H": 1.008, "N": 14.007, "O": 15.999, "F": 18.998,
            "Na": 22.990, "Si": 28.085, "P": 30.974, "S": 32.06, "Cl": 35.45,
            "Br": 79.904
        ]
        let known: [(String, Double)] = [
            ("PMMA", 100.117), ("PS", 104.152), ("PET", 192.170), ("PTFE", 100.016), ("PVC", 62.499),
            ("N66", 226.320), ("PEEK", 288.302), ("KAP", 382.331), ("PDMS", 74.154), ("HDPE", 28.054),
            ("PVdF", 64.035), ("PBAC", 254.285), ("CEL", 162.141), ("CTA", 288.252), ("PSS", 206.193),
            ("ULT", 592.611), ("PPP", 231.191), ("PES", 232.253)
        ]
        for (abbreviation, mass) in known {
            let polymer = try library.polymer(named: abbreviation)
            var sum = 0.0
            for (element, n) in polymer.formula { sum += Double(n) * (weight[element] ?? .nan) }
            #expect(abs(sum - mass) < 0.02, "\(abbreviation): \(sum) g/mol, expected \(mass)")
        }
    }

    @Test func labelsAreAmongTheGroupsAndInTheirOrder() throws {
        for polymer in library.polymers {
            #expect(!polymer.labels.isEmpty, "\(polymer.name) has no label")
            let positions = try polymer.labels.map { try library.index(ofGroup: $0) }
            #expect(positions == positions.sorted() && Set(positions).count == positions.count, "\(polymer.name)")
        }
    }

    /// Groups no polymer carries: none of the 104 repeat units has these groups, and they
    /// are also the ones missing from the paper's per-class sensitivities.
    @Test func unusedGroupsAreTheEightAbsentOnes() {
        let used = Set(library.polymers.flatMap(\.labels))
        let unused = library.functionalGroups.filter { !used.contains($0) }
        #expect(
            unused == [
                "alkyne", "alkyl halide (Br)", "alkyl halide (I)", "thiol", "aldehyde",
                "nitrite", "acid chloride", "azide"
            ])
    }

    @Test func pmmaHasTheFourCarbonEnvironmentsOfItsEster() throws {
        let pmma = try library.polymer(named: "poly(methyl methacrylate) (PMMA)")
        #expect(pmma.abbreviation == "PMMA")
        #expect(pmma.formula == ["C": 5, "H": 8, "O": 2])
        let carbon = pmma.components(of: "C 1s").map { [$0.bindingEnergy: $0.count] }
        // CH2 + α-CH3, quaternary C (β to the ester), OCH3, O–C=O (Beamson & Briggs).
        #expect(carbon == [[285.0: 2], [285.7: 1], [286.7: 1], [289.0: 1]])
        let oxygen = pmma.components(of: "O 1s").map { [$0.bindingEnergy: $0.count] }
        #expect(oxygen == [[532.2: 1], [533.7: 1]])
        #expect(pmma.labels == ["ester (aliphatic)", "alkane"])
    }

    @Test func ptfeIsCF2OnlyAndPolyethyleneIsCCOnly() throws {
        let ptfe = try library.polymer(named: "PTFE")
        #expect(ptfe.components(of: "C 1s").map(\.environment) == ["CF2"])
        #expect(ptfe.components(of: "C 1s").first?.count == 2)
        #expect(abs((ptfe.components(of: "C 1s").first?.bindingEnergy ?? 0) - 292.5) < 0.3)
        #expect(ptfe.components(of: "F 1s").first?.count == 4)
        #expect(ptfe.labels == ["alkyl halide (F)"])

        let pe = try library.polymer(named: "HDPE")
        #expect(pe.components.map(\.environment) == ["C–C/C–H"])
        #expect(pe.components.first?.bindingEnergy == 285.0)
        #expect(pe.labels == ["alkane"])
    }

    @Test func aromaticPolymersCarryAShakeUpSatellite() throws {
        let ps = try library.polymer(named: "PS")
        let satellites = ps.components.filter(\.isSatellite)
        #expect(satellites.count == 1)
        let satellite = try #require(satellites.first)
        #expect(satellite.count == 6)
        #expect(abs(satellite.bindingEnergy - 284.7 - 6.7) < 1e-9)
        #expect((0.05...0.10).contains(satellite.relativeIntensity ?? 0))
        #expect(abs(satellite.intensity - 6 * (satellite.relativeIntensity ?? 0)) < 1e-12)
        for polymer in library.polymers {
            let ringLabels: Set<String> = ["benzene ring", "chlorobenzene", "bromobenzene", "pyridine", "naphthalene"]
            let hasRing = !ringLabels.isDisjoint(with: polymer.labels)
            #expect(polymer.components.contains(where: \.isSatellite) == hasRing, "\(polymer.name)")
        }
        #expect(try library.polymer(named: "PMMA").components.allSatisfy { !$0.isSatellite })
    }

    @Test func doubletLinesCarryTheirSpinOrbitSplitting() throws {
        let chlorine = try library.coreLevel("Cl 2p")
        #expect(chlorine.reportedSubshell == "2p3/2")
        #expect(chlorine.spinOrbitSplitting == 1.6 && chlorine.partnerAreaRatio == 0.5)
        #expect(try library.coreLevel("S 2p").spinOrbitSplitting == 1.18)
        #expect(try library.coreLevel("Si 2p").spinOrbitSplitting == 0.61)
        #expect(try library.coreLevel("C 1s").isDoublet == false)
        #expect(throws: SpectraError.self) { try library.coreLevel("Xe 3d") }
        let pvc = try library.polymer(named: "PVC")
        #expect(abs((pvc.components(of: "Cl 2p").first?.bindingEnergy ?? 0) - 200.5) < 0.3)
        let used = Set(library.polymers.flatMap { $0.components.map(\.line) })
        #expect(used == Set(library.coreLevels.map(\.line)))
    }

    @Test func labelVectorIsMultiHotOverTheGroups() throws {
        let pet = try library.polymer(named: "PET")
        let vector = try library.labelVector(for: pet)
        #expect(vector.count == 40)
        #expect(vector.reduce(0, +) == 2)
        #expect(vector[2] == 1 && vector[17] == 1)  // benzene ring, ester (aromatic)
        let mixture = try library.labelVector(for: [pet, try library.polymer(named: "PVC")])
        #expect(mixture.reduce(0, +) == 4)  // + alkyl halide (Cl), alkane
        #expect(mixture[10] == 1 && mixture[39] == 1)
    }

    @Test func unknownLabelAndNameAreErrors() {
        #expect(throws: SpectraError.unknownLabel("ketone")) {
            try library.labelVector(for: ["amide", "ketone"])
        }
        #expect(throws: SpectraError.self) { try library.polymer(named: "poly(unobtainium)") }
    }

    @Test func malformedLibrariesAreRejected() {
        func library(labels: String, count: Int) -> Data {
            Data(
                """
                {"functionalGroups": ["alkane"], "coreLevels": [{"line": "C 1s", "element": "C", "reportedSubshell": "1s"}],
                 "polymers": [{"name": "x", "formula": {"C": 2, "H": 4}, "publishedAlkaneCarbons": 2,
                  "labels": \(labels), "components": [{"line": "C 1s", "environment": "C–C/C–H", "count": \(count),
                  "bindingEnergy": 285.0, "isEstimate": false, "isSatellite": false}]}]}
                """.utf8)
        }
        #expect(throws: Never.self) { try PolymerLibrary(json: library(labels: #"["alkane"]"#, count: 2)) }
        #expect(throws: SpectraError.unknownLabel("alkyne")) {
            try PolymerLibrary(json: library(labels: #"["alkyne"]"#, count: 2))
        }
        #expect(throws: SpectraError.self) { try PolymerLibrary(json: library(labels: #"["alkane"]"#, count: 3)) }
    }
}
