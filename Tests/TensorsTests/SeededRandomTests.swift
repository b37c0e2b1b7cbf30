import Testing
@testable import Tensors

@Suite struct SeededRandomTests {
    @Test func sameSeedSameSequence() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42)
        for _ in 0..<100 { #expect(a.next() == b.next()) }
    }

    @Test func splitIsIndependentOfParentPosition() {
        var parent = SeededRandom(seed: 7)
        let before = parent.split(3)
        _ = parent.next()
        var c1 = before, c2 = parent.split(3)
        #expect(c1.next() == c2.next())
        var d = parent.split(4)
        var e = parent.split(3)
        #expect(d.next() != e.next())
    }

    @Test func normalHasUnitVariance() {
        var rng = SeededRandom(seed: 1)
        let n = 200_000
        var s = 0.0, s2 = 0.0
        for _ in 0..<n { let x = rng.normal(); s += x; s2 += x * x }
        let mean = s / Double(n), variance = s2 / Double(n) - mean * mean
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.02)
    }
}
