import Testing
import Tensors

@testable import Spectra

@Suite struct PolymerReferenceTests {
    func parameters(_ polymers: [String]) -> PolymerMixtureGenerator.Parameters {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = polymers
        p.minPolymers = 2; p.maxPolymers = 2
        p.blurSigma = 0; p.referenceSignalToNoise = nil; p.axisStep = 0.25
        p.referenceLayout = .regions; p.shirleyStep = 0.03
        return p
    }

    @Test func regionsAreMeasuredWindowsOnAZeroBaseline() throws {
        let p = parameters(["PTFE", "PMMA"])
        let g = try PolymerMixtureGenerator(parameters: p, seed: 1)
        let lib = PolymerLibrary.standard
        let elements = try ElementLibrary.load()
        for (j, total) in g.broadenedTotals.enumerated() {
            let polymer = g.polymers[j]
            // Each reported core level's window: [E₀ − regionBelow, E₀ + regionAbove] around its tabulated line.
            var inside = [Bool](repeating: false, count: g.axis.count)
            for line in Set(polymer.components.map(\.line)) {
                let level = try lib.coreLevel(line)
                let e0 = try elements.element(level.element).line(level.reportedSubshell).bindingEnergy
                for i in 0..<g.axis.count where g.axis.energy(at: i) >= e0 - p.regionBelow && g.axis.energy(at: i) <= e0 + p.regionAbove {
                    inside[i] = true
                }
            }
            let outside = (0..<g.axis.count).filter { !inside[$0] }.map { total[$0] }
            #expect(outside.allSatisfy { $0 == 0 }, "\(polymer.name): nothing between the regions")
            #expect(abs(total.reduce(0, +) * p.axisStep - 1) < 1e-5)
            // Most of the area is in the lines: the net alone holds more than 70 %.
            let net = g.references.nets[j].reduce(0, +) * p.axisStep
            #expect(net > 0.7, "\(polymer.name): net area \(net)")
        }
    }

    @Test func referenceTraitsAreFixedPerPolymerAndChangeWithTheReferenceSeed() throws {
        var p = parameters(["PTFE", "PMMA"])
        p.componentEnergySpread = 0.05; p.referenceWidthSpread = 0.1; p.satelliteSpread = 0.2
        let a = try PolymerMixtureGenerator(parameters: p, seed: 1), b = try PolymerMixtureGenerator(parameters: p, seed: 9)
        #expect(a.broadenedTotals == b.broadenedTotals, "other data seeds draw other mixtures of the same references")
        var q = p
        q.referenceSeed = 2
        let c = try PolymerMixtureGenerator(parameters: q, seed: 1)
        #expect(a.broadenedTotals != c.broadenedTotals, "a new reference seed is a new measurement")
        q = p
        q.polymers = ["HDPE", "PMMA", "PTFE"]; q.maxPolymers = 3
        let d = try PolymerMixtureGenerator(parameters: q, seed: 1)
        #expect(d.broadenedTotals[2] == a.broadenedTotals[0], "a restricted list keeps each polymer's own traits")
        var none = p
        none.componentEnergySpread = 0; none.referenceWidthSpread = 0; none.satelliteSpread = 0
        let plain = try PolymerMixtureGenerator(parameters: none, seed: 1)
        #expect(plain.broadenedTotals != a.broadenedTotals)
    }

    @Test func perMixtureVariationKeepsLabelsAreaAndTheAlignedTwin() throws {
        var p = parameters(["PTFE", "PMMA", "HDPE"])
        p.maxPolymers = 3; p.maxShift = 2
        let plain = try PolymerMixtureGenerator(parameters: p, seed: 4)
        p.mixtureWidthSpread = 0.15; p.relativeShiftSpread = 0.1; p.componentShiftSpread = 0.05; p.componentAmountSpread = 0.1
        let varied = try PolymerMixtureGenerator(parameters: p, seed: 4)
        #expect(varied.references.widthFactors.count == 7)
        #expect(varied.references.widthFactors[varied.references.nominalLevel] == 1)
        let x = plain.batch(0..<6), y = varied.batch(0..<6)
        #expect(x.targets.scalars == y.targets.scalars, "the same mixtures")
        #expect(x.spectra.scalars != y.spectra.scalars, "each drawn with its own widths, shifts and amounts")
        let L = varied.axis.count
        for s in 0..<6 {
            let spectrum = y.spectra.scalars[(s * L)..<((s + 1) * L)]
            #expect(abs(spectrum.reduce(0.0) { $0 + Double($1) } * p.axisStep - 1) < 1e-3)
            #expect(plain.chargingShift(index: s) == varied.chargingShift(index: s))
        }
        // Every width factor inside the stored range interpolates between two levels; factor 1 is the nominal level.
        var a = [Double](repeating: 0, count: L), b = a, scratch = a
        a.withUnsafeMutableBufferPointer { out in
            scratch.withUnsafeMutableBufferPointer {
                varied.references.add(0, widthFactor: 1, amounts: nil, shifts: nil, fraction: 1, step: p.axisStep, into: out, scratch: $0)
            }
        }
        b.withUnsafeMutableBufferPointer { out in
            scratch.withUnsafeMutableBufferPointer {
                varied.references.add(0, widthFactor: 1.3, amounts: nil, shifts: nil, fraction: 1, step: p.axisStep, into: out, scratch: $0)
            }
        }
        #expect(a == varied.broadenedTotals[0])
        #expect(b.max()! < a.max()!, "a wider reference has lower peaks")
    }

    @Test func spreadsOutOfRangeAreRefused() {
        var p = parameters(["PTFE", "PMMA"])
        p.componentShiftSpread = -0.1
        #expect(throws: SpectraError.self) { try PolymerMixtureGenerator(parameters: p, seed: 1) }
        p.componentShiftSpread = 0; p.signalToNoiseMax = 100
        #expect(throws: SpectraError.self) { try PolymerMixtureGenerator(parameters: p, seed: 1) }
    }
}
