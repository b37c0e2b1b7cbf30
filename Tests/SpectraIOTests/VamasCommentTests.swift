import Foundation
import Testing
import TestSupport
@testable import SpectraIO

/// Comment lines of a fragment file: a count line and that many lines (as in a VAMAS block),
/// or bare lines (phi.vms).
private func commentLines(_ name: String) throws -> [String] {
    let raw = try RawFile("vamas/" + name)
    if let count = Int(raw[1]) {
        #expect(raw.lines.count == count + 1, "\(name): the count line says \(count) comment lines")
        return Array(raw.lines.dropFirst())
    }
    return raw.lines
}

@Suite struct VamasCommentTests {
    @Test func casaHeaderVersion() throws {
        let m = VamasComment.metadata(try commentLines("casa_header.vms"))
        #expect(m == ["casa.version": "2.3.25PR1.0"])
    }

    @Test func casaProcessingAnnotationsRegionsComponents() throws {
        let m = VamasComment.metadata(try commentLines("casa_process.vms"))
        #expect(m["casa.processing.1"] == "Calib M = 282.4,283.5 A = 286.8 BE ADD")
        #expect(m["casa.processing.4"] == "KECalib 10")
        #expect(m["casa.processing.5"] == "TransmissionSet 1.0 1")
        #expect(m["casa.processing.10"] == "InCalib 10 8")
        #expect(m["casa.processing.11"] == nil)
        #expect(m["casa.annotation.1"]?.hasPrefix("annot comps v2315 Display") == true)
        #expect(m["casa.annotation.2"]?.hasPrefix("annot regions") == true)
        #expect(m["casa.region.1.name"] == "C 1s")
        #expect(m["casa.region.1.background"] == "U 2 Tougaard")
        #expect(m["casa.region.1.start"] == "1188.2828")
        #expect(m["casa.region.1.end"] == "1203.1467")
        #expect(m["casa.component.1.name"] == "C 1s C-C")
        #expect(m["casa.component.1.lineshape"] == "LF(0.9,1.1,50,300,3)")
        #expect(m["casa.component.1.area"] == "739.26841")
        #expect(m["casa.component.1.fwhm"] == "1.1454559")
        #expect(m["casa.component.1.position"] == "1198.1436")
        #expect(m["casa.component.2.name"] == "C 1s C-O")
        #expect(m["casa.component.3.name"] == "C 1s O-C-O")
        #expect(m["casa.component.3.position"] == "1195.0666")
        #expect(m["casa.component.4"] == nil)
        // Nothing of the CasaXPS block leaks into other styles ("Calib M = …" is no SPECS line).
        #expect(m.keys.allSatisfy { $0.hasPrefix("casa.") })
    }

    @Test func specsBlockKeyValues() throws {
        let m = VamasComment.metadata(try commentLines("specs_block.vms"))
        #expect(m["specs.File"] == "EX889_S1110_MgFe2O4_spent.sle")
        #expect(m["specs.Group"] == "1 as-loaded")
        #expect(m["specs.Spectrum ID"] == "20")
        #expect(m["specs.Analyzer slit"] == "4:7x20c\\C:mesh")
        #expect(m["specs.Scan mode"] == "FixedAnalyzerTransmission")
        #expect(m["specs.Kinetic energy start"] == "136.61")
        #expect(m.count == 8)
    }

    @Test func kratosSectionsAndKeys() throws {
        let m = VamasComment.metadata(try commentLines("kratos.vms"))
        #expect(m["kratos.Creation.Created by"] == "user")
        #expect(m["kratos.Creation.Date created"] == "01/01/2024 12:00")
        #expect(m["kratos.Location.Description"] == "(1.2,0.25,-0.150)mm")
        #expect(m["kratos.Location.Charge Neutraliser"] == "On")
        #expect(m["kratos.Excitation.Mode"] == "XPS - monochromatic")
        #expect(m["kratos.Excitation.Anode library"] == "Al")
        #expect(m["kratos.ESCA modes.Lens"] == "Hybrid")
        #expect(m["kratos.Scan.Step size"] == "0.100eV")
        #expect(m["kratos.Scan.C 1s"] == "1191.690-1214.690eV, Sweeps 1")
        #expect(m["kratos.Scan.Dwell time"] == "260ms")
        #expect(m["kratos.Acquisition Conditions.X-ray Power"] == "100.00W")
        #expect(m["kratos.Acquisition Conditions.Quality"] == "190.25")
    }

    @Test func phiHeaderBetweenSOFHAndEOFH() throws {
        let lines = try commentLines("phi.vms")
        #expect(lines.first == "SOFH" && lines.last == "EOFH")
        let m = VamasComment.metadata(lines)
        #expect(m["phi.InstrumentModel"] == "VersaProbe 4")
        #expect(m["phi.AnalyserWorkFcn"] == "4.506 eV")
        #expect(m["phi.XraySource"] == "Al 1486.6 mono")
        #expect(m["phi.SourceAnalyserAngle"] == "45.0 d")
        #expect(m["phi.Operator"] == "")
        #expect(m["phi.NoSpectralReg"] == "4")
        let channels = try #require(m["phi.Channel Info"]).split(separator: "\n")
        #expect(channels.count == 32)
        #expect(channels.first == "1 1 1.004" && channels.last == "32 1 1.753")
        #expect(m["phi.SpectralRegDef"]?.split(separator: "\n").count == 4)
        #expect(m.keys.allSatisfy { $0.hasPrefix("phi.") })
    }

    @Test func genericLinesAndWindowsPaths() {
        let m = VamasComment.metadata([
            "Experiment Type: XPS", "C:\\data\\run.vms", "free text without a key", ""
        ])
        #expect(m == ["comment.Experiment Type": "XPS"])
    }
}
