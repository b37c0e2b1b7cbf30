import Foundation

/// Errors of figure validation, file writing and gnuplot rendering.
///
/// Cases name the figure (its file stem) or the script path, the field or series concerned,
/// what was found and what was expected. gnuplot's own message is carried verbatim.
public enum PlotError: Error, Equatable, CustomStringConvertible {
    /// A figure-level field holds a value a figure cannot be drawn with.
    case invalidFigure(figure: String, field: String, found: String, expected: String)
    /// A series of the figure holds data that cannot be drawn as asked.
    case invalidSeries(figure: String, series: String, field: String, found: String, expected: String)
    /// A file could not be written (directory not creatable, disk full, rename refused).
    case cannotWrite(path: String, reason: String)
    /// A script could not be read.
    case cannotRead(path: String, reason: String)
    /// No `gnuplot` executable on any directory of `PATH`.
    case gnuplotNotFound(searched: String)
    /// gnuplot could not be started.
    case cannotLaunch(executable: String, reason: String)
    /// gnuplot ended with an error while running `script`; `message` is its output.
    case gnuplotFailed(script: String, status: Int32, message: String)
    /// gnuplot finished but warned, e.g. that a data block had no valid points ("empty range"
    /// adjustments for constant data are not warnings here).
    case gnuplotWarning(script: String, message: String)
    /// gnuplot finished without error but an expected output file is missing or empty.
    case outputMissing(script: String, expected: String)

    public var description: String {
        switch self {
        case .invalidFigure(let figure, let field, let found, let expected):
            return "figure '\(figure)': \(field): found \(found), expected \(expected)"
        case .invalidSeries(let figure, let series, let field, let found, let expected):
            return "figure '\(figure)', series '\(series)': \(field): found \(found), expected \(expected)"
        case .cannotWrite(let path, let reason):
            return "\(path): cannot write: \(reason)"
        case .cannotRead(let path, let reason):
            return "\(path): cannot read: \(reason)"
        case .gnuplotNotFound(let searched):
            return "gnuplot not found on PATH (\(searched)); install the Debian package gnuplot-nox "
                + "(apt-get install gnuplot-nox), which provides the pngcairo and svg terminals"
        case .cannotLaunch(let executable, let reason):
            return "\(executable): cannot start: \(reason)"
        case .gnuplotFailed(let script, let status, let message):
            return "\(script): gnuplot failed (exit status \(status)): \(message)"
        case .gnuplotWarning(let script, let message):
            return "\(script): gnuplot finished with a warning: \(message)"
        case .outputMissing(let script, let expected):
            return "\(script): gnuplot finished but did not write \(expected)"
        }
    }
}
