// Survey spectra of real compounds as an instrument records them (issue: measured surveys).
// Unlike `ElementSurveyGenerator` (paper 3's random element mixtures on a simple background),
// every spectrum is a real compound of `CompoundLibrary` (or a mixture of a few) with its
// stoichiometry, and the physics of `SurveyPhysics.swift` applies, each effect switched by a
// parameter:
//
//   lines       every photoemission line of every element (both spin–orbit components), area
//               ∝ atomic fraction × Scofield cross-section × λ(KE) × T(KE) × attenuation;
//   auger       X-ray excited Auger lines at their fixed kinetic energy (BE = hν − KE), as a group
//               of three broad components;
//   shakeUp     2p shake-up satellites of Mn, Fe, Co, Ni, Cu by oxidation state;
//   plasmons    plasmon replicas of every line, by class of solid;
//   inelasticLosses  Tougaard's universal loss tail behind every line, and the step a survey shows
//               behind every line (electrons from below the no-loss depth: a rise over a few eV to
//               `stepHeight` of the line's height, decaying over hundreds of eV — an empirical form);
//   secondaryElectrons  the rise of secondary electrons toward low kinetic energy;
//   transmission, attenuation  T(KE) ∝ KE^−t and λ(KE) ∝ KE^0.75;
//   xraySatellites  replicas of the photoemission lines from the anode's satellites, for the
//               fraction of spectra recorded without a monochromator;
//   contamination  an adventitious overlayer C₀.₇₅O₀.₂₅ of thickness d attenuating the compound
//               (I·e^{−d/λ}) and adding its own lines (I·(1 − e^{−d/λ})), same atomic density
//               assumed;
//   charging (±maxShift, and for insulators recorded without compensation up to uncompensatedShift
//               more), chemical shifts, resolution, counting noise, and a high-BE end that real surveys
//   often stop short of (masked: set to 0 after scaling, as `TrainedModel.input` does).
//
// Not modelled: valence bands, multiplet splitting beyond the satellites, density differences,
// angular asymmetry (β), photon-energy dependence of the cross-sections (the Al Kα Scofield
// factors are used at every photon energy — an approximation, stated where it matters).
//
// Targets over `targetNames` (the element set): presence — 1 for each element of the compound
// and for C and O when the overlayer is there; quantification — the compound's atomic fractions
// without H (the formula, not the contaminated surface). A mixture (`mixtureFraction` of the
// surveys) is 2…`maxCompounds` compounds with surface shares uniform on the simplex, each
// compound's elements drawn on their own; its targets are the union of the elements, or the
// share-weighted atomic fractions.

import Foundation
import Tensors

public struct CompoundSurveyGenerator: SpectrumGenerator {
    public enum Task: String, Sendable, Codable, CaseIterable { case presence, quantification }

    public struct Parameters: Sendable, Equatable, Codable {
        public var axisStart = 0.0
        public var axisEnd = 1350.0
        public var axisStep = 1.0
        /// Element symbols (targets); nil = `CompoundSurveyGenerator.defaultElements`. Compounds
        /// with any other element (H aside) are not drawn.
        public var elements: [String]? = nil
        public var task: Task = .presence
        /// Which compounds of the library spectra are drawn from (`Compound.split`).
        public var compounds: CompoundSplit = .training
        /// Fraction of surveys of a mixture: 2…`maxCompounds` compounds of the split, with surface
        /// shares drawn uniformly on the simplex (the rest are one compound).
        public var mixtureFraction = 0.0
        public var maxCompounds = 3
        public var photonEnergy = 1486.6
        /// Fraction of spectra recorded with a monochromator (the rest carry the anode's satellites).
        public var monochromatedFraction = 0.6
        /// Analyser resolution: Gaussian FWHM, eV, drawn per spectrum.
        public var resolution: ClosedRange<Double> = 0.8...3.0
        /// Chemical (inhomogeneous) Gaussian broadening, FWHM eV, per spectrum.
        public var chemicalBroadening: ClosedRange<Double> = 0.0...1.5
        /// Lifetime (Lorentzian) FWHM: γ₀ + 0.001·BE with γ₀ drawn per spectrum, eV.
        public var lifetimeWidth: ClosedRange<Double> = 0.1...0.5
        /// Each element's lines move together by a chemical shift ~ U(±chemicalShift), eV.
        public var chemicalShift = 1.5
        /// Charging: every line moves by U(±maxShift), eV.
        public var maxShift = 2.0
        /// Fraction of surveys of an insulator recorded without charge compensation: their lines
        /// move by a further U(0, uncompensatedShift) eV toward higher BE.
        public var uncompensatedFraction = 0.3
        public var uncompensatedShift = 12.0
        public var auger = true
        public var shakeUp = true
        public var plasmons = true
        public var inelasticLosses = true
        /// ∫K dT of the universal cross-section per spectrum (fraction of each line's area lost).
        public var lossFraction: ClosedRange<Double> = 0.3...1.2
        /// The background step behind each line, relative to the line's height, per spectrum.
        public var stepHeight: ClosedRange<Double> = 0.05...0.6
        /// Decay length of that step toward higher BE, eV, per spectrum.
        public var stepDecay: ClosedRange<Double> = 150...600
        public var secondaryElectrons = true
        /// Secondary-electron background at KE = 150 eV, as a fraction of the tallest line.
        public var secondaryStrength: ClosedRange<Double> = 0.0...0.6
        public var transmission = true
        public var transmissionExponent: ClosedRange<Double> = 0.0...1.0
        public var attenuation = true
        /// λ at 1000 eV kinetic energy, nm.
        public var attenuationLength: ClosedRange<Double> = 1.5...3.0
        public var xraySatellites = true
        public var contamination = true
        /// Overlayer thickness, nm, for the spectra that have one.
        public var contaminationThickness: ClosedRange<Double> = 0.1...1.5
        /// Fraction of spectra without an overlayer (sputtered or cleaved surfaces).
        public var cleanFraction = 0.2
        /// SNR drawn log-uniformly: S/√(S+B) at the tallest line.
        public var signalToNoise: ClosedRange<Double> = 10...1000
        /// Fraction of spectra whose high-BE end stops at U(coverageEnd, axisEnd) (masked to 0).
        public var partialCoverageFraction = 0.4
        public var coverageEnd = 900.0

        public init() {}
    }

    public let parameters: Parameters
    public let seed: UInt64
    public let axis: EnergyAxis
    public let targetNames: [String]
    public let source: XRaySource
    /// The compounds spectra are drawn from.
    public let compounds: [Compound]

    struct Drawable {
        let compound: Compound
        /// (target index or nil for an element outside the targets, fraction, lines, satellite).
        let elements: [(target: Int?, fraction: Double, lines: [SurveyLine], satellite: ShakeUpSatellites.Satellite?)]
        let metallic: Bool
    }

    let drawables: [Drawable]
    let overlayer: [(target: Int?, fraction: Double, lines: [SurveyLine])]

    /// The default element set: the element library's (Li–Tl less noble gases, Tc and Pm) with
    /// Pb, Bi, Th and U.
    public static func defaultElements(_ library: ElementLibrary) -> [String] {
        library.defaultElementSet + ["Pb", "Bi", "Th", "U"]
    }

    public init(
        parameters: Parameters = Parameters(), seed: UInt64, library: ElementLibrary? = nil, compoundLibrary: CompoundLibrary? = nil
    ) throws {
        let p = parameters
        try p.validate()
        func check(_ ok: Bool, _ name: String, _ found: String, _ expected: String) throws {
            if !ok { throw SpectraError.invalidParameter(name: name, found: found, expected: expected) }
        }
        self.parameters = p
        self.seed = seed
        let count = Int(((p.axisEnd - p.axisStart) / p.axisStep).rounded()) + 1
        axis = try EnergyAxis(start: p.axisStart, step: p.axisStep, count: count)
        source = XRaySource.named(photonEnergy: p.photonEnergy)
        let library = try library ?? ElementLibrary.load()
        let compoundLibrary = try compoundLibrary ?? CompoundLibrary.load()
        let symbols = p.elements ?? Self.defaultElements(library)
        try check(!symbols.isEmpty, "elements", "an empty list", "at least one element")
        try check(Set(symbols).count == symbols.count, "elements", "a symbol listed twice", "distinct symbols")
        targetNames = symbols
        let index = Dictionary(uniqueKeysWithValues: symbols.enumerated().map { ($1, $0) })

        let hv = p.photonEnergy, lo = p.axisStart - 30
        var linesBySymbol: [String: [SurveyLine]] = [:]
        func lines(_ symbol: String) throws -> [SurveyLine] {
            if let l = linesBySymbol[symbol] { return l }
            let e = try library.element(symbol)
            var out = e.photoemissionLines.filter { $0.bindingEnergy > lo && $0.bindingEnergy < hv - 10 && $0.sensitivityFactor > 0 }
                .map { SurveyLine(energy: $0.bindingEnergy, crossSection: $0.sensitivityFactor, isAuger: false, is2p: $0.orbital.hasPrefix("2p")) }
            if p.auger {
                for a in e.augerLines {
                    guard let f = a.sensitivityFactor, f > 0, hv - a.kineticEnergy > lo, a.kineticEnergy < hv - 10 else { continue }
                    out.append(SurveyLine(energy: a.kineticEnergy, crossSection: f, isAuger: true, is2p: false))
                }
            }
            linesBySymbol[symbol] = out
            return out
        }
        let pool = compoundLibrary.compounds(in: p.compounds)
        var drawables: [Drawable] = []
        for c in pool {
            let fractions = c.atomicFractions
            guard !fractions.isEmpty, fractions.allSatisfy({ index[$0.symbol] != nil }) else { continue }
            let elements = try fractions.map { f in
                (
                    target: index[f.symbol], fraction: f.fraction, lines: try lines(f.symbol),
                    satellite: p.shakeUp ? c.oxidationStates[f.symbol].flatMap { ShakeUpSatellites.satellite(symbol: f.symbol, state: $0) } : nil
                )
            }
            let metallic = [.element, .alloy, .silicide, .boride].contains(c.compoundClass)
            drawables.append(Drawable(compound: c, elements: elements, metallic: metallic))
        }
        try check(
            !drawables.isEmpty, "elements",
            "no compound of the \(p.compounds.rawValue) compounds has all its elements among \(symbols.count) elements",
            "an element set that covers at least one compound")
        self.drawables = drawables
        compounds = drawables.map(\.compound)
        overlayer = try [("C", 0.75), ("O", 0.25)].map { (target: index[$0.0], fraction: $0.1, lines: try lines($0.0)) }
    }

    /// The compounds of spectrum `index` and their shares of the surface atoms (summing to 1): one
    /// compound (the first draw of its random stream), or a mixture for `mixtureFraction` of them.
    public func components(index: Int) -> [(compound: Compound, share: Double)] {
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        return drawComponents(&rng).map { (compound: drawables[$0.drawable].compound, share: $0.share) }
    }

    /// The first compound of spectrum `index` (the only one unless it is a mixture).
    public func compound(index: Int) -> Compound {
        components(index: index)[0].compound
    }

    private func drawComponents(_ rng: inout SeededRandom) -> [(drawable: Int, share: Double)] {
        let first = rng.integer(in: 0...(drawables.count - 1))
        let p = parameters
        guard p.mixtureFraction > 0, p.maxCompounds >= 2, rng.uniform(0, 1) < p.mixtureFraction else { return [(first, 1)] }
        let count = rng.integer(in: 2...p.maxCompounds)
        var picked = [first]
        for _ in 1..<count { picked.append(rng.integer(in: 0...(drawables.count - 1))) }
        // Uniform on the simplex: normalised exponential draws.
        let weights = picked.map { _ in -Foundation.log(max(rng.uniform(0, 1), 1e-12)) }
        let total = weights.reduce(0, +)
        return zip(picked, weights).map { (drawable: $0, share: $1 / total) }
    }

    public func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>) {
        let p = parameters
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        let parts = drawComponents(&rng)
        for t in 0..<targets.count { targets[t] = 0 }
        for part in parts {
            for e in drawables[part.drawable].elements {
                guard let t = e.target else { continue }
                targets[t] = p.task == .presence ? 1 : targets[t] + Float(part.share * e.fraction)
            }
        }
        // The largest share decides the class of solid (plasmons, charging of insulators).
        let major = parts.max { $0.share < $1.share }!
        let draw = SurveyDraw(p, source: source, metallic: drawables[major.drawable].metallic, rng: &rng)
        if draw.overlayerThickness > 0, p.task == .presence {
            for e in overlayer { if let t = e.target { targets[t] = 1 } }
        }
        var canvas = SurveyCanvas(p, axis: axis, source: source, draw: draw)
        // Each compound's elements are added on their own: the same element in two compounds
        // carries each compound's chemical shift and satellite.
        for part in parts {
            for e in drawables[part.drawable].elements {
                canvas.addElement(fraction: part.share * e.fraction, lines: e.lines, satellite: e.satellite, inOverlayer: false, rng: &rng)
            }
        }
        for e in overlayer { canvas.addElement(fraction: e.fraction, lines: e.lines, satellite: nil, inOverlayer: true, rng: &rng) }
        canvas.render(into: spectrum, rng: &rng)
    }
}

extension CompoundSurveyGenerator.Parameters {
    /// Throws `SpectraError.invalidParameter` naming the first parameter out of its range.
    public func validate() throws {
        let p = self
        func check(_ ok: Bool, _ name: String, _ found: String, _ expected: String) throws {
            if !ok { throw SpectraError.invalidParameter(name: name, found: found, expected: expected) }
        }
        try check(p.axisStep > 0 && p.axisEnd > p.axisStart, "axis", "\(p.axisStart)…\(p.axisEnd) step \(p.axisStep)", "start < end, step > 0")
        try check(p.photonEnergy > p.axisEnd, "photonEnergy", "\(p.photonEnergy)", "> axisEnd (\(p.axisEnd))")
        try check(p.resolution.lowerBound > 0, "resolution", "\(p.resolution)", "positive widths")
        try check(p.lifetimeWidth.lowerBound > 0, "lifetimeWidth", "\(p.lifetimeWidth)", "positive widths")
        try check(p.chemicalBroadening.lowerBound >= 0, "chemicalBroadening", "\(p.chemicalBroadening)", "≥ 0")
        try check(p.chemicalShift >= 0 && p.maxShift >= 0, "chemicalShift/maxShift", "negative", "≥ 0")
        try check(p.uncompensatedShift >= 0, "uncompensatedShift", "\(p.uncompensatedShift)", "≥ 0")
        try check(p.lossFraction.lowerBound >= 0, "lossFraction", "\(p.lossFraction)", "≥ 0")
        try check(p.stepHeight.lowerBound >= 0, "stepHeight", "\(p.stepHeight)", "≥ 0")
        try check(p.stepDecay.lowerBound > 0, "stepDecay", "\(p.stepDecay)", "> 0 eV")
        try check(p.secondaryStrength.lowerBound >= 0, "secondaryStrength", "\(p.secondaryStrength)", "≥ 0")
        try check(
            p.transmissionExponent.lowerBound >= -2 && p.transmissionExponent.upperBound <= 2, "transmissionExponent", "\(p.transmissionExponent)",
            "within −2…2")
        try check(p.attenuationLength.lowerBound > 0, "attenuationLength", "\(p.attenuationLength)", "> 0 nm")
        try check(p.contaminationThickness.lowerBound >= 0, "contaminationThickness", "\(p.contaminationThickness)", "≥ 0 nm")
        for (name, v) in [
            ("monochromatedFraction", p.monochromatedFraction), ("cleanFraction", p.cleanFraction),
            ("uncompensatedFraction", p.uncompensatedFraction), ("partialCoverageFraction", p.partialCoverageFraction)
        ] {
            try check(v >= 0 && v <= 1, name, "\(v)", "a fraction in 0…1")
        }
        try check(p.mixtureFraction >= 0 && p.mixtureFraction <= 1, "mixtureFraction", "\(p.mixtureFraction)", "a fraction in 0…1")
        try check(p.maxCompounds >= 1 && p.maxCompounds <= 6, "maxCompounds", "\(p.maxCompounds)", "1…6 compounds")
        try check(p.signalToNoise.lowerBound > 0, "signalToNoise", "\(p.signalToNoise)", "> 0")
        try check(
            p.coverageEnd > p.axisStart && p.coverageEnd <= p.axisEnd, "coverageEnd", "\(p.coverageEnd)",
            "within the axis (\(p.axisStart)…\(p.axisEnd))")
    }
}
