// Allocator policy for long training runs.

import Tensors

#if os(Linux)
    /// glibc's mallopt(3); Swift's Glibc module does not export <malloc.h>.
    @_silgen_name("mallopt") private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
    private let mTrimThreshold: Int32 = -1  // M_TRIM_THRESHOLD
    private let mMmapMax: Int32 = -4  // M_MMAP_MAX
#endif

public enum MemoryPolicy {
    /// Keeps freed memory in the process instead of returning large blocks to the system after
    /// every step (glibc: no mmap for large blocks, no trimming): tensors of the same sizes are
    /// allocated every step, and handing them back costs page faults on the next one. The same
    /// setting as GLIBC_TUNABLES=glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=… .
    /// Disabled when the environment sets XPS_MALLOC_DEFAULT=1. Returns whether it was applied.
    @discardableResult
    public static func retainFreedMemory(_ settings: EngineSettings = .current) -> Bool {
        #if os(Linux)
            if settings.defaultAllocator { return false }
            return glibcMallopt(mMmapMax, 0) == 1 && glibcMallopt(mTrimThreshold, Int32.max) == 1
        #else
            return false
        #endif
    }
}
