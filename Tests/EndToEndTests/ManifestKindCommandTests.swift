// Each command with a measured-fit manifest: the ones that can take it do, the others say why not.

import Foundation
import Testing
import TestSupport

@Suite struct ManifestKindCommandTests {
    @Test func commandsAcceptOrRefuseAMeasuredFitManifest() throws {
        let plan = try Binary.run(["plan", "park2020-table1"])
        #expect(plan.status == 0 && plan.out.hasPrefix("1 step: park2020-table1"), "\(plan.out)\(plan.err)")
        for command in ["report", "plot", "explain", "generate"] {
            let r = try Binary.run([command, "park2020-table1", "--results", FileManager.default.temporaryDirectory.path])
            #expect(r.status == 1, "\(command): \(r.status)")
            #expect(r.err.contains("harness \(command)`") && r.err.contains("kind measured-fit"), "\(command): \(r.err)")
        }
        let set = try Binary.run(["run", "park2020-table1", "--set", "name=x"])
        #expect(set.status == 1 && set.err.contains("--set does not apply"), "\(set.err)")
    }

    @Test func theCasaXPSFormIsPlannedValidatedAndRefusedWhereItHasNoPlace() throws {
        let plan = try Binary.run(["plan", "feo-fe2p"])
        #expect(plan.status == 0 && plan.out.hasPrefix("1 step: feo-fe2p refits the CasaXPS fit"), "\(plan.out)\(plan.err)")
        let validate = try Binary.run(["validate", "feo-fe2p"])
        #expect(validate.status == 0 && validate.out.contains("measured-fit of a CasaXPS fit"), "\(validate.out)\(validate.err)")
        let report = try Binary.run(["report", "feo-fe2p", "--results", FileManager.default.temporaryDirectory.path])
        #expect(report.status == 1 && report.err.contains("kind measured-fit"), "\(report.err)")
        let only = try Binary.run(["run", "feo-fe2p", "--only", "x", "--results", FileManager.default.temporaryDirectory.path])
        #expect(only.status == 1 && only.err.contains("--only"), "\(only.err)")
    }
}

@Suite struct ParentWatchTests {
    /// A child of `harness run --jobs N` whose parent has ended stops at once instead of racing a rerun.
    @Test func aChildWhoseParentHasEndedStops() throws {
        let p = Process()
        p.executableURL = Binary.url
        p.arguments = ["validate", "quickstart"]
        p.currentDirectoryURL = SharedData.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["XPS_PARENT_PID"] = "1"
        p.environment = environment
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 143 && text.contains("parent process 1 has ended"), "\(p.terminationStatus): \(text)")
    }
}
