// What `harness bench` does: time each model × mode × batch × thread count and print a table (or
// one JSON line each), or time the data generators against the models they feed.

import Foundation
import Tensors

/// A `harness bench` as asked on the command line.
public struct BenchmarkRequest: Sendable {
    public var models: [BenchmarkModel]
    public var modes: [BenchmarkMode]
    public var trainBatches: [Int]
    public var inferBatch: Int
    public var threads: [Int]
    public var seconds: Double
    public var jsonLines = false
    public var profileLayers = false
    public var output: URL?

    public init(models: [BenchmarkModel], modes: [BenchmarkMode], trainBatches: [Int], inferBatch: Int, threads: [Int], seconds: Double) {
        self.models = models; self.modes = modes; self.trainBatches = trainBatches
        self.inferBatch = inferBatch; self.threads = threads; self.seconds = seconds
    }
}

public enum BenchmarkSession {
    public static func run(_ r: BenchmarkRequest, console: Console = .standardOutput) throws {
        var peaks: [Int: Double] = [:]
        if !r.jsonLines {
            for t in r.threads { peaks[t] = Benchmark.sgemmPeak(threads: t) }
            console("OpenBLAS kernels: \(BLASCore.name)")
            console(
                "sgemm 1024³: "
                    + r.threads.map { "\($0) thread\($0 > 1 ? "s" : ""): \(format(peaks[$0]!, 1)) GFLOP/s" }
                    .joined(separator: ", "))
            console("")
            console(
                pad("model", 6) + pad("mode", 7) + pad("batch", 7, right: true) + pad("threads", 9, right: true)
                    + pad("samples/s", 13, right: true) + pad("GFLOP/s", 10, right: true) + pad("% sgemm", 10, right: true))
        }
        var results: [BenchmarkResult] = []
        for spec in r.models {
            for mode in r.modes {
                for b in mode == .train ? r.trainBatches : [r.inferBatch] {
                    for t in r.threads {
                        let result = Benchmark.run(
                            spec, mode: mode, batch: b, threads: t, seconds: r.seconds, sgemmPeak: peaks[t],
                            profileLayers: r.profileLayers)
                        results.append(result)
                        try show(result, jsonLine: r.jsonLines, console: console)
                    }
                }
            }
        }
        if let output = r.output {
            try writeJSON(results, to: output)
            if !r.jsonLines { console("\nwrote \(output.path)") }
        }
    }

    static func show(_ r: BenchmarkResult, jsonLine: Bool, console: Console) throws {
        if jsonLine {
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            console(String(decoding: try enc.encode(r), as: UTF8.self))
            return
        }
        console(
            pad(r.model, 6) + pad(r.mode.rawValue, 7) + pad("\(r.batch)", 7, right: true)
                + pad("\(r.threads)", 9, right: true) + pad(format(r.samples_per_s, 0), 13, right: true)
                + pad(format(r.gemm_gflops, 1), 10, right: true)
                + pad(r.fraction_of_sgemm_peak.map { format(100 * $0, 1) } ?? "-", 10, right: true))
        if let rows = r.layers { layerTable(rows, console: console) }
    }

    /// The layer table under a configuration's line: milliseconds per step, largest first.
    static func layerTable(_ rows: [LayerTime], console: Console) {
        let total = rows.reduce(0) { $0 + $1.total_ms }
        console(
            "    " + pad("layer", 28) + pad("forward", 10, right: true) + pad("backward", 10, right: true)
                + pad("update", 11, right: true) + pad("ms/step", 10, right: true) + pad("share", 8, right: true))
        for row in rows where row.total_ms >= 0.005 * total {
            console(
                "    " + pad(row.layer, 28) + pad(format(row.forward_ms, 3), 10, right: true)
                    + pad(format(row.backward_ms, 3), 10, right: true) + pad(format(row.update_ms, 3), 11, right: true)
                    + pad(format(row.total_ms, 3), 10, right: true) + pad(format(100 * row.total_ms / total, 1) + " %", 8, right: true))
        }
        let small = rows.filter { $0.total_ms < 0.005 * total }
        if !small.isEmpty {
            let t = small.reduce(0) { $0 + $1.total_ms }
            console(
                "    " + pad("(\(small.count) layers under 0.5 % each)", 28) + pad("", 31)
                    + pad(format(t, 3), 10, right: true) + pad(format(100 * t / total, 1) + " %", 8, right: true))
        }
        console("")
    }

    /// `harness bench --generators`: each generator's spectra/s against the training rate of the
    /// model it feeds.
    public static func generators(threads: [Int], seconds: Double, output: URL?, console: Console = .standardOutput) throws {
        console(
            pad("generator", 18) + pad("points", 8, right: true) + pad("threads", 9, right: true)
                + pad("spectra/s", 12, right: true) + pad("feeds", 22, right: true) + pad("train/s", 10, right: true)
                + pad("ratio", 8, right: true))
        let results = try GeneratorBenchmark.run(threads: threads, seconds: seconds) { what in
            FileHandle.standardError.write(Data("  measuring \(what)…\n".utf8))
        }
        for r in results {
            console(
                pad(r.generator, 18) + pad("\(r.points)", 8, right: true) + pad("\(r.threads)", 9, right: true)
                    + pad(format(r.spectra_per_s, 0), 12, right: true) + pad(r.feeds_model, 22, right: true)
                    + pad(format(r.model_train_samples_per_s, 0), 10, right: true) + pad(format(r.ratio, 1), 8, right: true))
        }
        if let output {
            try writeJSON(results, to: output)
            console("\nwrote \(output.path)")
        }
    }

    static func writeJSON<T: Encodable>(_ value: T, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        try enc.encode(value).write(to: url, options: .atomic)
    }

    static func format(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}
