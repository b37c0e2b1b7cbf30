import Foundation
import Testing
@testable import Harness

@Test func tableMarkdownIsBlocksSeparatedByBlankLines() {
    var table = Table(
        title: "demo: accuracy (%)", introduction: ["Ours: mean over repeats."], notes: ["A note.", "Another."],
        footnote: "demo — profile: smoke", csv: CSVTable(header: ["model", "snr", "accuracy_percent"]))
    table.body = [
        .grid(Table.Grid(header: ["model", "SNR 10", "source"], rows: [["mlp", "91.50", "ours"], ["cnn", "", nil]])),
        .heading("Details"), .paragraph("Text.")
    ]
    table.closing = ["A caveat."]
    #expect(
        table.markdown == """
            # demo: accuracy (%)

            Ours: mean over repeats.

            | model | SNR 10 | source |
            |---|---|---|
            | mlp | 91.50 | ours |
            | cnn |  | |

            ## Details

            Text.

            A caveat.

            Notes:
            - A note.
            - Another.

            _demo — profile: smoke_

            """)
}

@Test func tableWithoutNotesEndsWithTheFootnote() {
    let table = Table(title: "t", footnote: "f", csv: CSVTable(header: ["a"]))
    #expect(table.markdown == "# t\n\n_f_\n")
}

@Test func csvQuotesOnlyItsQuotedColumnsAndDoublesQuotesInside() {
    var csv = CSVTable(header: ["element", "overlap_class", "main_lines"], quotedColumns: [2])
    csv.append(["Fe", "2", "2p3/2 707 eV (r 0.10); 2p1/2 720 eV, weak"])
    csv.append(["O", "1", ""])
    csv.append(["x,y", "3", "a \"b\""])
    #expect(
        csv.text == """
            element,overlap_class,main_lines
            Fe,2,"2p3/2 707 eV (r 0.10); 2p1/2 720 eV, weak"
            O,1,""
            x,y,3,"a ""b\"""

            """)
}

@Test func tableWritesMarkdownAndCSVBesideEachOther() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    var table = Table(title: "demo: MAE", footnote: "demo", csv: CSVTable(header: ["method", "mae"]))
    table.body = [.grid(Table.Grid(header: ["method", "MAE"], rows: [["rsf", "1.25"]]))]
    table.csv.append(["rsf", "1.25"])
    let urls = try table.write(name: "mae", into: directory)
    #expect(urls.map(\.lastPathComponent) == ["mae.md", "mae.csv"])
    #expect(try String(contentsOf: urls[0], encoding: .utf8) == "# demo: MAE\n\n| method | MAE |\n|---|---|\n| rsf | 1.25 |\n\n_demo_\n")
    #expect(try String(contentsOf: urls[1], encoding: .utf8) == "method,mae\nrsf,1.25\n")
}
