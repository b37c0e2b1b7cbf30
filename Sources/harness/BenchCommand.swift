import ArgumentParser
import Foundation
import Harness
import Tensors

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
        for m in list(model) where BenchmarkModel.named(m) == nil {
            throw ValidationError("--model: unknown model '\(m)'; expected some of M1, M2, M3, M4")
        }
        for b in list(batch) + [String(inferBatch)] where (Int(b) ?? 0) < 1 {
            throw ValidationError("--batch/--infer-batch: '\(b)' is not a positive whole number")
        }
        for t in list(threads) where (Int(t) ?? 0) < 1 {
            throw ValidationError("--threads: '\(t)' is not a positive whole number")
        }
        for m in list(mode) where BenchmarkMode(rawValue: m) == nil {
            throw ValidationError("--mode: unknown mode '\(m)'; expected train or infer")
        }
        guard seconds > 0 else { throw ValidationError("--seconds must be positive, got \(seconds)") }
    }

    func list(_ s: String) -> [String] { s.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }

    func run() throws {
        if let dir = exportReference {
            let files = try ReferenceExport.write(to: URL(fileURLWithPath: dir))
            for f in files { FileHandle.standardError.write(Data("wrote \(f.path)\n".utf8)) }
            return
        }
        let threadCounts = list(threads).compactMap(Int.init)
        if generators {
            try runGenerators(threadCounts)
            return
        }
        let modes = list(mode).compactMap(BenchmarkMode.init)
        var peaks: [Int: Double] = [:]
        if !jsonLine {
            for t in threadCounts { peaks[t] = Benchmark.sgemmPeak(threads: t) }
            print("OpenBLAS kernels: \(BLASCore.name)")
            print("sgemm 1024³: " + threadCounts.map { "\($0) thread\($0 > 1 ? "s" : ""): \(format(peaks[$0]!, 1)) GFLOP/s" }
                .joined(separator: ", "))
            print("")
            print(pad("model", 6) + pad("mode", 7) + pad("batch", 7, right: true) + pad("threads", 9, right: true)
                  + pad("samples/s", 13, right: true) + pad("GFLOP/s", 10, right: true) + pad("% sgemm", 10, right: true))
        }
        var results: [BenchmarkResult] = []
        for m in list(model) {
            let spec = BenchmarkModel.named(m)!
            for md in modes {
                let batches = md == .train ? list(batch).compactMap(Int.init) : [inferBatch]
                for b in batches {
                    for t in threadCounts {
                        let r = Benchmark.run(spec, mode: md, batch: b, threads: t, seconds: seconds, sgemmPeak: peaks[t],
                                              profileLayers: layers)
                        results.append(r)
                        if jsonLine {
                            let enc = JSONEncoder()
                            enc.outputFormatting = [.sortedKeys]
                            print(String(decoding: try enc.encode(r), as: UTF8.self))
                        } else {
                            print(pad(r.model, 6) + pad(r.mode.rawValue, 7) + pad("\(b)", 7, right: true)
                                  + pad("\(t)", 9, right: true) + pad(format(r.samples_per_s, 0), 13, right: true)
                                  + pad(format(r.gemm_gflops, 1), 10, right: true)
                                  + pad(r.fraction_of_sgemm_peak.map { format(100 * $0, 1) } ?? "-", 10, right: true))
                            if let rows = r.layers { printLayers(rows) }
                        }
                    }
                }
            }
        }
        if let output {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            try enc.encode(results).write(to: url, options: .atomic)
            if !jsonLine { print("\nwrote \(output)") }
        }
    }
}

extension BenchCommand {
    /// The layer table under a configuration's line: milliseconds per step, largest first.
    func printLayers(_ rows: [LayerTime]) {
        let total = rows.reduce(0) { $0 + $1.total_ms }
        print("    " + pad("layer", 28) + pad("forward", 10, right: true) + pad("backward", 10, right: true)
              + pad("update", 11, right: true) + pad("ms/step", 10, right: true) + pad("share", 8, right: true))
        for row in rows where row.total_ms >= 0.005 * total {
            print("    " + pad(row.layer, 28) + pad(format(row.forward_ms, 3), 10, right: true)
                  + pad(format(row.backward_ms, 3), 10, right: true) + pad(format(row.update_ms, 3), 11, right: true)
                  + pad(format(row.total_ms, 3), 10, right: true) + pad(format(100 * row.total_ms / total, 1) + " %", 8, right: true))
        }
        let small = rows.filter { $0.total_ms < 0.005 * total }
        if !small.isEmpty {
            let t = small.reduce(0) { $0 + $1.total_ms }
            print("    " + pad("(\(small.count) layers under 0.5 % each)", 28) + pad("", 31)
                  + pad(format(t, 3), 10, right: true) + pad(format(100 * t / total, 1) + " %", 8, right: true))
        }
        print("")
    }

    func runGenerators(_ threadCounts: [Int]) throws {
        print(pad("generator", 18) + pad("points", 8, right: true) + pad("threads", 9, right: true)
              + pad("spectra/s", 12, right: true) + pad("feeds", 22, right: true) + pad("train/s", 10, right: true)
              + pad("ratio", 8, right: true))
        let results = try GeneratorBenchmark.run(threads: threadCounts, seconds: seconds) { what in
            FileHandle.standardError.write(Data("  measuring \(what)…\n".utf8))
        }
        for r in results {
            print(pad(r.generator, 18) + pad("\(r.points)", 8, right: true) + pad("\(r.threads)", 9, right: true)
                  + pad(format(r.spectra_per_s, 0), 12, right: true) + pad(r.feeds_model, 22, right: true)
                  + pad(format(r.model_train_samples_per_s, 0), 10, right: true) + pad(format(r.ratio, 1), 8, right: true))
        }
        if let output {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            try enc.encode(results).write(to: url, options: .atomic)
            print("\nwrote \(output)")
        }
    }
}

func format(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - s.count))
    return right ? fill + s : s + fill
}
