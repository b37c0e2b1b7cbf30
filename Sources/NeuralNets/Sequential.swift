// Chains of layers and multi-head graphs.

import Tensors

/// Layers applied in order; parameters are named `<child name>.<local name>`.
public final class Sequential: Layer, Model, LayerContainer {
    public var childLayers: [Layer] { layers.map(\.layer) }

    public private(set) var layers: [(name: String, layer: Layer)]

    public init(_ layers: [(String, Layer)]) {
        self.layers = layers.map { (name: $0.0, layer: $0.1) }
    }

    /// Unnamed children get their index as name ("0", "1", …).
    public convenience init(_ layers: [Layer]) {
        self.init(layers.enumerated().map { (String($0.offset), $0.element) })
    }

    /// An empty chain to `append` to.
    public convenience init() { self.init([(String, Layer)]()) }

    public func append(_ name: String, _ layer: Layer) { layers.append((name: name, layer: layer)) }

    public var namedParameters: [NamedParameter] {
        layers.flatMap { prefixed($0.name, $0.layer.namedParameters) }
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        var h = x
        for (name, layer) in layers {
            h = LayerProfiler.measure(name, .forward) { layer.forward(h, training: training) }
        }
        return h
    }

    public func backward(_ dy: Tensor) -> Tensor {
        var g = dy
        for (name, layer) in layers.reversed() {
            g = LayerProfiler.measure(name, .backward) { layer.backward(g) }
            if g.count == 0 { break } // a layer that computes no input gradient ends the chain
        }
        return g
    }

    public func outputs(_ input: Tensor, training: Bool) -> [Tensor] { [forward(input, training: training)] }
    public func backward(outputs dOutputs: [Tensor]) -> Tensor { backward(dOutputs[0]) }
}

/// A directed acyclic graph of layers with one input and several named outputs: what a
/// multi-head network needs (paper 1's heads read the trunk features and other heads' outputs).
///
/// Nodes are evaluated in insertion order, so add a node after the nodes it reads.
/// `concatenate` joins rank-2 tensors along the feature axis.
public final class Graph: Model, LayerContainer {
    public var childLayers: [Layer] {
        nodes.compactMap { if case .layer(let l) = $0.operation { return l }; return nil }
    }

    public static let inputName = "input"

    enum Operation {
        case layer(Layer)
        case concatenate
    }

    struct Node {
        let name: String
        let operation: Operation
        let inputs: [String]
    }

    private var nodes: [Node] = []
    public private(set) var outputNames: [String] = []
    private var values: [String: Tensor] = [:]

    public init() {}

    /// Adds `layer` reading node `input` (default: the graph input).
    public func add(_ name: String, _ layer: Layer, input: String = Graph.inputName) {
        precondition(!hasNode(name), "Graph already has a node named \(name)")
        precondition(hasNode(input), "Graph has no node \(input) for \(name) to read")
        nodes.append(Node(name: name, operation: .layer(layer), inputs: [input]))
    }

    /// Adds a node joining `inputs` (each [B, F_i]) into [B, ΣF_i].
    public func concatenate(_ name: String, inputs: [String]) {
        precondition(!hasNode(name), "Graph already has a node named \(name)")
        for i in inputs { precondition(hasNode(i), "Graph has no node \(i) for \(name) to read") }
        nodes.append(Node(name: name, operation: .concatenate, inputs: inputs))
    }

    /// Declares the graph's outputs, in order.
    public func setOutputs(_ names: [String]) {
        for n in names { precondition(hasNode(n), "Graph has no node \(n) to output") }
        outputNames = names
    }

    private func hasNode(_ name: String) -> Bool { name == Graph.inputName || nodes.contains { $0.name == name } }

    public var namedParameters: [NamedParameter] {
        nodes.flatMap { node -> [NamedParameter] in
            if case .layer(let l) = node.operation { return prefixed(node.name, l.namedParameters) }
            return []
        }
    }

    public func outputs(_ input: Tensor, training: Bool) -> [Tensor] {
        values = [Graph.inputName: input]
        for node in nodes {
            switch node.operation {
            case .layer(let layer):
                let x = values[node.inputs[0]]!
                values[node.name] = LayerProfiler.measure(node.name, .forward) { layer.forward(x, training: training) }
            case .concatenate:
                let parts = node.inputs.map { values[$0]! }
                values[node.name] = LayerProfiler.measure(node.name, .forward) { concatenateFeatures(parts) }
            }
        }
        return outputNames.map { values[$0]! }
    }

    public func backward(outputs dOutputs: [Tensor]) -> Tensor {
        precondition(dOutputs.count == outputNames.count, "Graph has \(outputNames.count) outputs, got \(dOutputs.count) gradients")
        var grads: [String: Tensor] = [:]
        func accumulate(_ name: String, _ g: Tensor) {
            guard g.count > 0 else { return }
            if grads[name] == nil { grads[name] = g } else { grads[name]!.add(g) }
        }
        for (name, g) in zip(outputNames, dOutputs) { accumulate(name, g) }
        for node in nodes.reversed() {
            guard let g = grads[node.name] else { continue }
            switch node.operation {
            case .layer(let layer):
                accumulate(node.inputs[0], LayerProfiler.measure(node.name, .backward) { layer.backward(g) })
            case .concatenate:
                let widths = node.inputs.map { values[$0]!.shape[1] }
                let parts = LayerProfiler.measure(node.name, .backward) { splitFeatures(g, widths: widths) }
                for (name, part) in zip(node.inputs, parts) { accumulate(name, part) }
            }
            grads[node.name] = nil
        }
        return grads[Graph.inputName] ?? .empty
    }
}

/// [B, F1], [B, F2], … → [B, F1 + F2 + …].
public func concatenateFeatures(_ parts: [Tensor]) -> Tensor {
    let B = parts[0].shape[0]
    for p in parts { precondition(p.rank == 2 && p.shape[0] == B, "concatenate expects [B, F] tensors, got \(p.shape)") }
    let total = parts.reduce(0) { $0 + $1.shape[1] }
    var y = Tensor(shape: [B, total])
    var offset = 0
    for p in parts {
        let F = p.shape[1]
        for b in 0..<B { for f in 0..<F { y.scalars[b * total + offset + f] = p.scalars[b * F + f] } }
        offset += F
    }
    return y
}

/// Inverse of `concatenateFeatures`.
public func splitFeatures(_ g: Tensor, widths: [Int]) -> [Tensor] {
    let B = g.shape[0], total = g.shape[1]
    var offset = 0
    return widths.map { F in
        var part = Tensor(shape: [B, F])
        for b in 0..<B { for f in 0..<F { part.scalars[b * F + f] = g.scalars[b * total + offset + f] } }
        offset += F
        return part
    }
}
