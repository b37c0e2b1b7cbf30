import Testing
import Tensors
@testable import NeuralNets

/// Conv1D's im2col + sgemm path against the definition,
/// y[b, o, l] = bias[o] + Σ_c Σ_k w[o, c, k] · x[b, c, l·S + k·D − P] (zero outside the signal).
@Suite struct ConvolutionForwardTests {
    static func direct(_ conv: Conv1D, _ x: Tensor) -> Tensor {
        let (B, C, L) = (x.shape[0], x.shape[1], x.shape[2])
        let Lo = conv.outputLength(L), P = conv.paddingAmounts(length: L).left
        let (K, S, D, O) = (conv.kernelSize, conv.stride, conv.dilation, conv.outputChannels)
        let w = conv.weight.value.scalars, bias = conv.bias.value.scalars, xs = x.scalars
        var y = [Float](repeating: 0, count: B * O * Lo)
        for b in 0..<B {
            for o in 0..<O {
                for l in 0..<Lo {
                    var s = Double(bias[o])
                    for c in 0..<C {
                        for k in 0..<K {
                            let i = l * S + k * D - P
                            if i >= 0 && i < L { s += Double(w[(o * C + c) * K + k]) * Double(xs[(b * C + c) * L + i]) }
                        }
                    }
                    y[(b * O + o) * Lo + l] = Float(s)
                }
            }
        }
        return Tensor(shape: [B, O, Lo], scalars: y)
    }

    @Test(arguments: [
        (3, 1, 1, Padding.valid), (5, 2, 1, .valid), (4, 1, 1, .same), (5, 3, 1, .same),
        (3, 1, 2, .valid), (3, 2, 2, .explicit(left: 2, right: 1)), (10, 5, 1, .valid),
        (100, 5, 1, .valid), (7, 4, 3, .explicit(left: 5, right: 6)), (2, 1, 1, .valid), (1, 3, 1, .same),
        (7, 1, 1, .same), (5, 1, 1, .explicit(left: 0, right: 3)), (5, 1, 1, .explicit(left: 4, right: 0))
    ])
    func matchesTheDefinition(kernel: Int, stride: Int, dilation: Int, padding: Padding) {
        var rng = SeededRandom(seed: 21)
        let conv = Conv1D(3, 5, kernelSize: kernel, stride: stride, dilation: dilation, padding: padding, rng: &rng)
        conv.bias.value = .normal([5], rng: &rng)
        let L = max(41, kernel * dilation + 3)
        let x = Tensor.normal([4, 3, L], rng: &rng)
        for threads in [1, 2] {
            let y = Parallel.withThreads(threads) { conv.forward(x, training: threads == 1) }
            let want = Self.direct(conv, x)
            #expect(y.shape == want.shape)
            let err = maxDifference(y, want)
            #expect(err <= 1e-5 * max(1, want.maxAbs), "kernel \(kernel) stride \(stride) dilation \(dilation): max error \(err)")
        }
    }

    /// The direct kernel (Ci·K ≤ 16) on outputs long enough for its 64-point blocks, and odd tails.
    @Test(arguments: [(1, 5, Padding.same, 150), (2, 3, .valid, 133), (4, 4, .explicit(left: 3, right: 0), 97)])
    func directPathMatchesTheDefinitionOnLongSignals(channels: Int, kernel: Int, padding: Padding, length: Int) {
        var rng = SeededRandom(seed: 31)
        let conv = Conv1D(channels, 5, kernelSize: kernel, padding: padding, rng: &rng)
        conv.bias.value = .normal([5], rng: &rng)
        let x = Tensor.normal([3, channels, length], rng: &rng)
        Parallel.withThreads(2) {
            let y = conv.forward(x, training: true)
            let want = Self.direct(conv, x)
            #expect(y.shape == want.shape)
            let worst = maxDifference(y, want)
            #expect(worst <= 1e-5 * max(1, want.maxAbs))
        }
    }
}

/// The channel-blocked forward (no column matrix) against the definition and the im2col + sgemm path.
@Suite struct ChannelBlockedConvolutionTests {
    /// (Ci, Co, K, S, D, padding, L): output lengths 61, 17, 16, 6, 4 (only a tail), 9 (a tail of 4), 6
    /// (the input exactly spans the outputs), 9 (left padding longer than the span needs), 23
    /// (stride 1, dilation 3); two channel blocks in some.
    static let geometries: [(Int, Int, Int, Int, Int, Padding, Int)] = [
        (1, 32, 100, 5, 1, .valid, 401), (1, 16, 9, 3, 1, .same, 50), (3, 16, 4, 2, 2, .explicit(left: 3, right: 2), 37),
        (2, 32, 3, 2, 1, .valid, 13), (4, 16, 2, 2, 1, .valid, 9), (1, 16, 4, 2, 1, .valid, 20),
        (1, 32, 5, 3, 1, .valid, 20), (2, 16, 3, 2, 1, .explicit(left: 4, right: 0), 16), (2, 16, 5, 1, 3, .same, 23)
    ]

    @Test(arguments: geometries.indices)
    func matchesTheDefinition(index: Int) {
        let (ci, co, k, s, d, padding, length) = Self.geometries[index]
        var rng = SeededRandom(seed: 41)
        let conv = Conv1D(ci, co, kernelSize: k, stride: s, dilation: d, padding: padding, rng: &rng)
        conv.bias.value = .normal([co], rng: &rng)
        conv.blockedForwardOverride = true
        // A longer input first, so the scratch (tile, row, padded sample) holds stale values.
        _ = conv.forward(Tensor.normal([5, ci, length + 7], rng: &rng), training: false)
        #expect(conv.lastForwardBlocked)
        let x = Tensor.normal([5, ci, length], rng: &rng)
        for threads in [1, 2] {
            let y = Parallel.withThreads(threads) { conv.forward(x, training: true) }
            #expect(conv.lastForwardBlocked)
            let want = ConvolutionForwardTests.direct(conv, x)
            #expect(y.shape == want.shape)
            let worst = maxDifference(y, want)
            #expect(worst <= 1e-5 * max(1, want.maxAbs), "geometry \(index): max error \(worst)")
        }
    }

    /// The im2col + sgemm path on the same layers agrees to rounding (not bit for bit: OpenBLAS's
    /// small-product kernel sums its last columns differently), plain, with the fused ReLU, and pooled.
    @Test(arguments: [(1, 32, 100, 5, 1, Padding.valid, 401), (8, 16, 3, 2, 2, .same, 40), (2, 16, 7, 3, 1, .valid, 64)])
    func agreesWithTheSgemmPath(ci: Int, co: Int, k: Int, s: Int, d: Int, padding: Padding, length: Int) {
        var rng = SeededRandom(seed: 43)
        let blocked = Conv1D(ci, co, kernelSize: k, stride: s, dilation: d, padding: padding, rng: &rng)
        blocked.bias.value = .normal([co], rng: &rng)
        let sgemm = Conv1D(ci, co, kernelSize: k, stride: s, dilation: d, padding: padding, rng: &rng)
        sgemm.weight.value = blocked.weight.value
        sgemm.bias.value = blocked.bias.value
        blocked.blockedForwardOverride = true
        sgemm.blockedForwardOverride = false
        let x = Tensor.normal([7, ci, length], rng: &rng)
        func close(_ a: Tensor, _ b: Tensor) -> Bool {
            a.shape == b.shape && maxDifference(a, b) <= 1e-6 * max(1, b.maxAbs)
        }
        for threads in [1, 2] {
            Parallel.withThreads(threads) {
                #expect(close(blocked.forward(x, training: false), sgemm.forward(x, training: false)))
                #expect(blocked.lastForwardBlocked && !sgemm.lastForwardBlocked)
                blocked.fusesReLU = true; sgemm.fusesReLU = true
                #expect(close(blocked.forward(x, training: false), sgemm.forward(x, training: false)))
                #expect(close(blocked.forwardMaxPooledPairs(x, training: false), sgemm.forwardMaxPooledPairs(x, training: false)))
                blocked.fusesReLU = false; sgemm.fusesReLU = false
            }
        }
    }

    /// Pooled in pairs, the blocked forward is MaxPool1D(2) of its plain forward bit for bit.
    @Test func pooledForwardIsThePoolOfThePlainForward() {
        var rng = SeededRandom(seed: 45)
        let conv = Conv1D(1, 32, kernelSize: 100, stride: 5, rng: &rng)
        conv.bias.value = .normal([32], rng: &rng)
        conv.blockedForwardOverride = true
        let x = Tensor.normal([6, 1, 401], rng: &rng)
        let pooled = conv.forwardMaxPooledPairs(x, training: true)
        #expect(conv.lastForwardBlocked)
        #expect(pooled.scalars == MaxPool1D(2).forward(conv.forward(x, training: false), training: false).scalars)
    }

    /// Gradients through a strided convolution (blocked forward) fused with its ReLU and pool.
    @Test func gradientThroughTheFusedBlockedLayer() {
        var rng = SeededRandom(seed: 47)
        let conv = Conv1D(2, 16, kernelSize: 9, stride: 3, rng: &rng)
        conv.bias.value = .normal([16], rng: &rng)
        conv.blockedForwardOverride = true
        let model = Sequential([("conv", conv), ("relu", ReLU()), ("pool", MaxPool1D(2))])
        let x = Tensor.normal([3, 2, 60], rng: &rng)
        #expect(conv.outputLength(60) == 18)
        GradientCheck.check(model, input: x)
        #expect(conv.fusesReLU && conv.lastForwardPooled && conv.lastForwardBlocked)
    }
}
