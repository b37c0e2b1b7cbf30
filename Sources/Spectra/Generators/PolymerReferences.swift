// The polymer references of PolymerMixtureGenerator: each polymer's spectrum on the axis, synthesised
// from the polymer library, with the traits a measured reference would carry.
//
// Layouts (Parameters.referenceLayout):
//   survey:  net(E) = every core level of each element in the window (lines at the component's
//            chemical shift), background(E) = shirleyStep / fwhm · ∫_{E_min}^{E} net — one Shirley-type
//            staircase across the axis (most of the area ends up in the background).
//   regions: each polymer's reported core levels (C 1s, O 1s, N 1s, F 1s, Cl 2p, …) only, each in its
//            own high-resolution window [E₀ − regionBelow, E₀ + regionAbove] around the element's
//            tabulated line E₀ (the same window for every polymer, widened only where a line would
//            fall outside), with a local Shirley step from the window's low-BE edge, zero elsewhere:
//            measured regional spectra zero-filled onto the axis, as the paper's references were.
// Per-reference traits (drawn once per polymer from referenceSeed; a new seed = a new "measurement"
//   of the same chemistry): component energy offsets ~ N(0, componentEnergySpread) eV, a line-width
//   factor exp(N(0, referenceWidthSpread)), a satellite-intensity factor exp(N(0, satelliteSpread)).
// Stored per component (its lines, partner, other core levels and its share of the background),
//   so a mixture can move and scale each component on its own; the sum of a polymer's components is
//   its reference (unit area). With reference noise, the noise realisation is stored beside them.
// Per-mixture width: with mixtureWidthSpread > 0 each component is kept at several width factors
//   (exp(z·s), z = −2.5 … 2.5 in 6 steps); a mixture draws each constituent's factor exp(N(0, s))
//   (clamped to that range) and interpolates linearly between the two nearest levels.

import Foundation
import Tensors

struct PolymerReferences {
    /// Width factors of the stored levels (one level, 1, without per-mixture width variation).
    let widthFactors: [Double]
    /// [polymer][component][level]: the component's lines and background after broadening, on the axis.
    let components: [[[[Float]]]]
    /// [polymer][component]: whether the component is a shake-up satellite.
    let isSatellite: [[Bool]]
    /// [polymer]: the reference's own counting noise (reference SNR), nil without.
    let noise: [[Double]?]
    /// [polymer]: net alone at the nominal width after broadening (the counting-noise scale).
    let nets: [[Double]]
    /// Index of the width factor 1.
    var nominalLevel: Int { widthFactors.count / 2 }

    typealias Parameters = PolymerMixtureGenerator.Parameters

    init(
        polymers: [Polymer], axis: EnergyAxis, parameters p: Parameters,
        library: PolymerLibrary, elements: ElementLibrary
    ) throws {
        let s = p.mixtureWidthSpread
        let factors = s > 0 ? (0...6).map { exp((Double($0) - 3) / 3 * 2.5 * s) } : [1]
        widthFactors = factors
        func broadened(_ v: [Double]) throws -> [Double] {
            guard p.broadeningFWHM > 0 else { return v }
            return try GaussianBroadening.apply(v, sigmaPoints: p.broadeningFWHM / (2 * (2 * log(2.0)).squareRoot()) / p.axisStep)
        }
        var components: [[[[Float]]]] = [], noise: [[Double]?] = [], nets: [[Double]] = []
        for (j, polymer) in polymers.enumerated() {
            // Seeded by the polymer's place in the whole library, so a restricted list keeps each
            // reference's own traits and noise.
            let key = UInt64(library.polymers.firstIndex(of: polymer) ?? j)
            var traitRNG = SeededRandom(seed: p.referenceSeed).split(key).split(1)
            let traits = Traits(polymer, parameters: p, rng: &traitRNG)
            // [level][component]
            var byLevel: [[(net: [Double], background: [Double])]] = []
            for factor in factors {
                byLevel.append(
                    try Self.reference(
                        polymer, axis: axis, parameters: p, traits: traits, widthFactor: factor,
                        library: library, elements: elements))
            }
            let nominal = byLevel[factors.count / 2]
            // Unit area of the whole reference at the nominal width.
            let area = nominal.reduce(0.0) { $0 + ($1.net.reduce(0, +) + $1.background.reduce(0, +)) * axis.step }
            guard area > 0 else {
                throw SpectraError.invalidParameter(
                    name: "polymer \(polymer.name)", found: "no line in \(axis.start)…\(axis.end) eV",
                    expected: "at least one core level on the axis")
            }
            var perComponent: [[[Float]]] = []
            for c in polymer.components.indices {
                perComponent.append(
                    try byLevel.map { level in
                        try broadened(zip(level[c].net, level[c].background).map { ($0 + $1) / area }).map(Float.init)
                    })
            }
            let sumNet = nominal.reduce(into: [Double](repeating: 0, count: axis.count)) { acc, c in
                for i in acc.indices { acc[i] += c.net[i] / area }
            }
            let net = try broadened(sumNet)
            var referenceNoise: [Double]?
            if let snr = p.referenceSignalToNoise {
                // Counting noise baked into the reference: one realisation per polymer.
                var total = [Double](repeating: 0, count: axis.count)
                for c in perComponent { for i in total.indices { total[i] += Double(c[factors.count / 2][i]) } }
                var rng = SeededRandom(seed: p.referenceSeed).split(key)
                let counted = try PolymerMixtureGenerator.measured(total, net: net, signalToNoise: snr, rng: &rng)
                referenceNoise = zip(counted, total).map { $0 - $1 }
            }
            components.append(perComponent)
            noise.append(referenceNoise)
            nets.append(net)
        }
        self.components = components
        self.isSatellite = polymers.map { $0.components.map(\.isSatellite) }
        self.noise = noise
        self.nets = nets
    }

    /// The fixed traits of one reference "measurement".
    struct Traits {
        /// Energy offset per component (same order as the polymer's components), eV.
        var energyOffsets: [Double]
        var widthFactor = 1.0
        var satelliteFactor = 1.0

        init(_ polymer: Polymer, parameters p: Parameters, rng: inout SeededRandom) {
            // Draw only what is asked for, so references without traits keep their original synthesis.
            energyOffsets = polymer.components.map { _ in p.componentEnergySpread > 0 ? rng.normal() * p.componentEnergySpread : 0 }
            if p.referenceWidthSpread > 0 { widthFactor = exp(rng.normal() * p.referenceWidthSpread) }
            if p.satelliteSpread > 0 { satelliteFactor = exp(rng.normal() * p.satelliteSpread) }
        }
    }

    /// One polymer's reference at `widthFactor` times its width, per component: its lines and its
    /// share of the background (not normalised).
    static func reference(
        _ polymer: Polymer, axis: EnergyAxis, parameters p: Parameters, traits: Traits, widthFactor: Double,
        library: PolymerLibrary, elements: ElementLibrary
    ) throws -> [(net: [Double], background: [Double])] {
        let regions = p.referenceLayout == .regions
        let nominal = p.lineFWHM * traits.widthFactor
        // Each component's lines as (energy, area, fwhm).
        var lines: [[(energy: Double, area: Double, fwhm: Double)]] = []
        // Regions: per core level, its window.
        var windows: [String: (low: Double, high: Double)] = [:]
        for (c, offset) in zip(polymer.components, traits.energyOffsets) {
            let level = try library.coreLevel(c.line)
            let element = try elements.element(level.element)
            let main = try element.line(level.reportedSubshell)
            let area = c.intensity * main.sensitivityFactor * (c.isSatellite ? traits.satelliteFactor : 1)
            let fwhm = (c.isSatellite ? 2 * nominal : nominal) * widthFactor
            let energy = c.bindingEnergy + offset
            var own = [(energy, area, fwhm)]
            if let split = level.spinOrbitSplitting, let ratio = level.partnerAreaRatio {
                own.append((energy + split, area * ratio, fwhm))
            }
            if regions {
                var w = windows[c.line] ?? (main.bindingEnergy - p.regionBelow, main.bindingEnergy + p.regionAbove)
                for l in own { w = (min(w.low, l.0 - 3 * l.2), max(w.high, l.0 + 3 * l.2)) }
                windows[c.line] = w
            } else if !c.isSatellite {
                // Survey: the element's other core levels, carried at the same chemical shift.
                let chemicalShift = energy - main.bindingEnergy
                for line in element.photoemissionLines
                where line.orbital != level.reportedSubshell && line.orbital != level.partnerSubshell
                    && !(line.orbital.hasPrefix(String(level.reportedSubshell.prefix(2))) && level.partnerSubshell != nil)
                {
                    own.append((line.bindingEnergy + chemicalShift, Double(c.count) * line.sensitivityFactor, 1.5 * fwhm))
                }
            }
            lines.append(own)
        }
        // Shirley-type step: ∫ net from the low-BE end (of the axis, or of the region's window), scaled
        // so a peak of height h at the nominal width gets a step shirleyStep·h.
        let k = p.shirleyStep / (1.0645 * p.lineFWHM)
        return try zip(polymer.components, lines).map { c, own in
            var net = [Double](repeating: 0, count: axis.count)
            for l in own where l.area > 0 && l.energy > axis.start - 10 * l.fwhm && l.energy < axis.end + 10 * l.fwhm {
                try Peak(center: l.energy, area: l.area, shape: .gaussianLorentzianSum(fwhm: l.fwhm, lorentzianPercent: 30))
                    .add(to: &net, on: axis)
            }
            var background = [Double](repeating: 0, count: axis.count)
            let window = windows[c.line] ?? (-Double.infinity, Double.infinity)
            var cumulative = 0.0
            for i in 0..<axis.count {
                let e = axis.energy(at: i)
                guard e >= window.low && e <= window.high else {
                    net[i] = 0  // outside a region's window nothing was measured
                    continue
                }
                cumulative += net[i] * axis.step
                background[i] = k * cumulative
            }
            return (net, background)
        }
    }

    /// Polymer `j`'s reference as mixed into one spectrum: each component at width factor `factor`
    /// (interpolated between the stored levels), scaled by `amounts[c]` and moved by `shifts[c]` eV,
    /// the whole weighted by `fraction`, added into `out` (`scratch`: L doubles of workspace).
    func add(
        _ j: Int, widthFactor factor: Double, amounts: [Double]?, shifts: [Double]?, fraction: Double, step: Double,
        into out: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>
    ) {
        let L = out.count
        var a = nominalLevel, w = 0.0
        if widthFactors.count > 1 {
            // Levels are evenly spaced in log(width factor).
            let lo = log(widthFactors[0]), hi = log(widthFactors[widthFactors.count - 1])
            let t = (min(max(log(factor), lo), hi) - lo) / (hi - lo) * Double(widthFactors.count - 1)
            a = min(Int(t), widthFactors.count - 2)
            w = t - Double(a)
        }
        for (c, levels) in components[j].enumerated() {
            let weight = fraction * (amounts?[c] ?? 1)
            let shift = shifts?[c] ?? 0
            let target = shift == 0 ? out : scratch
            if shift != 0 { for i in 0..<L { scratch[i] = 0 } }
            levels[a].withUnsafeBufferPointer { x in
                if w == 0 {
                    for i in 0..<L { target[i] += weight * Double(x[i]) }
                    return
                }
                levels[a + 1].withUnsafeBufferPointer { y in
                    let wf = Float(w)
                    for i in 0..<L { target[i] += weight * Double(x[i] + wf * (y[i] - x[i])) }
                }
            }
            if shift != 0 {
                // Linear interpolation toward higher index by shift/step points, zero-filled.
                let points = shift / step
                let whole = Int(points.rounded(.down)), f = points - Double(whole)
                for i in 0..<L {
                    let k = i - whole
                    let u = k >= 0 && k < L ? scratch[k] : 0
                    let v = k - 1 >= 0 && k - 1 < L ? scratch[k - 1] : 0
                    out[i] += u + f * (v - u)
                }
            }
        }
        if let n = noise[j] { n.withUnsafeBufferPointer { r in for i in 0..<L { out[i] += fraction * r[i] } } }
    }
}
