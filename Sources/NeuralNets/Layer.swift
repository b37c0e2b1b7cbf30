// The layer contract.
//
// Shape legend: B = batch, C = channels, L = length, F = features.
// A layer caches what its backward pass needs during `forward`; `backward` takes the gradient
// of the loss with respect to the layer's output, ACCUMULATES parameter gradients into each
// `Parameter.gradient` (the caller zeroes them, e.g. `model.zeroGradients()`), and returns the
// gradient with respect to the input (or `Tensor.empty` when the input needs none).

import Tensors

/// A named tensor a layer owns: trainable weights with their gradient, or a non-trainable
/// buffer (batch-norm running statistics) that is saved with the model but never optimised.
public final class Parameter {
    public var value: Tensor
    public var gradient: Tensor
    public let isTrainable: Bool

    public init(_ value: Tensor, trainable: Bool = true) {
        self.value = value
        self.gradient = Tensor(shape: trainable ? value.shape : [0])
        self.isTrainable = trainable
    }
}

/// A (name, parameter) pair; names are stable and dotted: `conv1.weight`, `stn.localisation.fc1.bias`.
public typealias NamedParameter = (name: String, parameter: Parameter)

public protocol Layer: AnyObject {
    /// The layer's parameters and buffers under local names ("weight", "bias", "running_mean").
    var namedParameters: [NamedParameter] { get }
    /// Computes the output; `training` selects batch statistics (BatchNorm) and masks (Dropout).
    func forward(_ input: Tensor, training: Bool) -> Tensor
    /// Gradient with respect to the input, given the gradient with respect to the output of the
    /// most recent `forward`. Accumulates parameter gradients.
    func backward(_ dOutput: Tensor) -> Tensor
}

/// Layers that contain other layers expose them, so a walk can reach every layer of a network.
public protocol LayerContainer {
    var childLayers: [Layer] { get }
}

extension Layer {
    public var namedParameters: [NamedParameter] { [] }

    /// Calls `body` on this layer and every layer inside it, depth first.
    public func forEachLayer(_ body: (Layer) -> Void) {
        body(self)
        if let c = self as? LayerContainer { for l in c.childLayers { l.forEachLayer(body) } }
    }

    public func callAsFunction(_ input: Tensor, training: Bool = false) -> Tensor {
        forward(input, training: training)
    }
}

/// Something trainable end to end: one input, one or more outputs.
public protocol Model: AnyObject {
    var namedParameters: [NamedParameter] { get }
    func outputs(_ input: Tensor, training: Bool) -> [Tensor]
    /// Given the loss gradient for every output, returns the input gradient (or `Tensor.empty`).
    func backward(outputs dOutputs: [Tensor]) -> Tensor
}

extension Model {
    /// Calls `body` on every layer of the model.
    public func forEachLayer(_ body: (Layer) -> Void) {
        if let l = self as? Layer { l.forEachLayer(body); return }
        if let c = self as? LayerContainer { for l in c.childLayers { l.forEachLayer(body) } }
    }

    /// Gives every dropout layer a fresh stream derived from `rng` (by position), so training
    /// randomness depends on (seed, epoch) only and a resumed run repeats it exactly.
    public func reseedStochasticLayers(_ rng: SeededRandom) {
        var i: UInt64 = 0
        forEachLayer { layer in
            if let d = layer as? Dropout { d.reseed(rng.split(i)); i += 1 }
        }
    }

    /// Trainable parameters only.
    public var trainableParameters: [NamedParameter] { namedParameters.filter { $0.parameter.isTrainable } }

    /// Number of trainable scalars.
    public var trainableParameterCount: Int { trainableParameters.reduce(0) { $0 + $1.parameter.value.count } }

    /// Zeroes every trainable parameter's gradient.
    public func zeroGradients() {
        for (_, p) in namedParameters where p.isTrainable { p.gradient.zero() }
    }

    /// The parameter with this name, if any.
    public func parameter(named name: String) -> Parameter? {
        namedParameters.first { $0.name == name }?.parameter
    }
}

/// Prefixes local names with `prefix.`.
func prefixed(_ prefix: String, _ params: [NamedParameter]) -> [NamedParameter] {
    params.map { (name: prefix.isEmpty ? $0.name : "\(prefix).\($0.name)", parameter: $0.parameter) }
}
