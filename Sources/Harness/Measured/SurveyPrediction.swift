// `harness predict SURVEY` with no model: the shipped survey models (presence: which elements, with
// probabilities; quantification: at. %) applied together, one CSV row and one figure per spectrum.

import Explain
import Foundation
import Plots
import Tensors
import Spectra
import SpectraIO

/// The shipped survey models `harness predict` uses without a model argument.
public struct SurveyModels {
    /// Presence (multi-label) and quantification models; at least one of them.
    public let presence: TrainedModel?
    public let quantification: TrainedModel?

    /// The first presence and the first quantification model file (by name) of the survey
    /// experiments' models/ under `resultsRoot`.
    public init(resultsRoot: URL) throws {
        let files = ShippedModels.surveyExperiments.flatMap { ShippedModels.files(experiment: $0, resultsRoot: resultsRoot) }
        guard !files.isEmpty else {
            throw HarnessError.noShippedModels(
                searched: ShippedModels.surveyExperiments.map { ShippedModels.directory(experiment: $0, resultsRoot: resultsRoot).path },
                hint:
                    "make them with `harness run survey-presence` and `harness run survey-quantification` (each manifest's \"ship\" names the runs to ship), "
                    + "or name a model: harness predict MODEL.h5 SURVEY…")
        }
        var presence: TrainedModel?, quantification: TrainedModel?
        for url in files {
            let m = try SurveyModels.load(url)
            if m.task == .multiLabel, presence == nil { presence = m }
            if m.task == .quantification, quantification == nil { quantification = m }
        }
        self.presence = presence
        self.quantification = quantification
    }

    public init(presence: TrainedModel?, quantification: TrainedModel?) {
        self.presence = presence
        self.quantification = quantification
    }

    public static func load(_ url: URL) throws -> TrainedModel {
        let m = try TrainedModel(file: url)
        guard [.multiLabel, .quantification].contains(m.task), [.elementSurvey, .compoundSurvey].contains(m.generator) else {
            throw HarnessError.file(
                path: url.path, line: nil,
                reason: "holds a \(m.task.rawValue) model of \(m.generator.rawValue) data; expected a multi-label or quantification model of surveys")
        }
        return m
    }

    var models: [TrainedModel] { [presence, quantification].compactMap { $0 } }

    /// One line per model: its file, run, profile, test metric, elements and input axis.
    public func coverage() throws -> [String] {
        try models.map { m in
            let d = try ModelDescription(m.source)
            let axis = String(format: "input %.1f–%.1f eV, step %.2f eV", m.axis.start, m.axis.end, m.axis.step)
            return "\(m.task.rawValue) model: \(m.source.path) — \(d.summary); \(m.labelNames.count) elements "
                + "(\(m.labelNames.joined(separator: " "))); \(axis)"
        }
    }
}

public enum SurveyPrediction {
    /// Runs the shipped survey models on `request.inputs` (its `model` is ignored); the CSV goes
    /// to `request.output`, else survey-predictions.csv in the current folder.
    public static func run(_ request: PredictionRequest, resultsRoot: URL, console: Console = .standardOutput) throws {
        let models = try SurveyModels(resultsRoot: resultsRoot)
        console("shipped survey models:")
        for line in try models.coverage() { console("  " + line) }
        var r = request
        r.model = models.models[0].source
        r.output = request.output ?? URL(fileURLWithPath: "survey-predictions.csv")
        var lines = [header(models)], found: [String] = [], refused: [String] = []
        for url in try PredictionSession.spectrumFiles(r.inputs) {
            let spectra: [Spectrum]
            do { spectra = try SpectrumReader.read(url: url, workFunction: r.workFunction, blocks: r.blocks) } catch {
                refused.append("\(url.path): \(error)")
                continue
            }
            for (position, s) in spectra.enumerated() {
                do {
                    let k = PredictionSession.blockNumber(s, position: position)
                    let (row, summary) = try predict(models, s, file: url, index: k, request: r)
                    lines.append(row)
                    found.append(summary)
                } catch { refused.append("\(error)") }
            }
        }
        try PredictionSession.finish(lines: lines, found: found, refused: refused, request: r, console: console)
    }

    static func header(_ models: SurveyModels) -> String {
        var h = "file,spectrum,present"
        if let p = models.presence { h += "," + p.labelNames.map { "p_\($0)" }.joined(separator: ",") }
        if let q = models.quantification { h += "," + q.labelNames.map { "at_percent_\($0)" }.joined(separator: ",") }
        return h
    }

    /// One spectrum: its CSV row and the line listing elements, probabilities and at. %.
    static func predict(_ models: SurveyModels, _ s: Spectrum, file url: URL, index k: Int, request: PredictionRequest) throws -> (
        row: String, summary: String
    ) {
        let name = "\(url.lastPathComponent)#\(k)"
        var row = "\(PredictionReport.csvField(url.lastPathComponent)),\(k)"
        var called: [(name: String, probability: Double)] = [], listed: [(name: String, probability: Double)] = []
        var amounts: [(name: String, percent: Double)] = []
        var shown: (input: [Float], energies: [Double], model: TrainedModel)?
        var without: [(name: String, probability: Double)] = []
        if let m = models.presence {
            let (x, energies) = try m.input(for: s, name: name)
            let p = m.predict(x).map(Double.init)
            let order = p.indices.sorted { p[$0] > p[$1] }
            called = order.filter { p[$0] >= 0.5 }.map { (m.labelNames[$0], p[$0]) }
            listed = order.filter { p[$0] >= request.threshold }.map { (m.labelNames[$0], p[$0]) }
            row +=
                ",\(PredictionReport.csvField(called.map(\.name).joined(separator: "; "))),"
                + p.map { String(format: "%.4f", $0) }.joined(separator: ",")
            shown = (x, energies, m)
            without = try called.map { (name: $0.name, probability: try probabilityWithoutLines(m, input: x, element: $0.name)) }
        } else {
            row += ","
        }
        if let m = models.quantification {
            let (x, energies) = try m.input(for: s, name: name)
            let q = m.predict(x).map { 100 * Double($0) }
            amounts = q.indices.sorted { q[$0] > q[$1] }.filter { q[$0] >= 0.5 }.map { (m.labelNames[$0], q[$0]) }
            row += "," + q.map { String(format: "%.2f", $0) }.joined(separator: ",")
            if shown == nil { shown = (x, energies, m) }
        }
        let elements = listed.map { String(format: "%@ %.3f", $0.name, $0.probability) }.joined(separator: ", ")
        let percent = amounts.map { String(format: "%@ %.1f", $0.name, $0.percent) }.joined(separator: ", ")
        var summary = "\(name):"
        if models.presence != nil { summary += " elements (p ≥ \(request.threshold)): \(elements.isEmpty ? "none" : elements)" }
        if !without.isEmpty {
            summary += "; without their own lines: " + without.map { String(format: "%@ %.2f", $0.name, $0.probability) }.joined(separator: ", ")
        }
        if models.quantification != nil { summary += (models.presence != nil ? ";" : "") + " at. % (≥ 0.5): \(percent)" }
        if request.figures, let shown {
            var f = try figure(
                name: "\(url.deletingPathExtension().lastPathComponent)-\(k)", shown: shown, called: called.map(\.name),
                title: title(name, called: called, amounts: amounts),
                without: Dictionary(without.map { ($0.name, $0.probability) }, uniquingKeysWith: { a, _ in a }))
            f.footnote = "models: " + models.models.map { displayPath($0.source) }.joined(separator: ", ")
            let (_, gp) = try FigureWriter.write(f, to: request.figureDirectory)
            _ = try FigureRenderer.render(gp: gp)
        }
        return (row, summary)
    }

    /// "regular.vms#0: Fe 0.98, Mg 0.91; at. %: Fe 40.2, Mg 20.1, …": the first four called elements
    /// and the four largest amounts (the CSV has them all).
    static func title(_ name: String, called: [(name: String, probability: Double)], amounts: [(name: String, percent: Double)]) -> String {
        // Four of each keep the title within the figure's width; the CSV and summary have them all.
        var parts = [
            called.prefix(4).map { String(format: "%@ %.2f", $0.name, $0.probability) }.joined(separator: ", ")
                + (called.count > 4 ? ", …" : "")
        ]
        parts[0] = called.isEmpty ? "none called" : parts[0]
        if !amounts.isEmpty {
            parts.append(
                "at. %: " + amounts.prefix(4).map { String(format: "%@ %.1f", $0.name, $0.percent) }.joined(separator: ", ")
                    + (amounts.count > 4 ? ", …" : ""))
        }
        return "\(name): " + parts.joined(separator: "; ")
    }

    /// At most this many called elements get their FIS drawn (the most probable first).
    static let figureFISCount = 4

    /// `url`'s path relative to the current folder when it lies inside it (so a committed figure
    /// names `Results/…`, not the machine's checkout), else the full path.
    static func displayPath(_ url: URL) -> String {
        let here = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(here + "/") ? String(path.dropFirst(here.count + 1)) : path
    }

    /// The probability of `element` once all of its own lines (`Explanation.ownLines`: the
    /// photoemission lines of ≥ 5 % of its strongest and the Auger lines the generators draw, at
    /// hν − KE) are occluded at once by Gaussians of σ = 2 eV, as the FIS probe: low when the call
    /// rests on those lines, still high when it rests on the rest of the survey. Lines sit at their
    /// tabulated energies, so a survey charged by several eV is probed beside them.
    static func probabilityWithoutLines(_ m: TrainedModel, input: [Float], element: String) throws -> Double {
        guard let c = m.labelNames.firstIndex(of: element) else { return .nan }
        let lines = Explanation.ownLines(try ElementLibrary.load().element(element), photonEnergy: m.photonEnergy ?? 1486.6, axis: m.axis)
        let occluded = GaussianProbing.occludingAll(
            input, centers: lines.map { ($0 - m.axis.start) / m.axis.step }, sigmaPoints: 2 / m.axis.step)
        return Double(m.predict(occluded)[c])
    }

    /// The feature-importance spectrum of class `c` for one input (Gaussian probes of σ = 2 eV
    /// occluding the spectrum every 2 points; drop in the class probability), on every axis point.
    static func importance(_ m: TrainedModel, input: [Float], classIndex c: Int) -> [Double] {
        let x = Tensor(shape: [1, 1, input.count], scalars: input)
        let adapter = TaskAdapter(task: m.task, targets: m.labelNames.count)
        let stride = 2
        let fis = GaussianProbing.importance(
            spectra: x, classIndex: c, sigmaPoints: 2 / m.axis.step, stride: stride,
            probabilities: { adapter.predictions(m.model.outputs($0, training: false)) })
        return (0..<input.count).map { i in
            let j = min(fis.centers.count - 1, max(0, Int((Double(i) / Double(stride)).rounded())))
            return max(0, fis.importance[j])
        }
    }

    /// The spectrum as the models saw it, the called elements' library lines marked and (presence
    /// models) each one's FIS beside them: where the model looked to call it.
    static func figure(
        name: String, shown: (input: [Float], energies: [Double], model: TrainedModel), called: [String], title: String,
        without: [String: Double] = [:]
    ) throws -> Figure {
        var components: [(title: String, values: [Double])] = []
        if shown.model.task == .multiLabel {
            for element in called.prefix(figureFISCount) {
                guard let c = shown.model.labelNames.firstIndex(of: element) else { continue }
                let note = without[element].map { String(format: " (p %.2f without its lines)", $0) } ?? ""
                components.append(("FIS \(element)" + note, importance(shown.model, input: shown.input, classIndex: c)))
            }
        }
        var f = Figure.spectrumWithComponents(
            energies: shown.energies, measured: shown.input.map(Double.init), components: components,
            intensityLabel: "intensity (as in training); FIS: probability drop when occluded")
        let library = try ElementLibrary.load()
        let axis = shown.model.axis
        f.verticalMarkers = try called.map { try library.element($0) }.flatMap { element in
            element.photoemissionLines(in: axis.start...axis.end, atLeast: 0.05)
                .map { (x: $0.bindingEnergy, label: "\(element.symbol) \($0.orbital)") }
        }
        f.title = title
        f.name = name
        return f
    }
}
