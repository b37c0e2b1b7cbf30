// `harness inspect`: what a result file holds, in words.

import Foundation
import Store

public enum Inspector {
    public static func describe(_ url: URL) throws -> String {
        let file = try HDF5File(opening: url)
        let root = file.root
        var out: [String] = ["\(url.path)"]
        for key in ["program", "version", "git_commit", "created", "profile", "manifest_sha256"] {
            if let v = try? root.stringAttribute(key) { out.append("  \(key): \(v)") }
        }
        if root.contains("manifest"), let text = try? root.readString("manifest"),
            let doc = try? JSONValue.parse(text, file: "manifest").value
        {
            if case .string(let n)? = doc["name"] { out.append("  experiment: \(n)") }
            if case .string(let t)? = doc["task"] { out.append("  task: \(t)") }
        }
        if root.contains("axis"), let shape = try? root.shape(of: "axis"), let axis = try? root.readDoubles("axis").values,
            let first = axis.first, let last = axis.last
        {
            out.append("  axis: \(shape[0]) points, \(first) … \(last) eV")
        }
        guard root.contains("runs") else { return out.joined(separator: "\n") }
        let runs = try root.openGroup("runs")
        let names = try runs.memberNames()
        out.append("  runs: \(names.count)")
        for name in names {
            guard let run = try? runs.openGroup(name) else { out.append("    \(name): (link to a missing file)"); continue }
            var line = "    \(name)"
            if let text = try? run.readString("metrics/result"),
                let r = try? JSONDecoder().decode(RunResult.self, from: Data(text.utf8))
            {
                line += String(
                    format: ": %@ %.4f, test loss %.4g, best epoch %d of %d, %d parameters, %.0f s",
                    r.metricName, r.testMetric, r.testLoss, r.bestEpoch, r.epochs, r.trainableParameters, r.seconds)
            }
            out.append(line)
            if let s = try? run.shape(of: "data/test/spectra") { out.append("      data/test/spectra \(s)") }
            if let m = try? run.openGroup("model").memberNames() { out.append("      model: \(m.count) tensors") }
        }
        return out.joined(separator: "\n")
    }
}
