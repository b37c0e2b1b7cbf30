// What `harness predict` does: a trained model (or an ensemble of peak-fitting networks) applied
// to measured spectra, one CSV row and one figure per spectrum.

import Foundation
import Plots
import Spectra
import SpectraIO

/// A `harness predict` as asked on the command line.
public struct PredictionRequest: Sendable {
    public var model: URL
    /// Peak fitting: further networks averaged with `model`.
    public var ensemble: [URL] = []
    /// Peak fitting: window positions and mirror (park2020-table1's by default).
    public var averaging = NetworkAveraging.park2020Table1
    /// Whether `averaging` was given on the command line (only peak-fitting models take it).
    public var averagingGiven = false
    /// Spectrum files or folders.
    public var inputs: [String]
    /// CSV output (default: predictions.csv beside the model file).
    public var output: URL?
    public var figures = true
    public var workFunction: WorkFunctionCorrection = .none
    /// Which blocks of each file (`--blocks`).
    public var blocks: BlockSelection = .all
    /// Element surveys: list every element whose probability reaches this value.
    public var threshold = 0.05

    public init(model: URL, inputs: [String]) {
        self.model = model
        self.inputs = inputs
    }

    public var csv: URL { output ?? model.deletingLastPathComponent().appendingPathComponent("predictions.csv") }
    /// Figures go beside the CSV, in predictions/.
    public var figureDirectory: URL { csv.deletingLastPathComponent().appendingPathComponent("predictions") }
}

public enum PredictionSession {
    /// How a spectrum is numbered in the CSV, the summary and figure names: its block's index in a
    /// VAMAS file (so `--blocks 3` gives `#3`, and blocks left out leave gaps), else its position.
    static func blockNumber(_ s: Spectrum, position: Int) -> Int {
        s.metadata[VamasMetadataKey.blockIndex].flatMap { Int($0) } ?? position
    }

    /// Spectrum files a folder contributes, by extension (the formats' registry).
    static var spectrumExtensions: [String] { SpectrumFormat.allExtensions.map { "." + $0 } }

    /// Runs `request`; prints the CSV, the elements found and where files went. Spectra that cannot
    /// be read or do not fit the model are listed on standard error; it fails when none could be used.
    public static func run(_ request: PredictionRequest, console: Console = .standardOutput) throws {
        let trained = try TrainedModel(file: request.model)
        var predictor = try Predictor(trained: trained, request: request)
        for url in try spectrumFiles(request.inputs) {
            let spectra: [Spectrum]
            do { spectra = try SpectrumReader.read(url: url, workFunction: request.workFunction, blocks: request.blocks) } catch {
                predictor.refused.append("\(url.path): \(error)")
                continue
            }
            for note in Set(spectra.flatMap(SpectrumFileDescription.notes)).sorted() {
                FileHandle.standardError.write(Data("\(url.lastPathComponent): \(note)\n".utf8))
            }
            for (position, s) in spectra.enumerated() {
                let k = blockNumber(s, position: position)
                do { try predictor.predict(s, file: url, index: k) } catch { predictor.refused.append("\(error)") }
            }
        }
        try predictor.finish(console: console)
    }

    /// Writes the CSV (`lines`, header first) and prints the rows, the elements found and the
    /// refusals; with no row, an error that leaves an earlier CSV as it was.
    static func finish(lines: [String], found: [String], refused: [String], request: PredictionRequest, console: Console) throws {
        let count = lines.count - 1
        for r in refused { FileHandle.standardError.write(Data("refused: \(r)\n".utf8)) }
        // Nothing predicted: say so, and leave an earlier CSV as it was.
        guard count > 0 else {
            throw HarnessError.spectrum(
                name: request.inputs.joined(separator: ", "),
                reason: refused.isEmpty
                    ? "no spectrum file found (extensions: \(spectrumExtensions.joined(separator: " ")))"
                    : "no spectrum could be used (see the refusals above); \(request.csv.path) left as it was")
        }
        try requireRegularFileOrNothing(request.csv)
        try (lines.joined(separator: "\n") + "\n").write(to: request.csv, atomically: true, encoding: .utf8)
        console(lines.joined(separator: "\n"))
        if !found.isEmpty {
            console("\nelements with probability ≥ \(request.threshold):")
            for f in found { console("  " + f) }
        }
        console(
            "\nwrote \(request.csv.path) (\(count) spectr\(count == 1 ? "um" : "a"))"
                + (request.figures ? "; figures in \(request.figureDirectory.path)" : ""))
    }

    /// Refuses to replace anything at `url` but a regular file: a symbolic link, a device or a
    /// folder named as output is an error, not something to overwrite.
    static func requireRegularFileOrNothing(_ url: URL) throws {
        guard let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType else { return }
        guard type == .typeRegular else {
            throw HarnessError.file(
                path: url.path, line: nil, reason: "exists and is not a regular file (\(type.rawValue)); name a new file or a regular one to replace")
        }
    }

    /// The files named, folders expanded to their spectrum files (sorted).
    static func spectrumFiles(_ inputs: [String]) throws -> [URL] {
        var files: [URL] = []
        for i in inputs {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: i, isDirectory: &isDir) else {
                throw HarnessError.file(path: i, line: nil, reason: "no such file or folder")
            }
            if isDir.boolValue {
                let entries = try FileManager.default.contentsOfDirectory(atPath: i).sorted()
                files += entries.filter { name in spectrumExtensions.contains(where: name.lowercased().hasSuffix) }
                    .map { URL(fileURLWithPath: i).appendingPathComponent($0) }
            } else {
                files.append(URL(fileURLWithPath: i))
            }
        }
        return files
    }
}

/// The state of one `harness predict`: the model, the rows so far, what was found and refused.
struct Predictor {
    let trained: TrainedModel
    let request: PredictionRequest
    let peakNetworks: PeakFittingNetworks?
    var lines: [String]
    var found: [String] = []
    var refused: [String] = []

    init(trained: TrainedModel, request: PredictionRequest) throws {
        self.trained = trained
        self.request = request
        if trained.task == .peakFitting {
            peakNetworks = try PeakFittingNetworks(files: [request.model] + request.ensemble)
        } else {
            guard request.ensemble.isEmpty, !request.averagingGiven else {
                throw HarnessError.unsupported(
                    file: request.model.path, what: "--ensemble, --shifts and --no-mirror",
                    reason: "they apply to peak-fitting models; this file holds a \(trained.task.rawValue) model")
            }
            peakNetworks = nil
        }
        lines = [PredictionReport.header(trained)]
    }

    var passes: String {
        let networks = peakNetworks?.networks.count ?? 1
        let count = request.averaging.shifts.count * (request.averaging.mirror ? 2 : 1)
        return "\(networks) network\(networks == 1 ? "" : "s") × \(count) pass\(count == 1 ? "" : "es")"
    }

    mutating func predict(_ s: Spectrum, file url: URL, index k: Int) throws {
        let stem = "\(url.deletingPathExtension().lastPathComponent)-\(k)"
        if let networks = peakNetworks {
            let reading = try networks.read(s, name: "\(url.lastPathComponent)#\(k)", averaging: request.averaging)
            let n = (trained.labelNames.count - 1) / 3
            lines.append(PredictionReport.peakRow(file: url.lastPathComponent, index: k, reading: reading, maxPeaks: n))
            guard request.figures else { return }
            var f = PredictionReport.peakFigure(name: stem, reading: reading, constants: networks.constants, passes: passes)
            f.footnote =
                "networks: " + ([request.model] + request.ensemble).map(\.lastPathComponent).joined(separator: ", ")
                + "; shifts \(request.averaging.shifts)" + (request.averaging.mirror ? ", mirrored" : "")
            try draw(f)
            return
        }
        let (x, energies) = try trained.input(for: s, name: "\(url.lastPathComponent)#\(k)")
        let p = trained.predict(x)
        lines.append(try PredictionReport.row(trained, file: url.lastPathComponent, index: k, prediction: p, energies: energies))
        if trained.task == .classification {
            found.append(
                "\(url.lastPathComponent)#\(k): "
                    + PredictionReport.found(trained, prediction: p, threshold: request.threshold)
                    .map { String(format: "%@ %.3f", $0.name, $0.probability) }.joined(separator: ", "))
        }
        guard request.figures else { return }
        var f = try PredictionReport.figure(trained, name: stem, input: x, energies: energies, prediction: p, threshold: request.threshold)
        f.footnote = "model: \(request.model.lastPathComponent)"
        try draw(f)
    }

    func draw(_ f: Figure) throws {
        let (_, gp) = try FigureWriter.write(f, to: request.figureDirectory)
        _ = try FigureRenderer.render(gp: gp)
    }

    /// Writes the CSV and prints the rows, the elements found and the refusals.
    func finish(console: Console) throws {
        try PredictionSession.finish(lines: lines, found: found, refused: refused, request: request, console: console)
    }
}
