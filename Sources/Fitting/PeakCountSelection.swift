import Foundation
import Spectra

/// One step of the peak-count search: the fit with `peakCount` peaks and its information criterion.
public struct PeakCountCandidate: Sendable {
    public let peakCount: Int
    /// Free parameters k of the fit.
    public let freeParameters: Int
    /// χ² = Σ wᵢ rᵢ² (nil when the fit failed).
    public let chiSquared: Double?
    /// BIC = N·ln(χ²/N) + k·ln N, as lmfit reports it (nil when the fit failed).
    public let bayesianInformationCriterion: Double?
    /// The fit (nil when it failed).
    public let result: FitResult?
    /// Why the fit failed (nil when it succeeded).
    public let failure: String?
}

/// The outcome of `PeakCountSearch.run`: every candidate tried, the chosen one and why.
public struct PeakCountSelection: Sendable {
    public let candidates: [PeakCountCandidate]
    /// Index into `candidates` of the chosen fit.
    public let chosenIndex: Int
    /// One sentence: why this number of peaks.
    public let reason: String

    public var chosen: PeakCountCandidate { candidates[chosenIndex] }
    /// The chosen fit.
    public var result: FitResult { candidates[chosenIndex].result! }
}

/// Chooses the number of peaks by the Bayesian information criterion, adding one peak at a time.
///
/// Start: no peak. Each step adds a peak where the smoothed residual (data − fit, moving average
/// of `smoothingPoints` points, weighted by √wᵢ to find the most significant feature) is largest;
/// its start height is the smoothed residual there, its FWHM the width of that feature at half its
/// height (at least 1.5 × the minimum FWHM). All peaks are then refitted from the previous optimum.
/// From the second peak on, every FWHM is kept ≥ `minimumRelativeFWHM` (default ½) × the FWHM of
/// the previous fit's strongest peak: the components of one region share the instrument's
/// broadening, and without this bound a noise spike 2–3 channels wide passes the BIC test in about
/// one of ten synthetic spectra (the position of the added peak is itself chosen, which BIC's
/// k·ln N does not count). Set it to 0 for the plain minimum FWHM.
/// The search goes on while BIC = N·ln(χ²/N) + k·ln N (G. Schwarz, Ann. Stat. 6, 461 (1978); the
/// form lmfit reports) decreases, and stops at `maximumPeaks`, at the first fit that fails (e.g. a
/// peak that ends with height 0) and when the residual has no positive feature left. The chosen
/// fit is the one with the lowest BIC. With `peakCount` given, peaks are added the same way up to
/// exactly that number (a failing fit is then an error).
public struct PeakCountSearch: Sendable {
    public var fitter: PeakFitter
    public var kind: PeakShapeKind
    public var background: BackgroundModel
    /// All peaks share one width.
    public var sharedWidth: Bool
    /// Most peaks tried.
    public var maximumPeaks: Int
    /// Moving-average window (odd) for locating the residual's largest feature, points.
    public var smoothingPoints: Int
    /// From the second peak on, no FWHM below this fraction of the previous fit's strongest peak's FWHM.
    public var minimumRelativeFWHM: Double

    public init(
        kind: PeakShapeKind, background: BackgroundModel, fitter: PeakFitter = PeakFitter(), sharedWidth: Bool = false,
        maximumPeaks: Int = 6, smoothingPoints: Int = 5, minimumRelativeFWHM: Double = 0.5
    ) {
        self.kind = kind
        self.background = background
        self.fitter = fitter
        self.sharedWidth = sharedWidth
        self.maximumPeaks = maximumPeaks
        self.smoothingPoints = smoothingPoints
        self.minimumRelativeFWHM = minimumRelativeFWHM
    }

    /// Runs the search on `intensities` (counts) over strictly monotonic `energies` (eV) with optional
    /// weights wᵢ (1/σᵢ²); `peakCount` fixes the number of peaks instead of choosing it.
    public func run(energies: [Double], intensities: [Double], weights: [Double]? = nil, peakCount: Int? = nil) throws -> PeakCountSelection {
        try checkData(energies: energies, intensities: intensities)
        guard maximumPeaks >= 1, smoothingPoints >= 1, smoothingPoints % 2 == 1 else {
            throw FittingError.invalidParameter(
                name: "peak-count search", found: "maximumPeaks \(maximumPeaks), smoothingPoints \(smoothingPoints)",
                expected: "maximumPeaks ≥ 1 and an odd smoothing window ≥ 1")
        }
        guard minimumRelativeFWHM.isFinite, minimumRelativeFWHM >= 0, minimumRelativeFWHM < 1 else {
            throw FittingError.invalidParameter(name: "minimumRelativeFWHM", found: "\(minimumRelativeFWHM)", expected: "a fraction in [0, 1)")
        }
        if let k = peakCount, k < 1 { throw FittingError.invalidParameter(name: "peakCount", found: "\(k)", expected: "≥ 1") }
        let target = peakCount ?? maximumPeaks
        let w = weights ?? [Double](repeating: 1, count: energies.count)
        let limits = try fitter.widthLimits.resolved(energies: energies)
        var residual = try initialResidual(energies: energies, intensities: intensities)
        var peaks = [PeakParameters]()
        var candidates = [PeakCountCandidate]()
        while peaks.count < target {
            guard let next = feature(in: residual, energies: energies, weights: w, minimumFWHM: limits.minimum) else { break }
            let start = peaks + [next]
            let model = try PeakModel(
                peaks: start.map { _ in PeakComponent(kind: kind, widthGroup: sharedWidth ? "all" : nil) },
                background: background)
            var candidateFitter = fitter
            if let previous = candidates.last?.result,
                let strongest = previous.peaks.indices.max(by: { previous.peaks[$0].height < previous.peaks[$1].height })
            {
                candidateFitter.widthLimits.minimumFWHM = max(limits.minimum, minimumRelativeFWHM * previous.fullWidths[strongest])
            }
            do {
                let r = try candidateFitter.fit(energies: energies, intensities: intensities, model: model, start: start, weights: weights)
                let n = Double(w.filter { $0 > 0 }.count), k = r.parameters.count
                let bic = n * log(r.chiSquared / n) + Double(k) * log(n)
                candidates.append(
                    PeakCountCandidate(
                        peakCount: start.count, freeParameters: k, chiSquared: r.chiSquared,
                        bayesianInformationCriterion: bic, result: r, failure: nil))
                peaks = r.peaks
                residual = r.residual
            } catch let error as FittingError where peakCount == nil && !candidates.isEmpty {
                candidates.append(
                    PeakCountCandidate(
                        peakCount: start.count, freeParameters: try model.layout(start: start).count,
                        chiSquared: nil, bayesianInformationCriterion: nil, result: nil,
                        failure: error.description))
                break
            }
            if peakCount == nil, candidates.count >= 2,
                let last = candidates[candidates.count - 1].bayesianInformationCriterion,
                let before = candidates[candidates.count - 2].bayesianInformationCriterion, last >= before
            {
                break
            }
        }
        guard !candidates.isEmpty else {
            throw FittingError.noPeakInWindow(background: background.name, netArea: 0, low: energies.min()!, high: energies.max()!)
        }
        if let k = peakCount, candidates.count < k {
            throw FittingError.invalidModel("asked for \(k) peaks, the residual shows no further positive feature after \(candidates.count)")
        }
        return selection(candidates, fixed: peakCount != nil)
    }

    /// The lowest-BIC candidate (or the last, for a fixed count) and the sentence saying why.
    func selection(_ candidates: [PeakCountCandidate], fixed: Bool) -> PeakCountSelection {
        let fitted = candidates.indices.filter { candidates[$0].bayesianInformationCriterion != nil }
        if fixed {
            return PeakCountSelection(
                candidates: candidates, chosenIndex: candidates.count - 1,
                reason: "\(candidates.count) peaks as asked, added one at a time at the residual's largest feature")
        }
        let best = fitted.min { candidates[$0].bayesianInformationCriterion! < candidates[$1].bayesianInformationCriterion! }!
        let count = candidates[best].peakCount
        let why: String
        if best + 1 < candidates.count, let next = candidates[best + 1].bayesianInformationCriterion {
            why = String(
                format: "%d peaks: BIC %.1f; %d peaks raise it to %.1f", count, candidates[best].bayesianInformationCriterion!,
                candidates[best + 1].peakCount, next)
        } else if best + 1 < candidates.count {
            why = "\(count) peaks: the fit with \(candidates[best + 1].peakCount) failed (\(candidates[best + 1].failure ?? ""))"
        } else if count >= maximumPeaks {
            why = String(
                format: "%d peaks: BIC %.1f, the most tried (maximum %d)", count, candidates[best].bayesianInformationCriterion!, maximumPeaks)
        } else {
            why = "\(count) peaks: the residual shows no further positive feature"
        }
        return PeakCountSelection(candidates: candidates, chosenIndex: best, reason: why)
    }

    /// Data minus the background estimated before any peak is fitted (a straight line through the
    /// end points for the fitted backgrounds).
    func initialResidual(energies: [Double], intensities: [Double]) throws -> [Double] {
        let fixed = try fitter.estimatedBackground(background, energies: energies, intensities: intensities)
        if let b = fixed { return zip(intensities, b).map { $0 - $1 } }
        if background == .none { return intensities }
        let descending = energies.count > 1 && energies[1] < energies[0]
        let e = descending ? energies.reversed() : energies, y = descending ? intensities.reversed() : intensities
        let line = try LinearBackground.estimate(energies: e, intensities: y, endPointCount: max(1, min(5, energies.count / 2)))
        let net = zip(y, line).map { $0 - $1 }
        return descending ? net.reversed() : net
    }

    /// Start values of a peak at the residual's most significant positive feature, or nil when there is none.
    func feature(in residual: [Double], energies: [Double], weights: [Double], minimumFWHM: Double) -> PeakParameters? {
        let smooth = PeakFinder.movingAverage(residual, smoothingPoints)
        var best: Int?
        for i in smooth.indices where smooth[i] > 0 && weights[i] > 0 {
            if best == nil || smooth[i] * weights[i].squareRoot() > smooth[best!] * weights[best!].squareRoot() { best = i }
        }
        guard let top = best else { return nil }
        let half = smooth[top] / 2
        var left = top, right = top
        while left > 0 && smooth[left - 1] > half { left -= 1 }
        while right < smooth.count - 1 && smooth[right + 1] > half { right += 1 }
        let measured = abs(energies[right] - energies[left]) + abs(energies[min(top + 1, energies.count - 1)] - energies[top])
        let fwhm = max(measured, 1.5 * minimumFWHM)
        let width = kind.width(forFWHM: fwhm) ?? kind.width(forFWHM: 1.5 * minimumFWHM) ?? fwhm
        return PeakParameters(center: energies[top], width: width, height: smooth[top])
    }
}
