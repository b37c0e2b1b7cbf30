import Testing
@testable import Spectra

@Suite struct EnergyAxisTests {
    @Test func energiesAscendFromStart() throws {
        let axis = try EnergyAxis(start: 40, step: 0.1, count: 6601)
        #expect(axis.energy(at: 0) == 40)
        #expect(abs(axis.end - 700) < 1e-9)
    }

    @Test func zeroPointsIsAnError() {
        #expect(throws: SpectraError.self) { try EnergyAxis(start: 0, step: 1, count: 0) }
        #expect(throws: SpectraError.self) { try EnergyAxis(start: 0, step: -1, count: 3) }
    }
}
