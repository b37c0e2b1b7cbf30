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
    /// "auto" (Shirley, or the active Shirley where Shirley's iteration does not settle), "none",
    /// "linear", "shirley", "shirley-refined" (the active Shirley, recomputed from the peaks inside
    /// the fit), "tougaard", or a two-column file with the background.
    public var background = "auto"
    /// Peaks to fit (nil: as many as BIC chooses, or as the networks report).
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
    /// FWHM limits of every peak, eV (nil: the Fitting defaults, 2 × the median step and the
    /// window's width; see `WidthLimits`).
    public var minimumFWHM: Double?
    public var maximumFWHM: Double?
    /// The most peaks the automatic count tries.
    public var maximumPeaks = 6
    /// Levenberg–Marquardt's iteration cap.
    public var maximumIterations = 1000
    /// Which blocks of the file to fit.
    public var blocks: BlockSelection = .all
    /// Print the atomic percentages of the fitted regions (one element each) from their areas.
    public var quantify = false
    public init() {}

    /// The fitter these settings ask for.
    var fitter: PeakFitter {
        PeakFitter(
            solver: LevenbergMarquardt(maxIterations: maximumIterations),
            widthLimits: WidthLimits(minimumFWHM: minimumFWHM, maximumFWHM: maximumFWHM))
    }
}

/// A fitted spectrum: the result, how its peaks were started, and (automatic or asked-for count
/// from the peak search) every candidate count with its χ² and BIC.
public struct SpectrumFit {
    public let result: FitResult
    /// "peak search", or the networks that started it.
    public let start: String
    public let selection: PeakCountSelection?
    /// The background used, as the output names it (with the reason when "auto" chose).
    public let background: String
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
                throw HarnessError.setting(
                    at: "--lorentzian", found: "\(s.lorentzianPercent)", expected: "the Lorentzian's area percentage of pv, 0…100")
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
        case "auto", "shirley": return .shirley
        case "none": return .none
        case "linear": return .linear
        case "shirley-refined": return .shirleyRefined
        case "tougaard": return .tougaard
        default:
            let url = URL(fileURLWithPath: s.background)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw HarnessError.setting(
                    at: "--background", found: "'\(s.background)'",
                    expected: "auto, none, linear, shirley, shirley-refined, tougaard or an existing file")
            }
            guard let b = try SpectrumReader.read(url: url).first else { throw HarnessError.file(path: url.path, line: nil, reason: "no data") }
            let values = try Interpolation.linear(x: b.energies, y: b.intensities, at: spectrum.energies)
            return .fixed(values)
        }
    }

    /// The networks' peaks as a start (as park2020-table1: ascending energies, the data minus a
    /// Shirley background, maximum 1; widths back as FWHM), in ascending order.
    static func networkStart(_ s: FitSettings, _ spectrum: Spectrum) throws -> [PeakParameters] {
        let net = try PeakFittingNetworks(files: s.initModels)
            .read(spectrum, name: spectrum.metadata["file"] ?? "spectrum", averaging: s.initAveraging)
        return net.peaks.map { PeakParameters(center: $0.center, width: max(0.05, $0.width), height: max(1e-9, $0.height)) }
    }

    /// Fits `spectrum`: from the networks when `initModels` are given, else by the peak search
    /// (peaks added at the residual's largest feature while BIC falls, or `peaks` of them).
    /// Centres in `fixedCenters` hold the nearest peak there (refitted from the search's result).
    /// With the background "auto", the first of Shirley, the active Shirley and a linear
    /// background that fits the window is used, and the output says which and why.
    public static func fit(_ spectrum: Spectrum, settings s: FitSettings) throws -> SpectrumFit {
        let fitter = s.fitter
        var candidates = try backgroundCandidates(s, spectrum, fitter)
        var passedOver: [String] = []
        while true {
            let (bg, name) = candidates.removeFirst()
            do {
                let fit = try fit(spectrum, s, background: bg, fitter: fitter)
                let why = passedOver.isEmpty ? "" : " (" + passedOver.joined(separator: "; ") + ")"
                return SpectrumFit(result: fit.result, start: fit.start, selection: fit.selection, background: name + why)
            } catch let error as FittingError where !candidates.isEmpty {
                passedOver.append("\(name) does not fit this window: \(error)")
            }
        }
    }

    /// One fit with background `bg`.
    static func fit(_ spectrum: Spectrum, _ s: FitSettings, background bg: BackgroundModel, fitter: PeakFitter)
        throws -> (result: FitResult, start: String, selection: PeakCountSelection?)
    {
        let kind = try kind(s)
        // Counts carry Poisson noise: weights 1/max(y, 1), so the reduced χ² is ≈ 1 for a fit within the noise.
        let weights = poissonWeighted(spectrum, s) ? spectrum.intensities.map { 1 / max($0, 1) } : nil
        if s.initModels.isEmpty {
            let search = PeakCountSearch(kind: kind, background: bg, fitter: fitter, sharedWidth: s.sharedWidth, maximumPeaks: s.maximumPeaks)
            let found = try search.run(energies: spectrum.energies, intensities: spectrum.intensities, weights: weights, peakCount: s.peaks)
            guard s.fixedCenters.isEmpty else {
                return (
                    try fitFixed(spectrum, s, kind, bg, fitter, found.result.peaks, weights), "peak search, then refitted with fixed centres", found
                )
            }
            return (found.result, "peak search", found)
        }
        let origin =
            "network: " + s.initModels.map(\.path).joined(separator: ", ") + "; shifts \(s.initAveraging.shifts)"
            + (s.initAveraging.mirror ? ", mirrored" : "")
        return (try fitFixed(spectrum, s, kind, bg, fitter, try networkStart(s, spectrum), weights), origin, nil)
    }

    /// The backgrounds to try, in order, each checked on the data (a survey or a window with no
    /// peak is an error here): the one asked for, or for "auto" Shirley, the active Shirley (where
    /// Shirley's iteration does not settle: the background rises across the window, so the step it
    /// scales to the peaks overshoots the data) and a linear background.
    static func backgroundCandidates(_ s: FitSettings, _ spectrum: Spectrum, _ fitter: PeakFitter) throws -> [(BackgroundModel, String)] {
        let bg = try background(s, spectrum)
        let (e, y) = (spectrum.energies, spectrum.intensities)
        guard s.background == "auto" else {
            _ = try fitter.estimatedBackground(bg, energies: e, intensities: y)
            return [(bg, s.background.contains("/") ? "given" : s.background)]
        }
        do {
            _ = try fitter.estimatedBackground(.shirley, energies: e, intensities: y)
            return [(.shirley, "shirley"), (.linear, "linear")]
        } catch FittingError.noPeakInWindow(_, let area, _, _) {
            _ = try fitter.estimatedBackground(.shirleyRefined, energies: e, intensities: y)
            let why = String(format: "Shirley's iteration does not settle on this window (net area %.4g)", area)
            return [(.shirleyRefined, "active Shirley (\(why))"), (.linear, "linear (\(why))")]
        }
    }

    /// One fit from `start`, the peak nearest each of `fixedCenters` held there.
    static func fitFixed(
        _ spectrum: Spectrum, _ s: FitSettings, _ kind: PeakShapeKind, _ bg: BackgroundModel, _ fitter: PeakFitter,
        _ start: [PeakParameters], _ weights: [Double]?
    ) throws -> FitResult {
        var start = start, fixed = Set<Int>()
        for c in s.fixedCenters {
            guard let i = start.indices.min(by: { abs(start[$0].center - c) < abs(start[$1].center - c) }) else { continue }
            start[i] = PeakParameters(center: c, width: start[i].width, height: start[i].height)
            fixed.insert(i)
        }
        let components = start.indices.map { PeakComponent(kind: kind, fixedCenter: fixed.contains($0), widthGroup: s.sharedWidth ? "all" : nil) }
        let model = try PeakModel(peaks: components, background: bg)
        return try fitter.fit(energies: spectrum.energies, intensities: spectrum.intensities, model: model, start: start, weights: weights)
    }
}
