// Dense symmetric positive-definite algebra for the normal equations of a least-squares fit.
//
// p = free parameters, N = data points.

/// JᵀWJ (p × p) and JᵀW·r (p) for a Jacobian J (N × p), residuals r and weights w.
func normalEquations(_ jacobian: [[Double]], residuals r: [Double], weights w: [Double]) -> ([[Double]], [Double]) {
    let p = jacobian.first?.count ?? 0
    var alpha = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    var beta = [Double](repeating: 0, count: p)
    for (i, row) in jacobian.enumerated() where w[i] != 0 {
        for a in 0..<p {
            let wa = w[i] * row[a]
            beta[a] += wa * r[i]
            for b in 0...a { alpha[a][b] += wa * row[b] }
        }
    }
    for a in 0..<p { for b in 0..<a { alpha[b][a] = alpha[a][b] } }
    return (alpha, beta)
}

/// Lower-triangular L with A = LLᵀ, or the index of the first pivot that is not positive
/// (relative to 10⁻¹⁴·max diag A): that parameter is, to working precision, a combination of
/// the ones before it.
func choleskyFactor(_ a: [[Double]]) -> Result<[[Double]], CholeskyFailure> {
    let p = a.count
    var l = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
    let maxDiagonal = (0..<p).map { abs(a[$0][$0]) }.max() ?? 0
    for i in 0..<p {
        for j in 0...i {
            var s = a[i][j]
            for k in 0..<j { s -= l[i][k] * l[j][k] }
            if i == j {
                guard s > 1e-14 * maxDiagonal, s.isFinite else { return .failure(CholeskyFailure(pivot: i)) }
                l[i][i] = s.squareRoot()
            } else {
                l[i][j] = s / l[j][j]
            }
        }
    }
    return .success(l)
}

/// The pivot at which a Cholesky factorisation broke down.
struct CholeskyFailure: Error { let pivot: Int }

/// Lower-triangular L with A = LLᵀ, or nil when A is not numerically positive definite.
func cholesky(_ a: [[Double]]) -> [[Double]]? {
    try? choleskyFactor(a).get()
}

func choleskySolve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
    guard let l = cholesky(a) else { return nil }
    return solve(l, b)
}

private func solve(_ l: [[Double]], _ b: [Double]) -> [Double] {
    let p = b.count
    var z = b
    for i in 0..<p {
        for k in 0..<i { z[i] -= l[i][k] * z[k] }
        z[i] /= l[i][i]
    }
    for i in stride(from: p - 1, through: 0, by: -1) {
        for k in (i + 1)..<p { z[i] -= l[k][i] * z[k] }
        z[i] /= l[i][i]
    }
    return z
}

/// A⁻¹ of a symmetric positive-definite A, or the failing pivot.
func choleskyInverse(_ a: [[Double]]) -> Result<[[Double]], CholeskyFailure> {
    let l: [[Double]]
    switch choleskyFactor(a) {
    case .failure(let f): return .failure(f)
    case .success(let factor): l = factor
    }
    let p = a.count
    var columns = [[Double]]()
    for j in 0..<p {
        var e = [Double](repeating: 0, count: p)
        e[j] = 1
        columns.append(solve(l, e))
    }
    return .success((0..<p).map { i in (0..<p).map { columns[$0][i] } })
}
