// Synthetic data sets: sample i is a pure function of (parameters, seed, i), so a data set never
// has to fit in memory, any slice can be regenerated, and runs that share a data seed see the
// same spectra.
//
// Shape legend: B = batch, L = axis points, K = targets per sample.

import Tensors

public protocol SpectrumGenerator: Sendable {
    /// The axis every spectrum is generated on.
    var axis: EnergyAxis { get }
    /// Names of the K targets, in order (e.g. "count", "center1", … or functional-group names).
    var targetNames: [String] { get }
    /// Writes spectrum `index` (L values) and its targets (K values). Deterministic in seed and index.
    func generate(index: Int, spectrum: UnsafeMutableBufferPointer<Float>, targets: UnsafeMutableBufferPointer<Float>)
}

extension SpectrumGenerator {
    public var targetCount: Int { targetNames.count }

    /// Spectra [B, 1, L] and targets [B, K] for `indices`, generated over `Parallel.threads` workers.
    public func batch(_ indices: Range<Int>) -> (spectra: Tensor, targets: Tensor) {
        batch(Array(indices))
    }

    /// Spectra [B, 1, L] and targets [B, K] for arbitrary sample indices (e.g. a shuffled epoch).
    /// `parallel: false` generates on the calling thread only (e.g. a prefetch thread beside training).
    public func batch(_ indices: [Int], parallel: Bool = true) -> (spectra: Tensor, targets: Tensor) {
        let B = indices.count, L = axis.count, K = targetCount
        var spectra = Tensor(shape: [B, 1, L])
        var targets = Tensor(shape: [B, K])
        spectra.withUnsafeMutableBufferPointer { sp in
            targets.withUnsafeMutableBufferPointer { tp in
                let ptrs = UnsafeSendable((sp.baseAddress!, tp.baseAddress!))
                let work = { (range: Range<Int>) in
                    let (s, t) = ptrs.value
                    for b in range {
                        generate(
                            index: indices[b], spectrum: UnsafeMutableBufferPointer(start: s + b * L, count: L),
                            targets: UnsafeMutableBufferPointer(start: t + b * K, count: K))
                    }
                }
                if parallel { Parallel.forEachChunk(B) { _, range in work(range) } } else { work(0..<B) }
            }
        }
        return (spectra, targets)
    }
}
