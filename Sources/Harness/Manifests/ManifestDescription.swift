// What `harness validate` and `harness plan` print: a manifest fully resolved, with its runs.

import Foundation

public enum ManifestDescription {
    /// The manifest resolved (defaults, profile and overrides applied) and its runs; a measured-fit
    /// manifest with the runs of the experiment holding its networks, each checked to exist.
    public static func validate(_ manifest: AnyManifest, file: String, profile: Profile) throws -> String {
        switch manifest {
        case .experiment(let loaded):
            let plans = try RunExpansion.expand(loaded)
            let plural = plans.count == 1 ? "" : "s"
            return loaded.resolved.serialized(pretty: true)
                + "\n\n\(plans.count) run\(plural) (\(loaded.profile.rawValue)): " + plans.map(\.name).joined(separator: ", ")
        case .measuredFit(let m, let url):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = String(decoding: try encoder.encode(m), as: UTF8.self)
            let plans = try networkPlans(m, manifestURL: url, profile: profile)
            for run in m.network.runs where !plans.contains(where: { $0.name == run }) {
                throw HarnessError.setting(
                    at: "\(file): network.runs", found: "'\(run)', not a run of \(m.network.experiment)",
                    expected: "some of \(plans.map(\.name).joined(separator: ", "))")
            }
            let n = m.network
            let mirrored = n.mirror ? ", each also mirrored" : ""
            return json + "\n\nmeasured-fit (\(profile.rawValue)): \(m.spectra.count) spectra; network "
                + "\(n.experiment)/\(n.runs.joined(separator: "+")); shifts \(n.shifts) points\(mirrored)"
        case .casaFit(let m, _):
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let json = String(decoding: try encoder.encode(m), as: UTF8.self)
            return json + "\n\nmeasured-fit of a CasaXPS fit: \(m.casa.file) block \(m.casa.block); fits "
                + m.fits.map(\.name).joined(separator: ", ")
        }
    }

    /// The runs of the experiment (beside the measured-fit manifest) that holds its networks.
    static func networkPlans(_ m: MeasuredFitManifest, manifestURL: URL, profile: Profile) throws -> [RunPlan] {
        let networkURL = manifestURL.deletingLastPathComponent().appendingPathComponent("\(m.network.experiment).json")
        return try RunExpansion.expand(try ManifestLoader.load(networkURL, profile: profile))
    }

    /// The run names, one a line (what `harness plan` prints).
    public static func plan(_ manifest: AnyManifest, profile: Profile) throws -> [String] {
        switch manifest {
        case .experiment(let loaded):
            let plans = try RunExpansion.expand(loaded)
            let plural = plans.count == 1 ? "" : "s"
            return ["\(plans.count) run\(plural) of \(loaded.manifest.name) (\(loaded.profile.rawValue)):"] + plans.map { "  \($0.name)" }
        case .measuredFit(let m, let url):
            let needed = try networkPlans(m, manifestURL: url, profile: profile).filter { m.network.runs.contains($0.name) }
            return [
                "1 step: \(m.name) fits \(m.spectra.count) measured spectra (profile \(profile.rawValue)), using the runs of \(m.network.experiment):"
            ]
                + needed.map { "  \(m.network.experiment)/\($0.name)" }
        case .casaFit(let m, _):
            return ["1 step: \(m.name) refits the CasaXPS fit of \(m.casa.file) block \(m.casa.block) \(m.fits.count) ways:"]
                + m.fits.map { "  \($0.name)" }
        }
    }
}
