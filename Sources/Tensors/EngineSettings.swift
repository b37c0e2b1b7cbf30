// The engine's switches, read once from the environment when first used, so that every result
// file can record the settings that made it (Provenance.engine). The defaults are the measured
// fastest; each switch exists to measure what the default gains, or to change one path.

import Foundation

public struct EngineSettings: Sendable, Equatable {
    /// XPS_SPLIT_GEMM=1: split every dense product's rows over the workers instead of letting
    /// OpenBLAS thread the large ones.
    public var splitEveryGEMM: Bool
    /// XPS_DISPATCH_ONLY=1: run parallel regions on Dispatch's workers instead of the spinning pool.
    public var dispatchOnly: Bool
    /// XPS_CONV_GROUP=n: floats of a convolution's im2col group (default 2^16).
    public var convolutionGroupFloats: Int
    /// XPS_CONV_BLOCKED=0 / 1: never / always (where possible) take the channel-blocked strided
    /// convolution forward; nil: by shape. Changes rounding in the last bits.
    public var convolutionBlocked: Bool?
    /// XPS_NO_FUSION=1: run Conv1D → ReLU → MaxPool as separate layers.
    public var layerFusion: Bool
    /// XPS_MALLOC_DEFAULT=1: keep glibc's default allocator policy (memory, not numbers).
    public var defaultAllocator: Bool

    public init(environment: [String: String]) {
        splitEveryGEMM = environment["XPS_SPLIT_GEMM"] == "1"
        dispatchOnly = environment["XPS_DISPATCH_ONLY"] == "1"
        convolutionGroupFloats = environment["XPS_CONV_GROUP"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? (1 << 16)
        convolutionBlocked = environment["XPS_CONV_BLOCKED"].map { $0 != "0" }
        layerFusion = environment["XPS_NO_FUSION"] != "1"
        defaultAllocator = environment["XPS_MALLOC_DEFAULT"] == "1"
    }

    /// The settings of this process, read on first use.
    public static let current = EngineSettings(environment: ProcessInfo.processInfo.environment)

    /// Name → value of every switch, as recorded in result files ("default" where unset).
    public var recorded: [String: String] {
        [
            "XPS_SPLIT_GEMM": splitEveryGEMM ? "1" : "default",
            "XPS_DISPATCH_ONLY": dispatchOnly ? "1" : "default",
            "XPS_CONV_GROUP": convolutionGroupFloats == 1 << 16 ? "default" : String(convolutionGroupFloats),
            "XPS_CONV_BLOCKED": convolutionBlocked.map { $0 ? "1" : "0" } ?? "default",
            "XPS_NO_FUSION": layerFusion ? "default" : "1",
            "XPS_MALLOC_DEFAULT": defaultAllocator ? "1" : "default"
        ]
    }
}
