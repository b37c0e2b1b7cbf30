// `harness inspect`: what a result file holds, in words — and what it should hold but does not,
// so a damaged file is never described as if it were whole.

import Foundation
import Store

public enum Inspector {
    /// The description of a run or summary file, and the parts it should hold but that cannot be
    /// read (empty for a whole file). A summary file's link to a run file that is not there is a
    /// missing run, said in the description, not damage.
    public static func inspect(_ url: URL) throws -> (text: String, problems: [String]) {
        let file = try HDF5File(opening: url)
        let root = file.root
        if root.contains("fit") && !root.contains("runs") { return try describeFit(url, try root.openGroup("fit")) }
        let isModelFile = (try? root.stringAttribute("kind")) == ModelFile.kind
        var out: [String] = ["\(url.path)" + (isModelFile ? ": a model file (weights and configuration, no data)" : "")]
        var problems: [String] = []
        for key in ["program", "version", "git_commit", "created", "profile", "manifest_sha256"] {
            do { out.append("  \(key): \(try root.stringAttribute(key))") } catch { problems.append("attribute \(key): \(error)") }
        }
        do {
            let doc = try JSONValue.parse(try root.readString("manifest"), file: "\(url.path):manifest").value
            if case .string(let n)? = doc["name"] { out.append("  experiment: \(n)") }
            if case .string(let t)? = doc["task"] { out.append("  task: \(t)") }
        } catch { problems.append("manifest: \(error)") }
        if root.contains("axis") {
            do {
                let axis = try root.readDoubles("axis").values
                out.append("  axis: \(axis.count) points, \(axis.first.map { "\($0)" } ?? "–") … \(axis.last.map { "\($0)" } ?? "–") eV")
            } catch { problems.append("axis: \(error)") }
        }
        guard root.contains("runs") else { return (out.joined(separator: "\n"), problems) }
        let runs = try root.openGroup("runs")
        let names = try runs.memberNames()
        out.append("  runs: \(names.count)")
        for name in names {
            guard let run = try? runs.openGroup(name) else {
                out.append("    \(name): (link to a missing file: the run has not finished)")
                continue
            }
            do {
                let r = try JSONDecoder().decode(RunResult.self, from: Data(try run.readString("metrics/result").utf8))
                out.append(
                    String(
                        format: "    %@: %@ %.4f, test loss %.4g, best epoch %d of %d, %d parameters, %.0f s", name,
                        r.metricName, r.testMetric, r.testLoss, r.bestEpoch, r.epochs, r.trainableParameters, r.seconds)
                        + (r.trainingSpectraPerSecond.map { String(format: ", trained at %.0f spectra/s", $0) } ?? ""))
                out += try runProvenance(run)
                if !isModelFile { out.append("      data/test/spectra \(try run.shape(of: "data/test/spectra"))") }
                out.append("      model: \(try run.openGroup("model").memberNames().count) tensors")
            } catch {
                out.append("    \(name): damaged")
                problems.append("run \(name): \(error)")
            }
        }
        return (out.joined(separator: "\n"), problems)
    }

    /// A run's warm start and its localiser's health, where recorded.
    static func runProvenance(_ run: HDF5Group) throws -> [String] {
        var out: [String] = []
        if let source = try? run.stringAttribute("initialised_from") {
            let into = (try? run.stringAttribute("initialised_into")).map { " into \($0)" } ?? ""
            out.append("      initialised from \(source)\(into) (source sha256 \(try run.stringAttribute("initialised_from_sha256")))")
        }
        if run.contains("history/localiser_live_fraction") {
            let live = try run.readDoubles("history/localiser_live_fraction").values
            out.append(String(format: "      localiser live units: %.2f at the last epoch (lowest %.2f)", live.last ?? .nan, live.min() ?? .nan))
        }
        return out
    }

    /// A `harness fit` result: how it was fitted and its peaks.
    static func describeFit(_ url: URL, _ g: HDF5Group) throws -> (text: String, problems: [String]) {
        var out = ["\(url.path): a fit (harness fit)"]
        for key in ["shape", "background", "start", "peak_count", "criterion"] {
            out.append("  \(key): \(try g.stringAttribute(key))")
        }
        out.append("  reduced χ²: \(try g.doubleAttribute("reduced_chi_squared")[0])")
        let centre = try g.readDoubles("center").values, fwhm = try g.readDoubles("fwhm").values
        let area = try g.readDoubles("area").values
        guard centre.count == fwhm.count, fwhm.count == area.count else {
            return (out.joined(separator: "\n"), ["fit: \(centre.count) centres, \(fwhm.count) widths and \(area.count) areas"])
        }
        for i in centre.indices {
            out.append(String(format: "  peak %d: centre %.3f eV, FWHM %.3f eV, area %.4g", i + 1, centre[i], fwhm[i], area[i]))
        }
        return (out.joined(separator: "\n"), [])
    }
}
