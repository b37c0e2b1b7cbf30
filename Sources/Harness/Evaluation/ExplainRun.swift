// `harness explain`: feature importance of finished runs, recomputed from their files (model and
// test split), without retraining; the explain/ group is replaced in place.

import Foundation
import Tensors
import Store

public enum ExplainRun {
    /// Recomputes explain/ in `runFile` with `spec`; returns the classes explained.
    @discardableResult
    public static func update(runFile: URL, spec: ExplanationSpec, data: DataSpec, progress: ProgressReporter) throws -> [String] {
        let trained = try TrainedModel(file: runFile)
        let generator = try GeneratorFactory.make(data)
        let (spectra, targets) = try ExperimentRunner.readTestSplit(runFile)
        let adapter = TaskAdapter(task: trained.task, targets: trained.labelNames.count)
        let result = try Explanation.compute(
            spec, model: trained.model, adapter: adapter, generator: generator, data: data,
            test: try Explanation.spectra(spec, data: data, test: (spectra, targets)), progress: progress)
        let file = try HDF5File(opening: runFile, writable: true)
        let runs = try file.root.openGroup("runs")
        let run = try runs.openGroup(try runs.memberNames()[0])
        try run.remove("explain")
        try Explanation.write(result, spec: spec, to: run)
        return result.classes
    }
}

extension ExplainRun {
    /// `harness explain`: the manifest's explanation for its finished runs (`only`: these runs;
    /// else the runs the explanation names, else all), then the figures redrawn. Returns the
    /// feature-importance figures.
    public static func explain(_ loaded: LoadedManifest, resultsRoot: URL, only: [String], console: Console = .standardOutput) throws -> [URL] {
        guard let spec = loaded.manifest.explanation else {
            throw HarnessError.setting(
                at: "\(loaded.file): explanation", found: "none",
                expected:
                    "an explanation block; add one or pass --set 'explanation={\"method\":\"occlude\",\"sigma\":3,\"stride\":2,\"spectraPerClass\":10}'"
            )
        }
        return try ResultsLock.holding(resultsRoot.appendingPathComponent(loaded.manifest.name)) {
            try explainRuns(loaded, spec: spec, resultsRoot: resultsRoot, only: only)
        }
    }

    static func explainRuns(_ loaded: LoadedManifest, spec: ExplanationSpec, resultsRoot: URL, only: [String]) throws -> [URL] {
        let runner = ExperimentRunner(loaded, resultsRoot: resultsRoot)
        let plans = try RunExpansion.expand(loaded).filter { plan in
            only.isEmpty ? (spec.runs == nil || spec.runs!.contains(plan.pointName)) : only.contains(plan.name)
        }
        let progress = ProgressReporter()
        for plan in plans {
            let file = runner.runFile(plan.name)
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw HarnessError.missingRun(path: file.path, reason: "run \(plan.name) has not finished; run it first")
            }
            let classes = try update(runFile: file, spec: spec, data: plan.manifest.data, progress: progress)
            progress.line("\(plan.name): feature importance of \(classes.joined(separator: ", "))")
        }
        let written = try Reporter(loaded, resultsRoot: resultsRoot).write()
        return written.filter { $0.lastPathComponent.hasPrefix("fis") && $0.pathExtension == "png" }
    }
}
