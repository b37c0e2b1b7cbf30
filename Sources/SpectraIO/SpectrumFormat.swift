import Foundation
import Spectra

/// The spectrum formats SpectrumIO reads, in one table: name, extensions, how the content is
/// recognised, and the reader.
///
/// A file is recognised by content first (VAMAS identifier on the first non-blank line,
/// Prodigy comments, Scienta `[Info]`/`[Region 1]` sections), whatever its extension; failing
/// that, by an extension a format claims without content (`.vms`, `.npl` → VAMAS, which then
/// reports what line 1 holds; `.txt`, `.csv`, `.dat`, `.xy` → two-column text).
public enum SpectrumFormat: String, CaseIterable, Sendable, Equatable {
    case vamas, specsXY, scientaText, text

    /// Name for messages and metadata.
    public var name: String {
        switch self {
        case .vamas: "VAMAS (ISO 14976)"
        case .specsXY: "SPECS Prodigy XY"
        case .scientaText: "Scienta SES text"
        case .text: "two-column text / CSV"
        }
    }

    /// Extensions (lower case, without the dot) files of this format usually carry.
    public var extensions: [String] {
        switch self {
        case .vamas: ["vms", "npl"]
        case .specsXY: ["xy"]
        case .scientaText: ["txt"]
        case .text: ["txt", "csv", "dat", "xy"]
        }
    }

    /// Whether a file with one of `extensions` is read as this format when its content names none.
    var claimsExtensions: Bool { self == .vamas || self == .text }

    /// Every extension of every format, sorted, without duplicates (for folder scans).
    public static var allExtensions: [String] { Array(Set(allCases.flatMap(\.extensions))).sorted() }

    /// Whether `text` is this format by its content (`.text` has no signature: false).
    public func recognises(_ text: String) -> Bool {
        switch self {
        case .vamas:
            let start = text.drop { $0 == " " || $0 == "\t" || $0.isNewline }
            return start.hasPrefix(VamasFile.formatIdentifierPrefix)
        case .specsXY: return SpecsXYReader.looksLikeSpecsXY(text)
        case .scientaText: return ScientaTextReader.looksLikeScienta(text)
        case .text: return false
        }
    }

    /// The format of a file with `text` and extension `pathExtension`, nil when none fits.
    public static func detect(text: String, pathExtension: String) -> SpectrumFormat? {
        if let format = allCases.first(where: { $0.recognises(text) }) { return format }
        let ext = pathExtension.lowercased()
        return allCases.first { $0.claimsExtensions && $0.extensions.contains(ext) }
    }

    /// Text for errors: what files are read.
    static var expectedDescription: String {
        let exts = allExtensions.map { "." + $0 }
        return exts.dropLast().joined(separator: ", ") + " or " + (exts.last ?? "")
            + ", or content recognised as VAMAS, SPECS Prodigy XY or Scienta SES text"
    }

    /// Reads every block of `text` (the file at `path`).
    func readBlocks(text: String, path: String, workFunction: WorkFunctionCorrection) throws -> (blocks: [ReadBlock], repairs: [String]) {
        switch self {
        case .vamas:
            var file: VamasFile
            do { file = try VamasFile(text: text) } catch let error as VamasError {
                throw VamasError.inFile(path: path, error: error)
            }
            file.path = path
            return (file.readBlocks(workFunction: workFunction), file.repairs)
        case .specsXY:
            return try SpecsXYReader.readBlocks(text: text, name: path, scale: nil, workFunction: workFunction)
        case .scientaText:
            return try ScientaTextReader.readBlocks(text: text, name: path)
        case .text:
            let split = TextLines(text)
            let label = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return ([try TextSpectrumReader.block(lines: split.lines, name: path, label: label)], split.repairNotes)
        }
    }
}
