// `harness predict` writes only a regular file it may replace, never a header-only CSV, and
// numbers a VAMAS block by its index in the file.

import Foundation
import SpectraIO
import Testing
import TestSupport
@testable import Harness

@Suite struct PredictionOutputTests {
    @Test func onlyARegularFileOrNothingMayBeReplaced() throws {
        let dir = try temporaryResults("predict-output")
        defer { try? FileManager.default.removeItem(at: dir) }
        let regular = dir.appendingPathComponent("p.csv"), link = dir.appendingPathComponent("link.csv")
        try "earlier\n".write(to: regular, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: regular)
        try PredictionSession.requireRegularFileOrNothing(regular)
        try PredictionSession.requireRegularFileOrNothing(dir.appendingPathComponent("new.csv"))
        #expect(throws: HarnessError.self) { try PredictionSession.requireRegularFileOrNothing(link) }
        #expect(throws: HarnessError.self) { try PredictionSession.requireRegularFileOrNothing(dir) }
        #expect(throws: HarnessError.self) { try PredictionSession.requireRegularFileOrNothing(URL(fileURLWithPath: "/dev/full")) }
    }

    @Test func aFolderWithoutSpectraIsAnErrorAndLeavesTheCSV() throws {
        let dir = try temporaryResults("predict-empty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("predictions.csv")
        try "earlier\n".write(to: csv, atomically: true, encoding: .utf8)
        let empty = dir.appendingPathComponent("spectra")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(try PredictionSession.spectrumFiles([empty.path]).isEmpty)
        var request = PredictionRequest(model: dir.appendingPathComponent("model.h5"), inputs: [empty.path])
        request.output = csv
        #expect(throws: HarnessError.self) {
            try PredictionSession.finish(lines: ["file,spectrum"], found: [], refused: [], request: request, console: Console { _ in })
        }
        #expect(try String(contentsOf: csv, encoding: .utf8) == "earlier\n")
    }

    @Test func aSelectedBlockKeepsItsIndexInTheFile() throws {
        let url = SharedData.file("measured/surveys/EX491-495_FeNiCo_oxide_references.vms")
        let spectra = try SpectrumReader.read(url: url, workFunction: .none, blocks: .indices([2, 1]))
        #expect(spectra.enumerated().map { PredictionSession.blockNumber($1, position: $0) } == [2, 1])
        let text = try SpectrumReader.read(url: SharedData.file("vamas/regular.vms"), workFunction: .none, blocks: .all)
        #expect(PredictionSession.blockNumber(text[0], position: 0) == 0)
    }
}
