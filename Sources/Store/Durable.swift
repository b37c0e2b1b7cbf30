// fsync and rename(2): a finished file is on disk before its name points at it.

import Foundation

/// Writes that survive a kill or a power cut: the data on disk before the name points at it.
public enum Durable {
    /// Flushes `url`'s data to the disk (fsync).
    public static func sync(_ url: URL) throws {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { throw failure("open", url) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw failure("fsync", url) }
    }

    /// Renames `source` over `target` in one step (rename(2)): a reader sees the old file or the
    /// new one, never none; then flushes the folder so the new name itself is on disk.
    public static func rename(_ source: URL, over target: URL) throws {
        guard Foundation.rename(source.path, target.path) == 0 else { throw failure("rename to \(target.lastPathComponent)", source) }
        let folder = target.deletingLastPathComponent()
        let fd = open(folder.path, O_RDONLY)
        guard fd >= 0 else { return }
        defer { close(fd) }
        _ = fsync(fd)
    }

    /// Bytes free for this process on the file system holding `folder` (statvfs), if it can be read.
    public static func freeBytes(_ folder: URL) -> UInt64? {
        var s = statvfs()
        guard statvfs(folder.path, &s) == 0 else { return nil }
        return UInt64(s.f_bavail) * UInt64(s.f_frsize)
    }

    static func failure(_ call: String, _ url: URL) -> StoreError {
        .system(call: call, file: url.path, reason: String(cString: strerror(errno)))
    }
}

extension HDF5File {
    /// Creates `url` so that it never looks complete before it is: `body` fills a file under a
    /// temporary name (`<url>.tmp`), which is renamed to `url` only when `body` returns; on an
    /// error the temporary file is removed and `url` is left as it was.
    public static func writeAtomically(_ url: URL, _ body: (HDF5File) throws -> Void) throws {
        let temporary = url.appendingPathExtension("tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            let file = try HDF5File(creating: temporary)
            try body(file)
            file.close()
        } catch let error as StoreError {
            // A failed HDF5 write on a full disk: say so (HDF5 itself names only the call). The
            // space is measured before the partial file is removed.
            let free = Durable.freeBytes(temporary.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: temporary)
            if case .hdf5(let call, let file, _) = error, let free, free < 64 << 10 {
                throw StoreError.system(call: call, file: file, reason: "no space left on the device (\(free) bytes free); nothing was replaced")
            }
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        do {
            try Durable.sync(temporary)
            try Durable.rename(temporary, over: url)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
