// Finite-difference gradient checks.
//
// The scalar checked is ℓ = Σ_outputs Σ_i R_i · y_i with fixed random projections R, summed in
// Double. Analytic: backward(R). Numeric: central differences (ℓ(θ+ε) − ℓ(θ−ε)) / 2ε on a sample
// of coordinates. Piecewise-linear layers (ReLU, max pooling, the resampler) have kinks; a
// coordinate whose difference quotient changes between ε and ε/2 straddles one and is skipped —
// at most `maxSkippedFraction` may be, so the check still fails when a gradient is wrong.

import Testing
import Tensors
@testable import NeuralNets

struct GradientCheckReport {
    var checked = 0
    var skipped = 0
    var failures: [String] = []
}

enum GradientCheck {
    static let epsilon: Float = 1e-2
    static let relativeTolerance: Double = 2e-2
    static let absoluteTolerance: Double = 2e-3

    /// Checks input and parameter gradients of `model` at `input`.
    /// - Parameters:
    ///   - training: forward mode (BatchNorm batch statistics when true).
    ///   - checkInput: whether to check ∂ℓ/∂input (layers that compute none are skipped).
    static func check(
        _ model: Model, input: Tensor, training: Bool = true, checkInput: Bool = true,
        samplesPerTensor: Int = 24, seed: UInt64 = 99, epsilon: Float = epsilon,
        maxSkippedFraction: Double = 0.15,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var rng = SeededRandom(seed: seed)
        let outputs = model.outputs(input, training: training)
        let projections = outputs.map { Tensor.normal($0.shape, rng: &rng) }
        model.zeroGradients()
        _ = model.outputs(input, training: training)
        let dx = model.backward(outputs: projections)

        func loss(_ x: Tensor) -> Double {
            let ys = model.outputs(x, training: training)
            var s = 0.0
            for (y, r) in zip(ys, projections) {
                for i in 0..<y.count { s += Double(y.scalars[i]) * Double(r.scalars[i]) }
            }
            return s
        }

        var report = GradientCheckReport()
        func compare(_ name: String, analytic: Float, lossAt: (Float) -> Double) {
            // One-sided differences on either side: a kink within ε makes them disagree.
            let l0 = lossAt(0), lp = lossAt(epsilon), lm = lossAt(-epsilon)
            let forward = (lp - l0) / Double(epsilon), backward = (l0 - lm) / Double(epsilon)
            let numeric = (lp - lm) / Double(2 * epsilon)
            let scale = max(abs(forward), abs(backward), Double(abs(analytic)))
            if abs(forward - backward) > absoluteTolerance + 0.05 * scale {
                report.skipped += 1
                return
            }
            report.checked += 1
            if abs(numeric - Double(analytic)) > absoluteTolerance + relativeTolerance * scale {
                report.failures.append("\(name): analytic \(analytic), numeric \(numeric) (forward \(forward), backward \(backward))")
            }
        }

        if checkInput && dx.count > 0 {
            for i in sampleIndices(input.count, samplesPerTensor, &rng) {
                compare("input[\(i)]", analytic: dx.scalars[i]) { e in
                    var xe = input
                    xe.scalars[i] += e
                    return loss(xe)
                }
            }
        }
        // Snapshot analytic gradients (later forwards do not touch them, but be explicit).
        let params = model.namedParameters.filter { $0.parameter.isTrainable }
        let analytic = params.map { $0.parameter.gradient }
        for ((name, p), g) in zip(params, analytic) {
            for i in sampleIndices(p.value.count, samplesPerTensor, &rng) {
                compare("\(name)[\(i)]", analytic: g.scalars[i]) { e in
                    let keep = p.value.scalars[i]
                    p.value.scalars[i] = keep + e
                    defer { p.value.scalars[i] = keep }
                    return loss(input)
                }
            }
        }
        #expect(report.failures.isEmpty, "gradient mismatches: \(report.failures.prefix(8))", sourceLocation: sourceLocation)
        #expect(report.checked > 0, "no coordinate was checked", sourceLocation: sourceLocation)
        let total = Double(report.checked + report.skipped)
        #expect(
            Double(report.skipped) <= maxSkippedFraction * total,
            "\(report.skipped) of \(Int(total)) coordinates straddled kinks", sourceLocation: sourceLocation)
    }

    static func sampleIndices(_ count: Int, _ n: Int, _ rng: inout SeededRandom) -> [Int] {
        if count <= n { return Array(0..<count) }
        var seen = Set<Int>()
        while seen.count < n { seen.insert(rng.integer(in: 0...(count - 1))) }
        return seen.sorted()
    }
}

/// A single layer seen as a one-output model.
final class LayerModel: Model {
    let layer: Layer
    init(_ layer: Layer) { self.layer = layer }
    var namedParameters: [NamedParameter] { layer.namedParameters }
    func outputs(_ input: Tensor, training: Bool) -> [Tensor] { [layer.forward(input, training: training)] }
    func backward(outputs dOutputs: [Tensor]) -> Tensor { layer.backward(dOutputs[0]) }
}

func randomInput(_ shape: [Int], seed: UInt64 = 5) -> Tensor {
    var rng = SeededRandom(seed: seed)
    return .normal(shape, rng: &rng)
}
