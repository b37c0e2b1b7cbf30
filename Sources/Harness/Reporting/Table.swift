// A table of results, written twice: as Markdown (`<name>.md`, to read) and as CSV (`<name>.csv`,
// to analyse). The two need not share a shape: the Markdown is often wide (one column per sweep
// value, mean ± sd in one cell) where the CSV is long (one record per value, one number per
// field), so a table holds its Markdown grids and its CSV records side by side.

import Foundation

/// A table of results: a Markdown document and the CSV records of the same numbers.
///
/// The Markdown is a sequence of blocks, each followed by one blank line except the last:
///
///     # <title>
///     <introduction paragraphs>
///     <body: grids, with headings and paragraphs between them>
///     <closing paragraphs (caveats, remarks)>
///     Notes:            (the manifest's notes, when there are any)
///     - <note>
///     _<footnote>_
struct Table {
    /// A Markdown grid: a header row, the `|---|` separator, then rows of cells.
    struct Grid {
        var header: [String]
        /// Cells of each row, in header order. nil: a cell left blank (`| |`), as distinct from
        /// an empty value (`|  |`).
        var rows: [[String?]] = []

        /// The grid's lines, without a final line break.
        var markdown: String {
            func line(_ cells: [String?]) -> String {
                "|" + cells.map { $0.map { " \($0) |" } ?? " |" }.joined()
            }
            let separator = "|" + String(repeating: "---|", count: header.count)
            return ([line(header), separator] + rows.map(line)).joined(separator: "\n")
        }
    }

    /// One block of the body.
    enum Block {
        /// A second-level heading (`## …`).
        case heading(String)
        case paragraph(String)
        case grid(Grid)

        var markdown: String {
            switch self {
            case .heading(let text): return "## \(text)"
            case .paragraph(let text): return text
            case .grid(let grid): return grid.markdown
            }
        }
    }

    /// The first-level heading.
    var title: String
    /// Paragraphs under the title: what the numbers are.
    var introduction: [String] = []
    var body: [Block] = []
    /// Paragraphs after the body: caveats and remarks.
    var closing: [String] = []
    /// The manifest's notes (choices made where a paper is silent), listed under "Notes:".
    var notes: [String] = []
    /// The last line, in italics: experiment, profile, commit.
    var footnote: String
    /// The records of `<name>.csv`.
    var csv: CSVTable

    /// The Markdown document, ending in a line break.
    var markdown: String {
        var blocks = ["# \(title)"] + introduction + body.map(\.markdown) + closing
        if !notes.isEmpty { blocks.append((["Notes:"] + notes.map { "- \($0)" }).joined(separator: "\n")) }
        blocks.append("_\(footnote)_")
        return blocks.map { $0 + "\n" }.joined(separator: "\n")
    }

    /// Writes `<name>.md` and `<name>.csv` into `directory`; returns their URLs in that order.
    func write(name: String, into directory: URL) throws -> [URL] {
        let markdownURL = directory.appendingPathComponent("\(name).md")
        let csvURL = directory.appendingPathComponent("\(name).csv")
        try markdown.write(to: markdownURL, atomically: true, encoding: .utf8)
        try csv.write(to: csvURL)
        return [markdownURL, csvURL]
    }
}

/// Comma-separated records under a header line, every line ending in a line break.
///
/// Fields are written as they are, except in `quotedColumns` (free text that may hold commas):
/// there every field is put in double quotes, a double quote inside doubled (RFC 4180).
struct CSVTable {
    var header: [String]
    var records: [[String]] = []
    /// Columns (0-based) whose fields are always quoted.
    var quotedColumns: Set<Int> = []

    /// Appends one record.
    mutating func append(_ record: [String]) { records.append(record) }

    var text: String {
        let lines =
            [header.joined(separator: ",")]
            + records.map { record in
                record.enumerated().map { i, field in
                    quotedColumns.contains(i) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
                }.joined(separator: ",")
            }
        return lines.map { $0 + "\n" }.joined()
    }

    func write(to url: URL) throws {
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}

extension Reporter {
    /// A table of this experiment titled "<experiment>: <subject>", with the manifest's notes and
    /// the report's footnote, and an empty CSV under `csvHeader`.
    func reportTable(_ subject: String, csvHeader: [String]) -> Table {
        Table(
            title: "\(loaded.manifest.name): \(subject)", notes: loaded.manifest.notes, footnote: footnote,
            csv: CSVTable(header: csvHeader))
    }
}
