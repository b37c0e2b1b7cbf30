import Foundation

/// The text of a figure's `.dat` file: one gnuplot "index" block per series.
///
/// Layout: a few `#` header lines, then for each series a `# series: <title>` line, a
/// `# columns: …` line and one line per point; blocks are separated by two blank lines, so
/// gnuplot's `index k` selects series k. Numbers are written in the shortest form that reads
/// back to the same Double (e.g. `284.8`, `1e-05`, `0.30000000000000004`); non-finite values
/// as `NaN`, `Inf`, `-Inf`. An `.image` series puts one blank line between grid rows.
enum DataFile {
    /// The columns written for `series`, in order: x, y, then yError, baseline, z when present.
    static func columns(of series: Series) -> [String] {
        var names = ["x", "y"]
        if series.yError != nil { names.append("yError") }
        if series.baseline != nil { names.append("baseline") }
        if series.z != nil { names.append("z") }
        return names
    }

    /// The 1-based gnuplot column holding `name` in `series`' block, or nil.
    static func column(_ name: String, of series: Series) -> Int? {
        columns(of: series).firstIndex(of: name).map { $0 + 1 }
    }

    /// Header lines describing the file.
    static func header(name: String, title: String, xLabel: String, yLabel: String, blocks: Int) -> [String] {
        [
            "# figure: \(name)",
            "# title: \(commentText(title))",
            "# x: \(commentText(xLabel))",
            "# y: \(commentText(yLabel))",
            "# \(blocks) block\(blocks == 1 ? "" : "s") (gnuplot index 0…\(blocks - 1)), separated by two blank lines;"
                + " non-finite values written as NaN, Inf, -Inf"
        ]
    }

    /// One block: comment lines, then one line per point.
    static func block(_ series: Series, panel: String? = nil) -> [String] {
        var lines = ["# series: \(commentText(series.title))"]
        if let panel { lines.append("# panel: \(panel)") }
        lines.append("# columns: " + columns(of: series).joined(separator: " "))
        let extra = [series.yError, series.baseline, series.z].compactMap { $0 }
        let isImage: Bool
        if case .image = series.style { isImage = true } else { isImage = false }
        for i in series.x.indices {
            if isImage, i > 0, series.y[i] != series.y[i - 1] { lines.append("") }
            var fields = [number(series.x[i]), number(series.y[i])]
            for column in extra { fields.append(number(column[i])) }
            lines.append(fields.joined(separator: " "))
        }
        return lines
    }

    /// The text of a `.dat` file holding `blocks` in order.
    static func text(header: [String], blocks: [[String]]) -> String {
        var out = header.joined(separator: "\n") + "\n"
        for (k, block) in blocks.enumerated() {
            if k > 0 { out += "\n\n" }
            out += block.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Shortest round-trip decimal form; `NaN`, `Inf`, `-Inf` for non-finite values.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
        return "\(value)"
    }

    /// Text safe inside a one-line `#` comment.
    static func commentText(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
    }
}
