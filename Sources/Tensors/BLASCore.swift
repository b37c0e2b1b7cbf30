// Which OpenBLAS kernels run on this CPU.
//
// OpenBLAS built with DYNAMIC_ARCH (Debian's) picks its kernels from the CPU model when the
// library loads. A release that predates the CPU does not know the model and falls back to its
// generic SSE3 core ("Prescott"): measured here on an AVX-512 Xeon (family 6, model 207) with
// OpenBLAS 0.3.21, sgemm ran at 40–50 GFLOP/s on 2 threads against ~200 with the SkylakeX
// kernels, and training ran at half speed. The remedy OpenBLAS documents is the environment
// variable OPENBLAS_CORETYPE, read once when the library loads; `harness` therefore sets it and
// restarts itself before any work (see `HarnessCommand.main`). Results computed with different
// kernels may differ in the last bits of a float; provenance records the core.

import CBLAS

public enum BLASCore {
    /// The kernel set OpenBLAS chose for this process (e.g. "SkylakeX", "Haswell", "Prescott").
    public static var name: String {
        guard let p = openblas_get_corename() else { return "unknown" }
        return String(cString: p)
    }

    /// Cores whose kernels use AVX-512 (OpenBLAS's names, lowercased).
    static let avx512Cores: Set<String> = ["skylakex", "cooperlake", "sapphirerapids"]
    /// Cores whose kernels use AVX2 + FMA, or better.
    static let avx2Cores: Set<String> = avx512Cores.union(["haswell", "zen", "excavator", "steamroller"])

    /// The OPENBLAS_CORETYPE to run with when OpenBLAS chose kernels below what the CPU can run;
    /// nil when its choice is right, when the user already set OPENBLAS_CORETYPE, or off x86-64.
    /// - Parameters:
    ///   - core: OpenBLAS's choice (`name`).
    ///   - cpuFlags: the CPU's feature flags as /proc/cpuinfo spells them (`avx2`, `fma`, `avx512f`, …).
    public static func recommendedCoreType(
        core: String, cpuFlags: Set<String>,
        environment: [String: String]
    ) -> String? {
        if let set = environment["OPENBLAS_CORETYPE"], !set.isEmpty { return nil }
        let current = core.lowercased()
        let avx512 = ["avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"].allSatisfy(cpuFlags.contains)
        let avx2 = cpuFlags.contains("avx2") && cpuFlags.contains("fma")
        if avx512 && !avx512Cores.contains(current) { return "SkylakeX" }
        if avx2 && !avx2Cores.contains(current) { return "Haswell" }
        return nil
    }

    /// The OPENBLAS_THREAD_TIMEOUT to run with: nil when the user set it. OpenBLAS's idle threads
    /// spin on sched_yield for 2^n cycles after each threaded product before they sleep (n = 28
    /// by default, about 0.1 s); our own Dispatch workers run on the same cores in that time (the
    /// convolutions, the resampler), so a spinning thread takes a core from them. A profile of
    /// M1 training on 2 cores put 23 % of the samples in that spin; n = 4, OpenBLAS's minimum,
    /// lets the threads sleep at once.
    public static func recommendedThreadTimeout(environment: [String: String]) -> String? {
        if let set = environment["OPENBLAS_THREAD_TIMEOUT"], !set.isEmpty { return nil }
        return "4"
    }

    /// Feature flags of the first CPU in /proc/cpuinfo (empty when unreadable, e.g. off Linux).
    public static func cpuFlags(cpuinfo: String) -> Set<String> {
        for line in cpuinfo.split(separator: "\n", omittingEmptySubsequences: true) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let key = parts[0].trimmingCharacters(in: " \t")
            if key == "flags" { return Set(parts[1].split(separator: " ").map(String.init)) }
        }
        return []
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
