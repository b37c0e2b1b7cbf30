// Optimizers walk the named trainable parameters; the per-tensor update is a small function
// (`applySingle`) separate from the bookkeeping. Semantics follow PyTorch's.

import Foundation
import Tensors

public protocol Optimizer: AnyObject {
    var learningRate: Float { get set }
    /// Per trainable parameter (in parameter order), the factor its learning rate is
    /// `learningRate` times; 1 for every parameter unless `scaleRate` changed it.
    var rateScales: [Float] { get }
    /// Multiplies the learning rate of every trainable parameter whose name `matches` by `factor`
    /// (a parameter group with its own rate, e.g. a localisation network's).
    func scaleRate(by factor: Float, where matches: (String) -> Bool)
    /// Applies one update from the accumulated gradients.
    func step()
    /// Everything a resumed run needs: step count and per-parameter buffers (moments, velocities).
    var state: OptimizerState { get set }
}

/// An optimizer's internal state, in parameter order.
public struct OptimizerState: Sendable, Equatable {
    public var step: Int
    public var buffers: [[Float]]
    public init(step: Int, buffers: [[Float]]) { self.step = step; self.buffers = buffers }
}

/// Adam (Kingma & Ba 2015), optionally with decoupled weight decay (AdamW, Loshchilov & Hutter 2019)
/// or L2 weight decay added to the gradient (PyTorch's Adam `weight_decay`).
public final class Adam: Optimizer {
    public var learningRate: Float
    public let beta1: Float, beta2: Float, epsilon: Float
    public let weightDecay: Float
    public let decoupled: Bool
    private let parameters: [Parameter]
    private let names: [String]
    public private(set) var rateScales: [Float]
    private var firstMoments: [[Float]]
    private var secondMoments: [[Float]]
    public private(set) var stepCount = 0

    public init(
        _ parameters: [NamedParameter], learningRate: Float = 1e-3, beta1: Float = 0.9, beta2: Float = 0.999,
        epsilon: Float = 1e-8, weightDecay: Float = 0, decoupled: Bool = false
    ) {
        precondition(learningRate >= 0, "Learning rate must be non-negative, got \(learningRate)")
        self.parameters = parameters.map(\.parameter).filter(\.isTrainable)
        names = parameters.filter(\.parameter.isTrainable).map(\.name)
        rateScales = [Float](repeating: 1, count: self.parameters.count)
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.weightDecay = weightDecay
        self.decoupled = decoupled
        firstMoments = self.parameters.map { [Float](repeating: 0, count: $0.value.count) }
        secondMoments = firstMoments
    }

    /// AdamW: Adam with decoupled weight decay.
    public static func adamW(
        _ parameters: [NamedParameter], learningRate: Float = 1e-3,
        weightDecay: Float = 1e-2
    ) -> Adam {
        Adam(parameters, learningRate: learningRate, weightDecay: weightDecay, decoupled: true)
    }

    public func scaleRate(by factor: Float, where matches: (String) -> Bool) {
        precondition(factor > 0, "A learning-rate factor must be positive, got \(factor)")
        for i in names.indices where matches(names[i]) { rateScales[i] *= factor }
    }

    /// Buffers: first moments of every parameter, then second moments.
    public var state: OptimizerState {
        get { OptimizerState(step: stepCount, buffers: firstMoments + secondMoments) }
        set {
            precondition(
                newValue.buffers.count == 2 * parameters.count, "Adam state has \(newValue.buffers.count) buffers, expected \(2 * parameters.count)")
            stepCount = newValue.step
            firstMoments = Array(newValue.buffers[..<parameters.count])
            secondMoments = Array(newValue.buffers[parameters.count...])
        }
    }

    public func step() {
        stepCount += 1
        let t = Float(stepCount)
        let correction1 = 1 - pow(beta1, t), correction2 = 1 - pow(beta2, t)
        for i in parameters.indices {
            // A scale of 1 leaves the rate's bits as they are.
            let rate = learningRate * rateScales[i]
            applySingle(
                parameters[i], m: &firstMoments[i], v: &secondMoments[i], rate: rate,
                stepSize: rate / correction1, rootCorrection2: correction2.squareRoot())
        }
    }

    private func applySingle(
        _ p: Parameter, m: inout [Float], v: inout [Float], rate: Float, stepSize: Float, rootCorrection2: Float
    ) {
        let b1 = beta1, b2 = beta2, eps = epsilon
        let l2: Float = decoupled ? 0 : weightDecay
        if decoupled && weightDecay != 0 { p.value.scale(by: 1 - rate * weightDecay) }
        p.gradient.withUnsafeBufferPointer { g in
            p.value.withUnsafeMutableBufferPointer { w in
                m.withUnsafeMutableBufferPointer { m in
                    v.withUnsafeMutableBufferPointer { v in
                        let ptrs = UnsafeSendable((w.baseAddress!, g.baseAddress!, m.baseAddress!, v.baseAddress!))
                        Parallel.forEachChunk(w.count, minimumChunk: 1 << 15) { _, r in
                            let (w, g, m, v) = ptrs.value
                            let o = r.lowerBound
                            adamUpdate(
                                w + o, g + o, m + o, v + o, count: r.count, beta1: b1, beta2: b2,
                                stepSize: stepSize, rootCorrection2: rootCorrection2, epsilon: eps, l2: l2)
                        }
                    }
                }
            }
        }
    }
}

/// Stochastic gradient descent with momentum (PyTorch form: b ← μ·b + g, w ← w − lr·b).
public final class SGD: Optimizer {
    public var learningRate: Float
    public let momentum: Float, weightDecay: Float
    private let parameters: [Parameter]
    private let names: [String]
    public private(set) var rateScales: [Float]
    private var velocities: [[Float]]
    private var started = false

    public init(_ parameters: [NamedParameter], learningRate: Float, momentum: Float = 0, weightDecay: Float = 0) {
        precondition(learningRate >= 0, "Learning rate must be non-negative, got \(learningRate)")
        precondition(momentum >= 0, "Momentum must be non-negative, got \(momentum)")
        self.parameters = parameters.map(\.parameter).filter(\.isTrainable)
        names = parameters.filter(\.parameter.isTrainable).map(\.name)
        rateScales = [Float](repeating: 1, count: self.parameters.count)
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        velocities = self.parameters.map { [Float](repeating: 0, count: $0.value.count) }
    }

    public var state: OptimizerState {
        get { OptimizerState(step: started ? 1 : 0, buffers: velocities) }
        set {
            precondition(newValue.buffers.count == parameters.count, "SGD state has \(newValue.buffers.count) buffers, expected \(parameters.count)")
            started = newValue.step > 0
            velocities = newValue.buffers
        }
    }

    public func scaleRate(by factor: Float, where matches: (String) -> Bool) {
        precondition(factor > 0, "A learning-rate factor must be positive, got \(factor)")
        for i in names.indices where matches(names[i]) { rateScales[i] *= factor }
    }

    public func step() {
        let first = !started
        started = true
        for i in parameters.indices {
            let p = parameters[i]
            let mu = momentum, wd = weightDecay, lr = learningRate * rateScales[i]
            p.gradient.withUnsafeBufferPointer { g in
                p.value.withUnsafeMutableBufferPointer { w in
                    velocities[i].withUnsafeMutableBufferPointer { b in
                        for j in 0..<w.count {
                            let gj = g[j] + wd * w[j]
                            if mu != 0 {
                                b[j] = first ? gj : mu * b[j] + gj
                                w[j] -= lr * b[j]
                            } else {
                                w[j] -= lr * gj
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Scales all gradients so their global L2 norm is at most `maxNorm`; returns the norm before clipping.
@discardableResult
public func clipGradientNorm(_ parameters: [NamedParameter], maxNorm: Float) -> Float {
    precondition(maxNorm > 0, "maxNorm must be positive, got \(maxNorm)")
    var s = 0.0
    for (_, p) in parameters where p.isTrainable {
        for g in p.gradient.scalars { s += Double(g) * Double(g) }
    }
    let norm = Float(s.squareRoot())
    if norm > maxNorm {
        let f = maxNorm / (norm + 1e-6)
        for (_, p) in parameters where p.isTrainable { p.gradient.scale(by: f) }
    }
    return norm
}
