// One writer per results folder.

import Foundation
import Testing
@testable import Harness

@Suite struct ResultsLockTests {
    @Test func aSecondWriterIsRefusedWithTheHolderNamed() throws {
        let dir = try temporaryResults("lock")
        defer { try? FileManager.default.removeItem(at: dir) }
        do {
            let first = try ResultsLock(directory: dir)
            // flock is per open file: a second open in the same process contends like another process.
            do {
                _ = try ResultsLock(directory: dir)
                Issue.record("a second lock was granted")
            } catch let error as HarnessError {
                guard case .busy(let path, let holder) = error else { Issue.record("\(error)"); return }
                #expect(path == dir.path && holder == "pid \(getpid())", "\(error)")
            }
            withExtendedLifetime(first) {}
        }
        // Released with its value: the folder can be taken again.
        _ = try ResultsLock(directory: dir)
    }
}
