// Progress on standard error (a live status line on a terminal) and the lines a command prints
// on standard output, so that library code can report without knowing where it goes.

import Foundation

public final class ProgressReporter: @unchecked Sendable {
    let live: Bool
    let quiet: Bool
    private var lastWidth = 0

    public init(quiet: Bool = false) {
        self.quiet = quiet
        live = isatty(STDERR_FILENO) == 1
    }

    /// A transient status line (overwritten on a terminal, not printed otherwise).
    public func status(_ s: String) {
        guard live, !quiet else { return }
        let pad = String(repeating: " ", count: max(0, lastWidth - s.count))
        FileHandle.standardError.write(Data("\r\(s)\(pad)".utf8))
        lastWidth = s.count
    }

    /// A permanent line.
    public func line(_ s: String) {
        guard !quiet else { return }
        if live && lastWidth > 0 { FileHandle.standardError.write(Data("\r\(String(repeating: " ", count: lastWidth))\r".utf8)) }
        lastWidth = 0
        FileHandle.standardError.write(Data("\(s)\n".utf8))
    }
}

/// Where a command's result lines go: standard output by default, an array in tests.
public struct Console: Sendable {
    public let write: @Sendable (String) -> Void

    public init(write: @escaping @Sendable (String) -> Void) { self.write = write }

    public static let standardOutput = Console { Swift.print($0) }

    public func callAsFunction(_ line: String) { write(line) }
}
