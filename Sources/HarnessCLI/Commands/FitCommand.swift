import ArgumentParser
import Foundation
import Harness
import SpectraIO

struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Least-squares fit (Levenberg–Marquardt) of peaks on a background to a measured spectrum.",
        discussion: """
            Without --peaks, the number of peaks is chosen: peaks are added one at a time at the \
            residual's largest feature while the Bayesian information criterion falls (at most \
            --max-peaks), and every candidate is printed with its χ² and BIC. With --peaks N, N peaks are \
            added the same way. Or the start comes from trained peak-fitting networks (--init RUN.h5 or a model file \
            Results/<experiment>/models/<run>.h5, repeatable: the network-initialised fit); as in park2020-table1, the networks see the \
            spectrum minus a Shirley background (whatever --background the fit uses), maximum 1, at the \
            window positions of --init-shifts and reversed, and the predictions are averaged.

            Convergence as MINPACK's lmdif (relative χ² and step tolerances); every FWHM stays between \
            --min-fwhm (default 2 × the data's step) and --max-fwhm (default the window's width). A \
            survey (a window over 100 eV) or a window with no peak above its background is an error that \
            says so. Writes <output>/<name>.h5 (components, background, fit, residual, FWHM, areas, \
            parameters with standard errors from the covariance, reduced χ², the stopping criterion) and \
            a figure.

            Examples:
              harness fit ../shared/data/park2020/P3HT_S2p_exp.txt --peaks 2 --background ../shared/data/park2020/P3HT_S2p_bg.txt
              harness fit survey_region.vms --shape sgl --background shirley --shared-width
              harness fit regions.vms --blocks 3,5,7 --shape gl --quantify
            """)

    @Argument(help: "A spectrum file (VAMAS, text/CSV, .xy); every spectrum in it is fitted.")
    var spectrum: String

    @Option(
        help:
            "Line shape: eq1 (paper 1's Eq. 1, printed constants), eq1-notebook (the notebook's constants), gl, sgl, pv (pseudo-Voigt by Lorentzian area: the expert fits of paper 1's Table 1 are pv at 30), voigt, ds."
    )
    var shape = "eq1"

    @Option(help: "Lorentzian percentage of gl / sgl (of the height), or of pv (of the area).")
    var lorentzian = 30.0

    @Option(help: "Weights: poisson (1/max(counts, 1) for spectra in counts) or none.")
    var weights = "poisson"

    @Option(
        help:
            "Background: auto (Shirley, or the active Shirley where Shirley's iteration does not settle on the window), none, linear, shirley, shirley-refined (the active Shirley, refined inside the fit), tougaard, or a two-column file."
    )
    var background = "auto"

    @Option(help: "Number of peaks (default: chosen by BIC, or what the --init networks report).")
    var peaks: Int?

    @Option(help: "The most peaks the automatic count tries.")
    var maxPeaks = 6

    @Option(help: "Smallest FWHM of any peak, eV (default: 2 × the data's median step).")
    var minFwhm: Double?

    @Option(help: "Largest FWHM of any peak, eV (default: the window's width).")
    var maxFwhm: Double?

    @Option(help: "Levenberg–Marquardt's iteration cap.")
    var maxIterations = 1000

    @OptionGroup var blocks: BlockOptions

    @Flag(
        help:
            "Print the atomic percentages of the fitted regions: each region's fitted area (counts/s·eV) over its element's Scofield factors (the lines its VAMAS species and transition labels name) and (E_k/1000 eV)^0.6; one region per element (choose them with --blocks)."
    )
    var quantify = false

    @Flag(help: "All peaks share one width.")
    var sharedWidth = false

    @Option(help: "Hold a peak's centre fixed at this energy (eV; repeatable).")
    var fixCenter: [Double] = []

    @Option(help: "A run file or model file holding a peak-fitting network for the starting point (repeatable: several networks are averaged).")
    var `init`: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "The window positions each --init network sees, as shifts in points, comma-separated (0: as measured); each prediction is moved back and all are averaged (default: park2020-table1's).",
            valueName: "n,n,…"))
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
        if let peaks { guard peaks >= 1 else { throw ValidationError("--peaks: found \(peaks), expected at least 1") } }
        guard maxPeaks >= 1 else { throw ValidationError("--max-peaks: found \(maxPeaks), expected at least 1") }
        guard maxIterations >= 1 else { throw ValidationError("--max-iterations: found \(maxIterations), expected at least 1") }
        for (name, v) in [("--min-fwhm", minFwhm), ("--max-fwhm", maxFwhm)] {
            if let v { guard v > 0, v.isFinite else { throw ValidationError("\(name): found \(v), expected a positive width in eV") } }
        }
    }

    func run() throws {
        var s = FitSettings()
        s.shape = shape; s.lorentzianPercent = lorentzian; s.weights = weights; s.background = background; s.peaks = peaks
        s.sharedWidth = sharedWidth; s.fixedCenters = fixCenter; s.initModels = `init`.map { URL(fileURLWithPath: $0) }
        s.initAveraging = try networkAveraging(shifts: initShifts, option: "--init-shifts", mirror: !noInitMirror)
        s.maximumPeaks = maxPeaks; s.minimumFWHM = minFwhm; s.maximumFWHM = maxFwhm; s.maximumIterations = maxIterations
        s.blocks = blocks.selection; s.quantify = quantify
        try SpectrumFitting.fit(file: URL(fileURLWithPath: spectrum), settings: s, output: URL(fileURLWithPath: output))
    }
}
