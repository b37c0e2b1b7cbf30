// Gaussian-probing feature importance (FIS): where on the energy axis a classifier looks.
//
// Shape legend: N = spectra, L = axis points, P = probe positions, K = classes.
// For a spectrum x and class c, a Gaussian probe g_j(i) = exp(−(i − μ_j)²/(2σ²)) (σ in points) is
// centred at μ_j = j·stride and
//   occluding:  x' = x ⊙ (1 − a·g_j)   importance_j = p_c(x) − p_c(x')  (positive: the region supports c)
//   additive:   x' = x + a·g_j·max(x)  importance_j = p_c(x') − p_c(x)  (positive: intensity there raises c)
// averaged over the given spectra. a = `amplitude` (1 occludes fully at the probe's centre).

import Tensors

public enum ProbeMode: String, Sendable, Codable, CaseIterable {
    case occlude, add
}

public struct FeatureImportance: Sendable, Equatable {
    /// Probe centres, in points of the input axis.
    public var centers: [Int]
    /// Mean importance at each centre (change in the class probability).
    public var importance: [Double]
    /// Spectra averaged.
    public var count: Int
}

public enum GaussianProbing {
    /// FIS of `classIndex` over `spectra` [N, 1, L]. `probabilities` maps [B, 1, L] to class
    /// probabilities [B, K] (the model in inference mode); probes are evaluated in batches of `batch`.
    public static func importance(
        spectra: Tensor, classIndex: Int, sigmaPoints: Double, stride: Int,
        mode: ProbeMode = .occlude, amplitude: Double = 1, batch: Int = 256,
        probabilities: (Tensor) -> Tensor
    ) -> FeatureImportance {
        precondition(spectra.rank == 3 && spectra.shape[1] == 1, "spectra must be [N, 1, L], got \(spectra.shape)")
        precondition(sigmaPoints > 0 && stride >= 1, "probe width and stride must be positive")
        let reach = Int((4 * sigmaPoints).rounded(.up))
        let profile = (-reach...reach).map { Float(amplitude * _exp(-0.5 * Double($0 * $0) / (sigmaPoints * sigmaPoints))) }
        return probe(
            spectra: spectra, classIndex: classIndex, profile: profile, stride: stride, mode: mode, batch: batch,
            probabilities: probabilities)
    }

    /// Sliding-window occlusion: a box of `widthPoints` points (odd; rounded up) set to zero, moved every
    /// `stride` points; importance = drop in the class probability, averaged over `spectra` [N, 1, L].
    /// (Zeiler & Fergus, ECCV 2014, in one dimension.)
    public static func slidingWindow(
        spectra: Tensor, classIndex: Int, widthPoints: Int, stride: Int, batch: Int = 256,
        probabilities: (Tensor) -> Tensor
    ) -> FeatureImportance {
        precondition(widthPoints >= 1 && stride >= 1, "window width and stride must be positive")
        let reach = widthPoints / 2
        return probe(
            spectra: spectra, classIndex: classIndex, profile: [Float](repeating: 1, count: 2 * reach + 1), stride: stride,
            mode: .occlude, batch: batch, probabilities: probabilities)
    }

    /// Probes with `profile` (odd length, centred) every `stride` points.
    static func probe(
        spectra: Tensor, classIndex: Int, profile: [Float], stride: Int, mode: ProbeMode, batch: Int,
        probabilities: (Tensor) -> Tensor
    ) -> FeatureImportance {
        let N = spectra.shape[0], L = spectra.shape[2]
        let centers = Array(Swift.stride(from: 0, to: L, by: stride))
        let P = centers.count
        let reach = profile.count / 2
        var total = [Double](repeating: 0, count: P)
        for n in 0..<N {
            let x = Array(spectra.scalars[(n * L)..<((n + 1) * L)])
            let top = x.max() ?? 0
            let base = Double(probabilities(Tensor(shape: [1, 1, L], scalars: x)).scalars[classIndex])
            var start = 0
            while start < P {
                let b = min(batch, P - start)
                var probed = Tensor(shape: [b, 1, L])
                probed.withUnsafeMutableBufferPointer { buf in
                    for k in 0..<b {
                        let row = buf.baseAddress! + k * L
                        for i in 0..<L { row[i] = x[i] }
                        let mu = centers[start + k]
                        for d in -reach...reach where mu + d >= 0 && mu + d < L {
                            let g = profile[d + reach]
                            switch mode {
                            case .occlude: row[mu + d] = x[mu + d] * (1 - g)
                            case .add: row[mu + d] = x[mu + d] + g * top
                            }
                        }
                    }
                }
                let p = probabilities(probed)
                let K = p.shape[1]
                for k in 0..<b {
                    let q = Double(p.scalars[k * K + classIndex])
                    total[start + k] += mode == .occlude ? base - q : q - base
                }
                start += b
            }
        }
        return FeatureImportance(centers: centers, importance: total.map { $0 / Double(max(1, N)) }, count: N)
    }

    /// `x` with every one of `centers` (points; fractional allowed) occluded at once by a Gaussian
    /// of σ = `sigmaPoints`: x'(i) = x(i) · Π_j (1 − exp(−(i − c_j)²/(2σ²))). Comparing a class's
    /// probability before and after asks whether its call rests on those positions (an element's
    /// lines) or on the rest of the spectrum.
    public static func occludingAll(_ x: [Float], centers: [Double], sigmaPoints: Double) -> [Float] {
        precondition(sigmaPoints > 0, "probe width must be positive")
        var out = x
        let reach = 4 * sigmaPoints
        for c in centers {
            let lo = max(0, Int((c - reach).rounded(.down))), hi = min(x.count - 1, Int((c + reach).rounded(.up)))
            guard lo <= hi else { continue }
            for i in lo...hi {
                let d = Double(i) - c
                out[i] *= Float(1 - _exp(-0.5 * d * d / (sigmaPoints * sigmaPoints)))
            }
        }
        return out
    }

    /// Share of the positive importance that lies within `halfWidth` (points) of any of `lines`
    /// (points): the FIS alignment score, 0…1 (nil when there is no positive importance).
    public static func alignment(_ fis: FeatureImportance, lines: [Double], halfWidth: Double) -> Double? {
        var inside = 0.0, all = 0.0
        for (c, v) in zip(fis.centers, fis.importance) where v > 0 {
            all += v
            if lines.contains(where: { abs(Double(c) - $0) <= halfWidth }) { inside += v }
        }
        return all > 0 ? inside / all : nil
    }
}

#if canImport(Glibc)
    import Glibc
    @usableFromInline func _exp(_ x: Double) -> Double { Glibc.exp(x) }
#elseif canImport(Darwin)
    import Darwin
    @usableFromInline func _exp(_ x: Double) -> Double { Darwin.exp(x) }
#endif
