import Foundation
import TestSupport

/// GL(30) written out independently of Spectra: h·exp(−4 ln2·0.7·x²/F²)/(1 + 4·0.3·x²/F²).
func gl30(_ e: Double, center: Double, fwhm f: Double, height h: Double) -> Double {
    let x = e - center
    return h * exp(-4 * log(2.0) * 0.7 * x * x / (f * f)) / (1 + 4 * 0.3 * x * x / (f * f))
}

/// Counts of GL(30) lines (centre eV, FWHM eV, height counts) on a sloping background, with
/// Gaussian noise of variance equal to the counts (Poisson at these levels); returns y and 1/y weights.
func syntheticRegion(
    _ energies: [Double], lines: [(Double, Double, Double)], background: Double = 800,
    seed: UInt64
) -> (y: [Double], weights: [Double]) {
    var rng = GaussianDraws(state: seed)
    let y = energies.map { e -> Double in
        let mean = background + 10 * (e - energies[0]) + lines.reduce(0.0) { $0 + gl30(e, center: $1.0, fwhm: $1.1, height: $1.2) }
        return mean + mean.squareRoot() * rng.normal()
    }
    return (y, y.map { 1 / max($0, 1) })
}

/// The two columns of a CSV file with one header line (BE/eV, counts), read by hand.
func csvColumns(_ path: String) throws -> (x: [Double], y: [Double]) {
    let text = try String(contentsOf: SharedData.file(path), encoding: .utf8)
    var x = [Double](), y = [Double]()
    for line in text.split(whereSeparator: \.isNewline).dropFirst() {
        let f = line.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        if f.count == 2 { x.append(f[0]); y.append(f[1]) }
    }
    return (x, y)
}

/// 0.05 eV grid 280…292 eV.
let regionGrid = (0...240).map { 280 + 0.05 * Double($0) }
