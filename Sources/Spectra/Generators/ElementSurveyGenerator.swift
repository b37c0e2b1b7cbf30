// Paper 3's data: Al Kα survey spectra of one element (identification) or of several with atomic
// fractions (quantification), synthesised from the element library. Only the paper's abstract is
// public; every choice below is this project's and is a parameter.
//
// Sample i:
//   elements: one (class = its index) or k ~ U{min…max} with fractions u_j/Σu (u ~ U(0,1));
//   every photoemission line E_l of each element (and its Auger lines with a sensitivity factor,
//   at BE = hν − KE) as an SGL(30 %) line of area x_e·σ_l and FWHM ~ U(fwhm range) eV;
//   adventitious contamination: C 1s at 284.8 eV and O 1s at 532.0 eV (+ O KLL) with atomic
//   fractions ~ U(0, maxCarbon), U(0, maxOxygen) relative to the sample (not part of the targets);
//   a charging shift δ ~ U(−maxShift, maxShift) eV moves every line (exact: lines are evaluated at
//   the moved positions);
//   inelastic background: behind each line a step rising toward higher BE,
//     B(E) = tailStrength·A_l/FWHM·(1 − exp(−(E − E_l)/tailDecay)) for E > E_l, plus a flat offset;
//   counting noise (Poisson; its normal limit above 1000 counts) at SNR ~ log-uniform in
//   [snrMin, snrMax] (DESIGN.md: S/√(S+B) at the strongest
//   net peak); finally scaled to maximum 1.
// Targets: one-hot over `elements` (identification), atomic fractions (quantification) or 1 for each
// element present (presence: the quantification mixtures as a multi-label task).

import Tensors

public struct ElementSurveyGenerator: SpectrumGenerator {
    public enum Task: String, Sendable, Codable, CaseIterable {
        /// presence: the quantification task's mixtures (the same spectra for the same seed and
        /// index) with multi-label targets, 1 for each element present.
        case identification, quantification, presence
    }

    public struct Parameters: Sendable, Equatable, Codable {
        public var axisStart = 0.0
        public var axisEnd = 1100.0
        public var axisStep = 1.0
        /// Element symbols (classes); nil = the library's default set (Li–Tl less the exclusions).
        public var elements: [String]? = nil
        public var task: Task = .identification
        /// Elements per spectrum for quantification / presence.
        public var minElements = 2
        public var maxElements = 3
        public var fwhmRange: ClosedRange<Double> = 1.2...2.5
        public var maxShift = 1.0
        public var maxCarbon = 0.3
        public var maxOxygen = 0.2
        public var tailStrength: ClosedRange<Double> = 0.05...0.25
        public var tailDecay = 20.0
        /// Flat offset as a fraction of the strongest net peak.
        public var offset: ClosedRange<Double> = 0.0...0.05
        /// SNR drawn log-uniformly; equal bounds fix it.
        public var signalToNoise: ClosedRange<Double> = 3...100
        public var photonEnergy = 1486.6

        public init() {}
    }

    public let parameters: Parameters
    public let seed: UInt64
    public let axis: EnergyAxis
    public let targetNames: [String]
    /// Per class: (binding energy, sensitivity factor) of every line on or near the axis.
    let lines: [[(energy: Double, factor: Double)]]
    let carbon: [(energy: Double, factor: Double)]
    let oxygen: [(energy: Double, factor: Double)]

    public init(parameters: Parameters = Parameters(), seed: UInt64, library: ElementLibrary? = nil) throws {
        let p = parameters
        func check(_ ok: Bool, _ name: String, _ found: String, _ expected: String) throws {
            if !ok { throw SpectraError.invalidParameter(name: name, found: found, expected: expected) }
        }
        try check(p.axisStep > 0 && p.axisEnd > p.axisStart, "axis", "\(p.axisStart)…\(p.axisEnd) step \(p.axisStep)", "start < end, step > 0")
        try check(p.fwhmRange.lowerBound > 0, "fwhmRange", "\(p.fwhmRange)", "positive widths")
        try check(p.maxShift >= 0 && p.maxCarbon >= 0 && p.maxOxygen >= 0, "maxShift/maxCarbon/maxOxygen", "negative", "≥ 0")
        try check(p.signalToNoise.lowerBound > 0, "signalToNoise", "\(p.signalToNoise)", "> 0")
        try check(p.tailDecay > 0 && p.tailStrength.lowerBound >= 0, "tail", "\(p.tailStrength), \(p.tailDecay)", "≥ 0 strength, > 0 decay")
        try check(p.minElements >= 1 && p.minElements <= p.maxElements, "minElements", "\(p.minElements)…\(p.maxElements)", "1 ≤ min ≤ max")
        self.parameters = p
        self.seed = seed
        let count = Int(((p.axisEnd - p.axisStart) / p.axisStep).rounded()) + 1
        let axis = try EnergyAxis(start: p.axisStart, step: p.axisStep, count: count)
        self.axis = axis
        let library = try library ?? ElementLibrary.load()
        let symbols = p.elements ?? library.defaultElementSet
        try check(!symbols.isEmpty, "elements", "an empty list", "at least one element")
        try check(p.task == .identification || symbols.count >= p.maxElements, "elements", "\(symbols.count)", "≥ maxElements")
        targetNames = symbols
        func linesOf(_ symbol: String) throws -> [(energy: Double, factor: Double)] {
            let e = try library.element(symbol)
            var out = e.photoemissionLines.map { (energy: $0.bindingEnergy, factor: $0.sensitivityFactor) }
            for a in e.augerLines {
                if let f = a.sensitivityFactor { out.append((p.photonEnergy - a.kineticEnergy, f)) }
            }
            return out.filter { $0.energy > axis.start - 50 && $0.energy < axis.end + 50 && $0.factor > 0 }
        }
        lines = try symbols.map(linesOf)
        for (s, l) in zip(symbols, lines) {
            try check(!l.isEmpty, "elements", "\(s) has no line in \(axis.start)…\(axis.end) eV", "elements with lines on the axis")
        }
        carbon = [(284.8, try library.element("C").line("1s").sensitivityFactor)]
        var o: [(energy: Double, factor: Double)] = [(532.0, try library.element("O").line("1s").sensitivityFactor)]
        if let kll = try library.element("O").augerLines.first(where: { $0.sensitivityFactor != nil }) {
            o.append((p.photonEnergy - kll.kineticEnergy, kll.sensitivityFactor!))
        }
        oxygen = o
    }

    /// The elements of survey `index` with their fractions (the targets written as the task
    /// wants them), then adventitious carbon and oxygen; draws from `rng` in that order.
    func composition(_ rng: inout SeededRandom, targets: UnsafeMutableBufferPointer<Float>)
        -> [(lines: [(energy: Double, factor: Double)], fraction: Double)]
    {
        let p = parameters
        for t in 0..<targets.count { targets[t] = 0 }
        var composition: [(lines: [(energy: Double, factor: Double)], fraction: Double)] = []
        switch p.task {
        case .identification:
            let c = rng.integer(in: 0...(lines.count - 1))
            targets[c] = 1
            composition.append((lines[c], 1))
        case .quantification, .presence:
            let k = rng.integer(in: p.minElements...p.maxElements)
            var chosen: [Int] = []
            while chosen.count < k {
                let j = rng.integer(in: 0...(lines.count - 1))
                if !chosen.contains(j) { chosen.append(j) }
            }
            let u = chosen.map { _ in rng.uniform(0, 1) + 1e-9 }
            let sum = u.reduce(0, +)
            for (j, x) in zip(chosen, u) {
                targets[j] = p.task == .presence ? 1 : Float(x / sum)
                composition.append((lines[j], x / sum))
            }
        }
        composition.append((carbon, rng.uniform(0, p.maxCarbon)))
        composition.append((oxygen, rng.uniform(0, p.maxOxygen)))
        return composition
    }

    public func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>) {
        let p = parameters
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        let composition = composition(&rng, targets: targets)
        let fwhm = rng.uniform(p.fwhmRange.lowerBound, p.fwhmRange.upperBound)
        let delta = p.maxShift > 0 ? rng.uniform(-p.maxShift, p.maxShift) : 0
        let strength = rng.uniform(p.tailStrength.lowerBound, p.tailStrength.upperBound)

        let L = axis.count, start = axis.start, step = axis.step
        var net = [Double](repeating: 0, count: L)
        var stepAmplitude = [Double](repeating: 0, count: L)  // Σ amplitudes of steps starting at i
        var decaying = [Double](repeating: 0, count: L)  // deposits of the exp(−(E−E_l)/τ) terms
        let sigma = fwhm / (2 * (2 * log(2.0)).squareRoot())
        let gamma = fwhm / 2
        let unitArea = 0.7 * 1.0645 * fwhm + 0.3 * Double.pi * gamma  // area of a unit-height SGL(30)
        let reach = 12 * fwhm
        let decayPerPoint = exp(-step / p.tailDecay)
        for (lineSet, fraction) in composition where fraction > 0 {
            for line in lineSet {
                let e0 = line.energy + delta
                let area = fraction * line.factor
                let height = area / unitArea
                let lo = max(0, Int(((e0 - reach - start) / step).rounded(.down)))
                let hi = min(L - 1, Int(((e0 + reach - start) / step).rounded(.up)))
                if lo <= hi {
                    for i in lo...hi {
                        let x = start + Double(i) * step - e0
                        net[i] += height * (0.7 * exp(-0.5 * x * x / (sigma * sigma)) + 0.3 / (1 + x * x / (gamma * gamma)))
                    }
                }
                // Inelastic step behind the line (toward higher BE): A(1 − e^{−(E−E0)/τ}) for E > E0.
                let first = Int(((e0 - start) / step).rounded(.up))
                if first < L {
                    let j = max(0, first)
                    let amplitude = strength * area / fwhm
                    stepAmplitude[j] += amplitude
                    // e^{−(E_j − E0)/τ} at the first point on or after E0.
                    decaying[j] += amplitude * exp(-(start + Double(j) * step - e0) / p.tailDecay)
                }
            }
        }
        var background = [Double](repeating: 0, count: L)
        var steps = 0.0, tail = 0.0
        for i in 0..<L {
            steps += stepAmplitude[i]
            tail = tail * decayPerPoint + decaying[i]
            background[i] = steps - tail
        }
        var peak = 0
        for i in 1..<L where net[i] > net[peak] { peak = i }
        let flat = rng.uniform(p.offset.lowerBound, p.offset.upperBound) * net[peak]
        for i in 0..<L { background[i] += flat }
        // Counting noise at the requested SNR (log-uniform draw).
        let lo = log(p.signalToNoise.lowerBound), hi = log(p.signalToNoise.upperBound)
        let snr = exp(lo == hi ? lo : rng.uniform(lo, hi))
        let s = net[peak], b = background[peak]
        let c = s > 0 ? snr * snr * (s + b) / (s * s) : 1
        var maximum = 0.0
        var counts = [Double](repeating: 0, count: L)
        for i in 0..<L {
            counts[i] = max(0, GeneratorSupport.counts(mean: c * (net[i] + background[i]), rng: &rng))
            maximum = max(maximum, counts[i])
        }
        let scale = maximum > 0 ? 1 / maximum : 0
        for i in 0..<L { spectrum[i] = Float(counts[i] * scale) }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
