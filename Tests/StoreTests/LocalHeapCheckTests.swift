// The symbol-table check before libhdf5 opens a file: a group whose local heap or heap data
// segment lies outside the file is refused with the file and the group named (libhdf5 1.10 would
// end the process); whole files, including a member named "HEAP", open as before.

import Foundation
import Testing
import TestSupport
@testable import Store

@Suite struct LocalHeapCheckTests {
    /// A small file of our layout: nested groups, a member named "HEAP", a dataset and attributes.
    func write(_ name: String) throws -> URL {
        let url = TestFiles.temporary("store", name)
        let file = try HDF5File(creating: url)
        try file.root.setAttribute("program", "harness")
        try file.root.group("runs/a").write("x", doubles: [1, 2, 3])
        try file.root.group("runs/HEAP").write("y", doubles: [4])
        file.close()
        return url
    }

    /// Little-endian integer of 8 bytes at `at`.
    func word(_ b: [UInt8], _ at: Int) -> Int {
        (0..<8).reversed().reduce(0) { $0 << 8 | Int(b[at + $1]) }
    }

    /// The offset of the root group's symbol table message data (B-tree address, then heap address):
    /// superblock version 0 with 8-byte offsets, the root entry's object header address at byte 64.
    func rootSymbolTable(_ b: [UInt8]) throws -> Int {
        #expect(b[8] == 0 && b[13] == 8 && b[14] == 8)
        let header = word(b, 64)
        var at = header + 16, end = at + Int(b[header + 8]) + Int(b[header + 9]) << 8
        while at + 8 <= end {
            let type = Int(b[at]) | Int(b[at + 1]) << 8, size = Int(b[at + 2]) | Int(b[at + 3]) << 8
            if type == 0x11 { return at + 8 }
            if type == 0x10 {  // continuation: address, length
                (at, end) = (word(b, at + 8), word(b, at + 8) + word(b, at + 16))
                continue
            }
            at += 8 + size
        }
        throw StoreError.missing(file: "test", path: "symbol table message")
    }

    @Test func wholeFilesOpenAsBefore() throws {
        let url = try write("heaps-whole.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try HDF5File(opening: url)
        #expect(try file.root.openGroup("runs").memberNames() == ["HEAP", "a"])
        #expect(try file.root.readDoubles("runs/HEAP/y").values == [4])
    }

    @Test func aHeapAtTheUndefinedAddressIsRefusedNamingTheGroup() throws {
        let url = try write("heaps-undefined.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        var b = [UInt8](try Data(contentsOf: url))
        let stab = try rootSymbolTable(b)
        b.replaceSubrange((stab + 8)..<(stab + 16), with: repeatElement(0xFF, count: 8))
        try Data(b).write(to: url)
        let error = #expect(throws: StoreError.self) { try HDF5File(opening: url) }
        let text = "\(error.map { "\($0)" } ?? "")"
        #expect(text.contains(url.path) && text.contains("'/'") && text.contains("local heap at the undefined address"), "\(text)")
    }

    @Test func aHeapSegmentBeyondTheFileIsRefused() throws {
        let url = try write("heaps-segment.h5")
        defer { try? FileManager.default.removeItem(at: url) }
        var b = [UInt8](try Data(contentsOf: url))
        let heap = word(b, try rootSymbolTable(b) + 8)
        #expect(Array(b[heap..<(heap + 4)]) == Array("HEAP".utf8))
        b.replaceSubrange((heap + 8)..<(heap + 16), with: [0, 0, 0, 0, 0, 0, 0, 0x7F])  // segment size 2⁶³−…
        try Data(b).write(to: url)
        let error = #expect(throws: StoreError.self) { try HDF5File(opening: url) }
        #expect("\(error.map { "\($0)" } ?? "")".contains("local heap data segment"))
        // The B-tree address of a nested group damaged: named with the group's path.
        let source = try write("heaps-nested-source.h5")
        defer { try? FileManager.default.removeItem(at: source) }
        var c = [UInt8](try Data(contentsOf: source))
        var found = 0
        for at in 0..<(c.count - 24) where c[at] == 0x11 && c[at + 1] == 0 && c[at + 2] == 16 && c[at + 3] == 0 && c[at + 5] == 0 {
            found += 1
            if found == 2 { c.replaceSubrange((at + 8)..<(at + 16), with: repeatElement(0xFF, count: 8)) }
        }
        let nested = TestFiles.temporary("store", "heaps-nested.h5")
        defer { try? FileManager.default.removeItem(at: nested) }
        try Data(c).write(to: nested)
        let nestedError = #expect(throws: StoreError.self) { try HDF5File(opening: nested) }
        #expect("\(nestedError.map { "\($0)" } ?? "")".contains("'/runs"), "\(String(describing: nestedError))")
    }
}
