// `harness fit` with its defaults on every measured core-level region from other laboratories:
// each block ends with a fit (no convergence error at an optimum, no peak narrower than the
// limit), the peak count chosen by BIC and said why; a survey block is refused as a survey.

import Fitting
import Foundation
import Spectra
import SpectraIO
import TestSupport
import Testing
@testable import Harness

@Suite struct MeasuredRegionFitTests {
    static let files = [
        "regions/Ag_0001_scienta.txt", "regions/C1s_sample.csv", "regions/Co_references.vms", "regions/Cu_references.vms",
        "regions/Fe_references.vms", "regions/ITO_O1s_hv600.csv", "regions/Mn_references.vms", "regions/Ni_references.vms",
        "regions/PHI_multipak_regions.npl", "regions/Pd_references.vms", "regions/Ti_references_irregular.vms",
        "fits/FeO_analyzed.vms"
    ]

    @Test(arguments: files) func everyRegionBlockEndsWithAFit(_ path: String) throws {
        let url = SharedData.file("measured/" + path)
        try #require(FileManager.default.fileExists(atPath: url.path), "shared data missing: \(url.path)")
        let spectra = try SpectrumReader.read(url: url)
        #expect(!spectra.isEmpty)
        for (k, s) in spectra.enumerated() {
            let width = s.energies.max()! - s.energies.min()!
            guard width <= PeakFitter().maximumRegionWidth else {
                #expect(throws: FittingError.self, "\(path) block \(k) is a survey") { try SpectrumFitting.fit(s, settings: FitSettings()) }
                continue
            }
            let fit = try SpectrumFitting.fit(s, settings: FitSettings())
            let r = fit.result
            #expect(!r.peaks.isEmpty, "\(path) block \(k)")
            #expect(r.fullWidths.allSatisfy { $0 >= r.widthLimits.minimum * (1 - 1e-9) }, "\(path) block \(k): \(r.fullWidths)")
            #expect(r.widthLimits.minimum >= 2 * medianStep(s.energies) * (1 - 1e-9), "\(path) block \(k)")
            let selection = try #require(fit.selection, "\(path) block \(k)")
            #expect(selection.chosen.peakCount == r.peaks.count && !selection.reason.isEmpty)
            #expect(r.reducedChiSquared.isFinite)
        }
    }

    func medianStep(_ e: [Double]) -> Double {
        let d = zip(e, e.dropFirst()).map { abs($1 - $0) }.sorted()
        return d[d.count / 2]
    }
}
