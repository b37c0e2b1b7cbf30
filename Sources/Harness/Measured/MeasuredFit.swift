// Paper 1's Table 1 on measured spectra: a trained peak-fitting network and least-squares fits
// (free, centres fixed, network-initialised) against the expert's fit, written as a table, figures
// and an HDF5 file. Driven by a manifest of kind "measured-fit" (Experiments/park2020-table1.json).
//
// The network comes from another experiment's run file (trained there, at the same profile, when
// missing). Energies are handled ascending; the measured window of `axis.count` points maps onto
// the network's x axis by index (x = 0 at the lowest binding energy).

import Foundation
import Spectra
import SpectraIO
import Fitting
import Store
import Plots

/// A manifest of kind "measured-fit".
public struct MeasuredFitManifest: Codable, Sendable, Equatable {
    public struct Network: Codable, Sendable, Equatable {
        /// The experiment (in Experiments/) whose runs hold the networks.
        public var experiment: String
        /// The runs' names in that experiment: one network, or several whose predictions are
        /// averaged (an ensemble).
        public var runs: [String]
        /// The window positions each network sees, in points (0 = as measured; +5 moves the spectrum
        /// 5 points toward higher x, zeros filling the first 5 points); each prediction is moved back
        /// before averaging. A list without 0 never shows the window as measured. Default [0].
        public var shifts: [Int]
        /// Whether each window is also shown reversed (x → start + end − x), its prediction mapped
        /// back. Default true.
        public var mirror: Bool

        public init(experiment: String, runs: [String], shifts: [Int] = [0], mirror: Bool = true) {
            self.experiment = experiment; self.runs = runs; self.shifts = shifts; self.mirror = mirror
        }

        enum CodingKeys: String, CodingKey { case experiment, runs, shifts, mirror }

        public init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                experiment: try c.decode(String.self, forKey: .experiment), runs: try c.decode([String].self, forKey: .runs),
                shifts: try c.decodeIfPresent([Int].self, forKey: .shifts) ?? [0],
                mirror: try c.decodeIfPresent(Bool.self, forKey: .mirror) ?? true)
        }

        /// How the prediction for one window is formed.
        public var averaging: NetworkAveraging { NetworkAveraging(shifts: shifts, mirror: mirror) }
    }
    public struct MeasuredSpectrum: Codable, Sendable, Equatable {
        /// Names the spectrum in tables and files (and matches the published CSV's `spectrum`).
        public var name: String
        /// Paths under the shared data folder (or absolute): the measured counts, the expert's
        /// background, the expert's fit parameters (IGOR numerics) and fitted components.
        public var spectrum: String
        public var background: String
        public var expertParameters: String
        public var expertComponents: [String]
    }
    public var name: String
    /// Always `.measuredFit` (`ManifestKind`).
    public var kind: ManifestKind
    public var description: String
    public var network: Network
    public var spectra: [MeasuredSpectrum]
    /// The published table (shared published folder): spectrum, peak, fit_center_eV, fit_width_eV,
    /// network_center_eV, network_width_eV.
    public var published: String
    public var notes: [String]

    public static func load(_ url: URL) throws -> MeasuredFitManifest {
        let file = url.path
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ManifestError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "not UTF-8 text" : "no such file")
        }
        let parsed = try ManifestLoader.parse(text, file: file)
        let m = try StrictDecoder.decode(MeasuredFitManifest.self, from: parsed.value, file: file, lines: parsed.lines)
        guard m.kind == .measuredFit else {
            throw ManifestError.outOfRange(
                file: file, path: "kind", line: parsed.lines.line(of: ["kind"]), found: "\"\(m.kind.rawValue)\"", expected: "\"measured-fit\"")
        }
        func range(_ key: String, _ ok: Bool, found: String, expected: String) throws {
            guard !ok else { return }
            throw ManifestError.outOfRange(
                file: file, path: "network.\(key)", line: parsed.lines.line(of: ["network", key]),
                found: found, expected: expected)
        }
        let n = m.network
        try range(
            "runs", !n.runs.isEmpty && Set(n.runs).count == n.runs.count, found: "\(n.runs)",
            expected: "one run name or more, each once")
        try range(
            "shifts", NetworkAveraging.acceptsShifts(n.shifts),
            found: "\(n.shifts)", expected: "one shift or more, each once, in points within ±\(NetworkAveraging.maximumShift)")
        for (i, s) in m.spectra.enumerated() {
            for (key, path) in [("spectrum", s.spectrum), ("background", s.background), ("expertParameters", s.expertParameters)]
                + s.expertComponents.enumerated().map({ ("expertComponents.\($0.offset)", $0.element) })
            {
                let u = SharedFolder.dataFile(path)
                guard FileManager.default.fileExists(atPath: u.path) else {
                    throw ManifestError.missingFile(
                        file: file, path: "spectra.\(i).\(key)",
                        line: parsed.lines.line(of: ["spectra", "\(i)", key.split(separator: ".").first.map(String.init) ?? key]),
                        missing: u.path + " (paths are under the shared data folder: ../shared/data or $XPS_SHARED_DATA)")
                }
            }
        }
        return m
    }
}

/// One peak as a method reports it (eV); nil centre = the method did not find this peak.
public struct MeasuredPeak: Sendable, Equatable {
    public var center: Double
    /// Full width at half maximum (eV): what the expert's "Width (Coef.)" is (see
    /// `MeasuredFitRunner.kind`). The network's Eq. 1 width w is converted to its FWHM.
    public var width: Double
    /// Height above the background (counts).
    public var height: Double
    public var centerError: Double?
    public var widthError: Double?
}

/// The expert's fit of one spectrum, read from the IGOR numerics and component files.
public struct ExpertFit: Sendable {
    /// "Position (Coef.)", "Width (Coef.)" and "Area" per peak.
    public var positions: [Double]
    public var widths: [Double]
    public var areas: [Double]
    /// Components minus background (counts) on the data grid, ascending energy.
    public var components: [[Double]]

    /// Parses "Position (Coef.)	164.15" style fields of the numerics file.
    public static func parseNumerics(_ url: URL) throws -> (positions: [Double], widths: [Double], areas: [Double]) {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot read")
        }
        var positions: [Double] = [], widths: [Double] = [], areas: [Double] = []
        for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            func value(after key: String) throws -> Double? {
                guard let i = f.firstIndex(of: key) else { return nil }
                guard i + 1 < f.count, let v = Double(f[i + 1]) else {
                    throw HarnessError.file(path: url.path, line: n + 1, reason: "'\(key)' is not followed by a number")
                }
                return v
            }
            if let v = try value(after: "Position (Coef.)") { positions.append(v) }
            if let v = try value(after: "Width (Coef.)") { widths.append(v) }
            if let v = try value(after: "Area") { areas.append(v) }
        }
        guard !positions.isEmpty, positions.count == widths.count, widths.count == areas.count else {
            throw HarnessError.file(
                path: url.path, line: nil,
                reason:
                    "expected one 'Position (Coef.)', 'Width (Coef.)' and 'Area' per peak, found \(positions.count), \(widths.count), \(areas.count)")
        }
        return (positions, widths, areas)
    }
}

public enum MeasuredFitRunner {
    /// The expert's line shape: a pseudo-Voigt whose Gaussian and Lorentzian share the FWHM w and
    /// whose Lorentzian carries 0.3 of the area ("Gauss-Lorentz Ratio 0.3" in the expert's numerics
    /// files), i.e. SGL(m) at m = 22.506 %. Fitting each of the expert's component files with it
    /// returns the expert's position and "Width (Coef.)" with residuals below 2·10⁻⁴ of the peak
    /// height; Eq. 1 in the notebook's form (w_G = 1.633128, w_L = 2.266852) leaves 0.9 %.
    static let expertLorentzianAreaFraction = 0.3
    static let kind = PeakShapeKind.gaussianLorentzianSum(
        lorentzianPercent: 100 * LineShape.lorentzianHeightFraction(areaFraction: expertLorentzianAreaFraction))

    /// Reads a two-column file onto ascending energies; checks it shares `grid`.
    static func column(_ path: String, grid: [Double]) throws -> [Double] {
        let url = SharedFolder.dataFile(path)
        let s = try TextSpectrumReader.read(url: url)
        guard s.energies.count == grid.count, zip(s.energies, grid).allSatisfy({ abs($0 - $1) < 1e-6 }) else {
            throw HarnessError.file(
                path: url.path, line: nil, reason: "\(s.energies.count) points not on the measured spectrum's \(grid.count)-point grid")
        }
        return s.intensities
    }

    /// Network prediction for a background-subtracted, maximum-normalised window (paper 1's preprocessing).
    /// Widths are reported as FWHM: the network's Eq. 1 w (with the training data's `constants`) times
    /// Eq. 1's FWHM / w. Every network of `ensemble` sees the window at every position of `averaging`
    /// (and reversed, with `mirror`); the predictions, mapped back, are combined by `averaged`.
    /// `ensemble`: networks of one `PeakFittingNetworks` (one axis, one output layout), or one of them.
    static func network(
        _ ensemble: [TrainedModel], constants: Park2020Constants, energies: [Double], intensities: [Double],
        background: [Double], averaging: NetworkAveraging
    ) throws -> (peaks: [MeasuredPeak], count: Double, input: [Float]) {
        let net = zip(intensities, background).map { $0 - $1 }
        guard let top = net.max(), top > 0 else { throw HarnessError.spectrum(name: "window", reason: "nothing above the background") }
        guard let first = ensemble.first else { throw HarnessError.setting(at: "network.runs", found: "no network", expected: "one run or more") }
        guard energies.count == first.axis.count else {
            throw HarnessError.spectrum(
                name: "window", reason: "a peak-fitting network takes a window of exactly \(first.axis.count) points, found \(energies.count)")
        }
        let input = net.map { Float($0 / top) }
        let n = (first.labelNames.count - 1) / 3
        let (x0, x1) = (first.axis.start, first.axis.end)
        let step = (x1 - x0) / Double(input.count - 1)
        var passes: [(count: Double, peaks: [AxisPeak])] = []
        for trained in ensemble {
            for shift in averaging.shifts {
                let moved = NetworkAveraging.shifted(input, by: shift)
                for mirrored in averaging.mirror ? [false, true] : [false] {
                    let p = onePass(trained.predict(mirrored ? Array(moved.reversed()) : moved), maxPeaks: n)
                    passes.append(
                        (
                            p.count,
                            p.peaks.map { q in
                                (
                                    center: NetworkAveraging.mappedBack(
                                        q.center, shift: shift, mirrored: mirrored, axisStart: x0, axisEnd: x1, step: step),
                                    amplitude: q.amplitude, width: q.width
                                )
                            }.sorted { $0.center < $1.center }
                        ))
                }
            }
        }
        let (count, found) = averaged(passes, maxPeaks: n)
        let unit = (energies.last! - energies.first!) / (x1 - x0)
        let fwhmPerW = LineShape.park2020(width: 1, constants: constants).fullWidthAtHalfMaximum()
        let peaks = found.map { p in
            MeasuredPeak(
                center: energies.first! + (p.center - x0) * unit, width: max(1e-3, p.width) * unit * fwhmPerW,
                height: max(0, p.amplitude) * top)
        }
        return (peaks.sorted { $0.center < $1.center }, count, input)
    }

    typealias AxisPeak = (center: Double, amplitude: Double, width: Double)

    /// The peaks of one output [count, centres ×n, amplitudes ×n, widths ×n] (x units), by centre.
    static func onePass(_ p: [Float], maxPeaks n: Int) -> (count: Double, peaks: [AxisPeak]) {
        let count = min(n, max(1, Int(Double(p[0]).rounded())))
        let peaks = (0..<count).map { j in (center: Double(p[1 + j]), amplitude: Double(p[1 + n + j]), width: Double(p[1 + 2 * n + j])) }
        return (Double(p[0]), peaks.sorted { $0.center < $1.center })
    }

    /// Combines several predictions of the same window's peaks (each already mapped back to the
    /// window's x, peaks by centre): the count outputs are averaged and rounded to k peaks (1…n); the
    /// passes that report k peaks are averaged peak by peak in order of centre; when none does, the
    /// first pass is used. What this gains on park2020-training's validation spectra is measured by
    /// scripts/park_averaging_check.py and stated in park2020-table1's notes.
    static func averaged(_ passes: [(count: Double, peaks: [AxisPeak])], maxPeaks n: Int) -> (count: Double, peaks: [AxisPeak]) {
        precondition(!passes.isEmpty, "no prediction to average")
        let count = passes.map(\.count).reduce(0, +) / Double(passes.count)
        let k = min(n, max(1, Int(count.rounded())))
        let agreeing = passes.filter { $0.peaks.count == k }
        guard !agreeing.isEmpty else { return (count, passes[0].peaks) }
        let m = Double(agreeing.count)
        return (
            count,
            (0..<k).map { j in
                (
                    center: agreeing.map { $0.peaks[j].center }.reduce(0, +) / m,
                    amplitude: agreeing.map { $0.peaks[j].amplitude }.reduce(0, +) / m,
                    width: agreeing.map { $0.peaks[j].width }.reduce(0, +) / m
                )
            }
        )
    }

    /// Least-squares fit with the expert's peaks (`kind`) on `background`: unweighted (the table's
    /// fits, as the expert's), or with Poisson weights 1/max(y, 1).
    static func leastSquares(
        energies: [Double], intensities: [Double], background: BackgroundModel,
        start: [MeasuredPeak], fixedCenters: Bool = false,
        poissonWeights: Bool = false
    ) throws -> (peaks: [MeasuredPeak], result: FitResult) {
        let model = try PeakModel(peaks: start.map { _ in PeakComponent(kind: kind, fixedCenter: fixedCenters) }, background: background)
        let s = start.map { PeakParameters(center: $0.center, width: $0.width, height: max($0.height, 1)) }
        let r = try PeakFitter().fit(
            energies: energies, intensities: intensities, model: model, start: s,
            weights: poissonWeights ? intensities.map { 1 / max($0, 1) } : nil)
        func se(_ name: String) -> Double? { r.parameters.first { $0.name == name }?.standardError }
        let peaks = r.peaks.enumerated().map { i, p in
            MeasuredPeak(
                center: p.center, width: p.width, height: p.height,
                centerError: se("peak\(i).center"), widthError: se("peak\(i).width"))
        }
        return (peaks, r)
    }

    /// The reduced χ² (Poisson weights) of a given model curve with `parameters` free parameters.
    static func reducedChiSquared(_ y: [Double], _ fit: [Double], parameters: Int) -> Double {
        zip(y, fit).map { (y, f) in (y - f) * (y - f) / max(y, 1) }.reduce(0, +) / Double(y.count - parameters)
    }

    /// Assigns found peaks to reference peaks by the smallest total |Δ centre| (≤ 3 peaks: all permutations).
    static func match(_ found: [MeasuredPeak], to reference: [Double]) -> [MeasuredPeak?] {
        var best: (cost: Double, assignment: [Int?])? = nil
        func search(_ i: Int, _ used: Set<Int>, _ assignment: [Int?], _ cost: Double) {
            if i == reference.count {
                if best == nil || cost < best!.cost { best = (cost, assignment) }
                return
            }
            // Leaving a reference peak unmatched costs more than any real distance in the window.
            search(i + 1, used, assignment + [nil], cost + 1e6)
            for j in found.indices where !used.contains(j) {
                search(i + 1, used.union([j]), assignment + [j], cost + abs(found[j].center - reference[i]))
            }
        }
        search(0, [], [], 0)
        return best!.assignment.map { $0.map { found[$0] } }
    }
}
