// The model block of a manifest: a named preset or custom layers, with the settings presets read.

import Foundation
import NeuralNets

/// A layer of a model written out in the manifest.
public struct LayerSpec: Codable, Sendable, Equatable {
    public enum Kind: String, ManifestEnum, Sendable {
        case dense, conv1d, maxpool, avgpool, globalmax, globalavg, batchnorm, dropout, relu, leakyrelu, sigmoid, tanh, flatten
    }
    public var type: Kind
    /// dense: output features; conv1d: filters; batchnorm: channels (0 = infer).
    public var units: Int?
    public var kernel: Int?
    public var stride: Int?
    public var dilation: Int?
    /// conv1d padding: "valid" or "same".
    public var padding: String?
    /// dropout rate, leakyrelu slope.
    public var rate: Double?
    /// pooling window.
    public var window: Int?
}

public struct ModelSpec: Codable, Sendable, Equatable, ManifestValidatable {
    /// A named architecture (see `ModelPreset`), or "custom" with `layers`.
    public var preset: ModelPreset
    /// Hidden widths of dense blocks (presets that have them).
    public var hidden: [Int]?
    public var dropout: Double?
    /// Convolution filters and kernel (CNN presets).
    public var filters: Int?
    public var kernel: Int?
    public var blocks: Int?
    /// Max-pooling factor after each convolution block of cnn-gap / stn-cnn (default 2).
    public var pool: Int?
    /// The layers of a "custom" model, applied in order to [B, 1, L]; a final dense layer to the
    /// K targets is appended.
    public var layers: [LayerSpec]?
    /// Charge-referenced presets ("ref-…"): the line the spectrum is referenced to, eV (default
    /// 285.0, aliphatic C 1s), and the reach of the Gaussian window its centroid is taken in, eV
    /// (default 12: σ = 4 eV, truncated at 3σ).
    public var referenceEnergy: Double?
    public var referenceWindow: Double?
    /// "peak-mlp": σ of the second, narrow mean shift that locks onto the line itself, eV (default 0.5).
    public var referencePeakWidth: Double?
    /// What the last dense layer's K values are: "logits" (default; the task's softmax or sigmoid
    /// reads them) or "amounts" (quantification: fractions = softplus(a_k) / Σ softplus(a), ratios
    /// of non-negative amounts instead of a softmax of the values themselves).
    public var output: Output?

    public enum Output: String, ManifestEnum, Sendable { case logits, amounts }
    /// Presets with a learned localisation network ("stn", "stn-cnn"): how it is built and trained
    /// (see `LocaliserSpec`). Absent: paper 2's (ReLU, no normalisation, the model's rate).
    public var localiser: LocaliserSpec?

    public func validate(_ v: inout ManifestValidator) {
        if let p = pool { v.require(p >= 1, "pool", found: "\(p)", expected: "≥ 1") }
        if let w = referencePeakWidth { v.require(w > 0, "referencePeakWidth", found: "\(w)", expected: "> 0 eV") }
        if let w = referenceWindow { v.require(w > 0, "referenceWindow", found: "\(w)", expected: "> 0 eV") }
        v.require(
            (preset == .custom) == (layers != nil), "layers", found: layers == nil ? "none" : "\(layers!.count) layers",
            expected: "layers exactly when preset is \"custom\"")
        if let d = dropout { v.require(d >= 0 && d < 1, "dropout", found: "\(d)", expected: "0 ≤ rate < 1") }
        if let h = hidden {
            v.require(h.allSatisfy { $0 > 0 && $0 <= 65_536 }, "hidden", found: "\(h)", expected: "widths of 1…65,536 units")
        }
        // What the builders can make without trapping or exhausting memory.
        if let f = filters { v.require(f >= 1 && f <= 4096, "filters", found: "\(f)", expected: "1…4,096 filters") }
        if let k = kernel { v.require(k >= 1 && k <= 1001, "kernel", found: "\(k)", expected: "a kernel of 1…1,001 points") }
        if let b = blocks { v.require(b >= 1 && b <= 16, "blocks", found: "\(b)", expected: "1…16 convolution blocks") }
        if let l = localiser {
            v.require(
                preset == .stn || preset == .stnCNN, "localiser", found: "a localiser block with preset \"\(preset.rawValue)\"",
                expected: "a localiser block only with preset \"stn\" or \"stn-cnn\" (the presets with a learned localisation)")
            v.nested(l, "localiser")
        }
    }
}

/// `model.localiser`: the spatial transformer's localisation network. Every field is optional;
/// an absent field is paper 2's choice, and a manifest without the block resolves (and hashes) as
/// before it existed.
public struct LocaliserSpec: Codable, Sendable, Equatable, ManifestValidatable {
    public enum Activation: String, ManifestEnum, Sendable {
        case relu
        /// LeakyReLU with slope 0.01 (the classifier's): a unit below zero still passes a gradient.
        case leakyReLU = "leaky-relu"
    }
    public enum Normalisation: String, ManifestEnum, Sendable {
        case none
        /// BatchNorm after each hidden dense layer, before the activation.
        case batch
        /// Each spectrum standardised (mean 0, variance 1 over its points) before the first dense
        /// layer: the localiser sees O(1) values instead of a unit-area spectrum's ~1e-3.
        case input
    }
    /// Hidden activation (default "relu").
    public var activation: Activation?
    /// Default "none".
    public var normalisation: Normalisation?
    /// The localisation network's learning rate as a multiple of training.learningRate (default 1;
    /// the schedule and warm-up scale both alike).
    public var learningRateScale: Double?

    public func validate(_ v: inout ManifestValidator) {
        if let s = learningRateScale {
            v.require(s > 0 && s <= 1000, "learningRateScale", found: "\(s)", expected: "a factor > 0 and ≤ 1,000")
        }
    }

    /// The engine's options for these settings.
    public var options: ModelZoo.LocaliserOptions {
        ModelZoo.LocaliserOptions(
            activation: activation == .leakyReLU ? .leakyReLU(slope: 0.01) : .relu,
            normalisation: normalisation == .batch ? .batch : normalisation == .input ? .input : .none)
    }
}
