// Named architectures a manifest can ask for, built from the engine's layers.

import Tensors
import NeuralNets
import Spectra

/// The named architectures a manifest's `model.preset` can ask for: the one registry of them.
/// A new preset is a case here, its summary and its builder below; a missed `switch` is a
/// compile error.
public enum ModelPreset: String, ManifestEnum, Sendable {
    case park, mlp, cnn, stn
    case cnnGap = "cnn-gap", stnCNN = "stn-cnn", cnnDense = "cnn-dense"
    case refMLP = "ref-mlp", refCNN = "ref-cnn", peakMLP = "peak-mlp"
    case custom

    /// One line for documentation and `harness validate`.
    public var summary: String {
        switch self {
        case .park: return "paper 1's peak-fitting CNN (4 heads; 172,778 parameters at 401 points)"
        case .mlp: return "paper 2's MLP: [Dense, BatchNorm, LeakyReLU(0.01), Dropout] per hidden width → Dense(K)"
        case .cnn: return "paper 2's CNN baseline: Conv1D(1→1, k3, same padding, no bias) in front of the MLP"
        case .stn: return "paper 2's spatial transformer: localisation MLP (L → 64 → 32 → shift, zero-initialised), resampler, MLP"
        case .cnnGap:
            return "a multi-layer 1D CNN with global average pooling: blocks × [Conv1D, BatchNorm, ReLU, MaxPool (pool, default 2)] → GAP → Dense(K)"
        case .stnCNN: return "the spatial transformer in front of cnn-gap"
        case .cnnDense:
            return
                "a 1D CNN that keeps the energy position: blocks × [Conv1D, BatchNorm, ReLU, MaxPool 4] → Flatten → [Dense, ReLU, Dropout] per hidden width → Dense(K)"
        case .refMLP:
            return
                "charge referencing, then paper 2's MLP: a spatial transformer whose localisation is fixed — the C 1s position (mean-shift centroid in a Gaussian window of σ = referenceWindow / 3, from referenceEnergy) moved to referenceEnergy"
        case .refCNN: return "charge referencing (as ref-mlp), then cnn-dense"
        case .peakMLP:
            return
                "charge referencing to the C 1s maximum: as ref-mlp, then a second mean shift with σ = referencePeakWidth (default 0.5 eV) locks onto the nearest line, then the MLP"
        case .custom: return "the manifest's own layer list, then Dense(K)"
        }
    }

    /// The name prefix of the learned localisation network's parameters, for presets that have one.
    public static let localisationPrefix = "stn.localisation."

    /// Whether the model may hold a spatial transformer (named "stn") whose found shift the
    /// alignment figures and tables report.
    public var mayAlign: Bool {
        switch self {
        case .stn, .stnCNN, .refMLP, .refCNN, .peakMLP, .custom: return true
        case .park, .mlp, .cnn, .cnnGap, .cnnDense: return false
        }
    }
}

public enum ModelPresets {
    /// Builds `spec` for inputs [B, 1, inputLength] and K targets (peak fitting: K = 1 + 3·maxPeaks).
    /// `axis` places the reference line of the charge-referenced presets.
    public static func build(
        _ spec: ModelSpec, task: TaskKind, inputLength: Int, targets K: Int, seed: UInt64,
        axis: EnergyAxis? = nil
    ) throws -> Model {
        let body = try buildBody(spec, task: task, inputLength: inputLength, targets: K, seed: seed, axis: axis)
        guard spec.output == .amounts else { return body }
        guard task == .quantification, let s = body as? Sequential else {
            throw HarnessError.setting(
                at: "model.output", found: "\"amounts\" with task \(task.rawValue), preset \"\(spec.preset.rawValue)\"",
                expected: "\"amounts\" only for the quantification task with a single-output model")
        }
        s.append("amounts", LogSoftplus())
        return s
    }

    static func buildBody(
        _ spec: ModelSpec, task: TaskKind, inputLength: Int, targets K: Int, seed: UInt64,
        axis: EnergyAxis?
    ) throws -> Model {
        var rng = SeededRandom(seed: seed)
        let dropout = Float(spec.dropout ?? 0.1)
        let hidden = spec.hidden ?? [256, 128]
        switch spec.preset {
        case .park:
            guard task == .peakFitting else {
                throw HarnessError.model(preset: "park", reason: "it is for the peak-fitting task, found task \(task.rawValue)")
            }
            return ModelZoo.parkNet(inputLength: inputLength, maxPeaks: (K - 1) / 3, seed: seed)
        case .mlp:
            return ModelZoo.mlpClassifier(inputLength: inputLength, hidden: hidden, classes: K, dropout: dropout, rng: &rng)
        case .cnn:
            // No bias: in front of a dense layer and batch normalisation it only adds a constant that
            // BatchNorm removes; with a learning rate of 1e-3 its drift outran BatchNorm's running
            // statistics (training loss fell while validation loss rose tenfold).
            let s = Sequential([("conv", Conv1D(1, 1, kernelSize: 3, padding: .same, computesInputGradient: false, usesBias: false, rng: &rng))])
            let mlp = ModelZoo.mlpClassifier(
                inputLength: inputLength, hidden: hidden, classes: K, dropout: dropout,
                firstLayerInputGradient: true, rng: &rng)
            s.append("classifier", mlp)
            return s
        case .stn:
            return ModelZoo.stnClassifier(
                inputLength: inputLength, hidden: hidden, classes: K, dropout: dropout,
                localiser: spec.localiser?.options ?? .init(), seed: seed)
        case .cnnGap:
            return gapCNN(spec, inputLength: inputLength, classes: K, inputGradient: false, rng: &rng)
        case .stnCNN:
            let loc = ModelZoo.localisation(
                inputLength: inputLength, outputs: 1, options: spec.localiser?.options ?? .init(), inputGradient: false, rng: &rng)
            let s = Sequential([("stn", SpatialTransformer1D(localisation: loc, transform: .shift, computesInputGradient: false))])
            s.append("classifier", gapCNN(spec, inputLength: inputLength, classes: K, inputGradient: true, rng: &rng))
            return s
        case .cnnDense:
            return denseHeadCNN(spec, inputLength: inputLength, classes: K, rng: &rng)
        case .refMLP, .refCNN, .peakMLP:
            guard let axis, axis.count == inputLength else {
                throw HarnessError.model(preset: spec.preset.rawValue, reason: "it needs the input's energy axis")
            }
            let energy = spec.referenceEnergy ?? 285.0, window = spec.referenceWindow ?? 12.0
            guard energy > axis.start + window, energy < axis.end - window else {
                throw HarnessError.model(
                    preset: spec.preset.rawValue, reason: "reference \(energy) ± \(window) eV is not inside the axis \(axis.start)…\(axis.end) eV")
            }
            let refine = spec.preset == .peakMLP ? (spec.referencePeakWidth ?? 0.5) / axis.step : nil
            let locator = CentroidLocator(reference: (energy - axis.start) / axis.step, sigma: window / 3 / axis.step, refineSigma: refine)
            let s = Sequential([
                (
                    "stn",
                    SpatialTransformer1D(
                        localisation: Sequential([("centroid", locator)]), transform: .shift,
                        computesInputGradient: false)
                )
            ])
            if spec.preset != .refCNN {
                s.append(
                    "classifier",
                    ModelZoo.mlpClassifier(
                        inputLength: inputLength, hidden: hidden, classes: K, dropout: dropout,
                        rng: &rng))
            } else {
                s.append("classifier", denseHeadCNN(spec, inputLength: inputLength, classes: K, rng: &rng))
            }
            return s
        case .custom:
            return try custom(spec.layers ?? [], inputLength: inputLength, classes: K, rng: &rng)
        }
    }

    static func gapCNN(_ spec: ModelSpec, inputLength: Int, classes K: Int, inputGradient: Bool, rng: inout SeededRandom) -> Sequential {
        let filters = spec.filters ?? 32, kernel = spec.kernel ?? 7, blocks = spec.blocks ?? 4, pool = spec.pool ?? 2
        let s = Sequential()
        var channels = 1, length = inputLength
        for i in 1...blocks {
            s.append(
                "conv\(i)",
                Conv1D(
                    channels, filters, kernelSize: kernel, padding: .same,
                    computesInputGradient: i > 1 || inputGradient, rng: &rng))
            s.append("bn\(i)", BatchNorm(filters))
            s.append("relu\(i)", ReLU())
            if pool > 1 && length >= 2 * pool { s.append("pool\(i)", MaxPool1D(pool)); length /= pool }
            channels = filters
        }
        s.append("gap", GlobalAvgPool1D())
        s.append("out", Dense(channels, K, initializer: .glorotUniform, rng: &rng))
        return s
    }

    /// Convolution blocks (pooling by 4) whose feature maps are flattened, so the head sees where on
    /// the axis each feature is: element lines are identified by their absolute binding energy.
    static func denseHeadCNN(_ spec: ModelSpec, inputLength: Int, classes K: Int, rng: inout SeededRandom) -> Sequential {
        let filters = spec.filters ?? 16, kernel = spec.kernel ?? 7, blocks = spec.blocks ?? 2
        let hidden = spec.hidden ?? [128], dropout = Float(spec.dropout ?? 0.1)
        let s = Sequential()
        var channels = 1, length = inputLength
        for i in 1...blocks {
            s.append("conv\(i)", Conv1D(channels, filters, kernelSize: kernel, padding: .same, computesInputGradient: i > 1, rng: &rng))
            s.append("bn\(i)", BatchNorm(filters))
            s.append("relu\(i)", ReLU())
            if length >= 8 { s.append("pool\(i)", MaxPool1D(4)); length = (length - 4) / 4 + 1 }
            channels = filters
        }
        s.append("flatten", Flatten())
        var width = channels * length
        for (j, h) in hidden.enumerated() {
            s.append("fc\(j + 1)", Dense(width, h, rng: &rng))
            s.append("fc\(j + 1)_relu", ReLU())
            if dropout > 0 { s.append("fc\(j + 1)_dropout", Dropout(rate: dropout, rng: rng.split("fc\(j + 1)_dropout"))) }
            width = h
        }
        s.append("out", Dense(width, K, initializer: .glorotUniform, rng: &rng))
        return s
    }

    static func custom(_ layers: [LayerSpec], inputLength: Int, classes K: Int, rng: inout SeededRandom) throws -> Sequential {
        let s = Sequential()
        var shape = [1, inputLength]  // [C, L] or [F]
        for (i, l) in layers.enumerated() {
            let name = "\(l.type.rawValue)\(i + 1)"
            func need(_ v: Int?, _ what: String) throws -> Int {
                guard let v, v > 0 else {
                    throw HarnessError.setting(
                        at: "model.layers.\(i)", found: "\(l.type.rawValue) without a positive \(what)", expected: "a positive \(what)")
                }
                return v
            }
            switch l.type {
            case .dense:
                let n = try need(l.units, "units")
                let inFeatures = shape.reduce(1, *)
                if shape.count == 2 { s.append("flatten\(i + 1)", Flatten()) }
                s.append(name, Dense(inFeatures, n, computesInputGradient: i > 0, rng: &rng))
                shape = [n]
            case .conv1d:
                guard shape.count == 2 else {
                    throw HarnessError.setting(at: "model.layers.\(i)", found: "conv1d after a flattening layer", expected: "conv1d on [C, L]")
                }
                let conv = Conv1D(
                    shape[0], try need(l.units, "units (filters)"), kernelSize: try need(l.kernel, "kernel"),
                    stride: l.stride ?? 1, dilation: l.dilation ?? 1, padding: l.padding == "same" ? .same : .valid,
                    computesInputGradient: i > 0, rng: &rng)
                s.append(name, conv)
                shape = [conv.outputChannels, conv.outputLength(shape[1])]
            case .maxpool, .avgpool:
                guard shape.count == 2 else {
                    throw HarnessError.setting(at: "model.layers.\(i)", found: "pooling after a flattening layer", expected: "pooling on [C, L]")
                }
                let w = try need(l.window, "window")
                s.append(name, l.type == .maxpool ? MaxPool1D(w, stride: l.stride) as Layer : AvgPool1D(w, stride: l.stride))
                shape = [shape[0], (shape[1] - w) / (l.stride ?? w) + 1]
            case .globalmax, .globalavg:
                s.append(name, l.type == .globalmax ? GlobalMaxPool1D() as Layer : GlobalAvgPool1D())
                shape = [shape[0]]
            case .batchnorm: s.append(name, BatchNorm(shape[0]))
            case .dropout: s.append(name, Dropout(rate: Float(l.rate ?? 0.1), rng: rng.split(name)))
            case .relu: s.append(name, ReLU())
            case .leakyrelu: s.append(name, LeakyReLU(slope: Float(l.rate ?? 0.01)))
            case .sigmoid: s.append(name, Sigmoid())
            case .tanh: s.append(name, Tanh())
            case .flatten: s.append(name, Flatten()); shape = [shape.reduce(1, *)]
            }
        }
        if shape.count == 2 { s.append("flatten", Flatten()) }
        s.append("out", Dense(shape.reduce(1, *), K, initializer: .glorotUniform, rng: &rng))
        return s
    }
}
