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

@Suite struct ZigguratTests {
    @Test func zigguratIsStandardNormal() {
        var rng = SeededRandom(seed: 3)
        let n = 400_000
        var s = 0.0, s2 = 0.0, s4 = 0.0, beyond3 = 0, beyond1 = 0
        for _ in 0..<n {
            let x = rng.ziggurat()
            s += x; s2 += x * x; s4 += x * x * x * x
            if abs(x) > 3 { beyond3 += 1 }
            if abs(x) > 1 { beyond1 += 1 }
        }
        let mean = s / Double(n), variance = s2 / Double(n) - mean * mean
        #expect(abs(mean) < 0.006)
        #expect(abs(variance - 1) < 0.01)
        #expect(abs(s4 / Double(n) - 3) < 0.06)  // kurtosis of a normal
        #expect(abs(Double(beyond1) / Double(n) - 0.31731) < 0.003)  // P(|z| > 1)
        #expect(abs(Double(beyond3) / Double(n) - 0.0026998) < 0.0004)  // P(|z| > 3)
    }
}
