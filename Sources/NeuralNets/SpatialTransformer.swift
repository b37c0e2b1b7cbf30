// 1D spatial transformer (Jaderberg et al. 2015): a localisation network predicts a transform
// of the energy axis, and a linear-interpolation sampler resamples the input on it.
//
// Shape legend: B = batch, C = channels, L = length (output length = input length), P = number
// of transform parameters (1: shift; 2: scale and shift).
//   x [B, C, L] → localisation(flatten(x)) = θ [B, P] → y [B, C, L].
//   Normalised grid u_i = −1 + 2i/(L−1); sampled at u'_i = s·u_i + t with s = 1 (+ θ₀ for
//   .scaleAndShift) and t = θ_last; in points p_i = (u'_i + 1)/2 · (L−1); zero outside the axis.
//   This is PyTorch's affine_grid + grid_sample(align_corners=True, padding_mode="zeros").
//   A zero-initialised last localisation layer gives θ = 0: the identity.
// Backward: dp_i from the sampler; dt = Σ_i dp_i·(L−1)/2, ds = Σ_i dp_i·(L−1)/2·u_i; θ's gradient
// flows through the localisation network to x, and adds to the sampler's own dx.

import Tensors

public final class SpatialTransformer1D: Layer, LayerContainer {
    public var childLayers: [Layer] { [localisation] }

    public enum Transform: String, Sendable, Codable {
        /// u' = u + t.
        case shift
        /// u' = (1 + θ₀)·u + t.
        case scaleAndShift

        public var parameterCount: Int { self == .shift ? 1 : 2 }
    }

    public let localisation: Sequential
    public let transform: Transform
    /// When false, no dx is computed (the transformer reads the network input).
    public let computesInputGradient: Bool

    private var input = Tensor.empty
    /// Sampling positions as floor index and fraction, computed in Double: [B·L] each for
    /// .scaleAndShift; for .shift, [B]: every point of sample b sits at i + index[b] + weight[b].
    private var sampleIndex: [Int32] = []
    private var sampleWeight: [Float] = []
    /// u_i = −1 + 2i/(L−1), cached per length.
    private var grid: [Float] = []
    private var gridDouble: [Double] = []
    /// θ of the last forward pass, [B, P].
    public private(set) var lastParameters = Tensor.empty

    /// `localisation` maps [B, C·L] to [B, transform.parameterCount].
    public init(localisation: Sequential, transform: Transform = .shift, computesInputGradient: Bool = true) {
        self.localisation = localisation
        self.transform = transform
        self.computesInputGradient = computesInputGradient
    }

    public var namedParameters: [NamedParameter] { prefixed("localisation", localisation.namedParameters) }

    /// Shift of the last forward pass per sample, in points of the input axis (positive: the
    /// output at i shows the input at i + shift).
    public var lastShiftInPoints: [Float] {
        guard lastParameters.count > 0 else { return [] }
        let L = input.shape[2], P = transform.parameterCount
        return (0..<input.shape[0]).map { lastParameters.scalars[$0 * P + P - 1] * Float(L - 1) / 2 }
    }

    /// Floor and fraction of a whole-sample shift δ (in points): p_i = (u_i + t + 1)·(L−1)/2 = i + δ,
    /// so one floor and one fraction serve every point (and a point on the grid sits exactly at
    /// i + ⌊δ⌋ rather than a rounding error to either side). The floor is clamped to [−L−1, L],
    /// beyond which every sample falls outside the signal.
    static func shiftCoordinate(_ delta: Double, length L: Int) -> (first: Int32, weight: Float) {
        let f = delta.rounded(.down)
        let clamped = f.isNaN ? -Double(L + 1) : max(-Double(L + 1), min(f, Double(L)))
        return (Int32(clamped), Float(delta - f))
    }

    public func forward(_ x: Tensor, training: Bool) -> Tensor {
        precondition(x.rank == 3 && x.shape[2] > 1, "SpatialTransformer1D expects [B, C, L > 1], got \(x.shape)")
        let B = x.shape[0], C = x.shape[1], L = x.shape[2], P = transform.parameterCount
        input = x
        let theta = localisation.forward(x.reshaped([B, C * L]), training: training)
        precondition(theta.shape == [B, P], "localisation must output [B, \(P)], got \(theta.shape)")
        lastParameters = theta
        let scaled = transform == .scaleAndShift
        // Per point for .scaleAndShift; one (floor, fraction) per sample for .shift.
        let positions = scaled ? B * L : B
        if sampleIndex.count != positions {
            sampleIndex = [Int32](repeating: 0, count: positions)
            sampleWeight = [Float](repeating: 0, count: positions)
        }
        if grid.count != L {
            gridDouble = (0..<L).map { -1 + 2 * Double($0) / Double(L - 1) }
            grid = gridDouble.map { Float($0) }
        }
        let half = Double(L - 1) / 2
        var y = Tensor(uninitializedShape: x.shape)
        // Per sample: the positions (in Double) and then the resampling, on the workers.
        x.withUnsafeBufferPointer { xp in
            theta.withUnsafeBufferPointer { tp in
                gridDouble.withUnsafeBufferPointer { up in
                    sampleIndex.withUnsafeMutableBufferPointer { ip in
                        sampleWeight.withUnsafeMutableBufferPointer { wp in
                            y.withUnsafeMutableBufferPointer { yp in
                                let ptrs = UnsafeSendable(
                                    (
                                        xp.baseAddress!, tp.baseAddress!, up.baseAddress!, ip.baseAddress!,
                                        wp.baseAddress!, yp.baseAddress!
                                    ))
                                Parallel.forEachChunk(B) { _, range in
                                    let (x, theta, u, idx, wt, y) = ptrs.value
                                    for b in range {
                                        let t = Double(theta[b * P + P - 1])
                                        if scaled {
                                            let s = 1 + Double(theta[b * P])
                                            let ib = idx + b * L, wb = wt + b * L
                                            for i in 0..<L {
                                                let c = samplingCoordinate((s * u[i] + t + 1) * half)
                                                ib[i] = c.index
                                                wb[i] = c.weight
                                            }
                                            resampleLinearForward(
                                                x + b * C * L, channels: C, length: L, index: ib,
                                                weight: wb, count: L, y: y + b * C * L)
                                        } else {
                                            let (first, w) = SpatialTransformer1D.shiftCoordinate(t * half, length: L)
                                            idx[b] = first
                                            wt[b] = w
                                            resampleShiftForward(
                                                x + b * C * L, channels: C, length: L, first: Int(first),
                                                weight: w, y: y + b * C * L)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return y
    }

    public func backward(_ dy: Tensor) -> Tensor {
        // A fixed localisation (no trainable parameter, e.g. CentroidLocator) and no input gradient:
        // nothing upstream needs a gradient, and the layer behind may not have computed one.
        if !computesInputGradient && !localisation.namedParameters.contains(where: { $0.parameter.isTrainable }) { return .empty }
        let B = input.shape[0], C = input.shape[1], L = input.shape[2], P = transform.parameterCount
        var dx = computesInputGradient ? Tensor(shape: input.shape) : .empty
        // dp is written in full by the sampler; dθ per sample is reduced on the workers too.
        var dp = [Float](unsafeUninitializedCapacity: B * L) { _, n in n = B * L }
        var dTheta = Tensor(shape: [B, P])
        let halfF = Float(L - 1) / 2, scaled = transform == .scaleAndShift
        let wantsDx = computesInputGradient
        input.withUnsafeBufferPointer { xp in
            sampleIndex.withUnsafeBufferPointer { ip in
                sampleWeight.withUnsafeBufferPointer { wp in
                    dy.withUnsafeBufferPointer { dyp in
                        dp.withUnsafeMutableBufferPointer { dpp in
                            dx.withUnsafeMutableBufferPointer { dxp in
                                grid.withUnsafeBufferPointer { up in
                                    dTheta.withUnsafeMutableBufferPointer { dtp in
                                        let ptrs = UnsafeSendable(
                                            (
                                                xp.baseAddress!, ip.baseAddress!, wp.baseAddress!,
                                                dyp.baseAddress!, dpp.baseAddress!, dxp.baseAddress,
                                                up.baseAddress!, dtp.baseAddress!
                                            ))
                                        Parallel.forEachChunk(B) { _, range in
                                            let (x, idx, wt, dy, dp, dx, u, dTheta) = ptrs.value
                                            for b in range {
                                                let db = dp + b * L
                                                if scaled {
                                                    resampleLinearBackward(
                                                        x + b * C * L, channels: C, length: L,
                                                        index: idx + b * L, weight: wt + b * L, count: L,
                                                        dy: dy + b * C * L,
                                                        dx: wantsDx ? dx! + b * C * L : nil, dp: db)
                                                } else {
                                                    resampleShiftBackward(
                                                        x + b * C * L, channels: C, length: L,
                                                        first: Int(idx[b]), weight: wt[b], dy: dy + b * C * L,
                                                        dx: wantsDx ? dx! + b * C * L : nil, dp: db)
                                                }
                                                dTheta[b * P + P - 1] = sumFloats(db, count: L) * halfF
                                                if scaled {
                                                    var ds: Float = 0
                                                    for i in 0..<L { ds += db[i] * u[i] }
                                                    dTheta[b * P] = ds * halfF
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        let dxLocalisation = localisation.backward(dTheta)
        if computesInputGradient, dxLocalisation.count > 0 { dx.add(dxLocalisation) }
        return dx
    }
}
