import Foundation
import Testing
@testable import Spectra

/// CasaXPS's LF(α, β, w, m) line against plain quadrature of its defining formula.
@Suite struct FiniteLorentzianTests {
    private func line(_ alpha: Double, _ beta: Double, w: Double, gaussian: Double) throws -> FiniteLorentzian {
        try FiniteLorentzian(
            position: 500, lorentzianFWHM: 1.8, lowEnergyExponent: alpha, highEnergyExponent: beta,
            dampingWidth: w, gaussianFWHM: gaussian)
    }

    @Test func hasUnitArea() throws {
        for (alpha, beta, w, g) in [(0.54, 10.0, 80.0, 3.1), (1.0, 1.0, 5.0, 0.0), (0.8, 1.5, 20.0, 1.2)] {
            let lf = try line(alpha, beta, w: w, gaussian: g)
            // Independent reference: Simpson on a 0.02 eV grid over ±400 eV (beyond, b < 10⁻¹⁵).
            let step = 0.02
            let energies = (0...40_000).map { 500 - 400 + Double($0) * step }
            let y = lf.values(at: energies)
            var s = y[0] + y[y.count - 1]
            for i in 1..<(y.count - 1) { s += (i % 2 == 1 ? 4 : 2) * y[i] }
            #expect(abs(s * step / 3 - 1) < 2e-3, "LF(\(alpha), \(beta), \(w)) F_G = \(g)")
        }
    }

    @Test func isTheAsymmetricLorentzianNearThePosition() throws {
        // Without a Gaussian and with w ≫ |t|/F_L, b(t) = L(t)^α below E₀ and L(t)^β above it.
        let lf = try line(0.6, 2.0, w: 1e6, gaussian: 0)
        let area = lf.baseArea()
        for t in [-2.0, -0.5, 0.0, 0.7, 1.5] {
            let lorentzian = 1 / (1 + 4 * t * t / (1.8 * 1.8))
            let expected = pow(lorentzian, t < 0 ? 0.6 : 2.0) / area
            #expect(relativeError(lf.values(at: [500 + t])[0], expected) < 1e-9, "t = \(t)")
        }
    }

    @Test func dampingSteepensTheTailTowardsTheCeiling() throws {
        // Far beyond w·F_L the exponent approaches 3: b(t)·(2t/F_L)⁶ tends to 1.
        let lf = try line(0.54, 10, w: 4, gaussian: 0)
        let t = -1e4 * 1.8
        let scaled = lf.base(t) * pow(2 * t / 1.8, 6)
        #expect(abs(scaled - 1) < 1e-2)
        #expect(lf.base(-20) < pow(1 / (1 + 4 * 400 / (1.8 * 1.8)), 0.54) / 10)
    }

    @Test func rejectsInvalidWidths() {
        #expect(throws: SpectraError.self) { try line(0.5, 1, w: 0, gaussian: 1) }
        #expect(throws: SpectraError.self) { try line(0.5, 1, w: 10, gaussian: -1) }
        #expect(throws: SpectraError.self) { try line(-0.5, 1, w: 10, gaussian: 1) }
    }
}
