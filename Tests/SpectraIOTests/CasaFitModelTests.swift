import Foundation
import Testing
import TestSupport
@testable import SpectraIO

/// The CasaXPS fit stored in measured/fits/FeO_analyzed.vms, as typed values.
@Suite struct CasaFitModelTests {
    /// Tab-separated rows of a CasaXPS export, by their first cell ("Position" → its numbers).
    private func exportRow(_ name: String, in path: String) throws -> [String] {
        let lines = try RawFile(path).lines
        let row = try #require(lines.first { $0.hasPrefix(name + "\t") }, "row \(name) in \(path)")
        return row.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.dropFirst().map { $0 }
    }

    private func model() throws -> (CasaFitModel, VamasBlock) {
        let file = try VamasFile(contentsOf: SharedData.file("measured/fits/FeO_analyzed.vms"))
        let block = try #require(file.blocks.first)
        return (try #require(try block.casaFitModel()), block)
    }

    @Test func componentsMatchTheCommentLines() throws {
        let (fit, block) = try model()
        // The raw lines, read independently: after "CASA comp", the words that follow each key.
        let raw = try RawFile("measured/fits/FeO_analyzed.vms").lines.filter { $0.hasPrefix("CASA comp") }
        #expect(fit.components.count == raw.count && raw.count == 4)
        for (c, line) in zip(fit.components, raw) {
            let words = line.split(separator: " ").map(String.init)
            func after(_ key: String, _ k: Int) -> Double { Double(words[words.firstIndex(of: key)! + k])! }
            #expect(c.line == line)
            #expect(c.name == "Fe 2p")
            #expect(line.contains("(*\(c.lineShape)*)"))
            #expect(c.position.value == after("Position", 1) && c.position.lower == after("Position", 2) && c.position.upper == after("Position", 3))
            #expect(c.fwhm.value == after("MFWHM", 1) && c.fwhm.lower == after("MFWHM", 2) && c.fwhm.upper == after("MFWHM", 3))
            #expect(c.area.value == after("Area", 1))
            #expect(c.position.link == nil && c.fwhm.link == nil && c.area.link == nil)
            #expect(c.position.constraint == "\(words[words.firstIndex(of: "Position")! + 2])…\(words[words.firstIndex(of: "Position")! + 3])")
            #expect(c.rsf == after("RSF", 1))
            #expect(c.expression == "")
        }
        #expect(fit.components.map(\.lineShape) == ["LF(0.54,10,80,100,6)", "SGL(30)", "LF(0.54,10,80,100,6)", "SGL(30)"])
        #expect(block.sourceEnergy == 1486.61)

        let region = try #require(fit.regions.first)
        #expect(fit.regions.count == 1)
        #expect(region.name == "Fe 2p" && region.background == "U 3 Tougaard")
        let regionWords = region.line.split(separator: " ")
        #expect(region.start == Double(regionWords.firstIndex(of: "Tougaard*)").map { regionWords[$0 + 1] } ?? ""))
        #expect(region.end == Double(regionWords.firstIndex(of: "Tougaard*)").map { regionWords[$0 + 2] } ?? ""))
        #expect(region.rsf == 16.42)
    }

    /// CasaXPS's own export of the same fit (FeO_analyzed_lineshapes_cols.txt) gives binding-energy
    /// positions and FWHMs to two decimals: BE = hν − KE with hν from the block.
    @Test func bindingEnergiesMatchCasaXPSExport() throws {
        let (fit, block) = try model()
        let hv = try #require(block.sourceEnergy)
        let path = "measured/fits/FeO_analyzed_lineshapes_cols.txt"
        let positions = try exportRow("Position", in: path).map { Double($0)! }
        let widths = try exportRow("FWHM", in: path).map { Double($0)! }
        let shapes = try exportRow("Lineshape", in: path)
        #expect(positions.count == fit.components.count)
        for (k, c) in fit.components.enumerated() {
            #expect(abs(c.bindingEnergy(photonEnergy: hv) - positions[k]) <= 0.005 + 1e-9, "component \(k) position")
            #expect(abs(c.fwhm.value - widths[k]) <= 0.005 + 1e-9, "component \(k) FWHM")
            #expect(c.lineShape == shapes[k])
        }
    }

    /// FeO_analyzed_results.csv (709.03 / 715.73 / 722.18 / 730.22 eV; FWHM 3.86 / 7.89 / 4.73 / 7.88)
    /// was written from another state of the fit than the one stored in the file: its raw areas
    /// differ from the stored ones by up to 17 %. Names, count and order agree; positions and
    /// widths agree only to 0.5 eV and 0.2 eV (the first component to 0.02 eV).
    @Test func resultsTableAgreesCoarsely() throws {
        let (fit, block) = try model()
        let hv = try #require(block.sourceEnergy)
        let lines: [String] = try RawFile("measured/fits/FeO_analyzed_results.csv").lines
        var rows: [[String]] = []
        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cells.count > 3, cells[0] == "Fe 2p", Double(cells[1]) != nil { rows.append(cells) }
        }
        #expect(rows.count == fit.components.count)
        for (c, row) in zip(fit.components, rows) {
            #expect(c.name == row[0])
            #expect(abs(c.bindingEnergy(photonEnergy: hv) - Double(row[1])!) < 0.5)
            #expect(abs(c.fwhm.value - Double(row[2])!) < 0.2)
        }
        #expect(abs(fit.components[0].bindingEnergy(photonEnergy: hv) - Double(rows[0][1])!) < 0.02)
        let be = fit.components.map { $0.bindingEnergy(photonEnergy: hv) }
        #expect(be == be.sorted())
    }

    @Test func tiedParametersAndBadLines() throws {
        var block = VamasBlock()
        block.line = 40
        block.comment = [
            "Casa Info Follows", "0", "0", "0", "2",
            "CASA comp (*A*) (*GL(30)*) Area 100 0 1000 -1 1 MFWHM 1.2 0.5 3 -1 1 Position 700 690 710 -1 1 RSF 2 MASS 1 INDEX -1 (*A*) CONST (**) UNCORRECTEDRSF 2",
            "CASA comp (*B*) (*GL(30)*) Area 50 0 1000 0 0.5 MFWHM 1.2 0.5 3 0 1 Position 713 690 720 0 13.1 RSF 2 MASS 1 INDEX -1 (*B*) CONST (*A*0.5*) UNCORRECTEDRSF 2"
        ]
        let fit = try #require(try block.casaFitModel())
        let b = fit.components[1]
        #expect(b.area.link == 0 && b.area.constraint == "component 0 × 0.5")
        #expect(b.position.link == 0 && b.position.constraint == "component 0 + 13.1 eV")
        #expect(b.expression == "A*0.5")
        #expect(fit.regions.isEmpty)

        block.comment[5] = "CASA comp (*A*) (*GL(30)*) Area 100 0 MFWHM 1.2"
        #expect(throws: VamasError.self) { try block.casaFitModel() }
        block.comment = ["no fit here"]
        #expect(try block.casaFitModel() == nil)
    }
}

@Test func casaRegionLineGivesTheBackgroundParameters() throws {
    let file = try VamasFile(contentsOf: SharedData.file("measured/fits/FeO_analyzed.vms"))
    let region = try #require(try file.blocks.first?.casaFitModel()?.regions.first)
    #expect(region.background == "U 3 Tougaard")
    #expect(region.backgroundParameters == [335.44588, 551, 436, 3])
    #expect(region.start == 737.52081 && region.end == 786.7632 && region.rsf == 16.42)
}
