// Training state after an epoch, in HDF5: model parameters and buffers, the best parameters so
// far, optimizer buffers, schedule and early-stopping counters, and the history.

import Foundation
import Tensors
import NeuralNets
import Store

public enum Checkpoint {
    public struct State {
        public var epoch: Int
        public var step: Int
        /// The schedule's base rate (before any warm-up factor).
        public var learningRate: Float
        public var history: TrainingHistory
        public var best: (loss: Double, values: [Tensor])?
        public var badEpochs: Int
        public var plateauBest: Float
        public var plateauBad: Int
        public var plateauCooldown: Int
        public var finished: Bool
    }

    public static func write(_ url: URL, _ s: State, model: Model, optimizer: Optimizer) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try HDF5File.writeAtomically(url) { file in
            let root = file.root
            try root.setAttribute("epoch", s.epoch)
            try root.setAttribute("step", s.step)
            try root.setAttribute("learning_rate", Double(s.learningRate))
            try root.setAttribute("bad_epochs", s.badEpochs)
            try root.setAttribute("plateau_best", Double(s.plateauBest))
            try root.setAttribute("plateau_bad", s.plateauBad)
            try root.setAttribute("plateau_cooldown", s.plateauCooldown)
            try root.setAttribute("finished", s.finished ? 1 : 0)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try root.write("history", string: String(decoding: try encoder.encode(s.history), as: UTF8.self))
            try ModelArchive.write(model, to: try root.group("model"))
            if let best = s.best {
                let g = try root.group("best")
                try g.setAttribute("loss", best.loss)
                for ((name, _), v) in zip(model.namedParameters, best.values) { try g.write(name, floats: v.scalars, shape: v.shape) }
            }
            let o = try root.group("optimizer")
            let state = optimizer.state
            try o.setAttribute("step", state.step)
            for (i, b) in state.buffers.enumerated() { try o.write(String(format: "%05d", i), floats: b, shape: [b.count]) }
        }
    }

    /// Restores model and optimizer from `url` and returns the rest of the state.
    public static func read(_ url: URL, model: Model, optimizer: Optimizer) throws -> State {
        let file = try HDF5File(opening: url)
        let root = file.root
        /// A counter attribute: a whole number ≥ 0 (a damaged file must not trap or resume wrongly).
        func int(_ n: String) throws -> Int {
            let v = try root.doubleAttribute(n).first ?? .nan
            guard v.isFinite, v >= 0, v <= 1e12, v == v.rounded() else {
                throw StoreError.unexpectedContent(file: url.path, path: "/@\(n)", found: "\(v)", expected: "a whole number ≥ 0")
            }
            return Int(v)
        }
        let history = try JSONDecoder().decode(TrainingHistory.self, from: Data(try root.readString("history").utf8))
        let epoch = try int("epoch")
        guard epoch == history.trainLoss.count, epoch == history.validationLoss.count else {
            throw StoreError.unexpectedContent(
                file: url.path, path: "/@epoch", found: "epoch \(epoch) with \(history.trainLoss.count) epochs of history",
                expected: "the number of epochs the history records")
        }
        try ModelArchive.read(into: model, from: try root.openGroup("model"))
        var best: (loss: Double, values: [Tensor])?
        if root.contains("best") {
            let g = try root.openGroup("best")
            let values = try model.namedParameters.map { (name, _) -> Tensor in
                let (v, shape) = try g.readFloats(name)
                return Tensor(shape: shape, scalars: v)
            }
            best = (try g.doubleAttribute("loss")[0], values)
        }
        let o = try root.openGroup("optimizer")
        let names = try o.memberNames()
        optimizer.state = OptimizerState(
            step: Int(try o.doubleAttribute("step")[0]),
            buffers: try names.map { try o.readFloats($0).values })
        return State(
            epoch: epoch, step: try int("step"), learningRate: Float(try root.doubleAttribute("learning_rate")[0]),
            history: history, best: best, badEpochs: try int("bad_epochs"),
            plateauBest: Float(try root.doubleAttribute("plateau_best")[0]), plateauBad: try int("plateau_bad"),
            plateauCooldown: try int("plateau_cooldown"), finished: try int("finished") == 1)
    }
}
