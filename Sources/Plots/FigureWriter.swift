import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a figure's `<name>.dat` and standalone `<name>.gp` into a folder.
///
/// Both files are written under a temporary name in the same folder and renamed into place,
/// so a reader never sees half a file. The folder is created when missing.
public enum FigureWriter {
    /// Writes `<name>.dat` and `<name>.gp` of `figure` into `directory`.
    ///
    /// - Throws: `PlotError.invalidFigure` / `.invalidSeries` from `Figure.validate()`,
    ///   `PlotError.cannotWrite` when a file cannot be written.
    @discardableResult
    public static func write(_ figure: Figure, to directory: URL) throws -> (dat: URL, gp: URL) {
        try figure.validate()
        return try write(name: figure.name, dat: dataText(figure), gp: GnuplotScript.script(for: figure), to: directory)
    }

    /// Writes `<name>.dat` and `<name>.gp` of a sheet (panels' blocks in panel order) into `directory`.
    @discardableResult
    public static func write(_ sheet: SheetFigure, to directory: URL) throws -> (dat: URL, gp: URL) {
        try sheet.validate()
        return try write(name: sheet.name, dat: dataText(sheet), gp: GnuplotScript.script(for: sheet), to: directory)
    }

    /// The text of the figure's `.dat` file (main series, then residual series).
    public static func dataText(_ figure: Figure) throws -> String {
        try figure.validate()
        let all = figure.series + (figure.residual?.series ?? [])
        return DataFile.text(
            header: DataFile.header(
                name: figure.name, title: figure.title, xLabel: figure.xLabel,
                yLabel: figure.yLabel, blocks: all.count),
            blocks: all.map { DataFile.block($0) })
    }

    /// The text of the figure's `.gp` script.
    public static func scriptText(_ figure: Figure) throws -> String {
        try figure.validate()
        return GnuplotScript.script(for: figure)
    }

    /// The text of the sheet's `.dat` file.
    public static func dataText(_ sheet: SheetFigure) throws -> String {
        try sheet.validate()
        let blocks = sheet.panels.flatMap { panel in panel.series.map { DataFile.block($0, panel: panel.name) } }
        return DataFile.text(
            header: DataFile.header(
                name: sheet.name, title: sheet.title, xLabel: "per panel", yLabel: "per panel",
                blocks: blocks.count),
            blocks: blocks)
    }

    /// The text of the sheet's `.gp` script.
    public static func scriptText(_ sheet: SheetFigure) throws -> String {
        try sheet.validate()
        return GnuplotScript.script(for: sheet)
    }

    private static func write(name: String, dat: String, gp: String, to directory: URL) throws -> (dat: URL, gp: URL) {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw PlotError.cannotWrite(path: directory.path, reason: "cannot create the folder: \(error.localizedDescription)")
        }
        let datURL = directory.appendingPathComponent(name + ".dat")
        let gpURL = directory.appendingPathComponent(name + ".gp")
        try writeAtomically(dat, to: datURL)
        try writeAtomically(gp, to: gpURL)
        return (datURL, gpURL)
    }

    /// Writes `text` (UTF-8) to a temporary file beside `url`, then renames it to `url`.
    static func writeAtomically(_ text: String, to url: URL) throws {
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw PlotError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
        try moveIntoPlace(temporary, url)
    }

    /// Renames `source` to `destination`, replacing it (POSIX `rename`, atomic on one file system).
    static func moveIntoPlace(_ source: URL, _ destination: URL) throws {
        if rename(source.path, destination.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: source)
            throw PlotError.cannotWrite(path: destination.path, reason: "rename from \(source.lastPathComponent) failed: \(reason)")
        }
    }
}
