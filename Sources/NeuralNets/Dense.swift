// Fully connected layer.
//
// Shape legend: B = batch, I = input features, O = output features.
//   x [B, I], weight [O, I] (PyTorch's Linear layout), bias [O], y [B, O] = x · weightᵀ + bias.

import Tensors

public final class Dense: Layer {
    public let inputFeatures: Int
    public let outputFeatures: Int
    public let weight: Parameter
    public let bias: Parameter
    /// When false, `backward` skips dx (the first layer of a network needs none).
    public var computesInputGradient: Bool

    private var input = Tensor.empty

    public init(
        _ inputFeatures: Int, _ outputFeatures: Int, initializer: Initializer = .heUniform,
        computesInputGradient: Bool = true, rng: inout SeededRandom
    ) {
        precondition(inputFeatures > 0 && outputFeatures > 0, "Dense needs positive sizes, got \(inputFeatures)→\(outputFeatures)")
        self.inputFeatures = inputFeatures
        self.outputFeatures = outputFeatures
        weight = Parameter(
            initializer.make(
                [outputFeatures, inputFeatures], fanIn: inputFeatures,
                fanOut: outputFeatures, rng: &rng))
        bias = Parameter(Tensor(shape: [outputFeatures]))
        self.computesInputGradient = computesInputGradient
    }

    public var namedParameters: [NamedParameter] { [("weight", weight), ("bias", bias)] }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let B = x.count / inputFeatures
        precondition(
            x.rank == 2 && x.shape[1] == inputFeatures,
            "Dense(\(inputFeatures)→\(outputFeatures)) expects [B, \(inputFeatures)], got \(x.shape)")
        input = x
        var y = Tensor(uninitializedShape: [B, outputFeatures])  // every row gets the bias first
        let O = outputFeatures, I = inputFeatures
        x.withUnsafeBufferPointer { xp in
            weight.value.withUnsafeBufferPointer { wp in
                bias.value.withUnsafeBufferPointer { bp in
                    y.withUnsafeMutableBufferPointer { yp in
                        for b in 0..<B { (yp.baseAddress! + b * O).update(from: bp.baseAddress!, count: O) }
                        BLAS.parallelSgemm(
                            transA: false, transB: true, m: B, n: O, k: I,
                            a: xp.baseAddress!, lda: I, b: wp.baseAddress!, ldb: I,
                            beta: 1, c: yp.baseAddress!, ldc: O)
                    }
                }
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        let O = outputFeatures, I = inputFeatures
        let B = input.shape[0]
        precondition(dy.shape == [B, O], "Dense backward expects [\(B), \(O)], got \(dy.shape)")
        var dx = computesInputGradient ? Tensor(uninitializedShape: [B, I]) : .empty  // written by beta = 0
        dy.withUnsafeBufferPointer { dyp in
            input.withUnsafeBufferPointer { xp in
                weight.gradient.withUnsafeMutableBufferPointer { dwp in
                    // dW[O, I] += dyᵀ · x
                    BLAS.parallelSgemm(
                        transA: true, transB: false, m: O, n: I, k: B,
                        a: dyp.baseAddress!, lda: O, b: xp.baseAddress!, ldb: I,
                        beta: 1, c: dwp.baseAddress!, ldc: I)
                }
            }
            bias.gradient.withUnsafeMutableBufferPointer { dbp in
                for b in 0..<B {
                    let row = dyp.baseAddress! + b * O
                    for o in 0..<O { dbp[o] += row[o] }
                }
            }
            if computesInputGradient {
                weight.value.withUnsafeBufferPointer { wp in
                    dx.withUnsafeMutableBufferPointer { dxp in
                        // dx[B, I] = dy · W
                        BLAS.parallelSgemm(
                            transA: false, transB: false, m: B, n: I, k: O,
                            a: dyp.baseAddress!, lda: O, b: wp.baseAddress!, ldb: I,
                            beta: 0, c: dxp.baseAddress!, ldc: I)
                    }
                }
            }
        }
        return dx
    }
}
