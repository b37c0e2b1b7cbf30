// Learning-rate schedules.

import Foundation

/// A learning rate as a function of the optimisation step (0-based).
public protocol LearningRateSchedule: Sendable {
    func learningRate(atStep step: Int) -> Float
}

/// Cosine decay from `base` to `minimum` over `totalSteps`, then `minimum`
/// (Loshchilov & Hutter 2017, without restarts).
public struct CosineSchedule: LearningRateSchedule {
    public let base: Float, minimum: Float, totalSteps: Int
    public init(base: Float, minimum: Float = 0, totalSteps: Int) {
        precondition(totalSteps > 0, "totalSteps must be positive")
        self.base = base; self.minimum = minimum; self.totalSteps = totalSteps
    }
    public func learningRate(atStep step: Int) -> Float {
        let t = min(1, Float(step) / Float(totalSteps))
        return minimum + (base - minimum) * (1 + cos(Float.pi * t)) / 2
    }
}

/// Linear warm-up from base/warmupSteps to the wrapped schedule's rate over `warmupSteps`.
public struct WarmUp<Inner: LearningRateSchedule>: LearningRateSchedule {
    public let warmupSteps: Int
    public let inner: Inner
    public init(steps: Int, then inner: Inner) {
        precondition(steps >= 0, "warm-up steps must be non-negative")
        warmupSteps = steps; self.inner = inner
    }
    public func learningRate(atStep step: Int) -> Float {
        let lr = inner.learningRate(atStep: step)
        guard step < warmupSteps else { return lr }
        return lr * Float(step + 1) / Float(warmupSteps)
    }
}

/// A constant rate.
public struct ConstantSchedule: LearningRateSchedule {
    public let rate: Float
    public init(_ rate: Float) { self.rate = rate }
    public func learningRate(atStep step: Int) -> Float { rate }
}

/// Reduces the rate by `factor` when a monitored metric (lower is better) has not improved by
/// more than `threshold` (relative) for `patience` epochs (PyTorch's ReduceLROnPlateau, mode "min",
/// threshold_mode "rel").
public struct ReduceLROnPlateau: Sendable {
    public let factor: Float, patience: Int, threshold: Float, cooldown: Int, minimum: Float
    /// State (public so a checkpoint can restore it).
    public var best: Float = .infinity
    public var badEpochs = 0
    public var cooldownLeft = 0

    public init(factor: Float = 0.1, patience: Int = 10, threshold: Float = 1e-4, cooldown: Int = 0, minimum: Float = 0) {
        precondition(factor > 0 && factor < 1, "factor must be in (0, 1), got \(factor)")
        precondition(patience >= 0, "patience must be non-negative")
        self.factor = factor; self.patience = patience; self.threshold = threshold
        self.cooldown = cooldown; self.minimum = minimum
    }

    /// Records an epoch's metric; returns the new learning rate (maybe unchanged).
    public mutating func update(metric: Float, learningRate: Float) -> Float {
        if metric < best * (1 - threshold) {
            best = metric
            badEpochs = 0
        } else {
            badEpochs += 1
        }
        if cooldownLeft > 0 { cooldownLeft -= 1; badEpochs = 0 }
        if badEpochs > patience {
            badEpochs = 0
            cooldownLeft = cooldown
            return max(minimum, learningRate * factor)
        }
        return learningRate
    }
}
