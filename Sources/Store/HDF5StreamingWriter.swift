// A float32 dataset [N, …] written block by block along its first axis, so a data set larger
// than memory can be exported (chunked, shuffle + gzip, ≤ 1 MiB chunks).

import CHDF5

public final class HDF5RowWriter {
    let group: HDF5Group
    let name: String
    let id: hid_t
    public let shape: [Int]
    let rowCount: Int

    init(group: HDF5Group, name: String, shape: [Int]) throws {
        precondition(shape.count >= 1 && shape.allSatisfy { $0 > 0 }, "dataset \(name) needs a positive shape, got \(shape)")
        self.group = group
        self.name = name
        self.shape = shape
        rowCount = shape.dropFirst().reduce(1, *)
        let dims = shape.map { hsize_t($0) }
        let space = H5Screate_simple(Int32(dims.count), dims, nil)
        defer { H5Sclose(space) }
        let dcpl = H5Pcreate(xps_H5P_DATASET_CREATE())
        defer { H5Pclose(dcpl) }
        var chunk = dims
        chunk[0] = hsize_t(max(1, min(shape[0], (1 << 20) / max(1, rowCount * 4))))
        H5Pset_chunk(dcpl, Int32(chunk.count), chunk)
        H5Pset_shuffle(dcpl)
        H5Pset_deflate(dcpl, 4)
        let did = H5Dcreate2(group.id, name, xps_H5T_NATIVE_FLOAT(), space, xps_H5P_DEFAULT(), dcpl, xps_H5P_DEFAULT())
        guard did >= 0 else { throw group.fail("H5Dcreate2", name) }
        id = did
    }

    /// Writes rows `start ..< start + values.count / rowSize`.
    public func write(rowsStartingAt start: Int, _ values: [Float]) throws {
        let n = values.count / rowCount
        precondition(
            n * rowCount == values.count && start >= 0 && start + n <= shape[0],
            "rows \(start)..<\(start + n) of \(name) do not fit shape \(shape)")
        let file = H5Dget_space(id)
        defer { H5Sclose(file) }
        var offset = [hsize_t](repeating: 0, count: shape.count)
        offset[0] = hsize_t(start)
        var count = shape.map { hsize_t($0) }
        count[0] = hsize_t(n)
        H5Sselect_hyperslab(file, H5S_SELECT_SET, offset, nil, count, nil)
        let memory = H5Screate_simple(Int32(count.count), count, nil)
        defer { H5Sclose(memory) }
        let status = values.withUnsafeBytes { H5Dwrite(id, xps_H5T_NATIVE_FLOAT(), memory, file, xps_H5P_DEFAULT(), $0.baseAddress) }
        guard status >= 0 else { throw group.fail("H5Dwrite", name) }
    }

    deinit { H5Dclose(id) }
}

extension HDF5Group {
    /// A float32 dataset of `shape` to be filled block by block with `HDF5RowWriter.write`.
    public func rowWriter(_ name: String, shape: [Int]) throws -> HDF5RowWriter {
        if let slash = name.lastIndex(of: "/") { _ = try group(String(name[..<slash])) }
        return try HDF5RowWriter(group: self, name: name, shape: shape)
    }
}
