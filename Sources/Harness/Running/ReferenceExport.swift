// Exports each benchmark model's weights, one batch, its outputs, loss and gradients, so that
// scripts/torch_check.py can rebuild the model in PyTorch and compare (dropout off, batch norm in
// training mode). Format: DIR/<model>.json (index) + DIR/<model>.bin (float32 little-endian).

import Foundation
import Tensors
import NeuralNets

public enum ReferenceExport {
    struct Entry: Codable { var shape: [Int]; var offset: Int; var count: Int }
    struct Index: Codable {
        var model: String
        var batch: Int
        var input_shape: [Int]
        var bn_mode = "train"
        var dropout = 0
        var tensors: [String: Entry]
    }

    /// Writes `<dir>/<id>.json` and `<dir>/<id>.bin` for every benchmark model; returns the paths written.
    @discardableResult
    public static func write(to directory: URL, batch: Int = 6, seed: UInt64 = 11) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var written: [URL] = []
        for spec in BenchmarkModel.all {
            var tensors: [(String, Tensor)] = []
            let model = spec.build(seed: seed, inputGradient: true, dropout: 0)
            if spec.id == "M3", let out = model.parameter(named: "stn.localisation.out.weight"),
                let bias = model.parameter(named: "stn.localisation.out.bias")
            {
                // Move the transformer off the identity so the sampler's position gradient is exercised.
                var rng = SeededRandom(seed: seed ^ 0x5EED)
                out.value = .uniform(out.value.shape, low: -2e-4, high: 2e-4, rng: &rng)
                bias.value = Tensor(shape: bias.value.shape, repeating: 3e-3)
            }
            for (name, p) in model.namedParameters { tensors.append(("param/\(name)", p.value)) }
            var rng = SeededRandom(seed: seed &+ 1)
            let input = spec.input(batch: batch, rng: &rng)
            let targets = spec.targets(batch: batch, rng: &rng)
            tensors.append(("input", input))
            for (i, t) in targets.enumerated() { tensors.append(("target/\(i)", t)) }
            model.zeroGradients()
            let outputs = model.outputs(input, training: true)
            let (loss, grads) = spec.loss(outputs, targets)
            let dx = model.backward(outputs: grads)
            for (i, o) in outputs.enumerated() { tensors.append(("output/\(i)", o)) }
            tensors.append(("loss", Tensor(shape: [1], scalars: [loss])))
            for (name, p) in model.namedParameters where p.isTrainable { tensors.append(("grad/\(name)", p.gradient)) }
            tensors.append(("grad/input", dx))
            for (name, p) in model.namedParameters where !p.isTrainable { tensors.append(("param_after/\(name)", p.value)) }

            var data = Data()
            var index = Index(model: spec.id, batch: batch, input_shape: input.shape, tensors: [:])
            var offset = 0
            for (name, t) in tensors {
                index.tensors[name] = Entry(shape: t.shape, offset: offset, count: t.count)
                t.scalars.withUnsafeBufferPointer {
                    data.append(
                        UnsafeBufferPointer(
                            start: UnsafeRawPointer($0.baseAddress!)
                                .assumingMemoryBound(to: UInt8.self), count: $0.count * 4))
                }
                offset += t.count
            }
            let bin = directory.appendingPathComponent("\(spec.id).bin")
            let json = directory.appendingPathComponent("\(spec.id).json")
            try data.write(to: bin, options: .atomic)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(index).write(to: json, options: .atomic)
            written += [json, bin]
        }
        return written
    }
}
