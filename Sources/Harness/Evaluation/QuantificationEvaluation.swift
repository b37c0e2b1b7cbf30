// Quantification of multi-element surveys: the network's atomic fractions against the classical
// sensitivity-factor quantification (Shirley-subtracted areas ÷ Scofield factors, over the
// elements present) on the same test spectra, per test condition and number of elements.

import Foundation
import Tensors
import Spectra

/// MAE (at. %) of one method on the spectra of one condition with `elements` elements present.
public struct QuantificationRow: Codable, Sendable, Equatable {
    public var condition: String
    public var snr: Double
    public var elements: Int
    /// "network" or "rsf".
    public var method: String
    /// Mean absolute error over the elements present, at. %.
    public var mae: Double
    /// Spectra.
    public var n: Int
}

enum QuantificationEvaluation {
    /// Rows for `spectra` [N, 1, L] with true fractions `targets` [N, K] and network fractions `predictions` [N, K].
    static func rows(
        condition: String, snr: Double, spectra: Tensor, targets: Tensor, predictions: Tensor,
        generator: SpectrumGenerator, halfWindow: Double
    ) throws -> [QuantificationRow] {
        let rsf = try SensitivityFactorQuantification(
            elements: generator.targetNames, library: try ElementLibrary.load(),
            axis: generator.axis, halfWindow: halfWindow)
        let N = targets.shape[0], K = targets.shape[1], L = generator.axis.count
        var sums: [Int: (network: Double, rsf: Double, entries: Int, spectra: Int)] = [:]
        for n in 0..<N {
            let present = (0..<K).filter { targets.scalars[n * K + $0] > 0 }
            let x = spectra.scalars[(n * L)..<((n + 1) * L)].map(Double.init)
            let classical = rsf.fractions(x, present: present)
            var s = sums[present.count, default: (0, 0, 0, 0)]
            for (j, e) in present.enumerated() {
                let truth = Double(targets.scalars[n * K + e])
                s.network += abs(Double(predictions.scalars[n * K + e]) - truth)
                s.rsf += abs(classical[j] - truth)
            }
            s.entries += present.count
            s.spectra += 1
            sums[present.count] = s
        }
        return sums.keys.sorted().flatMap { k -> [QuantificationRow] in
            let s = sums[k]!
            return [
                QuantificationRow(
                    condition: condition, snr: snr, elements: k, method: "network", mae: 100 * s.network / Double(s.entries), n: s.spectra),
                QuantificationRow(condition: condition, snr: snr, elements: k, method: "rsf", mae: 100 * s.rsf / Double(s.entries), n: s.spectra)
            ]
        }
    }
}
