// Chains of layers and multi-head graphs.

import Tensors
#if canImport(Glibc)
    import Glibc
#endif

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

    public func append(_ name: String, _ layer: Layer) {
        layers.append((name: name, layer: layer))
        fusion = nil
    }

    public var namedParameters: [NamedParameter] {
        layers.flatMap { prefixed($0.name, $0.layer.namedParameters) }
    }

    /// Conv1D → ReLU [→ MaxPool1D(2)] runs fused (see `FusionPlan`); planned on first use.
    private var fusion: FusionPlan?
    /// False runs every layer on its own (the reference the fused path is tested against).
    public var fusesLayers = FusionPlan.enabledByDefault { didSet { fusion = nil } }

    private var plan: FusionPlan {
        if let fusion { return fusion }
        var plan = FusionPlan()
        for i in layers.indices where fusesLayers && layers[i].layer is Conv1D {
            var next = i + 1
            if next < layers.count, FusionPlan.isReLU(layers[next].layer) {
                plan.reluOwner[next] = i
                next += 1
            }
            if next < layers.count, FusionPlan.isPairPool(layers[next].layer) {
                plan.pooled[i] = next
                plan.poolOwner[next] = i
            }
        }
        fusion = plan
        return plan
    }

    /// The plan the last forward ran with; backward follows it even if the plan changed since.
    private var forwardPlan: FusionPlan?

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let plan = self.plan
        forwardPlan = plan
        var h = x
        var i = 0
        while i < layers.count {
            let (name, layer) = layers[i]
            if plan.reluOwner[i] != nil { i += 1; continue }  // applied by the convolution before it
            if let conv = layer as? Conv1D {
                // Set per call, not when planning: another container may hold the same convolution.
                conv.fusesReLU = plan.reluOwner[i + 1] == i
                if let pool = plan.pooled[i] {
                    h = LayerProfiler.measure(name, .forward) { conv.forwardMaxPooledPairs(h, training: training) }
                    i = pool + 1
                    continue
                }
            }
            h = LayerProfiler.measure(name, .forward) { layer.forward(h, training: training) }
            i += 1
        }
        return h
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let plan = forwardPlan ?? self.plan
        var g = dy
        for (i, (name, layer)) in layers.enumerated().reversed() {
            // A ReLU or pool the convolution applied itself (not when a caller ran the layers one by
            // one, as `Explanation` does, before this container had planned its fusion).
            if let owner = plan.reluOwner[i], (layers[owner].layer as? Conv1D)?.lastForwardFusedReLU == true { continue }
            if let owner = plan.poolOwner[i], (layers[owner].layer as? Conv1D)?.lastForwardPooled == true { continue }
            g = LayerProfiler.measure(name, .backward) { layer.backward(g) }
            if g.count == 0 { break }  // a layer that computes no input gradient ends the chain
        }
        return g
    }

    public func outputs(_ input: Tensor, training: Bool) -> [Tensor] { [forward(input, training: training)] }
    public func backward(outputs dOutputs: [Tensor]) -> Tensor { backward(dOutputs[0]) }
}

/// Which layers of a container run fused with the convolution before them.
///
/// A ReLU right after a Conv1D is absorbed: the convolution writes max(conv + bias, 0) in its
/// output pass and gates its gradient gather with that output, and the container skips the ReLU
/// (forward and backward; its profiler row disappears into the convolution's). A MaxPool1D(2)
/// after that (or right after the Conv1D) is absorbed too: the convolution writes the pooled
/// values straight from its product (`Conv1D.forwardMaxPooledPairs`), keeping in training which
/// point of each pair won, and its backward spreads the pooled gradient to the winners while it
/// gathers its own. The full-length output is never written. Results are bit for bit those of
/// the separate layers. When a caller runs the layers one by one (`Explanation`), the ReLU
/// stays a no-op on rectified values and the pool runs its own backward.
struct FusionPlan {
    /// XPS_NO_FUSION=1 runs every layer on its own (to measure what fusion gains).
    static let enabledByDefault = EngineSettings.current.layerFusion

    /// Absorbed ReLU index → index of the Conv1D before it.
    var reluOwner: [Int: Int] = [:]
    /// Conv1D index → index of the MaxPool1D(2) it computes, and back.
    var pooled: [Int: Int] = [:]
    var poolOwner: [Int: Int] = [:]

    /// Exactly ReLU (not a subclass or another activation).
    static func isReLU(_ layer: Layer) -> Bool { type(of: layer) == ReLU.self }
    static func isPairPool(_ layer: Layer) -> Bool {
        guard let p = layer as? MaxPool1D else { return false }
        return p.window == 2 && p.stride == 2
    }
}

/// A directed acyclic graph of layers with one input and several named outputs: what a
/// multi-head network needs (paper 1's heads read the trunk features and other heads' outputs).
///
/// Nodes are evaluated in insertion order, so add a node after the nodes it reads.
/// `concatenate` joins rank-2 tensors along the feature axis.
public final class Graph: Model, LayerContainer {
    public var childLayers: [Layer] {
        nodes.compactMap {
            if case .layer(let l) = $0.operation { return l }; return nil
        }
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
        fusion = nil
    }

    /// Adds a node joining `inputs` (each [B, F_i]) into [B, ΣF_i].
    public func concatenate(_ name: String, inputs: [String]) {
        precondition(!hasNode(name), "Graph already has a node named \(name)")
        for i in inputs { precondition(hasNode(i), "Graph has no node \(i) for \(name) to read") }
        nodes.append(Node(name: name, operation: .concatenate, inputs: inputs))
        fusion = nil
    }

    /// Declares the graph's outputs, in order.
    public func setOutputs(_ names: [String]) {
        for n in names { precondition(hasNode(n), "Graph has no node \(n) to output") }
        outputNames = names
        fusion = nil
    }

    private func hasNode(_ name: String) -> Bool { name == Graph.inputName || nodes.contains { $0.name == name } }

    public var namedParameters: [NamedParameter] {
        nodes.flatMap { node -> [NamedParameter] in
            if case .layer(let l) = node.operation { return prefixed(node.name, l.namedParameters) }
            return []
        }
    }

    /// Fusion as in `FusionPlan`, by node name; a node is fused only when the fused node is its
    /// single reader and not an output. Planned on first use.
    private struct GraphFusion {
        /// Absorbed ReLU node → its convolution, and the convolution nodes that absorbed one.
        var reluOwner: [String: Conv1D] = [:]
        var reluFusedConvs: Set<String> = []
        /// Conv1D node → the MaxPool1D(2) node whose value it computes, and back.
        var pooled: [String: String] = [:]
        var poolOwner: [String: Conv1D] = [:]
        /// Nodes not run because a convolution computed past them.
        var skipped: Set<String> = []
    }
    private var fusion: GraphFusion?
    /// False runs every layer on its own (the reference the fused path is tested against).
    public var fusesLayers = FusionPlan.enabledByDefault { didSet { fusion = nil } }

    private var plan: GraphFusion {
        if let fusion { return fusion }
        var plan = GraphFusion()
        var readers: [String: Int] = [:]
        for node in nodes { for i in node.inputs { readers[i, default: 0] += 1 } }
        for o in outputNames { readers[o, default: 0] += 1 }
        var layerOf: [String: Layer] = [:]
        for node in nodes { if case .layer(let l) = node.operation { layerOf[node.name] = l } }
        func soleReader(of name: String) -> Node? {
            guard readers[name] == 1 else { return nil }
            return nodes.first { $0.inputs == [name] }
        }
        for node in nodes {
            guard fusesLayers, let conv = layerOf[node.name] as? Conv1D else { continue }
            var last = node.name
            var between: [String] = []
            if let r = soleReader(of: last), let l = layerOf[r.name], FusionPlan.isReLU(l) {
                plan.reluOwner[r.name] = conv
                plan.reluFusedConvs.insert(node.name)
                between.append(r.name)
                last = r.name
            }
            if let p = soleReader(of: last), let l = layerOf[p.name], FusionPlan.isPairPool(l) {
                plan.pooled[node.name] = p.name
                plan.poolOwner[p.name] = conv
                plan.skipped.formUnion(between + [p.name])
            }
        }
        fusion = plan
        return plan
    }

    /// The plan the last forward ran with; backward follows it even if the plan changed since.
    private var forwardPlan: GraphFusion?

    public func outputs(_ input: Tensor, training: Bool) -> [Tensor] {
        let plan = self.plan
        forwardPlan = plan
        values = [Graph.inputName: input]
        for node in nodes {
            switch node.operation {
            case .layer(let layer):
                if plan.skipped.contains(node.name) { continue }
                let x = values[node.inputs[0]]!
                if plan.reluOwner[node.name] != nil { values[node.name] = x; continue }
                if let conv = layer as? Conv1D {
                    // Set per call, not when planning: another container may hold the same convolution.
                    conv.fusesReLU = plan.reluFusedConvs.contains(node.name)
                    if let pool = plan.pooled[node.name] {
                        values[pool] = LayerProfiler.measure(node.name, .forward) { conv.forwardMaxPooledPairs(x, training: training) }
                        continue
                    }
                }
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
        let plan = forwardPlan ?? self.plan
        for node in nodes.reversed() {
            guard let g = grads[node.name] else { continue }
            switch node.operation {
            case .layer(let layer):
                // Applied by the convolution: pass the gradient through (the convolution gates it).
                if plan.reluOwner[node.name]?.lastForwardFusedReLU == true { accumulate(node.inputs[0], g); break }
                if plan.poolOwner[node.name]?.lastForwardPooled == true { accumulate(node.inputs[0], g); break }
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
