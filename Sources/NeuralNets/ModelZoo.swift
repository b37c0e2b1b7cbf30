// Builders for the papers' networks and the benchmark models. Parameter names match the
// PyTorch reference models in scripts/torch_models.py key for key.

import Tensors

public enum ModelZoo {
    /// Paper 1 (Park et al. 2020), from the authors' notebook: input [B, 1, 401]; outputs count [B, 1],
    /// centres [B, 3], amplitudes [B, 3], widths [B, 3]. ReLU after every dense layer, including the
    /// outputs (the paper: "ReLU in all layers"). 172,778 trainable parameters.
    public static func parkNet(inputLength: Int = 401, maxPeaks: Int = 3, inputGradient: Bool = false, seed: UInt64) -> Graph {
        var rng = SeededRandom(seed: seed)
        let g = Graph()
        var h = Graph.inputName
        func add(_ name: String, _ layer: Layer) { g.add(name, layer, input: h); h = name }
        add("conv1", Conv1D(1, 32, kernelSize: 100, stride: 5, computesInputGradient: inputGradient, rng: &rng))
        add("relu1", ReLU()); add("pool1", MaxPool1D(2))
        add("conv2", Conv1D(32, 64, kernelSize: 4, rng: &rng)); add("relu2", ReLU()); add("pool2", MaxPool1D(2))
        add("conv3", Conv1D(64, 128, kernelSize: 4, rng: &rng)); add("relu3", ReLU()); add("pool3", MaxPool1D(2))
        add("conv4", Conv1D(128, 192, kernelSize: 2, rng: &rng)); add("relu4", ReLU()); add("pool4", MaxPool1D(2))
        add("features", GlobalMaxPool1D())
        let trunk = h
        func head(_ prefix: String, outputs: Int) -> String {
            h = trunk
            add("\(prefix)_fc1", Dense(192, 100, rng: &rng)); add("\(prefix)_relu1", ReLU())
            add("\(prefix)_fc2", Dense(100, 100, rng: &rng)); add("\(prefix)_relu2", ReLU())
            add("\(prefix)_out", Dense(100, outputs, rng: &rng)); add(prefix, ReLU())
            return prefix
        }
        let count = head("count", outputs: 1)
        let centers = head("center", outputs: maxPeaks)
        func dependentHead(_ prefix: String) -> String {
            h = trunk
            add("\(prefix)_fc", Dense(192, 50, rng: &rng)); add("\(prefix)_relu", ReLU())
            g.concatenate("\(prefix)_join", inputs: [h, count, centers]); h = "\(prefix)_join"
            add("\(prefix)_bn", BatchNorm(50 + 1 + maxPeaks))
            add("\(prefix)_out", Dense(50 + 1 + maxPeaks, maxPeaks, rng: &rng)); add(prefix, ReLU())
            return prefix
        }
        let amplitudes = dependentHead("amplitude")
        let widths = dependentHead("width")
        g.setOutputs([count, centers, amplitudes, widths])
        return g
    }

    /// Paper 2's MLP classifier (M2): flatten → [Dense, BatchNorm, LeakyReLU(0.01), Dropout] per
    /// hidden width → Dense(classes) logits. Input [B, 1, L] (or [B, C, L]).
    public static func mlpClassifier(
        inputLength: Int = 6601, hidden: [Int] = [256, 128], classes: Int = 40,
        dropout: Float = 0.1, firstLayerInputGradient: Bool = false,
        rng: inout SeededRandom
    ) -> Sequential {
        let s = Sequential([("flatten", Flatten())])
        var width = inputLength
        for (i, h) in hidden.enumerated() {
            s.append("fc\(i + 1)", Dense(width, h, computesInputGradient: i > 0 || firstLayerInputGradient, rng: &rng))
            s.append("bn\(i + 1)", BatchNorm(h))
            s.append("act\(i + 1)", LeakyReLU(slope: 0.01))
            s.append("drop\(i + 1)", Dropout(rate: dropout, rng: rng.split("dropout\(i + 1)")))
            width = h
        }
        s.append("out", Dense(width, classes, initializer: .glorotUniform, rng: &rng))
        return s
    }

    public static func mlpClassifier(
        inputLength: Int = 6601, hidden: [Int] = [256, 128], classes: Int = 40,
        dropout: Float = 0.1, inputGradient: Bool = false, seed: UInt64
    ) -> Sequential {
        var rng = SeededRandom(seed: seed)
        return mlpClassifier(
            inputLength: inputLength, hidden: hidden, classes: classes, dropout: dropout,
            firstLayerInputGradient: inputGradient, rng: &rng)
    }

    /// How a spatial transformer's localisation network is built (`localisation`). The defaults
    /// are paper 2's: ReLU, no normalisation.
    public struct LocaliserOptions: Sendable, Equatable {
        public enum Activation: Sendable, Equatable {
            case relu
            /// max(x, 0) + slope · min(x, 0).
            case leakyReLU(slope: Float)
        }
        public enum Normalisation: Sendable, Equatable {
            case none
            /// BatchNorm after each hidden dense layer, before its activation.
            case batch
            /// `SpectrumStandardisation` of the flattened input (each spectrum to mean 0, variance 1).
            case input
        }
        public var activation: Activation
        public var normalisation: Normalisation

        public init(activation: Activation = .relu, normalisation: Normalisation = .none) {
            self.activation = activation
            self.normalisation = normalisation
        }
    }

    /// A localisation MLP [B, inputLength] → [B, outputs]: per hidden width Dense (then BatchNorm
    /// with `.batch`) and the activation; a zero-initialised last Dense, so the transformer starts
    /// as the identity. With `.input`, `SpectrumStandardisation` first. Draws its weights from `rng`
    /// in layer order (normalisation draws nothing: the dense weights are the same for every option).
    public static func localisation(
        inputLength: Int, hidden: [Int] = [64, 32], outputs: Int, options: LocaliserOptions = .init(),
        inputGradient: Bool, rng: inout SeededRandom
    ) -> Sequential {
        let loc = Sequential()
        if options.normalisation == .input { loc.append("standardise", SpectrumStandardisation()) }
        var width = inputLength
        for (i, h) in hidden.enumerated() {
            loc.append("fc\(i + 1)", Dense(width, h, computesInputGradient: i > 0 || inputGradient, rng: &rng))
            if options.normalisation == .batch { loc.append("bn\(i + 1)", BatchNorm(h)) }
            switch options.activation {
            case .relu: loc.append("relu\(i + 1)", ReLU())
            case .leakyReLU(let slope): loc.append("leaky\(i + 1)", LeakyReLU(slope: slope))
            }
            width = h
        }
        loc.append("out", Dense(width, outputs, initializer: .zeros, rng: &rng))
        return loc
    }

    /// Paper 2's spatial transformer (M3): localisation MLP L → 64 → 32 → 1 (ReLU; last layer
    /// zero-initialised, so it starts as the identity), linear resampling, then the MLP classifier.
    public static func stnClassifier(
        inputLength: Int = 6601, localisationHidden: [Int] = [64, 32],
        hidden: [Int] = [256, 128], classes: Int = 40, dropout: Float = 0.1,
        transform: SpatialTransformer1D.Transform = .shift, inputGradient: Bool = false,
        localiser: LocaliserOptions = .init(), seed: UInt64
    ) -> Sequential {
        var rng = SeededRandom(seed: seed)
        let loc = localisation(
            inputLength: inputLength, hidden: localisationHidden, outputs: transform.parameterCount,
            options: localiser, inputGradient: inputGradient, rng: &rng)
        let stn = SpatialTransformer1D(localisation: loc, transform: transform, computesInputGradient: inputGradient)
        let classifier = mlpClassifier(
            inputLength: inputLength, hidden: hidden, classes: classes, dropout: dropout,
            firstLayerInputGradient: true, rng: &rng)
        return Sequential([("stn", stn), ("classifier", classifier)])
    }

    /// Benchmark CNN (M4): 3 × [Conv1D k5 (same padding), ReLU, MaxPool 2] → global average → Dense.
    public static func smallCNN(
        inputLength: Int = 401, filters: Int = 32, blocks: Int = 3, kernelSize: Int = 5,
        classes: Int = 10, inputGradient: Bool = false, seed: UInt64
    ) -> Sequential {
        var rng = SeededRandom(seed: seed)
        let s = Sequential()
        var channels = 1
        for i in 1...blocks {
            s.append(
                "conv\(i)",
                Conv1D(
                    channels, filters, kernelSize: kernelSize, padding: .same,
                    computesInputGradient: i > 1 || inputGradient, rng: &rng))
            s.append("relu\(i)", ReLU())
            s.append("pool\(i)", MaxPool1D(2))
            channels = filters
        }
        s.append("gap", GlobalAvgPool1D())
        s.append("out", Dense(channels, classes, initializer: .glorotUniform, rng: &rng))
        return s
    }
}
