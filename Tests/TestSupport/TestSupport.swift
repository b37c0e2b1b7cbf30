// Helpers shared by the test targets.

import Foundation
import Spectra
import Tensors

public enum SharedData {
    /// `../shared/data` beside the package root, or `$XPS_SHARED_DATA` when set (`SharedFolder`).
    public static var directory: URL { SharedFolder.data(besides: packageRoot) }

    /// A file under the shared data directory, e.g. `SharedData.file("vamas/regular.vms")`.
    public static func file(_ relativePath: String) -> URL {
        directory.appendingPathComponent(relativePath)
    }

    /// The package root (the folder holding Package.swift).
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath)  // Tests/TestSupport/TestSupport.swift
            .deletingLastPathComponent()  // Tests/TestSupport
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // root
    }
}

/// Files and tools the tests share.
public enum TestFiles {
    /// A fresh path in the temporary folder (not created), named by `tag` and `name`.
    public static func temporary(_ tag: String, _ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("xps-\(tag)-\(UUID().uuidString)-\(name)")
    }

    /// What `h5dump` (hdf5-tools, a real client of our files) prints for `arguments`.
    public static func h5dump(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/h5dump")
        p.arguments = arguments
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
