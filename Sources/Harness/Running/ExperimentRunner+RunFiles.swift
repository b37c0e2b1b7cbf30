// Reading and writing the parts of a run file: the training history, what `predict` must do to a
// spectrum, the settings that decide whether a finished run is reused, the test split and result.

import Foundation
import Tensors
import NeuralNets
import Spectra
import Store

extension ExperimentRunner {
    /// history/: losses, validation metric, learning rate and time per epoch (whole epoch, and its
    /// training batches alone), the loss of each output where there are several, the localiser's
    /// live-unit fraction where the model has a learned localisation, the best epoch.
    func writeHistory(_ history: TrainingHistory, plan: RunPlan, generator: SpectrumGenerator, metricName: String, to h: HDF5Group) throws {
        try h.write("train_loss", doubles: history.trainLoss)
        try h.write("val_loss", doubles: history.validationLoss)
        try h.write("val_metric", doubles: history.validationMetric)
        try h.write("learning_rate", doubles: history.learningRate)
        try h.write("seconds", doubles: history.seconds)
        if let t = history.trainingSeconds { try h.write("train_seconds", doubles: t) }
        if let live = history.localiserLiveFraction { try h.write("localiser_live_fraction", doubles: live) }
        if let width = history.trainLossParts.first?.count, width > 1 {
            let names = TaskAdapter(task: plan.manifest.task, targets: generator.targetCount).lossPartNames
            try h.write("train_loss_parts", doubles: history.trainLossParts.flatMap { $0 }, shape: [history.trainLossParts.count, width])
            try h.write("val_loss_parts", doubles: history.validationLossParts.flatMap { $0 }, shape: [history.validationLossParts.count, width])
            try h.setAttribute("loss_part_names", names.joined(separator: "\n"))
        }
        try h.setAttribute("best_epoch", history.bestEpoch)
        try h.setAttribute("val_metric_name", metricName)
    }

    /// How `predict` must treat a measured spectrum before this model sees it.
    static func preprocessing(_ data: DataSpec) -> String {
        switch data.parameters {
        case .peakFitting: return "background-subtracted, scaled to maximum 1, 401-point window mapped by index onto x = 0…15"
        case .polymerMixtures: return "resampled onto the input axis, negatives clipped, normalised to unit area (eV)"
        case .elementSurvey: return "resampled onto the input axis, scaled to maximum 1"
        case .compoundSurvey: return "resampled onto the input axis, scaled to maximum 1 over the part the survey covers, the rest 0"
        }
    }

    /// The settings that decide what a run computes: task, data, model and training of its resolved
    /// manifest (its sweep values applied). Notes, figures, tables and the list of other sweep values
    /// do not, so editing them keeps finished runs.
    static func trainingSettings(_ v: JSONValue) -> String {
        guard case .object(let members) = v else { return v.serialized(pretty: true) }
        // Key order does not count: a variant's settings are appended where the file's are sorted.
        return JSONValue.object(members.filter { ["task", "data", "model", "training"].contains($0.key) }).sortedKeys.serialized(pretty: true)
    }

    /// Whether a stored run configuration trains exactly as `resolved` would.
    static func sameTraining(_ stored: String, _ resolved: JSONValue) -> Bool {
        guard let (value, _) = try? JSONValue.parse(stored, file: "config") else { return false }
        return trainingSettings(value) == trainingSettings(resolved)
    }

    /// Whether a finished run file started from the source `plan` would start from now: the same
    /// source run, its model tensors unchanged (by hash). True for a run without a warm start.
    func sameWarmStart(_ url: URL, _ plan: RunPlan) -> Bool {
        guard plan.manifest.training.initialiseFrom != nil else { return true }
        guard let source = try? WarmStart.source(of: plan, runner: self),
            let file = try? HDF5File(opening: url), let runs = try? file.root.openGroup("runs"),
            let name = try? runs.memberNames().first, let run = try? runs.openGroup(name)
        else { return false }
        return (try? run.stringAttribute("initialised_from")) == source.label
            && (try? run.stringAttribute("initialised_from_sha256")) == source.sha256
    }

    /// The test split stored in a run file: spectra [N, 1, L] and labels [N, K].
    static func readTestSplit(_ url: URL) throws -> (spectra: Tensor, labels: Tensor) {
        let file = try HDF5File(opening: url)
        let runs = try file.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: url.path, reason: "no run inside") }
        let (x, xs) = try runs.readFloats("\(name)/data/test/spectra")
        let (t, ts) = try runs.readFloats("\(name)/data/test/labels")
        return (Tensor(shape: [xs[0], 1, xs[1]], scalars: x), Tensor(shape: ts, scalars: t))
    }

    /// The resolved manifest a run file was made with (JSON text).
    public static func readConfig(_ url: URL) throws -> String {
        let file = try HDF5File(opening: url)
        let runs = try file.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: url.path, reason: "no run inside") }
        return try runs.openGroup(name).readString("config")
    }

    /// The result record of a finished run file.
    public static func readResult(_ url: URL) throws -> RunResult {
        let file = try HDF5File(opening: url)
        let runs = try file.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: url.path, reason: "no run inside") }
        let text = try runs.openGroup(name).readString("metrics/result")
        return try JSONDecoder().decode(RunResult.self, from: Data(text.utf8))
    }
}

extension ModelPresets {
    /// The model spec as JSON (what rebuilds the architecture).
    public static func architectureJSON(_ spec: ModelSpec) -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? JSONValue(data: encoder.encode(spec))) ?? .null
    }
}
