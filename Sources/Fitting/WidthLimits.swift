import Foundation
import Spectra

/// Bounds on every fitted peak's full width at half maximum, eV.
///
/// Default minimum: `minimumSteps` = 2 energy steps (the median spacing of the data). A line whose
/// FWHM spans fewer than two sampling intervals is not resolved by the grid (the sampling theorem's
/// two samples per period): it cannot be told from a one-channel noise spike, and a free fit uses
/// such a component to absorb noise next to a real line. Measured lines are wider still (source and
/// analyser resolution, lifetime), so on a grid fine enough to show a line the default never
/// excludes it. Default maximum: the window's energy range (a wider component is background).
/// The bounds act on the shape family's width parameter, converted through the family's FWHM.
public struct WidthLimits: Sendable, Equatable {
    /// Smallest FWHM allowed, eV (nil: 2 × the median energy step).
    public var minimumFWHM: Double?
    /// Largest FWHM allowed, eV (nil: the energy range of the data).
    public var maximumFWHM: Double?
    /// Energy steps per minimum FWHM when `minimumFWHM` is nil.
    public static let minimumSteps = 2.0

    public init(minimumFWHM: Double? = nil, maximumFWHM: Double? = nil) {
        self.minimumFWHM = minimumFWHM
        self.maximumFWHM = maximumFWHM
    }

    /// The minimum and maximum FWHM (eV) on strictly monotonic `energies`.
    public func resolved(energies: [Double]) throws -> (minimum: Double, maximum: Double) {
        let steps = zip(energies.dropFirst(), energies).map { abs($0 - $1) }.sorted()
        let range = abs((energies.last ?? 0) - (energies.first ?? 0))
        let median = steps.isEmpty ? 0 : steps[steps.count / 2]
        let low = minimumFWHM ?? WidthLimits.minimumSteps * median
        let high = maximumFWHM ?? range
        guard low.isFinite, low > 0 else {
            throw FittingError.invalidParameter(name: "minimum FWHM", found: "\(low) eV", expected: "a positive width in eV")
        }
        guard high.isFinite, high > low else {
            throw FittingError.invalidParameter(name: "maximum FWHM", found: "\(high) eV", expected: "a width above the minimum FWHM \(low) eV")
        }
        return (low, high)
    }
}

extension PeakShapeKind {
    /// The width parameter (eV) whose line has FWHM `fwhm` (eV), or nil when a width of 0.01·`fwhm`
    /// already gives a broader line (a Voigt or broadened Doniach–Šunjić whose fixed broadening
    /// alone reaches `fwhm`). Eq. 1, GL, SGL and LF scale with their width; Voigt and Doniach–Šunjić are
    /// solved by bisection to 10⁻¹² relative (the FWHM grows monotonically with the width). Widths
    /// far below the fixed broadening are not tried: a broadened Doniach–Šunjić line tabulates its
    /// convolution on a grid set by its Lorentzian width.
    public func width(forFWHM fwhm: Double) -> Double? {
        switch self {
        case .park2020, .gaussianLorentzianProduct, .gaussianLorentzianSum, .casaFiniteLorentzian:
            return fwhm / fullWidthAtHalfMaximum(width: 1)
        case .voigt, .doniachSunjic:
            var low = 1e-2 * fwhm
            guard fullWidthAtHalfMaximum(width: low) < fwhm else { return nil }
            var high = fwhm
            while fullWidthAtHalfMaximum(width: high) < fwhm { low = high; high *= 2 }
            for _ in 0..<200 where high - low > 1e-12 * high {
                let mid = (low + high) / 2
                if fullWidthAtHalfMaximum(width: mid) < fwhm { low = mid } else { high = mid }
            }
            return (low + high) / 2
        }
    }

    /// Bounds on this family's width parameter (eV) for FWHM bounds (eV).
    func widthBounds(fwhm limits: (minimum: Double, maximum: Double)) throws -> (lower: Double, upper: Double) {
        guard let upper = width(forFWHM: limits.maximum) else {
            throw FittingError.invalidParameter(
                name: "maximum FWHM", found: "\(limits.maximum) eV",
                expected: "more than the line shape's fixed broadening (\(fullWidthAtHalfMaximum(width: 1e-2 * limits.maximum)) eV)")
        }
        // A fixed broadening wider than the minimum keeps every line physical: the width is only kept
        // away from 0 (0.1 × the minimum FWHM).
        let lower = width(forFWHM: limits.minimum) ?? 0.1 * limits.minimum
        return (lower, upper)
    }
}
