import Foundation
import Spectra

/// Errors of `SpectrumReader` itself (the format readers throw their own).
public enum SpectrumReaderError: Error, Equatable, CustomStringConvertible {
    /// Neither the extension nor the first lines name a known format.
    case unknownFormat(path: String, found: String, expected: String)
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownFormat(let path, let found, let expected):
            return "\(path): unknown spectrum format '\(found)', expected \(expected)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        }
    }
}

/// One entry point for measured spectra: picks the reader by extension, then by content.
///
/// - `.vms`, or text starting with the VAMAS format identifier: `VamasFile.spectra()` —
///   one spectrum per block (first corresponding variable), XPS/UPS blocks on the binding
///   scale with BE = hν − KE − φ (φ the analyser work function of the block), others as recorded.
/// - `.xy` with Prodigy comments ("# Region:"): `SpecsXYReader`, each curve on its recorded scale.
/// - `.txt`, `.csv`, `.dat`, `.xy` without them: `TextSpectrumReader` (binding energy unless a
///   header says kinetic).
/// Anything else: `SpectrumReaderError.unknownFormat`.
public enum SpectrumReader {
    public enum Format: String, Sendable, Equatable {
        case vamas, specsXY, text
    }

    public static let textExtensions: Set<String> = ["txt", "csv", "dat"]

    /// Reads every spectrum in the file at `url`.
    public static func read(url: URL) throws -> [Spectrum] {
        try read(url: url, workFunction: .fromFile)
    }

    /// Reads every spectrum in the file at `url`; VAMAS kinetic energies convert to binding with
    /// the work function `workFunction` says (the other formats record binding energies or their own scale).
    public static func read(url: URL, workFunction: WorkFunctionCorrection) throws -> [Spectrum] {
        let (format, _) = try detect(url: url)
        switch format {
        case .vamas: return try VamasFile(contentsOf: url).spectra(workFunction: workFunction)
        case .specsXY: return try SpecsXYReader.read(url: url)
        case .text: return [try TextSpectrumReader.read(url: url)]
        }
    }

    /// The format of the file at `url`, and its text.
    public static func format(of url: URL) throws -> Format { try detect(url: url).0 }

    private static func detect(url: URL) throws -> (Format, String) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SpectrumReaderError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        let text = decodeText(data)
        let ext = url.pathExtension.lowercased()
        let isVamas = text.hasPrefix(VamasFile.formatIdentifierPrefix)
        if ext == "vms" || isVamas { return (.vamas, text) }
        if ext == "xy" { return (SpecsXYReader.looksLikeSpecsXY(text) ? .specsXY : .text, text) }
        if textExtensions.contains(ext) { return (.text, text) }
        if SpecsXYReader.looksLikeSpecsXY(text) { return (.specsXY, text) }
        throw SpectrumReaderError.unknownFormat(
            path: url.path, found: ext.isEmpty ? "no extension" : "." + ext,
            expected: ".vms, .xy, .txt, .csv or .dat, or a file starting with the VAMAS identifier")
    }
}
