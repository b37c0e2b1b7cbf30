// A small, explicit wrapper over the HDF5 C library: files, groups, datasets (chunked, gzip +
// shuffle), attributes, fixed-length UTF-8 strings and external links. Every failing call throws
// a `StoreError` naming the call and the object path; HDF5's own error printing is silenced.

import Foundation
import CHDF5

public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// An HDF5 call failed on `path` in `file`.
    case hdf5(call: String, file: String, path: String)
    /// A dataset or attribute holds something other than what was asked for.
    case unexpectedContent(file: String, path: String, found: String, expected: String)
    case missing(file: String, path: String)
    /// A file-system call failed on `file`: the call and the system's reason (errno's text).
    case system(call: String, file: String, reason: String)

    public var description: String {
        switch self {
        case .hdf5(let call, let file, let path): return "\(file): HDF5 \(call) failed for '\(path)'"
        case .unexpectedContent(let file, let path, let found, let expected):
            return "\(file): '\(path)' holds \(found), expected \(expected)"
        case .missing(let file, let path): return "\(file): no object '\(path)'"
        case .system(let call, let file, let reason): return "\(file): \(call) failed: \(reason)"
        }
    }
}

/// An open HDF5 file. Closed on `close()` or deinit.
public final class HDF5File {
    public let url: URL
    let id: hid_t
    private var isOpen = true

    /// Creates (truncating) a file.
    public init(creating url: URL) throws {
        HDF5File.silenceErrors()
        self.url = url
        let fid = H5Fcreate(url.path, xps_H5F_ACC_TRUNC(), xps_H5P_DEFAULT(), xps_H5P_DEFAULT())
        guard fid >= 0 else { throw StoreError.hdf5(call: "H5Fcreate", file: url.path, path: "/") }
        id = fid
    }

    /// Opens an existing file.
    public init(opening url: URL, writable: Bool = false) throws {
        HDF5File.silenceErrors()
        self.url = url
        guard FileManager.default.fileExists(atPath: url.path) else { throw StoreError.missing(file: url.path, path: "/") }
        try LocalHeapCheck.check(url)
        let fid = H5Fopen(url.path, writable ? xps_H5F_ACC_RDWR() : xps_H5F_ACC_RDONLY(), xps_H5P_DEFAULT())
        guard fid >= 0 else { throw StoreError.hdf5(call: "H5Fopen", file: url.path, path: "/") }
        id = fid
    }

    public var root: HDF5Group { HDF5Group(file: self, id: id, path: "/", owned: false) }

    public func close() {
        if isOpen { H5Fclose(id); isOpen = false }
    }

    deinit { close() }

    /// Before the library's first use: no atexit clean-up (a file whose last write failed on a full
    /// disk made it crash at exit, after the error had been reported; every file this module opens
    /// is closed by its owner), and no error stack printed (errors are thrown with their context).
    static let libraryPrepared: Bool = {
        _ = H5dont_atexit()
        _ = H5Eset_auto2(0, nil, nil)
        return true
    }()

    static func silenceErrors() { _ = libraryPrepared }
}

/// A group (or the file's root). Objects are addressed by names relative to the group; a name
/// may contain slashes ("runs/a/model").
public final class HDF5Group {
    public let file: HDF5File
    let id: hid_t
    public let path: String
    private let owned: Bool

    init(file: HDF5File, id: hid_t, path: String, owned: Bool = true) {
        self.file = file; self.id = id; self.path = path; self.owned = owned
    }

    deinit { if owned { H5Gclose(id) } }

    func fullPath(_ name: String) -> String { path == "/" ? "/" + name : path + "/" + name }
    func fail(_ call: String, _ name: String) -> StoreError { .hdf5(call: call, file: file.url.path, path: fullPath(name)) }

    /// Whether a link `name` exists (each path component is checked).
    public func contains(_ name: String) -> Bool {
        var prefix = ""
        for part in name.split(separator: "/") {
            prefix = prefix.isEmpty ? String(part) : prefix + "/" + part
            if H5Lexists(id, prefix, xps_H5P_DEFAULT()) <= 0 { return false }
        }
        return true
    }

    /// Opens group `name`, creating it (and missing parents) when absent.
    public func group(_ name: String) throws -> HDF5Group {
        if contains(name) { return try openGroup(name) }
        let lcpl = H5Pcreate(xps_H5P_LINK_CREATE())
        defer { H5Pclose(lcpl) }
        H5Pset_create_intermediate_group(lcpl, 1)
        let gid = H5Gcreate2(id, name, lcpl, xps_H5P_DEFAULT(), xps_H5P_DEFAULT())
        guard gid >= 0 else { throw fail("H5Gcreate2", name) }
        return HDF5Group(file: file, id: gid, path: fullPath(name))
    }

    /// Opens an existing group.
    public func openGroup(_ name: String) throws -> HDF5Group {
        guard contains(name) else { throw StoreError.missing(file: file.url.path, path: fullPath(name)) }
        let gid = H5Gopen2(id, name, xps_H5P_DEFAULT())
        guard gid >= 0 else { throw fail("H5Gopen2", name) }
        return HDF5Group(file: file, id: gid, path: fullPath(name))
    }

    /// Names of the links directly in this group, sorted.
    public func memberNames() throws -> [String] {
        var info = H5G_info_t()
        guard H5Gget_info(id, &info) >= 0 else { throw fail("H5Gget_info", ".") }
        var names: [String] = []
        for i in 0..<info.nlinks {
            let n = H5Lget_name_by_idx(id, ".", H5_INDEX_NAME, H5_ITER_INC, i, nil, 0, xps_H5P_DEFAULT())
            guard n >= 0 else { throw fail("H5Lget_name_by_idx", ".") }
            var buf = [CChar](repeating: 0, count: Int(n) + 1)
            H5Lget_name_by_idx(id, ".", H5_INDEX_NAME, H5_ITER_INC, i, &buf, Int(n) + 1, xps_H5P_DEFAULT())
            names.append(String(decoding: buf.prefix(Int(n)).map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return names.sorted()
    }

    // MARK: Datasets

    /// Writes a float32 dataset. Rank ≥ 2 datasets larger than 4096 values are chunked
    /// (≤ 1 MiB chunks along the first axis) and compressed (shuffle + gzip 4).
    public func write(_ name: String, floats values: [Float], shape: [Int]) throws {
        try writeNumeric(name, values, shape: shape, type: xps_H5T_NATIVE_FLOAT(), elementSize: 4)
    }

    /// Writes a float64 dataset (axes, metrics).
    public func write(_ name: String, doubles values: [Double], shape: [Int]? = nil) throws {
        try writeNumeric(name, values, shape: shape ?? [values.count], type: xps_H5T_NATIVE_DOUBLE(), elementSize: 8)
    }

    /// Writes an int64 dataset.
    public func write(_ name: String, integers values: [Int64], shape: [Int]? = nil) throws {
        try writeNumeric(name, values, shape: shape ?? [values.count], type: xps_H5T_NATIVE_INT64(), elementSize: 8)
    }

    private func writeNumeric<T>(_ name: String, _ values: [T], shape: [Int], type: hid_t, elementSize: Int) throws {
        precondition(shape.reduce(1, *) == values.count, "dataset \(name): shape \(shape) holds \(shape.reduce(1, *)) values, got \(values.count)")
        try ensureParent(name)
        let dims = shape.map { hsize_t($0) }
        let space = H5Screate_simple(Int32(dims.count), dims, nil)
        guard space >= 0 else { throw fail("H5Screate_simple", name) }
        defer { H5Sclose(space) }
        let dcpl = H5Pcreate(xps_H5P_DATASET_CREATE())
        defer { H5Pclose(dcpl) }
        if shape.count >= 2 && values.count > 4096 {
            let rowBytes = shape.dropFirst().reduce(1, *) * elementSize
            let rows = max(1, min(shape[0], (1 << 20) / max(1, rowBytes)))
            var chunk = dims
            chunk[0] = hsize_t(rows)
            // A single row larger than 1 MiB: chunk the last axis too.
            if rowBytes > 1 << 20 { chunk[chunk.count - 1] = hsize_t(max(1, (1 << 20) / (elementSize * shape.dropFirst().dropLast().reduce(1, *)))) }
            H5Pset_chunk(dcpl, Int32(chunk.count), chunk)
            H5Pset_shuffle(dcpl)
            H5Pset_deflate(dcpl, 4)
        }
        let did = H5Dcreate2(id, name, type, space, xps_H5P_DEFAULT(), dcpl, xps_H5P_DEFAULT())
        guard did >= 0 else { throw fail("H5Dcreate2", name) }
        defer { H5Dclose(did) }
        let status = values.withUnsafeBytes { H5Dwrite(did, type, xps_H5S_ALL(), xps_H5S_ALL(), xps_H5P_DEFAULT(), $0.baseAddress) }
        guard status >= 0 else { throw fail("H5Dwrite", name) }
    }

    private func ensureParent(_ name: String) throws {
        if let slash = name.lastIndex(of: "/") { _ = try group(String(name[..<slash])) }
    }

    /// Shape of dataset `name`.
    public func shape(of name: String) throws -> [Int] {
        let did = try openDataset(name)
        defer { H5Dclose(did) }
        return try datasetShape(did, name)
    }

    private func openDataset(_ name: String) throws -> hid_t {
        guard contains(name) else { throw StoreError.missing(file: file.url.path, path: fullPath(name)) }
        let did = H5Dopen2(id, name, xps_H5P_DEFAULT())
        guard did >= 0 else { throw fail("H5Dopen2", name) }
        return did
    }

    private func datasetShape(_ did: hid_t, _ name: String) throws -> [Int] {
        let space = H5Dget_space(did)
        guard space >= 0 else { throw fail("H5Dget_space", name) }
        defer { H5Sclose(space) }
        let rank = Int(H5Sget_simple_extent_ndims(space))
        guard (0...32).contains(rank) else { throw fail("H5Sget_simple_extent_ndims", name) }
        var dims = [hsize_t](repeating: 0, count: max(rank, 1))
        guard H5Sget_simple_extent_dims(space, &dims, nil) >= 0 else { throw fail("H5Sget_simple_extent_dims", name) }
        let shape = dims.prefix(rank).map { $0 <= hsize_t(Int.max) ? Int($0) : -1 }
        _ = try checkedCount(shape, elementSize: 1, name)
        return shape
    }

    /// Reads a numeric dataset as Float (HDF5 converts from the stored type).
    public func readFloats(_ name: String) throws -> (values: [Float], shape: [Int]) {
        try readNumeric(name, type: xps_H5T_NATIVE_FLOAT(), zero: Float(0))
    }

    /// Reads a numeric dataset as Double.
    public func readDoubles(_ name: String) throws -> (values: [Double], shape: [Int]) {
        try readNumeric(name, type: xps_H5T_NATIVE_DOUBLE(), zero: Double(0))
    }

    private func readNumeric<T>(_ name: String, type: hid_t, zero: T) throws -> (values: [T], shape: [Int]) {
        let did = try openDataset(name)
        defer { H5Dclose(did) }
        let dtype = H5Dget_type(did)
        defer { H5Tclose(dtype) }
        let cls = H5Tget_class(dtype)
        guard cls == H5T_FLOAT || cls == H5T_INTEGER else {
            throw StoreError.unexpectedContent(file: file.url.path, path: fullPath(name), found: "a non-numeric dataset", expected: "numbers")
        }
        let shape = try datasetShape(did, name)
        var values = [T](repeating: zero, count: try checkedCount(shape, elementSize: MemoryLayout<T>.stride, name))
        try checkStorage(did, elements: values.count, name)
        let status = values.withUnsafeMutableBytes { H5Dread(did, type, xps_H5S_ALL(), xps_H5S_ALL(), xps_H5P_DEFAULT(), $0.baseAddress) }
        guard status >= 0 else { throw fail("H5Dread", name) }
        return (values, shape)
    }

    /// Writes a scalar UTF-8 string dataset (fixed length).
    public func write(_ name: String, string: String) throws {
        try ensureParent(name)
        let bytes = Array(string.utf8)
        let type = try stringType(count: bytes.count, name)
        defer { H5Tclose(type) }
        let space = H5Screate(H5S_SCALAR)
        defer { H5Sclose(space) }
        let did = H5Dcreate2(id, name, type, space, xps_H5P_DEFAULT(), xps_H5P_DEFAULT(), xps_H5P_DEFAULT())
        guard did >= 0 else { throw fail("H5Dcreate2", name) }
        defer { H5Dclose(did) }
        let padded = bytes.isEmpty ? [UInt8(0)] : bytes
        guard padded.withUnsafeBytes({ H5Dwrite(did, type, xps_H5S_ALL(), xps_H5S_ALL(), xps_H5P_DEFAULT(), $0.baseAddress) }) >= 0
        else { throw fail("H5Dwrite", name) }
    }

    /// Reads a scalar string dataset.
    public func readString(_ name: String) throws -> String {
        let did = try openDataset(name)
        defer { H5Dclose(did) }
        let dtype = H5Dget_type(did)
        defer { H5Tclose(dtype) }
        guard H5Tget_class(dtype) == H5T_STRING, H5Tis_variable_str(dtype) == 0 else {
            throw StoreError.unexpectedContent(file: file.url.path, path: fullPath(name), found: "another type", expected: "a fixed-length string")
        }
        let size = try checkedCount([H5Tget_size(dtype)], elementSize: 1, name)
        guard size > 0 else { throw fail("H5Tget_size", name) }
        let shape = try datasetShape(did, name)
        guard shape.reduce(1, *) == 1 else {
            throw StoreError.unexpectedContent(file: file.url.path, path: fullPath(name), found: "\(shape) strings", expected: "one string")
        }
        try checkStorage(did, elements: 1, name)
        var buf = [UInt8](repeating: 0, count: size)
        guard buf.withUnsafeMutableBytes({ H5Dread(did, dtype, xps_H5S_ALL(), xps_H5S_ALL(), xps_H5P_DEFAULT(), $0.baseAddress) }) >= 0
        else { throw fail("H5Dread", name) }
        return String(decoding: buf.prefix { $0 != 0 }, as: UTF8.self)
    }

    private func stringType(count: Int, _ name: String) throws -> hid_t {
        let type = H5Tcopy(xps_H5T_C_S1())
        guard type >= 0 else { throw fail("H5Tcopy", name) }
        H5Tset_size(type, max(1, count))
        H5Tset_cset(type, H5T_CSET_UTF8)
        H5Tset_strpad(type, H5T_STR_NULLPAD)
        return type
    }

    // MARK: Attributes (on this group)

    public func setAttribute(_ name: String, _ value: String) throws {
        let bytes = Array(value.utf8)
        let type = try stringType(count: bytes.count, name)
        defer { H5Tclose(type) }
        let space = H5Screate(H5S_SCALAR)
        defer { H5Sclose(space) }
        try writeAttribute(name, type: type, space: space, bytes: bytes.isEmpty ? [0] : bytes)
    }

    public func setAttribute(_ name: String, _ value: Double) throws {
        try setAttribute(name, [value])
    }

    public func setAttribute(_ name: String, _ values: [Double]) throws {
        var dims = [hsize_t(values.count)]
        let space = H5Screate_simple(1, &dims, nil)
        defer { H5Sclose(space) }
        try writeAttribute(
            name, type: xps_H5T_NATIVE_DOUBLE(), space: space,
            bytes: values.withUnsafeBytes { Array($0) })
    }

    public func setAttribute(_ name: String, _ value: Int) throws {
        var v = Int64(value)
        var dims = [hsize_t(1)]
        let space = H5Screate_simple(1, &dims, nil)
        defer { H5Sclose(space) }
        try writeAttribute(name, type: xps_H5T_NATIVE_INT64(), space: space, bytes: withUnsafeBytes(of: &v) { Array($0) })
    }

    private func writeAttribute(_ name: String, type: hid_t, space: hid_t, bytes: [UInt8]) throws {
        if H5Aexists(id, name) > 0 { H5Adelete(id, name) }
        let aid = H5Acreate2(id, name, type, space, xps_H5P_DEFAULT(), xps_H5P_DEFAULT())
        guard aid >= 0 else { throw fail("H5Acreate2", "@" + name) }
        defer { H5Aclose(aid) }
        guard bytes.withUnsafeBytes({ H5Awrite(aid, type, $0.baseAddress) }) >= 0 else { throw fail("H5Awrite", "@" + name) }
    }

    /// Sets a string attribute on dataset `dataset` (e.g. units on /axis).
    public func setAttribute(_ name: String, _ value: String, onDataset dataset: String) throws {
        guard contains(dataset) else { throw StoreError.missing(file: file.url.path, path: fullPath(dataset)) }
        let did = H5Dopen2(id, dataset, xps_H5P_DEFAULT())
        guard did >= 0 else { throw fail("H5Dopen2", dataset) }
        defer { H5Dclose(did) }
        let bytes = Array(value.utf8)
        let type = try stringType(count: bytes.count, name)
        defer { H5Tclose(type) }
        let space = H5Screate(H5S_SCALAR)
        defer { H5Sclose(space) }
        if H5Aexists(did, name) > 0 { H5Adelete(did, name) }
        let aid = H5Acreate2(did, name, type, space, xps_H5P_DEFAULT(), xps_H5P_DEFAULT())
        guard aid >= 0 else { throw fail("H5Acreate2", dataset + "@" + name) }
        defer { H5Aclose(aid) }
        let padded = bytes.isEmpty ? [UInt8(0)] : bytes
        guard padded.withUnsafeBytes({ H5Awrite(aid, type, $0.baseAddress) }) >= 0 else { throw fail("H5Awrite", dataset + "@" + name) }
    }

    /// Reads a string attribute.
    public func stringAttribute(_ name: String) throws -> String {
        let aid = try openAttribute(name)
        defer { H5Aclose(aid) }
        let type = H5Aget_type(aid)
        defer { H5Tclose(type) }
        guard H5Tget_class(type) == H5T_STRING, H5Tis_variable_str(type) == 0 else {
            throw StoreError.unexpectedContent(
                file: file.url.path, path: fullPath("@" + name), found: "another type", expected: "a fixed-length string")
        }
        let size = try checkedCount([H5Tget_size(type)], elementSize: 1, "@" + name)
        guard size > 0 else { throw fail("H5Tget_size", "@" + name) }
        var buf = [UInt8](repeating: 0, count: size)
        guard buf.withUnsafeMutableBytes({ H5Aread(aid, type, $0.baseAddress) }) >= 0 else { throw fail("H5Aread", "@" + name) }
        return String(decoding: buf.prefix { $0 != 0 }, as: UTF8.self)
    }

    /// Reads a numeric attribute as Doubles.
    public func doubleAttribute(_ name: String) throws -> [Double] {
        let aid = try openAttribute(name)
        defer { H5Aclose(aid) }
        let space = H5Aget_space(aid)
        guard space >= 0 else { throw fail("H5Aget_space", "@" + name) }
        defer { H5Sclose(space) }
        let points = Int(H5Sget_simple_extent_npoints(space))
        guard points >= 0 else { throw fail("H5Sget_simple_extent_npoints", "@" + name) }
        let n = try checkedCount([points], elementSize: MemoryLayout<Double>.stride, "@" + name)
        var values = [Double](repeating: 0, count: n)
        guard values.withUnsafeMutableBytes({ H5Aread(aid, xps_H5T_NATIVE_DOUBLE(), $0.baseAddress) }) >= 0
        else { throw fail("H5Aread", "@" + name) }
        return values
    }

    private func openAttribute(_ name: String) throws -> hid_t {
        guard H5Aexists(id, name) > 0 else { throw StoreError.missing(file: file.url.path, path: fullPath("@" + name)) }
        let aid = H5Aopen(id, name, xps_H5P_DEFAULT())
        guard aid >= 0 else { throw fail("H5Aopen", "@" + name) }
        return aid
    }

    // MARK: Links

    /// Removes the link `name` (a group or dataset) when present.
    public func remove(_ name: String) throws {
        guard contains(name) else { return }
        guard H5Ldelete(id, name, xps_H5P_DEFAULT()) >= 0 else { throw fail("H5Ldelete", name) }
    }

    /// Creates `name` here as an external link to `objectPath` in `fileName` (relative paths are
    /// resolved against the linking file's folder by HDF5).
    public func linkExternal(_ name: String, fileName: String, objectPath: String) throws {
        try ensureParent(name)
        guard H5Lcreate_external(fileName, objectPath, id, name, xps_H5P_DEFAULT(), xps_H5P_DEFAULT()) >= 0
        else { throw fail("H5Lcreate_external", name) }
    }
}
