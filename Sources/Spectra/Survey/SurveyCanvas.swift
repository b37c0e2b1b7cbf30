// One compound survey being drawn: the per-spectrum instrument and sample draws (`SurveyDraw`)
// and the canvas the lines, their losses and satellites are added to (`SurveyCanvas`), then the
// secondary electrons, counting noise, scaling and the masked high-BE end. Used by
// `CompoundSurveyGenerator`; the physics of each piece is in `SurveyPhysics.swift`.
//
// Shape legend: L = axis points; every array here is [L] on the generator's binding-energy axis.

import Foundation
import Tensors

/// A line of an element as the survey uses it.
struct SurveyLine: Sendable {
    /// Binding energy (Auger: the kinetic energy; see `isAuger`).
    var energy: Double
    var crossSection: Double
    var isAuger: Bool
    var is2p: Bool
}

/// The per-spectrum draws of instrument and sample, always in this order so that switching an
/// effect off leaves the others' draws unchanged.
struct SurveyDraw {
    var monochromated: Bool
    var gaussian: Double
    var gamma0: Double
    var loss: UniversalLossFunction
    var stepHeight: Double, stepDecay: Double, stepRise: Double
    var secondary: Double, secondaryDecay: Double
    var transmissionExponent: Double
    var imfp: AttenuationLength
    var plasmon: PlasmonLosses
    /// The last covered binding energy (beyond it the survey is masked).
    var covered: Double
    var charging: Double
    /// Thickness of the adventitious overlayer, nm (0: none).
    var overlayerThickness: Double

    init(_ p: CompoundSurveyGenerator.Parameters, source: XRaySource, metallic: Bool, rng: inout SeededRandom) {
        monochromated = rng.uniform(0, 1) < p.monochromatedFraction
        let resolution = rng.uniform(p.resolution.lowerBound, p.resolution.upperBound)
        let chemical = rng.uniform(p.chemicalBroadening.lowerBound, p.chemicalBroadening.upperBound)
        gamma0 = rng.uniform(p.lifetimeWidth.lowerBound, p.lifetimeWidth.upperBound)
        let compensated = p.maxShift > 0 ? rng.uniform(-p.maxShift, p.maxShift) : 0
        loss = UniversalLossFunction(lossFraction: rng.uniform(p.lossFraction.lowerBound, p.lossFraction.upperBound))
        stepHeight = rng.uniform(p.stepHeight.lowerBound, p.stepHeight.upperBound)
        stepDecay = rng.uniform(p.stepDecay.lowerBound, p.stepDecay.upperBound)
        stepRise = rng.uniform(3, 12)
        secondary = rng.uniform(p.secondaryStrength.lowerBound, p.secondaryStrength.upperBound)
        secondaryDecay = rng.uniform(30, 80)
        transmissionExponent = rng.uniform(p.transmissionExponent.lowerBound, p.transmissionExponent.upperBound)
        imfp = AttenuationLength(
            atThousandElectronVolts: rng.uniform(p.attenuationLength.lowerBound, p.attenuationLength.upperBound), exponent: 0.75)
        let clean = rng.uniform(0, 1) < p.cleanFraction
        let thickness = rng.uniform(p.contaminationThickness.lowerBound, p.contaminationThickness.upperBound)
        plasmon =
            metallic
            ? PlasmonLosses(energy: rng.uniform(10, 25), strength: rng.uniform(0.1, 0.45), width: rng.uniform(2, 5), replicas: 3)
            : PlasmonLosses(energy: rng.uniform(18, 26), strength: rng.uniform(0.03, 0.12), width: rng.uniform(6, 10), replicas: 1)
        covered = rng.uniform(0, 1) < p.partialCoverageFraction ? rng.uniform(p.coverageEnd, p.axisEnd) : p.axisEnd
        let uncompensated = rng.uniform(0, 1) < p.uncompensatedFraction ? rng.uniform(0, p.uncompensatedShift) : 0
        charging = compensated + (metallic ? 0 : uncompensated)
        overlayerThickness = p.contamination && !clean ? thickness : 0
        let sourceWidth = monochromated ? 0.3 : source.lineWidth
        gaussian = (resolution * resolution + sourceWidth * sourceWidth + chemical * chemical).squareRoot()
    }
}

/// The net lines and the losses of one survey on the axis.
struct SurveyCanvas {
    let p: CompoundSurveyGenerator.Parameters
    let axis: EnergyAxis
    let source: XRaySource
    let draw: SurveyDraw
    /// Lines, satellites and plasmons [L].
    var net: [Double]
    /// Loss tails and steps [L].
    var losses: [Double]

    init(_ p: CompoundSurveyGenerator.Parameters, axis: EnergyAxis, source: XRaySource, draw: SurveyDraw) {
        self.p = p
        self.axis = axis
        self.source = source
        self.draw = draw
        net = [Double](repeating: 0, count: axis.count)
        losses = [Double](repeating: 0, count: axis.count)
    }

    /// A pseudo-Voigt line of unit area (Thompson, Cox & Hastings, J. Appl. Cryst. 20, 79 (1987)):
    /// Gaussian FWHM g, Lorentzian FWHM l; `area` added to `net`.
    mutating func addLine(at e0: Double, area: Double, g: Double, l: Double) {
        guard area > 0 else { return }
        let L = axis.count, start = axis.start, step = axis.step
        let f5 =
            pow(g, 5) + 2.69269 * pow(g, 4) * l + 2.42843 * pow(g, 3) * l * l + 4.47163 * g * g * pow(l, 3) + 0.07842 * g * pow(l, 4)
            + pow(l, 5)
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

    /// The losses behind a line at e0 (toward higher BE), for its area and Gaussian width g:
    /// Tougaard's tail and the step, (1 − e^{−T/rise})·e^{−T/decay} at `stepHeight` of the line's
    /// height (≈ area / (1.0645 g)).
    mutating func addLossTail(at e0: Double, area: Double, g: Double) {
        guard p.inelasticLosses, area > 0 else { return }
        let L = axis.count, start = axis.start, step = axis.step
        let first = max(0, Int(((e0 - start) / step).rounded(.up)))
        guard first < L else { return }
        let stepArea = draw.stepHeight * area / (1.0645 * g)
        for i in first..<L {
            let t = start + Double(i) * step - e0
            losses[i] += area * draw.loss.value(loss: t) + stepArea * (1 - exp(-t / draw.stepRise)) * exp(-t / draw.stepDecay)
        }
    }

    /// A primary line with its plasmons, loss tail and (photoemission lines only) the anode's
    /// satellites.
    mutating func addPrimary(at e0: Double, area: Double, g: Double, l: Double, photoemission: Bool) {
        addLine(at: e0, area: area, g: g, l: l)
        if p.plasmons {
            var a = area
            for n in 1...draw.plasmon.replicas {
                a *= draw.plasmon.strength
                addLine(at: e0 + Double(n) * draw.plasmon.energy, area: a, g: draw.plasmon.width * Double(n).squareRoot(), l: 0.5)
            }
        }
        addLossTail(at: e0, area: area, g: g)
        if photoemission, p.xraySatellites, !draw.monochromated {
            for s in source.satellites { addLine(at: e0 - s.offset, area: area * s.intensity, g: g, l: l) }
        }
    }

    /// Intensity factor of an electron leaving with kinetic energy ke from the compound (below
    /// the overlayer) or from the overlayer.
    func factor(kineticEnergy ke: Double, inOverlayer: Bool) -> Double {
        let lambda = draw.imfp.value(kineticEnergy: ke)
        var f = p.attenuation ? lambda / draw.imfp.atThousandElectronVolts : 1
        if p.transmission { f *= AnalyserTransmission.value(kineticEnergy: ke, exponent: draw.transmissionExponent) }
        if draw.overlayerThickness > 0 {
            let a = exp(-draw.overlayerThickness / lambda)
            f *= inOverlayer ? 1 - a : a
        } else if inOverlayer {
            return 0
        }
        return f
    }

    /// Every line of one element at atomic fraction `fraction`, with its chemical shift, shake-up
    /// satellite and Auger group widths drawn from `rng`.
    mutating func addElement(
        fraction: Double, lines: [SurveyLine], satellite: ShakeUpSatellites.Satellite?, inOverlayer: Bool, rng: inout SeededRandom
    ) {
        let hv = p.photonEnergy, gaussian = draw.gaussian
        let chemicalShift = p.chemicalShift > 0 ? rng.uniform(-p.chemicalShift, p.chemicalShift) : 0
        let sat = satellite.map {
            (
                offset: rng.uniform($0.offset.lowerBound, $0.offset.upperBound),
                intensity: rng.uniform($0.intensity.lowerBound, $0.intensity.upperBound),
                width: rng.uniform($0.width.lowerBound, $0.width.upperBound)
            )
        }
        let augerWidth = rng.uniform(2, 5), augerSpread = rng.uniform(4, 10)
        for line in lines {
            if line.isAuger {
                let ke = line.energy - chemicalShift
                let e0 = hv - ke + draw.charging
                let area = fraction * line.crossSection * factor(kineticEnergy: ke, inOverlayer: inOverlayer)
                // An Auger group: the main transition and two weaker ones at lower kinetic energy.
                let g = (gaussian * gaussian + augerWidth * augerWidth).squareRoot()
                for (k, share) in [(0.0, 0.55), (1.0, 0.3), (2.0, 0.15)] {
                    addPrimary(at: e0 + k * augerSpread, area: area * share, g: g, l: 1, photoemission: false)
                }
            } else {
                let e0 = line.energy + chemicalShift + draw.charging
                let ke = hv - line.energy - chemicalShift
                let area = fraction * line.crossSection * factor(kineticEnergy: ke, inOverlayer: inOverlayer)
                let l = draw.gamma0 + 0.001 * line.energy
                addPrimary(at: e0, area: area, g: gaussian, l: l, photoemission: true)
                if let sat, line.is2p {
                    let g = (gaussian * gaussian + sat.width * sat.width).squareRoot()
                    addPrimary(at: e0 + sat.offset, area: area * sat.intensity, g: g, l: l, photoemission: true)
                }
            }
        }
    }

    /// The recorded survey: lines on losses and secondary electrons, counting noise at the drawn
    /// SNR (log-uniform; S/√(S+B) at the tallest line), scaled to maximum 1 over the covered part,
    /// 0 beyond it.
    func render(into spectrum: UnsafeMutableBufferPointer<Float>, rng: inout SeededRandom) {
        let L = axis.count, start = axis.start, step = axis.step, hv = p.photonEnergy
        var peak = 0
        for i in 1..<L where net[i] > net[peak] { peak = i }
        var background = losses
        if p.secondaryElectrons && draw.secondary > 0 {
            // Secondary electrons: rising as e^{−KE/κ} toward low kinetic energy, `secondary` of the
            // tallest line at KE = 150 eV (an empirical form; this project's choice).
            let scale = draw.secondary * net[peak]
            for i in 0..<L {
                let ke = hv - (start + Double(i) * step)
                background[i] += scale * exp(-(ke - 150) / draw.secondaryDecay)
            }
        }
        let lo = log(p.signalToNoise.lowerBound), hi = log(p.signalToNoise.upperBound)
        let snr = exp(lo == hi ? lo : rng.uniform(lo, hi))
        let s = net[peak], b = background[peak]
        let c = s > 0 ? snr * snr * (s + b) / (s * s) : 1
        let lastCovered = min(L - 1, Int(((draw.covered - start) / step).rounded(.down)))
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
