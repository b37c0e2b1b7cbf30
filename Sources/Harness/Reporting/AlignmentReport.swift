// The spatial transformer's own account (paper 2): on the test spectra of a run, the shift its
// localisation network predicts against the true charging shift, and spectra before and after its
// sampler beside the same mixture drawn without a shift. A transformer that aligns predicts
// δ_predicted ≈ δ_true + a constant (any constant offset is harmless: the classifier behind it learns
// the offset frame); one that "cheats" uses the sampler for something else and its predictions do not
// follow the true shift (correlation near 0).
//
// Units: shifts in eV, positive toward higher binding energy (the generator's convention); the
// sampler's shift in points (`SpatialTransformer1D.lastShiftInPoints`) × the axis step.

import Foundation
import Tensors
import NeuralNets
import Spectra

struct AlignmentAccount: Codable {
    var run: String
    var point: String
    var maxShift: Double
    /// Per test spectrum, eV.
    var trueShift: [Double]
    var predictedShift: [Double]
    /// Mean |predicted − true|, eV.
    var meanAbsoluteError: Double
    /// Median of predicted − true, eV: the frame the transformer aligns to.
    var offset: Double
    /// Mean |predicted − true − offset|, eV: the alignment error once the frame is removed.
    var meanAbsoluteErrorAfterOffset: Double
    /// Least-squares slope of predicted on true (1 = follows the shift one to one).
    var slope: Double
    /// Pearson correlation of predicted and true.
    var correlation: Double
    /// Mean |(predicted − predicted for the same mixture unshifted) − true|, eV: how far the sampler's
    /// output for a shifted spectrum lies from its output for the unshifted twin. The frame may depend
    /// on the mixture; this does not.
    var twinError: Double
}

enum AlignmentReport {
    /// The first spatial transformer of a model, if any.
    static func transformer(of model: Model) -> SpatialTransformer1D? {
        func search(_ layer: Layer) -> SpatialTransformer1D? {
            if let s = layer as? SpatialTransformer1D { return s }
            if let c = layer as? LayerContainer { for child in c.childLayers { if let s = search(child) { return s } } }
            return nil
        }
        if let s = model as? Sequential { return search(s) }
        return nil
    }

    /// The account of one run, or nil when its model has no spatial transformer or its data is not
    /// polymer mixtures with a shift.
    static func account(record: RunRecord, data: DataSpec) throws -> (AlignmentAccount, TrainedModel, PolymerMixtureGenerator)? {
        guard case .polymerMixtures(let p) = data.parameters, p.maxShift > 0 else { return nil }
        let trained = try TrainedModel(file: record.file)
        guard let stn = transformer(of: trained.model) else { return nil }
        let generator = try PolymerMixtureGenerator(parameters: p, seed: data.seed)
        let x = try ExperimentRunner.readTestSplit(record.file).spectra
        let N = x.shape[0], L = x.shape[2]
        let start = data.train + data.validation
        func shifts(_ x: Tensor) -> [Double] {
            var out: [Double] = []
            out.reserveCapacity(N)
            var b = 0
            while b < N {
                let n = min(256, N - b)
                let batch = Tensor(shape: [n, 1, L], scalars: Array(x.scalars[(b * L)..<((b + n) * L)]))
                _ = stn.forward(batch, training: false)
                out += stn.lastShiftInPoints.map { Double($0) * generator.axis.step }
                b += n
            }
            return out
        }
        let predicted = shifts(x)
        var twins = Tensor(shape: [N, 1, L])
        twins.withUnsafeMutableBufferPointer { t in
            for i in 0..<N { unshiftedTwin(generator, index: start + i, into: UnsafeMutableBufferPointer(rebasing: t[(i * L)..<((i + 1) * L)])) }
        }
        let predictedTwins = shifts(twins)
        let truth = (0..<N).map { generator.chargingShift(index: start + $0) }
        let diff = zip(predicted, truth).map { $0 - $1 }
        let offset = diff.sorted()[N / 2]
        let mt = truth.reduce(0, +) / Double(N), mp = predicted.reduce(0, +) / Double(N)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (t, q) in zip(truth, predicted) { sxy += (t - mt) * (q - mp); sxx += (t - mt) * (t - mt); syy += (q - mp) * (q - mp) }
        let account = AlignmentAccount(
            run: record.result.run, point: record.result.point, maxShift: p.maxShift,
            trueShift: truth, predictedShift: predicted,
            meanAbsoluteError: diff.map(abs).reduce(0, +) / Double(N), offset: offset,
            meanAbsoluteErrorAfterOffset: diff.map { abs($0 - offset) }.reduce(0, +) / Double(N),
            slope: sxx > 0 ? sxy / sxx : .nan,
            correlation: sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : .nan,
            twinError: (0..<N).map { abs(predicted[$0] - predictedTwins[$0] - truth[$0]) }.reduce(0, +) / Double(N))
        return (account, trained, generator)
    }

    /// Sample `index` drawn without its charging shift (same mixture, references and blur).
    static func unshiftedTwin(_ generator: PolymerMixtureGenerator, index: Int, into spectrum: UnsafeMutableBufferPointer<Float>) {
        var targets = [Float](repeating: 0, count: generator.targetNames.count)
        targets.withUnsafeMutableBufferPointer { generator.generate(index: index, spectrum: spectrum, targets: $0, shift: 0) }
    }

    /// Test spectrum `i` as the model saw it, after the transformer's sampler, and the same mixture
    /// drawn without a shift; with the true and predicted shifts.
    static func example(_ i: Int, trained: TrainedModel, generator: PolymerMixtureGenerator, test: Tensor, data: DataSpec)
        -> (input: [Double], aligned: [Double], unshifted: [Double], trueShift: Double, predictedShift: Double)?
    {
        guard let stn = transformer(of: trained.model), i < test.shape[0] else { return nil }
        let L = test.shape[2]
        let x = Tensor(shape: [1, 1, L], scalars: Array(test.scalars[(i * L)..<((i + 1) * L)]))
        let aligned = stn.forward(x, training: false)
        let predicted = Double(stn.lastShiftInPoints[0]) * generator.axis.step
        let index = data.train + data.validation + i
        var unshifted = [Float](repeating: 0, count: L)
        unshifted.withUnsafeMutableBufferPointer { unshiftedTwin(generator, index: index, into: $0) }
        return (
            x.scalars.map(Double.init), aligned.scalars.map(Double.init), unshifted.map(Double.init),
            generator.chargingShift(index: index), predicted
        )
    }
}
