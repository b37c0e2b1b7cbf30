// `harness fit`: least-squares fit of a measured spectrum, started by the peak finder or by a
// trained peak-fitting network, written to HDF5 with a figure.

import Foundation
import Spectra
import SpectraIO
import Fitting
import Store
import Plots

public struct FitSettings: Sendable {
    /// "eq1" (paper 1's Eq. 1, paper constants), "eq1-notebook" (the notebook's constants), "gl" (GL(m)),
    /// "sgl" (SGL(m)), "pv" (pseudo-Voigt with `lorentzianPercent` the Lorentzian's share of the area:
    /// the line shape of the expert fits of paper 1's Table 1 at 30), "voigt", "ds".
    public var shape = "eq1"
    /// m of gl / sgl (a height percentage), or the Lorentzian's area percentage for pv.
    public var lorentzianPercent = 30.0
    /// "poisson" (1/max(counts, 1) for spectra in counts, none otherwise) or "none".
    public var weights = "poisson"
    /// "none", "linear", "shirley", "shirley-refined" (recomputed from the peaks inside the fit), "tougaard",
    /// or a two-column file with the background.
    public var background = "shirley"
    /// Peaks to fit (nil: as many as the finder or network reports).
    public var peaks: Int?
    /// All peaks share one width.
    public var sharedWidth = false
    /// Centres (eV) held fixed: the peak nearest each is fixed there.
    public var fixedCenters: [Double] = []
    /// Run files with peak-fitting networks for the starting point: one network, or several whose
    /// predictions are averaged (an ensemble). Empty: the peak finder.
    public var initModels: [URL] = []
    /// The window positions each network sees (`NetworkAveraging`); park2020-table1's by default.
    public var initAveraging = NetworkAveraging.park2020Table1
    public init() {}
}

public enum SpectrumFitting {
    public static func kind(_ s: FitSettings) throws -> PeakShapeKind {
        switch s.shape {
        case "eq1": return .park2020(constants: .paper)
        case "eq1-notebook": return .park2020(constants: .notebook)
        case "gl": return .gaussianLorentzianProduct(lorentzianPercent: s.lorentzianPercent)
        case "sgl": return .gaussianLorentzianSum(lorentzianPercent: s.lorentzianPercent)
        case "pv":
            guard (0...100).contains(s.lorentzianPercent) else {
                throw HarnessError.setting(at: "--lorentzian", found: "\(s.lorentzianPercent)", expected: "the Lorentzian's area percentage of pv, 0…100")
            }
            return .gaussianLorentzianSum(lorentzianPercent: 100 * LineShape.lorentzianHeightFraction(areaFraction: s.lorentzianPercent / 100))
        case "voigt": return .voigt(lorentzianFWHM: 0.3)
        case "ds": return .doniachSunjic(asymmetry: 0.1, gaussianFWHM: 0.5)
        default: throw HarnessError.setting(at: "--shape", found: "'\(s.shape)'", expected: "eq1, eq1-notebook, gl, sgl, pv, voigt or ds")
        }
    }

    /// Whether the fit weights counts by 1/max(counts, 1): `weights` "poisson" and a spectrum in counts.
    static func poissonWeighted(_ spectrum: Spectrum, _ s: FitSettings) -> Bool {
        s.weights == "poisson" && spectrum.units == "counts"
    }

    static func background(_ s: FitSettings, _ spectrum: Spectrum) throws -> BackgroundModel {
        switch s.background {
        case "none": return .none
        case "linear": return .linear
        case "shirley": return .shirley
        case "shirley-refined": return .shirleyRefined
        case "tougaard": return .tougaard
        default:
            let url = URL(fileURLWithPath: s.background)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw HarnessError.setting(at: "--background", found: "'\(s.background)'", expected: "none, linear, shirley, shirley-refined, tougaard or an existing file")
            }
            guard let b = try SpectrumReader.read(url: url).first else { throw HarnessError.file(path: url.path, line: nil, reason: "no data") }
            let values = try Interpolation.linear(x: b.energies, y: b.intensities, at: spectrum.energies)
            return .fixed(values)
        }
    }

    /// Starting peaks: from the networks (`initModels`, averaged by `initAveraging`) or the peak finder.
    static func start(_ s: FitSettings, _ spectrum: Spectrum, background: [Double]?) throws -> [PeakParameters] {
        if !s.initModels.isEmpty {
            // As park2020-table1: ascending energies, the data minus a Shirley background, maximum 1;
            // widths back as FWHM. The peaks are in ascending order, as the fit's energies need not be.
            let net = try PeakFittingNetworks(files: s.initModels)
                .read(spectrum, name: spectrum.metadata["file"] ?? "spectrum", averaging: s.initAveraging)
            return net.peaks.map { PeakParameters(center: $0.center, width: max(0.05, $0.width), height: max(1e-9, $0.height)) }
        }
        var found = try PeakFinder().find(energies: spectrum.energies, intensities: spectrum.intensities, background: background)
        found.sort { $0.height > $1.height }
        if let n = s.peaks { found = Array(found.prefix(n)) }
        guard !found.isEmpty else { throw HarnessError.spectrum(name: spectrum.metadata["file"] ?? "spectrum", reason: "the peak finder found no peak; give --init or check the background") }
        return found.sorted { $0.center < $1.center }
    }

    public static func fit(_ spectrum: Spectrum, settings s: FitSettings) throws -> FitResult {
        let bg = try background(s, spectrum)
        var fixedValues: [Double]?
        switch bg {
        case .fixed(let v): fixedValues = v
        case .shirley, .shirleyRefined: fixedValues = try ShirleyBackground().estimate(spectrum)
        default: fixedValues = nil
        }
        var start = try start(s, spectrum, background: fixedValues)
        if let n = s.peaks, start.count < n, s.initModels.isEmpty {
            throw HarnessError.spectrum(name: spectrum.metadata["file"] ?? "spectrum", reason: "asked for \(n) peaks, the finder found \(start.count)")
        }
        let kind = try kind(s)
        var fixed = Set<Int>()
        for c in s.fixedCenters {
            guard let i = start.indices.min(by: { abs(start[$0].center - c) < abs(start[$1].center - c) }) else { continue }
            start[i] = PeakParameters(center: c, width: start[i].width, height: start[i].height)
            fixed.insert(i)
        }
        let components = start.indices.map { PeakComponent(kind: kind, fixedCenter: fixed.contains($0), widthGroup: s.sharedWidth ? "all" : nil) }
        let model = try PeakModel(peaks: components, background: bg)
        // Counts carry Poisson noise: weights 1/max(y, 1), so the reduced χ² is ≈ 1 for a fit within the noise.
        let weights = poissonWeighted(spectrum, s) ? spectrum.intensities.map { 1 / max($0, 1) } : nil
        return try PeakFitter().fit(energies: spectrum.energies, intensities: spectrum.intensities, model: model, start: start,
                                    weights: weights)
    }

    /// Writes <dir>/<name>.h5 and the figure <dir>/<name>.{dat,gp,png,svg}; returns the files.
    public static func write(_ r: FitResult, spectrum: Spectrum, name: String, settings s: FitSettings, to dir: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let h5 = dir.appendingPathComponent("\(name).h5")
        try HDF5File.writeAtomically(h5) { file in
            let g = try file.root.group("fit")
            try g.setAttribute("program", Provenance.program)
            try g.setAttribute("version", Provenance.version)
            try g.setAttribute("shape", s.shape)
            try g.setAttribute("background", s.background)
            try g.setAttribute("start", s.initModels.isEmpty ? "peak finder"
                               : "network: " + s.initModels.map(\.path).joined(separator: ", ") + "; shifts \(s.initAveraging.shifts)"
                                 + (s.initAveraging.mirror ? ", mirrored" : ""))
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
            try g.write("parameters/value", doubles: r.parameters.map(\.value))
            try g.write("parameters/standard_error", doubles: r.parameters.map(\.standardError))
            try g.setAttribute("parameter_names", r.parameters.map(\.name).joined(separator: "\n"))
        }
        var f = Figure.spectrumWithComponents(energies: spectrum.energies, measured: spectrum.intensities,
                                              components: r.components.enumerated().map { i, c in
                                                  (String(format: "peak %d: %.2f eV", i + 1, r.peaks[i].center), zip(c, r.background).map { $0 + $1 })
                                              },
                                              fit: r.fit, residual: r.residual, background: r.background,
                                              intensityLabel: "intensity (\(spectrum.units))")
        f.name = name
        f.title = String(format: "%@: %d peaks, %@ on %@ background, reduced χ² %.3g", name, r.peaks.count, s.shape, s.background.contains("/") ? "given" : s.background, r.reducedChiSquared)
        let (dat, gp) = try FigureWriter.write(f, to: dir)
        return [h5, dat, gp] + (try FigureRenderer.render(gp: gp))
    }
}

extension SpectrumFitting {
    /// `harness fit`: fits every spectrum of `file` with `settings`, writes each to `output` and
    /// prints its peaks and parameters.
    public static func fit(file: URL, settings s: FitSettings, output: URL, console: Console = .standardOutput) throws {
        let spectra = try SpectrumReader.read(url: file)
        for (k, sp) in spectra.enumerated() {
            let name = file.deletingPathExtension().lastPathComponent + (spectra.count > 1 ? "-\(k)" : "")
            let r = try fit(sp, settings: s)
            let files = try write(r, spectrum: sp, name: name, settings: s, to: output)
            console("\(name): \(r.peaks.count) peaks, reduced χ² \(String(format: "%.4g", r.reducedChiSquared)), \(r.iterations) iterations")
            for p in r.parameters { console(String(format: "  %-18@ %12.5f ± %.5f", p.name as NSString, p.value, p.standardError)) }
            console("  wrote " + files.filter { ["h5", "png"].contains($0.pathExtension) }.map(\.path).joined(separator: ", "))
        }
    }
}
