import Foundation
import Spectra

// What the fitter evaluates of a line-shape family at one width: the unit-height profile, its
// area and its FWHM. Offsets x = E − E₀ in eV on the binding-energy scale.

extension PeakShapeKind {
    /// The family's line at `width` (eV) as a function of x = E − E₀ (eV), unit height (at the
    /// maximum; at E₀ for CasaXPS's LF).
    public func profile(width: Double) -> (Double) -> Double {
        if let shape = shape(width: width) {
            let line = shape.profile()
            return { line($0) }
        }
        guard case .casaFiniteLorentzian(let casa) = self, let line = try? casa.line(position: 0, fwhm: width) else {
            return { _ in .nan }
        }
        // LF is defined on the kinetic scale (t = −x); its value at t = 0 sets the unit height.
        let lf = line.profile()
        let atPosition = lf(0)
        return { x in lf(-x) / atPosition }
    }

    /// ∫ profile dx (eV) of the unit-height line at `width`, or nil where it diverges
    /// (Doniach–Šunjić with α > 0).
    public func unitArea(width: Double) -> Double? {
        if let shape = shape(width: width) { return shape.area }
        guard case .casaFiniteLorentzian(let casa) = self, let line = try? casa.line(position: 0, fwhm: width) else { return nil }
        return 1 / line.profile()(0)
    }

    /// FWHM (eV) of this family's line at `width` (eV, the family's width parameter).
    public func fullWidthAtHalfMaximum(width: Double) -> Double {
        if let shape = shape(width: width) { return shape.fullWidthAtHalfMaximum() }
        guard case .casaFiniteLorentzian(let casa) = self, let line = try? casa.line(position: 0, fwhm: width) else { return .nan }
        return line.fullWidthAtHalfMaximum()
    }
}
