// Where a result came from: program, version, commit, date, manifest hash, profile, threads.

import Foundation
import Store
import Tensors

public struct Provenance: Codable, Sendable {
    public static let program = "harness"
    public static let version = "0.1.0"

    public var program = Provenance.program
    public var version = Provenance.version
    public var gitCommit: String
    /// True when the working tree had changes to Sources/ or Experiments/ at run time.
    public var gitDirty: Bool
    public var created: String
    public var manifestSHA256: String
    public var profile: String
    public var threads: Int
    /// Wall time of the invocation that wrote this file (seconds). When earlier runs were reused
    /// it covers only what this invocation did: see `runSeconds` and `runCommits`.
    public var wallSeconds: Double?
    /// Σ of the runs' own training and evaluation times (seconds), as each run file records it.
    public var runSeconds: Double?
    /// The commits that trained the runs (each run file's `git_commit`), when they differ from or
    /// predate `gitCommit`; sorted, without duplicates.
    public var runCommits: [String]?
    /// Whether any of those runs was trained from a working tree with uncommitted changes (absent
    /// when the run files predate that record).
    public var runsDirty: Bool?
    /// OpenBLAS's kernel set for this run ("SkylakeX", "Haswell", …): products computed by different
    /// kernels may differ in the last bits. Absent in files written before it was recorded.
    public var blasCore: String?
    /// The engine's switches (`EngineSettings.recorded`): XPS_* variables, "default" where unset.
    /// Absent in files written before it was recorded.
    public var engine: [String: String]?

    public init(manifest: JSONValue, profile: Profile, threads: Int, directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    {
        (gitCommit, gitDirty) = Provenance.git(in: directory)
        let f = ISO8601DateFormatter()
        created = f.string(from: Date())
        manifestSHA256 = SHA256.hex(manifest.serialized(pretty: false).utf8)
        self.profile = profile.rawValue
        self.threads = threads
        blasCore = BLASCore.name
        engine = EngineSettings.current.recorded
    }

    /// Writes program, version, commit, creation date, manifest hash and profile as attributes of `group` (a file's root).
    public func write(to group: HDF5Group) throws {
        try group.setAttribute("program", program)
        try group.setAttribute("version", version)
        try group.setAttribute("git_commit", gitCommit)
        try group.setAttribute("git_dirty", gitDirty ? "true" : "false")
        try group.setAttribute("created", created)
        try group.setAttribute("manifest_sha256", manifestSHA256)
        try group.setAttribute("profile", profile)
        if let blasCore { try group.setAttribute("blas_core", blasCore) }
        if let engine {
            try group.setAttribute("engine_settings", engine.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n"))
        }
        try group.setAttribute("NX_class", "NXroot")
    }

    /// HEAD's commit and whether Sources/ or Experiments/ differ from it ("unknown" outside a checkout).
    static func git(in directory: URL) -> (String, Bool) {
        func run(_ args: [String]) -> String? {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = ["git", "-C", directory.path] + args
            let out = Pipe()
            p.standardOutput = out
            p.standardError = FileHandle.nullDevice
            guard (try? p.run()) != nil else { return nil }
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else { return nil }
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        guard let commit = run(["rev-parse", "HEAD"]) else { return ("unknown", false) }
        let dirty = !(run(["status", "--porcelain", "--", "Sources", "Experiments"]) ?? "").isEmpty
        return (commit, dirty)
    }
}
