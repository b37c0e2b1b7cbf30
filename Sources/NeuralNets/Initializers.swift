// Weight initialisation from the seeded generator.

import Foundation
import Tensors

/// How a weight tensor is filled at construction.
public enum Initializer: Sendable, Equatable {
    /// He et al. 2015, normal with σ = √(2 / fanIn) (for ReLU networks).
    case heNormal
    /// He et al. 2015, uniform in ±√(6 / fanIn).
    case heUniform
    /// Glorot & Bengio 2010, uniform in ±√(6 / (fanIn + fanOut)).
    case glorotUniform
    /// All zeros (e.g. the last localisation layer of a spatial transformer: identity at start).
    case zeros

    public func make(_ shape: [Int], fanIn: Int, fanOut: Int, rng: inout SeededRandom) -> Tensor {
        switch self {
        case .heNormal:
            return .normal(shape, standardDeviation: Float(sqrt(2.0 / Double(fanIn))), rng: &rng)
        case .heUniform:
            let a = Float(sqrt(6.0 / Double(fanIn)))
            return .uniform(shape, low: -a, high: a, rng: &rng)
        case .glorotUniform:
            let a = Float(sqrt(6.0 / Double(fanIn + fanOut)))
            return .uniform(shape, low: -a, high: a, rng: &rng)
        case .zeros:
            return Tensor(shape: shape)
        }
    }
}
