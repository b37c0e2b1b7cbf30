import Foundation

/// Runs gnuplot on a figure script to make its images.
///
/// gnuplot (Debian package `gnuplot-nox`) is looked up on `PATH` and run in the script's folder
/// with `-e 'outstem="<temporary>"'`, so the images are first written under temporary names and
/// renamed to `<name>.png` / `<name>.svg` only when gnuplot succeeded.
public enum FigureRenderer {
    /// Renders `gp` and returns the images written (`<name>.png` and, for figures, `<name>.svg`).
    ///
    /// The formats are those the script declares on its `formats = "…"` line (png and svg when absent).
    ///
    /// - Throws: `PlotError.gnuplotNotFound`, `.cannotLaunch`, `.cannotRead`;
    ///   `.gnuplotFailed(script:status:message:)` with gnuplot's output when it exits with an error;
    ///   `.gnuplotWarning` when gnuplot finishes with a warning (e.g. a block with no valid points);
    ///   `.outputMissing` when an image was not written.
    @discardableResult
    public static func render(gp: URL) throws -> [URL] {
        let script = gp.standardizedFileURL
        let text: String
        do {
            text = try String(contentsOf: script, encoding: .utf8)
        } catch {
            throw PlotError.cannotRead(path: script.path, reason: error.localizedDescription)
        }
        let formats = declaredFormats(text) ?? ["png", "svg"]
        let directory = script.deletingLastPathComponent()
        let stem = script.deletingPathExtension().lastPathComponent
        let temporaryStem = ".\(stem).rendering-\(UUID().uuidString.prefix(8))"
        let temporaries = formats.map { directory.appendingPathComponent("\(temporaryStem).\($0)") }
        let finals = formats.map { directory.appendingPathComponent("\(stem).\($0)") }
        defer { for url in temporaries { try? FileManager.default.removeItem(at: url) } }

        let (status, output) = try runGnuplot(
            arguments: ["-e", "outstem = \"\(temporaryStem)\"", script.lastPathComponent], in: directory)
        if status != 0 {
            throw PlotError.gnuplotFailed(script: script.path, status: status, message: trimmed(output))
        }
        let warnings = dataWarnings(in: output)
        if !warnings.isEmpty {
            throw PlotError.gnuplotWarning(script: script.path, message: warnings.joined(separator: "\n"))
        }
        for (temporary, final) in zip(temporaries, finals) {
            let size = (try? FileManager.default.attributesOfItem(atPath: temporary.path)[.size] as? Int) ?? nil
            guard let size, size > 0 else {
                throw PlotError.outputMissing(script: script.path, expected: final.lastPathComponent)
            }
        }
        for (temporary, final) in zip(temporaries, finals) {
            try FigureWriter.moveIntoPlace(temporary, final)
        }
        return finals
    }

    /// The `gnuplot` executable on `PATH`.
    ///
    /// - Throws: `PlotError.gnuplotNotFound` naming the directories searched and the Debian package.
    public static func gnuplotExecutable() throws -> URL {
        try gnuplotExecutable(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")
    }

    /// The `gnuplot` executable in the first directory of a colon-separated `searchPath` holding one.
    static func gnuplotExecutable(searchPath path: String) throws -> URL {
        for directory in path.split(separator: ":") where !directory.isEmpty {
            let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent("gnuplot")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw PlotError.gnuplotNotFound(searched: path.isEmpty ? "PATH is empty" : path)
    }

    /// The formats of a `formats = "png svg"` line, or nil.
    static func declaredFormats(_ script: String) -> [String]? {
        for line in script.split(separator: "\n") {
            let trimmedLine = line.trimmingCharacters(in: .whitespaces)
            guard trimmedLine.hasPrefix("formats"), let open = trimmedLine.firstIndex(of: "\""),
                let close = trimmedLine.lastIndex(of: "\""), open < close
            else { continue }
            let words = trimmedLine[trimmedLine.index(after: open)..<close].split(separator: " ").map(String.init)
            if !words.isEmpty { return words }
        }
        return nil
    }

    /// gnuplot's warning lines, except "empty range" adjustments (constant data, drawn correctly).
    static func dataWarnings(in output: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { line in
            let lower = line.lowercased()
            guard lower.contains("warning") else { return false }
            return !(lower.contains("empty") && lower.contains("range"))
        }
    }

    private static func trimmed(_ output: String) -> String {
        output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func runGnuplot(arguments: [String], in directory: URL) throws -> (Int32, String) {
        let executable = try gnuplotExecutable()
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw PlotError.cannotLaunch(executable: executable.path, reason: error.localizedDescription)
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return (status, String(decoding: data, as: UTF8.self))
    }
}
