// The shift curriculum: the same mixtures with their charging shifts scaled.

import Testing
import Foundation
import Tensors
import Spectra
@testable import Harness

@Suite struct ShiftCurriculumTests {
    let text = """
        { "name": "curriculum", "task": "multi-label",
          "data": { "generator": "polymer-mixtures", "parameters": { "axisStep": 1.0, "maxShift": 4 },
                    "train": 16, "validation": 8, "test": 8, "seed": 9 },
          "model": { "preset": "stn" },
          "training": { "epochs": 2, "shiftCurriculum": 4 } }
        """

    @Test func scaledDataKeepsTheMixturesAndScalesTheirShifts() throws {
        let loaded = try ManifestLoader.load(text: text, file: "curriculum.json")
        let full = try #require(try GeneratorFactory.make(loaded.manifest.data) as? PolymerMixtureGenerator)
        let halfData = try #require(loaded.manifest.data.withMaxShift(scaledBy: 0.5))
        let half = try #require(try GeneratorFactory.make(halfData) as? PolymerMixtureGenerator)
        for index in 0..<16 {
            #expect(abs(half.chargingShift(index: index) - 0.5 * full.chargingShift(index: index)) < 1e-12)
        }
        // The same mixture: drawn at the same shift, the two generators give the same spectrum.
        let L = full.axis.count, K = full.targetCount
        var a = [Float](repeating: 0, count: L), b = a, ta = [Float](repeating: 0, count: K), tb = ta
        a.withUnsafeMutableBufferPointer { s in
            ta.withUnsafeMutableBufferPointer { t in full.generate(index: 3, spectrum: s, targets: t, shift: 1.5) }
        }
        b.withUnsafeMutableBufferPointer { s in
            tb.withUnsafeMutableBufferPointer { t in half.generate(index: 3, spectrum: s, targets: t, shift: 1.5) }
        }
        #expect(a == b && ta == tb)
    }

    @Test func scheduleWidensToTheFullRangeAtEpochN() {
        // N = 4 of 7 epochs: 1/4, 2/4, 3/4, then the full range.
        #expect((1...7).map { ShiftCurriculum.scale(epoch: $0, epochs: 7, curriculum: 4) } == [0.25, 0.5, 0.75, 1, 1, 1, 1])
        // N beyond the epochs is capped: the last epoch trains on the full range.
        #expect((1...2).map { ShiftCurriculum.scale(epoch: $0, epochs: 2, curriculum: 4) } == [0.5, 1])
        #expect(ShiftCurriculum.scale(epoch: 1, epochs: 1, curriculum: 4) == 1)
        // None: always the full range.
        #expect(ShiftCurriculum.scale(epoch: 1, epochs: 7, curriculum: 0) == 1)
    }

    @Test func curriculumNeedsAShiftingGenerator() throws {
        let peaks = """
            { "name": "c", "task": "peak-fitting", "data": { "generator": "peak-fitting", "train": 8, "validation": 8, "test": 8 },
              "model": { "preset": "park" }, "training": { "shiftCurriculum": 3 } }
            """
        func message(_ t: String) -> String {
            do { _ = try ManifestLoader.load(text: t, file: "c.json"); return "" } catch { return "\(error)" }
        }
        #expect(message(peaks).contains("training.shiftCurriculum"), "\(message(peaks))")
        let negative = message(text.replacingOccurrences(of: "\"shiftCurriculum\": 4", with: "\"shiftCurriculum\": -1"))
        #expect(negative.contains("training.shiftCurriculum"), "\(negative)")
        #expect(message(text).isEmpty)
    }
}

@Suite struct RunReuseTests {
    @Test func keyOrderDoesNotDecideWhetherARunIsReused() throws {
        let (resolved, _) = try JSONValue.parse(
            """
            { "name": "x", "task": "multi-label", "notes": ["a"],
              "training": { "epochs": 7, "seed": 1, "shiftCurriculum": 4 }, "model": { "preset": "stn" } }
            """, file: "resolved")
        // Stored with its members in another order (as a variant's appended settings are): the same run.
        #expect(
            ExperimentRunner.sameTraining(
                """
                { "model": { "preset": "stn" }, "task": "multi-label",
                  "training": { "shiftCurriculum": 4, "seed": 1, "epochs": 7 }, "notes": ["b"] }
                """, resolved))
        // A different value is a different run.
        #expect(
            !ExperimentRunner.sameTraining(
                """
                { "model": { "preset": "stn" }, "task": "multi-label", "training": { "shiftCurriculum": 3, "seed": 1, "epochs": 7 } }
                """, resolved))
    }

    /// A manifest that spells out a default (here the optimizer, weight decay, a generator parameter)
    /// resolves to the same settings as one that leaves it out, so its finished runs are reused.
    @Test func anExplicitDefaultReusesTheRun() throws {
        let bare = """
            { "name": "x", "task": "peak-fitting", "data": { "generator": "peak-fitting" },
              "model": { "preset": "park" }, "training": { "epochs": 3 } }
            """
        let spelled = """
            { "name": "x", "task": "peak-fitting",
              "data": { "generator": "peak-fitting", "parameters": { "points": 401 } },
              "model": { "preset": "park" }, "training": { "epochs": 3, "optimizer": "adam", "weightDecay": 0 } }
            """
        let a = try ManifestLoader.load(text: bare, file: "bare.json")
        let b = try ManifestLoader.load(text: spelled, file: "spelled.json")
        #expect(ExperimentRunner.sameTraining(a.resolved.serialized(pretty: true), b.resolved))
        // …and a value that differs from the default does not.
        let other = try ManifestLoader.load(
            text: spelled.replacingOccurrences(of: "\"weightDecay\": 0", with: "\"weightDecay\": 0.01"),
            file: "other.json")
        #expect(!ExperimentRunner.sameTraining(a.resolved.serialized(pretty: true), other.resolved))
    }
}
