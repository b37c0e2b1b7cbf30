import Foundation
import Harness
import NeuralNets
import Store
import Testing
import TestSupport

@Suite struct ModelArchiveTests {
    func temporaryFile(_ name: String) -> URL { TestFiles.temporary("archive", name) }

    func h5dump(_ args: [String]) throws -> String { try TestFiles.h5dump(args) }

    @Test func modelRoundTripsByName() throws {
        let url = temporaryFile("park.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let original = ModelZoo.parkNet(seed: 1)
        do {
            let file = try HDF5File(creating: url)
            try ModelArchive.write(original, to: try file.root.group("runs/r1/model"))
        }
        let copy = ModelZoo.parkNet(seed: 2)
        #expect(copy.namedParameters.map(\.parameter.value) != original.namedParameters.map(\.parameter.value))
        let file = try HDF5File(opening: url)
        try ModelArchive.read(into: copy, from: try file.root.openGroup("runs/r1/model"))
        #expect(copy.namedParameters.map(\.parameter.value) == original.namedParameters.map(\.parameter.value))

        // A real client sees the names and shapes.
        let header = try h5dump(["-H", "-d", "/runs/r1/model/conv1.weight", url.path])
        #expect(header.contains("H5T_IEEE_F32LE"))
        #expect(header.contains("( 32, 1, 100 )"))
    }

    @Test func loadingIntoAnotherArchitectureFailsAndChangesNothing() throws {
        let url = temporaryFile("cnn.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            let file = try HDF5File(creating: url)
            try ModelArchive.write(ModelZoo.smallCNN(filters: 16, seed: 1), to: try file.root.group("model"))
        }
        let other = ModelZoo.smallCNN(filters: 32, seed: 3)
        let before = other.namedParameters.map(\.parameter.value)
        let file = try HDF5File(opening: url)
        #expect(throws: StoreError.self) { try ModelArchive.read(into: other, from: try file.root.openGroup("model")) }
        #expect(other.namedParameters.map(\.parameter.value) == before)
    }
}
