// Generation throughput of the data generators, side by side with the training throughput
// of the model each one feeds, in the same run and on the same threads: generation must never
// make training wait (target: ratio ≥ 5).

import Foundation
import Tensors
import Spectra

public struct GeneratorBenchmarkResult: Codable, Sendable {
    public var generator: String
    public var points: Int
    public var threads: Int
    public var spectra_per_s: Double
    public var feeds_model: String
    public var model_train_samples_per_s: Double
    public var ratio: Double
}

public enum GeneratorBenchmark {
    /// The generators at their default parameters, each with the benchmark model it feeds.
    public static func cases(seed: UInt64 = 1) throws -> [(name: String, generator: SpectrumGenerator, model: BenchmarkModel)] {
        let survey = try ElementSurveyGenerator(seed: seed)
        let compounds = try CompoundSurveyGenerator(seed: seed)
        return [
            ("peak-fitting", try PeakFittingGenerator(seed: seed), .parkCNN),
            ("polymer-mixtures", try PolymerMixtureGenerator(seed: seed), .stn),
            ("element-survey", survey, .cnn(inputLength: survey.axis.count)),
            ("compound-survey", compounds, .cnn(inputLength: compounds.axis.count))
        ]
    }

    /// Spectra per second from `generator` in batches of 256 for at least `seconds`.
    public static func spectraPerSecond(_ generator: SpectrumGenerator, threads: Int, seconds: Double) -> Double {
        Parallel.threads = threads
        let batch = 256
        _ = generator.batch(0..<batch)  // warm-up
        var produced = 0
        let (_, elapsed) = Benchmark.repeatFor(seconds: seconds) {
            _ = generator.batch(produced..<(produced + batch))
            produced += batch
        }
        return Double(produced) / elapsed
    }

    public static func run(
        threads: [Int], seconds: Double,
        progress: (String) -> Void = { _ in }
    ) throws -> [GeneratorBenchmarkResult] {
        var results: [GeneratorBenchmarkResult] = []
        for c in try cases() {
            for t in threads {
                progress("\(c.name), \(t) thread\(t > 1 ? "s" : "")")
                let gen = spectraPerSecond(c.generator, threads: t, seconds: seconds)
                let model = Benchmark.run(c.model, mode: .train, batch: 256, threads: t, seconds: seconds)
                results.append(
                    GeneratorBenchmarkResult(
                        generator: c.name, points: c.generator.axis.count, threads: t, spectra_per_s: gen,
                        feeds_model: "\(c.model.id) (\(c.model.inputLength) points)",
                        model_train_samples_per_s: model.samples_per_s, ratio: gen / model.samples_per_s))
            }
        }
        return results
    }
}
