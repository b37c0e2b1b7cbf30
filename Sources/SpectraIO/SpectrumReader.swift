import Foundation
import Spectra

/// Errors of `SpectrumReader` itself (the format readers throw their own).
public enum SpectrumReaderError: Error, Equatable, CustomStringConvertible {
    /// Neither the content nor the extension names a known format.
    case unknownFormat(path: String, found: String, expected: String)
    /// The file could not be read at all.
    case unreadable(path: String, reason: String)
    /// A block selection names no block of the file.
    case noSuchBlock(path: String, selection: String, available: String)
    /// A selected block has an abscissa that is no energy (`axisLabel` as written).
    case notASpectrum(path: String, block: Int, label: String, axisLabel: String)

    public var description: String {
        switch self {
        case .unknownFormat(let path, let found, let expected):
            return "\(path): unknown spectrum format '\(found)', expected \(expected)"
        case .unreadable(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .noSuchBlock(let path, let selection, let available):
            return "\(path): no block \(selection); the file holds \(available)"
        case .notASpectrum(let path, let block, let label, let axisLabel):
            return "\(path): block \(block) ('\(label)') has abscissa '\(axisLabel)', not an energy: no spectrum to read"
        }
    }
}

/// Every block of one file, listed and ready to hand out as spectra.
public struct SpectrumFileContents: @unchecked Sendable {
    /// The file (absolute path).
    public let path: String
    public let format: SpectrumFormat
    /// What was repaired to read the file as a whole (line ends, leading blank lines, …).
    public let repairs: [String]
    /// One summary per block, in file order.
    public let blocks: [BlockSummary]
    let outcomes: [BlockOutcome]

    /// Block `index` as a spectrum; its metadata `repairs` holds the file's and the block's repairs.
    public func spectrum(block index: Int) throws -> Spectrum {
        guard blocks.indices.contains(index) else {
            throw SpectrumReaderError.noSuchBlock(path: path, selection: String(index), available: available)
        }
        switch outcomes[index] {
        case .spectrum(var s):
            let notes = repairs + blocks[index].repairs
            if !notes.isEmpty { s.metadata[SpectrumMetadataKey.repairs] = notes.joined(separator: "\n") }
            return s
        case .notEnergy:
            throw SpectrumReaderError.notASpectrum(
                path: path, block: index, label: blocks[index].label,
                axisLabel: blocks[index].axisLabel)
        case .failed(let error): throw error
        }
    }

    /// The indices `selection` picks, in file order for `.all` and `.labels`, as given for `.indices`.
    public func indices(_ selection: BlockSelection) throws -> [Int] {
        switch selection {
        case .all:
            return blocks.indices.filter { if case .notEnergy = outcomes[$0] { return false } else { return true } }
        case .indices(let list):
            if let bad = list.first(where: { !blocks.indices.contains($0) }) {
                throw SpectrumReaderError.noSuchBlock(path: path, selection: String(bad), available: available)
            }
            return list
        case .labels(let names):
            var picked: [Int] = []
            for name in names {
                let matching = blocks.filter { $0.isNamed(name) }.map(\.index)
                guard !matching.isEmpty else {
                    throw SpectrumReaderError.noSuchBlock(path: path, selection: "'\(name)'", available: available)
                }
                picked += matching
            }
            return Array(Set(picked)).sorted()
        }
    }

    /// The selected blocks as spectra. With `.all`, blocks whose abscissa is no energy are left
    /// out and named in every returned spectrum's metadata `skippedBlocks`.
    public func spectra(_ selection: BlockSelection = .all) throws -> [Spectrum] {
        var spectra = try indices(selection).map { try spectrum(block: $0) }
        let skipped = blocks.filter { b in if case .notEnergy = outcomes[b.index] { return true } else { return false } }
        if selection == .all, !skipped.isEmpty {
            let note =
                "blocks " + skipped.map { "\($0.index) ('\($0.label)', abscissa '\($0.axisLabel)')" }.joined(separator: ", ")
                + " have no energy axis; not read as spectra"
            for i in spectra.indices { spectra[i].metadata[SpectrumMetadataKey.skippedBlocks] = note }
        }
        return spectra
    }

    private var available: String {
        let labels = Array(Set(blocks.map(\.label))).sorted().prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        return "blocks 0…\(blocks.count - 1) (labels \(labels)\(Set(blocks.map(\.label)).count > 12 ? ", …" : ""))"
    }
}

/// One entry point for measured spectra: picks the reader from `SpectrumFormat` (content, then
/// extension), lists blocks (`inspect`) and reads them (`read`).
///
/// VAMAS XPS/UPS blocks come on the binding scale with BE = hν − KE − φ (φ the analyser work
/// function of the block, per `workFunction`), other VAMAS blocks as recorded; Prodigy curves
/// and Scienta regions on their recorded scale; two-column text in binding energy, converted
/// from kinetic with BE = hν − KE when the header gives hν.
public enum SpectrumReader {
    public typealias Format = SpectrumFormat

    /// Extensions of plain two-column text files.
    public static var textExtensions: Set<String> { Set(SpectrumFormat.text.extensions) }

    /// Every block of the file at `url`: summaries, repairs and the spectra.
    public static func contents(of url: URL, workFunction: WorkFunctionCorrection = .none) throws -> SpectrumFileContents {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SpectrumReaderError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try contents(text: decodeText(data), path: url.path, workFunction: workFunction)
    }

    /// Every block of a file's text; `path` names the file in errors and metadata, and its
    /// extension is used when the content names no format.
    public static func contents(text: String, path: String, workFunction: WorkFunctionCorrection = .none) throws -> SpectrumFileContents {
        let format = try detect(text: text, path: path)
        let (blocks, repairs) = try format.readBlocks(text: text, path: path, workFunction: workFunction)
        let outcomes = blocks.map { block -> BlockOutcome in
            guard case .spectrum(var s) = block.outcome else { return block.outcome }
            s.metadata[SpectrumMetadataKey.file] = path
            return .spectrum(s)
        }
        return SpectrumFileContents(
            path: path, format: format, repairs: repairs,
            blocks: blocks.map(\.summary), outcomes: outcomes)
    }

    /// One summary per block of the file at `url` (for listing a file before choosing blocks).
    public static func inspect(url: URL) throws -> [BlockSummary] { try contents(of: url).blocks }

    /// Reads every spectrum in the file at `url`.
    public static func read(url: URL) throws -> [Spectrum] {
        try read(url: url, workFunction: .none)
    }

    /// Reads the selected blocks of the file at `url` as spectra (see `SpectrumFileContents.spectra`).
    public static func read(
        url: URL, workFunction: WorkFunctionCorrection,
        blocks selection: BlockSelection = .all
    ) throws -> [Spectrum] {
        try contents(of: url, workFunction: workFunction).spectra(selection)
    }

    /// The format of the file at `url`.
    public static func format(of url: URL) throws -> Format {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SpectrumReaderError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try detect(text: decodeText(data), path: url.path)
    }

    private static func detect(text: String, path: String) throws -> Format {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        guard let format = SpectrumFormat.detect(text: text, pathExtension: ext) else {
            throw SpectrumReaderError.unknownFormat(
                path: path, found: ext.isEmpty ? "no extension" : "." + ext,
                expected: SpectrumFormat.expectedDescription)
        }
        return format
    }
}
