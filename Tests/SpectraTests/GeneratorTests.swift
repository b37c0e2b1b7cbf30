import Testing
import Foundation
import Tensors
@testable import Spectra

@Suite struct PeakFittingGeneratorTests {
    @Test func deterministicSortedAndZeroPadded() throws {
        let g = try PeakFittingGenerator(seed: 5)
        let (a, ta) = g.batch(0..<64)
        let (b, tb) = g.batch(0..<64)
        #expect(a == b && ta == tb)
        let (c, _) = try PeakFittingGenerator(seed: 6).batch(0..<64)
        #expect(a != c)
        for s in 0..<64 {
            let t = Array(ta.scalars[(s * 10)..<(s * 10 + 10)])
            let n = Int(t[0])
            #expect((1...3).contains(n))
            let centers = Array(t[1..<(1 + n)])
            #expect(centers == centers.sorted())
            #expect(centers.allSatisfy { (2...13).contains($0) })
            #expect(t[(1 + n)..<4].allSatisfy { $0 == 0 } && t[(4 + n)..<7].allSatisfy { $0 == 0 } && t[(7 + n)..<10].allSatisfy { $0 == 0 })
            #expect(t[7..<(7 + n)].allSatisfy { (0.3...1.9).contains($0) })
        }
        // Sample 3 of a batch equals sample 3 generated alone.
        let (single, _) = g.batch(3..<4)
        #expect(Array(a.scalars[(3 * 401)..<(4 * 401)]) == single.scalars)
    }

    @Test func spectrumIsEquationOnePlusBoundedNoise() throws {
        var p = PeakFittingGenerator.Parameters()
        p.constants = .notebook
        let g = try PeakFittingGenerator(parameters: p, seed: 1)
        let (x, t) = g.batch(0..<20)
        for s in 0..<20 {
            let n = Int(t[s, 0])
            var worst = 0.0
            for i in 0..<401 {
                let xi = g.axis.energy(at: i)
                var f = 0.0
                for j in 0..<n {
                    let shape = LineShape.park2020(width: Double(t[s, 7 + j]), constants: .notebook)
                    f += Double(t[s, 4 + j]) * shape.value(atOffset: xi - Double(t[s, 1 + j]))
                }
                worst = max(worst, abs(Double(x.scalars[s * 401 + i]) - f))
            }
            #expect(worst <= 0.025 + 1e-5, "noise-free residual \(worst) exceeds the ±0.025 noise")
            #expect(worst > 0.015, "noise should reach near its bound over 401 points, got \(worst)")
        }
    }

    @Test func badParametersAreErrors() {
        var p = PeakFittingGenerator.Parameters()
        p.minPeaks = 4
        #expect(throws: SpectraError.self) { try PeakFittingGenerator(parameters: p, seed: 1) }
        p = .init(); p.widthRange = -1...1
        #expect(throws: SpectraError.self) { try PeakFittingGenerator(parameters: p, seed: 1) }
        p = .init(); p.noiseHalfWidthRange = -0.01...0.02
        #expect(throws: SpectraError.invalidParameter(name: "noiseHalfWidthRange", found: "-0.01...0.02", expected: "half-widths ≥ 0")) {
            try PeakFittingGenerator(parameters: p, seed: 1)
        }
    }

    /// With a noise range each spectrum has its own noise level inside it, and the same peaks as
    /// without it (same seed).
    @Test func noiseRangeDrawsALevelPerSpectrumAndKeepsThePeaks() throws {
        var p = PeakFittingGenerator.Parameters()
        let (_, plain) = try PeakFittingGenerator(parameters: p, seed: 4).batch(0..<200)
        p.noiseHalfWidthRange = 0.005...0.025
        let g = try PeakFittingGenerator(parameters: p, seed: 4)
        let (x, t) = g.batch(0..<200)
        #expect(t == plain)
        var levels: [Double] = []
        for s in 0..<200 {
            let n = Int(t[s, 0])
            var worst = 0.0
            for i in 0..<401 {
                var f = 0.0
                for j in 0..<n {
                    let shape = LineShape.park2020(width: Double(t[s, 7 + j]), constants: p.constants.constants)
                    f += Double(t[s, 4 + j]) * shape.value(atOffset: g.axis.energy(at: i) - Double(t[s, 1 + j]))
                }
                worst = max(worst, abs(Double(x.scalars[s * 401 + i]) - f))
            }
            levels.append(worst)  // over 401 points, within 1 % of the spectrum's half-width
        }
        #expect(levels.allSatisfy { $0 <= 0.025 + 1e-5 }, "\(levels.max()!)")
        #expect(levels.min()! < 0.007 && levels.max()! > 0.023, "\(levels.min()!)–\(levels.max()!)")
        #expect(levels.filter { $0 < 0.015 }.count > 60 && levels.filter { $0 >= 0.015 }.count > 60)
    }
}

@Suite struct PolymerMixtureGeneratorTests {
    @Test func mixtureOfHDPEAndPTFEShowsBothCarbonsAndUnionOfLabels() throws {
        var p = PolymerMixtureGenerator.Parameters()
        p.referenceSignalToNoise = nil  // the synthesis itself, without the calibrated reference noise
        p.polymers = ["HDPE", "PTFE"]
        p.minPolymers = 2; p.maxPolymers = 2
        p.blurSigma = 0
        p.shirleyStep = 0  // lines only, so peaks can be compared with empty regions
        let lib = PolymerLibrary.standard
        let g = try PolymerMixtureGenerator(parameters: p, seed: 3)
        #expect(g.axis.count == 6601)
        let (x, t) = g.batch(0..<4)
        let union = try zip(lib.labelVector(for: lib.polymer(named: "HDPE")), lib.labelVector(for: lib.polymer(named: "PTFE"))).map { max($0, $1) }
        for s in 0..<4 {
            #expect(Array(t.scalars[(s * 40)..<(s * 40 + 40)]) == union)
            let spectrum = Array(x.scalars[(s * 6601)..<(s * 6601 + 6601)])
            let area = spectrum.reduce(0.0) { $0 + Double($1) } * 0.1
            #expect(abs(area - 1) < 1e-3)
            func localMax(_ e: Double) -> Double {
                let i = Int(((e - 40) / 0.1).rounded())
                return Double(spectrum[(i - 15)...(i + 15)].max()!)
            }
            #expect(localMax(285.0) > 5 * localMax(300))  // C–C of HDPE
            #expect(localMax(292.0) > 5 * localMax(300))  // CF2 of PTFE
            #expect(localMax(689.0) > 5 * localMax(650))  // F 1s
        }
    }

    @Test func shiftMovesTheWholeSpectrum() throws {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = ["HDPE", "PTFE"]; p.minPolymers = 2; p.maxPolymers = 2; p.blurSigma = 0
        let still = try PolymerMixtureGenerator(parameters: p, seed: 3)
        p.maxShift = 3
        let moved = try PolymerMixtureGenerator(parameters: p, seed: 3)
        var shifts: [Double] = []
        for s in 0..<8 {
            let a = still.batch(s..<(s + 1)).spectra.scalars, b = moved.batch(s..<(s + 1)).spectra.scalars
            // The C 1s maximum moves by the shift (within a grid point), never more than 3 eV.
            let ia = a.indices.max { a[$0] < a[$1] }!, ib = b.indices.max { b[$0] < b[$1] }!
            let d = Double(ib - ia) * 0.1
            #expect(abs(d) <= 3.05)
            shifts.append(d)
        }
        #expect(Set(shifts.map { Int($0 * 10) }).count > 4, "shifts should vary: \(shifts)")
    }

    @Test func countingNoiseHitsTheRequestedSNR() throws {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = ["HDPE", "PTFE"]; p.minPolymers = 2; p.maxPolymers = 2; p.blurSigma = 0; p.signalToNoise = 20
        let clean = try PolymerMixtureGenerator(
            parameters: {
                var q = p; q.signalToNoise = nil; return q
            }(), seed: 3)
        let noisy = try PolymerMixtureGenerator(parameters: p, seed: 3)
        // Same mixture for every index? No: compare each noisy sample with its clean twin at its strongest point.
        var ratios: [Double] = []
        for s in 0..<400 {
            let a = clean.batch(s..<(s + 1)).spectra.scalars, b = noisy.batch(s..<(s + 1)).spectra.scalars
            let i = a.indices.max { a[$0] < a[$1] }!
            ratios.append(Double(b[i]) / Double(a[i]))
        }
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        let sd = (ratios.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(ratios.count - 1)).squareRoot()
        // σ/(S+B) at the peak = √(S+B)/ (S+B)·… ⇒ relative noise there = 1/SNR · S/(S+B)·… ≤ 1/SNR.
        #expect(sd > 0.02 && sd < 0.06, "relative noise at the peak \(sd) should be about 1/20 · S/√(S(S+B))")
    }

    @Test func chargingShiftIsTheShiftApplied() throws {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = ["HDPE", "PTFE", "PMMA"]; p.minPolymers = 2; p.maxPolymers = 3; p.maxShift = 4
        let g = try PolymerMixtureGenerator(parameters: p, seed: 5)
        let L = g.axis.count
        for index in 0..<6 {
            let shifted = g.batch(index..<(index + 1)).spectra.scalars.map(Double.init)
            var aligned = [Float](repeating: 0, count: L), t = [Float](repeating: 0, count: g.targetNames.count)
            aligned.withUnsafeMutableBufferPointer { s in
                t.withUnsafeMutableBufferPointer { g.generate(index: index, spectrum: s, targets: $0, shift: 0) }
            }
            // The unshifted twin moved by the reported shift is the sample (blur and shift commute).
            let delta = g.chargingShift(index: index)
            #expect(abs(delta) <= 4)
            var moved = [Double](repeating: 0, count: L)
            let source = aligned.map(Double.init)
            source.withUnsafeBufferPointer { v in moved.withUnsafeMutableBufferPointer { GeneratorSupport.shift(v, by: delta / p.axisStep, into: $0) }
            }
            let peak = shifted.max()!
            let worst = (100..<(L - 100)).map { abs(moved[$0] - shifted[$0]) }.max()!
            #expect(worst < 0.02 * peak, "sample \(index): shift \(delta) eV, worst difference \(worst / peak) of the peak")
            #expect(t == g.batch(index..<(index + 1)).targets.scalars, "same labels")
        }
    }

    @Test func referenceNoiseIsAFixedTraitOfEachReference() throws {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = ["HDPE", "PTFE"]; p.minPolymers = 2; p.maxPolymers = 2; p.blurSigma = 0; p.referenceSignalToNoise = 10
        let a = try PolymerMixtureGenerator(parameters: p, seed: 1), b = try PolymerMixtureGenerator(parameters: p, seed: 2)
        // Other data seeds draw other mixtures from the same noisy references.
        #expect(a.broadenedTotals == b.broadenedTotals)
        p.referenceSeed = 7
        let c = try PolymerMixtureGenerator(parameters: p, seed: 1)
        #expect(a.broadenedTotals != c.broadenedTotals)
        // A restricted list keeps each polymer's own realisation.
        p.referenceSeed = 1; p.polymers = ["PTFE", "HDPE", "PMMA"]; p.maxPolymers = 3
        let d = try PolymerMixtureGenerator(parameters: p, seed: 1)
        #expect(d.broadenedTotals[0] == a.broadenedTotals[1])
        // Noise, but unit area kept.
        p.referenceSignalToNoise = nil
        let clean = try PolymerMixtureGenerator(parameters: p, seed: 1)
        #expect(clean.broadenedTotals[0] != d.broadenedTotals[0])
        let area = d.broadenedTotals[0].reduce(0, +) * p.axisStep
        #expect(abs(area - 1) < 1e-5)  // components are stored in single precision
    }

    @Test func unknownPolymerIsAnError() {
        var p = PolymerMixtureGenerator.Parameters()
        p.polymers = ["PE", "unobtainium"]
        #expect(throws: SpectraError.self) { try PolymerMixtureGenerator(parameters: p, seed: 1) }
    }
}

@Suite struct ElementSurveyGeneratorTests {
    func clean(_ elements: [String]) -> ElementSurveyGenerator.Parameters {
        var p = ElementSurveyGenerator.Parameters()
        p.elements = elements
        p.maxShift = 0; p.maxCarbon = 0; p.maxOxygen = 0; p.offset = 0...0
        p.signalToNoise = 1e6...1e6
        return p
    }

    @Test func strongestPeakIsTheMainLine() throws {
        let library = try ElementLibrary.load()
        let symbols = ["Au", "Cu", "Si", "F", "Ag", "Ti"]
        let g = try ElementSurveyGenerator(parameters: clean(symbols), seed: 2)
        var seen = Set<String>()
        for s in 0..<60 {
            let (x, t) = g.batch(s..<(s + 1))
            let c = t.scalars.firstIndex(of: 1)!
            #expect(t.scalars.reduce(0, +) == 1)
            let element = try library.element(symbols[c])
            let i = x.scalars.indices.max { x.scalars[$0] < x.scalars[$1] }!
            let e = g.axis.energy(at: i)
            // The maximum sits on one of the strongest lines (doublet partners may merge at survey width).
            let near = element.photoemissionLines.filter { $0.sensitivityFactor >= 0.5 * element.mainLine.sensitivityFactor }
            #expect(near.contains { abs($0.bindingEnergy - e) <= 2.5 }, "\(symbols[c]): maximum at \(e) eV")
            seen.insert(symbols[c])
        }
        #expect(seen.count == symbols.count)
    }

    @Test func quantificationTargetsAreFractions() throws {
        var p = clean(["Au", "Cu", "Si", "F"])
        p.task = .quantification
        let g = try ElementSurveyGenerator(parameters: p, seed: 2)
        let (_, t) = g.batch(0..<50)
        for s in 0..<50 {
            let row = Array(t.scalars[(s * 4)..<(s * 4 + 4)])
            #expect(abs(row.reduce(0, +) - 1) < 1e-5)
            #expect((2...3).contains(row.filter { $0 > 0 }.count))
        }
    }

    @Test func presenceMarksTheQuantificationMixturesElements() throws {
        var p = clean(["Au", "Cu", "Si", "F"])
        p.task = .quantification
        let (qs, qt) = try ElementSurveyGenerator(parameters: p, seed: 2).batch(0..<30)
        p.task = .presence
        let (ps, pt) = try ElementSurveyGenerator(parameters: p, seed: 2).batch(0..<30)
        #expect(ps.scalars == qs.scalars)
        #expect(pt.scalars == qt.scalars.map { $0 > 0 ? 1 : 0 })
    }

    @Test func unknownElementIsAnError() {
        #expect(throws: SpectraError.self) { try ElementSurveyGenerator(parameters: clean(["Au", "Xx"]), seed: 1) }
    }
}

@Suite struct GeneratorSupportTests {
    @Test func fastBlurEqualsGaussianBroadening() throws {
        var rng = SeededRandom(seed: 4)
        let v = (0..<500).map { _ in rng.uniform(0, 1) }
        for sigma in [0.3, 1.7, 4.2] {
            let fast = GeneratorSupport.blur(v, sigmaPoints: sigma)
            let reference = try GaussianBroadening.apply(v, sigmaPoints: sigma)
            #expect(zip(fast, reference).allSatisfy { abs($0 - $1) < 1e-12 }, "σ = \(sigma)")
        }
    }
}
