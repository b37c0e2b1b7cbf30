// Running a measured-fit manifest in its CasaXPS form: the stored CasaXPS fit read as a model,
// each of the manifest's fits made by our fitter, CasaXPS's own curves measured on the same data,
// then the table, figures and provenance (CasaFitTables.swift).

import Foundation
import Spectra
import SpectraIO
import Fitting

/// One of the manifest's fits, done.
struct CasaFitOutcome {
    var spec: CasaFitManifest.Fit
    /// The start it was given, in the fit's parameters.
    var start: [PeakParameters]
    var result: FitResult?
    /// Per component: position (eV, BE), CasaXPS's FWHM parameter (eV), area (counts/s·eV).
    var positions: [Double] = []
    var fwhms: [Double] = []
    var areas: [Double] = []
    /// Σ (y − f)²/max(y, 1) over the region, and per degree of freedom.
    var chiSquared: Double = .nan
    var reducedChiSquared: Double = .nan
    var freeParameters = 0
    var failure: String?
    /// order[i]: the fitted peak reported as CasaXPS's component i (interchangeable components,
    /// same line shape and bounds, matched to CasaXPS's by position; otherwise i itself).
    var order: [Int] = []
}

/// CasaXPS's curves on the region: its stored values through our model, and its exported envelope.
struct CasaReferenceCurves {
    var model: (components: [[Double]], total: [Double])
    var modelChiSquared: Double
    /// CasaXPS's results table (position eV, FWHM eV, raw area counts/s·eV per component), when named.
    var resultsTable: [(position: Double, fwhm: Double, area: Double)]?
    /// The exported envelope and background (counts) on the region, when the manifest names the export.
    var exported: (envelope: [Double], background: [Double], components: [[Double]])?
    var exportedChiSquared: Double?
}

public enum CasaFitRunner {
    /// Runs every fit of `m` and writes Results/<name>/; returns the files written.
    public static func run(
        _ m: CasaFitManifest, manifestURL: URL, profile: Profile, resultsRoot: URL, progress: ProgressReporter = ProgressReporter()
    ) throws -> [URL] {
        let started = Date()
        let folder = resultsRoot.appendingPathComponent(m.name, isDirectory: true)
        try StaleMark.set(
            folder,
            reason:
                "`harness run \(manifestURL.path)` started at \(ISO8601DateFormatter().string(from: started)) (pid \(getpid())) to redo these fits.")
        let expert = try CasaExpertModel(url: SharedFolder.dataFile(m.casa.file), block: m.casa.block)
        let reference = try referenceCurves(m, expert)
        var outcomes: [CasaFitOutcome] = []
        for spec in m.fits {
            progress.line("\(m.name): fit \(spec.name) (start \(spec.start), constraints \(spec.constraints), background \(spec.background))")
            outcomes.append(fit(spec, expert))
        }
        let written = try writeResults(
            m, expert: expert, reference: reference, outcomes: outcomes, profile: profile, folder: folder, started: started,
            progress: progress)
        StaleMark.clear(folder)
        return written
    }

    /// Σ (y − f)²/max(y, 1): χ² with Poisson weights, whatever weights a fit used.
    static func poissonChiSquared(_ y: [Double], _ f: [Double]) -> Double {
        zip(y, f).map { ($0 - $1) * ($0 - $1) / max($0, 1) }.reduce(0, +)
    }

    /// One fit: its background, constraints and start; failures recorded, not thrown.
    static func fit(_ spec: CasaFitManifest.Fit, _ expert: CasaExpertModel) -> CasaFitOutcome {
        var outcome = CasaFitOutcome(spec: spec, start: [])
        do {
            let background: BackgroundModel = spec.background == "file" ? .fixed(expert.background) : .shirleyRefined
            let model = try expert.model(constraints: spec.constraints == "file", background: background)
            let startBackground =
                spec.background == "file"
                ? expert.background : try ShirleyBackground().estimate(energies: expert.energies, intensities: expert.intensities)
            outcome.start = spec.start == "file" ? expert.fileStart : try expert.automaticStart(model: model, background: startBackground)
            let weights = spec.weights == "poisson" ? expert.intensities.map { 1 / max($0, 1) } : nil
            let fitter = PeakFitter(solver: LevenbergMarquardt(maxIterations: 2000))
            let r = try fitter.fit(energies: expert.energies, intensities: expert.intensities, model: model, start: outcome.start, weights: weights)
            outcome.result = r
            let order = matchedOrder(model, fitted: r.peaks.map(\.center), reference: expert.components.map(\.position))
            outcome.order = order
            outcome.positions = order.map { r.peaks[$0].center }
            outcome.fwhms = order.map { r.peaks[$0].width }
            outcome.areas = order.map { r.areas[$0] / expert.countsPerRate }
            outcome.freeParameters = r.parameters.count
            outcome.chiSquared = poissonChiSquared(expert.intensities, r.fit)
            outcome.reducedChiSquared = outcome.chiSquared / Double(expert.energies.count - r.parameters.count)
        } catch {
            outcome.failure = "\(error)"
        }
        return outcome
    }

    /// Which fitted peak stands for each reference component: components of the same line shape and
    /// bounds are interchangeable (the model cannot tell them apart), so within each such group the
    /// assignment with the smallest total |Δ position| is taken; others keep their own index.
    static func matchedOrder(_ model: PeakModel, fitted: [Double], reference: [Double]) -> [Int] {
        var order = Array(fitted.indices)
        var seen = Set<Int>()
        for i in model.peaks.indices where !seen.contains(i) {
            let p = model.peaks[i]
            let group = model.peaks.indices.filter {
                model.peaks[$0].kind == p.kind && model.peaks[$0].centerBounds == p.centerBounds && model.peaks[$0].widthBounds == p.widthBounds
            }
            seen.formUnion(group)
            guard group.count > 1, group.count <= 6 else { continue }
            var best = (cost: Double.infinity, assignment: group)
            func search(_ k: Int, _ left: [Int], _ chosen: [Int], _ cost: Double) {
                guard k < group.count else {
                    if cost < best.cost { best = (cost, chosen) }
                    return
                }
                for (j, candidate) in left.enumerated() {
                    var rest = left
                    rest.remove(at: j)
                    search(k + 1, rest, chosen + [candidate], cost + abs(fitted[candidate] - reference[group[k]]))
                }
            }
            search(0, group, [], 0)
            for (k, component) in group.enumerated() { order[component] = best.assignment[k] }
        }
        return order
    }

    /// CasaXPS's stored values through our model, and its exported columns when named.
    static func referenceCurves(_ m: CasaFitManifest, _ expert: CasaExpertModel) throws -> CasaReferenceCurves {
        let curve = expert.fileCurve
        var reference = CasaReferenceCurves(model: curve, modelChiSquared: poissonChiSquared(expert.intensities, curve.total))
        if let path = m.casa.exportedColumns {
            let exported = try exportedColumns(SharedFolder.dataFile(path), expert: expert)
            reference.exported = exported
            reference.exportedChiSquared = poissonChiSquared(expert.intensities, exported.envelope)
        }
        if let path = m.casa.resultsTable {
            let url = SharedFolder.dataFile(path)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw HarnessError.file(path: url.path, line: nil, reason: "cannot read")
            }
            // The rows "name<TAB>position<TAB>FWHM<TAB>raw area<TAB>…" under the header "Name<TAB>Position<TAB>FWHM…", up to a blank line.
            let lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
            let header = lines.firstIndex { $0.hasPrefix("Name\tPosition\tFWHM") } ?? lines.count
            let rows = lines.dropFirst(header + 1).prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.compactMap {
                line -> (Double, Double, Double)? in
                let cells = line.components(separatedBy: "\t")
                guard cells.count >= 4, let p = Double(cells[1]), let w = Double(cells[2]), let a = Double(cells[3]) else { return nil }
                return (p, w, a)
            }
            guard rows.count == expert.components.count else {
                throw HarnessError.file(path: url.path, line: nil, reason: "\(rows.count) component rows, expected \(expert.components.count)")
            }
            reference.resultsTable = rows.map { (position: $0.0, fwhm: $0.1, area: $0.2) }
        }
        return reference
    }

    /// CasaXPS's export (K.E., Counts, k components, Background, Envelope, …) on the region's points,
    /// in counts; components above the background.
    static func exportedColumns(_ url: URL, expert: CasaExpertModel) throws -> (envelope: [Double], background: [Double], components: [[Double]]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot read")
        }
        let lines = text.replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
        guard let header = lines.firstIndex(where: { $0.hasPrefix("K.E.\t") }) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "no header line starting 'K.E.'")
        }
        let k = expert.components.count
        let photon = expert.photonEnergy
        var byEnergy: [Int: [Double]] = [:]
        for line in lines[(header + 1)...] {
            let cells = line.split(separator: "\t").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard cells.count >= k + 4 else { continue }
            byEnergy[Int(((photon - cells[0]) * 1000).rounded())] = cells
        }
        var envelope: [Double] = [], background: [Double] = [], components = [[Double]](repeating: [], count: k)
        for e in expert.energies {
            guard let cells = byEnergy[Int((e * 1000).rounded())] else {
                throw HarnessError.file(path: url.path, line: nil, reason: "no row at binding energy \(e) eV of the region")
            }
            background.append(cells[2 + k])
            envelope.append(cells[3 + k])
            for j in 0..<k { components[j].append(cells[2 + j] - cells[2 + k]) }
        }
        return (envelope, background, components)
    }
}
