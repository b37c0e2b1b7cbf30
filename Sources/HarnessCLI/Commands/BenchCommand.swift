import ArgumentParser
import Foundation
import Harness

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure engine throughput (training and inference samples/s) of the reference models.",
        discussion: """
            Models: M1 Park CNN (401 points, 4 heads), M2 MLP (6601 → 256 → 128 → 40), M3 STN + MLP, \
            M4 CNN (3 conv blocks). Training = forward + backward + Adam. Also reports the sgemm GFLOP/s \
            the model's products reach, as a fraction of this machine's measured sgemm rate.

            Examples:
              harness bench
              harness bench --model M1 --batch 256 --threads 2 --mode train --seconds 3 --json-line
              harness bench --model M4 --batch 256 --threads 2 --mode train --layers
              harness bench --export-reference .build-peer/reference
            """)

    @Option(help: "Comma-separated models (M1,M2,M3,M4).")
    var model = "M1,M2,M3,M4"

    @Option(help: "Comma-separated training batch sizes.")
    var batch = "64,256"

    @Option(help: "Inference batch size.")
    var inferBatch = 1024

    @Option(help: "Comma-separated thread counts.")
    var threads = "1,2"

    @Option(help: "Comma-separated modes: train, infer.")
    var mode = "train,infer"

    @Option(help: "Seconds to time each configuration (after warm-up).")
    var seconds = 2.0

    @Flag(help: "Print exactly one JSON line per configuration on stdout (for scripts); progress goes to stderr.")
    var jsonLine = false

    @Option(help: "Also write all results as a JSON array to this file.")
    var output: String?

    @Flag(help: "After each configuration, time it again layer by layer and print where a step's time goes.")
    var layers = false

    @Flag(help: "Measure the data generators against the models they feed instead of the engine.")
    var generators = false

    @Option(help: "Write weights, a batch, outputs and gradients of every model to this folder for scripts/torch_check.py, then exit.")
    var exportReference: String?

    func validate() throws {
        for m in commaList(model) where BenchmarkModel.named(m) == nil {
            throw ValidationError("--model: unknown model '\(m)'; expected some of M1, M2, M3, M4")
        }
        for b in commaList(batch) + [String(inferBatch)] where (Int(b) ?? 0) < 1 {
            throw ValidationError("--batch/--infer-batch: '\(b)' is not a positive whole number")
        }
        for t in commaList(threads) where (Int(t) ?? 0) < 1 {
            throw ValidationError("--threads: '\(t)' is not a positive whole number")
        }
        for m in commaList(mode) where BenchmarkMode(rawValue: m) == nil {
            throw ValidationError("--mode: unknown mode '\(m)'; expected train or infer")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
    }

    func run() throws {
        if let dir = exportReference {
            let files = try ReferenceExport.write(to: URL(fileURLWithPath: dir))
            for f in files { FileHandle.standardError.write(Data("wrote \(f.path)\n".utf8)) }
            return
        }
        let threadCounts = commaList(threads).compactMap(Int.init)
        let outputURL = output.map { URL(fileURLWithPath: $0) }
        if generators {
            try BenchmarkSession.generators(threads: threadCounts, seconds: seconds, output: outputURL)
            return
        }
        var r = BenchmarkRequest(
            models: commaList(model).compactMap(BenchmarkModel.named), modes: commaList(mode).compactMap(BenchmarkMode.init),
            trainBatches: commaList(batch).compactMap(Int.init), inferBatch: inferBatch,
            threads: threadCounts, seconds: seconds)
        r.jsonLines = jsonLine; r.profileLayers = layers; r.output = outputURL
        try BenchmarkSession.run(r)
    }
}
