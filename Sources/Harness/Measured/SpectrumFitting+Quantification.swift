// `harness fit --quantify`: atomic percentages from the fitted areas of a file's regions, as
// CasaXPS's quantification table computes them (`PeakAreaQuantification`).

import Foundation
import Fitting
import Spectra
import SpectraIO

extension SpectrumFitting {
    /// One fitted region for the quantification table.
    struct FittedRegion {
        var name: String
        var spectrum: Spectrum
        var result: FitResult
    }

    /// The element and lines of a fitted region and its area in counts/s·eV: the element from the
    /// block's species label, the lines those of the library whose orbital starts with the block's
    /// transition label (e.g. "2p" → 2p3/2 and 2p1/2) and whose binding energy lies in the window,
    /// the area the sum of every fitted peak's, divided by the collection time × scans for a
    /// spectrum in counts. Throws `HarnessError.spectrum` saying what is missing.
    static func fittedArea(_ r: FittedRegion, library: ElementLibrary) throws -> FittedArea {
        let species = (r.spectrum.metadata[VamasMetadataKey.speciesLabel] ?? "").trimmingCharacters(in: .whitespaces)
        let transition = (r.spectrum.metadata[VamasMetadataKey.transitionLabel] ?? "").trimmingCharacters(in: .whitespaces)
        guard !species.isEmpty, !transition.isEmpty else {
            throw HarnessError.spectrum(
                name: r.name,
                reason:
                    "--quantify needs each region's element and line (a VAMAS block's species and transition labels); found '\(species)' '\(transition)'"
            )
        }
        let element = try library.element(species)
        let (low, high) = (r.spectrum.energies.min() ?? 0, r.spectrum.energies.max() ?? 0)
        let lines = element.photoemissionLines.filter { $0.orbital.hasPrefix(transition) && (low...high).contains($0.bindingEnergy) }
        guard !lines.isEmpty else {
            throw HarnessError.spectrum(
                name: r.name,
                reason:
                    "no \(species) \(transition) line of the element library lies in the window \(low)…\(high) eV (lines: \(element.photoemissionLines.map { "\($0.orbital) \($0.bindingEnergy)" }.joined(separator: ", ")))"
            )
        }
        var area = r.result.areas.reduce(0, +)
        switch r.spectrum.units {
        case "counts/s": break
        case "counts":
            guard let t = r.spectrum.metadata[SpectrumMetadataKey.collectionTime].flatMap(Double.init),
                let n = r.spectrum.metadata[SpectrumMetadataKey.scans].flatMap(Double.init), t > 0, n > 0
            else {
                throw HarnessError.spectrum(
                    name: r.name, reason: "intensities in counts without the collection time and scans to compare regions by count rate")
            }
            area /= t * n
        default:
            throw HarnessError.spectrum(name: r.name, reason: "intensities in \(r.spectrum.units): areas of an analogue signal cannot be quantified")
        }
        return FittedArea(element: species, orbitals: lines.map(\.orbital), area: area)
    }

    /// The console lines of the quantification table of `regions` (one region per element).
    static func quantificationTable(_ regions: [FittedRegion]) throws -> [String] {
        let library = try ElementLibrary.load()
        let areas = try regions.map { try fittedArea($0, library: library) }
        var seen: [String: String] = [:]
        for (r, a) in zip(regions, areas) {
            if let first = seen[a.element] {
                throw HarnessError.spectrum(
                    name: r.name,
                    reason: "--quantify takes each element once; \(a.element) is also fitted in \(first) (choose the blocks with --blocks)")
            }
            seen[a.element] = r.name
        }
        let q = PeakAreaQuantification(library: library)
        let rows = try q.table(areas)
        var lines = [
            "quantification (\(rows.count) region\(rows.count == 1 ? "" : "s")): area / (Scofield factor × (E_k/1000 eV)^\(q.imfpExponent)), no transmission correction",
            "  " + ["region", "element", "lines", "area (counts/s·eV)", "factor", "E_k corr.", "at. %"].joined(separator: "\t")
        ]
        for (r, row) in zip(regions, rows) {
            lines.append(
                "  "
                    + [
                        r.name, row.element, row.orbitals.joined(separator: "+"), String(format: "%.5g", row.area),
                        String(format: "%.4g", row.sensitivityFactor),
                        String(format: "%.4f", row.energyCorrection), String(format: "%.2f", row.atomicPercent)
                    ].joined(separator: "\t"))
        }
        return lines
    }
}
