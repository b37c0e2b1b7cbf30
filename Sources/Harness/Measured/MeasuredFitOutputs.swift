// The files of a measured fit: Table 1 (expert background and ours), figures (paper 1, Figs. 6
// and 7, and every least-squares fit), the HDF5 file of every spectrum and method, and the
// provenance.

import Foundation
import Spectra
import Store
import Plots
import Fitting

extension MeasuredFitRunner {
    /// Writes tables/, figures/ (both rewritten whole), `<name>.h5` and provenance.json, then
    /// reports the targets; returns the files written.
    static func writeResults(
        _ analyses: [SpectrumAnalysis], manifest m: MeasuredFitManifest, profile: Profile,
        networks: MeasuredFitNetworks, resultsRoot: URL, started: Date, progress: ProgressReporter
    ) throws -> [URL] {
        let dir = resultsRoot.appendingPathComponent(m.name, isDirectory: true)
        let tables = dir.appendingPathComponent("tables"), figures = dir.appendingPathComponent("figures")
        // Both folders are this runner's alone and rewritten whole: a figure of a fit that failed this
        // time must not survive from an earlier run and pass for a result.
        for folder in [tables, figures] where FileManager.default.fileExists(atPath: folder.path) {
            try FileManager.default.removeItem(at: folder)
        }
        try FileManager.default.createDirectory(at: tables, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: figures, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let manifestJSON = try JSONValue(data: encoder.encode(m))
        var provenance = Provenance(manifest: manifestJSON, profile: profile, threads: networks.loaded.manifest.training.threads)
        provenance.wallSeconds = Date().timeIntervalSince(started)
        let footnote =
            "\(m.name) — profile: \(profile.rawValue) — commit \(provenance.gitCommit.prefix(10)) — network from \(m.network.experiment)/\(m.network.runs.joined(separator: "+")) (commit\(Set(networks.commits).count > 1 ? "s" : "") \(networks.commitText))"
        var written: [URL] = []

        let rows = analyses.flatMap(\.rows)
        let checks = targetChecks(rows: rows, methods: analyses.map { ($0.spec.name, $0.methods, $0.expertChi) })
        written += try table1(
            rows, title: "Table 1 with the expert's background",
            notes: m.notes + analyses.map(\.networkNote) + analyses.map(\.weightingNote), checks: checks,
            chi: analyses.map { s in (s.spec.name, s.expertChi, s.methods.filter { $0.background == "expert" }) },
            footnote: footnote
        ).write(name: "table1", into: tables)
        written += try table1(
            analyses.flatMap(\.shirleyRows),
            title: "Table 1 with our own backgrounds (network: Shirley of the data; least squares: Shirley refined inside the fit)",
            notes: [], checks: [],
            chi: analyses.map { s in (s.spec.name, s.expertChi, s.methods.filter { $0.background != "expert" }) },
            footnote: footnote
        ).write(name: "table1-shirley", into: tables)
        for s in analyses {
            for fig in [networkFigure(s, constants: networks.constants, footnote: footnote)] + fitFigures(s, footnote: footnote) {
                let (dat, gp) = try FigureWriter.write(fig, to: figures)
                written += [dat, gp] + (try FigureRenderer.render(gp: gp))
            }
        }
        let h5 = dir.appendingPathComponent("\(m.name).h5")
        try writeHDF5(h5, analyses, provenance: provenance, manifestJSON: manifestJSON, networks: networks)
        written.append(h5)
        provenance.wallSeconds = Date().timeIntervalSince(started)
        let pe = JSONEncoder()
        pe.outputFormatting = [.sortedKeys, .prettyPrinted]
        try pe.encode(provenance).write(to: dir.appendingPathComponent("provenance.json"), options: .atomic)
        for c in checks { progress.line((c.met ? "met    " : "MISSED ") + c.text) }
        return written
    }

    /// Paper 1, Figs. 6 and 7: the expert's components and the network's, on the measured counts.
    static func networkFigure(_ s: SpectrumAnalysis, constants: Park2020Constants, footnote: String) -> Figure {
        // The networks' widths are Eq. 1's w with those constants.
        let fwhmPerW = LineShape.park2020(width: 1, constants: constants).fullWidthAtHalfMaximum()
        var series: [Series] = []
        let colors: [OkabeIto] = [.blue, .bluishGreen, .reddishPurple]
        for (i, c) in s.expert.components.enumerated() {
            series.append(
                Series(
                    title: String(format: "expert peak %d: %.2f eV", i + 1, s.expert.positions[i]), x: s.energies,
                    y: zip(c, s.expertBackground).map { $0 + $1 }, style: .filledCurve, color: colors[i % 3], baseline: s.expertBackground))
        }
        series.append(Series(title: "expert background", x: s.energies, y: s.expertBackground, style: .line, color: .black))
        series.append(Series(title: "measured", x: s.energies, y: s.y, style: .points, color: .black))
        let netPeaks = s.methods.first { $0.method == "network" && $0.background == "expert" }!.peaks
        for (i, p) in netPeaks.enumerated() {
            let shape = LineShape.park2020(width: p.width / fwhmPerW, constants: constants)
            series.append(
                Series(
                    title: String(format: "network peak %d: %.2f eV", i + 1, p.center), x: s.energies,
                    y: s.energies.indices.map { s.expertBackground[$0] + p.height * shape.value(atOffset: s.energies[$0] - p.center) },
                    style: .line, color: [OkabeIto.vermillion, .orange, .skyBlue][i % 3]))
        }
        var f = Figure(
            name: "\(s.spec.name)-network",
            title: "\(s.spec.name): expert fit and network prediction (count output \(String(format: "%.2f", s.count)))",
            xLabel: "binding energy (eV)", yLabel: "intensity (counts)", series: series, xReversed: true)
        f.footnote = footnote
        return f
    }

    /// Every least-squares fit that converged (but the one with the centres fixed): components,
    /// fit, background and residual.
    static func fitFigures(_ s: SpectrumAnalysis, footnote: String) -> [Figure] {
        s.methods.filter { $0.fit != nil && $0.method != "least-squares-fixed-centres" }.map { method in
            let components = method.peaks.enumerated().map { i, p -> (title: String, values: [Double]) in
                let shape = kind.profile(width: p.width)
                return (
                    String(format: "peak %d: %.3f eV, w %.3f eV", i + 1, p.center, p.width),
                    s.energies.indices.map { method.backgroundCurve[$0] + p.height * shape(s.energies[$0] - p.center) }
                )
            }
            var g = Figure.spectrumWithComponents(
                energies: s.energies, measured: s.y, components: components, fit: method.fit,
                residual: zip(s.y, method.fit!).map { $0 - $1 }, background: method.backgroundCurve)
            g.name = "\(s.spec.name)-\(method.method.replacingOccurrences(of: "+", with: "-"))-\(method.background)"
            g.title = String(
                format: "%@: %@ (background: %@), χ²_ν %.3f (expert's curve %.3f)", s.spec.name, method.method,
                method.background, method.reducedChiSquared ?? .nan, s.expertChi)
            g.footnote = footnote
            return g
        }
    }

    /// The HDF5 file: provenance, the manifest, the networks' run files and commits, and per spectrum
    /// the data, both backgrounds, the network's input and every method's peaks, fit and background.
    static func writeHDF5(
        _ url: URL, _ analyses: [SpectrumAnalysis], provenance: Provenance, manifestJSON: JSONValue,
        networks: MeasuredFitNetworks
    ) throws {
        try HDF5File.writeAtomically(url) { file in
            let root = file.root
            try provenance.write(to: root)
            try root.write("manifest", string: manifestJSON.serialized(pretty: true))
            try root.setAttribute("network_run_files", networks.runFiles.map(\.path).joined(separator: "\n"))
            try root.setAttribute("network_git_commits", networks.commits.joined(separator: "\n"))
            for s in analyses {
                let g = try root.group("spectra/\(s.spec.name)")
                try g.write("energies", doubles: s.energies)
                try g.setAttribute("units", "eV", onDataset: "energies")
                try g.write("intensities", doubles: s.y)
                try g.write("background_expert", doubles: s.expertBackground)
                try g.write("background_shirley", doubles: s.shirley)
                try g.write("network_input", floats: s.input, shape: [s.input.count])
                try g.setAttribute("network_count_output", s.count)
                try g.setAttribute("expert_reduced_chi_squared", s.expertChi)
                for method in s.methods {
                    let mg = try g.group("methods/\(method.method)@\(method.background)")
                    try mg.write("center", doubles: method.peaks.map(\.center))
                    try mg.write("width", doubles: method.peaks.map(\.width))
                    try mg.write("height", doubles: method.peaks.map(\.height))
                    try mg.write("center_standard_error", doubles: method.peaks.map { $0.centerError ?? .nan })
                    try mg.write("width_standard_error", doubles: method.peaks.map { $0.widthError ?? .nan })
                    if let chi = method.reducedChiSquared { try mg.setAttribute("reduced_chi_squared", chi) }
                    if let fit = method.fit { try mg.write("fit", doubles: fit) }
                    try mg.write("background", doubles: method.backgroundCurve)
                    try mg.setAttribute("parameters_at_bound", method.atBound.joined(separator: "\n"))
                }
            }
        }
    }
}
