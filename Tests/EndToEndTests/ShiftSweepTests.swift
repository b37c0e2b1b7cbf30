// Paper 2's reporting through the real binary on a tiny polymer-mixture manifest.

import Testing
import Foundation
import TestSupport
import Store

@Suite(.serialized) struct ShiftSweepTests {
    @Test func shiftTableAlignmentAndVariantsEndToEnd() throws {
        let dir = try temporaryDirectory("shift")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = dir.appendingPathComponent("tiny-shift.json")
        let published = "saddiq2026_shift_accuracy.csv"  // resolved in ../shared/published
        try """
        {
          "name": "tiny-shift", "description": "test", "task": "multi-label",
          "data": { "generator": "polymer-mixtures", "parameters": { "axisStep": 1.0, "referenceSignalToNoise": 20 },
                    "train": 96, "validation": 32, "test": 48, "seed": 4 },
          "model": { "preset": "mlp", "hidden": [16] },
          "training": { "optimizer": "adam", "learningRate": 0.001, "batchSize": 16, "epochs": 1, "threads": 1 },
          "sweep": [ { "parameter": "data.parameters.maxShift", "values": [0, 2], "label": "maxShift" },
                     { "parameter": "variant", "label": "model", "values": [
                         { "name": "mlp", "set": { "model.preset": "mlp" } },
                         { "name": "ref-mlp-noblur", "set": { "model.preset": "ref-mlp", "data.parameters.blurSigma": 0 } } ] } ],
          "figures": [ { "kind": "metric", "name": "f1", "x": "maxShift", "series": "model", "metric": "macro_f1" },
                       { "kind": "alignment", "name": "alignment", "count": 1 } ],
          "tables": [ { "name": "accuracy", "kind": "shift-accuracy",
                        "published": { "file": "\(published)", "x": "max_shift", "y": "best_test_accuracy", "series": "model",
                                       "scale": 0.01, "rename": { "MLPClassifier": "mlp" } } },
                      { "name": "alignment", "kind": "alignment" } ]
        }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let r = try Binary.run(["run", manifest.path, "--results", dir.path, "--quiet", "--no-render"])
        #expect(r.status == 0, "\(r.err)")
        let out = dir.appendingPathComponent("tiny-shift")
        let csv = try String(contentsOf: out.appendingPathComponent("tables/accuracy.csv"), encoding: .utf8)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == "model,max_shift_eV,exact_match_percent,micro_f1,macro_f1,source")
        #expect(lines.contains { $0.hasPrefix("ref-mlp-noblur,2,") && $0.hasSuffix(",ours") })
        #expect(lines.contains { $0.hasPrefix("mlp,3,54.18,") && $0.hasSuffix(",published") }, "published MLP at 3 eV: \(csv)")
        let md = try String(contentsOf: out.appendingPathComponent("tables/accuracy.md"), encoding: .utf8)
        #expect(md.contains("Never positive in the test split"))
        // The variant's data setting reached its runs (and only its runs).
        func blurSigma(_ run: String) throws -> Double? {
            let file = try HDF5File(opening: out.appendingPathComponent("runs/\(run).h5"))
            let config = try file.root.readString("runs/\(run)/config")
            let json = try JSONSerialization.jsonObject(with: Data(config.utf8)) as? [String: Any]
            let data = json?["data"] as? [String: Any], parameters = data?["parameters"] as? [String: Any]
            return (parameters?["blurSigma"] as? NSNumber)?.doubleValue
        }
        #expect(try blurSigma("maxShift-2_model-ref-mlp-noblur") == 0)
        #expect(try blurSigma("maxShift-2_model-mlp") == 2)
        // The charge-referenced model follows the shift; the MLP has no transformer and no account.
        let alignment = try String(contentsOf: out.appendingPathComponent("tables/alignment.csv"), encoding: .utf8)
        let rows = alignment.split(separator: "\n").dropFirst()
        #expect(rows.count == 1 && rows.first!.hasPrefix("maxShift-2_model-ref-mlp-noblur,ref-mlp-noblur,2,"), "\(alignment)")
        let twin = Double(rows.first!.split(separator: ",")[8])!
        #expect(twin < 0.1, "a shifted spectrum is aligned where its unshifted twin is: \(twin) eV")
        #expect(
            FileManager.default.fileExists(atPath: out.appendingPathComponent("figures/alignment-maxShift-2_model-ref-mlp-noblur-example1.gp").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("figures/f1.gp").path))

        // A variant without its settings is an error naming the JSON path.
        let broken = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: #"{ "name": "mlp", "set": { "model.preset": "mlp" } }"#, with: #"{ "name": "mlp" }"#)
        try broken.write(to: manifest, atomically: true, encoding: .utf8)
        let v = try Binary.run(["validate", manifest.path])
        #expect(v.status != 0)
        #expect(v.err.contains("sweep.1.values.0"), "\(v.err)")
    }
}
