// Matrix products through CBLAS (OpenBLAS), row-major.
//
// Shapes: C[M, N] = alpha · op(A)[M, K] · op(B)[K, N] + beta · C.

import CBLAS
import Glibc
import Synchronization

public enum BLAS {
    private static let flopCounter = Atomic<Int>(0)

    /// Floating-point operations (2·M·N·K per product) issued since the last reset; the
    /// benchmark divides this by time to report the fraction of sgemm peak reached.
    public static var flops: Int { flopCounter.load(ordering: .relaxed) }
    public static func resetFlops() { flopCounter.store(0, ordering: .relaxed) }

    /// Single-precision product on the calling thread.
    @inlinable
    public static func sgemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        guard m > 0, n > 0 else { return }
        if k == 0 {
            // beta = 0 overwrites C without reading it (it may be uninitialised), as sgemm does.
            if beta == 0 {
                for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) }
            } else if beta != 1 {
                for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
            }
            return
        }
        countFlops(2 * m * n * k)
        cblas_sgemm(
            CblasRowMajor,
            transA ? CblasTrans : CblasNoTrans,
            transB ? CblasTrans : CblasNoTrans,
            blasint(m), blasint(n), blasint(k), alpha,
            a, blasint(lda), b, blasint(ldb), beta, c, blasint(ldc))
    }

    /// Large dense products (M·N·K ≥ 2^24) run on OpenBLAS's own threads (measured on 2 cores: M2
    /// training +10–20 %, inference +15–30 % against splitting C's rows over workers, which packs
    /// the shared operand once per worker); smaller ones, such as paper 1's dense heads, split
    /// rows and leave OpenBLAS's threads asleep. XPS_SPLIT_GEMM=1 splits every product.
    /// Convolutions keep splitting the batch.
    static let useBLASThreads = !EngineSettings.current.splitEveryGEMM

    @usableFromInline static func countFlops(_ n: Int) {
        flopCounter.add(n, ordering: .relaxed)
    }

    /// The same product on `Parallel.threads` threads: OpenBLAS's own (`useBLASThreads`, the default;
    /// called outside the Dispatch workers only), or the rows of C (or, when M is small, its
    /// columns) split over workers, each calling single-threaded sgemm on its block.
    public static func parallelSgemm(
        transA: Bool, transB: Bool, m: Int, n: Int, k: Int,
        alpha: Float = 1,
        a: UnsafePointer<Float>, lda: Int,
        b: UnsafePointer<Float>, ldb: Int,
        beta: Float,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        let work = m * n * k
        if Parallel.threads == 1 || work < 1 << 18 {
            sgemm(
                transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
            return
        }
        if useBLASThreads && work >= 1 << 24 {
            Parallel.parkHelpers()
            openblas_set_num_threads(Int32(Parallel.threads))
            sgemm(
                transA: transA, transB: transB, m: m, n: n, k: k, alpha: alpha,
                a: a, lda: lda, b: b, ldb: ldb, beta: beta, c: c, ldc: ldc)
            openblas_set_num_threads(1)
            return
        }
        let ptrs = UnsafeSendable((a, b, c))
        if m >= n || m >= 64 {
            // Split rows of C: rows of op(A).
            Parallel.forEachChunk(m, minimumChunk: 8) { _, rows in
                let (a, b, c) = ptrs.value
                let aOff = transA ? rows.lowerBound : rows.lowerBound * lda
                sgemm(
                    transA: transA, transB: transB, m: rows.count, n: n, k: k, alpha: alpha,
                    a: a + aOff, lda: lda, b: b, ldb: ldb, beta: beta,
                    c: c + rows.lowerBound * ldc, ldc: ldc)
            }
        } else {
            // Split columns of C: columns of op(B).
            Parallel.forEachChunk(n, minimumChunk: 8) { _, cols in
                let (a, b, c) = ptrs.value
                let bOff = transB ? cols.lowerBound * ldb : cols.lowerBound
                sgemm(
                    transA: transA, transB: transB, m: m, n: cols.count, k: k, alpha: alpha,
                    a: a, lda: lda, b: b + bOff, ldb: ldb, beta: beta,
                    c: c + cols.lowerBound, ldc: ldc)
            }
        }
    }
}
