// `harness fit`'s output: per spectrum an HDF5 file, a figure with components, background and
// residual, and the console lines (the peak count chosen and why, the parameters, areas, FWHM).

import Foundation
import Fitting
import Plots
import Spectra
import SpectraIO
import Store

extension SpectrumFitting {
    /// `harness fit`: fits the selected spectra of `file` with `settings`, writes each to `output`
    /// and prints the peak count chosen and why, the parameters, FWHM and areas (and, with
    /// `quantify`, the at. % table of the regions: `quantificationTable`). A block that
    /// cannot be fitted (a survey, a window without a peak) is refused on standard error with its
    /// reason and the others are fitted; it fails when none could be.
    public static func fit(file: URL, settings s: FitSettings, output: URL, console: Console = .standardOutput) throws {
        let spectra = try SpectrumReader.read(url: file, workFunction: .none, blocks: s.blocks)
        for note in Set(spectra.flatMap(SpectrumFileDescription.notes)).sorted() { console("\(file.lastPathComponent): \(note)") }
        var refused: [String] = []
        var fitted: [FittedRegion] = []
        for (k, sp) in spectra.enumerated() {
            let block = sp.metadata[VamasMetadataKey.blockIndex].flatMap(Int.init) ?? k
            let name = file.deletingPathExtension().lastPathComponent + (spectra.count > 1 ? "-\(block)" : "")
            do {
                let fit = try fit(sp, settings: s)
                fitted.append(FittedRegion(name: name, spectrum: sp, result: fit.result))
                let files = try write(fit, spectrum: sp, name: name, settings: s, to: output)
                for line in summary(fit, name: name) { console(line) }
                console("  wrote " + files.filter { ["h5", "png"].contains($0.pathExtension) }.map(\.path).joined(separator: ", "))
            } catch {
                refused.append("\(name): \(error)")
            }
        }
        for r in refused { FileHandle.standardError.write(Data("refused: \(r)\n".utf8)) }
        if !refused.isEmpty && refused.count == spectra.count {
            throw HarnessError.spectrum(name: file.path, reason: "no block could be fitted (see the refusals above)")
        }
        if s.quantify {
            guard refused.isEmpty else {
                throw HarnessError.spectrum(
                    name: file.path, reason: "--quantify needs every selected region fitted; \(refused.count) refused (see above)")
            }
            for line in try quantificationTable(fitted) { console(line) }
        }
    }

    /// The console lines of one fit.
    static func summary(_ fit: SpectrumFit, name: String) -> [String] {
        let r = fit.result
        var lines = [
            "\(name): \(r.peaks.count) peak\(r.peaks.count == 1 ? "" : "s"), reduced χ² \(String(format: "%.4g", r.reducedChiSquared)), "
                + "\(r.iterations) iterations, stopped by \(r.criterion)", "  background: \(fit.background)"
        ]
        if let sel = fit.selection {
            lines.append("  peak count: \(sel.reason)")
            for c in sel.candidates {
                let value = c.bayesianInformationCriterion.map { String(format: "χ² %.5g, BIC %.2f", c.chiSquared ?? .nan, $0) }
                lines.append(
                    "    \(c.peakCount) peak\(c.peakCount == 1 ? "" : "s"): " + (value ?? "failed: \(c.failure ?? "")")
                        + (c.peakCount == sel.chosen.peakCount ? "  ← chosen" : ""))
            }
        } else {
            lines.append("  start: \(fit.start)")
        }
        for (i, p) in r.peaks.enumerated() {
            lines.append(
                String(
                    format: "  peak %d: centre %.3f eV, FWHM %.3f eV, height %.4g, area %.4g", i + 1, p.center, r.fullWidths[i],
                    p.height, r.areas[i]))
        }
        for p in r.parameters { lines.append(String(format: "  %-18@ %12.5f ± %.5f", p.name as NSString, p.value, p.standardError)) }
        lines.append(String(format: "  FWHM limits %.3f–%.3f eV", r.widthLimits.minimum, r.widthLimits.maximum))
        for n in r.notes { lines.append("  note: \(n)") }
        return lines
    }

    /// Writes <dir>/<name>.h5 and the figure <dir>/<name>.{dat,gp,png,svg}; returns the files.
    public static func write(_ fit: SpectrumFit, spectrum: Spectrum, name: String, settings s: FitSettings, to dir: URL) throws -> [URL] {
        let r = fit.result
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let h5 = dir.appendingPathComponent("\(name).h5")
        try HDF5File.writeAtomically(h5) { file in
            let g = try file.root.group("fit")
            try g.setAttribute("program", Provenance.program)
            try g.setAttribute("version", Provenance.version)
            try g.setAttribute("shape", s.shape)
            try g.setAttribute("background", fit.background)
            try g.setAttribute("start", fit.start)
            try g.setAttribute("peak_count", fit.selection?.reason ?? "from the start")
            try g.setAttribute("criterion", r.criterion.rawValue)
            try g.setAttribute("fwhm_limits", [r.widthLimits.minimum, r.widthLimits.maximum])
            try g.setAttribute("reduced_chi_squared", r.reducedChiSquared)
            try g.setAttribute("weights", poissonWeighted(spectrum, s) ? "Poisson: 1/max(counts, 1)" : "none")
            try g.setAttribute("iterations", r.iterations)
            try g.write("energies", doubles: spectrum.energies)
            try g.setAttribute("units", "eV", onDataset: "energies")
            try g.write("intensities", doubles: spectrum.intensities)
            try g.write("background", doubles: r.background)
            try g.write("fit", doubles: r.fit)
            try g.write("residual", doubles: r.residual)
            try g.write("components", doubles: r.components.flatMap { $0 }, shape: [r.components.count, spectrum.energies.count])
            try g.write("center", doubles: r.peaks.map(\.center))
            try g.write("fwhm", doubles: r.fullWidths)
            try g.write("area", doubles: r.areas)
            try g.write("parameters/value", doubles: r.parameters.map(\.value))
            try g.write("parameters/standard_error", doubles: r.parameters.map(\.standardError))
            try g.setAttribute("parameter_names", r.parameters.map(\.name).joined(separator: "\n"))
        }
        let (dat, gp) = try FigureWriter.write(figure(fit, spectrum: spectrum, name: name, settings: s), to: dir)
        return [h5, dat, gp] + (try FigureRenderer.render(gp: gp))
    }

    /// Components on the background, the fit and the residual; the title says how many peaks and
    /// why, the footnote which background and limits.
    static func figure(_ fit: SpectrumFit, spectrum: Spectrum, name: String, settings s: FitSettings) -> Figure {
        let r = fit.result
        var f = Figure.spectrumWithComponents(
            energies: spectrum.energies, measured: spectrum.intensities,
            components: r.components.enumerated().map { i, c in
                (String(format: "peak %d: %.2f eV, FWHM %.2f", i + 1, r.peaks[i].center, r.fullWidths[i]), zip(c, r.background).map { $0 + $1 })
            },
            fit: r.fit, residual: r.residual, background: r.background, intensityLabel: "intensity (\(spectrum.units))")
        f.name = name
        let background = fit.background.components(separatedBy: " (").first ?? fit.background
        f.title = String(format: "%@: %d peaks, %@ on %@ background, reduced χ² %.3g", name, r.peaks.count, s.shape, background, r.reducedChiSquared)
        f.footnote =
            (fit.selection.map { "peak count: \($0.reason)" } ?? "start: \(fit.start)")
            + String(format: "; FWHM limits %.2f–%.2f eV; stopped by %@", r.widthLimits.minimum, r.widthLimits.maximum, r.criterion.rawValue)
        return f
    }
}
