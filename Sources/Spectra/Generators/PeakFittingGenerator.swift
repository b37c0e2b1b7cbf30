// Paper 1's training data (Park et al., New Phys.: Sae Mulli 70, 920 (2020), and the authors'
// notebook): 1–3 pseudo-Voigt peaks (Eq. 1) on x = linspace(0, 15, 401), uniform noise ±0.025.
// Measured spectra (401 points at 0.05 eV, a 20 eV window) map onto x by index: 1 unit = 4/3 eV.
//
// Targets (K = 1 + 3·maxPeaks), in the order of the network's heads:
//   count, center1…, amplitude1…, width1… — peaks sorted by centre, unused slots 0.

import Tensors

public struct PeakFittingGenerator: SpectrumGenerator {
    public struct Parameters: Sendable, Equatable, Codable {
        /// Fewest and most peaks per spectrum (paper: 1–3; the notebook draws 2–3).
        public var minPeaks = 1
        public var maxPeaks = 3
        /// Peak height I0, uniform (paper: 0.1–1.1).
        public var amplitudeRange: ClosedRange<Double> = 0.1...1.1
        /// Centre x0 in x units, uniform (paper: 2–13).
        public var centerRange: ClosedRange<Double> = 2...13
        /// Width w of Eq. 1 in x units, uniform (paper: 0.3–1.9).
        public var widthRange: ClosedRange<Double> = 0.3...1.9
        /// Half-width a of the i.i.d. uniform noise (paper: 0.025, absolute).
        public var noiseHalfWidth = 0.025
        /// When given, each spectrum draws its own half-width a uniformly from this range (after its
        /// peaks, so a spectrum's peaks are those of the same seed without it) instead of
        /// `noiseHalfWidth`. Not in the paper.
        public var noiseHalfWidthRange: ClosedRange<Double>? = nil
        /// Eq. 1's constants: the paper's (wL = 2.195) or the notebook's (wL ≈ 2.2669).
        public var constants: Park2020Variant = .paper
        /// Points on x = linspace(0, 15, points).
        public var points = 401
        public var xMaximum = 15.0

        public init() {}
    }

    public enum Park2020Variant: String, Sendable, Codable, CaseIterable {
        case paper, notebook
        public var constants: Park2020Constants { self == .paper ? .paper : .notebook }
    }

    public let parameters: Parameters
    public let seed: UInt64
    public let axis: EnergyAxis
    public let targetNames: [String]

    public init(parameters: Parameters = Parameters(), seed: UInt64) throws {
        let p = parameters
        func check(_ ok: Bool, _ name: String, _ found: String, _ expected: String) throws {
            if !ok { throw SpectraError.invalidParameter(name: name, found: found, expected: expected) }
        }
        try check(p.minPeaks >= 1 && p.minPeaks <= p.maxPeaks, "minPeaks", "\(p.minPeaks)", "1 … maxPeaks (\(p.maxPeaks))")
        try check(p.amplitudeRange.lowerBound > 0, "amplitudeRange", "\(p.amplitudeRange)", "positive amplitudes")
        try check(p.widthRange.lowerBound > 0, "widthRange", "\(p.widthRange)", "positive widths")
        try check(p.noiseHalfWidth >= 0, "noiseHalfWidth", "\(p.noiseHalfWidth)", "≥ 0")
        if let r = p.noiseHalfWidthRange {
            try check(r.lowerBound >= 0, "noiseHalfWidthRange", "\(r)", "half-widths ≥ 0")
        }
        try check(p.points >= 2 && p.xMaximum > 0, "points", "\(p.points)", "≥ 2 on a positive range")
        self.parameters = p
        self.seed = seed
        axis = try EnergyAxis(start: 0, step: p.xMaximum / Double(p.points - 1), count: p.points)
        let n = p.maxPeaks
        targetNames = ["count"] + (1...n).map { "center\($0)" } + (1...n).map { "amplitude\($0)" } + (1...n).map { "width\($0)" }
    }

    public func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>) {
        let p = parameters
        var rng = SeededRandom(seed: seed).split(UInt64(index))
        let count = rng.integer(in: p.minPeaks...p.maxPeaks)
        var peaks: [(center: Double, amplitude: Double, width: Double)] = (0..<count).map { _ in
            (
                rng.uniform(p.centerRange.lowerBound, p.centerRange.upperBound),
                rng.uniform(p.amplitudeRange.lowerBound, p.amplitudeRange.upperBound),
                rng.uniform(p.widthRange.lowerBound, p.widthRange.upperBound)
            )
        }
        peaks.sort { $0.center < $1.center }
        let c = p.constants.constants
        let wG2 = c.gaussian * c.gaussian, wL2 = c.lorentzian * c.lorentzian
        let L = axis.count, step = axis.step
        let noise = p.noiseHalfWidthRange.map { rng.uniform($0.lowerBound, $0.upperBound) } ?? p.noiseHalfWidth
        for i in 0..<L {
            let x = Double(i) * step
            var f = 0.0
            for pk in peaks {
                let z2 = (x - pk.center) * (x - pk.center) / (pk.width * pk.width)
                f += pk.amplitude * (0.7 * exp(-wG2 * z2) + 0.3 / (1 + wL2 * z2))
            }
            if noise > 0 { f += rng.uniform(-noise, noise) }
            spectrum[i] = Float(f)
        }
        let n = p.maxPeaks
        for k in 0..<targets.count { targets[k] = 0 }
        targets[0] = Float(count)
        for (j, pk) in peaks.enumerated() {
            targets[1 + j] = Float(pk.center)
            targets[1 + n + j] = Float(pk.amplitude)
            targets[1 + 2 * n + j] = Float(pk.width)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
