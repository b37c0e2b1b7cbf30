// model.localiser (issue #22): strict decoding and validation with JSON paths, an absent block
// leaving the resolved manifest (and so the reuse of finished runs) as it was, the options reaching
// the built model, and the live-unit fraction of a localisation network.

import Foundation
import NeuralNets
import Tensors
import Testing
@testable import Harness

@Suite struct LocaliserManifestTests {
    func manifest(model: String) -> String {
        """
        { "name": "loc", "task": "multi-label",
          "data": { "generator": "polymer-mixtures", "parameters": { "axisStep": 1.0, "maxShift": 3, "referenceSignalToNoise": null },
                    "train": 16, "validation": 8, "test": 8, "seed": 9 },
          "model": \(model),
          "training": { "epochs": 1, "batchSize": 8, "threads": 1 } }
        """
    }

    func load(model: String) throws -> LoadedManifest { try ManifestLoader.load(text: manifest(model: model), file: "loc.json") }

    @Test func anAbsentBlockResolvesAsBefore() throws {
        let plain = try load(model: #"{ "preset": "stn" }"#)
        #expect(plain.manifest.model.localiser == nil)
        #expect(plain.resolved["model"]?["localiser"] == nil)
        #expect(plain.resolved["training"]?["initialiseFrom"] == nil)
        // The JSON null of a generator parameter is accepted and resolves to "none".
        #expect(plain.resolved["data"]?["parameters"]?["referenceSignalToNoise"] == nil)
        let chosen = try load(
            model: #"{ "preset": "stn", "localiser": { "activation": "leaky-relu", "normalisation": "input", "learningRateScale": 10 } }"#)
        #expect(chosen.manifest.model.localiser == LocaliserSpec(activation: .leakyReLU, normalisation: .input, learningRateScale: 10))
        #expect(!ExperimentRunner.sameTraining(chosen.resolved.serialized(pretty: true), plain.resolved))
    }

    @Test func badSettingsNameTheirPath() throws {
        func failure(_ model: String) -> String {
            do { _ = try load(model: model); return "" } catch { return "\(error)" }
        }
        #expect(failure(#"{ "preset": "stn", "localiser": { "activation": "gelu" } }"#).contains("model.localiser.activation"))
        #expect(failure(#"{ "preset": "stn", "localiser": { "normalisaton": "batch" } }"#).contains("model.localiser.normalisaton"))
        #expect(failure(#"{ "preset": "stn", "localiser": { "learningRateScale": 0 } }"#).contains("model.localiser.learningRateScale"))
        #expect(failure(#"{ "preset": "mlp", "localiser": { "activation": "relu" } }"#).contains("model.localiser"))
    }

    @Test func theOptionsReachTheModel() throws {
        let loaded = try load(model: #"{ "preset": "stn", "hidden": [8], "localiser": { "activation": "leaky-relu", "normalisation": "batch" } }"#)
        let model = try ModelPresets.build(loaded.manifest.model, task: .multiLabel, inputLength: 30, targets: 4, seed: 1)
        let stn = try #require(AlignmentReport.transformer(of: model))
        #expect(stn.localisation.layers.map(\.name) == ["fc1", "bn1", "leaky1", "fc2", "bn2", "leaky2", "out"])
        // Paper 2's build is unchanged by an explicit block of the defaults.
        let plain = try ModelPresets.build(
            try load(model: #"{ "preset": "stn", "hidden": [8] }"#).manifest.model, task: .multiLabel, inputLength: 30, targets: 4, seed: 1)
        let explicit = try ModelPresets.build(
            try load(model: #"{ "preset": "stn", "hidden": [8], "localiser": { "activation": "relu", "normalisation": "none" } }"#).manifest.model,
            task: .multiLabel, inputLength: 30, targets: 4, seed: 1)
        #expect(zip(plain.namedParameters, explicit.namedParameters).allSatisfy { $0.name == $1.name && $0.parameter.value == $1.parameter.value })
    }

    @Test func aDeadLocaliserHasNoLiveUnits() throws {
        let model = ModelZoo.stnClassifier(inputLength: 30, localisationHidden: [8, 4], hidden: [8], classes: 3, seed: 2)
        var rng = SeededRandom(seed: 3)
        let x = Tensor.normal([16, 1, 30], rng: &rng)
        let live = try #require(LocaliserHealth.liveFraction(model, x))
        #expect(live > 0.5)
        for (name, p) in model.namedParameters where name.hasPrefix("stn.localisation.fc") && name.hasSuffix(".bias") {
            p.value = Tensor(shape: p.value.shape, repeating: -1e3)
        }
        #expect(LocaliserHealth.liveFraction(model, x) == 0)
        #expect(LocaliserHealth.liveFraction(ModelZoo.mlpClassifier(inputLength: 30, hidden: [8], classes: 3, seed: 1), x) == nil)
    }
}
