// Warm starts (`training.initialiseFrom`): a run's model, or one of its sub-networks, starts from
// a finished run's weights. The source is found by experiment and run name in the results folder,
// its model tensors are hashed (the hash is stored with the new run and checked before the run is
// reused, so a retrained source retrains its dependants), and a sweep whose runs start from runs of
// the same sweep is ordered so that every source trains first.

import Foundation
import NeuralNets
import Store
import Tensors

public enum WarmStart {
    /// A located source run.
    public struct Source: Sendable, Equatable {
        public var experiment: String
        public var run: String
        public var file: URL
        /// SHA-256 of the source's model tensors (`modelHash`).
        public var sha256: String
        /// "experiment/run", as recorded in the new run file.
        public var label: String { "\(experiment)/\(run)" }
    }

    static let path = "training.initialiseFrom"

    /// The source of `plan`, or nil when it has no warm start. Fails, naming the JSON path and the
    /// command that would produce it, when the source run has not finished.
    static func source(of plan: RunPlan, runner: ExperimentRunner) throws -> Source? {
        guard let spec = plan.manifest.training.initialiseFrom else { return nil }
        let run = spec.sourceRun(repeatIndex: plan.repeatIndex)
        let experimentDirectory = runner.resultsRoot.appendingPathComponent(spec.experiment, isDirectory: true)
        let file = experimentDirectory.appendingPathComponent("runs/\(run).h5")
        guard FileManager.default.fileExists(atPath: file.path) else {
            let same = spec.experiment == runner.loaded.manifest.name
            let manifest = same ? runner.loaded.file : spec.experiment
            let command =
                "harness run \(manifest) --profile \(runner.loaded.profile.rawValue) --results \(runner.resultsRoot.path) --only \(run)"
            let checkpoint = experimentDirectory.appendingPathComponent("checkpoints/\(run).h5")
            let state =
                FileManager.default.fileExists(atPath: checkpoint.path)
                ? "run \(spec.experiment)/\(run) has not finished (its checkpoint is there, its run file \(file.path) is not)"
                : "no finished run \(spec.experiment)/\(run) (no file \(file.path))"
            throw HarnessError.setting(
                at: "\(path).run", found: state,
                expected: "a finished source run: produce it with `\(command)`"
                    + (FileManager.default.fileExists(atPath: checkpoint.path) ? " --resume" : ""))
        }
        return Source(experiment: spec.experiment, run: run, file: file, sha256: try modelHash(file))
    }

    /// The model group of a run file.
    static func modelGroup(_ file: HDF5File, url: URL) throws -> HDF5Group {
        let runs = try file.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: url.path, reason: "no run inside") }
        return try runs.openGroup("\(name)/model")
    }

    /// SHA-256 over the model tensors of a run file: per tensor in name order, its name, shape and
    /// float32 values. Equal for two files whose models are bit-for-bit equal.
    public static func modelHash(_ url: URL) throws -> String {
        let file = try HDF5File(opening: url)
        let group = try modelGroup(file, url: url)
        var bytes: [UInt8] = []
        for name in try group.memberNames().sorted() {
            let (values, shape) = try group.readFloats(name)
            bytes += Array(name.utf8) + [0] + Array(shape.map(String.init).joined(separator: ",").utf8) + [0]
            values.withUnsafeBytes { bytes += $0 }  // host order: little-endian on x86-64 and arm64
        }
        return SHA256.hex(bytes)
    }

    /// Copies the source's model tensors into `model` (all of it, or the parameters under `into.`):
    /// this model's `into.X` takes the source's `into.X` when the source has a sub-network `into`,
    /// else the source's `X`. Checks everything before changing anything:
    /// every target parameter has a source tensor of the same shape, and every source tensor is used.
    public static func apply(_ source: Source, into: String?, model: Model) throws {
        let file = try HDF5File(opening: source.file)
        let group = try modelGroup(file, url: source.file)
        let prefix = into.map { "\($0)." } ?? ""
        let targets = model.namedParameters.filter { $0.name.hasPrefix(prefix) }
        guard !targets.isEmpty else {
            let subNetworks = Set(model.namedParameters.map { $0.name.split(separator: ".").dropLast().first.map(String.init) ?? "" })
            throw HarnessError.setting(
                at: "\(path).into", found: "\"\(into ?? "")\", which names no parameter of this model",
                expected: "a sub-network: one of " + subNetworks.filter { !$0.isEmpty }.sorted().map { "\"\($0)\"" }.joined(separator: ", "))
        }
        // A source with the same sub-network (an STN's classifier into an STN's) gives that; else all of it.
        let all = try group.memberNames()
        let sourcePrefix = !prefix.isEmpty && all.contains { $0.hasPrefix(prefix) } ? prefix : ""
        var stored = Set(all.filter { $0.hasPrefix(sourcePrefix) })
        var values: [Tensor] = []
        for (name, parameter) in targets {
            let sourceName = sourcePrefix + name.dropFirst(prefix.count)
            guard stored.remove(sourceName) != nil else {
                throw HarnessError.setting(
                    at: path,
                    found: "parameter \(name) of shape \(parameter.value.shape) without a counterpart: run \(source.label) has no \(sourceName)",
                    expected: "a source whose model has the parameters of \(into.map { "sub-network \($0)" } ?? "this model")")
            }
            let (v, shape) = try group.readFloats(sourceName)
            guard shape == parameter.value.shape else {
                throw HarnessError.setting(
                    at: path,
                    found: "parameter \(name) of shape \(parameter.value.shape), but \(sourceName) of run \(source.label) has shape \(shape)",
                    expected: "equal shapes (the same architecture, input axis and number of classes)")
            }
            values.append(Tensor(shape: shape, scalars: v))
        }
        if let extra = stored.sorted().first {
            throw HarnessError.setting(
                at: path,
                found: "parameter \(extra) of run \(source.label) without a counterpart \(prefix)\(extra.dropFirst(sourcePrefix.count)) here",
                expected: "every parameter of the source used (a source with the architecture of \(into.map { "sub-network \($0)" } ?? "this model"))"
            )
        }
        for ((_, p), v) in zip(targets, values) { p.value = v }
    }

    /// The plans in waves: every run whose source is a run of the same experiment among `plans`
    /// comes in a later wave than its source. Fails on a run that starts from itself or a cycle.
    public static func waves(_ plans: [RunPlan], experiment: String) throws -> [[RunPlan]] {
        let names = Set(plans.map(\.name))
        func sourceName(_ p: RunPlan) -> String? {
            guard let w = p.manifest.training.initialiseFrom, w.experiment == experiment else { return nil }
            let s = w.sourceRun(repeatIndex: p.repeatIndex)
            return names.contains(s) ? s : nil
        }
        var done = Set<String>(), remaining = plans, out: [[RunPlan]] = []
        while !remaining.isEmpty {
            let ready = remaining.filter { p in sourceName(p).map { done.contains($0) } ?? true }
            guard !ready.isEmpty else {
                let p = remaining[0]
                throw HarnessError.setting(
                    at: "\(path).run", found: "run \(p.name) starting from \(sourceName(p) ?? "?"), which (in turn) starts from it",
                    expected: "sources that do not start from their own dependants")
            }
            out.append(ready)
            done.formUnion(ready.map(\.name))
            remaining.removeAll { p in ready.contains { $0.name == p.name } }
        }
        return out
    }
}
