// Helpers shared by the test targets.

import Foundation
import Tensors

public enum SharedData {
    /// `../shared/data` beside the package root, or `$XPS_SHARED_DATA` when set.
    public static var directory: URL {
        if let env = ProcessInfo.processInfo.environment["XPS_SHARED_DATA"], !env.isEmpty {
            return URL(fileURLWithPath: env, isDirectory: true)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data", isDirectory: true)
    }

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
