// 1D convolution over the energy axis: im2col + sgemm, the batch split over workers; a direct
// kernel for a small receptive field; a channel-blocked forward for strided layers.
//
// Shape legend: B = batch, Ci = input channels, Co = output channels, L = input length,
//   K = kernel width, Lo = output length, G = samples per sgemm group, CK = Ci·K.
//   x [B, Ci, L], weight [Co, Ci, K] (PyTorch's Conv1d layout), bias [Co], y [B, Co, Lo].
// Each worker takes a contiguous slice of the batch and, G samples at a time, builds
// col [CK, G·Lo], computes Y = W[Co, CK] · col, and writes Y into y with the bias (and a fused
// ReLU and 2-point max pool; see `FusionPlan`). Backward rebuilds col,
// accumulates dW = dY · colᵀ per worker (summed in worker order, so results are deterministic
// for a given thread count) and dcol = Wᵀ · dY, which col2im folds into dx.
// Direct path (CK ≤ 16, stride 1, dilation 1, e.g. a first layer Ci = 1, K = 5): per sample,
// xpad [Ci, Lp] (the sample between its zero pads) and one output row [Lv] at a time from
// K shifted vector loads per channel; backward: dW by dot products of the gradient row with
// shifted xpad rows, dx by scaled adds into a padded dx. A K-row col would give sgemm a
// product too thin to pay for its packing (M4's first layer: 4.9 → 2.4 ms per training step).
// Strided forward (S > 1, Co a multiple of 16): per sample, `channelBlockedConv1D` fills
// tile [Lo, Co] straight from x, and each channel's row is gathered from it; im2col's K/S-fold
// copy is skipped (paper 1's first layer, batch 1024 on 1 thread: 6.8 → 5.1 ms). Backward
// builds col as above (Convolution+Backward.swift).

import Tensors
import Glibc

/// Zero padding of a convolution.
public enum Padding: Sendable, Equatable {
    /// No padding: Lo = ⌊(L − D·(K−1) − 1) / S⌋ + 1.
    case valid
    /// Lo = ⌈L / S⌉, padding split with the extra point on the right (Keras/TensorFlow "same").
    case same
    /// Explicit left and right padding in points.
    case explicit(left: Int, right: Int)
}

public final class Conv1D: Layer {
    public let inputChannels: Int, outputChannels: Int
    public let kernelSize: Int, stride: Int, dilation: Int
    public let padding: Padding
    public let weight: Parameter
    public let bias: Parameter
    /// When false, `backward` skips dx (the first layer of a network needs none).
    public var computesInputGradient: Bool
    /// When true, the output is max(conv + bias, 0): a ReLU that follows this layer, fused into the
    /// output pass (and its backward into the gradient gather) by the container that holds both
    /// (`Sequential`, `Graph`), which then skips the ReLU. Applying that ReLU again changes nothing.
    public internal(set) var fusesReLU = false

    var input = Tensor.empty
    /// The output of the last forward (pooled, after a pooled forward), kept as the fused ReLU's gate.
    var output = Tensor.empty
    /// After `forwardMaxPooledPairs(_:training: true)`: per pooled value, −1 where the right
    /// point of its pair won, else 0; `lastForwardPooled` says which kind of forward ran last.
    var pairWinners: [Int32] = []
    public private(set) var lastForwardPooled = false
    /// Whether the last forward applied the fused ReLU (its backward then applies the gate).
    public private(set) var lastForwardFusedReLU = false
    /// Whether the last forward took the channel-blocked kernel (see `blockedForward`).
    public private(set) var lastForwardBlocked = false
    let scratch = ScratchBuffers()
    let gradientScratch = ScratchBuffers()

    public init(
        _ inputChannels: Int, _ outputChannels: Int, kernelSize: Int, stride: Int = 1,
        dilation: Int = 1, padding: Padding = .valid, initializer: Initializer = .heUniform,
        computesInputGradient: Bool = true, usesBias: Bool = true, rng: inout SeededRandom
    ) {
        self.usesBias = usesBias
        precondition(
            inputChannels > 0 && outputChannels > 0 && kernelSize > 0 && stride > 0 && dilation > 0,
            "Conv1D needs positive channels, kernel, stride and dilation")
        self.inputChannels = inputChannels
        self.outputChannels = outputChannels
        self.kernelSize = kernelSize
        self.stride = stride
        self.dilation = dilation
        self.padding = padding
        let fanIn = inputChannels * kernelSize
        weight = Parameter(
            initializer.make(
                [outputChannels, inputChannels, kernelSize], fanIn: fanIn,
                fanOut: outputChannels * kernelSize, rng: &rng))
        bias = Parameter(Tensor(shape: [outputChannels]))
        self.computesInputGradient = computesInputGradient
    }

    /// False: the bias stays zero and is not a parameter (not optimised, not saved).
    public let usesBias: Bool

    public var namedParameters: [NamedParameter] { usesBias ? [("weight", weight), ("bias", bias)] : [("weight", weight)] }

    /// (left, right) padding for input length L.
    public func paddingAmounts(length L: Int) -> (left: Int, right: Int) {
        switch padding {
        case .valid: return (0, 0)
        case .explicit(let l, let r): return (l, r)
        case .same:
            let Lo = (L + stride - 1) / stride
            let total = max(0, (Lo - 1) * stride + dilation * (kernelSize - 1) + 1 - L)
            return (total / 2, total - total / 2)
        }
    }

    public func outputLength(_ L: Int) -> Int {
        let p = paddingAmounts(length: L)
        return convolutionOutputLength(
            length: L, kernel: kernelSize, stride: stride, dilation: dilation,
            padLeft: p.left, padRight: p.right)
    }

    static let groupFloats: Int = EngineSettings.current.convolutionGroupFloats
    /// XPS_CONV_BLOCKED=0 / 1: never / always (where possible) take the channel-blocked forward.
    static let blockedOverride: Bool? = EngineSettings.current.convolutionBlocked

    struct Geometry {
        let B: Int, Ci: Int, Co: Int, L: Int, K: Int, S: Int, D: Int, P: Int, Lo: Int, CK: Int, G: Int
        /// Floats of im2col's stride-phase buffer (0 for stride 1).
        let phases: Int
        /// Direct convolution instead of im2col + sgemm (Ci·K ≤ 16, stride and dilation 1).
        var direct: Bool { S == 1 && D == 1 && CK <= 16 }
        /// Direct path: Lo rounded up to whole 16-lane vectors, and the padded sample's length.
        var Lv: Int { (Lo + 15) / 16 * 16 }
        var Lp: Int { max(Lv + K - 1, P + L) }
        /// Channel-blocked forward (`channelBlockedConv1D`): the padded sample's length.
        var Lx: Int { max(P + L, (Lo - 1) * S + (K - 1) * D + 1) }
    }

    /// Tests: force (true) or forbid (false) the channel-blocked forward where it applies.
    var blockedForwardOverride: Bool?

    /// Whether the forward takes the channel-blocked kernel instead of im2col + sgemm: for strided
    /// layers (measured on M1's four layers: faster for the strided first one; for the stride-1
    /// ones, whose columns repeat each point only K times, no faster, or slower).
    private func blockedForward(_ g: Geometry) -> Bool {
        guard !g.direct, g.Co % 16 == 0 else { return false }
        if let forced = blockedForwardOverride ?? Conv1D.blockedOverride { return forced }
        return g.S > 1
    }

    /// xpad [Ci, Lp] = one sample [Ci, L] with P zeros before it and zeros after (Lp ≥ P + L).
    static func fillPadded(
        _ x: UnsafePointer<Float>, _ g: Geometry, paddedLength Lp: Int,
        xpad: UnsafeMutablePointer<Float>
    ) {
        for c in 0..<g.Ci {
            let dst = xpad + c * Lp
            dst.update(repeating: 0, count: g.P)
            copyFloats(from: x + c * g.L, to: dst + g.P, count: g.L)
            (dst + g.P + g.L).update(repeating: 0, count: Lp - g.P - g.L)
        }
    }

    /// One output row [Lo] (or [Lo / 2] pooled) from `src` [Lo] before the bias.
    /// `winners` (training only) receives the pooled pairs' winners.
    @inline(__always)
    private static func writeRow(
        _ src: UnsafePointer<Float>, bias: Float, relu: Bool, maxPoolPairs: Bool,
        winners: UnsafeMutablePointer<Int32>?, to dst: UnsafeMutablePointer<Float>, count Lo: Int
    ) {
        if maxPoolPairs, let winners {
            pairMaxForward(src, adding: bias, relu: relu, to: dst, right: winners, count: Lo / 2)
        } else if maxPoolPairs {
            pairMaxFloats(from: src, adding: bias, relu: relu, to: dst, count: Lo / 2)
        } else if relu {
            copyFloatsReLU(from: src, adding: bias, to: dst, count: Lo)
        } else {
            copyFloats(from: src, adding: bias, to: dst, count: Lo)
        }
    }

    func geometry(_ x: Tensor) -> Geometry {
        precondition(
            x.rank == 3 && x.shape[1] == inputChannels,
            "Conv1D(\(inputChannels)→\(outputChannels)) expects [B, \(inputChannels), L], got \(x.shape)")
        let L = x.shape[2], Lo = outputLength(L)
        precondition(Lo > 0, "Conv1D: input length \(L) is shorter than the kernel span")
        let CK = inputChannels * kernelSize
        // Group size: col ≈ 2^16 floats (256 KiB; `groupFloats`) keeps each group in cache.
        let G = max(1, min(x.shape[0], Conv1D.groupFloats / max(1, CK * Lo)))
        return Geometry(
            B: x.shape[0], Ci: inputChannels, Co: outputChannels, L: L, K: kernelSize, S: stride,
            D: dilation, P: paddingAmounts(length: L).left, Lo: Lo, CK: CK, G: G,
            phases: im2colPhaseCount(channels: inputChannels, length: L, stride: stride))
    }

    /// im2col of samples first ..< first + count side by side in `col` [CK, count·Lo]; `phases`
    /// holds g.phases floats of scratch.
    static func fillColumns(
        _ x: UnsafePointer<Float>, _ g: Geometry, first: Int, count n: Int,
        col: UnsafeMutablePointer<Float>, phases: UnsafeMutablePointer<Float>
    ) {
        for s in 0..<n {
            im2col(
                x + (first + s) * g.Ci * g.L, channels: g.Ci, length: g.L, kernel: g.K,
                stride: g.S, dilation: g.D, padLeft: g.P, outLength: g.Lo, col: col + s * g.Lo, ldcol: n * g.Lo,
                phases: phases)
        }
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        let y = run(x, maxPoolPairs: false, training: training)
        output = fusesReLU ? y : .empty
        lastForwardPooled = false
        lastForwardFusedReLU = fusesReLU
        return y
    }

    /// This layer (with its fused ReLU, if any) followed by MaxPool1D(2), in one pass that never
    /// writes the unpooled output: equal to `MaxPool1D(2)(forward(x))` bit for bit. In training
    /// it keeps the pairs' winners (and the pooled output as the ReLU's gate), and `backward`
    /// then takes the gradient of the pooled output.
    public func forwardMaxPooledPairs(_ x: Tensor, training: Bool) -> Tensor {
        let y = run(x, maxPoolPairs: true, training: training)
        output = fusesReLU && training ? y : .empty
        lastForwardPooled = training
        lastForwardFusedReLU = fusesReLU
        if !training { pairWinners = [] }
        return y
    }

    private func run(_ x: Tensor, maxPoolPairs: Bool, training: Bool) -> Tensor {
        let g = geometry(x)
        input = x
        let outLength = maxPoolPairs ? g.Lo / 2 : g.Lo
        precondition(outLength > 0, "Conv1D: output length \(g.Lo) is too short to pool in pairs")
        var y = Tensor(uninitializedShape: [g.B, g.Co, outLength])
        let keepsWinners = maxPoolPairs && training
        if keepsWinners && pairWinners.count != g.B * g.Co * outLength {
            pairWinners = [Int32](repeating: 0, count: g.B * g.Co * outLength)
        }
        lastForwardBlocked = blockedForward(g)
        if lastForwardBlocked {
            runBlocked(x, g, into: &y, outLength: outLength, keepsWinners: keepsWinners, maxPoolPairs: maxPoolPairs)
            return y
        }
        let workers = Parallel.workerCount(g.B)
        // Per worker: Y [Co, G·Lo], the stride phases, then col [CK, G·Lo] (direct: xpad, one row).
        scratch.reserve(
            workers: workers,
            count: g.direct
                ? g.Ci * g.Lp + g.Lv
                : g.Co * g.G * g.Lo + g.phases + g.CK * g.G * g.Lo)
        let scratch = self.scratch
        let relu = fusesReLU
        forEachSampleChunk(x, weights: weight.value, into: &y, keepsWinners: keepsWinners, workers: workers) { w, range, p in
            let (x, W, bias, y, winners) = p
            if g.direct {
                let xpad = scratch[w], row = xpad + g.Ci * g.Lp
                for s in range {
                    Conv1D.fillPadded(x + s * g.Ci * g.L, g, paddedLength: g.Lp, xpad: xpad)
                    for c in 0..<g.Co {
                        directConv1DRow(
                            xpad, channels: g.Ci, paddedLength: g.Lp, weights: W + c * g.CK,
                            kernel: g.K, row: row, count: g.Lv)
                        let o = (s * g.Co + c) * outLength
                        Conv1D.writeRow(
                            row, bias: bias[c], relu: relu, maxPoolPairs: maxPoolPairs,
                            winners: winners.map { $0 + o }, to: y + o, count: g.Lo)
                    }
                }
                return
            }
            let Y = scratch[w], phases = Y + g.Co * g.G * g.Lo, col = phases + g.phases
            var s0 = range.lowerBound
            while s0 < range.upperBound {
                let n = min(g.G, range.upperBound - s0)
                let ld = n * g.Lo
                Conv1D.fillColumns(x, g, first: s0, count: n, col: col, phases: phases)
                BLAS.sgemm(
                    transA: false, transB: false, m: g.Co, n: ld, k: g.CK,
                    a: W, lda: g.CK, b: col, ldb: ld, beta: 0, c: Y, ldc: ld)
                for s in 0..<n {
                    for c in 0..<g.Co {
                        let o = ((s0 + s) * g.Co + c) * outLength
                        Conv1D.writeRow(
                            Y + c * ld + s * g.Lo, bias: bias[c], relu: relu,
                            maxPoolPairs: maxPoolPairs, winners: winners.map { $0 + o },
                            to: y + o, count: g.Lo)
                    }
                }
                s0 += n
            }
        }
        return y
    }

    /// The forward through `channelBlockedConv1D` into y [B, Co, outLength] (set up by `run`): per
    /// sample, tile [Lo, Co], then each channel's row gathered from it and written like the sgemm
    /// path's rows.
    private func runBlocked(
        _ x: Tensor, _ g: Geometry, into y: inout Tensor, outLength: Int, keepsWinners: Bool,
        maxPoolPairs: Bool
    ) {
        // wt [CK, Co] = the weights [Co, CK] transposed.
        var wt = Tensor(uninitializedShape: [g.CK, g.Co])
        weight.value.withUnsafeBufferPointer { w in
            wt.withUnsafeMutableBufferPointer { t in
                let (w, t) = (w.baseAddress!, t.baseAddress!)
                for o in 0..<g.Co { for ck in 0..<g.CK { t[ck * g.Co + o] = w[o * g.CK + ck] } }
            }
        }
        let padded = g.Lx != g.L
        let workers = Parallel.workerCount(g.B)
        // Per worker: tile [Lo, Co], one row [Lo], then (when the layer pads) the padded sample [Ci, Lx].
        scratch.reserve(workers: workers, count: g.Lo * g.Co + g.Lo + (padded ? g.Ci * g.Lx : 0))
        let scratch = self.scratch
        let relu = fusesReLU
        forEachSampleChunk(x, weights: wt, into: &y, keepsWinners: keepsWinners, workers: workers) { w, range, p in
            let (x, wt, bias, y, winners) = p
            let tile = scratch[w], row = tile + g.Lo * g.Co, xpad = row + g.Lo
            for s in range {
                var sample = x + s * g.Ci * g.L
                if padded {
                    Conv1D.fillPadded(sample, g, paddedLength: g.Lx, xpad: xpad)
                    sample = UnsafePointer(xpad)
                }
                channelBlockedConv1D(
                    sample, channels: g.Ci, length: g.Lx, weightsTransposed: wt,
                    outputChannels: g.Co, kernel: g.K, stride: g.S, dilation: g.D,
                    tile: tile, outLength: g.Lo)
                for c in 0..<g.Co {
                    for l in 0..<g.Lo { row[l] = tile[l * g.Co + c] }
                    let o = (s * g.Co + c) * outLength
                    Conv1D.writeRow(
                        row, bias: bias[c], relu: relu, maxPoolPairs: maxPoolPairs,
                        winners: winners.map { $0 + o }, to: y + o, count: g.Lo)
                }
            }
        }
    }

    private typealias ForwardPointers = (
        x: UnsafePointer<Float>, weights: UnsafePointer<Float>, bias: UnsafePointer<Float>,
        y: UnsafeMutablePointer<Float>, winners: UnsafeMutablePointer<Int32>?
    )

    /// Splits the batch of x over `workers` and runs `body(worker, samples, pointers)` with raw
    /// pointers to x, `weights`, the bias, y and (when `keepsWinners`) the pooled pairs' winners.
    private func forEachSampleChunk(
        _ x: Tensor, weights: Tensor, into y: inout Tensor, keepsWinners: Bool, workers: Int,
        _ body: (Int, Range<Int>, ForwardPointers) -> Void
    ) {
        x.withUnsafeBufferPointer { xp in
            weights.withUnsafeBufferPointer { wp in
                bias.value.withUnsafeBufferPointer { bp in
                    y.withUnsafeMutableBufferPointer { yp in
                        pairWinners.withUnsafeMutableBufferPointer { rp in
                            let p = (
                                xp.baseAddress!, wp.baseAddress!, bp.baseAddress!, yp.baseAddress!,
                                keepsWinners ? rp.baseAddress : nil
                            )
                            Parallel.forEachChunk(x.shape[0], workers: workers) { w, range in body(w, range, p) }
                        }
                    }
                }
            }
        }
    }
}
