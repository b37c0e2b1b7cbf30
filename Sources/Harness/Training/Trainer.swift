// The training loop: shuffled batches streamed from the generator (the next batch is generated
// while the current one trains), validation every epoch, learning-rate schedule, early stopping,
// and the best-validation parameters kept. The test set is never seen here.

import Foundation
import Dispatch
import Tensors
import NeuralNets
import Spectra
import Store

/// A shift curriculum's schedule (`training.shiftCurriculum`).
public enum ShiftCurriculum {
    /// The factor of `data.parameters.maxShift` epoch `epoch` (1-based) trains at: epoch / N for
    /// epoch < N, else 1; N is capped at `epochs`, so the last epoch always sees the full range.
    public static func scale(epoch: Int, epochs: Int, curriculum n: Int) -> Double {
        let n = min(n, epochs)
        return n > 0 && epoch < n ? Double(epoch) / Double(n) : 1
    }
}

public struct TrainingHistory: Codable, Sendable, Equatable {
    public var trainLoss: [Double] = []
    public var validationLoss: [Double] = []
    public var validationMetric: [Double] = []
    public var learningRate: [Double] = []
    public var seconds: [Double] = []
    /// Per epoch, the loss of each output (`TaskAdapter.lossParts`; peak fitting: count, centre,
    /// amplitude, width — paper 1's Fig. 3), training (mean over batches) and validation.
    public var trainLossParts: [[Double]] = []
    public var validationLossParts: [[Double]] = []
    /// Per epoch, the wall time of the training batches alone (no validation, no checkpoint), s,
    /// and the spectra they trained on. Absent in histories written before they were recorded.
    public var trainingSeconds: [Double]?
    public var trainedSpectra: [Int]?
    /// Per epoch, the fraction of the localisation network's hidden units that are live on a
    /// validation batch (`LocaliserHealth`); absent for a model without a learned localisation.
    public var localiserLiveFraction: [Double]?
    /// 1-based epoch whose parameters were kept (lowest validation loss).
    public var bestEpoch = 0
    public var stoppedEarly = false

    /// Training spectra per second over the training batches of every epoch (nil before any epoch
    /// recorded its time).
    public var trainingSpectraPerSecond: Double? {
        guard let t = trainingSeconds, let n = trainedSpectra, !t.isEmpty, t.count == n.count else { return nil }
        let seconds = t.reduce(0, +)
        return seconds > 0 ? Double(n.reduce(0, +)) / seconds : nil
    }
}

/// Where progress goes: a live line on a terminal, plain lines otherwise.
public final class Trainer {
    public let runName: String
    let model: Model
    let adapter: TaskAdapter
    let spec: TrainingSpec
    let generator: SpectrumGenerator
    let trainIndices: Range<Int>
    let validation: (spectra: Tensor, targets: Tensor)
    let progress: ProgressReporter
    /// Interrupt after this epoch, leaving the checkpoint (testing --resume).
    public var stopAfterEpoch: Int?
    /// `generator` with its charging-shift range scaled by a factor below 1: the training spectra of
    /// a shift curriculum's widening epochs (`spec.shiftCurriculum`); validation always uses the
    /// spectra it was given.
    public var scaledGenerator: ((Double) throws -> SpectrumGenerator)?
    /// Parameter groups with their own learning rate: every trainable parameter whose name starts
    /// with `prefix` trains at `factor` × the schedule's rate.
    public var rateScales: [(prefix: String, factor: Double)] = []

    public init(
        runName: String, model: Model, adapter: TaskAdapter, spec: TrainingSpec, generator: SpectrumGenerator,
        trainIndices: Range<Int>, validation: (spectra: Tensor, targets: Tensor), progress: ProgressReporter
    ) {
        self.runName = runName
        self.model = model
        self.adapter = adapter
        self.spec = spec
        self.generator = generator
        self.trainIndices = trainIndices
        self.validation = validation
        self.progress = progress
    }

    func makeOptimizer() -> Optimizer {
        let lr = Float(spec.learningRate), wd = Float(spec.weightDecay)
        let optimizer: Optimizer
        switch spec.optimizer {
        case .adam: optimizer = Adam(model.namedParameters, learningRate: lr, weightDecay: wd)
        case .adamw: optimizer = Adam.adamW(model.namedParameters, learningRate: lr, weightDecay: wd)
        case .sgd: optimizer = SGD(model.namedParameters, learningRate: lr, momentum: Float(spec.momentum), weightDecay: wd)
        }
        for (prefix, factor) in rateScales where factor != 1 {
            optimizer.scaleRate(by: Float(factor)) { $0.hasPrefix(prefix) }
        }
        return optimizer
    }

    /// Loss and headline metric on a held-out set, in inference mode, in batches.
    public func evaluate(_ data: (spectra: Tensor, targets: Tensor), batchSize: Int = 512) throws -> (
        loss: Double, metric: Double, predictions: Tensor
    ) {
        let r = try evaluateWithParts(data, batchSize: batchSize)
        return (r.loss, r.metric, r.predictions)
    }

    /// `evaluate`, also returning the mean of each `TaskAdapter.lossParts` term.
    public func evaluateWithParts(_ data: (spectra: Tensor, targets: Tensor), batchSize: Int = 512) throws
        -> (loss: Double, parts: [Double], metric: Double, predictions: Tensor)
    {
        let N = data.spectra.shape[0], L = data.spectra.shape[2], K = data.targets.shape[1]
        var predictions = Tensor(shape: [N, K])
        var lossSum = 0.0
        var partSums = [Double](repeating: 0, count: adapter.lossPartNames.count)
        var start = 0
        while start < N {
            let n = min(batchSize, N - start)
            let x = Tensor(shape: [n, 1, L], scalars: Array(data.spectra.scalars[(start * L)..<((start + n) * L)]))
            let t = Tensor(shape: [n, K], scalars: Array(data.targets.scalars[(start * K)..<((start + n) * K)]))
            let outputs = model.outputs(x, training: false)
            lossSum += Double(adapter.loss(outputs, t).value) * Double(n)
            for (j, v) in adapter.lossParts(outputs, t).enumerated() { partSums[j] += Double(v) * Double(n) }
            let p = adapter.predictions(outputs)
            predictions.scalars.replaceSubrange((start * K)..<((start + n) * K), with: p.scalars)
            start += n
        }
        let loss = lossSum / Double(N)
        guard loss.isFinite else { throw HarnessError.nonFiniteLoss(run: runName, epoch: 0, batch: 0) }
        return (loss, partSums.map { $0 / Double(N) }, try adapter.metric(predictions: predictions, targets: data.targets), predictions)
    }

    /// Trains to the end (or early stop) and leaves the best-validation parameters in the model.
    /// With a `checkpoint` file, the state is saved after every epoch; with `resume`, training
    /// continues from a saved state, and the result equals an uninterrupted run's.
    public func fit(seed: UInt64, checkpoint: URL? = nil, resume: Bool = false) throws -> TrainingHistory {
        var history = TrainingHistory()
        let optimizer = makeOptimizer()
        var plateau = ReduceLROnPlateau(factor: Float(spec.schedule.factor), patience: spec.schedule.patience)
        let batchSize = min(spec.batchSize, trainIndices.count)
        let batchesPerEpoch = max(1, trainIndices.count / batchSize)
        let totalSteps = batchesPerEpoch * spec.epochs
        let cosine = CosineSchedule(base: Float(spec.learningRate), totalSteps: max(1, totalSteps))
        var best: (loss: Double, values: [Tensor])? = nil
        var badEpochs = 0
        var step = 0
        let order = SeededRandom(seed: seed).split("batch-order")
        let prefetchQueue = DispatchQueue(label: "xps.prefetch")
        let started = Date()
        var firstEpoch = 1
        /// The rate before warm-up; the plateau schedule lowers it.
        var baseRate = Float(spec.learningRate)
        if resume, let checkpoint, FileManager.default.fileExists(atPath: checkpoint.path) {
            let saved = try Checkpoint.read(checkpoint, model: model, optimizer: optimizer)
            history = saved.history
            plateau.best = saved.plateauBest; plateau.badEpochs = saved.plateauBad; plateau.cooldownLeft = saved.plateauCooldown
            baseRate = saved.learningRate
            best = saved.best.map { ($0.loss, $0.values) }
            badEpochs = saved.badEpochs
            step = saved.step
            firstEpoch = saved.epoch + 1
            progress.line("\(runName)  resumed after epoch \(saved.epoch)")
            if saved.finished { firstEpoch = spec.epochs + 1 }
        }
        for epoch in firstEpoch..<max(firstEpoch, spec.epochs + 1) {
            let epochStart = Date()
            model.reseedStochasticLayers(SeededRandom(seed: seed).split("dropout").split(UInt64(epoch)))
            var rng = order.split(UInt64(epoch))
            var indices = Array(trainIndices)
            if spec.freshData && epoch > 1 {
                // New spectra each epoch, far above the validation and test indices.
                let offset = (1 << 40) + (epoch - 1) * trainIndices.count - trainIndices.lowerBound
                indices = indices.map { $0 + offset }
            }
            indices.shuffle(using: &rng)
            func batchIndices(_ b: Int) -> [Int] { Array(indices[(b * batchSize)..<((b + 1) * batchSize)]) }
            // One batch ahead, generated on a background queue.
            let shiftScale = ShiftCurriculum.scale(epoch: epoch, epochs: spec.epochs, curriculum: spec.shiftCurriculum ?? 0)
            let gen = shiftScale < 1 ? try scaledGenerator?(shiftScale) ?? generator : generator
            var pending = UnsafeSendable(Box<(spectra: Tensor, targets: Tensor)>())
            func prefetch(_ b: Int) -> DispatchWorkItem {
                let box = Box<(spectra: Tensor, targets: Tensor)>()
                pending = UnsafeSendable(box)
                let ids = batchIndices(b)
                let item = DispatchWorkItem { box.value = gen.batch(ids, parallel: false) }
                prefetchQueue.async(execute: item)
                return item
            }
            var next = prefetch(0)
            let trainingStart = Date()
            var lossSum = 0.0
            var partSums = [Double](repeating: 0, count: adapter.lossPartNames.count)
            for b in 0..<batchesPerEpoch {
                next.wait()
                let (x, t) = pending.value.value!
                if b + 1 < batchesPerEpoch { next = prefetch(b + 1) }
                // This step's rate: the schedule's rate (cosine, or the plateau-managed base), times the
                // linear warm-up factor while warming up.
                var lr = spec.schedule.kind == .cosine ? cosine.learningRate(atStep: step) : baseRate
                if step < spec.schedule.warmupSteps { lr *= Float(step + 1) / Float(spec.schedule.warmupSteps) }
                optimizer.learningRate = lr
                model.zeroGradients()
                let outputs = model.outputs(x, training: true)
                let (loss, grads) = adapter.loss(outputs, t)
                guard loss.isFinite else { throw HarnessError.nonFiniteLoss(run: runName, epoch: epoch, batch: b + 1) }
                _ = model.backward(outputs: grads)
                if spec.clipNorm > 0 { clipGradientNorm(model.namedParameters, maxNorm: Float(spec.clipNorm)) }
                optimizer.step()
                step += 1
                lossSum += Double(loss)
                if partSums.count > 1 { for (j, v) in adapter.lossParts(outputs, t).enumerated() { partSums[j] += Double(v) } }
                let elapsed = Date().timeIntervalSince(started)
                let done = Double(step) / Double(totalSteps)
                progress.status(
                    String(
                        format: "%@  epoch %d/%d  batch %d/%d  loss %.4g  %.0f spectra/s  %@ left",
                        runName, epoch, spec.epochs, b + 1, batchesPerEpoch, loss,
                        Double(step * batchSize) / max(elapsed, 1e-9), formatDuration(elapsed * (1 / done - 1))))
            }
            history.trainingSeconds = (history.trainingSeconds ?? []) + [Date().timeIntervalSince(trainingStart)]
            history.trainedSpectra = (history.trainedSpectra ?? []) + [batchesPerEpoch * batchSize]
            let trainLoss = lossSum / Double(batchesPerEpoch)
            let (valLoss, valParts, valMetric, _) = try evaluateWithParts(validation)
            let live = LocaliserHealth.liveFraction(model, validation.spectra)
            if let live { history.localiserLiveFraction = (history.localiserLiveFraction ?? []) + [live] }
            history.trainLoss.append(trainLoss)
            history.trainLossParts.append(partSums.count > 1 ? partSums.map { $0 / Double(batchesPerEpoch) } : [trainLoss])
            history.validationLossParts.append(valParts)
            history.validationLoss.append(valLoss)
            history.validationMetric.append(valMetric)
            history.learningRate.append(Double(optimizer.learningRate))
            history.seconds.append(Date().timeIntervalSince(epochStart))
            progress.line(
                String(
                    format: "%@  epoch %d/%d  train loss %.4g  validation loss %.4g  %@ %.4g  lr %.3g",
                    runName, epoch, spec.epochs, trainLoss, valLoss, adapter.metricName, valMetric, optimizer.learningRate)
                    + (live.map { String(format: "  localiser live %.2f", $0) } ?? ""))
            // Epochs of a shift curriculum train on a narrower range than validation holds: they may
            // set the best epoch, but do not count toward early stopping or the plateau schedule.
            let widening = shiftScale < 1
            if best == nil || valLoss < best!.loss {
                best = (valLoss, model.namedParameters.map { $0.parameter.value })
                history.bestEpoch = epoch
                badEpochs = 0
            } else if !widening {
                badEpochs += 1
            }
            if spec.schedule.kind == .plateau && !widening {
                baseRate = plateau.update(metric: Float(valLoss), learningRate: baseRate)
            }
            let stop = spec.earlyStoppingPatience > 0 && badEpochs >= spec.earlyStoppingPatience
            if stop { history.stoppedEarly = true }
            if let checkpoint {
                try Checkpoint.write(
                    checkpoint,
                    Checkpoint.State(
                        epoch: epoch, step: step, learningRate: baseRate, history: history,
                        best: best.map { ($0.loss, $0.values) }, badEpochs: badEpochs, plateauBest: plateau.best,
                        plateauBad: plateau.badEpochs, plateauCooldown: plateau.cooldownLeft,
                        finished: stop || epoch == spec.epochs), model: model, optimizer: optimizer)
            }
            if let s = stopAfterEpoch, epoch == s, epoch < spec.epochs, !stop {
                throw HarnessError.interrupted(run: runName, epoch: epoch)
            }
            if stop {
                progress.line("\(runName)  early stop: no validation improvement for \(badEpochs) epochs; keeping epoch \(history.bestEpoch)")
                break
            }
        }
        if let best {
            for ((_, p), v) in zip(model.namedParameters, best.values) { p.value = v }
        }
        return history
    }
}

final class Box<T>: @unchecked Sendable { var value: T? }

func formatDuration(_ s: Double) -> String {
    guard s.isFinite, s >= 0 else { return "?" }
    let t = Int(s.rounded())
    return t >= 3600 ? String(format: "%dh%02dm", t / 3600, (t % 3600) / 60) : String(format: "%dm%02ds", t / 60, t % 60)
}
