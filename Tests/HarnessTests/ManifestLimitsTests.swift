// A manifest that validates is one the runner, the builders and the reporter can carry out:
// sizes the builders would trap or exhaust memory on, and names that would become paths outside
// the results folder, are refused with their JSON path.

import Foundation
import Testing
@testable import Harness

@Suite struct ManifestLimitsTests {
    let base = #"""
        { "name": "limits", "task": "classification",
          "data": { "generator": "element-survey", "train": 8, "validation": 4, "test": 4 },
          "model": { "preset": "cnn-dense" },
          "sweep": [ { "parameter": "model.preset", "values": ["mlp", "cnn-dense"], "label": "model" } ] }
        """#

    func error(_ overrides: [String]) -> String {
        do {
            _ = try ManifestLoader.load(text: base, file: "limits.json", profile: .default, overrides: overrides)
            return ""
        } catch { return "\(error)" }
    }

    @Test func theBaseIsValid() { #expect(error([]).isEmpty, "\(error([]))") }

    @Test(arguments: [
        ("model.kernel=0", "model.kernel"), ("model.filters=0", "model.filters"), ("model.blocks=0", "model.blocks"),
        ("model.hidden=[100000000]", "model.hidden"), ("training.momentum=-5", "training.momentum"),
        ("training.weightDecay=-1", "training.weightDecay"), ("training.schedule.warmupSteps=-3", "training.schedule.warmupSteps"),
        ("repeats=10000000", "repeats"), ("figures=[{\"kind\":\"examples\",\"name\":\"ex\",\"count\":-1}]", "figures.0.count"),
        ("data.parameters.axisStep=1e-9", "data.parameters.axisStep"), ("data.train=2000000000", "data.train"),
        ("data.train=2.5", "data.train"), ("training.epochs=1e30", "training.epochs")
    ])
    func aSizeTheCodeCannotUseIsRefused(_ setting: (String, String)) {
        let e = error([setting.0])
        #expect(e.contains(setting.1), "\(setting.0): \(e)")
    }

    @Test func aSweepOfTooManyRunsIsRefusedBeforeItIsExpanded() {
        let axes = (0..<9).map { #"{ "parameter": "data.seed", "values": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "label": "s\#($0)" }"# }
        let e = error(["sweep=[" + axes.joined(separator: ",") + "]"])
        #expect(e.contains("sweep") && e.contains("at most 8 axes"), "\(e)")
    }

    @Test(arguments: [
        "sweep.0.label=../../x", "tables=[{\"name\":\"../../escape\"}]", "figures=[{\"kind\":\"loss\",\"name\":\"a/b\"}]",
        "sweep=[{\"parameter\":\"variant\",\"values\":[{\"name\":\"../up\",\"set\":{\"model.preset\":\"mlp\"}}]}]",
        "tables=[{\"name\":\".hidden\"}]"
    ])
    func aNameThatWouldBecomeAPathIsRefused(_ setting: String) {
        let e = error([setting])
        #expect(e.contains("file"), "\(setting): \(e)")
    }

    /// Foundation names no path for a fractional number in a whole-number field; the error does.
    @Test func aFractionInAWholeNumberFieldNamesItsPath() {
        let e = error(["data.train=2.5"])
        #expect(e.contains("data.train") && e.contains("whole number") && e.contains("2.5"), "\(e)")
    }

    /// Sizes are checked before anything is allocated: points per spectrum, then the spectra's memory.
    @Test func anAxisOrDataTooLargeForTheMachineIsRefusedWithTheEstimate() {
        let axis = error(["data.parameters.axisStep=1e-9"])
        #expect(axis.contains("points per spectrum") && axis.contains("at most 100000"), "\(axis)")
        let memory = error(["data.train=2000000000"])
        #expect(memory.contains("GB") && memory.contains("half of this machine"), "\(memory)")
    }
}
