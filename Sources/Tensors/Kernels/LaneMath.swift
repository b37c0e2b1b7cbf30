// Vector loads and stores at any alignment, and lane-wise math that Swift's SIMD types leave to
// scalar code.
//
// Shape legend: one SIMD16<Float> = 16 independent lanes; results are per lane.
//
// `SIMD16<Float>.squareRoot()` compiles to a loop of 16 scalar square roots, each with a branch
// to `sqrtf` for negative input (measured: the Adam update spent most of its time there). On
// x86-64 the SSE square root (baseline on every x86-64 CPU) does 4 lanes per instruction and is,
// like `Float.squareRoot()`, correctly rounded, so results are bit for bit the scalar ones (for
// NaN results, the NaN payload aside).

#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

/// The V.scalarCount values at p as one vector (no alignment needed).
@inlinable @inline(__always)
public func loadLanes<V: SIMD>(_: V.Type, _ p: UnsafePointer<V.Scalar>) -> V {
    UnsafeRawPointer(p).loadUnaligned(as: V.self)
}

/// Writes v's lanes to p ..< p + V.scalarCount (no alignment needed).
@inlinable @inline(__always)
public func storeLanes<V: SIMD>(_ v: V, _ p: UnsafeMutablePointer<V.Scalar>) {
    UnsafeMutableRawPointer(p).storeBytes(of: v, as: V.self)
}

/// √x per lane, correctly rounded (IEEE 754): per lane the bits of `Float.squareRoot()` for every
/// input whose root is not NaN (NaN for negative input and NaN, as there; the NaN's payload
/// is not promised).
@inlinable @inline(__always)
public func laneSquareRoot(_ x: SIMD16<Float>) -> SIMD16<Float> {
    #if arch(x86_64)
        let low = SIMD8<Float>(lowHalf: _mm_sqrt_ps(x.lowHalf.lowHalf), highHalf: _mm_sqrt_ps(x.lowHalf.highHalf))
        let high = SIMD8<Float>(lowHalf: _mm_sqrt_ps(x.highHalf.lowHalf), highHalf: _mm_sqrt_ps(x.highHalf.highHalf))
        return SIMD16<Float>(lowHalf: low, highHalf: high)
    #else
        return x.squareRoot()
    #endif
}
