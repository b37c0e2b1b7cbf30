// One harness process at a time writes an experiment's results folder, and the child processes of
// `harness run --jobs N` end with their parent: a killed run can be rerun at once without two
// writers racing on the same run files.

import Foundation

/// An exclusive lock on a results folder (flock(2) on `<folder>/.lock`, which records the
/// holder's pid), held until the value is released or the process ends.
public final class ResultsLock {
    let fd: Int32
    public let url: URL

    /// Takes the lock of `directory` (created when missing), or throws `HarnessError.busy` naming
    /// the process that holds it.
    public init(directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent(".lock")
        fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw HarnessError.file(path: url.path, line: nil, reason: "cannot open the lock: \(String(cString: strerror(errno)))")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            close(fd)
            throw HarnessError.busy(path: directory.path, holder: holder.isEmpty ? "another process" : "pid \(holder)")
        }
        _ = ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }

    /// Runs `body` holding the lock of `directory`.
    public static func holding<T>(_ directory: URL, _ body: () throws -> T) throws -> T {
        let lock = try ResultsLock(directory: directory)
        return try withExtendedLifetime(lock) { try body() }
    }
}

/// Child processes of `harness run --jobs N` end when their parent does.
public enum ParentWatch {
    /// The variable through which a parent tells its children its pid.
    public static let variable = "XPS_PARENT_PID"

    /// The environment for a child of this process.
    public static func childEnvironment() -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment[variable] = String(getpid())
        return environment
    }

    /// In a child (the variable set): exits at once when the parent is already gone, and later as
    /// soon as it is (its parent process id changes), checked every half second.
    public static func start(environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let text = environment[variable], let parent = Int32(text) else { return }
        guard getppid() == parent else { exitBecauseParentEnded(parent) }
        let watcher = Thread {
            while true {
                Thread.sleep(forTimeInterval: 0.5)
                if getppid() != parent { exitBecauseParentEnded(parent) }
            }
        }
        watcher.start()
    }

    static func exitBecauseParentEnded(_ parent: Int32) -> Never {
        FileHandle.standardError.write(Data("harness: the parent process \(parent) has ended; stopping this run (its checkpoint is kept)\n".utf8))
        _exit(143)
    }
}
