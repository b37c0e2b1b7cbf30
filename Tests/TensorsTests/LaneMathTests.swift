import Foundation
import Testing
@testable import Tensors

@Suite struct LaneMathTests {
    /// Every lane of `laneSquareRoot` has the bits of `Float.squareRoot()`: zeros of both signs,
    /// subnormals, the largest finite value, infinity, negative input (NaN) and random positives.
    @Test func laneSquareRootIsTheScalarSquareRootPerLane() {
        var rng = SeededRandom(seed: 7)
        var values: [Float] = [
            0, -0.0, .leastNonzeroMagnitude, .leastNormalMagnitude, 1, 2, 0.25,
            .greatestFiniteMagnitude, .infinity, -1, -.infinity, .nan, 1e-30, 3e30
        ]
        while values.count % 16 != 0 || values.count < 4096 {
            let exponent = Float(rng.nextUnit() * 60 - 30)
            values.append(Float(rng.nextUnit()) * Float(pow(10.0, Double(exponent))))
        }
        for start in stride(from: 0, to: values.count, by: 16) {
            let lanes = SIMD16<Float>(values[start..<start + 16])
            let roots = laneSquareRoot(lanes)
            for i in 0..<16 {
                let expected = lanes[i].squareRoot()
                if expected.isNaN {
                    #expect(roots[i].isNaN, "√\(lanes[i]) should be NaN, got \(roots[i])")
                } else {
                    #expect(
                        roots[i].bitPattern == expected.bitPattern,
                        "√\(lanes[i]): lane gives \(roots[i]), scalar \(expected)")
                }
            }
        }
    }

    /// The Adam kernel's 16-lane body and its scalar tail give the same bits: element j of a
    /// 37-element update (two vectors and a tail of 5) equals the formula evaluated one scalar
    /// at a time, with and without L2.
    @Test func adamLanesMatchTheScalarFormula() {
        for l2: Float in [0, 0.01] {
            var rng = SeededRandom(seed: 11)
            let n = 37
            var w = (0..<n).map { _ in Float(rng.normal()) }
            let g = (0..<n).map { _ in Float(rng.normal()) * 0.1 }
            var m = (0..<n).map { _ in Float(rng.normal()) * 0.01 }
            var v = (0..<n).map { _ in Float(rng.nextUnit()) * 0.001 }
            let (w0, m0, v0) = (w, m, v)
            let beta1: Float = 0.9, beta2: Float = 0.999, step: Float = 1e-3 / 0.19, root: Float = 0.0447, eps: Float = 1e-8
            w.withUnsafeMutableBufferPointer { wp in
                m.withUnsafeMutableBufferPointer { mp in
                    v.withUnsafeMutableBufferPointer { vp in
                        g.withUnsafeBufferPointer { gp in
                            adamUpdate(
                                wp.baseAddress!, gp.baseAddress!, mp.baseAddress!, vp.baseAddress!, count: n,
                                beta1: beta1, beta2: beta2, stepSize: step, rootCorrection2: root,
                                epsilon: eps, l2: l2)
                        }
                    }
                }
            }
            let invRoot = 1 / root
            for j in 0..<n {
                let gj = g[j] + l2 * w0[j]
                let mj = beta1 * m0[j] + (1 - beta1) * gj
                let vj = beta2 * v0[j] + (1 - beta2) * gj * gj
                let wj = w0[j] - step * mj / (vj.squareRoot() * invRoot + eps)
                #expect(m[j].bitPattern == mj.bitPattern, "m[\(j)] with l2 \(l2)")
                #expect(v[j].bitPattern == vj.bitPattern, "v[\(j)] with l2 \(l2)")
                #expect(w[j].bitPattern == wj.bitPattern, "w[\(j)] with l2 \(l2): \(w[j]) vs \(wj)")
            }
        }
    }
}
