// Survey spectra of real compounds as an instrument records them (issue: measured surveys).
// Unlike `ElementSurveyGenerator` (paper 3's random element mixtures on a simple background),
// every spectrum is one compound of `CompoundLibrary` with its stoichiometry, and the physics of
// `SurveyPhysics.swift` applies, each effect switched by a parameter:
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
// without H (the formula, not the contaminated surface).

import Foundation
import Tensors

public struct CompoundSurveyGenerator: SpectrumGenerator {
    public enum Task: String, Sendable, Codable, CaseIterable { case presence, quantification }
    /// Which compounds of the library spectra are drawn from: the training compounds, the fixed
    /// held-out compounds (`Compound.isHeldOut`) or all.
    public enum CompoundSplit: String, Sendable, Codable, CaseIterable {
        case training
        case heldOut = "held-out"
        case all
    }

    public struct Parameters: Sendable, Equatable, Codable {
        public var axisStart = 0.0
        public var axisEnd = 1350.0
        public var axisStep = 1.0
        /// Element symbols (targets); nil = `CompoundSurveyGenerator.defaultElements`. Compounds
        /// with any other element (H aside) are not drawn.
        public var elements: [String]? = nil
        public var task: Task = .presence
        public var compounds: CompoundSplit = .training
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

    struct Line {
        /// Binding energy (Auger: the kinetic energy; see `isAuger`).
        var energy: Double
        var crossSection: Double
        var isAuger: Bool
        var is2p: Bool
    }

    struct Drawable {
        let compound: Compound
        /// (target index or nil for an element outside the targets, fraction, lines, satellite).
        let elements: [(target: Int?, fraction: Double, lines: [Line], satellite: ShakeUpSatellites.Satellite?)]
        let metallic: Bool
    }

    let drawables: [Drawable]
    let overlayer: [(target: Int?, fraction: Double, lines: [Line])]

    /// The default element set: the element library's (Li–Tl less noble gases, Tc and Pm) with
    /// Pb, Bi, Th and U.
    public static func defaultElements(_ library: ElementLibrary) -> [String] {
        library.defaultElementSet + ["Pb", "Bi", "Th", "U"]
    }

    public init(
        parameters: Parameters = Parameters(), seed: UInt64, library: ElementLibrary? = nil, compoundLibrary: CompoundLibrary? = nil
    ) throws {
        let p = parameters
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
        try check(p.transmissionExponent.lowerBound >= -2 && p.transmissionExponent.upperBound <= 2, "transmissionExponent", "\(p.transmissionExponent)", "within −2…2")
        try check(p.attenuationLength.lowerBound > 0, "attenuationLength", "\(p.attenuationLength)", "> 0 nm")
        try check(p.contaminationThickness.lowerBound >= 0, "contaminationThickness", "\(p.contaminationThickness)", "≥ 0 nm")
        for (name, v) in [("monochromatedFraction", p.monochromatedFraction), ("cleanFraction", p.cleanFraction), ("uncompensatedFraction", p.uncompensatedFraction), ("partialCoverageFraction", p.partialCoverageFraction)] {
            try check(v >= 0 && v <= 1, name, "\(v)", "a fraction in 0…1")
        }
        try check(p.signalToNoise.lowerBound > 0, "signalToNoise", "\(p.signalToNoise)", "> 0")
        try check(p.coverageEnd > p.axisStart && p.coverageEnd <= p.axisEnd, "coverageEnd", "\(p.coverageEnd)", "within the axis (\(p.axisStart)…\(p.axisEnd))")
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
        var linesBySymbol: [String: [Line]] = [:]
        func lines(_ symbol: String) throws -> [Line] {
            if let l = linesBySymbol[symbol] { return l }
            let e = try library.element(symbol)
            var out = e.photoemissionLines.filter { $0.bindingEnergy > lo && $0.bindingEnergy < hv - 10 && $0.sensitivityFactor > 0 }
                .map { Line(energy: $0.bindingEnergy, crossSection: $0.sensitivityFactor, isAuger: false, is2p: $0.orbital.hasPrefix("2p")) }
            if p.auger {
                for a in e.augerLines {
                    guard let f = a.sensitivityFactor, f > 0, hv - a.kineticEnergy > lo, a.kineticEnergy < hv - 10 else { continue }
                    out.append(Line(energy: a.kineticEnergy, crossSection: f, isAuger: true, is2p: false))
                }
            }
            linesBySymbol[symbol] = out
            return out
        }
        let pool = compoundLibrary.compounds(heldOut: p.compounds == .all ? nil : p.compounds == .heldOut)
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
            !drawables.isEmpty, "elements", "no compound of the \(p.compounds.rawValue) compounds has all its elements among \(symbols.count) elements",
            "an element set that covers at least one compound")
        self.drawables = drawables
        compounds = drawables.map(\.compound)
        overlayer = try [("C", 0.75), ("O", 0.25)].map { (target: index[$0.0], fraction: $0.1, lines: try lines($0.0)) }
    }

    /// The compound of spectrum `index` (the first draw of its random stream).
    public func compound(index: Int) -> Compound {
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        return drawables[rng.integer(in: 0...(drawables.count - 1))].compound
    }

    public func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>) {
        let p = parameters
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        let d = drawables[rng.integer(in: 0...(drawables.count - 1))]
        for t in 0..<targets.count { targets[t] = 0 }
        for e in d.elements {
            if let t = e.target { targets[t] = p.task == .presence ? 1 : Float(e.fraction) }
        }
        // Instrument and sample draws, always in this order so that switching an effect off
        // leaves the others' draws unchanged.
        let monochromated = rng.uniform(0, 1) < p.monochromatedFraction
        let resolution = rng.uniform(p.resolution.lowerBound, p.resolution.upperBound)
        let chemical = rng.uniform(p.chemicalBroadening.lowerBound, p.chemicalBroadening.upperBound)
        let gamma0 = rng.uniform(p.lifetimeWidth.lowerBound, p.lifetimeWidth.upperBound)
        let compensated = p.maxShift > 0 ? rng.uniform(-p.maxShift, p.maxShift) : 0
        let lossFraction = rng.uniform(p.lossFraction.lowerBound, p.lossFraction.upperBound)
        let stepHeight = rng.uniform(p.stepHeight.lowerBound, p.stepHeight.upperBound)
        let stepDecay = rng.uniform(p.stepDecay.lowerBound, p.stepDecay.upperBound)
        let stepRise = rng.uniform(3, 12)
        let secondary = rng.uniform(p.secondaryStrength.lowerBound, p.secondaryStrength.upperBound)
        let secondaryDecay = rng.uniform(30, 80)
        let tExponent = rng.uniform(p.transmissionExponent.lowerBound, p.transmissionExponent.upperBound)
        let imfp = AttenuationLength(
            atThousandElectronVolts: rng.uniform(p.attenuationLength.lowerBound, p.attenuationLength.upperBound), exponent: 0.75)
        let clean = rng.uniform(0, 1) < p.cleanFraction
        let thickness = rng.uniform(p.contaminationThickness.lowerBound, p.contaminationThickness.upperBound)
        let plasmon =
            d.metallic
            ? PlasmonLosses(energy: rng.uniform(10, 25), strength: rng.uniform(0.1, 0.45), width: rng.uniform(2, 5), replicas: 3)
            : PlasmonLosses(energy: rng.uniform(18, 26), strength: rng.uniform(0.03, 0.12), width: rng.uniform(6, 10), replicas: 1)
        let covered = rng.uniform(0, 1) < p.partialCoverageFraction ? rng.uniform(p.coverageEnd, p.axisEnd) : p.axisEnd
        let uncompensated = rng.uniform(0, 1) < p.uncompensatedFraction ? rng.uniform(0, p.uncompensatedShift) : 0
        let charging = compensated + (d.metallic ? 0 : uncompensated)
        let overlayerThickness = p.contamination && !clean ? thickness : 0
        if overlayerThickness > 0 {
            for e in overlayer { if let t = e.target, p.task == .presence { targets[t] = 1 } }
        }

        let hv = p.photonEnergy
        let sourceWidth = monochromated ? 0.3 : source.lineWidth
        let gaussian = (resolution * resolution + sourceWidth * sourceWidth + chemical * chemical).squareRoot()
        let L = axis.count, start = axis.start, step = axis.step
        var net = [Double](repeating: 0, count: L)
        var losses = [Double](repeating: 0, count: L)
        let loss = UniversalLossFunction(lossFraction: lossFraction)

        // A pseudo-Voigt line of unit area (Thompson, Cox & Hastings, J. Appl. Cryst. 20, 79
        // (1987)): Gaussian FWHM g, Lorentzian FWHM l; `area` added to `net`.
        func addLine(at e0: Double, area: Double, g: Double, l: Double) {
            guard area > 0 else { return }
            let f5 = pow(g, 5) + 2.69269 * pow(g, 4) * l + 2.42843 * pow(g, 3) * l * l + 4.47163 * g * g * pow(l, 3) + 0.07842 * g * pow(l, 4) + pow(l, 5)
            let f = pow(f5, 0.2)
            let r = l / f
            let eta = min(1, max(0, 1.36603 * r - 0.47719 * r * r + 0.11116 * r * r * r))
            let gNorm = (4 * log(2.0) / Double.pi).squareRoot() / f, gExp = 4 * log(2.0) / (f * f)
            let half = f / 2, lNorm = half / Double.pi
            let reach = 4 * f + 20 * l
            let lo = max(0, Int(((e0 - reach - start) / step).rounded(.down)))
            let hi = min(L - 1, Int(((e0 + reach - start) / step).rounded(.up)))
            guard lo <= hi else { return }
            for i in lo...hi {
                let x = start + Double(i) * step - e0
                net[i] += area * ((1 - eta) * gNorm * exp(-gExp * x * x) + eta * lNorm / (x * x + half * half))
            }
        }
        // The losses behind a line at e0 (toward higher BE), for its area and Gaussian width g:
        // Tougaard's tail and the step, (1 − e^{−T/rise})·e^{−T/decay} at `stepHeight` of the
        // line's height (≈ area / (1.0645 g)).
        func addLossTail(at e0: Double, area: Double, g: Double) {
            guard p.inelasticLosses, area > 0 else { return }
            let first = max(0, Int(((e0 - start) / step).rounded(.up)))
            guard first < L else { return }
            let stepArea = stepHeight * area / (1.0645 * g)
            for i in first..<L {
                let t = start + Double(i) * step - e0
                losses[i] += area * loss.value(loss: t) + stepArea * (1 - exp(-t / stepRise)) * exp(-t / stepDecay)
            }
        }
        // A primary line with its plasmons, loss tail and (photoemission lines only) the anode's
        // satellites.
        func addPrimary(at e0: Double, area: Double, g: Double, l: Double, photoemission: Bool) {
            addLine(at: e0, area: area, g: g, l: l)
            if p.plasmons {
                var a = area
                for n in 1...plasmon.replicas {
                    a *= plasmon.strength
                    addLine(at: e0 + Double(n) * plasmon.energy, area: a, g: plasmon.width * Double(n).squareRoot(), l: 0.5)
                }
            }
            addLossTail(at: e0, area: area, g: g)
            if photoemission, p.xraySatellites, !monochromated {
                for s in source.satellites { addLine(at: e0 - s.offset, area: area * s.intensity, g: g, l: l) }
            }
        }
        // Intensity factor of an electron leaving with kinetic energy ke from the compound
        // (below the overlayer) or from the overlayer.
        func factor(kineticEnergy ke: Double, inOverlayer: Bool) -> Double {
            let lambda = imfp.value(kineticEnergy: ke)
            var f = p.attenuation ? lambda / imfp.atThousandElectronVolts : 1
            if p.transmission { f *= AnalyserTransmission.value(kineticEnergy: ke, exponent: tExponent) }
            if overlayerThickness > 0 {
                let a = exp(-overlayerThickness / lambda)
                f *= inOverlayer ? 1 - a : a
            } else if inOverlayer {
                return 0
            }
            return f
        }
        func addElement(fraction: Double, lines: [Line], satellite: ShakeUpSatellites.Satellite?, inOverlayer: Bool, rng: inout SeededRandom) {
            let chemicalShift = p.chemicalShift > 0 ? rng.uniform(-p.chemicalShift, p.chemicalShift) : 0
            let sat = satellite.map {
                (
                    offset: rng.uniform($0.offset.lowerBound, $0.offset.upperBound), intensity: rng.uniform($0.intensity.lowerBound, $0.intensity.upperBound),
                    width: rng.uniform($0.width.lowerBound, $0.width.upperBound)
                )
            }
            let augerWidth = rng.uniform(2, 5), augerSpread = rng.uniform(4, 10)
            for line in lines {
                if line.isAuger {
                    let ke = line.energy - chemicalShift
                    let e0 = hv - ke + charging
                    let area = fraction * line.crossSection * factor(kineticEnergy: ke, inOverlayer: inOverlayer)
                    // An Auger group: the main transition and two weaker ones at lower kinetic energy.
                    for (k, share) in [(0.0, 0.55), (1.0, 0.3), (2.0, 0.15)] {
                        addPrimary(at: e0 + k * augerSpread, area: area * share, g: (gaussian * gaussian + augerWidth * augerWidth).squareRoot(), l: 1, photoemission: false)
                    }
                } else {
                    let e0 = line.energy + chemicalShift + charging
                    let ke = hv - line.energy - chemicalShift
                    let area = fraction * line.crossSection * factor(kineticEnergy: ke, inOverlayer: inOverlayer)
                    let l = gamma0 + 0.001 * line.energy
                    addPrimary(at: e0, area: area, g: gaussian, l: l, photoemission: true)
                    if let sat, line.is2p {
                        let g = (gaussian * gaussian + sat.width * sat.width).squareRoot()
                        addPrimary(at: e0 + sat.offset, area: area * sat.intensity, g: g, l: l, photoemission: true)
                    }
                }
            }
        }
        for e in d.elements { addElement(fraction: e.fraction, lines: e.lines, satellite: e.satellite, inOverlayer: false, rng: &rng) }
        for e in overlayer { addElement(fraction: e.fraction, lines: e.lines, satellite: nil, inOverlayer: true, rng: &rng) }

        var peak = 0
        for i in 1..<L where net[i] > net[peak] { peak = i }
        var background = losses
        if p.secondaryElectrons && secondary > 0 {
            // Secondary electrons: rising as e^{−KE/κ} toward low kinetic energy, `secondary` of the
            // tallest line at KE = 150 eV (an empirical form; this project's choice).
            let scale = secondary * net[peak]
            for i in 0..<L {
                let ke = hv - (start + Double(i) * step)
                background[i] += scale * exp(-(ke - 150) / secondaryDecay)
            }
        }
        // Counting noise at the drawn SNR (log-uniform), S/√(S+B) at the tallest line.
        let lo = log(p.signalToNoise.lowerBound), hi = log(p.signalToNoise.upperBound)
        let snr = exp(lo == hi ? lo : rng.uniform(lo, hi))
        let s = net[peak], b = background[peak]
        let c = s > 0 ? snr * snr * (s + b) / (s * s) : 1
        let lastCovered = min(L - 1, Int(((covered - start) / step).rounded(.down)))
        var maximum = 0.0
        var counts = [Double](repeating: 0, count: L)
        for i in 0...lastCovered {
            counts[i] = max(0, GeneratorSupport.counts(mean: c * (net[i] + background[i]), rng: &rng))
            maximum = max(maximum, counts[i])
        }
        let scale = maximum > 0 ? 1 / maximum : 0
        for i in 0..<L { spectrum[i] = i <= lastCovered ? Float(counts[i] * scale) : 0 }
    }
}
