// `harness explain MODEL.h5`: feature importance of a model file (shipped or a run file) on its
// test spectra regenerated from the configuration it records (the generator is seeded, so these
// are the run's own test spectra), written to a folder of its own: the model file is not changed.

import Foundation
import Plots
import Spectra
import Store

extension ExplainRun {
    /// The explanation used when the model's configuration has none: Gaussian occlusion, σ 3 eV,
    /// every second point, 10 test spectra per class.
    public static let defaultSpec = ExplanationSpec(
        method: "occlude", sigma: 3, stride: 2, spectraPerClass: 10, classes: nil, runs: nil, compare: nil, occlusionWidth: nil,
        signalToNoise: nil)

    /// Explains the model of `file` (a model file or a run file) with its configuration's
    /// explanation (else `defaultSpec`), `overrides` applied as `--set` does; writes
    /// `output`/explain.h5 and one figure per class; returns the files written.
    public static func explainModel(file: URL, overrides: [String], output: URL, console: Console = .standardOutput) throws -> [URL] {
        let trained = try TrainedModel(file: file)
        // The recorded configuration is a resolved manifest: loading it applies `overrides` type-checked.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("explain-\(UUID().uuidString).json")
        try ExperimentRunner.readConfig(file).write(to: scratch, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let hasSpec = try overrides.contains { $0.hasPrefix("explanation=") } || configHasExplanation(file)
        let withSpec = hasSpec ? [] : [defaultOverride]
        let loaded = try AnyManifest.load(scratch, profile: .default, overrides: withSpec + overrides)
            .experiment(for: "explain", file: file.path)
        guard let spec = loaded.manifest.explanation else { throw HarnessError.missingRun(path: file.path, reason: "no explanation") }
        let data = loaded.manifest.data
        let generator = try GeneratorFactory.make(data)
        let start = data.train + data.validation
        let test = try Explanation.spectra(spec, data: data, test: generator.batch(start..<(start + data.test)))
        let adapter = TaskAdapter(task: trained.task, targets: trained.labelNames.count)
        let result = try Explanation.compute(
            spec, model: trained.model, adapter: adapter, generator: generator, data: data, test: test, progress: ProgressReporter())
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let h5 = output.appendingPathComponent("explain.h5")
        try HDF5File.writeAtomically(h5) { f in
            try f.root.setAttribute("model_file", file.path)
            try Explanation.write(result, spec: spec, to: f.root)
        }
        var written = [h5]
        for (c, name) in result.classes.enumerated() {
            var f = Figure.spectrumWithComponents(
                energies: result.centersEV, measured: result.importance[c], components: [],
                intensityLabel: "feature importance (drop in probability)")
            f.verticalMarkers = result.lines[c].map { (x: $0, label: name) }
            let alignment = result.alignment[c].map { String(format: ", alignment %.2f", $0) } ?? ""
            f.title = "\(name): FIS over \(result.counts[c]) test spectra\(alignment)"
            f.name = "fis-\(name)"
            f.footnote = "model: \(file.path)"
            let (dat, gp) = try FigureWriter.write(f, to: output)
            written += [dat, gp] + (try FigureRenderer.render(gp: gp))
            console("\(name): \(result.counts[c]) spectra\(alignment)")
        }
        return written
    }

    static var defaultOverride: String {
        let s = defaultSpec
        return "explanation={\"method\":\"\(s.method)\",\"sigma\":\(s.sigma),\"stride\":\(s.stride),\"spectraPerClass\":\(s.spectraPerClass)}"
    }

    static func configHasExplanation(_ file: URL) throws -> Bool {
        let (config, _) = try JSONValue.parse(try ExperimentRunner.readConfig(file), file: "\(file.path):config")
        return config["explanation"] != nil
    }
}
