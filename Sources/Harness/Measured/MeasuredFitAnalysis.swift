// One measured spectrum of a measured fit, analysed: the data with the expert's background and
// components and our Shirley background; the network on either background; the least-squares fits
// from the expert's values and from the network's; the rows of Table 1; and the notes on each
// network alone and on the same fits with Poisson weights.

import Foundation
import Spectra
import SpectraIO
import Fitting

/// One measured spectrum analysed, kept for the tables, the figures and the HDF5 file.
struct SpectrumAnalysis {
    var spec: MeasuredFitManifest.MeasuredSpectrum
    /// Binding energies (eV, ascending) and counts.
    var energies: [Double]
    var y: [Double]
    var expertBackground: [Double]
    /// Our Shirley background of the data.
    var shirley: [Double]
    var expert: ExpertFit
    /// Reduced χ² of the expert's fitted curve (Poisson weights).
    var expertChi: Double
    /// The published Table 1 rows of this spectrum, in peak order.
    var published: [MeasuredFitRunner.PublishedRow]
    var methods: [MethodResult] = []
    /// The network's input on its axis and its count output (expert background).
    var input: [Float] = []
    var count: Double = .nan
    /// Table 1 rows with the expert's background (published rows first) and with ours.
    var rows: [Table1Row] = []
    var shirleyRows: [Table1Row] = []
    /// Each network in one pass; the least-squares fits with Poisson weights.
    var networkNote = ""
    var weightingNote = ""

    /// The expert's fit as published (Table 1's fit columns): what errors are measured against.
    var reference: [(center: Double, width: Double)] { published.map { (center: $0.fitCenter, width: $0.fitWidth) } }
}

extension MeasuredFitRunner {
    /// Every method on one spectrum, the rows of Table 1 and the notes; one progress line.
    static func analyse(
        _ spec: MeasuredFitManifest.MeasuredSpectrum, manifest m: MeasuredFitManifest,
        published: [String: [PublishedRow]], networks: MeasuredFitNetworks,
        progress: ProgressReporter
    ) throws -> SpectrumAnalysis {
        var a = try readMeasured(spec, published: published, publishedFile: m.published)
        let E = a.energies, y = a.y, bg = a.expertBackground
        let expertStart = a.expert.positions.indices.map { i in
            MeasuredPeak(center: a.expert.positions[i], width: a.expert.widths[i], height: a.expert.components[i].max() ?? 1)
        }
        // Network on the expert's background, then on our Shirley.
        let net = try network(
            networks.ensemble, constants: networks.constants, energies: E, intensities: y, background: bg,
            averaging: m.network.averaging)
        a.methods.append(
            MethodResult(
                method: "network", background: "expert", peaks: net.peaks, reducedChiSquared: nil, fit: nil,
                backgroundCurve: bg, atBound: []))
        let netShirley = try network(
            networks.ensemble, constants: networks.constants, energies: E, intensities: y, background: a.shirley,
            averaging: m.network.averaging)
        a.methods.append(
            MethodResult(
                method: "network", background: "shirley", peaks: netShirley.peaks, reducedChiSquared: nil, fit: nil,
                backgroundCurve: a.shirley, atBound: []))
        (a.input, a.count) = (net.input, net.count)
        func lsq(_ name: String, _ background: BackgroundModel, _ label: String, start: [MeasuredPeak], fixed: Bool = false) throws {
            a.methods.append(try leastSquaresMethod(name, background, label, spectrum: a, start: start, fixedCenters: fixed, progress: progress))
        }
        try lsq("least-squares", .fixed(bg), "expert", start: expertStart)
        try lsq("least-squares-fixed-centres", .fixed(bg), "expert", start: expertStart, fixed: true)
        try lsq("network+least-squares", .fixed(bg), "expert", start: net.peaks)
        try lsq("least-squares", .shirleyRefined, "shirley-refined", start: expertStart)
        a.networkNote = try singleNetworkNote(a, runs: m.network.runs, networks: networks)
        a.weightingNote = try weightingNote(a, start: expertStart)
        try lsq("network+least-squares", .shirleyRefined, "shirley-refined", start: netShirley.peaks)
        (a.rows, a.shirleyRows) = table1Rows(a)
        progress.line(
            String(
                format: "%@: network %d peak%@ (count output %.2f); least squares χ²_ν %.3f (expert's curve %.3f)",
                spec.name, net.peaks.count, net.peaks.count == 1 ? "" : "s", net.count,
                a.methods.first { $0.method == "least-squares" }?.reducedChiSquared ?? .nan, a.expertChi))
        return a
    }

    /// The spectrum (ascending energies), the expert's background, components and reduced χ², our
    /// Shirley background, and the published rows of the spectrum.
    static func readMeasured(
        _ spec: MeasuredFitManifest.MeasuredSpectrum, published: [String: [PublishedRow]],
        publishedFile: String
    ) throws -> SpectrumAnalysis {
        guard let measured = try SpectrumReader.read(url: SharedFolder.dataFile(spec.spectrum)).first else {
            throw HarnessError.file(path: spec.spectrum, line: nil, reason: "no spectrum inside")
        }
        var asc = measured
        if asc.energies.count > 1, asc.energies[1] < asc.energies[0] { asc.energies.reverse(); asc.intensities.reverse() }
        let E = asc.energies, y = asc.intensities
        let bg = try column(spec.background, grid: E)
        let shirley = try ShirleyBackground().estimate(asc)
        let numerics = try ExpertFit.parseNumerics(SharedFolder.dataFile(spec.expertParameters))
        let components = try spec.expertComponents.map { try zip(column($0, grid: E), bg).map { $0 - $1 } }
        guard components.count == numerics.positions.count else {
            throw HarnessError.setting(
                at: "spectra.\(spec.name).expertComponents", found: "\(components.count) component files",
                expected: "one per expert peak (\(numerics.positions.count))")
        }
        let expert = ExpertFit(positions: numerics.positions, widths: numerics.widths, areas: numerics.areas, components: components)
        var expertCurve = bg
        for c in components { for k in E.indices { expertCurve[k] += c[k] } }
        let expertChi = reducedChiSquared(y, expertCurve, parameters: 3 * components.count)
        guard let ref = published[spec.name], ref.count == expert.positions.count else {
            throw HarnessError.file(path: publishedFile, line: nil, reason: "no rows for \(spec.name) with \(expert.positions.count) peaks")
        }
        return SpectrumAnalysis(
            spec: spec, energies: E, y: y, expertBackground: bg, shirley: shirley, expert: expert,
            expertChi: expertChi, published: ref)
    }

    /// A least-squares fit of the spectrum as a method's result. A fit that fails is recorded, not
    /// fatal: a fit that fails from the network's start is a result too.
    static func leastSquaresMethod(
        _ name: String, _ background: BackgroundModel, _ label: String, spectrum a: SpectrumAnalysis,
        start: [MeasuredPeak], fixedCenters: Bool, progress: ProgressReporter
    ) throws -> MethodResult {
        let peaks: [MeasuredPeak], r: FitResult
        do {
            (peaks, r) = try leastSquares(energies: a.energies, intensities: a.y, background: background, start: start, fixedCenters: fixedCenters)
        } catch let e as FittingError {
            progress.line("\(a.spec.name): \(name) (\(label) background) failed: \(e)")
            return MethodResult(
                method: name, background: label, peaks: [], reducedChiSquared: nil, fit: nil,
                backgroundCurve: a.expertBackground, atBound: [], failure: "\(e)")
        }
        return MethodResult(
            method: name, background: label, peaks: peaks.sorted { $0.center < $1.center },
            reducedChiSquared: reducedChiSquared(a.y, r.fit, parameters: r.parameters.count),
            fit: r.fit, backgroundCurve: r.background,
            atBound: r.parameters.filter(\.atBound).map(\.name))
    }

    /// Found peaks matched to the expert's: "centre / FWHM eV (error / error)" per expert peak.
    static func describe(_ peaks: [MeasuredPeak], expert: ExpertFit) -> String {
        let matched = match(peaks.sorted { $0.center < $1.center }, to: expert.positions)
        return matched.enumerated().map { i, p in
            p.map {
                String(
                    format: "%.3f / %.3f eV (%+.3f / %+.3f)", $0.center, $0.width,
                    $0.center - expert.positions[i], $0.width - expert.widths[i])
            } ?? "not found"
        }.joined(separator: ", ")
    }

    /// Each network of the ensemble alone, in one pass, on the expert's background.
    static func singleNetworkNote(_ a: SpectrumAnalysis, runs: [String], networks: MeasuredFitNetworks) throws -> String {
        let single = try zip(runs, networks.ensemble).map { name, trained in
            let p = try network(
                [trained], constants: networks.constants, energies: a.energies, intensities: a.y,
                background: a.expertBackground, averaging: .onePass)
            return String(format: "%@ (count output %.2f): ", name, p.count) + describe(p.peaks, expert: a.expert)
        }
        return "\(a.spec.name), each network in one pass (no averaging; centre / FWHM, error against the expert's coefficients): "
            + single.joined(separator: "; ") + "."
    }

    /// The same least-squares fits (free, and centres fixed) with Poisson weights, for the notes
    /// (the table's are unweighted).
    static func weightingNote(_ a: SpectrumAnalysis, start: [MeasuredPeak]) throws -> String {
        do {
            let free = try leastSquares(
                energies: a.energies, intensities: a.y, background: .fixed(a.expertBackground), start: start,
                poissonWeights: true)
            let fixed = try leastSquares(
                energies: a.energies, intensities: a.y, background: .fixed(a.expertBackground), start: start,
                fixedCenters: true, poissonWeights: true)
            return
                "\(a.spec.name) with Poisson weights 1/max(counts, 1) instead (centre / FWHM, error against the expert's coefficients): least-squares \(describe(free.peaks, expert: a.expert)); centres fixed \(describe(fixed.peaks, expert: a.expert))."
        } catch let e as FittingError {
            return "\(a.spec.name) with Poisson weights: the fit failed (\(e))."
        }
    }

    /// The rows of Table 1: the published fit and network, then every method's peaks matched to the
    /// expert's; with the expert's background, and with ours.
    static func table1Rows(_ a: SpectrumAnalysis) -> (expert: [Table1Row], own: [Table1Row]) {
        let reference = a.reference
        var rows: [Table1Row] = [], shirleyRows: [Table1Row] = []
        for (i, r) in a.published.enumerated() {
            rows.append(
                Table1Row(
                    spectrum: a.spec.name, peak: i + 1, method: "published-fit",
                    found: MeasuredPeak(center: r.fitCenter, width: r.fitWidth, height: .nan), reference: reference[i]))
            rows.append(
                Table1Row(
                    spectrum: a.spec.name, peak: i + 1, method: "published-network",
                    found: MeasuredPeak(center: r.networkCenter, width: r.networkWidth, height: .nan), reference: reference[i]))
        }
        for method in a.methods {
            let matched = match(method.peaks, to: reference.map(\.center))
            for (i, p) in matched.enumerated() {
                let row = Table1Row(spectrum: a.spec.name, peak: i + 1, method: method.method, found: p, reference: reference[i])
                if method.background == "expert" { rows.append(row) } else { shirleyRows.append(row) }
            }
        }
        return (rows, shirleyRows)
    }
}
