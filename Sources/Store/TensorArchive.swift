// Named tensors in HDF5: one float32 dataset per tensor, named by its stable dotted name
// ("conv1.weight", "amplitude_bn.running_mean"), in a group such as /runs/<run>/model.
// Storage knows tensors and names only; which model they belong to is the caller's business.

import Tensors

public enum TensorArchive {
    /// Writes each tensor as a dataset of its name in `group`.
    public static func write(_ tensors: [(name: String, value: Tensor)], to group: HDF5Group) throws {
        for (name, t) in tensors {
            try group.write(name, floats: t.scalars, shape: t.shape)
        }
    }

    /// Reads the tensors named in `expected`, each checked against its shape. Fails when one is
    /// missing, has another shape, or the group holds datasets not expected; returns them in the
    /// order of `expected`.
    public static func read(_ expected: [(name: String, shape: [Int])], from group: HDF5Group) throws -> [Tensor] {
        let names = Set(expected.map(\.name))
        let stored = Set(try group.memberNames())
        if let extra = stored.subtracting(names).sorted().first {
            throw StoreError.unexpectedContent(
                file: group.file.url.path, path: group.fullPath(extra),
                found: "a parameter the model does not have", expected: "only \(names.count) model parameters")
        }
        return try expected.map { name, expectedShape in
            guard stored.contains(name) else { throw StoreError.missing(file: group.file.url.path, path: group.fullPath(name)) }
            let (values, shape) = try group.readFloats(name)
            guard shape == expectedShape else {
                throw StoreError.unexpectedContent(
                    file: group.file.url.path, path: group.fullPath(name),
                    found: "shape \(shape)", expected: "shape \(expectedShape)")
            }
            return Tensor(shape: shape, scalars: values)
        }
    }
}
