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
        URL(fileURLWithPath: #filePath)            // Tests/TestSupport/TestSupport.swift
            .deletingLastPathComponent()           // Tests/TestSupport
            .deletingLastPathComponent()           // Tests
            .deletingLastPathComponent()           // root
    }
}
