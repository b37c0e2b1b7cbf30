// Whether a spatial transformer's localisation network is alive: the fraction of its hidden units
// that respond to at least one spectrum of a validation batch. A localiser whose ReLUs all died
// outputs one constant shift for every spectrum (paper 2's STN at 3–5 eV, issue #22), and a
// fraction of 0 shows it.

import Tensors
import NeuralNets

public enum LocaliserHealth {
    /// Spectra of the validation set the fraction is measured on (the first ones).
    public static let batchSize = 256

    /// Over every activation layer (ReLU, LeakyReLU) of the first spatial transformer's localisation
    /// network: the fraction of units whose activation is > 0 for at least one of the first
    /// `batchSize` spectra of `spectra` [N, C, L], in inference mode. nil when the model has no
    /// transformer or its localisation has no such layer (a fixed locator).
    public static func liveFraction(_ model: Model, _ spectra: Tensor) -> Double? {
        guard let stn = AlignmentReport.transformer(of: model), spectra.rank == 3, spectra.shape[0] > 0 else { return nil }
        let layers = stn.localisation.layers
        guard layers.contains(where: { isActivation($0.layer) }) else { return nil }
        let n = min(batchSize, spectra.shape[0]), F = spectra.shape[1] * spectra.shape[2]
        var h = Tensor(shape: [n, F], scalars: Array(spectra.scalars[0..<(n * F)]))
        var live = 0, units = 0
        for (_, layer) in layers {
            h = layer.forward(h, training: false)
            guard isActivation(layer) else { continue }
            let width = h.count / n
            units += width
            h.withUnsafeBufferPointer { p in
                for j in 0..<width where (0..<n).contains(where: { p[$0 * width + j] > 0 }) { live += 1 }
            }
        }
        return units > 0 ? Double(live) / Double(units) : nil
    }

    static func isActivation(_ layer: Layer) -> Bool { layer is ReLU || layer is LeakyReLU }
}
