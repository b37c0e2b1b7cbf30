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

extension HDF5Group {
    /// A compact or contiguous dataset's stored bytes must be what its shape and stored type need,
    /// and contiguous ones must lie inside the file: libhdf5 1.10 copies as many bytes as the shape
    /// says from a damaged compact buffer or contiguous block without checking (a segmentation
    /// fault in `H5D__contig_read`, found by `make fuzz`). Chunked datasets are checked chunk by
    /// chunk by the library itself.
    func checkStorage(_ did: hid_t, elements: Int, _ name: String) throws {
        let plist = H5Dget_create_plist(did)
        guard plist >= 0 else { throw StoreError.hdf5(call: "H5Dget_create_plist", file: file.url.path, path: fullPath(name)) }
        defer { H5Pclose(plist) }
        let layout = H5Pget_layout(plist)
        guard layout == H5D_COMPACT || layout == H5D_CONTIGUOUS else { return }
        let dtype = H5Dget_type(did)
        defer { H5Tclose(dtype) }
        let (needed, overflow) = elements.multipliedReportingOverflow(by: H5Tget_size(dtype))
        let stored = H5Dget_storage_size(did)
        // The dataset's own file: an external link leads into another.
        var fileSize: hsize_t = 0
        let owner = H5Iget_file_id(did)
        if owner >= 0 {
            _ = H5Fget_filesize(owner, &fileSize)
            H5Fclose(owner)
        }
        let offset = UInt64(H5Dget_offset(did))
        let unallocated = layout == H5D_CONTIGUOUS && offset == UInt64.max
        let inside = layout == H5D_COMPACT || unallocated || (offset <= fileSize && UInt64(max(0, needed)) <= fileSize - offset)
        guard !overflow, unallocated || stored == UInt64(needed), inside else {
            let kind = layout == H5D_COMPACT ? "compact" : "contiguous"
            throw StoreError.unexpectedContent(
                file: file.url.path, path: fullPath(name),
                found: "a \(kind) dataset of \(elements) elements (\(needed) bytes) with \(stored) bytes stored"
                    + (layout == H5D_CONTIGUOUS ? " at byte \(offset) of a \(fileSize)-byte file" : ""),
                expected: "storage that holds its elements inside the file (the file is damaged)")
        }
    }
}
