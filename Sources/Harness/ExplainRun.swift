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
        let result = try Explanation.compute(spec, model: trained.model, adapter: adapter, generator: generator, data: data,
                                             test: try Explanation.spectra(spec, data: data, test: (spectra, targets)), progress: progress)
        let file = try HDF5File(opening: runFile, writable: true)
        let runs = try file.root.openGroup("runs")
        let run = try runs.openGroup(try runs.memberNames()[0])
        try run.remove("explain")
        try Explanation.write(result, spec: spec, to: run)
        return result.classes
    }
}
