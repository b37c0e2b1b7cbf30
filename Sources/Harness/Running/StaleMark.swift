// A results folder whose runs are being replaced says so until its figures and tables are redrawn:
// a run killed halfway leaves the earlier tables beside newer run files, and they must not look
// current.

import Foundation

public enum StaleMark {
    /// The marker file in Results/<experiment>/.
    public static let fileName = "STALE.md"

    /// Marks `folder`'s figures and tables out of date, with why (a sentence).
    public static func set(_ folder: URL, reason: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text = """
            # The figures and tables here are out of date

            \(reason)

            They are current again when that command finishes, or after `harness plot` (or
            `harness run`) on this experiment redraws them from the run files; this file is then removed.

            """
        try text.write(to: folder.appendingPathComponent(fileName), atomically: true, encoding: .utf8)
    }

    /// Removes the mark: the figures and tables were just redrawn from the run files.
    public static func clear(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder.appendingPathComponent(fileName))
    }

    /// Why `folder`'s figures and tables are out of date, or nil when they are current.
    public static func reason(_ folder: URL) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(fileName), encoding: .utf8)
    }
}
