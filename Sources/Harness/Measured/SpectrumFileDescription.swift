// `harness inspect` on a measured-spectrum file: its format, what was repaired to read it, and one
// line per block, so a user can see what a file holds before choosing blocks for predict or fit.

import Foundation
import Spectra
import SpectraIO

public enum SpectrumFileDescription {
    /// Whether `url` is an HDF5 file (its signature), i.e. one of the harness's result files.
    public static func isHDF5(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
        return (try? handle.read(upToCount: 8)).map { [UInt8]($0) == signature } ?? false
    }

    /// The file's format, repairs and blocks (index, sample, label, region, technique, source and
    /// photon energy, axis as recorded, points), one line each.
    public static func describe(_ url: URL, workFunction: WorkFunctionCorrection = .none) throws -> String {
        let contents = try SpectrumReader.contents(of: url, workFunction: workFunction)
        let count = contents.blocks.count
        var lines = ["\(url.path): \(contents.format.name), \(count) block\(count == 1 ? "" : "s")"]
        for r in contents.repairs { lines.append("  repaired: \(r)") }
        lines.append("  index  sample  label  [region]  technique  source  axis as recorded  points")
        for b in contents.blocks { lines.append("  " + b.line) }
        lines.append("Choose blocks in predict and fit with --blocks (indices \"0,2-4\" or labels \"Fe 2p;O 1s\").")
        return lines.joined(separator: "\n")
    }

    /// What reading `spectrum` needed, for the console: its repairs and the blocks left out.
    public static func notes(_ spectrum: Spectrum) -> [String] {
        var notes: [String] = []
        if let r = spectrum.metadata[SpectrumMetadataKey.repairs] {
            notes += r.split(separator: "\n").map { "repaired: \($0)" }
        }
        if let s = spectrum.metadata[SpectrumMetadataKey.skippedBlocks] { notes.append(s) }
        return notes
    }
}
