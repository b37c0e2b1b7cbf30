import Foundation
import Testing
import Tensors
@testable import Spectra

@Suite struct PoissonSamplerTests {
    @Test func momentsMatchForSmallAndLargeMeans() {
        var rng = SeededRandom(seed: 11)
        let n = 40_000
        for lambda in [0.3, 2.0, 9.5, 10.0, 35.0, 1000.0, 1e6] {
            var sum = 0.0, sumSquares = 0.0
            for _ in 0..<n {
                let k = PoissonSampler.sample(mean: lambda, using: &rng)
                #expect(k >= 0 && k == k.rounded())
                sum += k
                sumSquares += k * k
            }
            let mean = sum / Double(n)
            let variance = sumSquares / Double(n) - mean * mean
            #expect(abs(mean - lambda) < 5 * (lambda / Double(n)).squareRoot(), "λ = \(lambda): mean \(mean)")
            // Var of the sample variance ≈ (2λ² + λ)/n for a Poisson law.
            #expect(
                abs(variance - lambda) < 5 * ((2 * lambda * lambda + lambda) / Double(n)).squareRoot(),
                "λ = \(lambda): variance \(variance)")
        }
    }

    @Test func distributionPassesChiSquare() {
        // Inversion (λ = 3.5) and transformed rejection (λ = 25) against the Poisson pmf.
        for lambda in [3.5, 25.0] {
            var rng = SeededRandom(seed: 2024)
            let n = 100_000
            var histogram = [Int: Int]()
            for _ in 0..<n { histogram[Int(PoissonSampler.sample(mean: lambda, using: &rng)), default: 0] += 1 }
            // Bins with expected count ≥ 20; the two tails pooled.
            func pmf(_ k: Int) -> Double { exp(Double(k) * log(lambda) - lambda - lgamma(Double(k) + 1)) }
            let ks = (0...Int(lambda * 4)).filter { Double(n) * pmf($0) >= 20 }
            let low = ks.first!, high = ks.last!
            var chi2 = 0.0
            var lowTail = (observed: 0, expected: 0.0), highTail = (observed: 0, expected: 0.0)
            for (k, count) in histogram where k < low { lowTail.observed += count }
            for (k, count) in histogram where k > high { highTail.observed += count }
            lowTail.expected = Double(n) * (0..<low).reduce(0.0) { $0 + pmf($1) }
            highTail.expected = Double(n) - Double(n) * (0...high).reduce(0.0) { $0 + pmf($1) }
            for k in low...high {
                let e = Double(n) * pmf(k), o = Double(histogram[k] ?? 0)
                chi2 += (o - e) * (o - e) / e
            }
            var bins = high - low + 1
            for tail in [lowTail, highTail] where tail.expected >= 5 {
                chi2 += (Double(tail.observed) - tail.expected) * (Double(tail.observed) - tail.expected) / tail.expected
                bins += 1
            }
            let df = Double(bins - 1)
            // ≈ 99.99 % quantile of χ²(df).
            #expect(chi2 < df + 5.3 * (2 * df).squareRoot(), "λ = \(lambda): χ² = \(chi2) on \(df) degrees of freedom")
        }
    }

    @Test func sameSeedSameDraws() {
        var a = SeededRandom(seed: 5), b = SeededRandom(seed: 5)
        for lambda in [0.5, 4.0, 12.0, 500.0] {
            for _ in 0..<100 {
                #expect(PoissonSampler.sample(mean: lambda, using: &a) == PoissonSampler.sample(mean: lambda, using: &b))
            }
        }
    }
}

@Suite struct CountingNoiseTests {
    let axis = try! EnergyAxis(start: 280, step: 0.1, count: 201)

    func spectrum() throws -> (signal: [Double], background: [Double]) {
        let signal = try [
            Peak(center: 285, height: 1, shape: .gaussianLorentzianProduct(fwhm: 1.2, lorentzianPercent: 30)),
            Peak(center: 288.5, height: 0.4, shape: .gaussianLorentzianProduct(fwhm: 1.2, lorentzianPercent: 30))
        ]
        .values(on: axis)
        let shirley = try ShirleyBackground.generate(signal: signal, on: axis, stepHeight: 0.2)
        let background = LinearBackground.generate(on: axis, low: 0.3, high: 0.6).enumerated().map { $1 + shirley[$0] }
        return (signal, background)
    }

    @Test func scaleHitsTheDefinition() throws {
        let (p, b) = try spectrum()
        for snr in [3.8, 10, 50] {
            let (c, i) = try CountingNoise.scale(netSignal: p, background: b, signalToNoise: snr)
            #expect(i == 50)  // 285 eV
            let s = c * p[i], bg = c * b[i]
            #expect(relativeError(s / (s + bg).squareRoot(), snr) < 1e-12)
        }
    }

    @Test func achievedSNRIsWithinFivePercentOverManyDraws() throws {
        let (p, b) = try spectrum()
        let root = SeededRandom(seed: 99)
        let draws = 3000
        for snr in [3.8, 10, 50] {
            var peakCounts = [Double](), backgroundCounts = [Double]()
            var index = 0, scale = 0.0
            for d in 0..<draws {
                var rng = root.split(UInt64(d))
                let noisy = try CountingNoise(netSignal: p, background: b, signalToNoise: snr, using: &rng)
                index = noisy.peakIndex
                scale = noisy.scale
                peakCounts.append(noisy.counts[index])
                // The background alone, measured the same way at the same point.
                backgroundCounts.append(PoissonSampler.sample(mean: scale * b[index], using: &rng))
            }
            let meanPeak = peakCounts.reduce(0, +) / Double(draws)
            let meanBackground = backgroundCounts.reduce(0, +) / Double(draws)
            let sigma = (peakCounts.map { ($0 - meanPeak) * ($0 - meanPeak) }.reduce(0, +) / Double(draws - 1)).squareRoot()
            let achieved = (meanPeak - meanBackground) / sigma
            #expect(abs(achieved / snr - 1) < 0.05, "requested \(snr), achieved \(achieved)")
        }
    }

    @Test func badInputIsAnError() throws {
        let (p, b) = try spectrum()
        var rng = SeededRandom(seed: 1)
        #expect(throws: SpectraError.self) { try CountingNoise(netSignal: p, background: b, signalToNoise: 0, using: &rng) }
        #expect(throws: SpectraError.self) { try CountingNoise(netSignal: p, background: b, signalToNoise: -3, using: &rng) }
        #expect(throws: SpectraError.self) {
            try CountingNoise(netSignal: p, background: b.map { $0 - 1 }, signalToNoise: 5, using: &rng)
        }
        #expect(throws: SpectraError.self) {
            try CountingNoise(netSignal: p.map { _ in 0 }, background: b, signalToNoise: 5, using: &rng)
        }
        #expect(throws: SpectraError.self) {
            try CountingNoise(netSignal: Array(p.dropLast()), background: b, signalToNoise: 5, using: &rng)
        }
    }
}

@Suite struct AdditiveNoiseTests {
    @Test func gaussianAndUniformHaveTheirMoments() throws {
        var rng = SeededRandom(seed: 3)
        let n = 50_000
        var g = [Double](repeating: 1, count: n)
        try AdditiveNoise.addGaussian(to: &g, standardDeviation: 0.2, using: &rng)
        let gMean = g.reduce(0, +) / Double(n)
        let gSD = (g.map { ($0 - gMean) * ($0 - gMean) }.reduce(0, +) / Double(n - 1)).squareRoot()
        #expect(abs(gMean - 1) < 5 * 0.2 / Double(n).squareRoot())
        #expect(abs(gSD - 0.2) < 0.004)

        var u = [Double](repeating: 0, count: n)
        try AdditiveNoise.addUniform(to: &u, halfWidth: AdditiveNoise.park2020HalfWidth, using: &rng)
        #expect(u.allSatisfy { $0 >= -0.025 && $0 < 0.025 })
        let uMean = u.reduce(0, +) / Double(n)
        let uVar = u.map { ($0 - uMean) * ($0 - uMean) }.reduce(0, +) / Double(n - 1)
        #expect(abs(uMean) < 5 * 0.025 / (3 * Double(n)).squareRoot())
        #expect(abs(uVar / (0.025 * 0.025 / 3) - 1) < 0.02)
        #expect(u.min()! < -0.0249 && u.max()! > 0.0249)

        #expect(throws: SpectraError.self) { try AdditiveNoise.addGaussian(to: &g, standardDeviation: -1, using: &rng) }
        #expect(throws: SpectraError.self) { try AdditiveNoise.addUniform(to: &u, halfWidth: .nan, using: &rng) }
    }
}
