import Testing
@testable import Tensors

@Suite struct BLASCoreTests {
    static let avx512 = Set(["sse3", "avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl"])
    static let avx2 = Set(["sse3", "avx", "avx2", "fma"])

    @Test func genericFallbackOnAnAVX512CPUIsReplacedBySkylakeX() {
        #expect(BLASCore.recommendedCoreType(core: "Prescott", cpuFlags: Self.avx512, environment: [:]) == "SkylakeX")
        #expect(BLASCore.recommendedCoreType(core: "Haswell", cpuFlags: Self.avx512, environment: [:]) == "SkylakeX")
    }

    @Test func genericFallbackOnAnAVX2CPUIsReplacedByHaswell() {
        #expect(BLASCore.recommendedCoreType(core: "Prescott", cpuFlags: Self.avx2, environment: [:]) == "Haswell")
        #expect(BLASCore.recommendedCoreType(core: "Sandybridge", cpuFlags: Self.avx2, environment: [:]) == "Haswell")
    }

    @Test func aRightChoiceOrTheUsersOwnIsLeftAlone() {
        #expect(BLASCore.recommendedCoreType(core: "SkylakeX", cpuFlags: Self.avx512, environment: [:]) == nil)
        #expect(BLASCore.recommendedCoreType(core: "Cooperlake", cpuFlags: Self.avx512, environment: [:]) == nil)
        #expect(BLASCore.recommendedCoreType(core: "Zen", cpuFlags: Self.avx2, environment: [:]) == nil)
        #expect(BLASCore.recommendedCoreType(core: "Prescott", cpuFlags: ["sse3"], environment: [:]) == nil)
        #expect(
            BLASCore.recommendedCoreType(
                core: "Prescott", cpuFlags: Self.avx512,
                environment: ["OPENBLAS_CORETYPE": "Prescott"]) == nil)
    }

    @Test func flagsAreReadFromTheFirstProcessor() {
        let cpuinfo = """
            processor\t: 0
            model name\t: Some CPU
            flags\t\t: fpu sse3 avx2 fma
            bugs\t\t: none

            processor\t: 1
            flags\t\t: fpu
            """
        #expect(BLASCore.cpuFlags(cpuinfo: cpuinfo) == ["fpu", "sse3", "avx2", "fma"])
        #expect(BLASCore.cpuFlags(cpuinfo: "") == [])
    }

    @Test func theLoadedLibraryNamesItsCore() {
        #expect(!BLASCore.name.isEmpty)
    }
}
