// The experiment manifest: one JSON file in Experiments/ describes data, model, training, the
// sweep of runs, evaluation, figures and tables. Every field has a default; the loader merges the
// defaults under the file (then the profile's and the command line's overrides) and writes the
// fully resolved manifest next to every result.
// The blocks have their own files: DataSpec.swift, ModelSpec.swift, TrainingSpec.swift;
// figures and tables in ReportSpecs.swift.

import Foundation
import Spectra

public enum TaskKind: String, ManifestEnum, Sendable {
    /// Paper 1: count, centres, amplitudes, widths of 1–3 peaks (4 MSE losses).
    case peakFitting = "peak-fitting"
    /// Paper 2: functional groups present; paper 3: elements present (BCE on logits, exact-match accuracy).
    case multiLabel = "multi-label"
    /// Paper 3: which element (softmax cross-entropy, accuracy).
    case classification
    /// Paper 3: atomic fractions (softmax over elements, cross-entropy against fractions, MAE in at. %).
    case quantification
}

public enum GeneratorKind: String, ManifestEnum, Sendable {
    case peakFitting = "peak-fitting"
    case polymerMixtures = "polymer-mixtures"
    case elementSurvey = "element-survey"
    case compoundSurvey = "compound-survey"
}

/// One swept manifest parameter: a dotted path and the values it takes. With parameter
/// "variant", each value is {"name": "…", "set": {"dotted.path": value, …}}: a named combination of
/// settings (e.g. a model with its own data setting), shown by its name.
public struct SweepAxis: Codable, Sendable, Equatable {
    public var parameter: String
    public var values: [JSONValue]
    /// Short name used in run names (default: the last path component).
    public var label: String?

    public static let variant = "variant"

    /// Name and settings of a variant value, or nil when it is not {"name": string, "set": object}.
    public static func variantParts(_ value: JSONValue) -> (name: String, set: [(key: String, value: JSONValue)])? {
        guard case .object(let members) = value, members.count == 2,
            let nameValue = members.first(where: { $0.0 == "name" })?.1, case .string(let name) = nameValue,
            let setValue = members.first(where: { $0.0 == "set" })?.1, case .object(let sets) = setValue, !sets.isEmpty
        else { return nil }
        return (name, sets.map { (key: $0.0, value: $0.1) })
    }
}

public struct Manifest: Codable, Sendable, Equatable, ManifestValidatable {
    /// `ManifestKind.experiment` when given (the key may be left out).
    public var kind: ManifestKind?
    public var name: String
    public var description: String
    public var task: TaskKind
    public var data: DataSpec
    public var model: ModelSpec
    public var training: TrainingSpec
    public var sweep: [SweepAxis]
    /// Initialisation seeds per sweep point; results report mean ± sd.
    public var repeats: Int
    /// Named override sets: "smoke", "default", "paper" (dotted path → value).
    public var profiles: [String: [String: JSONValue]]
    /// Choices made where a paper is silent, stated with the results.
    public var notes: [String]
    /// Figures drawn from the results (default: loss curves).
    public var figures: [FigureSpec]
    /// Tables of results (default: the headline metric per run point).
    public var tables: [TableSpec]
    /// Feature importance after training (optional).
    public var explanation: ExplanationSpec?
    /// Extra test conditions (optional).
    public var evaluation: EvaluationSpec?
    /// Element surveys: the rule sorting elements into four overlap classes (optional; see OverlapClasses.swift).
    public var overlapClasses: OverlapClassRule?
    /// Runs whose trained models are committed under Results/<experiment>/models/<run>.h5 (optional;
    /// default none): written by `harness run` and `harness report` when the runs exist.
    public var ship: [String]?

    public func validate(_ v: inout ManifestValidator) {
        if let kind { v.require(kind == .experiment, "kind", found: "\"\(kind.rawValue)\"", expected: "\"experiment\" (or no kind)") }
        v.require(
            !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, "name",
            found: "\"\(name)\"", expected: "letters, digits, - and _ (it names the results folder)")
        v.require(repeats >= 1 && repeats <= 1000, "repeats", found: "\(repeats)", expected: "1…1,000")
        // The runs are expanded (and listed) after validation: bound their number first.
        // An overflowing product is "too many", never its wrapped remainder.
        let runs = sweep.reduce(repeats) { product, axis in
            let (p, overflow) = product.multipliedReportingOverflow(by: max(1, axis.values.count))
            return overflow ? Int.max : p
        }
        v.require(
            runs >= 1 && runs <= 10_000 && sweep.count <= 8, "sweep", found: "\(sweep.count) axes, \(runs) runs with the repeats",
            expected: "at most 8 axes and 10,000 runs")
        v.nested(data, "data")
        v.nested(model, "model")
        v.nested(training, "training")
        validateTask(&v)
        validateSweep(&v)
        validateEvaluation(&v)
        validateFigures(&v)
        validateExplanation(&v)
        validateTables(&v)
        if let ship {
            v.require(
                !ship.isEmpty && Set(ship).count == ship.count && ship.allSatisfy { !$0.isEmpty && !$0.contains("/") }, "ship",
                found: "\(ship)", expected: "distinct run names (as `harness plan` lists them); leave the key out to ship none")
        }
    }
}

extension Manifest {
    /// The labels of the sweep axes (`label`, else the parameter's last path component).
    var sweepLabels: [String] { sweep.map { $0.label ?? String($0.parameter.split(separator: ".").last ?? "") } }

    /// A figure's or table's `x`, `series`, `rows` or `columns` names a sweep label or "condition".
    func checkSweepLabel(_ l: String?, _ path: String, _ v: inout ManifestValidator) {
        let labels = sweepLabels
        if let l {
            v.require(
                labels.contains(l) || l == "condition", path, found: "\"\(l)\"",
                expected: "a sweep label (\(labels.joined(separator: ", "))) or \"condition\"")
        }
    }

    /// The task against the generator, the survey generator's own task, and the settings that need
    /// a task or a generator (shift curriculum, amounts output).
    func validateTask(_ v: inout ManifestValidator) {
        let compatible: Bool
        switch (task, data.generator) {
        case (.peakFitting, .peakFitting), (.multiLabel, .polymerMixtures), (.classification, .elementSurvey),
            (.quantification, .elementSurvey), (.multiLabel, .elementSurvey), (.multiLabel, .compoundSurvey),
            (.quantification, .compoundSurvey):
            compatible = true
        default: compatible = false
        }
        v.require(
            compatible, "task", found: "\"\(task.rawValue)\" with generator \"\(data.generator.rawValue)\"",
            expected: "peak-fitting ↔ peak-fitting, multi-label ↔ polymer-mixtures, element-survey or compound-survey, "
                + "classification ↔ element-survey, quantification ↔ element-survey or compound-survey")
        if case .elementSurvey(let p) = data.parameters {
            // The survey generator's own task decides what its targets are; it must be the one the task reads.
            let wanted: ElementSurveyGenerator.Task? = [
                TaskKind.classification: .identification, .quantification: .quantification,
                .multiLabel: .presence
            ][task]
            if let wanted {
                v.require(
                    p.task == wanted, "data.parameters.task", found: "\"\(p.task.rawValue)\" with task \(task.rawValue)",
                    expected: "\"\(wanted.rawValue)\"")
            }
        }
        if case .compoundSurvey(let p) = data.parameters {
            let wanted: CompoundSurveyGenerator.Task? = [TaskKind.quantification: .quantification, .multiLabel: .presence][task]
            if let wanted {
                v.require(
                    p.task == wanted, "data.parameters.task", found: "\"\(p.task.rawValue)\" with task \(task.rawValue)",
                    expected: "\"\(wanted.rawValue)\"")
            }
        }
        if (training.shiftCurriculum ?? 0) > 0 {
            v.require(
                data.withMaxShift(scaledBy: 1) != nil, "training.shiftCurriculum", found: "generator \(data.generator.rawValue)",
                expected: "a generator with a maxShift (polymer-mixtures, element-survey, compound-survey)")
        }
        v.require(
            model.output != .amounts || task == .quantification, "model.output",
            found: "\"amounts\" with task \(task.rawValue)", expected: "\"logits\", or \"amounts\" with task quantification")
    }

    /// Whether `name` can be one component of a file name: letters, digits, '-', '_', '.', '+' and
    /// '=' only, not starting with '.' (no folder, no hidden file, nothing outside the results folder).
    static func isFileNameComponent(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 120 && !name.hasPrefix(".")
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.+=".unicodeScalars.contains($0) }
    }

    /// Every sweep axis has values; a variant value names its settings; labels and variant names,
    /// which become parts of file names, are single path components.
    func validateSweep(_ v: inout ManifestValidator) {
        let component = "letters, digits, - _ . + = (not starting with '.'; it becomes part of a file name)"
        for (i, s) in sweep.enumerated() {
            if let l = s.label { v.require(Manifest.isFileNameComponent(l), "sweep.\(i).label", found: "\"\(l)\"", expected: component) }
            v.require(!s.values.isEmpty, "sweep.\(i).values", found: "an empty list", expected: "at least one value")
            if s.parameter == SweepAxis.variant {
                for (j, value) in s.values.enumerated() {
                    v.require(
                        SweepAxis.variantParts(value) != nil, "sweep.\(i).values.\(j)", found: value.description,
                        expected: "{\"name\": \"…\", \"set\": {\"dotted.path\": value, …}}")
                    if let name = SweepAxis.variantParts(value)?.name {
                        v.require(Manifest.isFileNameComponent(name), "sweep.\(i).values.\(j).name", found: "\"\(name)\"", expected: component)
                    }
                }
            }
        }
    }

    /// Evaluation conditions change data settings only; the overlap-class rule's window and threshold.
    func validateEvaluation(_ v: inout ManifestValidator) {
        if let e = evaluation {
            for (i, c) in e.conditions.enumerated() {
                v.require(
                    !c.set.isEmpty && c.set.keys.allSatisfy { $0.hasPrefix("data.parameters.") }, "evaluation.conditions.\(i).set",
                    found: c.set.keys.sorted().joined(separator: ", "), expected: "paths under data.parameters")
                v.require(
                    c.set["data.parameters.task"] == nil, "evaluation.conditions.\(i).set",
                    found: "data.parameters.task", expected: "data settings that keep the model's targets (not the generator's task)")
            }
        }
        if let o = overlapClasses {
            v.require(o.window > 0, "overlapClasses.window", found: "\(o.window)", expected: "> 0 eV")
            v.require(o.lineThreshold >= 0 && o.lineThreshold <= 1, "overlapClasses.lineThreshold", found: "\(o.lineThreshold)", expected: "0…1")
        }
    }

    /// Each figure's labels, kind against the task, and published file.
    func validateFigures(_ v: inout ManifestValidator) {
        for (i, f) in figures.enumerated() {
            v.require(
                Manifest.isFileNameComponent(f.name), "figures.\(i).name", found: "\"\(f.name)\"",
                expected: "a file stem: letters, digits, - _ . + = (not starting with '.')")
            if let c = f.count { v.require(c >= 1 && c <= 100, "figures.\(i).count", found: "\(c)", expected: "1…100 spectra") }
            checkSweepLabel(f.x, "figures.\(i).x", &v); checkSweepLabel(f.series, "figures.\(i).series", &v)
            v.require(
                f.kind != .quantification || task == .quantification, "figures.\(i).kind",
                found: "\"quantification\" with task \(task.rawValue)", expected: "quantification figures with task quantification")
            v.require(
                f.kind != .overlapClasses || task == .classification, "figures.\(i).kind",
                found: "\"overlap-classes\" with task \(task.rawValue)", expected: "overlap-classes figures with task classification")
            v.require(f.kind != .metric || f.x != nil, "figures.\(i).x", found: "none", expected: "a sweep label for the x axis of a metric figure")
            if let p = f.published { v.requireFile(PublishedData.url(p.file), "figures.\(i).published.file") }
            v.require(
                f.kind != .alignment || task == .multiLabel, "figures.\(i).kind", found: "\"alignment\" with task \(task.rawValue)",
                expected: "alignment figures with task multi-label")
            v.require(
                f.metric == nil || f.published == nil, "figures.\(i).published", found: "published numbers with metric \(f.metric ?? "")",
                expected: "no published block on a micro / macro F1 figure (the published numbers are exact-match accuracies)")
            if let m = f.metric {
                v.require(
                    ["micro_f1", "macro_f1"].contains(m) && task == .multiLabel && f.kind == .metric, "figures.\(i).metric",
                    found: "\"\(m)\" (kind \(f.kind.rawValue), task \(task.rawValue))",
                    expected: "\"micro_f1\" or \"macro_f1\" on a metric figure of a multi-label task")
            }
            v.require(
                ![.lossParts, .overlap].contains(f.kind) || task == .peakFitting, "figures.\(i).kind",
                found: "\"\(f.kind.rawValue)\" with task \(task.rawValue)", expected: "loss-parts and overlap figures with task peak-fitting")
        }
    }

    /// The feature-importance settings, and a task they apply to.
    func validateExplanation(_ v: inout ManifestValidator) {
        if let e = explanation {
            v.require(["occlude", "add"].contains(e.method), "explanation.method", found: "\"\(e.method)\"", expected: "\"occlude\" or \"add\"")
            v.require(e.sigma > 0, "explanation.sigma", found: "\(e.sigma)", expected: "> 0 eV")
            v.require(e.stride >= 1, "explanation.stride", found: "\(e.stride)", expected: "≥ 1 point")
            v.require(e.spectraPerClass >= 1, "explanation.spectraPerClass", found: "\(e.spectraPerClass)", expected: "≥ 1")
            v.require(
                (e.signalToNoise ?? 1) > 0 && (e.signalToNoise == nil || [.elementSurvey, .compoundSurvey].contains(data.generator)),
                "explanation.signalToNoise",
                found: "\(e.signalToNoise ?? 0) with generator \(data.generator.rawValue)", expected: "> 0, with the element-survey generator")
            v.require((e.occlusionWidth ?? 1) > 0, "explanation.occlusionWidth", found: "\(e.occlusionWidth ?? 0)", expected: "> 0 eV")
            v.require(
                task == .classification || task == .multiLabel, "explanation", found: "task \(task.rawValue)",
                expected: "a classification or multi-label task")
        }
    }

    /// Each table's labels, published file, and kind against the task.
    func validateTables(_ v: inout ManifestValidator) {
        for (i, t) in tables.enumerated() {
            v.require(
                Manifest.isFileNameComponent(t.name), "tables.\(i).name", found: "\"\(t.name)\"",
                expected: "a file stem: letters, digits, - _ . + = (not starting with '.')")
            checkSweepLabel(t.rows, "tables.\(i).rows", &v); checkSweepLabel(t.columns, "tables.\(i).columns", &v)
            if let p = t.published { v.requireFile(PublishedData.url(p.file), "tables.\(i).published.file") }
            guard let k = t.kind else { continue }
            v.require(
                k.task == task, "tables.\(i).kind", found: "\"\(k.rawValue)\" (task \(task.rawValue))",
                expected: "a table kind of task \(task.rawValue): "
                    + TableSpec.Kind.allCases.filter { $0.task == task }.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + ", or no kind")
            if k.task == .multiLabel {
                v.require(
                    t.at.map { Double($0) != nil } ?? true, "tables.\(i).at", found: "\"\(t.at ?? "")\"", expected: "a maxShift value, e.g. \"3\"")
            }
            v.require(
                k != .worstClasses || t.published != nil, "tables.\(i).published", found: "none",
                expected: "the published worst-classes file for a worst-classes table")
        }
    }
}
