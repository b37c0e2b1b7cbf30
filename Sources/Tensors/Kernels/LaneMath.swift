// Lane-wise math that Swift's SIMD types leave to scalar code.
//
// Shape legend: one SIMD16<Float> = 16 independent lanes; results are per lane.
//
// `SIMD16<Float>.squareRoot()` compiles to a loop of 16 scalar square roots, each with a branch
// to `sqrtf` for negative input (measured: the Adam update spent most of its time there). On
// x86-64 the SSE square root (baseline on every x86-64 CPU) does 4 lanes per instruction and is,
// like `Float.squareRoot()`, correctly rounded, so results are bit for bit the scalar ones.

#if arch(x86_64)
import _Builtin_intrinsics.intel
#endif

/// √x per lane, correctly rounded (IEEE 754), the same bits as `Float.squareRoot()` per lane.
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
