// Model parameters in HDF5: one float32 dataset per parameter (and buffer), named by its stable
// dotted name ("conv1.weight", "amplitude_bn.running_mean"), in a group such as /runs/<run>/model.

import Tensors
import NeuralNets

public enum ModelArchive {
    /// Writes every parameter and buffer of `model` into `group`.
    public static func write(_ model: Model, to group: HDF5Group) throws {
        for (name, p) in model.namedParameters {
            try group.write(name, floats: p.value.scalars, shape: p.value.shape)
        }
    }

    /// Loads every parameter and buffer of `model` from `group`, by name. Fails (changing nothing)
    /// when a parameter is missing, has another shape, or the group holds datasets the model lacks.
    public static func read(into model: Model, from group: HDF5Group) throws {
        let params = model.namedParameters
        let expected = Set(params.map(\.name))
        let stored = Set(try group.memberNames())
        if let extra = stored.subtracting(expected).sorted().first {
            throw StoreError.unexpectedContent(file: group.file.url.path, path: group.fullPath(extra),
                                               found: "a parameter the model does not have", expected: "only \(expected.count) model parameters")
        }
        var loaded: [(Parameter, Tensor)] = []
        for (name, p) in params {
            guard stored.contains(name) else { throw StoreError.missing(file: group.file.url.path, path: group.fullPath(name)) }
            let (values, shape) = try group.readFloats(name)
            guard shape == p.value.shape else {
                throw StoreError.unexpectedContent(file: group.file.url.path, path: group.fullPath(name),
                                                   found: "shape \(shape)", expected: "shape \(p.value.shape)")
            }
            loaded.append((p, Tensor(shape: shape, scalars: values)))
        }
        for (p, t) in loaded { p.value = t }
    }
}
