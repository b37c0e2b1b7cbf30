// Every manifest kind is loaded in one place, and each command takes it or says why not.

import Foundation
import TestSupport
import Testing
@testable import Harness

@Suite struct ManifestKindTests {
    let experiments = SharedData.packageRoot.appendingPathComponent("Experiments")

    @Test func theDeclaredKindDecidesHowAFileLoads() throws {
        let table1 = experiments.appendingPathComponent("park2020-table1.json")
        #expect(ManifestKind.declared(by: table1) == .measuredFit)
        #expect(ManifestKind.declared(by: experiments.appendingPathComponent("quickstart.json")) == .experiment)
        let loaded = try AnyManifest.load(table1, profile: .default)
        #expect(loaded.kind == .measuredFit)
        #expect(try AnyManifest.load(experiments.appendingPathComponent("quickstart.json"), profile: .smoke).kind == .experiment)
    }

    @Test func commandsThatNeedAnExperimentRefuseAMeasuredFitByName() throws {
        let table1 = experiments.appendingPathComponent("park2020-table1.json")
        let loaded = try AnyManifest.load(table1, profile: .default)
        for command in ["report", "plot", "explain", "generate"] {
            do {
                _ = try loaded.experiment(for: command, file: "Experiments/park2020-table1.json")
                Issue.record("\(command) took a measured-fit manifest")
            } catch let e as HarnessError {
                let text = e.description
                #expect(text.contains("harness \(command)") && text.contains("measured-fit") && text.contains("park2020-table1.json"), "\(text)")
            }
        }
        #expect(throws: HarnessError.self) { try AnyManifest.load(table1, profile: .default, overrides: ["name=x"]) }
    }

    @Test func planAndValidateDescribeAMeasuredFit() throws {
        let table1 = experiments.appendingPathComponent("park2020-table1.json")
        let loaded = try AnyManifest.load(table1, profile: .default)
        let plan = try ManifestDescription.plan(loaded, profile: .default)
        #expect(plan.first?.hasPrefix("1 step: park2020-table1") == true, "\(plan)")
        #expect(plan.dropFirst().allSatisfy { $0.contains("park2020-training/") } && plan.count > 1, "\(plan)")
        let text = try ManifestDescription.validate(loaded, file: "park2020-table1.json", profile: .default)
        #expect(text.contains("measured-fit (default)"))
    }

    @Test func anExperimentMayNameItsKindAndNoOther() throws {
        let base = #"{ "name": "k", "task": "peak-fitting", "data": { "generator": "peak-fitting" }, "model": { "preset": "park" } }"#
        let named = base.replacingOccurrences(of: #"{ "name""#, with: #"{ "kind": "experiment", "name""#)
        #expect(try ManifestLoader.load(text: named, file: "k.json").manifest.kind == .experiment)
        // The resolved manifest (and so its hash, and which runs are reused) is unchanged by leaving the kind out.
        #expect(try ManifestLoader.load(text: base, file: "k.json").resolved["kind"] == nil)
        let wrong = base.replacingOccurrences(of: #"{ "name""#, with: #"{ "kind": "measured-fit", "name""#)
        #expect(throws: (any Error).self) { try ManifestLoader.load(text: wrong, file: "k.json") }
    }

    @Test func everyPresetHasASummaryAndTheTransformerOnesAreMarked() {
        for p in ModelPreset.allCases { #expect(!p.summary.isEmpty) }
        #expect(ModelPreset.allCases.filter(\.mayAlign).map(\.rawValue).sorted() == ["custom", "peak-mlp", "ref-cnn", "ref-mlp", "stn", "stn-cnn"])
    }

    @Test func everyTableKindNamesTheTaskItReads() {
        #expect(TableSpec.Kind.allCases.count == 10)
        #expect(Set(TableSpec.Kind.allCases.map(\.task)) == [.peakFitting, .classification, .quantification, .multiLabel])
    }
}
