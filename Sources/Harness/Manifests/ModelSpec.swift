// The model block of a manifest: a named preset or custom layers, with the settings presets read.

import Foundation

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
    }
}
