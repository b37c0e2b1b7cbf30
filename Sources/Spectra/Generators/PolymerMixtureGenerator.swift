// Paper 2's data (Saddiq et al., arXiv 2603.05350): spectra of mixtures of 2–4 polymers with
// random normalised fractions, multi-labelled by the union of the polymers' functional groups.
// The paper mixed measured reference spectra; here each reference is synthesised from the
// polymer library (Beamson & Briggs-style chemical shifts; PolymerReferences.swift: layout and
// per-reference traits), so its difficulty is a parameter, fixed by the calibration experiment.
//
// Sample i: k ~ U{minPolymers…maxPolymers} distinct polymers, fractions u_j/Σu (u ~ U(0,1));
//   each constituent at its own width factor exp(N(0, mixtureWidthSpread)) and moved by its own
//   δ_j ~ N(0, relativeShiftSpread) eV (the spreads 0: neither drawn);
//   mixture shifted by δ ~ U(−maxShift, maxShift) eV (linear interpolation, zero-filled),
//   counting noise at SNR s (DESIGN.md definition, from the mixture's strongest net line; s fixed
//   at `signalToNoise`, or log-uniform in [signalToNoise, signalToNoiseMax]; Poisson, its normal
//   limit above 1000 counts) when given, the paper's blur σ = |N(0, blurSigma)| points,
//   negatives clipped, renormalised to unit area.

import Tensors

public struct PolymerMixtureGenerator: SpectrumGenerator {
    public struct Parameters: Sendable, Equatable, Codable {
        public var axisStart = 40.0
        public var axisEnd = 700.0
        public var axisStep = 0.1
        public var minPolymers = 2
        public var maxPolymers = 4
        /// Largest charging shift, eV.
        public var maxShift = 0.0
        /// FWHM of each component line, eV (satellites: 2×).
        public var lineFWHM = 1.2
        /// Shirley step behind a peak, as a fraction of the peak's height.
        public var shirleyStep = 0.1
        /// Instrumental Gaussian broadening (FWHM, eV); 0 = none. Fixed by calibration.
        public var broadeningFWHM = 0.0
        /// The paper's augmentation blur: σ = |N(0, blurSigma)| points; 0 = none.
        public var blurSigma = 2.0
        /// Counting noise at this SNR added to every mixture, drawn afresh for each; nil = none.
        public var signalToNoise: Double? = nil
        /// With `signalToNoise`: each mixture's SNR log-uniform in [signalToNoise, signalToNoiseMax].
        public var signalToNoiseMax: Double? = nil
        /// How a reference is laid out on the axis (PolymerReferences.swift).
        public var referenceLayout: ReferenceLayout = .survey
        /// Regions: each core level's window reaches this far below / above its tabulated line, eV.
        public var regionBelow = 8.0
        public var regionAbove = 12.0
        /// Per-reference traits (fixed per polymer, drawn from referenceSeed): sd of each
        /// component's energy offset (eV), of the log line-width factor, of the log satellite factor.
        public var componentEnergySpread = 0.0
        public var referenceWidthSpread = 0.0
        public var satelliteSpread = 0.0
        /// Per-mixture variation: sd of each constituent's log width factor, of its own shift (eV),
        /// and of each of its components' extra shift (eV) and log amount.
        public var mixtureWidthSpread = 0.0
        public var relativeShiftSpread = 0.0
        public var componentShiftSpread = 0.0
        public var componentAmountSpread = 0.0
        /// Counting noise at this SNR baked once into each polymer's reference: every mixture reuses
        /// the same realisation. nil (the default) = none. It was the first calibration's knob and
        /// proved a fingerprint a model learns (docs/physics-and-data.md); kept for that comparison.
        public var referenceSignalToNoise: Double? = nil
        /// Seed of the reference noise and traits, separate from the data seed: the references are
        /// the same "measurements" whatever spectra are drawn from them.
        public var referenceSeed: UInt64 = 1
        /// Restrict to these polymers (names or abbreviations); nil = all 104.
        public var polymers: [String]? = nil

        public init() {}
    }

    public enum ReferenceLayout: String, Sendable, Codable, CaseIterable {
        /// Every core level with one Shirley-type staircase across the axis.
        case survey
        /// Measured high-resolution windows of the reported core levels, zero between them.
        case regions
    }

    public let parameters: Parameters
    public let seed: UInt64
    public let axis: EnergyAxis
    public let targetNames: [String]
    /// The polymers drawn from, with their label vectors.
    public let polymers: [Polymer]
    let labels: [[Float]]
    /// The references, at every stored width level.
    let references: PolymerReferences
    /// Per polymer: net + background at the nominal width, broadened (and counted, with reference noise).
    var broadenedTotals: [[Double]] {
        references.components.indices.map { j in
            var total = [Double](repeating: 0, count: axis.count)
            var scratch = total
            total.withUnsafeMutableBufferPointer { out in
                scratch.withUnsafeMutableBufferPointer {
                    references.add(j, widthFactor: 1, amounts: nil, shifts: nil, fraction: 1, step: axis.step, into: out, scratch: $0)
                }
            }
            return total
        }
    }

    public init(
        parameters: Parameters = Parameters(), seed: UInt64,
        library: PolymerLibrary = .standard, elements: ElementLibrary? = nil
    ) throws {
        let p = parameters
        func check(_ ok: Bool, _ name: String, _ found: String, _ expected: String) throws {
            if !ok { throw SpectraError.invalidParameter(name: name, found: found, expected: expected) }
        }
        try check(p.axisStep > 0 && p.axisEnd > p.axisStart, "axis", "\(p.axisStart)…\(p.axisEnd) step \(p.axisStep)", "start < end, step > 0")
        try check(p.minPolymers >= 1 && p.minPolymers <= p.maxPolymers, "minPolymers", "\(p.minPolymers)…\(p.maxPolymers)", "1 ≤ min ≤ max")
        try check(p.maxShift >= 0, "maxShift", "\(p.maxShift)", "≥ 0 eV")
        try check(p.lineFWHM > 0, "lineFWHM", "\(p.lineFWHM)", "> 0 eV")
        try check(p.shirleyStep >= 0, "shirleyStep", "\(p.shirleyStep)", "≥ 0")
        try check(p.broadeningFWHM >= 0, "broadeningFWHM", "\(p.broadeningFWHM)", "≥ 0 eV")
        try check(p.blurSigma >= 0, "blurSigma", "\(p.blurSigma)", "≥ 0 points")
        if let snr = p.signalToNoise { try check(snr > 0, "signalToNoise", "\(snr)", "> 0") }
        if let snr = p.referenceSignalToNoise { try check(snr > 0, "referenceSignalToNoise", "\(snr)", "> 0") }
        if let top = p.signalToNoiseMax {
            try check(p.signalToNoise != nil && top >= p.signalToNoise!, "signalToNoiseMax", "\(top)", "≥ signalToNoise, which must be given")
        }
        try check(p.regionBelow >= 0 && p.regionAbove >= 0, "regionBelow, regionAbove", "\(p.regionBelow), \(p.regionAbove)", "≥ 0 eV")
        for (name, v) in [
            ("componentEnergySpread", p.componentEnergySpread), ("referenceWidthSpread", p.referenceWidthSpread),
            ("satelliteSpread", p.satelliteSpread), ("mixtureWidthSpread", p.mixtureWidthSpread),
            ("relativeShiftSpread", p.relativeShiftSpread), ("componentShiftSpread", p.componentShiftSpread),
            ("componentAmountSpread", p.componentAmountSpread)
        ] {
            try check(v >= 0 && v <= 2, name, "\(v)", "0 … 2")
        }
        self.parameters = p
        self.seed = seed
        let count = Int(((p.axisEnd - p.axisStart) / p.axisStep).rounded()) + 1
        let axis = try EnergyAxis(start: p.axisStart, step: p.axisStep, count: count)
        self.axis = axis
        let chosen = try p.polymers.map { try $0.map { try library.polymer(named: $0) } } ?? library.polymers
        try check(chosen.count >= p.maxPolymers, "polymers", "\(chosen.count) polymers", "at least maxPolymers (\(p.maxPolymers))")
        polymers = chosen
        targetNames = library.functionalGroups
        labels = try chosen.map { try library.labelVector(for: $0) }
        let elementLibrary = try elements ?? ElementLibrary.load()
        references = try PolymerReferences(
            polymers: chosen, axis: axis, parameters: p, library: library, elements: elementLibrary)
    }

    /// `total` as counted at `signalToNoise` (DESIGN.md: net height of the strongest line over the
    /// square root of the counts there), rescaled to unit area.
    static func measured(_ total: [Double], net: [Double], signalToNoise snr: Double, rng: inout SeededRandom) throws -> [Double] {
        // max(0, ·): total − net is the broadened background, ≥ 0 but for rounding.
        let c = try CountingNoise.scale(netSignal: net, background: zip(total, net).map { max(0, $0 - $1) }, signalToNoise: snr).scale
        let counted = total.map { GeneratorSupport.counts(mean: c * $0, rng: &rng) / c }
        let area = counted.reduce(0, +)
        let before = total.reduce(0, +)
        return area > 0 ? counted.map { $0 * before / area } : total
    }

    public func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>) {
        generate(index: index, spectrum: spectrum, targets: targets, shift: nil)
    }

    /// Draws of sample `index` up to its charging shift: polymers, fractions, shift (eV).
    private func draws(_ index: Int) -> (rng: SeededRandom, chosen: [Int], fractions: [Double], shift: Double) {
        let p = parameters
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        let k = rng.integer(in: p.minPolymers...p.maxPolymers)
        var chosen: [Int] = []
        while chosen.count < k {
            let j = rng.integer(in: 0...(polymers.count - 1))
            if !chosen.contains(j) { chosen.append(j) }
        }
        var fractions = chosen.map { _ in rng.uniform(0, 1) + 1e-12 }
        let sum = fractions.reduce(0, +)
        fractions = fractions.map { $0 / sum }
        let delta = p.maxShift > 0 ? rng.uniform(-p.maxShift, p.maxShift) : 0
        return (rng, chosen, fractions, delta)
    }

    /// The charging shift of sample `index`, eV (positive: toward higher binding energy).
    public func chargingShift(index: Int) -> Double { draws(index).shift }

    /// Sample `index` as `generate` draws it, but with the charging shift replaced by `shift` eV
    /// (0: the same mixture, references and blur, aligned) when given. Per-mixture counting noise
    /// (`signalToNoise`) is drawn from the same stream but lands on unshifted channels, so with it
    /// the twin is the same mixture with its own noise, not the sample moved back.
    public func generate(
        index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>,
        shift: Double?
    ) {
        let p = parameters
        let d = draws(index)
        var rng = d.rng
        let chosen = d.chosen, fractions = d.fractions, delta = shift ?? d.shift
        for t in 0..<targets.count { targets[t] = 0 }
        for j in chosen { for t in 0..<targets.count where labels[j][t] > 0 { targets[t] = 1 } }
        let blurSigma = p.blurSigma > 0 ? abs(rng.normal() * p.blurSigma) : 0
        // Per-mixture draws after the original ones, and only when asked for, so settings without
        // them keep their original spectra.
        var snr = p.signalToNoise
        if let low = snr, let high = p.signalToNoiseMax, high > low { snr = low * pow(high / low, rng.uniform(0, 1)) }
        let widths = chosen.map { _ in p.mixtureWidthSpread > 0 ? exp(rng.normal() * p.mixtureWidthSpread) : 1 }
        let ownShifts = chosen.map { _ in p.relativeShiftSpread > 0 ? rng.normal() * p.relativeShiftSpread : 0 }
        let componentShifts: [[Double]?] = zip(chosen, ownShifts).map { j, own in
            guard p.componentShiftSpread > 0 || own != 0 else { return nil }
            return references.isSatellite[j].map { _ in own + (p.componentShiftSpread > 0 ? rng.normal() * p.componentShiftSpread : 0) }
        }
        let amounts: [[Double]?] = chosen.map { j in
            guard p.componentAmountSpread > 0 else { return nil }
            return references.isSatellite[j].map { _ in exp(rng.normal() * p.componentAmountSpread) }
        }

        let L = axis.count
        var total = [Double](repeating: 0, count: L)
        var scratch = [Double](repeating: 0, count: L)
        total.withUnsafeMutableBufferPointer { out in
            scratch.withUnsafeMutableBufferPointer { work in
                for (n, (j, f)) in zip(chosen, fractions).enumerated() {
                    references.add(
                        j, widthFactor: widths[n], amounts: amounts[n], shifts: componentShifts[n], fraction: f,
                        step: axis.step, into: out, scratch: work)
                }
            }
        }
        // Counting-noise scale from the strongest net peak of the (unshifted) mixture.
        var countScale = 0.0
        if let snr {
            var net = [Double](repeating: 0, count: L)
            net.withUnsafeMutableBufferPointer { out in
                for (j, f) in zip(chosen, fractions) {
                    references.nets[j].withUnsafeBufferPointer { r in for i in 0..<L { out[i] += f * r[i] } }
                }
            }
            var peak = 0
            for i in 1..<L where net[i] > net[peak] { peak = i }
            let s = net[peak], b = total[peak] - net[peak]
            // S·c / √((S + B)·c) = SNR  ⇒  c = SNR²·(S + B) / S².
            if s > 0 { countScale = snr * snr * (s + b) / (s * s) }
        }
        if delta != 0 {
            var moved = [Double](repeating: 0, count: L)
            total.withUnsafeBufferPointer { v in
                moved.withUnsafeMutableBufferPointer { GeneratorSupport.shift(v, by: delta / axis.step, into: $0) }
            }
            total = moved
        }
        if countScale > 0 {
            let c = countScale
            for i in 0..<L { total[i] = GeneratorSupport.counts(mean: c * total[i], rng: &rng) / c }
        }
        if blurSigma > 0.05 { total = GeneratorSupport.blur(total, sigmaPoints: blurSigma) }
        var area = 0.0
        for i in 0..<L { total[i] = max(0, total[i]); area += total[i] }
        area *= axis.step
        let scale = area > 0 ? 1 / area : 0
        for i in 0..<L { spectrum[i] = Float(total[i] * scale) }
    }

}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
