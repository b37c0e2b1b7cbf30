// Engine throughput: training (forward + backward + Adam) and inference samples/s of the
// reference models, and the fraction of this machine's measured sgemm rate they reach.

import Foundation
import Tensors
import NeuralNets

public enum BenchmarkMode: String, Codable, Sendable, CaseIterable {
    case train, infer
}

/// One measured configuration.
public struct BenchmarkResult: Codable, Sendable {
    public var impl = "swift"
    public var model: String
    public var mode: BenchmarkMode
    public var batch: Int
    public var threads: Int
    public var samples_per_s: Double
    public var steps: Int
    public var seconds: Double
    /// sgemm GFLOP/s issued by the model's products (the bulk of its arithmetic).
    public var gemm_gflops: Double
    /// gemm_gflops ÷ the machine's sgemm GFLOP/s at the same thread count (when measured).
    public var fraction_of_sgemm_peak: Double?
    /// OpenBLAS's kernel set in this process (see `BLASCore`).
    public var blas_core: String? = BLASCore.name
    /// Milliseconds per step by layer (`--layers`), largest first.
    public var layers: [LayerTime]?
}

/// One layer's share of a step (see `LayerProfiler`): self time in milliseconds per step.
public struct LayerTime: Codable, Sendable {
    public var layer: String
    public var forward_ms: Double
    public var backward_ms: Double
    /// The loss and the optimizer step (rows "(loss)" and "(Adam step)").
    public var update_ms: Double
    public var total_ms: Double { forward_ms + backward_ms + update_ms }
}

public enum Benchmark {
    /// Calls `body` until at least `seconds` have passed; returns the calls made and the seconds taken.
    public static func repeatFor(seconds: Double, _ body: () -> Void) -> (count: Int, seconds: Double) {
        var count = 0
        let start = DispatchTime.now().uptimeNanoseconds
        var elapsed = 0.0
        repeat {
            body(); count += 1
            elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        } while elapsed < seconds
        return (count, elapsed)
    }

    /// sgemm GFLOP/s for an n × n × n product, split over `threads` workers as the engine does.
    public static func sgemmPeak(threads: Int, n: Int = 1024, seconds: Double = 1) -> Double {
        Parallel.threads = threads
        var rng = SeededRandom(seed: 1)
        let a = Tensor.uniform([n, n], low: -1, high: 1, rng: &rng)
        let b = Tensor.uniform([n, n], low: -1, high: 1, rng: &rng)
        var c = Tensor(shape: [n, n])
        func once() {
            a.withUnsafeBufferPointer { ap in
                b.withUnsafeBufferPointer { bp in
                    c.withUnsafeMutableBufferPointer { cp in
                        BLAS.parallelSgemm(
                            transA: false, transB: false, m: n, n: n, k: n, a: ap.baseAddress!, lda: n,
                            b: bp.baseAddress!, ldb: n, beta: 0, c: cp.baseAddress!, ldc: n)
                    }
                }
            }
        }
        once()
        let (reps, elapsed) = repeatFor(seconds: seconds, once)
        return 2 * Double(n * n * n) * Double(reps) / elapsed / 1e9
    }

    /// Times whole steps of `model` for at least `seconds` after a warm-up.
    public static func run(
        _ spec: BenchmarkModel, mode: BenchmarkMode, batch: Int, threads: Int,
        seconds: Double, sgemmPeak: Double? = nil, profileLayers: Bool = false
    ) -> BenchmarkResult {
        Parallel.threads = threads
        let model = spec.build(seed: 1)
        var rng = SeededRandom(seed: 2)
        let input = spec.input(batch: batch, rng: &rng)
        let targets = spec.targets(batch: batch, rng: &rng)
        let adam = Adam(model.namedParameters, learningRate: 1e-3)
        func step() {
            switch mode {
            case .train:
                model.zeroGradients()
                let outputs = model.outputs(input, training: true)
                let (_, grads) = LayerProfiler.measure("(loss)", .update) { spec.loss(outputs, targets) }
                _ = model.backward(outputs: grads)
                LayerProfiler.measure("(Adam step)", .update) { adam.step() }
            case .infer:
                _ = model.outputs(input, training: false)
            }
        }
        // Warm-up: at least 3 steps and 0.3 s.
        let warmStart = DispatchTime.now().uptimeNanoseconds
        var warm = 0
        while warm < 3 || Double(DispatchTime.now().uptimeNanoseconds - warmStart) / 1e9 < 0.3 { step(); warm += 1 }
        BLAS.resetFlops()
        let (steps, elapsed) = repeatFor(seconds: seconds, step)
        let gflops = Double(BLAS.flops) / elapsed / 1e9
        var result = BenchmarkResult(
            model: spec.id, mode: mode, batch: batch, threads: threads,
            samples_per_s: Double(steps * batch) / elapsed, steps: steps, seconds: elapsed,
            gemm_gflops: gflops, fraction_of_sgemm_peak: sgemmPeak.map { gflops / $0 })
        if profileLayers {
            // A separate timed run, so the throughput above carries no profiling cost.
            let profiler = LayerProfiler()
            LayerProfiler.current = profiler
            defer { LayerProfiler.current = nil }
            let (profiledSteps, profiledSeconds) = repeatFor(seconds: seconds, step)
            let perStep = 1000 / Double(profiledSteps)
            var rows = profiler.entries.map {
                LayerTime(
                    layer: $0.path, forward_ms: $0.forwardSeconds * perStep, backward_ms: $0.backwardSeconds * perStep,
                    update_ms: $0.updateSeconds * perStep)
            }
            let covered = rows.reduce(0) { $0 + $1.total_ms }
            rows.append(
                LayerTime(
                    layer: "(outside layers)", forward_ms: 0, backward_ms: 0,
                    update_ms: max(0, profiledSeconds * perStep - covered)))
            result.layers = rows.sorted { $0.total_ms > $1.total_ms }
        }
        return result
    }
}
