import ArgumentParser
import Foundation
import Harness

struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Least-squares fit (Levenberg–Marquardt) of peaks on a background to a measured spectrum.",
        discussion: """
        Starts from a peak finder, or from trained peak-fitting networks (--init RUN.h5, repeatable: \
        the network-initialised fit). As in park2020-table1, the networks see the spectrum minus a \
        Shirley background (whatever --background the fit uses), maximum 1, at the window positions \
        of --init-shifts and reversed, and the predictions are averaged. Writes <output>/<name>.h5 (components, background, fit, residual, \
        parameters with standard errors from the covariance, reduced χ²) and a figure.

        Examples:
          harness fit ../shared/data/park2020/P3HT_S2p_exp.txt --peaks 2 --background ../shared/data/park2020/P3HT_S2p_bg.txt
          harness fit survey_region.vms --shape sgl --background shirley --shared-width
        """)

    @Argument(help: "A spectrum file (VAMAS, text/CSV, .xy); every spectrum in it is fitted.")
    var spectrum: String

    @Option(help: "Line shape: eq1 (paper 1's Eq. 1, printed constants), eq1-notebook (the notebook's constants), gl, sgl, pv (pseudo-Voigt by Lorentzian area: the expert fits of paper 1's Table 1 are pv at 30), voigt, ds.")
    var shape = "eq1"

    @Option(help: "Lorentzian percentage of gl / sgl (of the height), or of pv (of the area).")
    var lorentzian = 30.0

    @Option(help: "Weights: poisson (1/max(counts, 1) for spectra in counts) or none.")
    var weights = "poisson"

    @Option(help: "Background: none, linear, shirley, shirley-refined (refined inside the fit), tougaard, or a two-column file.")
    var background = "shirley"

    @Option(help: "Number of peaks (default: what the finder or the network reports).")
    var peaks: Int?

    @Flag(help: "All peaks share one width.")
    var sharedWidth = false

    @Option(help: "Hold a peak's centre fixed at this energy (eV; repeatable).")
    var fixCenter: [Double] = []

    @Option(help: "A run file holding a peak-fitting network for the starting point (repeatable: several networks are averaged).")
    var `init`: [String] = []

    @Option(parsing: .unconditional, help: ArgumentHelp("The window positions each --init network sees, as shifts in points, comma-separated (0: as measured); each prediction is moved back and all are averaged (default: park2020-table1's).", valueName: "n,n,…"))
    var initShifts: String?

    @Flag(help: "Do not also show each --init network the reversed window.")
    var noInitMirror = false

    @Option(help: "Folder for the results.")
    var output = "Results/fits"

    func validate() throws {
        guard ["poisson", "none"].contains(weights) else {
            throw ValidationError("--weights: '\(weights)' is not poisson or none")
        }
        if `init`.isEmpty && (initShifts != nil || noInitMirror) {
            throw ValidationError("--init-shifts and --no-init-mirror apply to a network start: give --init RUN.h5")
        }
        _ = try networkAveraging(shifts: initShifts, option: "--init-shifts", mirror: !noInitMirror)
    }

    func run() throws {
        var s = FitSettings()
        s.shape = shape; s.lorentzianPercent = lorentzian; s.weights = weights; s.background = background; s.peaks = peaks
        s.sharedWidth = sharedWidth; s.fixedCenters = fixCenter; s.initModels = `init`.map { URL(fileURLWithPath: $0) }
        s.initAveraging = try networkAveraging(shifts: initShifts, option: "--init-shifts", mirror: !noInitMirror)
        try SpectrumFitting.fit(file: URL(fileURLWithPath: spectrum), settings: s, output: URL(fileURLWithPath: output))
    }
}
