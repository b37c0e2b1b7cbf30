// `harness generate`: a manifest's synthetic train / validation / test splits in HDF5, for people
// who train in other frameworks. One group per distinct data setting of the sweep.

import Foundation
import Spectra
import Store

public enum DataExport {
    /// Writes `<output>` (temporary name, then renamed); returns the groups written.
    @discardableResult
    public static func write(_ loaded: LoadedManifest, to output: URL, progress: ProgressReporter) throws -> [String] {
        let plans = try RunExpansion.expand(loaded)
        // Distinct data settings, in sweep order.
        var settings: [(name: String, data: DataSpec)] = []
        for p in plans where !settings.contains(where: { $0.data == p.manifest.data }) {
            settings.append((settings.isEmpty && plans.allSatisfy({ $0.manifest.data == p.manifest.data }) ? "data" : p.pointName, p.manifest.data))
        }
        try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
        try HDF5File.writeAtomically(output) { file in
            let provenance = Provenance(manifest: loaded.resolved, profile: loaded.profile, threads: loaded.manifest.training.threads)
            try provenance.write(to: file.root)
            try file.root.write("manifest", string: loaded.resolved.serialized(pretty: true))
            for (name, data) in settings {
                let generator = try GeneratorFactory.make(data)
                let g = try file.root.group(name)
                try g.write("axis", doubles: generator.axis.energies)
                try g.setAttribute("units", "eV", onDataset: "axis")
                try g.setAttribute("label_names", generator.targetNames.joined(separator: "\n"))
                try g.setAttribute("data_seed", Int(data.seed))
                let L = generator.axis.count, K = generator.targetCount
                var start = 0
                for (split, count) in [("train", data.train), ("validation", data.validation), ("test", data.test)] {
                    let spectra = try g.rowWriter("\(split)/spectra", shape: [count, L])
                    let labels = try g.rowWriter("\(split)/labels", shape: [count, K])
                    var done = 0
                    while done < count {
                        let n = min(1024, count - done)
                        let (x, t) = generator.batch((start + done)..<(start + done + n))
                        try spectra.write(rowsStartingAt: done, x.scalars)
                        try labels.write(rowsStartingAt: done, t.scalars)
                        done += n
                        progress.status("\(name)/\(split): \(done)/\(count) spectra")
                    }
                    start += count
                    progress.line("\(name)/\(split): \(count) spectra × \(L) points")
                }
            }
        }
        return settings.map(\.name)
    }
}
