// A check of every group's symbol table before libhdf5 opens a file. Our files use HDF5's
// original object formats (superblock version 0 or 1, version 1 object headers, symbol tables of
// a v1 B-tree, symbol nodes and a local heap), which carry no checksums, and libhdf5 1.10 reads a
// group's local heap at whatever address its symbol table message names, with no check that the
// address or the heap's data segment lies inside the file: a damaged address (e.g. all ones) or
// size ends the process with a segmentation fault in `H5HL_protect` (found by `make fuzz`).
//
// The check walks the groups from the root as the library will (superblock → root object header →
// symbol table message → B-tree → symbol nodes → members' object headers) and refuses the file
// when a symbol table's B-tree or local heap, or a heap's data segment, lies outside the file.
// Anything else it cannot follow (a bad signature, an unknown version) is left to libhdf5, which
// checks those itself. Only metadata is read: a few hundred bytes per group.
//
// Layout (HDF5 File Format Specification 3.0, sections II–IV):
//   superblock at 0: signature (8), version (0 or 1), …, size of offsets O at byte 13, of lengths
//     L at 14; after the version-dependent prefix (24 or 28 bytes): base address, free-space
//     address, end-of-file address, driver block address (O each), then the root's symbol table
//     entry;
//   symbol table entry: link name offset (O), object header address (O), cache type (4), reserved
//     (4), scratch pad (16: for cache type 1, the B-tree and local heap addresses);
//   object header v1: version 1, reserved, message count (2), reference count (4), header size
//     (4), padding to 16; messages: type (2), size (2), flags (1), reserved (3), data; type 0x10 =
//     continuation (address O, length L), type 0x11 = symbol table (B-tree O, local heap O);
//   B-tree v1 node: "TREE", type (1), level (1), entries used (2), siblings (2·O), then keys (L)
//     and children (O) alternating, one more key than children;
//   symbol node: "SNOD", version (1), reserved (1), symbol count (2), entries;
//   local heap: "HEAP", version 0, reserved (3), data segment size (L), free list offset (L),
//     data segment address (O).

import Foundation

struct LocalHeapCheck {
    let url: URL
    let bytes: UnsafeBufferPointer<UInt8>
    let offsetSize: Int, lengthSize: Int
    let base: UInt64
    var visited: Set<UInt64> = []
    /// Nesting of the walk (groups and B-tree levels): bounded so a damaged chain cannot exhaust the stack.
    var depth = 0
    static let depthLimit = 256

    static let superblockSignature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]
    /// Groups and B-tree nodes followed at most (a damaged file could declare a cycle or millions).
    static let nodeLimit = 100_000

    /// Throws `.unexpectedContent` naming the file and the offending structure when a group's
    /// B-tree, local heap or heap data segment lies outside the file. Files without a version 0/1
    /// superblock at byte 0, or unreadable files, are left to libhdf5.
    static func check(_ url: URL) throws {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return }
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.count >= 96, Array(bytes[0..<8]) == superblockSignature, bytes[8] <= 1 else { return }
            let offsetSize = Int(bytes[13]), lengthSize = Int(bytes[14])
            guard [2, 4, 8].contains(offsetSize), [2, 4, 8].contains(lengthSize) else { return }
            let prefix = bytes[8] == 0 ? 24 : 28
            var check = LocalHeapCheck(url: url, bytes: bytes, offsetSize: offsetSize, lengthSize: lengthSize, base: 0)
            guard let base = check.integer(at: prefix, size: offsetSize) else { return }
            check = LocalHeapCheck(url: url, bytes: bytes, offsetSize: offsetSize, lengthSize: lengthSize, base: base)
            try check.entry(at: prefix + 4 * offsetSize, path: "/")
        }
    }

    /// A symbol table entry: its cached B-tree and heap (cache type 1), then its object header.
    mutating func entry(at at: Int, path: String) throws {
        guard let header = integer(at: at + offsetSize, size: offsetSize), let cache = integer(at: at + 2 * offsetSize, size: 4)
        else { return }
        if cache == 1, let tree = integer(at: at + 2 * offsetSize + 8, size: offsetSize),
            let heap = integer(at: at + 3 * offsetSize + 8, size: offsetSize)
        {
            try symbolTable(tree: tree, heap: heap, path: path, follow: false)
        }
        try objectHeader(header, path: path)
    }

    /// A version 1 object header and its continuation blocks: each symbol table message.
    mutating func objectHeader(_ address: UInt64, path: String) throws {
        guard visited.count < Self.nodeLimit, visited.insert(address).inserted, let start = position(address),
            bytes.count > start + 16, bytes[start] == 1, let size = integer(at: start + 8, size: 4)
        else { return }
        var blocks = [(start + 16, Int(size))]
        var b = 0
        while b < blocks.count, b < 1000 {
            let (blockStart, length) = blocks[b]
            b += 1
            var at = blockStart
            while at + 8 <= blockStart + length, at + 8 <= bytes.count, let type = integer(at: at, size: 2),
                let dataSize = integer(at: at + 2, size: 2)
            {
                let data = at + 8
                if type == 0x10, let next = integer(at: data, size: offsetSize), let len = integer(at: data + offsetSize, size: lengthSize),
                    let p = position(next), len < UInt64(bytes.count)
                {
                    blocks.append((p, Int(len)))
                } else if type == 0x11, let tree = integer(at: data, size: offsetSize), let heap = integer(at: data + offsetSize, size: offsetSize) {
                    try symbolTable(tree: tree, heap: heap, path: path, follow: true)
                }
                at = data + Int(dataSize)
            }
        }
    }

    /// A group's B-tree and local heap must lie inside the file; then its members are followed.
    mutating func symbolTable(tree: UInt64, heap: UInt64, path: String, follow: Bool) throws {
        guard inside(tree, length: 8) else { throw damaged(path, "a symbol table B-tree at \(describe(tree))") }
        guard let h = position(heap), inside(heap, length: 8 + 2 * lengthSize + offsetSize) else {
            throw damaged(path, "a local heap at \(describe(heap))")
        }
        if Array(bytes[h..<(h + 4)]) == Array("HEAP".utf8), let size = integer(at: h + 8, size: lengthSize),
            let segment = integer(at: h + 8 + 2 * lengthSize, size: offsetSize), !inside(segment, length: size)
        {
            throw damaged(path, "a local heap data segment of \(size) bytes at \(describe(segment))")
        }
        if follow {
            let names =
                Array(bytes[h..<(h + 4)]) == Array("HEAP".utf8) ? integer(at: h + 8 + 2 * lengthSize, size: offsetSize).flatMap(position) : nil
            try node(tree, path: path, names: names)
        }
    }

    /// A B-tree node of a group (type 0): its children, down to the symbol nodes' entries.
    mutating func node(_ address: UInt64, path: String, names: Int?) throws {
        guard depth < Self.depthLimit else { return }
        depth += 1
        defer { depth -= 1 }
        guard visited.count < Self.nodeLimit, visited.insert(address).inserted, let at = position(address), at + 8 <= bytes.count
        else { return }
        let signature = Array(bytes[at..<(at + 4)])
        if signature == Array("SNOD".utf8) {
            guard let count = integer(at: at + 6, size: 2) else { return }
            let entrySize = 2 * offsetSize + 24
            for i in 0..<Int(count) {
                let e = at + 8 + i * entrySize
                try entry(at: e, path: memberPath(path, nameOffset: integer(at: e, size: offsetSize), names: names))
            }
            return
        }
        guard signature == Array("TREE".utf8), bytes[at + 4] == 0, let used = integer(at: at + 6, size: 2) else { return }
        let first = at + 8 + 2 * offsetSize
        for i in 0..<Int(used) {
            guard let child = integer(at: first + lengthSize + i * (lengthSize + offsetSize), size: offsetSize) else { return }
            guard inside(child, length: 8) else { throw damaged(path, "a B-tree child at \(describe(child))") }
            try node(child, path: path, names: names)
        }
    }

    /// `group/name`, the name read from the group's heap (up to its NUL), or `group/?` when unreadable.
    func memberPath(_ group: String, nameOffset: UInt64?, names: Int?) -> String {
        let prefix = group.hasSuffix("/") ? group : group + "/"
        guard let names, let nameOffset, nameOffset < UInt64(bytes.count), names + Int(nameOffset) < bytes.count else { return prefix + "?" }
        let start = names + Int(nameOffset)
        let end = bytes[start..<min(bytes.count, start + 256)].firstIndex(of: 0) ?? min(bytes.count, start + 256)
        return prefix + String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The byte offset of a file address (relative to the base address), or nil outside the file.
    func position(_ address: UInt64) -> Int? {
        let (absolute, overflow) = base.addingReportingOverflow(address)
        return !overflow && absolute < UInt64(bytes.count) ? Int(absolute) : nil
    }

    func inside(_ address: UInt64, length: some BinaryInteger) -> Bool {
        let (absolute, o1) = base.addingReportingOverflow(address)
        let (end, o2) = absolute.addingReportingOverflow(UInt64(length))
        return !o1 && !o2 && end <= UInt64(bytes.count)
    }

    func describe(_ address: UInt64) -> String {
        address == UInt64.max ? "the undefined address" : "byte \(address), beyond the file's \(bytes.count) bytes"
    }

    func damaged(_ path: String, _ found: String) -> StoreError {
        .unexpectedContent(
            file: url.path, path: path, found: "a group whose symbol table names \(found)",
            expected: "an undamaged HDF5 file (every group's B-tree and local heap inside the file)")
    }

    /// Little-endian unsigned integer of `size` bytes at `at`, or nil past the end.
    func integer(at: Int, size: Int) -> UInt64? {
        guard at >= 0, at + size <= bytes.count else { return nil }
        var value: UInt64 = 0
        for i in (0..<size).reversed() { value = value << 8 | UInt64(bytes[at + i]) }
        return value
    }
}
