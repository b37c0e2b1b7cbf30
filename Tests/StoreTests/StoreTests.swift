import Testing
import Foundation
import Tensors
import NeuralNets
@testable import Store

@Suite struct StoreTests {
    func temporaryFile(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("xps-store-\(UUID().uuidString)-\(name)")
    }

    func h5dump(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/h5dump")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

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

    @Test func datasetsAttributesAndStrings() throws {
        let url = temporaryFile("misc.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let spectra = (0..<(300 * 6601)).map { Float($0 % 977) / 977 }
        do {
            let file = try HDF5File(creating: url)
            let root = file.root
            try root.setAttribute("program", "harness")
            try root.write("axis", doubles: [40, 40.1, 40.2])
            let run = try root.group("runs/a")
            try run.setAttribute("maxShift", 3.0)
            try run.setAttribute("seed", 42)
            try run.write("data/test/spectra", floats: spectra, shape: [300, 6601])
            try root.write("manifest", string: "{\"name\": \"ünïcode\"}")
        }
        let file = try HDF5File(opening: url)
        #expect(try file.root.stringAttribute("program") == "harness")
        #expect(try file.root.readDoubles("axis").values == [40, 40.1, 40.2])
        let run = try file.root.openGroup("runs/a")
        #expect(try run.doubleAttribute("maxShift") == [3])
        #expect(try run.doubleAttribute("seed") == [42])
        let (back, shape) = try run.readFloats("data/test/spectra")
        #expect(shape == [300, 6601])
        #expect(back == spectra)
        #expect(try file.root.readString("manifest") == "{\"name\": \"ünïcode\"}")
        #expect(throws: StoreError.self) { try file.root.readFloats("nothing/here") }
        // Chunked and compressed, as a real client reports it.
        let props = try h5dump(["-p", "-H", "-d", "/runs/a/data/test/spectra", url.path])
        #expect(props.contains("CHUNKED"))
        #expect(props.contains("DEFLATE"))
        #expect(props.contains("SHUFFLE"))
    }

    @Test func externalLinksResolve() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xps-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let run = try HDF5File(creating: dir.appendingPathComponent("r1.h5"))
            try run.root.write("runs/r1/metrics/accuracy", doubles: [0.9])
            let summary = try HDF5File(creating: dir.appendingPathComponent("summary.h5"))
            try summary.root.linkExternal("runs/r1", fileName: "r1.h5", objectPath: "/runs/r1")
        }
        let out = try h5dump(["-d", "/runs/r1/metrics/accuracy", dir.appendingPathComponent("summary.h5").path])
        #expect(out.contains("0.9"))
    }
}
