// The measured-fit manifest in its CasaXPS form: loading, the stored fit as a model, the refit
// from CasaXPS's values (issue #23's target) and from our automatic start, and --quantify's table.

import Foundation
import Testing
import TestSupport
import Fitting
import Spectra
import SpectraIO
@testable import Harness

@Suite struct CasaFitTests {
    let manifestURL = SharedData.packageRoot.appendingPathComponent("Experiments/feo-fe2p.json")

    @Test func theFeOManifestLoadsAsAMeasuredFitInItsCasaForm() throws {
        #expect(ManifestKind.declared(by: manifestURL) == .measuredFit)
        guard case .casaFit(let m, _) = try AnyManifest.load(manifestURL, profile: .default) else {
            Issue.record("feo-fe2p did not load in its CasaXPS form")
            return
        }
        #expect(m.targets.fit == "casa-start" && m.targets.position == 0.05 && m.targets.fwhm == 0.1)
        let plan = try ManifestDescription.plan(.casaFit(m, url: manifestURL), profile: .default)
        #expect(plan.first?.hasPrefix("1 step: feo-fe2p") == true, "\(plan)")
        // An unknown choice is an error naming its path.
        let text = try String(contentsOf: manifestURL, encoding: .utf8).replacingOccurrences(
            of: "\"weights\": \"none\"", with: "\"weights\": \"sqrt\"")
        let bad = TestFiles.temporary("casa-fit", "bad.json")
        try text.write(to: bad, atomically: true, encoding: .utf8)
        #expect(throws: ManifestError.self) { try CasaFitManifest.load(bad) }
    }

    @Test func theStoredFitIsReadAsAModelOnTheBindingEnergyScale() throws {
        let expert = try CasaExpertModel(url: SharedData.file("measured/fits/FeO_analyzed.vms"), block: 0)
        #expect(expert.energies.count == 985 && expert.countsPerRate == 2)
        #expect(expert.components.map { ($0.position * 100).rounded() / 100 } == [709.05, 716.00, 722.13, 729.89])
        #expect(expert.components[1].positionBounds == (1486.61 - 772.61)...(1486.61 - 770.61))
        #expect(expert.kinds[1] == .gaussianLorentzianSum(lorentzianPercent: 30))
        // Our model at CasaXPS's values is CasaXPS's exported envelope to a fraction of a percent.
        let exported = try CasaFitRunner.exportedColumns(SharedData.file("measured/fits/FeO_analyzed_lineshapes_cols.txt"), expert: expert)
        let worst = zip(expert.fileCurve.total, exported.envelope).map { abs($0 - $1) }.max()! / exported.envelope.max()!
        #expect(worst < 2e-3, "\(worst)")
    }

    @Test func fromCasaXPSValuesTheUnweightedFitMeetsTheTarget() throws {
        let expert = try CasaExpertModel(url: SharedData.file("measured/fits/FeO_analyzed.vms"), block: 0)
        let spec = CasaFitManifest.Fit(name: "casa-start", start: "file", constraints: "file", background: "file", weights: "none")
        let o = CasaFitRunner.fit(spec, expert)
        #expect(o.failure == nil, "\(o.failure ?? "")")
        for (i, c) in expert.components.enumerated() {
            #expect(abs(o.positions[i] - c.position) <= 0.05, "component \(i + 1): \(o.positions[i]) against \(c.position)")
            #expect(abs(o.fwhms[i] - c.fwhm) <= 0.1, "component \(i + 1): \(o.fwhms[i]) against \(c.fwhm)")
        }
        // The automatic start takes nothing from the components and reaches the same optimum.
        let auto = CasaFitRunner.fit(.init(name: "auto", start: "automatic", constraints: "file", background: "file", weights: "none"), expert)
        #expect(auto.failure == nil && abs(auto.chiSquared - o.chiSquared) < 1e-4 * o.chiSquared, "\(auto.chiSquared) \(o.chiSquared)")
        #expect(zip(auto.positions, o.positions).allSatisfy { abs($0 - $1) < 2e-3 }, "\(auto.positions) \(o.positions)")
        #expect(zip(auto.fwhms, o.fwhms).allSatisfy { abs($0 - $1) < 2e-3 }, "\(auto.fwhms) \(o.fwhms)")
        #expect(zip(auto.start, expert.fileStart).contains { abs($0.center - $1.center) > 0.05 })
    }

    @Test func interchangeableComponentsAreMatchedByPosition() throws {
        let kind = PeakShapeKind.gaussianLorentzianSum(lorentzianPercent: 30)
        let model = try PeakModel(peaks: [
            PeakComponent(kind: kind), PeakComponent(kind: kind, centerBounds: 5...6), PeakComponent(kind: kind)
        ])
        // Peaks 0 and 2 share shape and bounds: swapped back; peak 1 keeps its index.
        #expect(CasaFitRunner.matchedOrder(model, fitted: [20, 5.5, 10], reference: [10, 5.4, 20]) == [2, 1, 0])
        #expect(CasaFitRunner.matchedOrder(model, fitted: [10, 5.5, 20], reference: [10, 5.4, 20]) == [0, 1, 2])
    }

    @Test func quantificationTakesEachRegionsElementFromItsLabels() throws {
        func region(_ species: String, _ transition: String, center: Double, height: Double, units: String = "counts/s") throws
            -> SpectrumFitting.FittedRegion
        {
            let e = (0...200).map { center - 5 + 0.05 * Double($0) }
            let y = e.map { 100 + height * exp(-($0 - center) * ($0 - center)) }
            let s = try Spectrum(
                energies: e, intensities: y, units: units,
                metadata: [
                    VamasMetadataKey.speciesLabel: species, VamasMetadataKey.transitionLabel: transition,
                    SpectrumMetadataKey.collectionTime: "0.5", SpectrumMetadataKey.scans: "4"
                ])
            let model = try PeakModel(peaks: [PeakComponent(kind: .gaussianLorentzianSum(lorentzianPercent: 0))], background: .linear)
            let r = try PeakFitter().fit(
                energies: e, intensities: y, model: model, start: [PeakParameters(center: center, width: 1.6, height: height)])
            return .init(name: "\(species) \(transition)", spectrum: s, result: r)
        }
        let lines = try SpectrumFitting.quantificationTable([
            try region("O", "1s", center: 530, height: 2930), try region("C", "1s", center: 284.8, height: 1000)
        ])
        let o = try #require(lines.first { $0.contains("\tO\t1s\t") }), c = try #require(lines.first { $0.contains("\tC\t1s\t") })
        let percent = { (line: String) in Double(line.split(separator: "\t").last!)! }
        #expect(abs(percent(o) + percent(c) - 100) < 0.02)
        // Same area per Scofield factor: O's share differs from 50 % only by its kinetic-energy correction.
        let expected = 100 / (1 + pow((1486.6 - 530) / (1486.6 - 284.8), 0.6))
        #expect(abs(percent(o) - expected) < 0.5, "\(lines)")
        // Both regions of one element, or a region without labels, are refused with the reason.
        #expect(throws: HarnessError.self) {
            try SpectrumFitting.quantificationTable([try region("C", "1s", center: 284.8, height: 1), try region("C", "1s", center: 285, height: 1)])
        }
        #expect(throws: HarnessError.self) { try SpectrumFitting.quantificationTable([try region("", "", center: 284.8, height: 1000)]) }
        // Counts are turned into count rates by collection time × scans.
        let counts = try SpectrumFitting.fittedArea(
            try region("C", "1s", center: 284.8, height: 1000, units: "counts"), library: ElementLibrary.load())
        let rate = try SpectrumFitting.fittedArea(try region("C", "1s", center: 284.8, height: 1000), library: ElementLibrary.load())
        #expect(abs(counts.area * 2 - rate.area) < 1e-9 * rate.area)
    }
}
