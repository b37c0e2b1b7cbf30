import Testing
import TestSupport
import Foundation
import Tensors
@testable import Store

@Suite struct StoreTests {
    func temporaryFile(_ name: String) -> URL { TestFiles.temporary("store", name) }

    func h5dump(_ args: [String]) throws -> String { try TestFiles.h5dump(args) }

    @Test func namedTensorsRoundTripAndAreChecked() throws {
        let url = temporaryFile("tensors.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let a = Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6]), b = Tensor(shape: [4], scalars: [0.5, -1, 2, 8])
        do {
            let file = try HDF5File(creating: url)
            try TensorArchive.write([("conv1.weight", a), ("bn.running_mean", b)], to: try file.root.group("model"))
        }
        let file = try HDF5File(opening: url)
        let group = try file.root.openGroup("model")
        #expect(try TensorArchive.read([("bn.running_mean", [4]), ("conv1.weight", [2, 3])], from: group) == [b, a])
        #expect(throws: StoreError.self) { try TensorArchive.read([("conv1.weight", [3, 2]), ("bn.running_mean", [4])], from: group) }
        #expect(throws: StoreError.self) { try TensorArchive.read([("conv1.weight", [2, 3])], from: group) }
        #expect(throws: StoreError.self) {
            try TensorArchive.read([("conv1.weight", [2, 3]), ("bn.running_mean", [4]), ("fc.bias", [1])], from: group)
        }
    }

    @Test func anAtomicWriteReplacesTheOldFileOrLeavesItWhole() throws {
        let url = temporaryFile("atomic.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(url) { try $0.root.setAttribute("version", "old") }
        try HDF5File.writeAtomically(url) { try $0.root.setAttribute("version", "new") }
        #expect(try HDF5File(opening: url).root.stringAttribute("version") == "new")
        struct Stop: Error {}
        #expect(throws: Stop.self) { try HDF5File.writeAtomically(url) { _ in throw Stop() } }
        #expect(try HDF5File(opening: url).root.stringAttribute("version") == "new")
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathExtension("tmp").path))
        // A folder that cannot be written: the error names the file and the system's reason.
        let missing = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/x.h5")
        #expect(throws: StoreError.self) { try HDF5File.writeAtomically(missing) { _ in } }
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

/// A full disk: a clear error naming the file and the reason, the earlier file whole, no crash.
/// Needs a small tmpfs (root and mount(8), as on the project's machines; skipped elsewhere).
@Suite(.serialized) struct FullDiskTests {
    static func mountSmallDisk() -> URL? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xps-full-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/mount")
        p.arguments = ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.path]
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        return p.terminationStatus == 0 ? dir : nil
    }

    static func unmount(_ dir: URL) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/umount")
        p.arguments = [dir.path]
        try? p.run()
        p.waitUntilExit()
        try? FileManager.default.removeItem(at: dir)
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount")))
    func aFullDiskIsAClearErrorAndLosesNothing() throws {
        guard let disk = FullDiskTests.mountSmallDisk() else {
            print("FullDiskTests: mount -t tmpfs is not permitted here; the full-disk case was not exercised")
            return
        }
        defer { FullDiskTests.unmount(disk) }
        let url = disk.appendingPathComponent("run.h5")
        try HDF5File.writeAtomically(url) { try $0.root.setAttribute("version", "old") }
        let big = [Float](repeating: 1, count: 1 << 20)  // 4 MB: more than the disk holds
        do {
            try HDF5File.writeAtomically(url) { try $0.root.write("big", floats: big, shape: [big.count]) }
            Issue.record("a 4 MB write to a 256 kB disk succeeded")
        } catch let error as StoreError {
            #expect("\(error)".contains("no space left") && "\(error)".contains(disk.path), "\(error)")
        }
        #expect(try HDF5File(opening: url).root.stringAttribute("version") == "old")
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathExtension("tmp").path))
    }
}
