// The training block of a manifest: optimiser, schedule, batches, epochs, early stopping, seeds
// and the data regime (fresh spectra per epoch, shift curriculum).

import Foundation

public struct ScheduleSpec: Codable, Sendable, Equatable {
    public enum Kind: String, ManifestEnum, Sendable { case constant, plateau, cosine }
    public var kind: Kind
    /// plateau: factor and patience (epochs).
    public var factor: Double
    public var patience: Int
    /// Linear warm-up steps before the schedule.
    public var warmupSteps: Int
}

public struct TrainingSpec: Codable, Sendable, Equatable, ManifestValidatable {
    public enum OptimizerKind: String, ManifestEnum, Sendable { case adam, adamw, sgd }
    public var optimizer: OptimizerKind
    public var learningRate: Double
    public var weightDecay: Double
    public var momentum: Double
    public var batchSize: Int
    public var epochs: Int
    /// Stop when validation loss has not improved for this many epochs; 0 = never.
    public var earlyStoppingPatience: Int
    public var schedule: ScheduleSpec
    /// Clip the global gradient norm; 0 = no clipping.
    public var clipNorm: Double
    /// Initialisation seed (repeats add 1, 2, …).
    public var seed: UInt64
    /// Dispatch workers for the engine.
    public var threads: Int
    /// Every epoch after the first draws new training spectra (indices from 2⁴⁰ on, disjoint from
    /// validation and test): the paper-1 regime of more distinct spectra than epochs can revisit.
    public var freshData: Bool
    /// Shift curriculum: over the first N epochs the training spectra's charging-shift range grows
    /// linearly to data.parameters.maxShift (epoch e trains at maxShift · min(1, e / N); the same
    /// mixtures, only their shifts scaled; N capped at `epochs`). nil or 0: none. Validation and test
    /// keep the full range; the narrower epochs may be kept as best but do not count toward early
    /// stopping or the plateau schedule.
    public var shiftCurriculum: Int?
    /// Warm start: the model (or one of its sub-networks) starts from a finished run's weights
    /// instead of its random initialisation (see `InitialiseFromSpec`). nil: none.
    public var initialiseFrom: InitialiseFromSpec?

    public func validate(_ v: inout ManifestValidator) {
        if let w = initialiseFrom { v.nested(w, "initialiseFrom") }
        if let n = shiftCurriculum { v.require(n >= 0, "shiftCurriculum", found: "\(n)", expected: "≥ 0 epochs") }
        v.require(learningRate > 0, "learningRate", found: "\(learningRate)", expected: "> 0")
        v.require(batchSize >= 2, "batchSize", found: "\(batchSize)", expected: "≥ 2 (batch normalisation needs two spectra)")
        v.require(epochs >= 1, "epochs", found: "\(epochs)", expected: "≥ 1")
        v.require(earlyStoppingPatience >= 0, "earlyStoppingPatience", found: "\(earlyStoppingPatience)", expected: "≥ 0")
        v.require(threads >= 1, "threads", found: "\(threads)", expected: "≥ 1")
        v.require(schedule.factor > 0 && schedule.factor < 1, "schedule.factor", found: "\(schedule.factor)", expected: "0 < factor < 1")
        v.require(clipNorm >= 0, "clipNorm", found: "\(clipNorm)", expected: "≥ 0")
        v.require(threads <= 256, "threads", found: "\(threads)", expected: "at most 256")
        v.require(momentum >= 0 && momentum < 1, "momentum", found: "\(momentum)", expected: "0 ≤ momentum < 1")
        v.require(weightDecay >= 0, "weightDecay", found: "\(weightDecay)", expected: "≥ 0")
        v.require(schedule.warmupSteps >= 0, "schedule.warmupSteps", found: "\(schedule.warmupSteps)", expected: "≥ 0 steps")
        v.require(schedule.patience >= 0, "schedule.patience", found: "\(schedule.patience)", expected: "≥ 0 epochs")
    }
}

/// `training.initialiseFrom`: the finished run whose weights initialise this run's model. The source
/// is the run file Results/<experiment>/runs/<run>.h5 (under the same results folder); its parameters
/// and buffers (batch-norm statistics) are copied by name, and must match in names and shapes.
public struct InitialiseFromSpec: Codable, Sendable, Equatable, ManifestValidatable {
    /// The source's experiment (its manifest's name; this experiment's own name is allowed: its
    /// sources then train first).
    public var experiment: String
    /// The source's run name as in its runs/ folder, e.g. "maxShift-0_model-mlp_r1"; "{repeat}" is
    /// replaced by this run's repeat (1, 2, …), so each repeat can start from its own source.
    public var run: String
    /// A sub-network of this model (a dotted name prefix of its parameters, e.g. "classifier" for
    /// the STN's classifier MLP) that takes the source's parameters: this model's `into.X` takes
    /// the source's `into.X` when the source has that sub-network too, else the source's `X`; every
    /// parameter of the source (of its sub-network) must be used. nil: the whole model,
    /// parameter names equal.
    public var into: String?

    public static let repeatPlaceholder = "{repeat}"

    /// The source run's name for this run's repeat (0-based).
    public func sourceRun(repeatIndex: Int) -> String {
        run.replacingOccurrences(of: InitialiseFromSpec.repeatPlaceholder, with: String(repeatIndex + 1))
    }

    public func validate(_ v: inout ManifestValidator) {
        v.require(
            Manifest.isFileNameComponent(experiment), "experiment", found: "\"\(experiment)\"",
            expected: "an experiment name: letters, digits, - _ . + = (not starting with '.')")
        v.require(
            Manifest.isFileNameComponent(sourceRun(repeatIndex: 0)), "run", found: "\"\(run)\"",
            expected: "a run name as in Results/<experiment>/runs/ (letters, digits, - _ . + =, and {repeat})")
        if let into {
            v.require(
                !into.isEmpty
                    && into.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
                        !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
                    }, "into", found: "\"\(into)\"", expected: "a dotted sub-network name, e.g. \"classifier\"")
        }
    }
}
