// Running a "measured-fit" manifest: the network (trained first when its run is missing), the
// least-squares fits, Table 1 with its target checks, figures (paper 1, Figs. 6 and 7), HDF5.

import Foundation
import Spectra
import SpectraIO
import Fitting
import Store
import Plots

/// One row of Table 1: a method's value for one of the expert's peaks (nil: not found).
public struct Table1Row: Sendable {
    public var spectrum: String
    public var peak: Int
    public var method: String
    public var found: MeasuredPeak?
    public var reference: (center: Double, width: Double)

    public var centerError: Double? { found.map { $0.center - reference.center } }
    public var widthError: Double? { found.map { $0.width - reference.width } }
}

/// A named fit of one spectrum, kept for the HDF5 file and the figures.
struct MethodResult {
    var method: String
    var background: String
    var peaks: [MeasuredPeak]
    var reducedChiSquared: Double?
    var fit: [Double]?
    var backgroundCurve: [Double]
    var atBound: [String]
    /// Why the fit has no result (e.g. not converged), if it failed.
    var failure: String? = nil
}

extension MeasuredFitRunner {
    /// Runs everything; returns the files written.
    public static func run(_ m: MeasuredFitManifest, manifestURL: URL, profile: Profile, resultsRoot: URL,
                           progress: ProgressReporter = ProgressReporter()) throws -> [URL] {
        let started = Date()
        // The networks: the named runs of another experiment at the same profile.
        let experimentURL = manifestURL.deletingLastPathComponent().appendingPathComponent("\(m.network.experiment).json")
        let loaded = try ManifestLoader.load(experimentURL, profile: profile)
        let runner = ExperimentRunner(loaded, resultsRoot: resultsRoot, progress: progress)
        let plans = try RunExpansion.expand(loaded)
        let chosen = try m.network.runs.map { name in
            guard let plan = plans.first(where: { $0.name == name }) else {
                throw HarnessError.file(path: manifestURL.path, line: nil, reason: "network.runs names '\(name)', which is not a run of \(m.network.experiment) (runs: \(plans.map(\.name).joined(separator: ", ")))")
            }
            return plan
        }
        // The same test as the runner's reuse: only the settings that decide what a run computes.
        let missing = chosen.filter { plan in
            !((try? ExperimentRunner.readConfig(runner.runFile(plan.name))).map { ExperimentRunner.sameTraining($0, plan.resolved) } ?? false)
        }
        if !missing.isEmpty {
            progress.line("\(m.name): \(missing.map(\.name).joined(separator: ", ")) of \(m.network.experiment) not trained at profile \(profile.rawValue) yet; training first")
            let trainingStarted = Date()
            _ = try runner.run(only: Set(missing.map(\.name)))
            let finished = plans.compactMap { try? ExperimentRunner.readResult(runner.runFile($0.name)) }
            try runner.writeSummary(finished, wallSeconds: Date().timeIntervalSince(trainingStarted))
            try Reporter(loaded, resultsRoot: resultsRoot).write()
        }
        let runFiles = chosen.map { runner.runFile($0.name) }
        // Loaded and checked as harness predict and harness fit --init load them: peak-fitting models
        // sharing one axis, one output layout and the Eq. 1 constants of their training data.
        let networks = try PeakFittingNetworks(files: runFiles)
        let ensemble = networks.networks, constants = networks.constants
        let networkCommits = runFiles.map { (try? HDF5File(opening: $0).root.stringAttribute("git_commit")) ?? "unknown" }
        // One commit when every network came from the same one (the usual case), else each network's.
        let networkCommit = Set(networkCommits).count == 1 ? String(networkCommits[0].prefix(10))
            : networkCommits.map { String($0.prefix(10)) }.joined(separator: ", ")
        // The networks' widths are Eq. 1's w with those constants.
        let fwhmPerW = LineShape.park2020(width: 1, constants: constants).fullWidthAtHalfMaximum()
        // The same least-squares fits with Poisson weights, for the notes (the table's are unweighted).
        var weightingNotes: [String] = [], networkNotes: [String] = []

        let published = try readPublished(m.published)
        var rows: [Table1Row] = [], shirleyRows: [Table1Row] = []
        var perSpectrum: [(spec: MeasuredFitManifest.MeasuredSpectrum, energies: [Double], y: [Double], expertBackground: [Double],
                           shirley: [Double], expert: ExpertFit, expertChi: Double, methods: [MethodResult], input: [Float], count: Double)] = []
        for spec in m.spectra {
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
                throw HarnessError.setting(at: "spectra.\(spec.name).expertComponents", found: "\(components.count) component files", expected: "one per expert peak (\(numerics.positions.count))")
            }
            let expert = ExpertFit(positions: numerics.positions, widths: numerics.widths, areas: numerics.areas, components: components)
            var expertCurve = bg
            for c in components { for k in E.indices { expertCurve[k] += c[k] } }
            let expertChi = reducedChiSquared(y, expertCurve, parameters: 3 * components.count)
            guard let ref = published[spec.name], ref.count == expert.positions.count else {
                throw HarnessError.file(path: m.published, line: nil, reason: "no rows for \(spec.name) with \(expert.positions.count) peaks")
            }
            let reference = ref.map { (center: $0.fitCenter, width: $0.fitWidth) }
            let expertStart = expert.positions.indices.map { i in
                MeasuredPeak(center: expert.positions[i], width: expert.widths[i], height: components[i].max() ?? 1)
            }
            var methods: [MethodResult] = []
            // Network on the expert's background, then on our Shirley.
            let net = try network(ensemble, constants: constants, energies: E, intensities: y, background: bg, averaging: m.network.averaging)
            methods.append(MethodResult(method: "network", background: "expert", peaks: net.peaks, reducedChiSquared: nil, fit: nil,
                                        backgroundCurve: bg, atBound: []))
            let netShirley = try network(ensemble, constants: constants, energies: E, intensities: y, background: shirley,
                                         averaging: m.network.averaging)
            methods.append(MethodResult(method: "network", background: "shirley", peaks: netShirley.peaks, reducedChiSquared: nil, fit: nil,
                                        backgroundCurve: shirley, atBound: []))
            func lsq(_ name: String, _ background: BackgroundModel, _ label: String, start: [MeasuredPeak], fixed: Bool = false) throws {
                let peaks: [MeasuredPeak], r: FitResult
                do {
                    (peaks, r) = try leastSquares(energies: E, intensities: y, background: background, start: start, fixedCenters: fixed)
                } catch let e as FittingError {
                    // Recorded, not fatal: a fit that fails from the network's start is a result too.
                    progress.line("\(spec.name): \(name) (\(label) background) failed: \(e)")
                    methods.append(MethodResult(method: name, background: label, peaks: [], reducedChiSquared: nil, fit: nil,
                                                backgroundCurve: bg, atBound: [], failure: "\(e)"))
                    return
                }
                methods.append(MethodResult(method: name, background: label, peaks: peaks.sorted { $0.center < $1.center },
                                            reducedChiSquared: reducedChiSquared(y, r.fit, parameters: r.parameters.count),
                                            fit: r.fit, backgroundCurve: r.background,
                                            atBound: r.parameters.filter(\.atBound).map(\.name)))
            }
            try lsq("least-squares", .fixed(bg), "expert", start: expertStart)
            try lsq("least-squares-fixed-centres", .fixed(bg), "expert", start: expertStart, fixed: true)
            try lsq("network+least-squares", .fixed(bg), "expert", start: net.peaks)
            try lsq("least-squares", .shirleyRefined, "shirley-refined", start: expertStart)
            func describe(_ peaks: [MeasuredPeak]) -> String {
                let matched = match(peaks.sorted { $0.center < $1.center }, to: expert.positions)
                return matched.enumerated().map { i, p in
                    p.map { String(format: "%.3f / %.3f eV (%+.3f / %+.3f)", $0.center, $0.width,
                                   $0.center - expert.positions[i], $0.width - expert.widths[i]) } ?? "not found"
                }.joined(separator: ", ")
            }
            let single = try zip(m.network.runs, ensemble).map { name, trained in
                let p = try network([trained], constants: constants, energies: E, intensities: y, background: bg, averaging: .onePass)
                return String(format: "%@ (count output %.2f): ", name, p.count) + describe(p.peaks)
            }
            networkNotes.append("\(spec.name), each network in one pass (no averaging; centre / FWHM, error against the expert's coefficients): "
                                + single.joined(separator: "; ") + ".")
            do {
                let free = try leastSquares(energies: E, intensities: y, background: .fixed(bg), start: expertStart, poissonWeights: true)
                let fixed = try leastSquares(energies: E, intensities: y, background: .fixed(bg), start: expertStart,
                                             fixedCenters: true, poissonWeights: true)
                weightingNotes.append("\(spec.name) with Poisson weights 1/max(counts, 1) instead (centre / FWHM, error against the expert's coefficients): least-squares \(describe(free.peaks)); centres fixed \(describe(fixed.peaks)).")
            } catch let e as FittingError {
                weightingNotes.append("\(spec.name) with Poisson weights: the fit failed (\(e)).")
            }
            try lsq("network+least-squares", .shirleyRefined, "shirley-refined", start: netShirley.peaks)

            for (i, r) in ref.enumerated() {
                rows.append(Table1Row(spectrum: spec.name, peak: i + 1, method: "published-fit",
                                      found: MeasuredPeak(center: r.fitCenter, width: r.fitWidth, height: .nan), reference: reference[i]))
                rows.append(Table1Row(spectrum: spec.name, peak: i + 1, method: "published-network",
                                      found: MeasuredPeak(center: r.networkCenter, width: r.networkWidth, height: .nan), reference: reference[i]))
            }
            for method in methods {
                let matched = match(method.peaks, to: reference.map(\.center))
                for (i, p) in matched.enumerated() {
                    let row = Table1Row(spectrum: spec.name, peak: i + 1, method: method.method, found: p, reference: reference[i])
                    if method.background == "expert" { rows.append(row) } else { shirleyRows.append(row) }
                }
            }
            perSpectrum.append((spec, E, y, bg, shirley, expert, expertChi, methods, net.input, net.count))
            progress.line(String(format: "%@: network %d peak%@ (count output %.2f); least squares χ²_ν %.3f (expert's curve %.3f)",
                                 spec.name, net.peaks.count, net.peaks.count == 1 ? "" : "s", net.count,
                                 methods.first { $0.method == "least-squares" }?.reducedChiSquared ?? .nan, expertChi))
        }

        // Files.
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
        var provenance = Provenance(manifest: manifestJSON, profile: profile, threads: loaded.manifest.training.threads)
        provenance.wallSeconds = Date().timeIntervalSince(started)
        let footnote = "\(m.name) — profile: \(profile.rawValue) — commit \(provenance.gitCommit.prefix(10)) — network from \(m.network.experiment)/\(m.network.runs.joined(separator: "+")) (commit\(Set(networkCommits).count > 1 ? "s" : "") \(networkCommit))"
        var written: [URL] = []

        let checks = targetChecks(rows: rows, methods: perSpectrum.map { ($0.spec.name, $0.methods, $0.expertChi) })
        written += try writeTable(rows, name: "table1", title: "Table 1 with the expert's background", dir: tables, notes: m.notes + networkNotes + weightingNotes,
                                  checks: checks, chi: perSpectrum.map { s in (s.spec.name, s.expertChi, s.methods.filter { $0.background == "expert" }) },
                                  footnote: footnote)
        written += try writeTable(shirleyRows, name: "table1-shirley",
                                  title: "Table 1 with our own backgrounds (network: Shirley of the data; least squares: Shirley refined inside the fit)",
                                  dir: tables, notes: [], checks: [],
                                  chi: perSpectrum.map { s in (s.spec.name, s.expertChi, s.methods.filter { $0.background != "expert" }) },
                                  footnote: footnote)

        for s in perSpectrum {
            var figs: [Figure] = []
            // Paper 1, Figs. 6 and 7: the expert's components and the network's, on the measured counts.
            var series: [Series] = []
            let colors: [OkabeIto] = [.blue, .bluishGreen, .reddishPurple]
            for (i, c) in s.expert.components.enumerated() {
                series.append(Series(title: String(format: "expert peak %d: %.2f eV", i + 1, s.expert.positions[i]), x: s.energies,
                                     y: zip(c, s.expertBackground).map { $0 + $1 }, style: .filledCurve, color: colors[i % 3], baseline: s.expertBackground))
            }
            series.append(Series(title: "expert background", x: s.energies, y: s.expertBackground, style: .line, color: .black))
            series.append(Series(title: "measured", x: s.energies, y: s.y, style: .points, color: .black))
            let netPeaks = s.methods.first { $0.method == "network" && $0.background == "expert" }!.peaks
            for (i, p) in netPeaks.enumerated() {
                let shape = LineShape.park2020(width: p.width / fwhmPerW, constants: constants)
                series.append(Series(title: String(format: "network peak %d: %.2f eV", i + 1, p.center), x: s.energies,
                                     y: s.energies.indices.map { s.expertBackground[$0] + p.height * shape.value(atOffset: s.energies[$0] - p.center) },
                                     style: .line, color: [OkabeIto.vermillion, .orange, .skyBlue][i % 3]))
            }
            var f = Figure(name: "\(s.spec.name)-network", title: "\(s.spec.name): expert fit and network prediction (count output \(String(format: "%.2f", s.count)))",
                           xLabel: "binding energy (eV)", yLabel: "intensity (counts)", series: series, xReversed: true)
            f.footnote = footnote
            figs.append(f)
            for method in s.methods where method.fit != nil && method.method != "least-squares-fixed-centres" {
                let components = method.peaks.enumerated().map { i, p -> (title: String, values: [Double]) in
                    let shape = kind.shape(width: p.width)
                    return (String(format: "peak %d: %.3f eV, w %.3f eV", i + 1, p.center, p.width),
                            s.energies.indices.map { method.backgroundCurve[$0] + p.height * shape.value(atOffset: s.energies[$0] - p.center) })
                }
                var g = Figure.spectrumWithComponents(energies: s.energies, measured: s.y, components: components, fit: method.fit,
                                                      residual: zip(s.y, method.fit!).map { $0 - $1 }, background: method.backgroundCurve)
                g.name = "\(s.spec.name)-\(method.method.replacingOccurrences(of: "+", with: "-"))-\(method.background)"
                g.title = String(format: "%@: %@ (background: %@), χ²_ν %.3f (expert's curve %.3f)", s.spec.name, method.method,
                                 method.background, method.reducedChiSquared ?? .nan, s.expertChi)
                g.footnote = footnote
                figs.append(g)
            }
            for fig in figs {
                let (dat, gp) = try FigureWriter.write(fig, to: figures)
                written += [dat, gp] + (try FigureRenderer.render(gp: gp))
            }
        }

        let h5 = dir.appendingPathComponent("\(m.name).h5")
        try HDF5File.writeAtomically(h5) { file in
            let root = file.root
            try provenance.write(to: root)
            try root.write("manifest", string: manifestJSON.serialized(pretty: true))
            try root.setAttribute("network_run_files", runFiles.map(\.path).joined(separator: "\n"))
            try root.setAttribute("network_git_commits", networkCommits.joined(separator: "\n"))
            for s in perSpectrum {
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
        written.append(h5)
        provenance.wallSeconds = Date().timeIntervalSince(started)
        let pe = JSONEncoder()
        pe.outputFormatting = [.sortedKeys, .prettyPrinted]
        try pe.encode(provenance).write(to: dir.appendingPathComponent("provenance.json"), options: .atomic)
        for c in checks { progress.line((c.met ? "met    " : "MISSED ") + c.text) }
        return written
    }

    struct PublishedRow { var fitCenter, fitWidth, networkCenter, networkWidth: Double }

    /// The published Table 1 by spectrum, in peak order.
    static func readPublished(_ file: String) throws -> [String: [PublishedRow]] {
        let url = PublishedData.url(file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw HarnessError.file(path: url.path, line: nil, reason: "cannot read the published table") }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        let header = lines.first?.split(separator: ",").map(String.init) ?? []
        let needed = ["spectrum", "peak", "fit_center_eV", "fit_width_eV", "network_center_eV", "network_width_eV"]
        guard needed.allSatisfy(header.contains) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "expected columns \(needed.joined(separator: ", ")), found \(header.joined(separator: ", "))")
        }
        let col = Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) })
        var out: [String: [(Int, PublishedRow)]] = [:]
        for (n, line) in lines.dropFirst().enumerated() {
            let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard f.count == header.count, let peak = Int(f[col["peak"]!]),
                  let a = Double(f[col["fit_center_eV"]!]), let b = Double(f[col["fit_width_eV"]!]),
                  let c = Double(f[col["network_center_eV"]!]), let d = Double(f[col["network_width_eV"]!]) else {
                throw HarnessError.file(path: url.path, line: n + 2, reason: "expected \(header.count) fields with numbers")
            }
            out[f[col["spectrum"]!], default: []].append((peak, PublishedRow(fitCenter: a, fitWidth: b, networkCenter: c, networkWidth: d)))
        }
        return out.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }

    struct Check { var met: Bool; var text: String }

    /// The reproduction's targets, evaluated on the rows (expert background).
    static func targetChecks(rows: [Table1Row], methods: [(String, [MethodResult], Double)]) -> [Check] {
        func pick(_ spectrum: String, _ method: String) -> [Table1Row] { rows.filter { $0.spectrum == spectrum && $0.method == method } }
        func worst(_ r: [Table1Row], _ key: KeyPath<Table1Row, Double?>) -> Double? {
            r.contains { $0[keyPath: key] == nil } ? nil : r.map { abs($0[keyPath: key]!) }.max()
        }
        func f(_ x: Double?) -> String { x.map { String(format: "%.3f eV", $0) } ?? "a peak missed" }
        var out: [Check] = []
        let pc = worst(pick("P3HT_S2p", "network"), \.centerError), pw = worst(pick("P3HT_S2p", "network"), \.widthError)
        out.append(Check(met: (pc ?? .infinity) <= 0.10 && (pw ?? .infinity) <= 0.15,
                         text: "P3HT, network alone: centres within 0.10 eV and widths within 0.15 eV of the expert — worst centre \(f(pc)), worst width \(f(pw)) (published network: centres 0.18 and 0.14 eV off, widths 0.11 and 0.18 eV)"))
        let ito = pick("ITO_O1s", "network")
        let ic = worst(ito, \.centerError)
        out.append(Check(met: (ic ?? .infinity) <= 0.25,
                         text: "ITO, network alone: three peaks, each centre within 0.25 eV — \(ito.filter { $0.found != nil }.count) of 3 matched, worst centre \(f(ic)) (published network: 0.29, 0.01 eV and a miss)"))
        let lc = worst(pick("P3HT_S2p", "least-squares"), \.centerError), lw = worst(pick("P3HT_S2p", "least-squares"), \.widthError)
        out.append(Check(met: (lc ?? .infinity) <= 0.02 && (lw ?? .infinity) <= 0.02,
                         text: "P3HT, least squares (free, the expert's line shape, expert background): centres and widths within 0.02 eV — worst centre \(f(lc)), worst width \(f(lw))"))
        let fw = worst(pick("ITO_O1s", "least-squares-fixed-centres"), \.widthError)
        out.append(Check(met: (fw ?? .infinity) <= 0.05,
                         text: "ITO, least squares with the expert's centres fixed: widths within 0.05 eV — worst width \(f(fw))"))
        for (spectrum, ms, expertChi) in methods {
            let a = ms.first { $0.method == "least-squares" && $0.background == "expert" }!
            let b = ms.first { $0.method == "network+least-squares" && $0.background == "expert" }!
            var d = 0.0
            if a.failure != nil || b.failure != nil {
                d = .infinity
            } else if a.peaks.count == b.peaks.count {
                for (p, q) in zip(a.peaks, b.peaks) { d = max(d, abs(p.center - q.center), abs(p.width - q.width)) }
            } else { d = .infinity }
            out.append(Check(met: d <= 0.01,
                             text: String(format: "%@, network-initialised least squares reaches the optimum started from the expert's values within 0.01 eV — %@ (χ²_ν %.4f vs %.4f; expert's curve %.4f)",
                                          spectrum, d.isFinite ? String(format: "largest difference %.4f eV", d)
                                              : (b.failure ?? a.failure).map { "a fit failed: \($0)" } ?? "different peak count (\(b.peaks.count) vs \(a.peaks.count))",
                                          b.reducedChiSquared ?? .nan, a.reducedChiSquared ?? .nan, expertChi)))
        }
        return out
    }

    static func writeTable(_ rows: [Table1Row], name: String, title: String, dir: URL, notes: [String], checks: [Check],
                           chi: [(String, Double, [MethodResult])], footnote: String) throws -> [URL] {
        func n(_ x: Double?, _ digits: Int = 3) -> String { x.map { String(format: "%.\(digits)f", $0) } ?? "" }
        var csv = "spectrum,peak,method,center_eV,width_eV,center_error_eV,width_error_eV\n"
        var md = "# \(title)\n\n"
        md += "Widths are full widths at half maximum (FWHM), which is what the expert's \"Width (Coef.)\" is; the network's Eq. 1 w is converted to its FWHM. Errors are "
        md += "value − expert fit as published (Table 1's fit columns). `published-*` rows are the paper's numbers; every other row is ours. "
        md += "Least squares: the expert's line shape (pseudo-Voigt, Gaussian and Lorentzian of one FWHM, Lorentzian area fraction 0.3, i.e. SGL(22.51)), unweighted (see the notes for why, and for the same fits with Poisson weights).\n\n"
        md += "| spectrum | peak | method | centre (eV) | width (eV) | centre error (eV) | width error (eV) |\n|---|---|---|---|---|---|---|\n"
        for r in rows {
            csv += "\(r.spectrum),\(r.peak),\(r.method),\(n(r.found?.center)),\(n(r.found?.width)),\(n(r.centerError)),\(n(r.widthError))\n"
            md += "| \(r.spectrum) | \(r.peak) | \(r.method) | \(r.found.map { n($0.center) } ?? "not found") | \(n(r.found?.width)) | \(n(r.centerError)) | \(n(r.widthError)) |\n"
        }
        md += "\nGoodness of fit as reduced χ² with Poisson weights 1/max(counts, 1) (the fits themselves minimise the unweighted sum of squares) beside the expert's fitted curve on the same data:\n\n"
        md += "| spectrum | method | background | χ²_ν | expert's curve χ²_ν | parameters at a bound |\n|---|---|---|---|---|---|\n"
        for (spectrum, expertChi, methods) in chi {
            for m in methods where m.failure != nil {
                md += "| \(spectrum) | \(m.method) | \(m.background) | failed: \(m.failure!) | \(n(expertChi, 4)) | |\n"
            }
            for m in methods where m.reducedChiSquared != nil {
                md += "| \(spectrum) | \(m.method) | \(m.background) | \(n(m.reducedChiSquared, 4)) | \(n(expertChi, 4)) | \(m.atBound.isEmpty ? "none" : m.atBound.joined(separator: ", ")) |\n"
            }
        }
        if !checks.isEmpty {
            md += "\nTargets:\n\n" + checks.map { "- **\($0.met ? "met" : "missed")**: \($0.text)\n" }.joined()
        }
        if !notes.isEmpty { md += "\nNotes:\n" + notes.map { "- \($0)\n" }.joined() }
        md += "\n_\(footnote)_\n"
        let mdURL = dir.appendingPathComponent("\(name).md"), csvURL = dir.appendingPathComponent("\(name).csv")
        try md.write(to: mdURL, atomically: true, encoding: .utf8)
        try csv.write(to: csvURL, atomically: true, encoding: .utf8)
        return [mdURL, csvURL]
    }
}
