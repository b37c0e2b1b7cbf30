import Foundation
import Testing
import TestSupport
@testable import Harness

// How park2020-table1 combines several predictions of one window: the networks of an ensemble,
// shifted windows and mirrored windows, each mapped back to the window's x.

@Test func aShiftMovesTheWindowAndFillsTheVacatedEndWithZeros() {
    let x: [Float] = [1, 2, 3, 4, 5]
    #expect(NetworkAveraging.shifted(x, by: 0) == x)
    #expect(NetworkAveraging.shifted(x, by: 2) == [0, 0, 1, 2, 3])
    #expect(NetworkAveraging.shifted(x, by: -2) == [3, 4, 5, 0, 0])
    #expect(NetworkAveraging.shifted(x, by: 5) == [0, 0, 0, 0, 0])
    #expect(NetworkAveraging.shifted(x, by: -7) == [0, 0, 0, 0, 0])
}

@Test func aCentreFoundInAMovedOrReversedWindowMapsBackToWhereItIs() {
    // A one-point "peak" at index 137 of a 401-point window on x = 0…15: wherever the network is
    // shown it (shifted, then possibly reversed), the x of the point it sees there maps back to 137's x.
    let (x0, x1, count) = (0.0, 15.0, 401)
    let step = (x1 - x0) / Double(count - 1)
    var window = [Float](repeating: 0, count: count)
    window[137] = 1
    for shift in [-16, -5, 0, 5, 10] {
        for mirrored in [false, true] {
            let moved = NetworkAveraging.shifted(window, by: shift)
            let seen = mirrored ? Array(moved.reversed()) : moved
            let j = try! #require(seen.firstIndex(of: 1))
            let back = NetworkAveraging.mappedBack(
                x0 + Double(j) * step, shift: shift, mirrored: mirrored,
                axisStart: x0, axisEnd: x1, step: step)
            #expect(abs(back - (x0 + 137 * step)) < 1e-12, "shift \(shift), mirrored \(mirrored): \(back)")
        }
    }
}

@Test func passesThatReportTheAveragedCountAreAveragedPeakByPeak() {
    typealias P = MeasuredFitRunner.AxisPeak
    let two: [P] = [(center: 4, amplitude: 1, width: 0.5), (center: 6, amplitude: 0.5, width: 0.7)]
    let twoMoved: [P] = [(center: 4.2, amplitude: 0.8, width: 0.7), (center: 6.4, amplitude: 0.7, width: 0.9)]
    let one: [P] = [(center: 5, amplitude: 1.2, width: 1.5)]
    // Counts 2.2, 1.9, 1.4: mean 1.833 → 2 peaks; the one-peak pass is left out.
    let r = MeasuredFitRunner.averaged([(2.2, two), (1.9, twoMoved), (1.4, one)], maxPeaks: 3)
    #expect(abs(r.count - 5.5 / 3) < 1e-12)
    #expect(r.peaks.count == 2)
    #expect(abs(r.peaks[0].center - 4.1) < 1e-12 && abs(r.peaks[1].center - 6.2) < 1e-12)
    #expect(abs(r.peaks[0].amplitude - 0.9) < 1e-12 && abs(r.peaks[1].amplitude - 0.6) < 1e-12)
    #expect(abs(r.peaks[0].width - 0.6) < 1e-12 && abs(r.peaks[1].width - 0.8) < 1e-12)
    // Counts 1.45 and 3.45 (1 and 3 peaks): the mean 2.45 rounds to 2, which no pass reports: the first pass.
    let three: [P] = [(center: 3, amplitude: 1, width: 0.5), (center: 5, amplitude: 1, width: 0.5), (center: 7, amplitude: 1, width: 0.5)]
    let none = MeasuredFitRunner.averaged([(1.45, one), (3.45, three)], maxPeaks: 3)
    #expect(none.peaks.count == 1 && none.peaks[0].center == 5)
    // The count is clamped to 1…maxPeaks.
    #expect(MeasuredFitRunner.averaged([(4.6, three)], maxPeaks: 3).peaks.count == 3)
    #expect(MeasuredFitRunner.averaged([(0.1, one)], maxPeaks: 3).peaks.count == 1)
}

@Test func onePassReadsCountCentresAmplitudesAndWidthsByCentre() {
    // [count, centres ×3, amplitudes ×3, widths ×3]; the centres out of order.
    let p: [Float] = [2.3, 9, 4, 0, 0.5, 1, 0, 0.75, 0.625, 0]
    let r = MeasuredFitRunner.onePass(p, maxPeaks: 3)
    #expect(r.peaks.count == 2)
    #expect(r.peaks[0].center == 4 && r.peaks[0].amplitude == 1 && r.peaks[0].width == 0.625)
    #expect(r.peaks[1].center == 9 && r.peaks[1].amplitude == 0.5 && r.peaks[1].width == 0.75)
}

private func manifest(network: String) -> String {
    """
    {
      "name": "t", "kind": "measured-fit", "description": "d",
      "network": \(network),
      "spectra": [], "published": "park2020_table1.csv", "notes": []
    }
    """
}

private func load(_ text: String) throws -> MeasuredFitManifest {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("averaging-\(UUID().uuidString).json")
    try text.write(to: url, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: url) }
    return try MeasuredFitManifest.load(url)
}

@Test func theNetworkBlockDefaultsToNoShiftWithTheMirror() throws {
    let m = try load(manifest(network: #"{ "experiment": "e", "runs": ["run"] }"#))
    #expect(m.network.averaging == NetworkAveraging(shifts: [0], mirror: true))
    let n = try load(manifest(network: #"{ "experiment": "e", "runs": ["a", "b"], "shifts": [-5, 0, 5], "mirror": false }"#))
    #expect(n.network.runs == ["a", "b"] && n.network.averaging == NetworkAveraging(shifts: [-5, 0, 5], mirror: false))
}

@Test func aBadNetworkBlockNamesItsPath() throws {
    func path(_ network: String) -> String? {
        do { _ = try load(manifest(network: network)); return nil } catch let ManifestError.outOfRange(_, path, _, _, _) {
            return path
        } catch let ManifestError.missingKey(_, path, _) {
            return path
        } catch let ManifestError.unknownKey(_, path, _, _) {
            return path
        } catch { return "\(error)" }
    }
    #expect(path(#"{ "experiment": "e", "runs": [] }"#) == "network.runs")
    #expect(path(#"{ "experiment": "e", "runs": ["a", "a"] }"#) == "network.runs")
    #expect(path(#"{ "experiment": "e", "runs": ["a"], "shifts": [] }"#) == "network.shifts")
    #expect(path(#"{ "experiment": "e", "runs": ["a"], "shifts": [0, 0] }"#) == "network.shifts")
    #expect(path(#"{ "experiment": "e", "runs": ["a"], "shifts": [101] }"#) == "network.shifts")
    #expect(path(#"{ "experiment": "e", "run": "a" }"#) == "network.runs")
    #expect(path(#"{ "experiment": "e", "runs": ["a"], "shift": [5] }"#) == "network.shift")
}

@Test func tableOnesManifestAndTheFitDefaultAverageAlike() throws {
    // `harness fit --init` promises park2020-table1's averaging by default.
    let m = try MeasuredFitManifest.load(SharedData.packageRoot.appendingPathComponent("Experiments/park2020-table1.json"))
    #expect(m.network.averaging == NetworkAveraging.park2020Table1)
    #expect(FitSettings().initAveraging == NetworkAveraging.park2020Table1)
}
