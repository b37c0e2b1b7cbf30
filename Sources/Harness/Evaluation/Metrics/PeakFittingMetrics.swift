// Peak-fitting regression metrics (paper 1: Park et al., New Phys.: Sae Mulli 70, 920 (2020)).
//
// Shape legend: N = samples, n = peak slots (maxPeaks), T = 1 + 3n targets per sample.
// targets, predictions [N, T], each row [count, centre₁…centreₙ, amplitude₁…amplitudeₙ,
// width₁…widthₙ]; slots beyond the true count hold 0 in the targets.
// Centres and widths are in the generator's axis units (paper 1: x ∈ [0, 15], 1 unit = 4/3 eV),
// amplitudes in the spectrum's intensity units; every error is in the units of its target.
//
// A slot j (0-based) is counted iff j < the TRUE peak count of that sample: a missed or extra
// predicted peak shows in the count accuracy, not as an error against a zero placeholder.

import Tensors

/// Where each quantity sits in a peak-fitting target row of n slots.
public struct PeakParameterLayout: Codable, Equatable, Sendable {
    /// n, the number of peak slots.
    public var maxPeaks: Int

    public init(maxPeaks: Int) {
        precondition(maxPeaks >= 1, "peak layout: maxPeaks must be at least 1, got \(maxPeaks)")
        self.maxPeaks = maxPeaks
    }

    /// T = 1 + 3n, the length of one row.
    public var rowLength: Int { 1 + 3 * maxPeaks }
    /// Column of the peak count.
    public var countColumn: Int { 0 }
    /// Column of `quantity` in slot `slot` (0-based); the count has no slots.
    public func column(_ quantity: PeakQuantity, slot: Int) -> Int {
        precondition((0..<maxPeaks).contains(slot), "peak layout: slot \(slot) outside 0..<\(maxPeaks)")
        switch quantity {
        case .count: return 0
        case .centre: return 1 + slot
        case .amplitude: return 1 + maxPeaks + slot
        case .width: return 1 + 2 * maxPeaks + slot
        }
    }
}

/// The quantities a peak-fitting model predicts.
public enum PeakQuantity: String, Codable, CaseIterable, Sendable {
    /// Number of peaks (1–3 in paper 1).
    case count
    /// Peak centre ω₀.
    case centre
    /// Peak amplitude I₀.
    case amplitude
    /// Peak width w.
    case width
}

/// Peak-count accuracy and per-target MAE and RMSE of a peak-fitting model.
///
/// - peak-count accuracy = #{i : round(ĉᵢ) = cᵢ} / N, round half away from zero (2.5 → 3)
/// - "count": MAE and RMSE of the raw predicted count over all N samples
/// - "centre", "amplitude", "width": MAE and RMSE pooled over the used slots of all samples,
///   n_q = Σᵢ cᵢ values: mae = (1/n_q) Σᵢ Σ_{j<cᵢ} |ŷᵢⱼ − yᵢⱼ|, rmse likewise
/// - per slot ("centre1" … "width3", 1-based like the peaks): the same over the samples with
///   at least j + 1 true peaks; nil when no sample has that many
public struct PeakFittingMetrics: Codable, Equatable, Sendable {
    /// N, the number of samples.
    public var sampleCount: Int
    /// n, the number of peak slots.
    public var maxPeaks: Int
    /// Fraction of samples whose rounded predicted count equals the true count.
    public var peakCountAccuracy: Double
    /// "count", "centre", "amplitude", "width", in that order.
    public var errors: [TargetError]
    /// "centre1"…"centreN", "amplitude1"…, "width1"… (slots 1-based).
    public var slotErrors: [TargetError]

    /// Computes the metrics of predictions [N, 1 + 3n] against targets [N, 1 + 3n].
    ///
    /// - Throws: `MetricsError.emptyInput` for N = 0; `.nonFiniteValue` for NaN or ±∞;
    ///   `.unexpectedValue` for a true count that is not a whole number in 0...n or a
    ///   non-zero target in an unused slot (a sign the layout is not the one assumed).
    /// - Precondition: both tensors have shape [N, 1 + 3·maxPeaks].
    public init(targets: Tensor, predictions: Tensor, maxPeaks: Int) throws {
        let rows = try PeakRows(
            targets: targets, predictions: predictions, maxPeaks: maxPeaks,
            metric: "peak-fitting metrics")
        let summary = rows.summarize(rows.trueCounts.indices)
        sampleCount = rows.trueCounts.count
        self.maxPeaks = maxPeaks
        peakCountAccuracy = summary.peakCountAccuracy!
        errors = summary.errors
        slotErrors = summary.slotErrors
    }

    /// The pooled error of one quantity.
    public func error(_ quantity: PeakQuantity) -> TargetError {
        errors.first { $0.name == quantity.rawValue }!
    }
}

/// Peak-fitting errors binned by a per-sample scalar, e.g. minimum peak separation ÷ width.
///
/// Bins are [e₀, e₁), [e₁, e₂), …, [e_{m−1}, e_m] — half-open except the last, which includes
/// its upper edge (numpy.histogram's convention). Edges may be ±∞ (a one-peak spectrum has no
/// separation: give it +∞ and a last edge of +∞). Samples outside [e₀, e_m] are not dropped
/// silently: they are counted in `belowRange` and `aboveRange`.
public struct BinnedPeakErrors: Codable, Equatable, Sendable {
    /// What the samples are binned by, as the caller named it.
    public var binnedBy: String
    /// The m + 1 bin edges, strictly increasing.
    public var binEdges: [Double]
    /// The m bins, in edge order.
    public var bins: [PeakErrorBin]
    /// Samples whose value is < e₀.
    public var belowRange: Int
    /// Samples whose value is > e_m.
    public var aboveRange: Int

    /// Bins the samples by `values` (one per sample) and computes the metrics of each bin.
    ///
    /// - Throws: as `PeakFittingMetrics.init`; `.invalidArgument` for fewer than 2 edges, edges
    ///   not strictly increasing, or a NaN edge; `.nonFiniteValue` for a NaN value (±∞ allowed).
    /// - Precondition: one value per sample; tensors of shape [N, 1 + 3·maxPeaks].
    public init(
        targets: Tensor, predictions: Tensor, maxPeaks: Int,
        binnedBy name: String, values: [Double], binEdges: [Double]
    ) throws {
        let metric = "binned peak-fitting metrics"
        precondition(
            values.count == targets.shape.first,
            "\(metric): \(values.count) binning values for \(targets.shape.first ?? 0) samples")
        guard binEdges.count >= 2 else {
            throw MetricsError.invalidArgument(
                metric: metric, argument: "binEdges", found: "\(binEdges)",
                expected: "at least 2 edges")
        }
        guard !binEdges.contains(where: \.isNaN), zip(binEdges, binEdges.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw MetricsError.invalidArgument(
                metric: metric, argument: "binEdges", found: "\(binEdges)",
                expected: "strictly increasing numbers")
        }
        let rows = try PeakRows(targets: targets, predictions: predictions, maxPeaks: maxPeaks, metric: metric)
        if let i = values.firstIndex(where: \.isNaN) {
            throw MetricsError.nonFiniteValue(metric: metric, input: name, sample: i, column: 0, found: "nan")
        }
        let binCount = binEdges.count - 1
        var members = [[Int]](repeating: [], count: binCount)
        var below = 0, above = 0
        for (i, v) in values.enumerated() {
            if v < binEdges[0] { below += 1; continue }
            if v > binEdges[binCount] { above += 1; continue }
            // Last edge ≤ v: the last bin (closed); otherwise the bin whose upper edge is the first > v.
            let b = binEdges.firstIndex { v < $0 }.map { $0 - 1 } ?? binCount - 1
            members[b].append(i)
        }
        binnedBy = name
        self.binEdges = binEdges
        bins = (0..<binCount).map { b in
            let s = rows.summarize(members[b])
            return PeakErrorBin(
                lower: binEdges[b], upper: binEdges[b + 1], sampleCount: members[b].count,
                peakCountAccuracy: s.peakCountAccuracy, errors: s.errors)
        }
        belowRange = below
        aboveRange = above
    }
}

/// The peak-fitting metrics of the samples in one bin.
public struct PeakErrorBin: Codable, Equatable, Sendable {
    /// Lower edge (included).
    public var lower: Double
    /// Upper edge (excluded, except for the last bin).
    public var upper: Double
    /// Samples in the bin.
    public var sampleCount: Int
    /// Fraction of the bin's samples with the right rounded count; nil for an empty bin.
    public var peakCountAccuracy: Double?
    /// "count", "centre", "amplitude", "width" over the bin's samples (nil errors when empty).
    public var errors: [TargetError]

    public init(lower: Double, upper: Double, sampleCount: Int, peakCountAccuracy: Double?, errors: [TargetError]) {
        self.lower = lower
        self.upper = upper
        self.sampleCount = sampleCount
        self.peakCountAccuracy = peakCountAccuracy
        self.errors = errors
    }

    /// The error of one quantity in this bin.
    public func error(_ quantity: PeakQuantity) -> TargetError {
        errors.first { $0.name == quantity.rawValue }!
    }
}

/// Validated peak-fitting rows, shared by the plain and the binned metrics.
struct PeakRows {
    let layout: PeakParameterLayout
    let targets: [Float]
    let predictions: [Float]
    /// The true peak count of each sample.
    let trueCounts: [Int]

    init(targets: Tensor, predictions: Tensor, maxPeaks: Int, metric: String) throws {
        let layout = PeakParameterLayout(maxPeaks: maxPeaks)
        let t = layout.rowLength
        precondition(
            targets.shape == predictions.shape,
            "\(metric): targets \(targets.shape) and predictions \(predictions.shape) differ in shape")
        let (n, columns) = MetricsCheck.matrixShape(targets.shape, "targets", metric)
        precondition(columns == t, "\(metric): rows have \(columns) values, expected 1 + 3·\(maxPeaks) = \(t)")
        guard n > 0 else { throw MetricsError.emptyInput(metric: metric, input: "targets") }
        try MetricsCheck.finite(targets.scalars, columns: t, "targets", metric)
        try MetricsCheck.finite(predictions.scalars, columns: t, "predictions", metric)
        var counts: [Int] = []
        counts.reserveCapacity(n)
        for i in 0..<n {
            let c = targets.scalars[i * t]
            guard c.rounded() == c, (0...Float(maxPeaks)).contains(c) else {
                throw MetricsError.unexpectedValue(
                    metric: metric, input: "targets", sample: i, column: 0,
                    found: "\(c)", expected: "a whole peak count in 0...\(maxPeaks)")
            }
            let count = Int(c)
            for quantity in [PeakQuantity.centre, .amplitude, .width] {
                for slot in count..<maxPeaks where targets.scalars[i * t + layout.column(quantity, slot: slot)] != 0 {
                    let column = layout.column(quantity, slot: slot)
                    throw MetricsError.unexpectedValue(
                        metric: metric, input: "targets", sample: i, column: column,
                        found: "\(targets.scalars[i * t + column])",
                        expected: "0 in \(quantity.rawValue) slot \(slot + 1), unused with \(count) peak(s)")
                }
            }
            counts.append(count)
        }
        self.layout = layout
        self.targets = targets.scalars
        self.predictions = predictions.scalars
        trueCounts = counts
    }

    /// Count accuracy and errors over the samples `indices` (any subset, possibly empty).
    func summarize<S: Sequence>(_ indices: S) -> (peakCountAccuracy: Double?, errors: [TargetError], slotErrors: [TargetError])
    where S.Element == Int {
        let t = layout.rowLength, n = layout.maxPeaks
        let quantities: [PeakQuantity] = [.centre, .amplitude, .width]
        var countError = ErrorAccumulator()
        var pooled = [ErrorAccumulator](repeating: ErrorAccumulator(), count: quantities.count)
        var perSlot = [[ErrorAccumulator]](
            repeating: [ErrorAccumulator](repeating: ErrorAccumulator(), count: n),
            count: quantities.count)
        var samples = 0, rightCounts = 0
        for i in indices {
            let row = i * t
            let predictedCount = Double(predictions[row])
            samples += 1
            if predictedCount.rounded(.toNearestOrAwayFromZero) == Double(trueCounts[i]) { rightCounts += 1 }
            countError.add(predicted: predictedCount, target: Double(trueCounts[i]))
            for (q, quantity) in quantities.enumerated() {
                for slot in 0..<trueCounts[i] {
                    let column = row + layout.column(quantity, slot: slot)
                    let (p, y) = (Double(predictions[column]), Double(targets[column]))
                    pooled[q].add(predicted: p, target: y)
                    perSlot[q][slot].add(predicted: p, target: y)
                }
            }
        }
        let errors =
            [countError.targetError(PeakQuantity.count.rawValue)]
            + quantities.indices.map { pooled[$0].targetError(quantities[$0].rawValue) }
        let slotErrors = quantities.indices.flatMap { q in
            (0..<n).map { perSlot[q][$0].targetError("\(quantities[q].rawValue)\($0 + 1)") }
        }
        return (samples == 0 ? nil : Double(rightCounts) / Double(samples), errors, slotErrors)
    }
}
