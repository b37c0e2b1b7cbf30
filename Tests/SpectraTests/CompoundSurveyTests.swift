import Testing
import Tensors

@testable import Spectra

@Suite struct CompoundSurveyTests {
    /// Nearly noiseless surveys with every spectrum covering the whole axis.
    func quiet(_ elements: [String]? = nil) -> CompoundSurveyGenerator.Parameters {
        var p = CompoundSurveyGenerator.Parameters()
        p.elements = elements
        p.signalToNoise = 1e6...1e6
        p.partialCoverageFraction = 0
        p.uncompensatedFraction = 0
        p.compounds = .all
        return p
    }

    func spectrum(_ g: CompoundSurveyGenerator, _ index: Int) -> (spectrum: [Float], targets: [Float]) {
        var s = [Float](repeating: 0, count: g.axis.count), t = [Float](repeating: 0, count: g.targetCount)
        s.withUnsafeMutableBufferPointer { sp in t.withUnsafeMutableBufferPointer { tp in g.generate(index: index, spectrum: sp, targets: tp) } }
        return (s, t)
    }

    func value(_ g: CompoundSurveyGenerator, _ s: [Float], at energy: Double) -> Float {
        s[Int(((energy - g.axis.start) / g.axis.step).rounded())]
    }

    @Test func sameSeedAndIndexGiveTheSameSurvey() throws {
        let g = try CompoundSurveyGenerator(seed: 3)
        #expect(spectrum(g, 5).spectrum == spectrum(g, 5).spectrum)
        #expect(spectrum(g, 5).spectrum != spectrum(g, 6).spectrum)
        #expect(g.targetNames.count == 77)
        #expect(g.targetNames.contains("U") && g.targetNames.contains("Li") && !g.targetNames.contains("Ar"))
    }

    @Test func presenceTargetsAreTheCompoundsElementsAndTheOverlayer() throws {
        var p = CompoundSurveyGenerator.Parameters()
        p.cleanFraction = 1
        let clean = try CompoundSurveyGenerator(parameters: p, seed: 4)
        p.cleanFraction = 0
        let covered = try CompoundSurveyGenerator(parameters: p, seed: 4)
        for i in 0..<40 {
            let c = clean.compound(index: i)
            let symbols = Set(c.atomicFractions.map(\.symbol))
            let t = spectrum(clean, i).targets
            let called = Set(clean.targetNames.indices.filter { t[$0] == 1 }.map { clean.targetNames[$0] })
            #expect(called == symbols, "\(c.formula)")
            let t2 = spectrum(covered, i).targets
            let called2 = Set(covered.targetNames.indices.filter { t2[$0] == 1 }.map { covered.targetNames[$0] })
            #expect(called2 == symbols.union(["C", "O"]), "\(c.formula) with an overlayer")
        }
    }

    @Test func quantificationTargetsAreTheFormulasFractions() throws {
        var p = CompoundSurveyGenerator.Parameters()
        p.task = .quantification
        let g = try CompoundSurveyGenerator(parameters: p, seed: 5)
        for i in 0..<40 {
            let t = spectrum(g, i).targets
            #expect(abs(t.reduce(0, +) - 1) < 1e-5)
            for f in g.compound(index: i).atomicFractions {
                #expect(abs(Double(t[g.targetNames.firstIndex(of: f.symbol)!]) - f.fraction) < 1e-6)
            }
        }
    }

    @Test func theThreeCompoundSplitsAreDisjoint() throws {
        var p = CompoundSurveyGenerator.Parameters()
        var formulas: [CompoundSplit: Set<String>] = [:]
        for split in [CompoundSplit.training, .validation, .heldOut] {
            p.compounds = split
            let g = try CompoundSurveyGenerator(parameters: p, seed: 1)
            #expect(!g.compounds.isEmpty)
            #expect(g.compounds.allSatisfy { $0.split == split }, "\(split)")
            formulas[split] = Set(g.compounds.map(\.formula))
        }
        #expect(formulas[.training]!.isDisjoint(with: formulas[.validation]!))
        #expect(formulas[.training]!.isDisjoint(with: formulas[.heldOut]!))
        #expect(formulas[.validation]!.isDisjoint(with: formulas[.heldOut]!))
    }

    @Test func mixturesCombineTheirCompoundsTargets() throws {
        var p = CompoundSurveyGenerator.Parameters()
        p.task = .quantification
        p.mixtureFraction = 1
        p.maxCompounds = 3
        let g = try CompoundSurveyGenerator(parameters: p, seed: 6)
        p.task = .presence
        p.cleanFraction = 1
        let presence = try CompoundSurveyGenerator(parameters: p, seed: 6)
        var counts = Set<Int>()
        for i in 0..<60 {
            let parts = g.components(index: i)
            counts.insert(parts.count)
            #expect(parts.count >= 2 && parts.count <= 3)
            #expect(abs(parts.reduce(0) { $0 + $1.share } - 1) < 1e-9)
            #expect(parts.allSatisfy { $0.compound.split == .training })
            var expected: [String: Double] = [:]
            for part in parts { for f in part.compound.atomicFractions { expected[f.symbol, default: 0] += part.share * f.fraction } }
            let t = spectrum(g, i).targets
            for (symbol, fraction) in expected {
                #expect(abs(Double(t[g.targetNames.firstIndex(of: symbol)!]) - fraction) < 1e-5, "\(symbol) in mixture \(i)")
            }
            #expect(abs(t.reduce(0, +) - 1) < 1e-5)
            let called = presence.targetNames.indices.filter { spectrum(presence, i).targets[$0] == 1 }.map { presence.targetNames[$0] }
            #expect(Set(called) == Set(expected.keys), "mixture \(i)")
        }
        #expect(counts == [2, 3])
        // With no mixtures every survey is one compound.
        p.mixtureFraction = 0
        let single = try CompoundSurveyGenerator(parameters: p, seed: 6)
        #expect((0..<20).allSatisfy { single.components(index: $0).count == 1 })
    }

    @Test func theUncoveredEndIsMaskedToZero() throws {
        var p = quiet()
        p.partialCoverageFraction = 1
        p.coverageEnd = 1000
        let g = try CompoundSurveyGenerator(parameters: p, seed: 6)
        var shortened = 0
        for i in 0..<20 {
            let s = spectrum(g, i).spectrum
            guard let last = s.lastIndex(where: { $0 > 0 }) else { continue }
            #expect(g.axis.energy(at: last) >= 1000 - 1)
            #expect(s.max() == 1)
            if last < g.axis.count - 1 { shortened += 1 }
        }
        #expect(shortened >= 18)
    }

    /// Each effect switched off changes the survey where its physics says it should.
    @Test func effectsActWhereTheirPhysicsSays() throws {
        // Gold only: Au 4f7/2 near 84 eV, no Auger line with a factor.
        var p = quiet(["Au"])
        p.contamination = false; p.maxShift = 0; p.chemicalShift = 0; p.secondaryElectrons = false
        p.monochromatedFraction = 0
        let withSatellites = try CompoundSurveyGenerator(parameters: p, seed: 7)
        #expect(withSatellites.compounds.map(\.formula) == ["Au"])
        p.xraySatellites = false
        let without = try CompoundSurveyGenerator(parameters: p, seed: 7)
        let e = try ElementLibrary.load().element("Au").line("4f7/2").bindingEnergy
        // Kα3 at 9.8 eV below the line: present only with the anode's satellites.
        let a = spectrum(withSatellites, 0).spectrum, b = spectrum(without, 0).spectrum
        #expect(value(withSatellites, a, at: e - 9.8) > 1.5 * value(without, b, at: e - 9.8))
        // Losses: above the line (higher BE) the background rises with the loss tail.
        p.xraySatellites = true; p.plasmons = false
        let lossy = try CompoundSurveyGenerator(parameters: p, seed: 7)
        p.inelasticLosses = false
        let lossless = try CompoundSurveyGenerator(parameters: p, seed: 7)
        let c = spectrum(lossy, 0).spectrum, d = spectrum(lossless, 0).spectrum
        #expect(value(lossy, c, at: e + 60) > 3 * value(lossless, d, at: e + 60) + 1e-4)
        #expect(abs(value(lossy, c, at: e - 40) - value(lossless, d, at: e - 40)) < 0.01)
    }

    @Test func augerLinesSitAtTheirKineticEnergyForEverySource() throws {
        var p = quiet(["Na", "Cl"])
        p.contamination = false; p.maxShift = 0; p.chemicalShift = 0; p.secondaryElectrons = false
        p.monochromatedFraction = 1; p.plasmons = false; p.inelasticLosses = false
        p.axisEnd = 1200
        let na = try ElementLibrary.load().element("Na").augerLines.first { $0.transition == "KLL" }!
        for hv in [1486.6, 1253.6] {
            p.photonEnergy = hv
            let g = try CompoundSurveyGenerator(parameters: p, seed: 8)
            guard let i = (0..<20).first(where: { g.compound(index: $0).formula == "NaCl" }) else {
                Issue.record("NaCl not drawn in 20 surveys"); continue
            }
            let s = spectrum(g, i).spectrum
            p.auger = false
            let s0 = spectrum(try CompoundSurveyGenerator(parameters: p, seed: 8), i).spectrum
            p.auger = true
            let be = hv - na.kineticEnergy
            #expect(value(g, s, at: be) > 1.5 * value(g, s0, at: be) + 1e-3, "Na KLL at BE \(be) for hν \(hv)")
        }
    }
}
