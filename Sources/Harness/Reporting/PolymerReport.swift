// Multi-label (paper 2) figures and tables: exact-match accuracy and micro / macro F1 against the
// maximum shift, per model, beside the published numbers; the sensitivity of the published weakest
// classes; and the spatial transformer's own account of the shifts it undoes.
//
// Table kinds: "shift-accuracy" (columns model, max_shift_eV, exact_match_percent, micro_f1,
// macro_f1, source), "worst-classes" (class, model, sensitivity, source at the table's `at` shift),
// "alignment" (predicted against true shift of every run whose model has a spatial transformer).
// Figure kinds: "metric" with `metric` = "micro_f1" or "macro_f1"; "alignment".

import Foundation
import Plots
import Spectra

extension Reporter {
    func multiLabel(_ r: RunRecord) -> MultiLabelMetrics? {
        try? JSONDecoder().decode(MultiLabelMetrics.self, from: Data(r.detail.utf8))
    }

    /// A named metric of a run in display units: the headline metric (percent when a fraction), or
    /// "micro_f1" / "macro_f1" of a multi-label run (0–1).
    func metricValue(_ r: RunRecord, _ name: String?) throws -> Double {
        guard let name, name != r.result.metricName else {
            return (Reporter.percent(r.result.metricName) ? 100 : 1) * r.result.testMetric
        }
        guard let m = multiLabel(r) else {
            throw HarnessError.setting(
                at: "figures.metric", found: "\(name) on run \(r.result.run), which is not multi-label", expected: "a multi-label run")
        }
        switch name {
        case "micro_f1": return m.microF1 ?? .nan
        case "macro_f1": return m.macroF1 ?? .nan
        default: throw HarnessError.setting(at: "figures.metric", found: name, expected: "micro_f1 or macro_f1")
        }
    }

    func maxShift(_ r: RunRecord) -> Double? {
        r.result.sweep["maxShift"].flatMap { Double(Reporter.sweepValue($0)) }
    }

    /// Exact-match accuracy, micro and macro F1 of one run, in display units (%, 0–1, 0–1).
    struct ShiftScores {
        var exactMatch: Double
        var micro: Double
        var macro: Double
    }

    func polymerTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        switch spec.kind {
        case .shiftAccuracy?: return try shiftAccuracyTable(spec, records)
        case .worstClasses?: return try worstClassesTable(spec, records)
        default: return try alignmentTable(spec, records)
        }
    }

    /// Classes never positive in a run's test split, by name.
    func absentClasses(_ records: [RunRecord]) -> [String] {
        guard let r = records.first, let m = multiLabel(r) else { return [] }
        return m.absentClasses.map { r.labelNames[$0] }
    }

    /// Exact-match accuracy (mean ± sd over repeats) per model and maximum shift beside the
    /// published values, then micro and macro F1 per model and shift.
    func shiftAccuracyTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        var cells: [String: [Double: [ShiftScores]]] = [:]
        for r in records {
            guard let s = maxShift(r), let m = multiLabel(r) else { continue }
            cells[modelName(r), default: [:]][s, default: []].append(
                ShiftScores(exactMatch: 100 * m.exactMatchAccuracy, micro: m.microF1 ?? .nan, macro: m.macroF1 ?? .nan))
        }
        let models = cells.keys.sorted()
        let shifts = Array(Set(cells.values.flatMap(\.keys))).sorted()
        var published: [String: [Double: Double]] = [:]
        if let p = spec.published {
            for row in try PublishedData.read(p) { published[row.series, default: [:]][row.x] = 100 * row.y }
        }
        var table = reportTable(
            "exact-match accuracy (%) against the maximum charging shift",
            csvHeader: ["model", "max_shift_eV", "exact_match_percent", "micro_f1", "macro_f1", "source"])
        table.introduction = [
            "Ours: mean ± sd over repeats (n) on the test split, profile \(loaded.profile.rawValue); published values are labelled \"published\"."
        ]
        let columns = shifts.map { "±\(Reporter.trim($0)) eV" }
        func meanSD(_ v: [Double]) -> String {
            let (m, sd) = Reporter.meanSD(v)
            return ElementReport.format(m, 1) + (sd.map { " ± " + ElementReport.format($0, 1) } ?? "") + " (\(v.count))"
        }
        var grid = Table.Grid(header: ["model"] + columns + ["source"])
        for m in models {
            grid.rows.append([m] + shifts.map { s in cells[m]?[s].map { meanSD($0.map(\.exactMatch)) } ?? "–" } + ["ours"])
            for s in shifts {
                if let v = cells[m]?[s] {
                    table.csv.append([
                        m, Reporter.trim(s), String(format: "%.2f", Reporter.meanSD(v.map(\.exactMatch)).mean),
                        String(format: "%.4f", Reporter.meanSD(v.map(\.micro)).mean), String(format: "%.4f", Reporter.meanSD(v.map(\.macro)).mean),
                        "ours"
                    ])
                }
            }
        }
        for m in published.keys.sorted() {
            grid.rows.append([m] + shifts.map { s in published[m]?[s].map { ElementReport.format($0, 1) } ?? "–" } + ["published"])
            for (s, v) in published[m]!.sorted(by: { $0.key < $1.key }) {
                table.csv.append([m, Reporter.trim(s), String(format: "%.2f", v), "", "", "published"])
            }
        }
        table.body = [.grid(grid)]
        if let caveat = spec.published?.caveat { table.body.append(.paragraph(caveat)) }
        for (title, key) in [("Micro F1", \ShiftScores.micro), ("Macro F1", \.macro)] {
            let f1 = Table.Grid(
                header: ["model"] + columns,
                rows: models.map { m in
                    [m] + shifts.map { s in cells[m]?[s].map { ElementReport.format(Reporter.meanSD($0.map { $0[keyPath: key] }).mean, 3) } ?? "–" }
                })
            table.body += [.heading("\(title) (ours; the paper gives a mean F1 ≈ 0.77 only)"), .grid(f1)]
        }
        let absent = absentClasses(records)
        table.closing = [
            "Macro F1 is taken over the classes with at least one positive in the test split. "
                + (absent.isEmpty
                    ? "Every class occurs."
                    : "Never positive in the test split (no polymer of the library carries them): \(absent.joined(separator: ", ")).")
        ]
        return try table.write(name: spec.name, into: tables)
    }

    /// Sensitivity of the classes in the published worst-classes file, ours (mean over repeats) at the
    /// table's `at` shift beside the published values.
    func worstClassesTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        guard let p = spec.published else {
            throw HarnessError.setting(at: "tables.\(spec.name).published", found: "none", expected: "a published file (worst-classes needs one)")
        }
        let url = PublishedData.url(p.file)
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot read published data")
        }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        guard let header = lines.first, header.count >= 2 else { throw HarnessError.file(path: url.path, line: nil, reason: "no header") }
        let at = spec.at.flatMap(Double.init)
        let chosen = records.filter { at == nil || maxShift($0) == at }
        var ours: [String: [String: [Double]]] = [:]
        var labelNames: [String] = []
        for r in chosen {
            guard let m = multiLabel(r) else { continue }
            labelNames = r.labelNames
            for (i, s) in m.sensitivity.enumerated() { if let s { ours[modelName(r), default: [:]][r.labelNames[i], default: []].append(s) } }
        }
        let models = ours.keys.sorted()
        let publishedNames = header.dropFirst().map { name -> String in
            let short = name.replacingOccurrences(of: " Sensitivity", with: "")
            return p.rename[short] ?? short
        }
        var table = reportTable(
            "sensitivity of the published weakest classes" + (at.map { " at ±\(Reporter.trim($0)) eV" } ?? ""),
            csvHeader: ["class", "model", "sensitivity", "source"])
        table.csv.quotedColumns = [0]
        table.introduction = ["Ours: mean over repeats on the test split; published values are labelled \"published\"."]
        var grid = Table.Grid(header: ["class"] + models + publishedNames.map { "\($0) (published)" })
        for row in lines.dropFirst() where row.count == header.count {
            let name = row[0]
            let known = labelNames.contains(name)
            grid.rows.append(
                [name] + models.map { m in ours[m]?[name].map { ElementReport.format(Reporter.meanSD($0).mean) } ?? (known ? "–" : "absent") }
                    + row.dropFirst().map { ElementReport.format(Double($0) ?? .nan) })
            for m in models { if let v = ours[m]?[name] { table.csv.append([name, m, String(format: "%.4f", Reporter.meanSD(v).mean), "ours"]) } }
            for (m, v) in zip(publishedNames, row.dropFirst()) { table.csv.append([name, m, v, "published"]) }
        }
        table.body = [.grid(grid)]
        if let caveat = p.caveat { table.closing = [caveat] }
        return try table.write(name: spec.name, into: tables)
    }

    func alignmentAccounts(_ records: [RunRecord]) throws -> [(AlignmentAccount, RunRecord, TrainedModel, PolymerMixtureGenerator, DataSpec)] {
        let plans = Dictionary(uniqueKeysWithValues: try RunExpansion.expand(loaded).map { ($0.name, $0.manifest) })
        var out: [(AlignmentAccount, RunRecord, TrainedModel, PolymerMixtureGenerator, DataSpec)] = []
        for r in records {
            // Only models built with a spatial transformer are loaded.
            guard let m = plans[r.result.run], m.model.preset.mayAlign else { continue }
            if alignmentCache[r.result.run] == nil { alignmentCache[r.result.run] = try AlignmentReport.account(record: r, data: m.data) }
            guard let (a, model, generator) = alignmentCache[r.result.run] ?? nil else { continue }
            out.append((a, r, model, generator, m.data))
        }
        return out
    }

    /// The spatial transformer's predicted shift against the true shift, one row per run with a transformer.
    func alignmentTable(_ spec: TableSpec, _ records: [RunRecord]) throws -> [URL] {
        let accounts = try alignmentAccounts(records)
        var table = reportTable(
            "the spatial transformer's predicted shift against the true charging shift",
            csvHeader: ["run", "model", "max_shift_eV", "mae_eV", "offset_eV", "mae_after_offset_eV", "slope", "correlation", "twin_error_eV"])
        table.notes = []
        table.introduction = [
            "Test split; shifts in eV, positive toward higher binding energy. offset = median(predicted − true): the frame the "
                + "transformer aligns to (any constant is harmless); slope and r of predicted on true: 1 means it follows the shift. "
                + "twin error = mean |(found − found for the same mixture drawn unshifted) − true shift|: how far the sampler's output for a "
                + "shifted spectrum lies from its output for the unshifted twin (0 = perfectly aligned, whatever frame each mixture gets)."
        ]
        var grid = Table.Grid(header: ["run", "max shift (eV)", "MAE (eV)", "offset (eV)", "MAE after offset (eV)", "slope", "r", "twin error (eV)"])
        for (a, r, _, _, _) in accounts.sorted(by: { $0.0.run < $1.0.run }) {
            let values = [a.meanAbsoluteError, a.offset, a.meanAbsoluteErrorAfterOffset, a.slope, a.correlation, a.twinError]
            grid.rows.append([a.run, Reporter.trim(a.maxShift)] + values.map { ElementReport.format($0, 3) })
            table.csv.append([a.run, modelName(r), Reporter.trim(a.maxShift)] + values.map { String(format: "%.4f", $0) })
        }
        table.body = [.grid(grid)]
        if accounts.isEmpty { table.closing = ["No run with a spatial transformer and a non-zero shift."] }
        return try table.write(name: spec.name, into: tables)
    }

    /// Per transformer run point (first repeat, largest shifts first as given): predicted against true
    /// shift, and `count` test spectra around C 1s before and after the sampler beside the unshifted mixture.
    func alignmentFigures(_ spec: FigureSpec, _ records: [RunRecord]) throws -> [Figure] {
        var out: [Figure] = []
        for (a, r, trained, generator, data) in try alignmentAccounts(records.filter { $0.result.repeatIndex == 0 }) {
            // At most 1,000 points drawn (every k-th test spectrum); the title's statistics use all.
            let k = max(1, (a.trueShift.count + 999) / 1000)
            let drawn = stride(from: 0, to: a.trueShift.count, by: k).map { $0 }
            var f = Figure.scatter(
                name: "\(spec.name)-\(r.result.point)", x: drawn.map { a.trueShift[$0] }, y: drawn.map { a.predictedShift[$0] },
                xLabel: "true charging shift (eV)", yLabel: "shift found by the localisation (eV)")
            f.title =
                spec.title
                ?? String(
                    format: "%@: r = %.3f, slope %.2f, offset %.2f eV, twin error %.2f eV", r.result.point, a.correlation, a.slope, a.offset,
                    a.twinError)
            out.append(f)
            let test = try ExperimentRunner.readTestSplit(r.file).spectra
            let energies = generator.axis.energies
            let window = energies.indices.filter { energies[$0] >= 275 && energies[$0] <= 300 }
            for i in 0..<(spec.count ?? 2) {
                guard let e = AlignmentReport.example(i, trained: trained, generator: generator, test: test, data: data) else { break }
                let x = window.map { energies[$0] }
                var g = Figure(
                    name: "\(spec.name)-\(r.result.point)-example\(i + 1)",
                    title: String(format: "Test spectrum %d (C 1s region): shift %.2f eV, found %.2f eV", i + 1, e.trueShift, e.predictedShift),
                    xLabel: "binding energy (eV)", yLabel: "intensity (unit area)",
                    series: [
                        Series(title: "input (shifted)", x: x, y: window.map { e.input[$0] }, style: .line, color: .black),
                        Series(title: "after the sampler", x: x, y: window.map { e.aligned[$0] }, style: .line, color: .vermillion),
                        Series(title: "same mixture, no shift", x: x, y: window.map { e.unshifted[$0] }, style: .line, color: .blue)
                    ],
                    xReversed: true)
                g.footnote = footnote
                out.append(g)
            }
        }
        return out
    }
}
