// A CasaXPS fit stored in a VAMAS block, as a model our fitter can fit: the region's points on
// the binding-energy scale, CasaXPS's background, each component's line shape and constraints,
// CasaXPS's values as a start, and our automatic start (no values from the file).
//
// Energies: CasaXPS writes kinetic energies; BE = hν − KE (CasaXPS's convention, no work
// function). Areas: CasaXPS's are in counts/s·eV; ours in counts·eV, divided by `countsPerRate`.

import Foundation
import Spectra
import SpectraIO
import Fitting

/// One CasaXPS component: what the file says, on the binding-energy scale.
public struct CasaComponentReference: Sendable, Equatable {
    public var name: String
    public var lineShape: String
    /// Position, eV (binding energy), and its bounds.
    public var position: Double
    public var positionBounds: ClosedRange<Double>
    /// CasaXPS's FWHM parameter, eV, and its bounds.
    public var fwhm: Double
    public var fwhmBounds: ClosedRange<Double>
    /// Area, counts/s·eV.
    public var area: Double
}

/// The region of a CasaXPS fit, ready for `PeakFitter`.
public struct CasaExpertModel: Sendable {
    /// The region's points, binding energies ascending (eV), and counts.
    public var energies: [Double]
    public var intensities: [Double]
    /// counts per (counts/s) of the block: t × scans.
    public var countsPerRate: Double
    /// hν, eV.
    public var photonEnergy: Double
    /// CasaXPS's background as the region line states it (counts), on `energies`.
    public var background: [Double]
    /// B of the U 3 Tougaard background as computed here (eV²) and as the file writes it.
    public var tougaardB: (computed: Double, written: Double?)
    public var components: [CasaComponentReference]
    /// Each component's line shape.
    public var kinds: [PeakShapeKind]
    public var region: CasaFitModel.Region

    /// Reads block `block` of the VAMAS file at `url`: its first region and every component.
    /// Throws `HarnessError.spectrum` when the block holds no CasaXPS fit, when a region's
    /// background or a component's line shape is one we do not model, or for linked parameters.
    public init(url: URL, block index: Int) throws {
        let file = try VamasFile(contentsOf: url)
        guard file.blocks.indices.contains(index) else {
            throw HarnessError.setting(at: "casa.block", found: "\(index)", expected: "a block of \(url.lastPathComponent): 0..<\(file.blocks.count)")
        }
        let block = file.blocks[index]
        let name = "\(url.lastPathComponent) block \(index)"
        guard let fit = try block.casaFitModel(), let region = fit.regions.first, !fit.components.isEmpty else {
            throw HarnessError.spectrum(name: name, reason: "no CasaXPS region and components in the block comment")
        }
        guard let photon = block.sourceEnergy, photon > 0 else {
            throw HarnessError.spectrum(name: name, reason: "no photon energy to convert CasaXPS's kinetic energies")
        }
        let counts = try block.spectrum(scale: .binding, intensity: .counts)
        let rate = try block.spectrum(scale: .binding, intensity: .countsPerSecond)
        // The region's points: KE within [start, end], i.e. BE within [hν − end, hν − start].
        let (lowBE, highBE) = (photon - max(region.start, region.end), photon - min(region.start, region.end))
        let inside = counts.energies.indices.filter { counts.energies[$0] >= lowBE - 1e-9 && counts.energies[$0] <= highBE + 1e-9 }
        guard let first = inside.first, let last = inside.last, last - first + 1 == inside.count, inside.count > 10 else {
            throw HarnessError.spectrum(name: name, reason: "region \(region.start)…\(region.end) eV (KE) holds \(inside.count) points")
        }
        energies = Array(counts.energies[first...last])
        intensities = Array(counts.intensities[first...last])
        countsPerRate = counts.intensities[first] / rate.intensities[first]
        photonEnergy = photon
        self.region = region
        let p = region.backgroundParameters
        guard region.background == "U 3 Tougaard", p.count >= 4 else {
            throw HarnessError.spectrum(
                name: name, reason: "background '\(region.background)' with parameters \(p); expected 'U 3 Tougaard' with B, C, D, T₀")
        }
        let tougaard = try UniversalTougaard3Background(c: p[1], d: p[2], gap: p[3])
        let estimate = try tougaard.estimate(energies: counts.energies, intensities: counts.intensities, region: first...last)
        background = estimate.background
        tougaardB = (estimate.b, p[0])
        components = try fit.components.map { c in
            for (key, parameter) in [("Area", c.area), ("MFWHM", c.fwhm), ("Position", c.position)] where parameter.link != nil {
                throw HarnessError.spectrum(
                    name: name,
                    reason: "component '\(c.name)' (\(c.lineShape)): \(key) is linked (\(parameter.constraint)); links are not modelled here")
            }
            return CasaComponentReference(
                name: c.name, lineShape: c.lineShape, position: photon - c.position.value,
                positionBounds: (photon - c.position.upper)...(photon - c.position.lower), fwhm: c.fwhm.value,
                fwhmBounds: c.fwhm.lower...c.fwhm.upper, area: c.area.value)
        }
        kinds = try fit.components.map { try CasaExpertModel.kind($0.lineShape) }
    }

    /// Our line-shape family for CasaXPS's name: SGL(m), GL(m), or a calibrated LF(α,β,w,m).
    static func kind(_ shape: String) throws -> PeakShapeKind {
        func percent(_ prefix: String) -> Double? {
            guard shape.hasPrefix(prefix + "("), shape.hasSuffix(")") else { return nil }
            return Double(shape.dropFirst(prefix.count + 1).dropLast())
        }
        if let m = percent("SGL") { return .gaussianLorentzianSum(lorentzianPercent: m) }
        if let m = percent("GL") { return .gaussianLorentzianProduct(lorentzianPercent: m) }
        if shape.hasPrefix("LF(") { return .casaFiniteLorentzian(try CasaFiniteLorentzianShape(parsing: shape)) }
        throw HarnessError.setting(at: "CasaXPS line shape", found: "'\(shape)'", expected: "SGL(m), GL(m) or LF(α,β,w,m)")
    }

    /// The model with the file's constraints (position and FWHM bounds) or none (the fitter's own).
    public func model(constraints: Bool, background: BackgroundModel) throws -> PeakModel {
        try PeakModel(
            peaks: components.indices.map { i in
                PeakComponent(
                    kind: kinds[i], centerBounds: constraints ? components[i].positionBounds : nil,
                    widthBounds: constraints ? components[i].fwhmBounds : nil)
            }, background: background)
    }

    /// CasaXPS's values as a start: position, FWHM, height = area × `countsPerRate` / unit area.
    public var fileStart: [PeakParameters] {
        components.indices.map { i in
            let c = components[i]
            return PeakParameters(center: c.position, width: c.fwhm, height: c.area * countsPerRate / (kinds[i].unitArea(width: c.fwhm) ?? .nan))
        }
    }

    /// CasaXPS's own curve on our model: background + each component at the file's values (counts).
    public var fileCurve: (components: [[Double]], total: [Double]) {
        let start = fileStart
        let components = start.indices.map { i in
            let profile = kinds[i].profile(width: start[i].width)
            return energies.map { start[i].height * profile($0 - start[i].center) }
        }
        var total = background
        for c in components { for k in total.indices { total[k] += c[k] } }
        return (components, total)
    }
}

extension CasaExpertModel {
    /// Our automatic start, no value taken from the file's components: the peak finder on the data
    /// minus `background` gives candidates (centre, FWHM guess, net height); components are served
    /// in order of their centre bounds, tightest first, each taking the highest candidate within its
    /// bounds (the whole window without constraints) that lies more than half a FWHM from every
    /// candidate already taken. A component left without one
    /// starts at the middle of its bounds, at the net signal there, with the widest candidate's
    /// FWHM. Widths are clamped into the component's bounds.
    public func automaticStart(model: PeakModel, background: [Double]) throws -> [PeakParameters] {
        let net = zip(intensities, background).map { $0 - $1 }
        let found = try PeakFinder(smoothingPoints: 9, threshold: 0.02, maxPeaks: energies.count)
            .find(energies: energies, intensities: intensities, background: background)
        let window = energies.first!...energies.last!
        let order = model.peaks.indices.sorted {
            let a = model.peaks[$0].centerBounds ?? window, b = model.peaks[$1].centerBounds ?? window
            return a.upperBound - a.lowerBound < b.upperBound - b.lowerBound
        }
        var used = Set<Int>()
        var start = [PeakParameters](repeating: PeakParameters(center: 0, width: 0, height: 0), count: model.peaks.count)
        let fallbackFWHM = found.map(\.width).max() ?? (window.upperBound - window.lowerBound) / 10
        for i in order {
            let bounds = model.peaks[i].centerBounds ?? window
            // A candidate within half a FWHM of one already taken is the same line seen twice.
            let candidates = found.indices.filter { k in
                bounds.contains(found[k].center) && !used.contains { abs(found[$0].center - found[k].center) < found[$0].width / 2 }
            }
            let pick = candidates.max { found[$0].height < found[$1].height }
            let center = pick.map { found[$0].center } ?? (bounds.lowerBound + bounds.upperBound) / 2
            let fwhm = pick.map { found[$0].width } ?? fallbackFWHM
            if let pick { used.insert(pick) }
            let kind = model.peaks[i].kind
            var width = kind.width(forFWHM: fwhm) ?? fwhm
            if let w = model.peaks[i].widthBounds { width = min(max(width, w.lowerBound), w.upperBound) }
            let k = energies.indices.min { abs(energies[$0] - center) < abs(energies[$1] - center) }!
            start[i] = PeakParameters(center: center, width: width, height: max(net[k], 1))
        }
        return start
    }
}
