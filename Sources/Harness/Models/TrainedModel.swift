// Applying a trained model to measured spectra exactly as it was trained: the model file records
// its architecture, input axis, generator (which fixes the preprocessing) and label names.

import Foundation
import Tensors
import NeuralNets
import Spectra
import SpectraIO
import Store
import Plots

public struct TrainedModel {
    public let model: Model
    public let task: TaskKind
    public let generator: GeneratorKind
    public let axis: EnergyAxis
    public let labelNames: [String]
    public let source: URL
    /// Compound-survey models: the photon energy of their training surveys (their Auger lines sit
    /// at BE = hν − KE, so a survey excited otherwise is refused).
    public let photonEnergy: Double?
    /// Compound-survey models: the lowest high-BE end of their training surveys (beyond it the
    /// input is masked), eV.
    public let coverageEnd: Double?

    /// Loads the (single) run of a run file. Every refusal names the file: a damaged one (an axis,
    /// architecture or label list that no trained model has) is refused before anything is built.
    public init(file url: URL) throws {
        do { self = try TrainedModel(checking: url) } catch {
            if "\(error)".contains(url.path) { throw error }
            throw HarnessError.file(path: url.path, line: nil, reason: "not a trained model: \(error)")
        }
    }

    private init(checking url: URL) throws {
        let file = try HDF5File(opening: url)
        let runs = try file.root.openGroup("runs")
        guard let name = try runs.memberNames().first else { throw HarnessError.missingRun(path: url.path, reason: "no run inside") }
        let group = try runs.openGroup("\(name)/model")
        guard let task = TaskKind(rawValue: try group.stringAttribute("task")),
            let generator = GeneratorKind(rawValue: try group.stringAttribute("generator"))
        else {
            throw HarnessError.missingRun(path: url.path, reason: "model task or generator not recognised")
        }
        let axisValues = try group.doubleAttribute("input_axis")
        guard axisValues.count == 3, (1...Double(DataSpec.maximumPoints)).contains(axisValues[2]), axisValues[2] == axisValues[2].rounded()
        else {
            throw HarnessError.missingRun(
                path: url.path, reason: "input_axis needs start, step and a whole count of 1…\(DataSpec.maximumPoints) points, found \(axisValues)")
        }
        let axis = try EnergyAxis(start: axisValues[0], step: axisValues[1], count: Int(axisValues[2]))
        let labels = try group.stringAttribute("label_names").split(separator: "\n").map(String.init)
        guard !labels.isEmpty else { throw HarnessError.missingRun(path: url.path, reason: "the model has no label names") }
        let architecture = "\(url.path):architecture"
        let (specValue, specLines) = try JSONValue.parse(try group.stringAttribute("architecture"), file: architecture)
        let spec = try JSONDecoder().decode(ModelSpec.self, from: specValue.data)
        // Its ranges checked as a manifest's model block's are: a damaged architecture is an
        // error, not a model the builders trap on or exhaust memory with.
        var validator = ManifestValidator(file: architecture, lines: specLines)
        spec.validate(&validator)
        if let first = validator.errors.first { throw first }
        let model = try ModelPresets.build(spec, task: task, inputLength: axis.count, targets: labels.count, seed: 0, axis: axis)
        try ModelArchive.read(into: model, from: group)
        self.model = model
        self.task = task
        self.generator = generator
        self.axis = axis
        self.labelNames = labels
        source = url
        if generator == .compoundSurvey {
            let (config, _) = try JSONValue.parse(try ExperimentRunner.readConfig(url), file: "\(url.path):config")
            guard case .number(let hv)? = config["data"]?["parameters"]?["photonEnergy"] else {
                throw HarnessError.missingRun(
                    path: url.path, reason: "a compound-survey model without data.parameters.photonEnergy in its configuration")
            }
            photonEnergy = hv
            guard case .number(let end)? = config["data"]?["parameters"]?["coverageEnd"] else {
                throw HarnessError.missingRun(
                    path: url.path, reason: "a compound-survey model without data.parameters.coverageEnd in its configuration")
            }
            coverageEnd = end
        } else {
            photonEnergy = nil
            coverageEnd = nil
        }
    }

    /// Eq. 1's constants of the peak-fitting data a run file's network was trained on (its stored
    /// configuration's data.parameters.constants; the paper's when absent).
    public static func park2020Constants(of url: URL) throws -> Park2020Constants {
        let (config, _) = try JSONValue.parse(try ExperimentRunner.readConfig(url), file: "\(url.path):config")
        guard case .string(let name)? = config["data"]?["parameters"]?["constants"] else { return .paper }
        guard let variant = PeakFittingGenerator.Park2020Variant(rawValue: name) else {
            throw HarnessError.missingRun(path: url.path, reason: "data.parameters.constants '\(name)' is not paper or notebook")
        }
        return variant.constants
    }

    /// The model's input for a measured spectrum: resampled onto the input axis and normalised as in
    /// training. Peak-fitting models read a window through `PeakFittingNetworks` instead.
    public func input(for spectrum: Spectrum, name: String) throws -> (values: [Float], energies: [Double]) {
        switch generator {
        case .peakFitting:
            throw HarnessError.spectrum(name: name, reason: "a peak-fitting model reads its window through PeakFittingNetworks.read")
        case .compoundSurvey:
            return try maskedSurveyInput(for: spectrum, name: name)
        case .polymerMixtures, .elementSurvey:
            guard spectrum.scale == .binding else {
                throw HarnessError.spectrum(name: name, reason: "spectrum is on a kinetic-energy scale; the model expects binding energy")
            }
            let lo = spectrum.energies.first!, hi = spectrum.energies.last!
            guard lo <= axis.start + 1e-9, hi >= axis.end - 1e-9 else {
                throw HarnessError.spectrum(
                    name: name,
                    reason: String(
                        format: "covers %.1f–%.1f eV, but the model's input axis is %.1f–%.1f eV",
                        lo, hi, axis.start, axis.end))
            }
            var v = try spectrum.resampled(onto: axis).intensities
            if generator == .polymerMixtures {
                v = v.map { max(0, $0) }
                let area = v.reduce(0, +) * axis.step
                guard area > 0 else { throw HarnessError.spectrum(name: name, reason: "no positive intensity") }
                guard area.isFinite else {
                    throw HarnessError.spectrum(
                        name: name, reason: "intensities up to \(v.max() ?? 0) are too large to sum (expected counts or count rates below 1e300)")
                }
                v = v.map { $0 / area }
            } else {
                try Self.refuseIsolatedSpike(spectrum, name: name)
                let top = v.max() ?? 0
                guard top > 0 else { throw HarnessError.spectrum(name: name, reason: "no positive intensity") }
                v = v.map { $0 / top }
            }
            return (v.map(Float.init), axis.energies)
        }
    }

    /// Compound-survey models: the survey resampled onto the input axis where it covers it, scaled
    /// to maximum 1 there and 0 beyond its high-BE end, as the training surveys were. A survey that
    /// starts above the axis start, ends below the training's shortest coverage or was excited at
    /// another photon energy is refused with the reason.
    func maskedSurveyInput(for spectrum: Spectrum, name: String) throws -> (values: [Float], energies: [Double]) {
        guard spectrum.scale == .binding else {
            throw HarnessError.spectrum(name: name, reason: "spectrum is on a kinetic-energy scale; the model expects binding energy")
        }
        if let hv = photonEnergy, let recorded = spectrum.metadata[SpectrumMetadataKey.photonEnergy].flatMap(Double.init), abs(recorded - hv) > 1 {
            throw HarnessError.spectrum(
                name: name,
                reason: String(
                    format: "was excited at hν = %.1f eV; the model was trained on surveys excited at %.1f eV (its Auger lines would sit elsewhere)",
                    recorded, hv))
        }
        let lo = spectrum.energies.first!, hi = spectrum.energies.last!
        let shortest = coverageEnd ?? axis.end
        guard lo <= axis.start + axis.step + 1e-9, hi >= shortest else {
            throw HarnessError.spectrum(
                name: name,
                reason: String(
                    format: "covers %.1f–%.1f eV; the model needs %.1f eV up to at least %.1f eV (the rest of its %.1f–%.1f eV input is masked)",
                    lo, hi, axis.start, shortest, axis.start, axis.end))
        }
        try Self.refuseIsolatedSpike(spectrum, name: name)
        var v = try spectrum.resampled(onto: axis, outside: .nearestEdge).intensities
        let last = axis.energies.lastIndex { $0 <= hi + 1e-9 } ?? 0
        let top = v[0...last].max() ?? 0
        guard top > 0 else { throw HarnessError.spectrum(name: name, reason: "no positive intensity") }
        guard top.isFinite else { throw HarnessError.spectrum(name: name, reason: "intensities are not finite") }
        for i in v.indices { v[i] = i <= last ? max(0, v[i]) / top : 0 }
        return (v.map(Float.init), axis.energies)
    }

    /// Survey models scale a survey to its maximum, so one corrupt point (a detector spike, a
    /// mistyped value) would silently flatten everything else. A point more than
    /// `spikeRatio` times every point beyond its immediate neighbours is refused, named by its
    /// energy: no measured line is that narrow and that far above the rest of a survey.
    static let spikeRatio = 1000.0

    static func refuseIsolatedSpike(_ spectrum: Spectrum, name: String) throws {
        let y = spectrum.intensities
        guard y.count >= 5, let top = y.indices.max(by: { y[$0] < y[$1] }), y[top] > 0 else { return }
        let rest = y.indices.filter { abs($0 - top) > 1 }.map { abs(y[$0]) }.max() ?? 0
        guard y[top].isFinite, y[top] <= spikeRatio * rest else {
            throw HarnessError.spectrum(
                name: name,
                reason: String(
                    format: "one point, %.4g at %.2f eV, is over %.0f times every other point of the survey "
                        + "(a detector spike or a corrupt value?); remove it and try again",
                    y[top], spectrum.energies[top], spikeRatio))
        }
    }

    /// Predictions [K] in the targets' layout (probabilities, or peak parameters in x units).
    public func predict(_ input: [Float]) -> [Float] {
        let adapter = TaskAdapter(task: task, targets: labelNames.count)
        let outputs = model.outputs(Tensor(shape: [1, 1, input.count], scalars: input), training: false)
        return adapter.predictions(outputs).scalars
    }
}

public enum PredictionReport {
    /// CSV header and one row for a prediction.
    public static func header(_ m: TrainedModel) -> String {
        switch m.task {
        case .peakFitting: return peakHeader(maxPeaks: (m.labelNames.count - 1) / 3)
        case .multiLabel:
            return "file,spectrum,present," + m.labelNames.map { "p_\($0.replacingOccurrences(of: ",", with: ";"))" }.joined(separator: ",")
        case .classification: return "file,spectrum,element,probability,second,second_probability"
        case .quantification: return "file,spectrum," + m.labelNames.map { "at_percent_\($0)" }.joined(separator: ",")
        }
    }

    public static func row(_ m: TrainedModel, file: String, index: Int, prediction p: [Float], energies: [Double]) throws -> String {
        let prefix = "\(csvField(file)),\(index)"
        switch m.task {
        case .peakFitting:
            throw HarnessError.unsupported(
                file: m.source.path, what: "a prediction row", reason: "a peak-fitting prediction's row comes from peakRow")
        case .multiLabel:
            let present = zip(m.labelNames, p).filter { $0.1 > 0.5 }.map(\.0).joined(separator: "; ")
            return prefix + ",\(csvField(present))," + p.map { String(format: "%.4f", $0) }.joined(separator: ",")
        case .classification:
            let order = p.indices.sorted { p[$0] > p[$1] }
            return prefix
                + ",\(m.labelNames[order[0]]),\(String(format: "%.4f", p[order[0]])),\(m.labelNames[order[1]]),\(String(format: "%.4f", p[order[1]]))"
        case .quantification:
            return prefix + "," + p.map { String(format: "%.2f", 100 * $0) }.joined(separator: ",")
        }
    }

    /// The spectrum as the model saw it, with the prediction in the title (peak fitting: the
    /// predicted peaks as components; surveys: the found element's library lines marked).
    /// Element surveys: the classes whose probability reaches `threshold`, most probable first
    /// (at least the most probable one).
    public static func found(_ m: TrainedModel, prediction p: [Float], threshold: Double) -> [(name: String, probability: Double)] {
        let order = p.indices.sorted { p[$0] > p[$1] }
        return order.enumerated().filter { $0.offset == 0 || Double(p[$0.element]) >= threshold }
            .map { (m.labelNames[$0.element], Double(p[$0.element])) }
    }

    public static func figure(
        _ m: TrainedModel, name: String, input: [Float], energies: [Double], prediction p: [Float],
        threshold: Double = 1
    ) throws -> Figure {
        let measured = input.map(Double.init)
        var f: Figure
        switch m.task {
        case .peakFitting:
            throw HarnessError.unsupported(
                file: m.source.path, what: "a prediction figure", reason: "a peak-fitting prediction's figure comes from peakFigure")
        case .classification, .quantification, .multiLabel:
            f = Figure.spectrumWithComponents(
                energies: energies, measured: measured, components: [],
                intensityLabel: "intensity (normalised as in training)")
            let order = p.indices.sorted { p[$0] > p[$1] }
            if m.task == .multiLabel {
                f.title = "\(name): " + order.prefix(4).filter { p[$0] > 0.5 }.map { m.labelNames[$0] }.joined(separator: ", ")
            } else {
                f.title = String(
                    format: "%@: %@ (%.2f), then %@ (%.2f)", name, m.labelNames[order[0]], p[order[0]],
                    m.labelNames[order[1]], p[order[1]])
            }
            if m.generator == .elementSurvey, let library = try? ElementLibrary.load() {
                let present =
                    m.task == .classification ? found(m, prediction: p, threshold: threshold) : [(m.labelNames[order[0]], Double(p[order[0]]))]
                f.verticalMarkers = present.compactMap { try? library.element($0.name) }.flatMap { element in
                    element.photoemissionLines(in: m.axis.start...m.axis.end, atLeast: 0.05)
                        .map { (x: $0.bindingEnergy, label: "\(element.symbol) \($0.orbital)") }
                }
                if m.task == .classification, present.count > 2 {
                    f.title = "\(name): " + present.map { String(format: "%@ (%.2f)", $0.name, $0.probability) }.joined(separator: ", ")
                }
            }
        }
        f.name = name
        return f
    }

    /// Peak fitting: the CSV header for `maxPeaks` slots (centre and FWHM in eV, height in counts
    /// above the Shirley background); `count_output` is the networks' mean count output.
    public static func peakHeader(maxPeaks n: Int) -> String {
        "file,spectrum,peak_count,count_output," + (1...n).map { "center\($0)_eV,fwhm\($0)_eV,height\($0)" }.joined(separator: ",")
    }

    /// One row: the reading's peaks by centre, the slots beyond its count left empty.
    public static func peakRow(file: String, index: Int, reading r: PeakFittingNetworks.Reading, maxPeaks n: Int) -> String {
        var fields = [csvField(file), String(index), String(r.peaks.count), String(format: "%.3f", r.count)]
        for j in 0..<n {
            if j < r.peaks.count {
                let p = r.peaks[j]
                fields += [String(format: "%.3f", p.center), String(format: "%.3f", p.width), String(format: "%.1f", p.height)]
            } else {
                fields += ["", "", ""]
            }
        }
        return fields.joined(separator: ",")
    }

    /// The window minus its Shirley background with the predicted peaks as Eq. 1 components (the
    /// training data's line shape, with its constants).
    public static func peakFigure(
        name: String, reading r: PeakFittingNetworks.Reading, constants: Park2020Constants,
        passes: String
    ) -> Figure {
        let fwhmPerW = LineShape.park2020(width: 1, constants: constants).fullWidthAtHalfMaximum()
        let components: [(title: String, values: [Double])] = r.peaks.enumerated().map { j, p in
            let shape = LineShape.park2020(width: max(1e-3, p.width / fwhmPerW), constants: constants)
            return (
                String(format: "peak %d: %.2f eV, FWHM %.2f eV", j + 1, p.center, p.width),
                r.energies.map { p.height * shape.value(atOffset: $0 - p.center) }
            )
        }
        let net = zip(r.intensities, r.background).map { $0 - $1 }
        let sum = r.energies.indices.map { k in components.map { $0.values[k] }.reduce(0, +) }
        var f = Figure.spectrumWithComponents(
            energies: r.energies, measured: net, components: components,
            fit: components.isEmpty ? nil : sum,
            intensityLabel: "intensity minus Shirley background (counts)")
        f.title = String(
            format: "%@: %d peak%@ predicted (count output %.2f; %@)", name, r.peaks.count,
            r.peaks.count == 1 ? "" : "s", r.count, passes)
        f.name = name
        return f
    }

    static func csvField(_ s: String) -> String {
        s.contains(",") || s.contains("\"") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
