// A model file: what `harness predict`, `harness explain` and `harness fit --init` need of a run
// (weights, architecture, input axis, preprocessing, label names, resolved configuration,
// provenance and test metrics) in the run file's own layout, without any tensor of data (no test
// split, predictions, history or explanation). Shipped under Results/<experiment>/models/<run>.h5.

import Foundation
import Store

public enum ModelFile {
    /// The root attribute `kind` of a model file (run files have none).
    public static let kind = "model"

    /// The root provenance attributes copied from the run file (all strings).
    static let provenanceAttributes = [
        "program", "version", "git_commit", "git_dirty", "created", "manifest_sha256", "profile", "blas_core", "engine_settings", "NX_class"
    ]
    /// The string attributes of runs/<run>/model (input_axis is numeric).
    static let modelStringAttributes = ["preset", "task", "label_names", "input_axis_units", "architecture", "preprocessing", "generator"]

    /// Writes the model file of the run file `runFile` to `url` (atomically). The weights are read
    /// into the model they describe and written back, so a file that loads is a file that predicts.
    public static func write(from runFile: URL, experiment: String, to url: URL) throws {
        let trained = try TrainedModel(file: runFile)
        let source = try HDF5File(opening: runFile)
        let runs = try source.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: runFile.path, reason: "no run inside") }
        let run = try runs.openGroup(name)
        let sourceModel = try run.openGroup("model")
        let result = try ExperimentRunner.readResult(runFile)
        let weights = try WarmStart.modelHash(runFile)
        try HDF5File.writeAtomically(url) { file in
            let root = file.root
            for a in provenanceAttributes {
                if let v = try? source.root.stringAttribute(a) { try root.setAttribute(a, v) }
            }
            try root.setAttribute("kind", kind)
            try root.setAttribute("experiment", experiment)
            try root.setAttribute("source_run_file", "runs/\(name).h5")
            // The same hash a warm start records (training.initialiseFrom): of the model tensors.
            try root.setAttribute("model_sha256", weights)
            try root.write("manifest", string: try source.root.readString("manifest"))
            let target = try root.group("runs/\(name)")
            for a in ["data_seed", "initialisation_seed", "repeat"] {
                if let v = try? run.doubleAttribute(a).first { try target.setAttribute(a, Int(v)) }
            }
            try target.write("config", string: try run.readString("config"))
            let model = try target.group("model")
            try ModelArchive.write(trained.model, to: model)
            for a in modelStringAttributes {
                if let v = try? sourceModel.stringAttribute(a) { try model.setAttribute(a, v) }
            }
            try model.setAttribute("input_axis", try sourceModel.doubleAttribute("input_axis"))
            let metrics = try target.group("metrics")
            try metrics.setAttribute(result.metricName, result.testMetric)
            try metrics.setAttribute("test_loss", result.testLoss)
            try metrics.setAttribute("trainable_parameters", result.trainableParameters)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try metrics.write("result", string: String(decoding: try encoder.encode(result), as: UTF8.self))
        }
    }

    /// Whether `url` is a model file (its root says kind = model), not a run file.
    public static func isModelFile(_ url: URL) -> Bool {
        guard let file = try? HDF5File(opening: url) else { return false }
        return (try? file.root.stringAttribute("kind")) == kind
    }
}

/// What a model file (or run file) says about itself: for `harness predict`'s account of the
/// models it used.
public struct ModelDescription: Sendable {
    public var file: URL
    public var run: String
    public var profile: String
    public var gitCommit: String
    public var metricName: String
    public var testMetric: Double
    public var bytes: Int

    public init(_ url: URL) throws {
        let file = try HDF5File(opening: url)
        profile = (try? file.root.stringAttribute("profile")) ?? "unknown"
        gitCommit = (try? file.root.stringAttribute("git_commit")) ?? "unknown"
        let result = try ExperimentRunner.readResult(url)
        run = result.run
        metricName = result.metricName
        testMetric = result.testMetric
        bytes = ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? Int) ?? 0
        self.file = url
    }

    /// "run (profile smoke, exact_match 0.794 on its test set, commit 75ad96b, 4.4 MB)".
    public var summary: String {
        String(
            format: "%@ (profile %@, test %@ %.4g, commit %@, %.1f MB)", run, profile, metricName, testMetric,
            String(gitCommit.prefix(7)), Double(bytes) / 1e6)
    }
}
