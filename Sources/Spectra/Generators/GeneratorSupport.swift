// Shared pieces of the generators' hot paths.

import Foundation
import Tensors

enum GeneratorSupport {
    /// Above this mean a counting-noise draw uses the normal limit of the Poisson distribution.
    static let gaussianCountThreshold = 1000.0

    /// A counting-noise draw of mean λ: exact Poisson for λ < 1000; above, λ + √λ·z with z from the
    /// ziggurat (the normal limit: same mean and variance; the Poisson skewness 1/√λ < 3.2 % is dropped).
    @inlinable static func counts(mean lambda: Double, rng: inout SeededRandom) -> Double {
        if lambda < gaussianCountThreshold { return PoissonSampler.sample(mean: max(0, lambda), using: &rng) }
        return lambda + lambda.squareRoot() * rng.ziggurat()
    }

    /// `v` moved by `points` toward higher index (linear interpolation, zero-filled), written to `out`.
    static func shift(_ v: UnsafeBufferPointer<Double>, by points: Double, into out: UnsafeMutableBufferPointer<Double>) {
        let L = v.count
        let whole = Int(points.rounded(.down)), w = points - Double(whole)
        // out[i] = (1 − w)·v[i − whole] + w·v[i − whole − 1]
        for i in 0..<L {
            let j = i - whole
            let a = j >= 0 && j < L ? v[j] : 0
            let b = j - 1 >= 0 && j - 1 < L ? v[j - 1] : 0
            out[i] = a + w * (b - a)
        }
    }

    /// Gaussian blur of σ points (kernel truncated at 4σ, normalised; edges reflected as in
    /// `GaussianBroadening`), with a branch-free interior loop.
    static func blur(_ v: [Double], sigmaPoints sigma: Double) -> [Double] {
        let L = v.count
        let h = Int(4 * sigma + 0.5)
        guard h > 0 else { return v }
        guard L > 2 * h else { return (try? GaussianBroadening.apply(v, sigmaPoints: sigma)) ?? v }
        var kernel = (-h...h).map { exp(-0.5 * Double($0 * $0) / (sigma * sigma)) }
        let norm = kernel.reduce(0, +)
        kernel = kernel.map { $0 / norm }
        var out = [Double](repeating: 0, count: L)
        v.withUnsafeBufferPointer { x in
            kernel.withUnsafeBufferPointer { k in
                out.withUnsafeMutableBufferPointer { y in
                    // One axpy per tap over the interior: vectorises.
                    let n = L - 2 * h
                    let dst = y.baseAddress! + h
                    for j in 0...(2 * h) {
                        let kj = k[j], src = x.baseAddress! + j
                        for i in 0..<n { dst[i] += kj * src[i] }
                    }
                    // Edges: reflect about the end points (x[−1] = x[0], "reflect" mode).
                    func at(_ j: Int) -> Double {
                        var j = j
                        if j < 0 { j = -j - 1 }
                        if j >= L { j = 2 * L - j - 1 }
                        return x[min(max(j, 0), L - 1)]
                    }
                    for i in Array(0..<h) + Array((L - h)..<L) {
                        var s = 0.0
                        for j in 0...(2 * h) { s += k[j] * at(i - h + j) }
                        y[i] = s
                    }
                }
            }
        }
        return out
    }
}
