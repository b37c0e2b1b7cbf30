// Runs an experiment: every run of the sweep is trained, evaluated once on its test set and
// written to Results/<experiment>/runs/<run>.h5 (under a temporary name, renamed when complete);
// a summary file links the runs and tabulates their metrics.

import Foundation
import Tensors
import NeuralNets
import Spectra
import Store

public struct RunResult: Codable, Sendable {
    public var run: String
    public var point: String
    public var repeatIndex: Int
    public var sweep: [String: String]
    public var testMetric: Double
    public var metricName: String
    public var testLoss: Double
    public var bestEpoch: Int
    public var epochs: Int
    public var trainableParameters: Int
    public var seconds: Double
    /// Training spectra per second over the training batches only (absent in older run files).
    public var trainingSpectraPerSecond: Double?
    /// Headline metric on each evaluation condition's test set.
    public var conditions: [ConditionResult]?
}

public struct ConditionResult: Codable, Sendable {
    public var name: String
    public var value: Double
    public var metric: Double
    public var loss: Double
}

public enum GeneratorFactory {
    public static func make(_ data: DataSpec) throws -> SpectrumGenerator {
        switch data.parameters {
        case .peakFitting(let p): return try PeakFittingGenerator(parameters: p, seed: data.seed)
        case .polymerMixtures(let p): return try PolymerMixtureGenerator(parameters: p, seed: data.seed)
        case .elementSurvey(let p): return try ElementSurveyGenerator(parameters: p, seed: data.seed)
        case .compoundSurvey(let p): return try CompoundSurveyGenerator(parameters: p, seed: data.seed)
        }
    }
}

public final class ExperimentRunner {
    public let loaded: LoadedManifest
    public let resultsRoot: URL
    public let progress: ProgressReporter
    /// Interrupt each run after this epoch (its checkpoint stays): how tests exercise --resume.
    public var stopAfterEpoch: Int?

    /// The commit and working-tree state when the runner was created (the code that trains), not
    /// when a long run ends: results record the code that made them.
    let startProvenance: Provenance

    public init(_ loaded: LoadedManifest, resultsRoot: URL, progress: ProgressReporter = ProgressReporter()) {
        startProvenance = Provenance(manifest: loaded.resolved, profile: loaded.profile, threads: loaded.manifest.training.threads)
        self.loaded = loaded
        self.resultsRoot = resultsRoot
        self.progress = progress
    }

    public var experimentDirectory: URL { resultsRoot.appendingPathComponent(loaded.manifest.name, isDirectory: true) }
    public var runsDirectory: URL { experimentDirectory.appendingPathComponent("runs", isDirectory: true) }
    public func runFile(_ run: String) -> URL { runsDirectory.appendingPathComponent("\(run).h5") }
    public func checkpointFile(_ run: String) -> URL {
        experimentDirectory.appendingPathComponent("checkpoints/\(run).h5")
    }

    /// Runs the plans (all, or those named in `only`); finished runs are skipped unless `force`.
    @discardableResult
    public func run(only: Set<String>? = nil, force: Bool = false, resume: Bool = false) throws -> [RunResult] {
        // Sources of warm starts within this sweep train before the runs that start from them.
        let chosen = try RunExpansion.expand(loaded).filter { only == nil || only!.contains($0.name) }
        let plans = try WarmStart.waves(chosen, experiment: loaded.manifest.name).flatMap { $0 }
        if let only {
            let known = Set(try RunExpansion.expand(loaded).map(\.name))
            if let unknown = only.subtracting(known).sorted().first {
                throw HarnessError.setting(
                    at: "--only", found: "\(unknown) (no such run)", expected: "some of \(known.sorted().joined(separator: ", "))")
            }
        }
        try FileManager.default.createDirectory(at: runsDirectory, withIntermediateDirectories: true)
        var results: [RunResult] = []
        for (i, plan) in plans.enumerated() {
            let file = runFile(plan.name)
            if !force, FileManager.default.fileExists(atPath: file.path), let r = try? ExperimentRunner.readResult(file) {
                if reusable(plan) {
                    progress.line("[\(i + 1)/\(plans.count)] \(plan.name): finished earlier, skipped (use --force to rerun)")
                    results.append(r)
                    continue
                }
                progress.line(
                    "[\(i + 1)/\(plans.count)] \(plan.name): the existing run file was made with other settings (another profile or --set) "
                        + "or from another source run (training.initialiseFrom); training again"
                )
            }
            progress.line("[\(i + 1)/\(plans.count)] \(plan.name)")
            results.append(try execute(plan, resume: resume && !force))
        }
        return results
    }

    /// Whether `plan`'s run file holds a finished run made with exactly these settings (same profile,
    /// overrides, code-independent configuration and warm-start source): reused unless --force.
    public func reusable(_ plan: RunPlan) -> Bool {
        let file = runFile(plan.name)
        guard FileManager.default.fileExists(atPath: file.path), (try? ExperimentRunner.readResult(file)) != nil,
            let stored = try? ExperimentRunner.readConfig(file)
        else { return false }
        return ExperimentRunner.sameTraining(stored, plan.resolved) && sameWarmStart(file, plan)
    }

    /// Writes Results/<experiment>/<experiment>.h5 (external links to every run file present,
    /// and the table of runs × metrics), provenance.json and the shipped models (models/).
    public func writeSummary(_ results: [RunResult], wallSeconds: Double) throws {
        let dir = experimentDirectory
        let final = dir.appendingPathComponent("\(loaded.manifest.name).h5")
        let threads = loaded.manifest.training.threads
        var provenance = startProvenance
        provenance.threads = threads
        provenance.created = ISO8601DateFormatter().string(from: Date())
        provenance.wallSeconds = wallSeconds
        provenance.runSeconds = results.reduce(0) { $0 + $1.seconds }
        var commits = Set<String>(), dirty: Bool? = nil
        for r in results {
            guard let f = try? HDF5File(opening: runFile(r.run)) else { continue }
            if let c = try? f.root.stringAttribute("git_commit") { commits.insert(c) }
            if let d = try? f.root.stringAttribute("git_dirty") { dirty = (dirty ?? false) || d == "true" }
        }
        provenance.runCommits = commits.sorted()
        provenance.runsDirty = dirty
        try HDF5File.writeAtomically(final) { file in
            let root = file.root
            try provenance.write(to: root)
            try root.write("manifest", string: loaded.resolved.serialized(pretty: true))
            for r in results {
                try root.linkExternal("runs/\(r.run)", fileName: "runs/\(r.run).h5", objectPath: "/runs/\(r.run)")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try root.write("summary/runs", string: String(decoding: try encoder.encode(results), as: UTF8.self))
            try root.write("summary/test_metric", doubles: results.map(\.testMetric))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(provenance).write(to: dir.appendingPathComponent("provenance.json"), options: .atomic)
        // The manifest's `ship` runs, as model files under models/ (nothing without the key).
        for m in try ShippedModels.ship(self) { progress.line("shipped model \(m.path): " + (try ModelDescription(m)).summary) }
    }

    /// Trains, evaluates and writes one run.
    public func execute(_ plan: RunPlan, resume: Bool = false) throws -> RunResult {
        let m = plan.manifest
        let started = Date()
        Parallel.threads = m.training.threads
        let generator = try GeneratorFactory.make(m.data)
        let K = generator.targetCount, L = generator.axis.count
        let adapter = TaskAdapter(task: m.task, targets: K)
        let trainRange = 0..<m.data.train
        let validationRange = m.data.train..<(m.data.train + m.data.validation)
        let testRange = validationRange.upperBound..<(validationRange.upperBound + m.data.test)
        let validation = generator.batch(validationRange)
        let model = try ModelPresets.build(
            m.model, task: m.task, inputLength: L, targets: K, seed: plan.initialisationSeed,
            axis: generator.axis)
        let warmStart = try initialiseFromSource(plan, model: model)
        let trainer = makeTrainer(plan, model: model, adapter: adapter, generator: generator, trainRange: trainRange, validation: validation)
        let history = try trainer.fit(seed: plan.initialisationSeed, checkpoint: checkpointFile(plan.name), resume: resume)
        // The test set is touched once, here.
        let test = generator.batch(testRange)
        let (testLoss, testMetric, predictions) = try trainer.evaluate(test)
        let detail = try adapter.detailedMetrics(predictions: predictions, targets: test.targets)
        var explanation: ExplanationResult?
        if let spec = m.explanation, spec.runs == nil || spec.runs!.contains(plan.pointName) {
            explanation = try Explanation.compute(
                spec, model: model, adapter: adapter, generator: generator, data: m.data,
                test: try Explanation.spectra(spec, data: m.data, test: test), progress: progress)
        }
        var conditions: [ConditionResult] = []
        var conditionClasses: [String: (truth: [Int], predicted: [Int])] = [:]
        var conditionDetails: [String: String] = [:]
        var quantification: [QuantificationRow] = []
        for (i, c) in (m.evaluation?.conditions ?? []).enumerated() {
            var doc = plan.resolved
            for (path, value) in c.set.sorted(by: { $0.key < $1.key }) {
                guard let d = doc.setting(value, at: path.split(separator: ".").map(String.init)) else {
                    throw HarnessError.setting(at: "evaluation.conditions.\(c.name).set", found: path, expected: "a data setting of the manifest")
                }
                doc = d
            }
            let conditioned = try StrictDecoder.decode(Manifest.self, from: doc, file: loaded.file, lines: loaded.lines)
            let g = try GeneratorFactory.make(conditioned.data)
            let conditionTest = g.batch(testRange)
            let (loss, metric, conditionPredictions) = try trainer.evaluate(conditionTest)
            conditionDetails[c.name] = try adapter.detailedMetrics(predictions: conditionPredictions, targets: conditionTest.targets)
            if m.task == .classification {
                conditionClasses[c.name] = (argmaxRows(conditionTest.targets), argmaxRows(conditionPredictions))
            }
            if m.task == .quantification {
                quantification += try QuantificationEvaluation.rows(
                    condition: c.name, snr: c.value ?? Double(i), spectra: conditionTest.spectra,
                    targets: conditionTest.targets, predictions: conditionPredictions,
                    generator: g, halfWindow: 6)
            }
            conditions.append(ConditionResult(name: c.name, value: c.value ?? Double(i), metric: metric, loss: loss))
            progress.line(String(format: "%@  condition %@: %@ %.4g", plan.name, c.name, adapter.metricName, metric))
        }
        let seconds = Date().timeIntervalSince(started)
        progress.line(
            String(
                format: "%@  test %@ %.4g (best epoch %d, %.0f s)", plan.name, adapter.metricName, testMetric,
                history.bestEpoch, seconds))
        let result = RunResult(
            run: plan.name, point: plan.pointName, repeatIndex: plan.repeatIndex,
            sweep: Dictionary(uniqueKeysWithValues: plan.sweepValues.map { ($0.label, $0.value.description) }),
            testMetric: testMetric, metricName: adapter.metricName, testLoss: testLoss,
            bestEpoch: history.bestEpoch, epochs: history.trainLoss.count,
            trainableParameters: model.trainableParameterCount, seconds: seconds,
            trainingSpectraPerSecond: history.trainingSpectraPerSecond,
            conditions: conditions.isEmpty ? nil : conditions)
        try writeRun(
            plan, generator: generator, model: model, history: history, test: test, predictions: predictions,
            result: result, detail: detail, explanation: explanation, conditionClasses: conditionClasses, conditionDetails: conditionDetails,
            quantification: quantification, warmStart: warmStart)
        try? FileManager.default.removeItem(at: checkpointFile(plan.name))
        return result
    }

    /// The warm start of `plan` (`training.initialiseFrom`) applied to `model`; nil without one.
    func initialiseFromSource(_ plan: RunPlan, model: Model) throws -> WarmStart.Source? {
        guard let source = try WarmStart.source(of: plan, runner: self) else { return nil }
        let into = plan.manifest.training.initialiseFrom?.into
        try WarmStart.apply(source, into: into, model: model)
        progress.line("\(plan.name)  initialised from \(source.label)\(into.map { " into \($0)" } ?? "")")
        return source
    }

    /// The trainer of `plan`: its interruption point, the localiser's own rate, the curriculum's data.
    func makeTrainer(
        _ plan: RunPlan, model: Model, adapter: TaskAdapter, generator: SpectrumGenerator, trainRange: Range<Int>,
        validation: (spectra: Tensor, targets: Tensor)
    ) -> Trainer {
        let m = plan.manifest
        let trainer = Trainer(
            runName: plan.name, model: model, adapter: adapter, spec: m.training, generator: generator,
            trainIndices: trainRange, validation: validation, progress: progress)
        trainer.stopAfterEpoch = stopAfterEpoch
        if let scale = m.model.localiser?.learningRateScale { trainer.rateScales = [(ModelPreset.localisationPrefix, scale)] }
        let data = m.data
        trainer.scaledGenerator = { factor in
            guard let d = data.withMaxShift(scaledBy: factor) else { return generator }
            return try GeneratorFactory.make(d)
        }
        return trainer
    }

    func writeRun(
        _ plan: RunPlan, generator: SpectrumGenerator, model: Model, history: TrainingHistory,
        test: (spectra: Tensor, targets: Tensor), predictions: Tensor, result: RunResult, detail: String,
        explanation: ExplanationResult? = nil,
        conditionClasses: [String: (truth: [Int], predicted: [Int])] = [:], conditionDetails: [String: String] = [:],
        quantification: [QuantificationRow] = [], warmStart: WarmStart.Source? = nil
    ) throws {
        let final = runFile(plan.name)
        try HDF5File.writeAtomically(final) { file in
            let root = file.root
            var provenance = startProvenance
            provenance.threads = plan.manifest.training.threads
            provenance.created = ISO8601DateFormatter().string(from: Date())
            try provenance.write(to: root)
            try root.write("manifest", string: loaded.resolved.serialized(pretty: true))
            try root.write("axis", doubles: generator.axis.energies)
            try root.setAttribute("units", "eV", onDataset: "axis")
            try root.setAttribute(
                "type",
                plan.manifest.data.generator == .peakFitting
                    ? "x (paper 1 units: 1 unit = 4/3 eV of a 20 eV window), ascending" : "binding, ascending",
                onDataset: "axis")
            let run = try root.group("runs/\(plan.name)")
            for (label, value) in plan.sweepValues {
                if case .number(let x) = value { try run.setAttribute(label, x) } else { try run.setAttribute(label, value.description) }
            }
            try run.setAttribute("data_seed", Int(plan.manifest.data.seed))
            try run.setAttribute("initialisation_seed", Int(plan.initialisationSeed))
            try run.setAttribute("repeat", plan.repeatIndex)
            if let warmStart {
                // Part of the run's identity: `sameWarmStart` compares it before reusing the run.
                try run.setAttribute("initialised_from", warmStart.label)
                try run.setAttribute("initialised_from_sha256", warmStart.sha256)
                if let into = plan.manifest.training.initialiseFrom?.into { try run.setAttribute("initialised_into", into) }
            }
            try run.write("config", string: plan.resolved.serialized(pretty: true))
            let N = test.spectra.shape[0], L = generator.axis.count, K = generator.targetCount
            try run.write("data/test/spectra", floats: test.spectra.scalars, shape: [N, L])
            try run.write("data/test/labels", floats: test.targets.scalars, shape: [N, K])
            try run.write("predictions/test", floats: predictions.scalars, shape: [N, K])
            let modelGroup = try run.group("model")
            try ModelArchive.write(model, to: modelGroup)
            try modelGroup.setAttribute("preset", plan.manifest.model.preset.rawValue)
            try modelGroup.setAttribute("task", plan.manifest.task.rawValue)
            try modelGroup.setAttribute("label_names", generator.targetNames.joined(separator: "\n"))
            try modelGroup.setAttribute("input_axis", [generator.axis.start, generator.axis.step, Double(generator.axis.count)])
            try modelGroup.setAttribute("input_axis_units", "eV (binding), ascending")
            try modelGroup.setAttribute("architecture", ModelPresets.architectureJSON(plan.manifest.model).serialized(pretty: false))
            try modelGroup.setAttribute("preprocessing", ExperimentRunner.preprocessing(plan.manifest.data))
            try modelGroup.setAttribute("generator", plan.manifest.data.generator.rawValue)
            try writeHistory(history, plan: plan, generator: generator, metricName: result.metricName, to: try run.group("history"))
            let metrics = try run.group("metrics")
            try metrics.setAttribute(result.metricName, result.testMetric)
            try metrics.setAttribute("test_loss", result.testLoss)
            try metrics.setAttribute("trainable_parameters", result.trainableParameters)
            try metrics.setAttribute("seconds", result.seconds)
            if let rate = result.trainingSpectraPerSecond { try metrics.setAttribute("training_spectra_per_second", rate) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try metrics.write("detail", string: detail)
            for c in result.conditions ?? [] {
                let cg = try metrics.group("conditions/\(c.name)")
                try cg.setAttribute("value", c.value)
                try cg.setAttribute(result.metricName, c.metric)
                try cg.setAttribute("test_loss", c.loss)
                if let d = conditionDetails[c.name] { try cg.write("detail", string: d) }
                if let classes = conditionClasses[c.name] {
                    try cg.write("true_class", integers: classes.truth.map(Int64.init))
                    try cg.write("predicted_class", integers: classes.predicted.map(Int64.init))
                }
            }
            if let explanation, let spec = plan.manifest.explanation { try Explanation.write(explanation, spec: spec, to: run) }
            if !quantification.isEmpty {
                try metrics.write("quantification", string: String(decoding: try encoder.encode(quantification), as: UTF8.self))
            }
            try metrics.write("result", string: String(decoding: try encoder.encode(result), as: UTF8.self))
        }
    }
}
