// Sizes read from a file, checked before anything is allocated for them: a damaged file can
// declare any number of elements, and an allocation of that many would end the process.

import CHDF5

extension HDF5Group {
    /// The number of elements of `shape`, refused when a damaged file declares more than its bytes
    /// could hold: deflate expands at most 1,032-fold, so a file of n bytes holds at most ~1,032·n
    /// bytes of data (64 MiB at least, for fill values never written).
    func checkedCount(_ shape: [Int], elementSize: Int, _ name: String) throws -> Int {
        var fileSize: hsize_t = 0
        _ = H5Fget_filesize(file.id, &fileSize)
        let limit = max(64 << 20, Int(min(fileSize, 1 << 40)) * 1032)
        var count = 1
        for d in shape {
            let (c, overflow) = count.multipliedReportingOverflow(by: d)
            guard d >= 0, !overflow else { count = Int.max; break }
            count = c
        }
        let (bytes, overflow) = count.multipliedReportingOverflow(by: max(1, elementSize))
        guard !overflow, bytes <= limit else {
            throw StoreError.unexpectedContent(
                file: file.url.path, path: fullPath(name), found: "a declared size of \(shape) elements",
                expected: "at most \(limit) bytes in a file of \(fileSize) bytes (the file is damaged)")
        }
        return count
    }
}
