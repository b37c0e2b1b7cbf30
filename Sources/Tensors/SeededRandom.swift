// Seeded, splittable random numbers: every random draw in the project comes from here.

/// SplitMix64 step: a bijective mixer used to seed and to derive child streams.
/// Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
@inlinable func splitMix64(_ x: inout UInt64) -> UInt64 {
    x &+= 0x9E37_79B9_7F4A_7C15
    var z = x
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
}

/// A reproducible generator (xoshiro256**, Blackman & Vigna 2018) that can be split
/// into independent child streams by label or index.
///
/// The same seed gives the same sequence on every platform. `split(_:)` does not
/// advance the parent: a child depends only on the parent's seed and the key, so
/// sample `i` of a dataset is the same however many samples came before.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    public let seed: UInt64
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        var x = seed
        s0 = splitMix64(&x); s1 = splitMix64(&x); s2 = splitMix64(&x); s3 = splitMix64(&x)
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// An independent stream for integer key `index` (e.g. the sample index).
    public func split(_ index: UInt64) -> SeededRandom {
        var x = seed ^ 0xD1B5_4A32_D192_ED03
        _ = splitMix64(&x)
        x ^= index &* 0x9E37_79B9_7F4A_7C15
        return SeededRandom(seed: splitMix64(&x))
    }

    /// An independent stream for a textual key (e.g. "dropout", "conv1.weight").
    public func split(_ label: String) -> SeededRandom {
        // FNV-1a over the UTF-8 bytes: stable across runs (unlike Hasher).
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in label.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return split(h)
    }

    @inlinable static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    public mutating func next() -> UInt64 {
        let result = SeededRandom.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = SeededRandom.rotl(s3, 45)
        return result
    }

    /// Uniform in [0, 1) with 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * nextUnit()
    }

    /// Standard normal draw (Box–Muller; one of the pair is used, so draws stay independent of call order).
    public mutating func normal() -> Double {
        var u1 = nextUnit()
        while u1 <= Double.leastNormalMagnitude { u1 = nextUnit() }
        let u2 = nextUnit()
        return (-2 * _log(u1)).squareRoot() * _cos(2 * Double.pi * u2)
    }

    /// Normal draw with the given mean and standard deviation.
    public mutating func normal(mean: Double, standardDeviation: Double) -> Double {
        mean + standardDeviation * normal()
    }

    /// Uniform integer in `range`.
    public mutating func integer(in range: ClosedRange<Int>) -> Int {
        Int.random(in: range, using: &self)
    }
}

// Foundation-free elementary functions (Glibc's, through the stdlib's shims).
#if canImport(Glibc)
    import Glibc
    @usableFromInline func _log(_ x: Double) -> Double { Glibc.log(x) }
    @usableFromInline func _cos(_ x: Double) -> Double { Glibc.cos(x) }
#elseif canImport(Darwin)
    import Darwin
    @usableFromInline func _log(_ x: Double) -> Double { Darwin.log(x) }
    @usableFromInline func _cos(_ x: Double) -> Double { Darwin.cos(x) }
#endif

extension Tensor {
    /// Uniform values in [low, high).
    public static func uniform(_ shape: [Int], low: Float, high: Float, rng: inout SeededRandom) -> Tensor {
        var t = Tensor(shape: shape)
        for i in 0..<t.count { t.scalars[i] = Float(rng.uniform(Double(low), Double(high))) }
        return t
    }

    /// Normal values with the given mean and standard deviation.
    public static func normal(_ shape: [Int], mean: Float = 0, standardDeviation: Float = 1, rng: inout SeededRandom) -> Tensor {
        var t = Tensor(shape: shape)
        for i in 0..<t.count {
            t.scalars[i] = Float(rng.normal(mean: Double(mean), standardDeviation: Double(standardDeviation)))
        }
        return t
    }
}
