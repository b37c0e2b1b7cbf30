import Testing
import Tensors
@testable import NeuralNets

/// 0 when a and b have the same shape and the same bits in every element (NaN and the sign of
/// zero included); otherwise the largest |a − b| (NaN or infinity when that is what differs).
func maxDifference(_ a: Tensor, _ b: Tensor) -> Float {
    guard a.shape == b.shape else { return .infinity }
    var worst: Float = 0
    for (x, y) in zip(a.scalars, b.scalars) where x.bitPattern != y.bitPattern {
        let d = abs(x - y)
        if d.isNaN { return .nan }
        worst = max(worst, d > 0 ? d : .leastNonzeroMagnitude)  // +0 and −0 differ in their bits only
    }
    return worst
}

/// Containers run Conv1D → ReLU (→ MaxPool1D(2)) fused; the results must be bit for
/// bit those of the same layers run one by one (`fusesLayers = false`).
@Suite struct LayerFusionTests {
    static func randomizeBiases(_ model: Model, seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        model.forEachLayer { layer in
            if let conv = layer as? Conv1D { conv.bias.value = .normal([conv.outputChannels], rng: &rng) }
        }
    }

    /// The benchmark CNN twice with the same weights and random biases: fused, and run layer by layer.
    static func smallCNNPair(length: Int) -> (fused: Sequential, plain: Sequential) {
        let fused = ModelZoo.smallCNN(inputLength: length, inputGradient: true, seed: 5)
        let plain = ModelZoo.smallCNN(inputLength: length, inputGradient: true, seed: 5)
        plain.fusesLayers = false
        randomizeBiases(fused, seed: 6)
        randomizeBiases(plain, seed: 6)
        return (fused, plain)
    }

    static func expectSameGradients(_ a: Model, _ b: Model) {
        let pa = a.trainableParameters, pb = b.trainableParameters
        #expect(pa.map(\.name) == pb.map(\.name))
        for (x, y) in zip(pa, pb) {
            #expect(maxDifference(x.parameter.gradient, y.parameter.gradient) == 0, "gradient of \(x.name)")
        }
    }

    @Test(arguments: [(401, 1), (401, 2), (37, 2), (38, 1)])
    func sequentialMatchesSeparateLayers(length: Int, threads: Int) {
        Parallel.withThreads(threads) { sequentialCase(length: length) }
    }

    func sequentialCase(length: Int) {
        let (fused, plain) = Self.smallCNNPair(length: length)
        var rng = SeededRandom(seed: 7)
        let x = Tensor.normal([5, 1, length], rng: &rng)
        let dy = Tensor.normal([5, 10], rng: &rng)

        #expect(maxDifference(fused.forward(x, training: false), plain.forward(x, training: false)) == 0)
        let yf = fused.forward(x, training: true), yp = plain.forward(x, training: true)
        #expect(maxDifference(yf, yp) == 0)
        fused.zeroGradients(); plain.zeroGradients()
        #expect(maxDifference(fused.backward(dy), plain.backward(dy)) == 0)
        Self.expectSameGradients(fused, plain)

        let fusedConvs = fused.childLayers.compactMap { $0 as? Conv1D }
        let plainConvs = plain.childLayers.compactMap { $0 as? Conv1D }
        #expect(fusedConvs.count == 3 && fusedConvs.allSatisfy(\.fusesReLU))
        #expect(plainConvs.count == 3 && !plainConvs.contains(where: \.fusesReLU))
    }

    @Test(arguments: [1, 2])
    func parkGraphMatchesSeparateLayers(threads: Int) {
        Parallel.withThreads(threads) { parkCase() }
    }

    func parkCase() {
        let fused = ModelZoo.parkNet(inputGradient: true, seed: 11)
        let plain = ModelZoo.parkNet(inputGradient: true, seed: 11)
        plain.fusesLayers = false
        Self.randomizeBiases(fused, seed: 12)
        Self.randomizeBiases(plain, seed: 12)
        var rng = SeededRandom(seed: 13)
        let x = Tensor.normal([4, 1, 401], rng: &rng)

        for (a, b) in zip(fused.outputs(x, training: false), plain.outputs(x, training: false)) {
            #expect(maxDifference(a, b) == 0)
        }
        let of = fused.outputs(x, training: true), op = plain.outputs(x, training: true)
        for (a, b) in zip(of, op) { #expect(maxDifference(a, b) == 0) }
        let dOut = of.map { Tensor.normal($0.shape, rng: &rng) }
        fused.zeroGradients(); plain.zeroGradients()
        #expect(maxDifference(fused.backward(outputs: dOut), plain.backward(outputs: dOut)) == 0)
        Self.expectSameGradients(fused, plain)
    }

    /// `Explanation` runs a Sequential's layers one by one (pools in training mode, to keep their
    /// argmax), then calls the container's backward: fused or not, planned before or not, the
    /// gradients must be those of the separate layers.
    @Test(arguments: [false, true])
    func layerByLayerWalkThenContainerBackward(plannedFirst: Bool) {
        Parallel.withThreads(1) {
            let (fused, plain) = Self.smallCNNPair(length: 401)
            var rng = SeededRandom(seed: 8)
            let x = Tensor.normal([3, 1, 401], rng: &rng), dy = Tensor.normal([3, 10], rng: &rng)
            if plannedFirst { _ = fused.forward(x, training: true); _ = plain.forward(x, training: true) }
            func walk(_ model: Sequential) -> Tensor {
                model.childLayers.reduce(x) { h, layer in layer.forward(h, training: layer is MaxPool1D) }
            }
            #expect(maxDifference(walk(fused), walk(plain)) == 0)
            fused.zeroGradients(); plain.zeroGradients()
            #expect(maxDifference(fused.backward(dy), plain.backward(dy)) == 0)
            Self.expectSameGradients(fused, plain)
        }
    }

    /// One convolution in two containers, one fusing its ReLU and one not: each container's
    /// forward must give its own result whatever the other planned last.
    @Test func sharedConvolutionKeepsEachContainersMeaning() {
        var rng = SeededRandom(seed: 4)
        let conv = Conv1D(1, 3, kernelSize: 3, padding: .same, rng: &rng)
        conv.bias.value = .normal([3], rng: &rng)
        let rectified = Sequential([("conv", conv), ("relu", ReLU())])
        let raw = Sequential([("conv", conv)])
        let x = Tensor.normal([2, 1, 30], rng: &rng)
        let first = rectified.forward(x, training: true)
        let plain = raw.forward(x, training: true)
        #expect(plain.scalars.contains { $0 < 0 })
        let again = rectified.forward(x, training: true)
        #expect(maxDifference(first, again) == 0)
        #expect(again.scalars == plain.scalars.map { max($0, 0) })
    }

    /// A convolution whose output another node reads, or that is an output itself, is not fused.
    @Test func graphFusesOnlySoleReaders() {
        var rng = SeededRandom(seed: 3)
        let shared = Conv1D(1, 4, kernelSize: 3, rng: &rng), alone = Conv1D(1, 4, kernelSize: 3, rng: &rng)
        let exposed = Conv1D(1, 4, kernelSize: 3, rng: &rng)
        let g = Graph()
        g.add("shared", shared)
        g.add("shared_relu", ReLU(), input: "shared")
        g.add("shared_pool", MaxPool1D(2), input: "shared")
        g.add("alone", alone)
        g.add("alone_relu", ReLU(), input: "alone")
        g.add("alone_pool", MaxPool1D(2), input: "alone_relu")
        g.add("exposed", exposed)
        g.add("exposed_relu", ReLU(), input: "exposed")
        g.setOutputs(["shared_relu", "shared_pool", "alone_pool", "exposed", "exposed_relu"])
        let x = Tensor.normal([2, 1, 20], rng: &rng)
        let y = g.outputs(x, training: false)
        #expect(!shared.fusesReLU && alone.fusesReLU && !exposed.fusesReLU)
        // The exposed convolution's own output keeps its negative values.
        #expect(y[3].scalars.contains { $0 < 0 })
        #expect(y[2].shape == [2, 4, 9])
        g.fusesLayers = false
        let z = g.outputs(x, training: false)
        for (a, b) in zip(y, z) { #expect(maxDifference(a, b) == 0) }
    }

    /// The fused kernels against the scalar definitions, including the tails of odd lengths.
    @Test func vectorKernelsMatchScalarLoops() {
        var rng = SeededRandom(seed: 9)
        for n in [0, 1, 15, 16, 17, 33, 61] {
            let src = Tensor.normal([2 * n + 1], rng: &rng).scalars, gate = Tensor.normal([n], rng: &rng).scalars
            var relu = [Float](repeating: 9, count: n), gated = relu, pooled = relu, pooledRelu = relu
            src.withUnsafeBufferPointer { s in
                gate.withUnsafeBufferPointer { g in
                    relu.withUnsafeMutableBufferPointer { copyFloatsReLU(from: s.baseAddress!, adding: 0.3, to: $0.baseAddress!, count: n) }
                    gated.withUnsafeMutableBufferPointer { copyFloats(from: s.baseAddress!, gatedBy: g.baseAddress!, to: $0.baseAddress!, count: n) }
                    pooled.withUnsafeMutableBufferPointer {
                        pairMaxFloats(from: s.baseAddress!, adding: -0.2, relu: false, to: $0.baseAddress!, count: n)
                    }
                    pooledRelu.withUnsafeMutableBufferPointer {
                        pairMaxFloats(from: s.baseAddress!, adding: -0.2, relu: true, to: $0.baseAddress!, count: n)
                    }
                }
            }
            let wantRelu: [Float] = (0..<n).map { max(src[$0] + 0.3, 0) }
            let wantGated: [Float] = (0..<n).map { gate[$0] > 0 ? src[$0] : 0 }
            let wantPooled: [Float] = (0..<n).map { (o: Int) -> Float in
                let a: Float = src[2 * o] + -0.2, b: Float = src[2 * o + 1] + -0.2
                return max(a, b)
            }
            let wantPooledRelu: [Float] = wantPooled.map { max($0, 0) }
            #expect(relu == wantRelu)
            #expect(gated == wantGated)
            #expect(pooled == wantPooled)
            #expect(pooledRelu == wantPooledRelu)
        }
    }
}
