// The experiment manifest: one JSON file in Experiments/ describes data, model, training, the
// sweep of runs, evaluation, figures and tables. Every field has a default; the loader merges the
// defaults under the file (then the profile's and the command line's overrides) and writes the
// fully resolved manifest next to every result.

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
}

/// Generator parameters, typed by generator.
public enum GeneratorParameters: Sendable, Equatable {
    case peakFitting(PeakFittingGenerator.Parameters)
    case polymerMixtures(PolymerMixtureGenerator.Parameters)
    case elementSurvey(ElementSurveyGenerator.Parameters)

    /// The defaults of `kind`, as JSON (what the loader merges the manifest's values over).
    public static func defaults(for kind: GeneratorKind) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch kind {
        case .peakFitting: return try JSONValue(data: encoder.encode(PeakFittingGenerator.Parameters()))
        case .polymerMixtures: return try JSONValue(data: encoder.encode(PolymerMixtureGenerator.Parameters()))
        case .elementSurvey: return try JSONValue(data: encoder.encode(ElementSurveyGenerator.Parameters()))
        }
    }
}

extension DataSpec {
    /// These settings with the charging-shift range scaled by `factor` (nil: the generator has none).
    public func withMaxShift(scaledBy factor: Double) -> DataSpec? {
        var d = self
        switch parameters {
        case .polymerMixtures(var p): p.maxShift *= factor; d.parameters = .polymerMixtures(p)
        case .elementSurvey(var p): p.maxShift *= factor; d.parameters = .elementSurvey(p)
        case .peakFitting: return nil
        }
        return d
    }
}

public struct DataSpec: Codable, Sendable, Equatable, ManifestValidatable {
    public var generator: GeneratorKind
    public var parameters: GeneratorParameters
    /// Spectra in each split; indices [0, train), [train, train + validation), then test.
    public var train: Int
    public var validation: Int
    public var test: Int
    /// Data seed: runs with the same data settings share it, so they see the same spectra.
    public var seed: UInt64

    enum CodingKeys: String, CodingKey { case generator, parameters, train, validation, test, seed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        generator = try c.decode(GeneratorKind.self, forKey: .generator)
        switch generator {
        case .peakFitting: parameters = .peakFitting(try c.decode(PeakFittingGenerator.Parameters.self, forKey: .parameters))
        case .polymerMixtures: parameters = .polymerMixtures(try c.decode(PolymerMixtureGenerator.Parameters.self, forKey: .parameters))
        case .elementSurvey: parameters = .elementSurvey(try c.decode(ElementSurveyGenerator.Parameters.self, forKey: .parameters))
        }
        train = try c.decode(Int.self, forKey: .train)
        validation = try c.decode(Int.self, forKey: .validation)
        test = try c.decode(Int.self, forKey: .test)
        seed = try c.decode(UInt64.self, forKey: .seed)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(generator, forKey: .generator)
        switch parameters {
        case .peakFitting(let p): try c.encode(p, forKey: .parameters)
        case .polymerMixtures(let p): try c.encode(p, forKey: .parameters)
        case .elementSurvey(let p): try c.encode(p, forKey: .parameters)
        }
        try c.encode(train, forKey: .train)
        try c.encode(validation, forKey: .validation)
        try c.encode(test, forKey: .test)
        try c.encode(seed, forKey: .seed)
    }

    public func validate(_ v: inout ManifestValidator) {
        v.require(train >= 1, "train", found: "\(train)", expected: "at least 1 spectrum")
        v.require(validation >= 1, "validation", found: "\(validation)", expected: "at least 1 spectrum (early stopping and model selection use it)")
        v.require(test >= 1, "test", found: "\(test)", expected: "at least 1 spectrum")
        switch (generator, parameters) {
        case (.peakFitting, .peakFitting), (.polymerMixtures, .polymerMixtures), (.elementSurvey, .elementSurvey): break
        default: v.require(false, "parameters", found: "parameters of another generator", expected: "parameters of \(generator.rawValue)")
        }
    }
}

/// A layer of a model written out in the manifest.
public struct LayerSpec: Codable, Sendable, Equatable {
    public enum Kind: String, ManifestEnum, Sendable {
        case dense, conv1d, maxpool, avgpool, globalmax, globalavg, batchnorm, dropout, relu, leakyrelu, sigmoid, tanh, flatten
    }
    public var type: Kind
    /// dense: output features; conv1d: filters; batchnorm: channels (0 = infer).
    public var units: Int?
    public var kernel: Int?
    public var stride: Int?
    public var dilation: Int?
    /// conv1d padding: "valid" or "same".
    public var padding: String?
    /// dropout rate, leakyrelu slope.
    public var rate: Double?
    /// pooling window.
    public var window: Int?
}

public struct ModelSpec: Codable, Sendable, Equatable, ManifestValidatable {
    /// A named architecture (see `ModelPreset`), or "custom" with `layers`.
    public var preset: ModelPreset
    /// Hidden widths of dense blocks (presets that have them).
    public var hidden: [Int]?
    public var dropout: Double?
    /// Convolution filters and kernel (CNN presets).
    public var filters: Int?
    public var kernel: Int?
    public var blocks: Int?
    /// Max-pooling factor after each convolution block of cnn-gap / stn-cnn (default 2).
    public var pool: Int?
    /// The layers of a "custom" model, applied in order to [B, 1, L]; a final dense layer to the
    /// K targets is appended.
    public var layers: [LayerSpec]?
    /// Charge-referenced presets ("ref-…"): the line the spectrum is referenced to, eV (default
    /// 285.0, aliphatic C 1s), and the reach of the Gaussian window its centroid is taken in, eV
    /// (default 12: σ = 4 eV, truncated at 3σ).
    public var referenceEnergy: Double?
    public var referenceWindow: Double?
    /// "peak-mlp": σ of the second, narrow mean shift that locks onto the line itself, eV (default 0.5).
    public var referencePeakWidth: Double?
    /// What the last dense layer's K values are: "logits" (default; the task's softmax or sigmoid
    /// reads them) or "amounts" (quantification: fractions = softplus(a_k) / Σ softplus(a), ratios
    /// of non-negative amounts instead of a softmax of the values themselves).
    public var output: Output?

    public enum Output: String, ManifestEnum, Sendable { case logits, amounts }

    public func validate(_ v: inout ManifestValidator) {
        if let p = pool { v.require(p >= 1, "pool", found: "\(p)", expected: "≥ 1") }
        if let w = referencePeakWidth { v.require(w > 0, "referencePeakWidth", found: "\(w)", expected: "> 0 eV") }
        if let w = referenceWindow { v.require(w > 0, "referenceWindow", found: "\(w)", expected: "> 0 eV") }
        v.require((preset == .custom) == (layers != nil), "layers", found: layers == nil ? "none" : "\(layers!.count) layers",
                  expected: "layers exactly when preset is \"custom\"")
        if let d = dropout { v.require(d >= 0 && d < 1, "dropout", found: "\(d)", expected: "0 ≤ rate < 1") }
        if let h = hidden { v.require(h.allSatisfy { $0 > 0 }, "hidden", found: "\(h)", expected: "positive widths") }
    }
}

public struct ScheduleSpec: Codable, Sendable, Equatable {
    public enum Kind: String, ManifestEnum, Sendable { case constant, plateau, cosine }
    public var kind: Kind
    /// plateau: factor and patience (epochs).
    public var factor: Double
    public var patience: Int
    /// Linear warm-up steps before the schedule.
    public var warmupSteps: Int
}

public struct TrainingSpec: Codable, Sendable, Equatable, ManifestValidatable {
    public enum OptimizerKind: String, ManifestEnum, Sendable { case adam, adamw, sgd }
    public var optimizer: OptimizerKind
    public var learningRate: Double
    public var weightDecay: Double
    public var momentum: Double
    public var batchSize: Int
    public var epochs: Int
    /// Stop when validation loss has not improved for this many epochs; 0 = never.
    public var earlyStoppingPatience: Int
    public var schedule: ScheduleSpec
    /// Clip the global gradient norm; 0 = no clipping.
    public var clipNorm: Double
    /// Initialisation seed (repeats add 1, 2, …).
    public var seed: UInt64
    /// Dispatch workers for the engine.
    public var threads: Int
    /// Every epoch after the first draws new training spectra (indices from 2⁴⁰ on, disjoint from
    /// validation and test): the paper-1 regime of more distinct spectra than epochs can revisit.
    public var freshData: Bool
    /// Shift curriculum: over the first N epochs the training spectra's charging-shift range grows
    /// linearly to data.parameters.maxShift (epoch e trains at maxShift · min(1, e / N); the same
    /// mixtures, only their shifts scaled; N capped at `epochs`). nil or 0: none. Validation and test
    /// keep the full range; the narrower epochs may be kept as best but do not count toward early
    /// stopping or the plateau schedule.
    public var shiftCurriculum: Int?

    public func validate(_ v: inout ManifestValidator) {
        if let n = shiftCurriculum { v.require(n >= 0, "shiftCurriculum", found: "\(n)", expected: "≥ 0 epochs") }
        v.require(learningRate > 0, "learningRate", found: "\(learningRate)", expected: "> 0")
        v.require(batchSize >= 2, "batchSize", found: "\(batchSize)", expected: "≥ 2 (batch normalisation needs two spectra)")
        v.require(epochs >= 1, "epochs", found: "\(epochs)", expected: "≥ 1")
        v.require(earlyStoppingPatience >= 0, "earlyStoppingPatience", found: "\(earlyStoppingPatience)", expected: "≥ 0")
        v.require(threads >= 1, "threads", found: "\(threads)", expected: "≥ 1")
        v.require(schedule.factor > 0 && schedule.factor < 1, "schedule.factor", found: "\(schedule.factor)", expected: "0 < factor < 1")
        v.require(clipNorm >= 0, "clipNorm", found: "\(clipNorm)", expected: "≥ 0")
    }
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
              let setValue = members.first(where: { $0.0 == "set" })?.1, case .object(let sets) = setValue, !sets.isEmpty else { return nil }
        return (name, sets.map { (key: $0.0, value: $0.1) })
    }
}

extension JSONValue: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let x = try? c.decode(Double.self) { self = .number(x) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else {
            // Objects: keep the encoder's order (sorted when produced by this project).
            let o = try decoder.container(keyedBy: AnyKey.self)
            self = .object(try o.allKeys.sorted { $0.stringValue < $1.stringValue }.map { ($0.stringValue, try o.decode(JSONValue.self, forKey: $0)) })
        }
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .null: var c = encoder.singleValueContainer(); try c.encodeNil()
        case .bool(let b): var c = encoder.singleValueContainer(); try c.encode(b)
        case .number(let x): var c = encoder.singleValueContainer(); try c.encode(x)
        case .string(let s): var c = encoder.singleValueContainer(); try c.encode(s)
        case .array(let a): var c = encoder.unkeyedContainer(); for v in a { try c.encode(v) }
        case .object(let members):
            var c = encoder.container(keyedBy: AnyKey.self)
            for (k, v) in members { try c.encode(v, forKey: AnyKey(k)) }
        }
    }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
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

    public func validate(_ v: inout ManifestValidator) {
        if let kind { v.require(kind == .experiment, "kind", found: "\"\(kind.rawValue)\"", expected: "\"experiment\" (or no kind)") }
        v.require(!name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }, "name",
                  found: "\"\(name)\"", expected: "letters, digits, - and _ (it names the results folder)")
        v.require(repeats >= 1, "repeats", found: "\(repeats)", expected: "≥ 1")
        v.nested(data, "data")
        v.nested(model, "model")
        v.nested(training, "training")
        let compatible: Bool
        switch (task, data.generator) {
        case (.peakFitting, .peakFitting), (.multiLabel, .polymerMixtures), (.classification, .elementSurvey),
             (.quantification, .elementSurvey), (.multiLabel, .elementSurvey): compatible = true
        default: compatible = false
        }
        v.require(compatible, "task", found: "\"\(task.rawValue)\" with generator \"\(data.generator.rawValue)\"",
                  expected: "peak-fitting ↔ peak-fitting, multi-label ↔ polymer-mixtures or element-survey, classification/quantification ↔ element-survey")
        if case .elementSurvey(let p) = data.parameters {
            // The survey generator's own task decides what its targets are; it must be the one the task reads.
            let wanted: ElementSurveyGenerator.Task? = [TaskKind.classification: .identification, .quantification: .quantification,
                                                        .multiLabel: .presence][task]
            if let wanted {
                v.require(p.task == wanted, "data.parameters.task", found: "\"\(p.task.rawValue)\" with task \(task.rawValue)",
                          expected: "\"\(wanted.rawValue)\"")
            }
        }
        if (training.shiftCurriculum ?? 0) > 0 {
            v.require(data.withMaxShift(scaledBy: 1) != nil, "training.shiftCurriculum", found: "generator \(data.generator.rawValue)",
                      expected: "a generator with a maxShift (polymer-mixtures, element-survey)")
        }
        v.require(model.output != .amounts || task == .quantification, "model.output",
                  found: "\"amounts\" with task \(task.rawValue)", expected: "\"logits\", or \"amounts\" with task quantification")
        let labels = sweep.map { $0.label ?? String($0.parameter.split(separator: ".").last ?? "") }
        for (i, s) in sweep.enumerated() {
            v.require(!s.values.isEmpty, "sweep.\(i).values", found: "an empty list", expected: "at least one value")
            if s.parameter == SweepAxis.variant {
                for (j, value) in s.values.enumerated() {
                    v.require(SweepAxis.variantParts(value) != nil, "sweep.\(i).values.\(j)", found: value.description,
                              expected: "{\"name\": \"…\", \"set\": {\"dotted.path\": value, …}}")
                }
            }
        }
        func checkLabel(_ l: String?, _ path: String) {
            if let l { v.require(labels.contains(l) || l == "condition", path, found: "\"\(l)\"",
                                 expected: "a sweep label (\(labels.joined(separator: ", "))) or \"condition\"") }
        }
        if let e = evaluation {
            for (i, c) in e.conditions.enumerated() {
                v.require(!c.set.isEmpty && c.set.keys.allSatisfy { $0.hasPrefix("data.parameters.") }, "evaluation.conditions.\(i).set",
                          found: c.set.keys.sorted().joined(separator: ", "), expected: "paths under data.parameters")
                v.require(c.set["data.parameters.task"] == nil, "evaluation.conditions.\(i).set",
                          found: "data.parameters.task", expected: "data settings that keep the model's targets (not the generator's task)")
            }
        }
        if let o = overlapClasses {
            v.require(o.window > 0, "overlapClasses.window", found: "\(o.window)", expected: "> 0 eV")
            v.require(o.lineThreshold >= 0 && o.lineThreshold <= 1, "overlapClasses.lineThreshold", found: "\(o.lineThreshold)", expected: "0…1")
        }
        for (i, f) in figures.enumerated() {
            checkLabel(f.x, "figures.\(i).x"); checkLabel(f.series, "figures.\(i).series")
            v.require(f.kind != .quantification || task == .quantification, "figures.\(i).kind",
                      found: "\"quantification\" with task \(task.rawValue)", expected: "quantification figures with task quantification")
            v.require(f.kind != .overlapClasses || task == .classification, "figures.\(i).kind",
                      found: "\"overlap-classes\" with task \(task.rawValue)", expected: "overlap-classes figures with task classification")
            v.require(f.kind != .metric || f.x != nil, "figures.\(i).x", found: "none", expected: "a sweep label for the x axis of a metric figure")
            if let p = f.published { v.requireFile(PublishedData.url(p.file), "figures.\(i).published.file") }
            v.require(f.kind != .alignment || task == .multiLabel, "figures.\(i).kind", found: "\"alignment\" with task \(task.rawValue)",
                      expected: "alignment figures with task multi-label")
            v.require(f.metric == nil || f.published == nil, "figures.\(i).published", found: "published numbers with metric \(f.metric ?? "")",
                      expected: "no published block on a micro / macro F1 figure (the published numbers are exact-match accuracies)")
            if let m = f.metric {
                v.require(["micro_f1", "macro_f1"].contains(m) && task == .multiLabel && f.kind == .metric, "figures.\(i).metric",
                          found: "\"\(m)\" (kind \(f.kind.rawValue), task \(task.rawValue))", expected: "\"micro_f1\" or \"macro_f1\" on a metric figure of a multi-label task")
            }
            v.require(![.lossParts, .overlap].contains(f.kind) || task == .peakFitting, "figures.\(i).kind",
                      found: "\"\(f.kind.rawValue)\" with task \(task.rawValue)", expected: "loss-parts and overlap figures with task peak-fitting")
        }
        if let e = explanation {
            v.require(["occlude", "add"].contains(e.method), "explanation.method", found: "\"\(e.method)\"", expected: "\"occlude\" or \"add\"")
            v.require(e.sigma > 0, "explanation.sigma", found: "\(e.sigma)", expected: "> 0 eV")
            v.require(e.stride >= 1, "explanation.stride", found: "\(e.stride)", expected: "≥ 1 point")
            v.require(e.spectraPerClass >= 1, "explanation.spectraPerClass", found: "\(e.spectraPerClass)", expected: "≥ 1")
            v.require((e.signalToNoise ?? 1) > 0 && (e.signalToNoise == nil || data.generator == .elementSurvey), "explanation.signalToNoise",
                      found: "\(e.signalToNoise ?? 0) with generator \(data.generator.rawValue)", expected: "> 0, with the element-survey generator")
            v.require((e.occlusionWidth ?? 1) > 0, "explanation.occlusionWidth", found: "\(e.occlusionWidth ?? 0)", expected: "> 0 eV")
            v.require(task == .classification || task == .multiLabel, "explanation", found: "task \(task.rawValue)",
                      expected: "a classification or multi-label task")
        }
        for (i, t) in tables.enumerated() {
            checkLabel(t.rows, "tables.\(i).rows"); checkLabel(t.columns, "tables.\(i).columns")
            if let p = t.published { v.requireFile(PublishedData.url(p.file), "tables.\(i).published.file") }
            guard let k = t.kind else { continue }
            v.require(k.task == task, "tables.\(i).kind", found: "\"\(k.rawValue)\" (task \(task.rawValue))",
                      expected: "a table kind of task \(task.rawValue): "
                        + TableSpec.Kind.allCases.filter { $0.task == task }.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + ", or no kind")
            if k.task == .multiLabel {
                v.require(t.at.map { Double($0) != nil } ?? true, "tables.\(i).at", found: "\"\(t.at ?? "")\"", expected: "a maxShift value, e.g. \"3\"")
            }
            v.require(k != .worstClasses || t.published != nil, "tables.\(i).published", found: "none",
                      expected: "the published worst-classes file for a worst-classes table")
        }
    }
}
