// Feature importance of a trained run, on its test spectra, written under explain/ in the run file.

import Foundation
import Tensors
import NeuralNets
import Spectra
import Explain
import Store

struct ExplanationResult {
    var classes: [String]
    var centersEV: [Double]
    var importance: [[Double]]
    var counts: [Int]
    /// Per class: library line positions (eV) and the alignment score (share of positive importance within one FWHM).
    var lines: [[Double]]
    var alignment: [Double?]
    var fwhm: Double
    /// With `compare`: gradient × input (every point) and sliding-window occlusion (the probe's centres)
    /// per class, and their alignment scores.
    var gradientInput: [[Double]] = []
    var occlusion: [[Double]] = []
    var alignmentGradientInput: [Double?] = []
    var alignmentOcclusion: [Double?] = []
    var occlusionWidth: Double = 0
}

enum Explanation {
    /// The spectra to explain: the test split, or (with `signalToNoise`) the same test indices
    /// regenerated at that SNR.
    static func spectra(_ spec: ExplanationSpec, data: DataSpec, test: (spectra: Tensor, targets: Tensor)) throws -> (
        spectra: Tensor, targets: Tensor
    ) {
        guard let snr = spec.signalToNoise else { return test }
        var d = data
        switch data.parameters {
        case .elementSurvey(var p): p.signalToNoise = snr...snr; d.parameters = .elementSurvey(p)
        case .compoundSurvey(var p): p.signalToNoise = snr...snr; d.parameters = .compoundSurvey(p)
        case .peakFitting, .polymerMixtures: return test
        }
        let start = data.train + data.validation
        return try GeneratorFactory.make(d).batch(start..<(start + data.test))
    }

    static func compute(
        _ spec: ExplanationSpec, model: Model, adapter: TaskAdapter, generator: SpectrumGenerator,
        data: DataSpec, test: (spectra: Tensor, targets: Tensor), progress: ProgressReporter
    ) throws -> ExplanationResult {
        let names = generator.targetNames
        let wanted = try (spec.classes ?? names).map { name -> (Int, String) in
            guard let i = names.firstIndex(of: name) else {
                throw HarnessError.setting(
                    at: "explanation.classes", found: "'\(name)'", expected: "a class of this data (\(names.prefix(8).joined(separator: ", "))…)")
            }
            return (i, name)
        }
        let axis = generator.axis
        let N = test.spectra.shape[0], L = axis.count, K = test.targets.shape[1]
        let sigmaPoints = spec.sigma / axis.step
        var result = ExplanationResult(classes: [], centersEV: [], importance: [], counts: [], lines: [], alignment: [], fwhm: 0)
        // Line positions and width for element surveys (the alignment score).
        var library: ElementLibrary?
        if case .elementSurvey(let p) = data.parameters {
            library = try ElementLibrary.load()
            result.fwhm = (p.fwhmRange.lowerBound + p.fwhmRange.upperBound) / 2
        }
        if case .compoundSurvey(let p) = data.parameters {
            library = try ElementLibrary.load()
            result.fwhm = (p.resolution.lowerBound + p.resolution.upperBound) / 2
        }
        let compare = spec.compare ?? false
        let occlusionPoints = max(1, Int(((spec.occlusionWidth ?? 2.3548 * spec.sigma) / axis.step).rounded()) | 1)
        result.occlusionWidth = Double(occlusionPoints) * axis.step
        if compare { Explanation.enableInputGradient(model) }
        for (c, name) in wanted {
            let members = (0..<N).filter { test.targets.scalars[$0 * K + c] > 0.5 }.prefix(spec.spectraPerClass)
            var x = Tensor(shape: [members.count, 1, L])
            for (j, n) in members.enumerated() {
                x.scalars.replaceSubrange((j * L)..<((j + 1) * L), with: test.spectra.scalars[(n * L)..<((n + 1) * L)])
            }
            progress.status("FIS \(name): \(members.count) spectra")
            let probabilities: (Tensor) -> Tensor = { batch in adapter.predictions(model.outputs(batch, training: false)) }
            let fis = GaussianProbing.importance(
                spectra: x, classIndex: c, sigmaPoints: sigmaPoints, stride: spec.stride,
                mode: spec.method == "add" ? .add : .occlude, probabilities: probabilities)
            var others: [FeatureImportance] = []
            if compare {
                others.append(
                    GradientTimesInput.importance(
                        spectra: x, classIndex: c,
                        logits: { Explanation.inferenceForBackward(model, $0) },
                        inputGradient: { model.backward(outputs: [$0]) }))
                others.append(
                    GaussianProbing.slidingWindow(
                        spectra: x, classIndex: c, widthPoints: occlusionPoints, stride: spec.stride,
                        probabilities: probabilities))
                result.gradientInput.append(others[0].importance)
                result.occlusion.append(others[1].importance)
            }
            result.classes.append(name)
            result.centersEV = fis.centers.map { axis.energy(at: $0) }
            result.importance.append(fis.importance)
            result.counts.append(members.count)
            if let library, let element = try? library.element(name) {
                let energies = Explanation.ownLines(element, photonEnergy: library.photonEnergy, axis: axis)
                result.lines.append(energies)
                let points = energies.map { ($0 - axis.start) / axis.step }, half = result.fwhm / axis.step
                result.alignment.append(GaussianProbing.alignment(fis, lines: points, halfWidth: half))
                if compare {
                    result.alignmentGradientInput.append(GaussianProbing.alignment(others[0], lines: points, halfWidth: half))
                    result.alignmentOcclusion.append(GaussianProbing.alignment(others[1], lines: points, halfWidth: half))
                }
            } else {
                result.lines.append([])
                result.alignment.append(nil)
                if compare { result.alignmentGradientInput.append(nil); result.alignmentOcclusion.append(nil) }
            }
        }
        return result
    }

    /// The element's own lines on the axis (eV): photoemission lines with σ ≥ 5 % of its strongest line
    /// on the axis, and its Auger lines that carry a sensitivity factor (the lines the generator draws).
    static func ownLines(_ element: Element, photonEnergy: Double, axis: EnergyAxis) -> [Double] {
        var energies = element.photoemissionLines(in: axis.start...axis.end, atLeast: 0.05).map(\.bindingEnergy)
        energies += element.augerLines.filter { $0.sensitivityFactor != nil }.map { photonEnergy - $0.kineticEnergy }
        return energies.filter { $0 >= axis.start && $0 <= axis.end }.sorted()
    }

    /// The model's output in inference mode, with max-pooling layers keeping the indices their
    /// backward pass needs (their output is the same in both modes).
    static func inferenceForBackward(_ model: Model, _ x: Tensor) -> Tensor {
        func run(_ layer: Layer, _ x: Tensor) -> Tensor {
            if let s = layer as? Sequential { return s.childLayers.reduce(x) { run($1, $0) } }
            return layer.forward(x, training: layer is MaxPool1D)
        }
        if let layer = model as? Layer { return run(layer, x) }
        return model.outputs(x, training: false)[0]
    }

    /// Makes the model's first layer pass gradients to its input (gradient × input needs them).
    static func enableInputGradient(_ model: Model) {
        var first = true
        model.forEachLayer { layer in
            guard first else { return }
            if let conv = layer as? Conv1D {
                conv.computesInputGradient = true; first = false
            } else if let dense = layer as? Dense {
                dense.computesInputGradient = true; first = false
            }
        }
    }

    static func write(_ r: ExplanationResult, spec: ExplanationSpec, to run: HDF5Group) throws {
        let g = try run.group("explain")
        try g.write("probe_centers", doubles: r.centersEV)
        try g.setAttribute("units", "eV", onDataset: "probe_centers")
        try g.write("importance", floats: r.importance.flatMap { $0.map(Float.init) }, shape: [r.classes.count, r.centersEV.count])
        try g.setAttribute("classes", r.classes.joined(separator: "\n"))
        try g.setAttribute(
            "method",
            spec.method == "add"
                ? "Gaussian probe added (importance = rise in class probability)"
                : "Gaussian probe occluding (importance = drop in class probability)")
        try g.setAttribute("sigma_eV", spec.sigma)
        try g.setAttribute("stride_points", spec.stride)
        try g.write("spectra_averaged", integers: r.counts.map(Int64.init))
        try g.write("alignment", doubles: r.alignment.map { $0 ?? .nan })
        try g.setAttribute(
            "alignment_definition",
            "share of positive importance within one line FWHM (\(r.fwhm) eV) each side of the element's library lines (photoemission lines with σ_Scofield ≥ 5 % of the strongest on the axis, Auger lines with a sensitivity factor); NaN where undefined"
        )
        if !r.gradientInput.isEmpty {
            let L = r.gradientInput[0].count
            try g.write("gradient_input", floats: r.gradientInput.flatMap { $0.map(Float.init) }, shape: [r.classes.count, L])
            try g.write("occlusion", floats: r.occlusion.flatMap { $0.map(Float.init) }, shape: [r.classes.count, r.centersEV.count])
            try g.setAttribute("occlusion_width_eV", r.occlusionWidth)
            try g.write("alignment_gradient_input", doubles: r.alignmentGradientInput.map { $0 ?? .nan })
            try g.write("alignment_occlusion", doubles: r.alignmentOcclusion.map { $0 ?? .nan })
        }
        for (name, lines) in zip(r.classes, r.lines) where !lines.isEmpty {
            try g.write("lines/\(name)", doubles: lines)
        }
    }
}
