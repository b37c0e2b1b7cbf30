// The files of a CasaXPS refit: the comparison table (Markdown + CSV), one figure per fit
// (components on the background, fit, residual) and CasaXPS's own, and provenance.json.

import Foundation
import Spectra
import Fitting
import Plots

extension CasaFitRunner {
    static func f(_ x: Double, _ digits: Int) -> String { x.isFinite ? String(format: "%.\(digits)f", x) : "–" }
    static func signed(_ x: Double, _ digits: Int) -> String { x.isFinite ? String(format: "%+.\(digits)f", x) : "–" }

    /// The target checks: the target fit within the tolerances of the stored fit; every other fit
    /// from an automatic start at the same optimum as the target fit, or at a lower χ².
    static func targetChecks(_ m: CasaFitManifest, _ expert: CasaExpertModel, _ outcomes: [CasaFitOutcome]) -> [(met: Bool, text: String)] {
        let t = m.targets
        guard let target = outcomes.first(where: { $0.spec.name == t.fit }) else { return [] }
        func deviations(_ o: CasaFitOutcome, from p: [Double], _ w: [Double]) -> (position: Double, fwhm: Double) {
            guard o.failure == nil else { return (.infinity, .infinity) }
            return (zip(o.positions, p).map { abs($0 - $1) }.max() ?? .nan, zip(o.fwhms, w).map { abs($0 - $1) }.max() ?? .nan)
        }
        let d = deviations(target, from: expert.components.map(\.position), expert.components.map(\.fwhm))
        var checks = [
            (
                d.position <= t.position && d.fwhm <= t.fwhm,
                "\(t.fit): largest |Δ position| \(f(d.position, 3)) eV (target ≤ \(t.position)), largest |Δ FWHM| \(f(d.fwhm, 3)) eV (target ≤ \(t.fwhm)) against CasaXPS's stored fit"
            )
        ]
        for o in outcomes
        where o.spec.start == "automatic" && o.spec.constraints == target.spec.constraints
            && o.spec.background == target.spec.background && o.spec.weights == target.spec.weights
        {
            let same = deviations(o, from: target.positions, target.fwhms)
            let sameOptimum = same.position <= t.position && same.fwhm <= t.fwhm
            let lower = o.chiSquared < target.chiSquared
            checks.append(
                (
                    sameOptimum || lower,
                    "\(o.spec.name): \(sameOptimum ? "the same optimum as" : "another optimum than") \(t.fit) (largest |Δ position| \(f(same.position, 3)) eV, |Δ FWHM| \(f(same.fwhm, 3)) eV); χ² \(f(o.chiSquared, 1)) against \(f(target.chiSquared, 1))"
                ))
        }
        return checks
    }

    /// The components grid: CasaXPS's stored fit (published), its results table, and every fit.
    static func componentsGrid(
        _ expert: CasaExpertModel, _ reference: CasaReferenceCurves, _ outcomes: [CasaFitOutcome], csv: inout CSVTable
    ) -> Table.Grid {
        var grid = Table.Grid(header: [
            "component", "line shape", "source", "position (eV)", "Δ position (eV)", "FWHM (eV)", "Δ FWHM (eV)", "area (CPS·eV)", "share of area (%)"
        ])
        let casaTotal = expert.components.map(\.area).reduce(0, +)
        for (i, c) in expert.components.enumerated() {
            let label = "\(i + 1): \(c.name)"
            grid.rows.append([
                label, c.lineShape, "published: CasaXPS (stored fit)", f(c.position, 2), nil, f(c.fwhm, 2), nil, f(c.area, 0),
                f(100 * c.area / casaTotal, 2)
            ])
            csv.append(["published: CasaXPS (stored fit)", "\(i + 1)", c.lineShape, "\(c.position)", "\(c.fwhm)", "\(c.area)", "", ""])
            if let table = reference.resultsTable {
                let t = table[i], total = table.map(\.area).reduce(0, +)
                grid.rows.append([
                    label, c.lineShape, "published: CasaXPS results table (another state of the fit)", f(t.position, 2),
                    signed(t.position - c.position, 3), f(t.fwhm, 2), signed(t.fwhm - c.fwhm, 3), f(t.area, 0), f(100 * t.area / total, 2)
                ])
                csv.append(["published: CasaXPS results table", "\(i + 1)", c.lineShape, "\(t.position)", "\(t.fwhm)", "\(t.area)", "", ""])
            }
            for o in outcomes where o.failure == nil {
                let total = o.areas.reduce(0, +)
                grid.rows.append([
                    label, c.lineShape, o.spec.name, f(o.positions[i], 2), signed(o.positions[i] - c.position, 3), f(o.fwhms[i], 2),
                    signed(o.fwhms[i] - c.fwhm, 3), f(o.areas[i], 0), f(100 * o.areas[i] / total, 2)
                ])
                csv.append([
                    o.spec.name, "\(i + 1)", c.lineShape, "\(o.positions[i])", "\(o.fwhms[i])", "\(o.areas[i])", "\(o.chiSquared)",
                    "\(o.reducedChiSquared)"
                ])
            }
        }
        return grid
    }

    /// The fits grid: how each fit was made and its χ², beside CasaXPS's curves.
    static func fitsGrid(_ expert: CasaExpertModel, _ reference: CasaReferenceCurves, _ outcomes: [CasaFitOutcome]) -> Table.Grid {
        let n = Double(expert.energies.count), p = Double(3 * expert.components.count)
        var grid = Table.Grid(header: [
            "fit", "start", "constraints", "background", "weights", "Σ (y − f)² (counts²)", "χ² (Poisson)", "χ²_ν", "iterations", "ended by",
            "at a bound"
        ])
        func ssr(_ f: [Double]) -> String { String(format: "%.6g", zip(expert.intensities, f).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)) }
        if let chi = reference.exportedChiSquared {
            grid.rows.append([
                "published: CasaXPS (exported envelope)", "–", "file", "file", "–", ssr(reference.exported!.envelope), f(chi, 1), f(chi / (n - p), 3),
                nil, nil, nil
            ])
        }
        grid.rows.append([
            "CasaXPS's stored values through our model", "–", "file", "file", "–", ssr(reference.model.total), f(reference.modelChiSquared, 1),
            f(reference.modelChiSquared / (n - p), 3), nil, nil, nil
        ])
        for o in outcomes {
            let s = o.spec
            guard let r = o.result else {
                grid.rows.append([s.name, s.start, s.constraints, s.background, s.weights, "failed: \(o.failure ?? "")", nil, nil, nil, nil, nil])
                continue
            }
            let bound = r.parameters.filter(\.atBound).map(\.name).joined(separator: ", ")
            grid.rows.append([
                s.name, s.start, s.constraints, s.background, s.weights, ssr(r.fit), f(o.chiSquared, 1), f(o.reducedChiSquared, 3), "\(r.iterations)",
                "\(r.criterion)", bound.isEmpty ? "none" : bound
            ])
        }
        return grid
    }

    /// Where each automatic fit started: position and width per component, in the model's order.
    static func startsGrid(_ expert: CasaExpertModel, _ outcomes: [CasaFitOutcome]) -> Table.Grid {
        var grid = Table.Grid(header: ["fit"] + expert.components.indices.map { "component \($0 + 1): position / FWHM (eV)" })
        for o in outcomes where o.spec.start == "automatic" && o.start.count == expert.components.count {
            grid.rows.append([o.spec.name] + o.start.map { "\(f($0.center, 2)) / \(f($0.width, 2))" })
        }
        return grid
    }

    /// How closely our definitions reproduce CasaXPS's exported curves at CasaXPS's own values.
    static func definitionChecks(_ expert: CasaExpertModel, _ reference: CasaReferenceCurves) -> [String] {
        var lines = [
            "U 3 Tougaard background: B computed from the region's end levels \(f(expert.tougaardB.computed, 3)) eV², written in the file \(expert.tougaardB.written.map { f($0, 3) } ?? "–") eV²."
        ]
        guard let exported = reference.exported else { return lines }
        let bg = zip(expert.background, exported.background).map { abs($0 - $1) }.max() ?? .nan
        lines.append(
            "Background against CasaXPS's exported column: largest |Δ| \(f(bg, 2)) counts (column \(f(exported.background.min() ?? .nan, 0))–\(f(exported.background.max() ?? .nan, 0)) counts)."
        )
        for (i, c) in expert.components.enumerated() {
            let ours = reference.model.components[i], theirs = exported.components[i]
            let top = theirs.max() ?? .nan
            let d = zip(ours, theirs).map { abs($0 - $1) }.max() ?? .nan
            lines.append(
                "Component \(i + 1) (\(c.lineShape)) at CasaXPS's values against its exported column: largest |Δ| \(f(d / top * 100, 3)) % of its maximum."
            )
        }
        return lines
    }

    /// One figure per converged fit, and CasaXPS's stored fit through our model.
    static func figures(_ expert: CasaExpertModel, _ reference: CasaReferenceCurves, _ outcomes: [CasaFitOutcome], footnote: String) -> [Figure] {
        func figure(name: String, title: String, components: [[Double]], total: [Double], positions: [Double]) -> Figure {
            let titled = components.indices.map { i in
                (
                    title: String(format: "%d: %@ %.2f eV", i + 1, expert.components[i].lineShape, positions[i]),
                    values: zip(components[i], expert.background).map { $0 + $1 }
                )
            }
            var g = Figure.spectrumWithComponents(
                energies: expert.energies, measured: expert.intensities, components: titled, fit: total,
                residual: zip(expert.intensities, total).map { $0 - $1 }, background: expert.background)
            g.name = name
            g.title = title
            g.footnote = footnote
            return g
        }
        var result = [
            figure(
                name: "casaxps-stored", title: String(format: "CasaXPS's stored fit through our model, χ² %.1f", reference.modelChiSquared),
                components: reference.model.components, total: reference.model.total, positions: expert.components.map(\.position))
        ]
        for o in outcomes {
            guard let r = o.result, o.spec.background == "file" else { continue }
            result.append(
                figure(
                    name: "fit-\(o.spec.name)", title: String(format: "%@: χ² %.1f, χ²_ν %.3f", o.spec.name, o.chiSquared, o.reducedChiSquared),
                    components: o.order.map { r.components[$0] }, total: r.fit, positions: o.positions))
        }
        return result
    }
}

extension CasaFitRunner {
    /// Writes tables/ and figures/ (both rewritten whole) and provenance.json; prints the target checks.
    static func writeResults(
        _ m: CasaFitManifest, expert: CasaExpertModel, reference: CasaReferenceCurves, outcomes: [CasaFitOutcome], profile: Profile,
        folder: URL, started: Date, progress: ProgressReporter
    ) throws -> [URL] {
        let tables = folder.appendingPathComponent("tables"), figuresDir = folder.appendingPathComponent("figures")
        for dir in [tables, figuresDir] where FileManager.default.fileExists(atPath: dir.path) { try FileManager.default.removeItem(at: dir) }
        for dir in [tables, figuresDir] { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var provenance = Provenance(manifest: try JSONValue(data: encoder.encode(m)), profile: profile, threads: 1)
        let footnote = "\(m.name) — commit \(provenance.gitCommit.prefix(10)) — \(m.casa.file) block \(m.casa.block)"
        let checks = targetChecks(m, expert, outcomes)
        var csv = CSVTable(header: ["fit", "component", "line_shape", "position_eV", "fwhm_eV", "area_cps_eV", "chi_squared", "reduced_chi_squared"])
        csv.quotedColumns = [0, 2]
        let components = componentsGrid(expert, reference, outcomes, csv: &csv)
        let table = Table(
            title: "\(m.name): CasaXPS's published fit and ours",
            introduction: [
                m.description,
                "Published: the CasaXPS fit stored in the block comment of \(m.casa.file) (block \(m.casa.block)). Positions are binding energies, BE = hν − KE with hν = \(f(expert.photonEnergy, 2)) eV (CasaXPS's convention, no work function); FWHM is CasaXPS's FWHM parameter of each line shape; areas are in counts/s·eV as CasaXPS gives them (ours: counts·eV ÷ \(f(expert.countsPerRate, 3)) counts per count/s). Δ = ours − CasaXPS's stored value. χ² = Σ (y − f)²/max(y, 1) over the region's \(expert.energies.count) points for every curve, whatever weights its fit used; χ²_ν divides by the points less the 12 free parameters."
            ],
            body: [
                .heading("Components"), .grid(components), .heading("Fits"), .grid(fitsGrid(expert, reference, outcomes)),
                .heading("Automatic starts (nothing taken from the components)"), .grid(startsGrid(expert, outcomes)),
                .heading("Targets"), .paragraph(checks.map { "- \($0.met ? "met" : "MISSED"): \($0.text)" }.joined(separator: "\n")),
                .heading("Our definitions at CasaXPS's values"),
                .paragraph(definitionChecks(expert, reference).map { "- \($0)" }.joined(separator: "\n"))
            ],
            notes: m.notes, footnote: footnote, csv: csv)
        var written = try table.write(name: "comparison", into: tables)
        for fig in figures(expert, reference, outcomes, footnote: footnote) {
            let (dat, gp) = try FigureWriter.write(fig, to: figuresDir)
            written += [dat, gp] + (try FigureRenderer.render(gp: gp))
        }
        provenance.wallSeconds = Date().timeIntervalSince(started)
        let pe = JSONEncoder()
        pe.outputFormatting = [.sortedKeys, .prettyPrinted]
        let provenanceURL = folder.appendingPathComponent("provenance.json")
        try pe.encode(provenance).write(to: provenanceURL, options: .atomic)
        written.append(provenanceURL)
        for c in checks { progress.line((c.met ? "met    " : "MISSED ") + c.text) }
        for o in outcomes where o.failure != nil { progress.line("FAILED \(o.spec.name): \(o.failure!)") }
        return written
    }
}
