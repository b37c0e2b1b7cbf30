// The survey models on measured surveys of known composition: `../shared/data/measured/surveys/`
// with its labels.csv, and `../shared/data/vamas/regular.vms` (MgFe2O4, as-loaded). Per sample:
// its survey blocks, each listed element found in how many, the other elements called (C, O and
// N aside: adventitious or a matter of surface chemistry), the at. % of the listed elements beside
// the formula's where the sample's name is one. These files check the models; nothing is chosen on
// them.

import Foundation
import Spectra
import SpectraIO

public enum MeasuredSurveyCheck {
    /// One labelled sample: its file, the name its blocks carry, the elements the label lists.
    public struct Sample: Sendable, Equatable {
        public var file: String
        public var sample: String
        public var elements: [String]
    }

    /// Elements not counted as wrong calls: adventitious or surface species.
    public static let excused: Set<String> = ["C", "O", "N"]

    /// labels.csv's samples (file, sample, elements separated by ';'), then regular.vms as MgFe2O4.
    public static func samples(data: URL) throws -> [Sample] {
        let url = data.appendingPathComponent("measured/surveys/labels.csv")
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot be read: \(error.localizedDescription)")
        }
        var out: [Sample] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where n > 0 {
            let fields = line.split(separator: ",", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard fields.count >= 3, !fields[0].isEmpty, !fields[2].isEmpty else {
                throw HarnessError.file(path: url.path, line: n + 1, reason: "found '\(line)', expected file,sample,elements,note")
            }
            out.append(
                Sample(file: "measured/surveys/" + fields[0], sample: fields[1], elements: fields[2].split(separator: ";").map(String.init)))
        }
        out.append(Sample(file: "vamas/regular.vms", sample: "MgFe2O4", elements: ["Mg", "Fe", "O"]))
        return out
    }

    /// The survey blocks of `sample` in its file: blocks labelled or named "survey" (or the file's
    /// only block) whose sample line is the sample's name; when no block carries the name, all of them.
    static func surveyBlocks(_ contents: SpectrumFileContents, sample: String) -> [Int] {
        let surveys = contents.blocks.filter { b in
            contents.blocks.count == 1 || [b.label, b.region].contains { $0.lowercased().contains("survey") }
        }
        let named = surveys.filter { $0.sample == sample }
        return (named.isEmpty ? surveys : named).map(\.index)
    }

    /// One block's reading.
    struct Reading {
        var called: [String]
        var percent: [String: Double]
    }

    /// Runs the models on every sample's survey blocks and writes measured-surveys.md / .csv into
    /// `directory`; returns the table's Markdown.
    public static func run(models: SurveyModels, data: URL, directory: URL, console: Console = .standardOutput) throws -> String {
        let samples = try samples(data: data)
        var csv = CSVTable(header: ["file", "sample", "block", "listed", "called", "missed", "others_called", "at_percent"])
        var grid = Table.Grid(header: ["sample", "file", "blocks", "listed elements found", "others called (C, O, N aside)", "at. % (formula)"])
        var skipped: [String] = []
        var totals = (blocks: 0, others: 0, found: 0, listed: 0)
        var ratios: [String: Double] = [:]
        for s in samples {
            let readings = try read(s, data: data, models: models, csv: &csv, skipped: &skipped)
            guard !readings.isEmpty else {
                grid.rows.append([s.sample, s.file, "0", "not applicable (see below)", nil, nil])
                continue
            }
            let n = readings.count
            let found = s.elements.map { e in readings.filter { $0.called.contains(e) }.count }
            let others = readings.map { r in r.called.filter { !s.elements.contains($0) && !excused.contains($0) } }
            var counts: [String: Int] = [:]
            for o in others.joined() { counts[o, default: 0] += 1 }
            let othersText =
                String(format: "%.1f per block", Double(others.map(\.count).reduce(0, +)) / Double(n))
                + (counts.isEmpty
                    ? ""
                    : ": "
                        + counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(6).map { "\($0.key) \($0.value)/\(n)" }.joined(
                            separator: ", "))
            let formula = formulaPercent(s)
            /// An element's at. %, mean over the sample's blocks.
            func mean(_ e: String) -> Double { readings.map { $0.percent[e] ?? 0 }.reduce(0, +) / Double(n) }
            let percent = s.elements.map { e -> String in
                String(format: "%@ %.1f", e, mean(e)) + (formula[e].map { String(format: " (%.0f)", $0) } ?? "")
            }
            // Other elements the quantification gives ≥ 5 at. % on average (C, O and N aside).
            var otherAmounts: [(symbol: String, percent: Double)] = []
            for e in Set(readings.flatMap { $0.percent.keys }) where !s.elements.contains(e) && !excused.contains(e) {
                if mean(e) >= 5 { otherAmounts.append((e, mean(e))) }
            }
            otherAmounts.sort { $0.percent > $1.percent }
            let otherText: [String] = otherAmounts.map { String(format: "%@ %.1f", $0.symbol, $0.percent) }
            var percentText: String = percent.joined(separator: ", ")
            if !otherText.isEmpty { percentText += "; others: " + otherText.joined(separator: ", ") }
            if models.quantification != nil, s.elements.count >= 2 {
                let a = mean(s.elements[0]), b = mean(s.elements[1])
                // A ratio only where both are found in amounts (≥ 1 at. % on average).
                if a >= 1, b >= 1 { ratios[s.sample] = a / b }
            }
            grid.rows.append([
                s.sample, s.file, String(n), zip(s.elements, found).map { "\($0) \($1)/\(n)" }.joined(separator: ", "), othersText,
                models.quantification == nil ? nil : percentText
            ])
            totals.blocks += n
            totals.others += others.map(\.count).reduce(0, +)
            totals.found += found.reduce(0, +)
            totals.listed += n * s.elements.count
        }
        let closing = closingParagraphs(totals: totals, ratios: ratios, skipped: skipped, quantified: models.quantification != nil)
        var table = Table(
            title: "Measured surveys: elements and at. % from the shipped survey models",
            footnote: "models: " + models.models.map { $0.source.lastPathComponent }.joined(separator: ", "), csv: csv)
        table.introduction = [
            "Each sample's survey blocks (labels.csv, and regular.vms as MgFe2O4), read by the presence model (called: p ≥ 0.5) and the "
                + "quantification model (at. %, mean over blocks; other elements at ≥ 5 at. % after 'others', C, O and N aside). The formula's at. % is given where the sample's name is a formula of exactly "
                + "its listed elements. These spectra check the models; no setting was chosen on them."
        ]
        table.body = [.grid(grid)]
        table.closing = closing
        do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
            throw HarnessError.file(path: directory.path, line: nil, reason: "cannot be created: \(error.localizedDescription)")
        }
        _ = try table.write(name: "measured-surveys", into: directory)
        let markdown = table.markdown
        console(markdown)
        return markdown
    }

    /// Every survey block of sample `s` read by the models: one CSV record each; blocks the
    /// models refuse go to `skipped` with the reason.
    static func read(_ s: Sample, data: URL, models: SurveyModels, csv: inout CSVTable, skipped: inout [String]) throws -> [Reading] {
        let url = data.appendingPathComponent(s.file)
        let contents = try SpectrumReader.contents(of: url)
        var readings: [Reading] = []
        for b in surveyBlocks(contents, sample: s.sample) {
            let spectrum = try contents.spectrum(block: b)
            let name = "\(url.lastPathComponent)#\(b)"
            do {
                var r = Reading(called: [], percent: [:])
                if let m = models.presence {
                    let p = m.predict(try m.input(for: spectrum, name: name).values)
                    r.called = p.indices.filter { p[$0] >= 0.5 }.sorted { p[$0] > p[$1] }.map { m.labelNames[$0] }
                }
                if let m = models.quantification {
                    let q = m.predict(try m.input(for: spectrum, name: name).values)
                    for (k, v) in zip(m.labelNames, q) { r.percent[k] = 100 * Double(v) }
                }
                readings.append(r)
                let others = r.called.filter { !s.elements.contains($0) && !excused.contains($0) }
                csv.append([
                    s.file, s.sample, String(b), s.elements.joined(separator: ";"), r.called.joined(separator: ";"),
                    s.elements.filter { !r.called.contains($0) }.joined(separator: ";"), others.joined(separator: ";"),
                    s.elements.map { String(format: "%@ %.1f", $0, r.percent[$0] ?? 0) }.joined(separator: ";")
                ])
            } catch {
                skipped.append("\(s.sample) (\(name)): \(error)")
            }
        }
        return readings
    }

    /// The totals, the Fe : O order of the iron oxides, Mg : Fe of MgFe2O4 and the blocks no
    /// model could read, as the table's closing paragraphs.
    static func closingParagraphs(
        totals: (blocks: Int, others: Int, found: Int, listed: Int), ratios: [String: Double], skipped: [String], quantified: Bool
    ) -> [String] {
        var closing: [String] = []
        if totals.blocks > 0 {
            closing.append(
                String(
                    format: "Over %d survey blocks: listed elements found in %.1f %% of (block, element) pairs; %.2f other elements called per block "
                        + "(C, O and N aside).", totals.blocks, 100 * Double(totals.found) / Double(max(1, totals.listed)),
                    Double(totals.others) / Double(totals.blocks)))
        }
        let ironOxides = ["FeO", "Fe3O4", "Fe2O3"].compactMap { k in ratios[k].map { (k, $0) } }
        if ironOxides.count < 3, quantified {
            closing.append("Fe : O order of the iron oxides: not determined (Fe or O below 1 at. % in one of them).")
        }
        if ironOxides.count == 3 {
            closing.append(
                "Fe : O predicted " + ironOxides.map { String(format: "%@ %.2f", $0.0, $0.1) }.joined(separator: ", ")
                    + " (formulas 1.00, 0.75, 0.67: the order FeO > Fe3O4 > Fe2O3 is "
                    + (ironOxides[0].1 > ironOxides[1].1 && ironOxides[1].1 > ironOxides[2].1 ? "kept" : "not kept") + ").")
        }
        if let r = ratios["MgFe2O4"] {
            closing.append(String(format: "Mg : Fe predicted %.2f (formula 0.50; Mg below Fe is %@).", r, r < 1 ? "kept" : "not kept"))
        } else if quantified {
            closing.append("Mg : Fe in MgFe2O4: not determined (Mg or Fe below 1 at. % on average).")
        }
        if !skipped.isEmpty { closing.append("Not applicable:\n" + skipped.map { "- \($0)" }.joined(separator: "\n")) }
        return closing
    }

    /// The formula's at. % when the sample name parses to exactly the listed elements.
    static func formulaPercent(_ s: Sample) -> [String: Double] {
        guard let atoms = try? FormulaParser.parse(s.sample) else { return [:] }
        let symbols = atoms.map(\.symbol)
        guard Set(symbols) == Set(s.elements) else { return [:] }
        let total = atoms.map(\.count).reduce(0, +)
        return Dictionary(uniqueKeysWithValues: atoms.map { ($0.symbol, 100 * $0.count / total) })
    }
}
