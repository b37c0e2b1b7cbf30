// A measured-fit manifest in its CasaXPS form: an expert's CasaXPS fit stored in a VAMAS file,
// refitted by our fitter from the file's start values and from our automatic start.

import Foundation
import Spectra

/// A manifest of kind "measured-fit" with a `casa` key (Experiments/feo-fe2p.json).
public struct CasaFitManifest: Codable, Sendable, Equatable {
    /// Where the expert's fit is.
    public struct Source: Codable, Sendable, Equatable {
        /// The VAMAS file (under the shared data folder, or absolute) whose block comment holds the fit.
        public var file: String
        /// The block (0-based).
        public var block: Int
        /// CasaXPS's export of the fitted components and background as columns (K.E., Counts, one
        /// column per component, Background, Envelope, …), to compare the curves; optional.
        public var exportedColumns: String?
        /// CasaXPS's results table for the same fit (optional; shown beside the stored fit, which is
        /// the reference).
        public var resultsTable: String?
    }

    /// One fit of the table.
    public struct Fit: Codable, Sendable, Equatable {
        /// Names the fit in tables and figures.
        public var name: String
        /// "file": CasaXPS's positions, FWHMs and areas; "automatic": our peak finder (no values from
        /// the file).
        public var start: String
        /// "file": each component's position and FWHM bounds as the file states them; "none": the
        /// fitter's own (centres within the window, FWHM within `WidthLimits`).
        public var constraints: String
        /// "file": the region's background as CasaXPS computes it from the file's parameters;
        /// "shirley-refined": our active Shirley (recomputed from the peaks in the fit).
        public var background: String
        /// "poisson" (1/max(counts, 1)) or "none".
        public var weights: String
    }

    /// The targets: |Δ position| and |Δ FWHM| (eV) of the fit named `fit` against the stored fit.
    public struct Targets: Codable, Sendable, Equatable {
        public var fit: String
        public var position: Double
        public var fwhm: Double
    }

    public var name: String
    /// Always `.measuredFit`.
    public var kind: ManifestKind
    public var description: String
    public var casa: Source
    public var fits: [Fit]
    public var targets: Targets
    public var notes: [String]

    static let starts = ["file", "automatic"], constraintChoices = ["file", "none"]
    static let backgrounds = ["file", "shirley-refined"], weightChoices = ["poisson", "none"]

    /// Loads and checks `url`: known choices, unique fit names, the target's fit among them, files present.
    public static func load(_ url: URL) throws -> CasaFitManifest {
        let file = url.path
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ManifestError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "not UTF-8 text" : "no such file")
        }
        let parsed = try ManifestLoader.parse(text, file: file)
        let m = try StrictDecoder.decode(CasaFitManifest.self, from: parsed.value, file: file, lines: parsed.lines)
        func check(_ path: [String], _ ok: Bool, found: String, expected: String) throws {
            guard !ok else { return }
            throw ManifestError.outOfRange(
                file: file, path: path.joined(separator: "."), line: parsed.lines.line(of: path), found: found, expected: expected)
        }
        try check(["kind"], m.kind == .measuredFit, found: "\"\(m.kind.rawValue)\"", expected: "\"measured-fit\"")
        try check(
            ["fits"], !m.fits.isEmpty && Set(m.fits.map(\.name)).count == m.fits.count, found: "\(m.fits.map(\.name))",
            expected: "one fit or more, names unique")
        for (i, f) in m.fits.enumerated() {
            for (key, value, choices) in [
                ("start", f.start, starts), ("constraints", f.constraints, constraintChoices), ("background", f.background, backgrounds),
                ("weights", f.weights, weightChoices)
            ] {
                try check(["fits", "\(i)", key], choices.contains(value), found: "\"\(value)\"", expected: choices.joined(separator: " or "))
            }
        }
        try check(
            ["targets", "fit"], m.fits.contains { $0.name == m.targets.fit }, found: "\"\(m.targets.fit)\"", expected: "the name of one of the fits")
        try check(
            ["targets"], m.targets.position > 0 && m.targets.fwhm > 0, found: "\(m.targets.position), \(m.targets.fwhm)",
            expected: "positive tolerances in eV")
        for (key, path) in [("file", m.casa.file), ("exportedColumns", m.casa.exportedColumns), ("resultsTable", m.casa.resultsTable)] {
            guard let path else { continue }
            let u = SharedFolder.dataFile(path)
            guard FileManager.default.fileExists(atPath: u.path) else {
                throw ManifestError.missingFile(
                    file: file, path: "casa.\(key)", line: parsed.lines.line(of: ["casa", key]),
                    missing: u.path + " (paths are under the shared data folder: ../shared/data or $XPS_SHARED_DATA)")
            }
        }
        return m
    }

    /// Whether the manifest at `url` is in this form: a measured-fit manifest with a `casa` key.
    static func declared(by url: URL) -> Bool {
        guard let text = try? String(contentsOf: url, encoding: .utf8), let (v, _) = try? JSONValue.parse(text, file: url.path) else {
            return false
        }
        return v["casa"] != nil
    }
}
