// 1D convolution as im2col + sgemm.
//
// Shape legend:
//   C  = input channels, L  = input length (energy points)
//   K  = kernel width,   S  = stride, D = dilation, P = left padding
//   Lo = output length = (L + P + Pr − D·(K−1) − 1) / S + 1
//   col = [C·K, ldcol]: row (c·K + k), column l holds x[c, l·S + k·D − P] (0 outside [0, L)).
// Several samples share one col matrix side by side (sample s at column offset s·Lo), so one
// sgemm covers a group of samples.

/// Writes the im2col columns of one sample `x [C, L]` into `col` starting at column 0
/// (the caller offsets `col` for sample s of a group); `ldcol` is the row stride of `col`.
@inlinable
public func im2col(_ x: UnsafePointer<Float>, channels C: Int, length L: Int,
                   kernel K: Int, stride S: Int, dilation D: Int, padLeft P: Int, outLength Lo: Int,
                   col: UnsafeMutablePointer<Float>, ldcol: Int) {
    for k in 0..<K {
        let off = k * D - P
        // valid l: 0 ≤ l·S + off < L
        let lFirst = off >= 0 ? 0 : min(Lo, (-off + S - 1) / S)
        let lEnd = L - 1 - off < 0 ? 0 : min(Lo, (L - 1 - off) / S + 1)
        for c in 0..<C {
            let row = col + (c * K + k) * ldcol
            let xc = x + c * L + off
            var l = 0
            while l < lFirst { row[l] = 0; l += 1 }
            if S == 1 {
                // A plain loop: rows are short (often < 32 values), where memmove's call costs more.
                while l < lEnd { row[l] = xc[l]; l += 1 }
            } else {
                while l < lEnd { row[l] = xc[l * S]; l += 1 }
            }
            while l < Lo { row[l] = 0; l += 1 }
        }
    }
}

/// Adjoint of `im2col`: accumulates `dcol` back into `dx [C, L]` (dx[c, l·S + k·D − P] += dcol[c·K+k, l]).
@inlinable
public func col2imAccumulate(_ dcol: UnsafePointer<Float>, ldcol: Int, channels C: Int, length L: Int,
                             kernel K: Int, stride S: Int, dilation D: Int, padLeft P: Int, outLength Lo: Int,
                             dx: UnsafeMutablePointer<Float>) {
    for k in 0..<K {
        let off = k * D - P
        let lFirst = off >= 0 ? 0 : min(Lo, (-off + S - 1) / S)
        let lEnd = L - 1 - off < 0 ? 0 : min(Lo, (L - 1 - off) / S + 1)
        guard lEnd > lFirst else { continue }
        for c in 0..<C {
            let row = dcol + (c * K + k) * ldcol
            let xc = dx + c * L + off
            if S == 1 {
                for l in lFirst..<lEnd { xc[l] += row[l] }
            } else {
                for l in lFirst..<lEnd { xc[l * S] += row[l] }
            }
        }
    }
}

/// Output length of a 1D convolution or pooling window.
@inlinable
public func convolutionOutputLength(length L: Int, kernel K: Int, stride S: Int, dilation D: Int,
                                    padLeft: Int, padRight: Int) -> Int {
    let span = D * (K - 1) + 1
    let padded = L + padLeft + padRight
    return padded < span ? 0 : (padded - span) / S + 1
}
