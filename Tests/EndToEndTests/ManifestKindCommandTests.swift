// Each command with a measured-fit manifest: the ones that can take it do, the others say why not.

import Foundation
import Testing

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
}
