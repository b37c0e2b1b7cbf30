import Tensors

// Rigid energy shifts of a whole spectrum (e.g. charging): synthetic lines are moved by
// moving their centres (`Peak.shifted(by:)`); tabulated spectra by linear interpolation at
// E − δ. Never by whole-index rolls.
//
// L = energy points.

public enum EnergyShift {
    /// A shift δ uniform in [−maxShift, +maxShift), eV (DESIGN.md). maxShift ≥ 0.
    public static func random(maxShift: Double, using rng: inout SeededRandom) throws -> Double {
        guard maxShift.isFinite, maxShift >= 0 else {
            throw SpectraError.invalidParameter(name: "maxShift", found: "\(maxShift) eV", expected: "a finite shift ≥ 0 eV")
        }
        return maxShift == 0 ? 0 : rng.uniform(-maxShift, maxShift)
    }

    /// A tabulated spectrum moved by δ eV: out(Eᵢ) = in(Eᵢ − δ), linear interpolation between
    /// grid points, so a feature at E moves to E + δ for any real δ.
    ///
    /// Points whose source Eᵢ − δ lies outside the axis follow `outside` (there is no
    /// default: any δ ≠ 0 uncovers one edge). Interpolation error ≤ Δ²/8·max|y''|.
    public static func shifted(
        _ values: [Double], on axis: EnergyAxis, by delta: Double,
        outside: OutsideRange
    ) throws -> [Double] {
        guard values.count == axis.count else {
            throw SpectraError.invalidSpectrum("\(values.count) values for an axis of \(axis.count) points")
        }
        guard delta.isFinite else {
            throw SpectraError.invalidParameter(name: "shift", found: "\(delta)", expected: "a finite shift in eV")
        }
        let n = values.count
        if delta == 0 { return values }
        let offset = -delta / axis.step  // source index s = i + offset
        var result = [Double](repeating: 0, count: n)
        let last = Double(n - 1)
        for i in 0..<n {
            var s = Double(i) + offset
            if s < -edgeSlack || s > last + edgeSlack {
                switch outside {
                case .error:
                    throw SpectraError.invalidParameter(
                        name: "shift", found: "\(delta) eV (point \(i) would come from \(axis.start + s * axis.step) eV)",
                        expected: "sources within [\(axis.start), \(axis.end)] eV, or an explicit fill value")
                case .fill(let value): result[i] = value
                case .nearestEdge: result[i] = s < 0 ? values[0] : values[n - 1]
                }
                continue
            }
            if n == 1 { result[i] = values[0]; continue }
            s = min(max(s, 0), last)
            let j = min(Int(s), n - 2)
            let t = s - Double(j)
            result[i] = values[j] + t * (values[j + 1] - values[j])
        }
        return result
    }
}

extension Spectrum {
    /// The spectrum moved by δ eV: out(Eᵢ) = in(Eᵢ − δ) by linear interpolation, on the same energies.
    public func shifted(by delta: Double, outside: OutsideRange) throws -> Spectrum {
        guard delta.isFinite else {
            throw SpectraError.invalidParameter(name: "shift", found: "\(delta)", expected: "a finite shift in eV")
        }
        let values = try Interpolation.linear(
            x: energies, y: intensities, at: energies.map { $0 - delta },
            outside: outside)
        return try Spectrum(energies: energies, intensities: values, scale: scale, units: units, metadata: metadata)
    }
}
