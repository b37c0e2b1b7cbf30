import Foundation

/// Errors of the VAMAS (ISO 14976) reader and writer.
///
/// Reading cases carry `line:`, the 1-based line number in the file, and `field:`, the field
/// name as ISO 14976 spells it ("number of blocks", "abscissa increment"). Errors raised while
/// reading a URL are wrapped in `inFile(path:error:)`.
public enum VamasError: Error, Equatable, CustomStringConvertible {
    /// A field holds text that is not what the format allows (e.g. "12x4" for an ordinate value).
    case unexpectedValue(line: Int, field: String, found: String, expected: String)
    /// An experiment mode or scan mode not defined by ISO 14976.
    case unknownMode(line: Int, field: String, found: String, expected: String)
    /// A mode defined by ISO 14976 that this reader does not read (scan mode MAPPING).
    case unsupportedMode(line: Int, field: String, found: String)
    /// The number of values found differs from the number declared at `line`.
    case valueCountMismatch(line: Int, field: String, found: Int, expected: Int)
    /// The count at `line` (as written: `found`) asks for more entries than the lines left in the
    /// file can hold (`room` entries): the file is truncated or the count is wrong.
    case countExceedsFile(line: Int, field: String, found: String, room: Int)
    /// The file ends at line `line − 1` while `field` was expected at `line`.
    case truncated(line: Int, field: String)
    /// A block cannot be turned into a spectrum as asked (block starting at `line`).
    case cannotConvert(line: Int, field: String, found: String, expected: String)
    /// Spectrum number `spectrum` (0-based) cannot be written as a VAMAS block.
    case unwritable(spectrum: Int, field: String, found: String, expected: String)
    /// The file could not be read at all (missing, no permission).
    case unreadable(reason: String)
    /// An error raised while reading the file at `path`.
    indirect case inFile(path: String, error: VamasError)

    /// The 1-based line number the error refers to, when it refers to one.
    public var line: Int? {
        switch self {
        case .unexpectedValue(let line, _, _, _), .unknownMode(let line, _, _, _),
            .unsupportedMode(let line, _, _), .valueCountMismatch(let line, _, _, _),
            .truncated(let line, _), .cannotConvert(let line, _, _, _), .countExceedsFile(let line, _, _, _):
            return line
        case .unwritable, .unreadable: return nil
        case .inFile(_, let error): return error.line
        }
    }

    /// The error without its file wrapper.
    public var underlying: VamasError {
        if case .inFile(_, let error) = self { return error.underlying }
        return self
    }

    public var description: String {
        switch self {
        case .unexpectedValue(let line, let field, let found, let expected):
            return "line \(line): \(field): found '\(found)', expected \(expected)"
        case .unknownMode(let line, let field, let found, let expected):
            return "line \(line): unknown \(field) '\(found)', expected \(expected)"
        case .unsupportedMode(let line, let field, let found):
            return "line \(line): \(field) '\(found)' is valid VAMAS but not read by this reader"
        case .valueCountMismatch(let line, let field, let found, let expected):
            return "line \(line): \(field): declared \(expected), found \(found)"
        case .countExceedsFile(let line, let field, let found, let room):
            return "line \(line): \(field): found \(found), but the rest of the file holds at most \(room) (truncated file or wrong count)"
        case .truncated(let line, let field):
            return "line \(line): file ends where '\(field)' was expected (truncated file)"
        case .cannotConvert(let line, let field, let found, let expected):
            return "block at line \(line): cannot convert: \(field) is '\(found)', expected \(expected)"
        case .unwritable(let spectrum, let field, let found, let expected):
            return "spectrum \(spectrum): cannot write \(field): found \(found), expected \(expected)"
        case .unreadable(let reason):
            return "cannot read: \(reason)"
        case .inFile(let path, let error):
            return "\(path): \(error.description)"
        }
    }
}
