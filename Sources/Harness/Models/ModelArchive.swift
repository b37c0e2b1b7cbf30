// A model's parameters and buffers in HDF5, through Store's named-tensor archive.

import NeuralNets
import Store
import Tensors

public enum ModelArchive {
    /// Writes every parameter and buffer of `model` into `group`.
    public static func write(_ model: Model, to group: HDF5Group) throws {
        try TensorArchive.write(model.namedParameters.map { ($0.name, $0.parameter.value) }, to: group)
    }

    /// Loads every parameter and buffer of `model` from `group`, by name. Fails (changing nothing)
    /// when a parameter is missing, has another shape, holds a value that is not finite (no
    /// trained model has one: training stops at a non-finite loss), or the group holds datasets
    /// the model lacks.
    public static func read(into model: Model, from group: HDF5Group) throws {
        let params = model.namedParameters
        let tensors = try TensorArchive.read(params.map { ($0.name, $0.parameter.value.shape) }, from: group)
        for (p, t) in zip(params, tensors) where !t.scalars.allSatisfy(\.isFinite) {
            throw StoreError.unexpectedContent(
                file: group.file.url.path, path: "\(group.path)/\(p.name)", found: "a value that is not finite",
                expected: "finite parameters (the file is damaged)")
        }
        for (p, t) in zip(params, tensors) { p.parameter.value = t }
    }
}
