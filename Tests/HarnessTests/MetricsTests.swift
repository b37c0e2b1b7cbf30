import Foundation
import Testing
import Tensors
@testable import Harness

/// |a − b| ≤ tolerance, false for nil.
private func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

private func matrix(_ rows: [[Float]]) -> Tensor {
    Tensor(shape: [rows.count, rows.first?.count ?? 0], scalars: rows.flatMap { $0 })
}

// MARK: - Multi-label

@Suite struct MultiLabelMetricsTests {
    // 4 samples, 3 classes; class 2 never occurs in the labels.
    let labels = matrix([[1, 0, 0], [1, 1, 0], [0, 1, 0], [1, 0, 0]])
    // Decisions (logit > 0): [1,0,0] right; [1,0,0] misses class 1; [1,1,0] extra class 0
    // (logit exactly 0 is absent); [0,0,1] misses class 0 and adds class 2.
    let logits = matrix([[2, -1, -3], [0.5, -0.2, -1], [1, 3, 0], [-1, -2, 0.1]])

    @Test func handComputedExample() throws {
        let m = try MultiLabelMetrics(predictions: logits, labels: labels, scores: .logits)
        #expect(m.sampleCount == 4 && m.classCount == 3)
        #expect(m.truePositives == [2, 1, 0])
        #expect(m.falsePositives == [1, 0, 1])
        #expect(m.falseNegatives == [1, 1, 0])
        #expect(m.trueNegatives == [0, 2, 3])
        #expect(m.support == [3, 2, 0])
        #expect(m.absentClasses == [2])
        #expect(close(m.exactMatchAccuracy, 1.0 / 4))
        #expect(close(m.microF1, 6.0 / 10))  // 2·3 / (2·3 + 2 + 2)
        #expect(close(m.macroF1, 2.0 / 3))  // mean(4/6, 2/3) over classes 0 and 1
        #expect(close(m.hammingLoss, 4.0 / 12))
        #expect(close(m.sensitivity[0], 2.0 / 3) && close(m.sensitivity[1], 0.5) && m.sensitivity[2] == nil)
        #expect(close(m.precision[0], 2.0 / 3) && close(m.precision[1], 1) && close(m.precision[2], 0))
        #expect(close(m.f1[0], 2.0 / 3) && close(m.f1[1], 2.0 / 3) && close(m.f1[2], 0))
    }

    @Test func probabilitiesGiveTheSameDecisionsAsLogits() throws {
        let probabilities = Tensor(shape: logits.shape, scalars: logits.scalars.map { 1 / (1 + exp(-$0)) })
        #expect(probabilities.scalars[8] == 0.5)  // the logit-0 entry: exactly 0.5, absent
        let fromLogits = try MultiLabelMetrics(predictions: logits, labels: labels, scores: .logits)
        let fromProbabilities = try MultiLabelMetrics(predictions: probabilities, labels: labels, scores: .probabilities)
        #expect(fromLogits == fromProbabilities)
    }

    @Test func allCorrect() throws {
        let m = try MultiLabelMetrics(predictions: labels.scaledLogits, labels: labels, scores: .logits)
        #expect(m.exactMatchAccuracy == 1 && m.hammingLoss == 0)
        #expect(m.microF1 == 1 && m.macroF1 == 1)
        #expect(m.sensitivity == [1, 1, nil] && m.precision == [1, 1, nil])
    }

    @Test func allWrong() throws {
        let inverted = Tensor(shape: labels.shape, scalars: labels.scalars.map { 1 - $0 })
        let m = try MultiLabelMetrics(predictions: inverted.scaledLogits, labels: labels, scores: .logits)
        #expect(m.exactMatchAccuracy == 0 && m.hammingLoss == 1)
        #expect(m.microF1 == 0 && m.macroF1 == 0)
        #expect(m.sensitivity == [0, 0, nil] && m.precision == [0, 0, 0])
    }

    @Test func noPositivesAnywhereLeavesF1Undefined() throws {
        let zeros = Tensor(shape: [2, 3])
        let m = try MultiLabelMetrics(predictions: Tensor(shape: [2, 3], repeating: -1), labels: zeros, scores: .logits)
        #expect(m.exactMatchAccuracy == 1)
        #expect(m.microF1 == nil && m.macroF1 == nil)
        #expect(m.absentClasses == [0, 1, 2])
        #expect(m.sensitivity == [nil, nil, nil] && m.precision == [nil, nil, nil] && m.f1 == [nil, nil, nil])
    }

    @Test func badInputThrowsWithPosition() {
        #expect(throws: MetricsError.emptyInput(metric: "multi-label metrics", input: "predictions")) {
            try MultiLabelMetrics(predictions: Tensor(shape: [0, 40]), labels: Tensor(shape: [0, 40]), scores: .logits)
        }
        var badLabels = labels
        badLabels[2, 1] = 0.5
        #expect(
            throws: MetricsError.unexpectedValue(
                metric: "multi-label metrics", input: "labels", sample: 2, column: 1,
                found: "0.5", expected: "0 or 1")
        ) {
            try MultiLabelMetrics(predictions: logits, labels: badLabels, scores: .logits)
        }
        var nanLogits = logits
        nanLogits[3, 2] = .nan
        #expect(
            throws: MetricsError.nonFiniteValue(
                metric: "multi-label metrics", input: "predictions", sample: 3,
                column: 2, found: "nan")
        ) {
            try MultiLabelMetrics(predictions: nanLogits, labels: labels, scores: .logits)
        }
        // Logits passed as probabilities are caught, not clamped.
        #expect(throws: MetricsError.self) {
            try MultiLabelMetrics(predictions: logits, labels: labels, scores: .probabilities)
        }
        let error = MetricsError.unexpectedValue(
            metric: "multi-label metrics", input: "labels", sample: 2, column: 1,
            found: "0.5", expected: "0 or 1")
        #expect(error.description.contains("sample 2, column 1") && error.description.contains("expected 0 or 1"))
    }

    /// Micro F1, macro F1, exact match and Hamming loss against a direct recount with other formulas
    /// (F1 = 2PR / (P + R)) on random data of the paper's width (40 classes).
    @Test func randomizedCrossCheck() throws {
        var rng = SeededRandom(seed: 20_260_305)
        for trial in 0..<20 {
            let n = 1 + Int(rng.next() % 200), k = 40
            let positiveRate = Double(trial % 5 + 1) / 10
            let truth = (0..<n * k).map { _ in Double(rng.next() % 1000) / 1000 < positiveRate }
            // Predictions agree with the truth 80 % of the time.
            let logits = truth.map { t -> Float in
                let agree = rng.next() % 5 != 0
                let magnitude = Float(rng.next() % 1000 + 1) / 100
                return (t == agree) ? magnitude : -magnitude
            }
            let m = try MultiLabelMetrics(
                predictions: Tensor(shape: [n, k], scalars: logits),
                labels: Tensor(shape: [n, k], scalars: truth.map { $0 ? 1 : 0 }),
                scores: .logits)
            var tp = 0, fp = 0, fn = 0, exact = 0
            var classF1: [Double] = []
            for j in 0..<k {
                let column = (0..<n).map { (truth[$0 * k + j], logits[$0 * k + j] > 0) }
                let ctp = column.filter { $0.0 && $0.1 }.count
                let cfp = column.filter { !$0.0 && $0.1 }.count
                let cfn = column.filter { $0.0 && !$0.1 }.count
                tp += ctp; fp += cfp; fn += cfn
                if ctp + cfn > 0 {
                    let p = ctp + cfp == 0 ? 0 : Double(ctp) / Double(ctp + cfp)
                    let r = Double(ctp) / Double(ctp + cfn)
                    classF1.append(p + r == 0 ? 0 : 2 * p * r / (p + r))
                }
            }
            for i in 0..<n where (0..<k).allSatisfy({ truth[i * k + $0] == (logits[i * k + $0] > 0) }) { exact += 1 }
            let precision = Double(tp) / Double(tp + fp), recall = Double(tp) / Double(tp + fn)
            #expect(close(m.microF1, 2 * precision * recall / (precision + recall), 1e-12), "trial \(trial)")
            #expect(close(m.macroF1, classF1.reduce(0, +) / Double(classF1.count), 1e-12), "trial \(trial)")
            #expect(close(m.exactMatchAccuracy, Double(exact) / Double(n)), "trial \(trial)")
            #expect(close(m.hammingLoss, Double(fp + fn) / Double(n * k)), "trial \(trial)")
        }
    }

    @Test func codableRoundTripKeepsNilsAndNames() throws {
        let m = try MultiLabelMetrics(predictions: logits, labels: labels, scores: .logits)
        let data = try JSONEncoder().encode(m)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"exactMatchAccuracy\"") && text.contains("\"absentClasses\""))
        #expect(try JSONDecoder().decode(MultiLabelMetrics.self, from: data) == m)
    }
}

private extension Tensor {
    /// 0/1 labels turned into confident logits (+5 / −5).
    var scaledLogits: Tensor { Tensor(shape: shape, scalars: scalars.map { $0 == 1 ? 5 : -5 }) }
}

// MARK: - Single-label

@Suite struct ClassificationMetricsTests {
    // 6 samples, 4 classes; class 3 never occurs. Sample 3 ties classes 0 and 1: argmax takes 0.
    let labels = [0, 0, 1, 1, 2, 2]
    let logits = matrix([[3, 1, 0, 0], [1, 2, 0, 0], [0, 5, 1, 0], [2, 2, 0, 0], [0, 3, 1, 2], [0, 4, 1, 0]])

    @Test func handComputedExample() throws {
        let m = try ClassificationMetrics(logits: logits, labels: labels, topK: [1, 2, 3, 4])
        #expect(try ClassificationMetrics.predictedClasses(logits: logits) == [0, 1, 1, 0, 1, 1])
        #expect(close(m.accuracy, 2.0 / 6))
        #expect(m.support == [2, 2, 2, 0])
        #expect(m.absentClasses == [3])
        #expect(m.perClassAccuracy == [0.5, 0.5, 0, nil])
        #expect(m.confusion.counts == [[1, 1, 0, 0], [1, 1, 0, 0], [0, 2, 0, 0], [0, 0, 0, 0]])
        #expect(m.confusion.columnTotals == [2, 4, 0, 0])
        #expect(m.topKAccuracy.map(\.k) == [1, 2, 3, 4])
        #expect(close(m.topKAccuracy[0].accuracy, 2.0 / 6))
        #expect(close(m.topKAccuracy[1].accuracy, 5.0 / 6))  // sample 4 ranks its label third
        #expect(m.topKAccuracy[2].accuracy == 1 && m.topKAccuracy[3].accuracy == 1)
        #expect(
            m.dominantConfusions == [
                ConfusionPair(trueClass: 2, predictedClass: 1, count: 2, shareOfErrors: 0.5),
                ConfusionPair(trueClass: 0, predictedClass: 1, count: 1, shareOfErrors: 0.25),
                ConfusionPair(trueClass: 1, predictedClass: 0, count: 1, shareOfErrors: 0.25)
            ])
        #expect(m.confusion.dominantConfusionPairs(limit: 1).count == 1)
        #expect(try ClassificationMetrics.topKAccuracy(logits: logits, labels: labels, k: 1) == m.accuracy)
    }

    @Test func allCorrectAndAllWrong() throws {
        let right = try ClassificationMetrics(logits: logits, labels: [0, 1, 1, 0, 1, 1], topK: [1])
        #expect(right.accuracy == 1 && right.topKAccuracy[0].accuracy == 1)
        #expect(right.dominantConfusions.isEmpty && right.confusion.errors == 0)
        let wrong = try ClassificationMetrics(logits: logits, labels: [3, 3, 2, 2, 0, 0])
        #expect(wrong.accuracy == 0 && wrong.perClassAccuracy == [0, nil, 0, 0])
        #expect(close(wrong.dominantConfusions.map(\.shareOfErrors).reduce(0, +), 1, 1e-12))
        #expect(wrong.dominantConfusions.first == ConfusionPair(trueClass: 0, predictedClass: 1, count: 2, shareOfErrors: 2.0 / 6))
    }

    @Test func badInputThrows() {
        #expect(
            throws: MetricsError.unexpectedValue(
                metric: "classification", input: "labels", sample: 5, column: 0,
                found: "4", expected: "a class index in 0..<4")
        ) {
            try ClassificationMetrics(logits: logits, labels: [0, 0, 1, 1, 2, 4])
        }
        #expect(
            throws: MetricsError.invalidArgument(
                metric: "top-k accuracy", argument: "k", found: "5",
                expected: "a whole number in 1...4 (the class count)")
        ) {
            try ClassificationMetrics(logits: logits, labels: labels, topK: [5])
        }
        #expect(throws: MetricsError.self) { try ClassificationMetrics.topKAccuracy(logits: logits, labels: labels, k: 0) }
        #expect(throws: MetricsError.emptyInput(metric: "classification", input: "logits")) {
            try ClassificationMetrics(logits: Tensor(shape: [0, 4]), labels: [])
        }
        var nan = logits
        nan[1, 3] = .infinity
        #expect(
            throws: MetricsError.nonFiniteValue(
                metric: "classification", input: "logits", sample: 1, column: 3,
                found: "inf")
        ) {
            try ClassificationMetrics(logits: nan, labels: labels)
        }
    }
}

// MARK: - Regression

@Suite struct PeakFittingMetricsTests {
    // maxPeaks 2: [count, centre1, centre2, amplitude1, amplitude2, width1, width2].
    let targets = matrix([
        [1, 5, 0, 1.0, 0, 1.0, 0],
        [2, 4, 8, 0.5, 1.0, 0.5, 1.5]
    ])
    // Sample 0: count 1.4 → 1 (right); its second slot (9, 0.3, 0.7) is not counted.
    // Sample 1: count 2.5 → 3 (half away from zero: wrong).
    let predictions = matrix([
        [1.4, 5.5, 9, 0.8, 0.3, 1.0, 0.7],
        [2.5, 3, 8.5, 0.5, 0.5, 0.75, 1.5]
    ])

    @Test func handComputedExample() throws {
        let m = try PeakFittingMetrics(targets: targets, predictions: predictions, maxPeaks: 2)
        let tolerance = 1e-6  // inputs are Float32
        #expect(m.peakCountAccuracy == 0.5)
        #expect(m.errors.map(\.name) == ["count", "centre", "amplitude", "width"])
        #expect(m.error(.count).valueCount == 2 && m.error(.centre).valueCount == 3)
        #expect(close(m.error(.count).mae, (0.4 + 0.5) / 2, tolerance))
        #expect(close(m.error(.count).rmse, ((0.16 + 0.25) / 2).squareRoot(), tolerance))
        #expect(close(m.error(.centre).mae, (0.5 + 1 + 0.5) / 3, tolerance))
        #expect(close(m.error(.centre).rmse, ((0.25 + 1 + 0.25) / 3).squareRoot(), tolerance))
        #expect(close(m.error(.amplitude).mae, (0.2 + 0 + 0.5) / 3, tolerance))
        #expect(close(m.error(.amplitude).rmse, ((0.04 + 0 + 0.25) / 3).squareRoot(), tolerance))
        #expect(close(m.error(.width).mae, (0 + 0.25 + 0) / 3, tolerance))
        #expect(close(m.error(.width).rmse, (0.0625 / 3).squareRoot(), tolerance))
        #expect(m.slotErrors.map(\.name) == ["centre1", "centre2", "amplitude1", "amplitude2", "width1", "width2"])
        #expect(m.slotErrors.map(\.valueCount) == [2, 1, 2, 1, 2, 1])
        #expect(close(m.slotErrors[0].mae, 0.75, tolerance) && close(m.slotErrors[1].mae, 0.5, tolerance))
        #expect(close(m.slotErrors[2].mae, 0.1, tolerance) && close(m.slotErrors[3].mae, 0.5, tolerance))
        #expect(close(m.slotErrors[4].mae, 0.125, tolerance) && close(m.slotErrors[5].mae, 0, tolerance))
    }

    @Test func layoutColumns() {
        let layout = PeakParameterLayout(maxPeaks: 3)
        #expect(layout.rowLength == 10)
        #expect(
            layout.column(.centre, slot: 0) == 1 && layout.column(.amplitude, slot: 2) == 6
                && layout.column(.width, slot: 1) == 8)
    }

    @Test func perfectPredictionHasZeroErrors() throws {
        let m = try PeakFittingMetrics(targets: targets, predictions: targets, maxPeaks: 2)
        #expect(m.peakCountAccuracy == 1)
        #expect(m.errors.allSatisfy { $0.mae == 0 && $0.rmse == 0 })
    }

    @Test func binnedByScalar() throws {
        // Rows: s0, s1, s0, s1, s1 with values 3 (→ bin 1), 0 (→ bin 0), 6 (last edge, closed → bin 1),
        // 7 (above), −1 (below).
        let rows = [0, 1, 0, 1, 1]
        let t = matrix(rows.map { Array(targets.scalars[($0 * 7)..<($0 * 7 + 7)]) })
        let p = matrix(rows.map { Array(predictions.scalars[($0 * 7)..<($0 * 7 + 7)]) })
        let b = try BinnedPeakErrors(
            targets: t, predictions: p, maxPeaks: 2, binnedBy: "separationOverWidth",
            values: [3, 0, 6, 7, -1], binEdges: [0, 3, 6])
        #expect(b.belowRange == 1 && b.aboveRange == 1)
        #expect(b.bins.map(\.sampleCount) == [1, 2])
        #expect(b.bins.map(\.lower) == [0, 3] && b.bins.map(\.upper) == [3, 6])
        #expect(b.bins[0].peakCountAccuracy == 0 && b.bins[1].peakCountAccuracy == 1)
        #expect(close(b.bins[0].error(.centre).mae, (1 + 0.5) / 2, 1e-6))
        #expect(close(b.bins[1].error(.centre).mae, 0.5, 1e-6) && b.bins[1].error(.centre).valueCount == 2)
        #expect(close(b.bins[1].error(.amplitude).mae, 0.2, 1e-6))
        #expect(close(b.bins[1].error(.count).mae, 0.4, 1e-6))
    }

    @Test func binsWithInfiniteEdgesAndEmptyBins() throws {
        let all = try PeakFittingMetrics(targets: targets, predictions: predictions, maxPeaks: 2)
        // One-peak spectra have no separation: +∞, caught by a last edge of +∞.
        let b = try BinnedPeakErrors(
            targets: targets, predictions: predictions, maxPeaks: 2, binnedBy: "s",
            values: [.infinity, 1], binEdges: [-.infinity, 5, 10, .infinity])
        #expect(b.bins.map(\.sampleCount) == [1, 0, 1] && b.belowRange == 0 && b.aboveRange == 0)
        #expect(b.bins[1].peakCountAccuracy == nil)
        #expect(b.bins[1].errors.allSatisfy { $0.valueCount == 0 && $0.mae == nil && $0.rmse == nil })
        // One bin over everything reproduces the unbinned metrics.
        let one = try BinnedPeakErrors(
            targets: targets, predictions: predictions, maxPeaks: 2, binnedBy: "s",
            values: [.infinity, 1], binEdges: [-.infinity, .infinity])
        #expect(one.bins[0].errors == all.errors && one.bins[0].peakCountAccuracy == all.peakCountAccuracy)
    }

    @Test func badInputThrows() {
        let metric = "peak-fitting metrics"
        var fractional = targets
        fractional[1, 0] = 1.5
        #expect(
            throws: MetricsError.unexpectedValue(
                metric: metric, input: "targets", sample: 1, column: 0,
                found: "1.5", expected: "a whole peak count in 0...2")
        ) {
            try PeakFittingMetrics(targets: fractional, predictions: predictions, maxPeaks: 2)
        }
        var tooMany = targets
        tooMany[0, 0] = 3
        #expect(throws: MetricsError.self) { try PeakFittingMetrics(targets: tooMany, predictions: predictions, maxPeaks: 2) }
        var unusedSlot = targets
        unusedSlot[0, 6] = 0.4  // width2 of a one-peak spectrum
        #expect(
            throws: MetricsError.unexpectedValue(
                metric: metric, input: "targets", sample: 0, column: 6, found: "0.4",
                expected: "0 in width slot 2, unused with 1 peak(s)")
        ) {
            try PeakFittingMetrics(targets: unusedSlot, predictions: predictions, maxPeaks: 2)
        }
        #expect(throws: MetricsError.emptyInput(metric: metric, input: "targets")) {
            try PeakFittingMetrics(targets: Tensor(shape: [0, 7]), predictions: Tensor(shape: [0, 7]), maxPeaks: 2)
        }
        #expect(
            throws: MetricsError.invalidArgument(
                metric: "binned peak-fitting metrics", argument: "binEdges",
                found: "[1.0, 1.0]", expected: "strictly increasing numbers")
        ) {
            try BinnedPeakErrors(
                targets: targets, predictions: predictions, maxPeaks: 2, binnedBy: "s",
                values: [1, 1], binEdges: [1, 1])
        }
        #expect(
            throws: MetricsError.nonFiniteValue(
                metric: "binned peak-fitting metrics", input: "s", sample: 1,
                column: 0, found: "nan")
        ) {
            try BinnedPeakErrors(
                targets: targets, predictions: predictions, maxPeaks: 2, binnedBy: "s",
                values: [1, .nan], binEdges: [0, 2])
        }
    }
}

@Suite struct RegressionMetricsTests {
    @Test func vectorErrors() throws {
        #expect(try meanAbsoluteError(predicted: [1.0, 2, 3], target: [2.0, 2, 5]) == 1)
        #expect(close(try rootMeanSquaredError(predicted: [1.0, 2, 3], target: [2.0, 2, 5]), (5.0 / 3).squareRoot()))
        #expect(try meanAbsoluteError(predicted: [Float(0.5), 1.5], target: [Float(1), 1]) == 0.5)
        #expect(throws: MetricsError.emptyInput(metric: "mean absolute error", input: "predicted")) {
            try meanAbsoluteError(predicted: [Double](), target: [Double]())
        }
        #expect(
            throws: MetricsError.nonFiniteValue(
                metric: "root-mean-square error", input: "target", sample: 0,
                column: 2, found: "nan")
        ) {
            try rootMeanSquaredError(predicted: [1.0, 2, 3], target: [1.0, 2, .nan])
        }
    }

    @Test func quantificationInAtomicPercent() throws {
        let target = matrix([[0.5, 0.5, 0], [1, 0, 0]])
        let predicted = matrix([[0.3, 0.6, 0.1], [0.8, 0.1, 0.1]])  // |Δ| = [.2 .1 .1], [.2 .1 .1]
        let m = try QuantificationMetrics(predictedFractions: predicted, targetFractions: target)
        let tolerance = 1e-5
        #expect(m.sampleCount == 2 && m.elementCount == 3)
        #expect(close(m.maeAtomicPercent, 100 * 0.8 / 6, tolerance))
        #expect(close(m.rmseAtomicPercent, 100 * (0.12 / 6).squareRoot(), tolerance))
        #expect(close(m.maeOverPresentAtomicPercent, 100 * (0.2 + 0.1 + 0.2) / 3, tolerance))
        #expect(zip(m.perElementMAEAtomicPercent, [20.0, 10, 10]).allSatisfy { close($0, $1, tolerance) })
        // At.% passed where fractions are expected is caught.
        #expect(
            throws: MetricsError.unexpectedValue(
                metric: "quantification", input: "targetFractions", sample: 0,
                column: 0, found: "50.0", expected: "an atomic fraction in [0, 1] (not at.%)")
        ) {
            try QuantificationMetrics(predictedFractions: predicted, targetFractions: matrix([[50, 50, 0], [100, 0, 0]]))
        }
    }
}

// MARK: - Summaries

@Suite struct SummaryMetricsTests {
    @Test func meanAndSampleStandardDeviation() throws {
        let s = try Summary([80.0, 82, 84])
        #expect(s == Summary(mean: 82, sd: 2, n: 3))  // √((4 + 0 + 4) / 2)
        #expect(s.formatted() == "82.0 ± 2.0")
        let accuracy = try Summary([0.815, 0.803, 0.827]).scaled(by: 100)
        #expect(close(accuracy.mean, 81.5, 1e-9) && close(accuracy.sd, 1.2, 1e-9))
        #expect(accuracy.formatted() == "81.5 ± 1.2")
        #expect(accuracy.formatted(decimals: 2) == "81.50 ± 1.20")
    }

    @Test func singleValueHasNoSpread() throws {
        let s = try Summary([Float(0.5)])
        #expect(s.sd == nil && s.n == 1)
        #expect(s.scaled(by: 100).formatted() == "50.0")
    }

    @Test func edgeCases() {
        #expect(throws: MetricsError.emptyInput(metric: "mean ± sd", input: "values")) { try Summary([Double]()) }
        #expect(
            throws: MetricsError.nonFiniteValue(
                metric: "mean ± sd", input: "values", sample: 0, column: 1,
                found: "nan")
        ) { try Summary([1, Double.nan]) }
        #expect(Summary.fixed(-0.04, decimals: 1) == "0.0")
        #expect(Summary.fixed(-0.06, decimals: 1) == "-0.1")
        #expect(Summary.format(mean: 3, sd: nil, decimals: 0) == "3")
    }
}
