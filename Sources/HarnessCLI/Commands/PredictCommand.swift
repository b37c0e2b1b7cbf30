import ArgumentParser
import Foundation
import Harness
import SpectraIO

struct PredictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Apply a trained model to measured spectra (VAMAS, text/CSV, SPECS .xy, or a folder of them).",
        discussion: """
            Each spectrum is treated as in training (resampled onto the model's input axis and \
            normalised as recorded in the model file); a spectrum whose energy range does not cover \
            the model's axis is refused with an error. Writes a CSV with one row per spectrum.

            Peak-fitting models (paper 1) read a 401-point window as park2020-table1 does: ascending \
            energies, minus a Shirley background, maximum 1; the network (and every --ensemble network) \
            sees it at the positions of --shifts and each reversed (unless --no-mirror), and the \
            predictions are averaged. Centres and FWHM in eV, heights in counts.

            Without a model, the shipped survey models (Results/presence/models/ and \
            Results/quantification/models/, committed to git) give the elements with their \
            probabilities and the at. % of each survey, and a figure per spectrum.

            Examples:
              harness predict ../shared/data/vamas/regular.vms
              harness predict Results/quickstart/runs/model-mlp.h5 ../shared/data/vamas/regular.vms
              harness predict Results/park2020-training/runs/run_r1.h5 ../shared/data/park2020/P3HT_S2p_exp.txt \\
                --ensemble Results/park2020-training/runs/run_r2.h5 --ensemble Results/park2020-training/runs/run_r3.h5
            """)

    @Argument(
        help: ArgumentHelp(
            "A model (.h5: a run file or a shipped model file), then spectrum files or folders; without a model, the shipped survey models (presence and quantification).",
            valueName: "[MODEL.h5] inputs"))
    var paths: [String]

    @Option(help: ArgumentHelp("Peak fitting: a further network (run file) applied with MODEL as an ensemble; repeatable.", valueName: "RUN.h5"))
    var ensemble: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Peak fitting: the window positions each network sees, as shifts in points, comma-separated (0: as measured); each prediction is moved back and all are averaged (default: park2020-table1's, -5,0,5).",
            valueName: "n,n,…"))
    var shifts: String?

    @Flag(help: "Peak fitting: do not also show each network the reversed window.")
    var noMirror = false

    @Option(help: "CSV output (default: predictions.csv beside the model file; survey-predictions.csv here without a model).")
    var output: String?

    @Option(help: "Without a model: the results folder holding <experiment>/models/ (default: Results here, else the executable's checkout).")
    var results: String?

    @Flag(help: "Skip the figure per spectrum.")
    var noFigures = false

    @Option(
        help: ArgumentHelp(
            "Work function φ for kinetic → binding energies, BE = hν − KE − φ: 'none' (φ = 0, as the files' writers record kinetic energies), 'file' (the analyser work function the file records) or a value in eV.",
            valueName: "none|file|eV"))
    var workFunction = "none"

    @OptionGroup var blocks: BlockOptions

    @Option(help: "Element surveys: list every element whose probability reaches this value (0–1).")
    var threshold = 0.05

    /// The model named first, if any (a .h5 file), and the spectrum inputs.
    var model: String? { paths.first.flatMap { $0.lowercased().hasSuffix(".h5") ? $0 : nil } }
    var inputs: [String] { model == nil ? paths : Array(paths.dropFirst()) }

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("name a spectrum file or folder after the model (\(paths.joined(separator: " ")))") }
        if model == nil, !ensemble.isEmpty || shifts != nil || noMirror {
            throw ValidationError("--ensemble, --shifts and --no-mirror apply to peak-fitting models: name MODEL.h5 first")
        }
        guard workFunctionCorrection != nil else {
            throw ValidationError("--work-function: found '\(workFunction)', expected 'file', 'none' or a number of eV")
        }
        guard threshold > 0, threshold <= 1 else {
            throw ValidationError("--threshold: found \(threshold), expected a probability in (0, 1]")
        }
        _ = try networkAveraging(shifts: shifts, option: "--shifts", mirror: !noMirror)
    }

    var workFunctionCorrection: WorkFunctionCorrection? {
        switch workFunction {
        case "file": return .fromFile
        case "none": return WorkFunctionCorrection.none
        default: return Double(workFunction).map { .value($0) }
        }
    }

    func run() throws {
        var r = PredictionRequest(model: URL(fileURLWithPath: model ?? "."), inputs: inputs)
        r.ensemble = ensemble.map { URL(fileURLWithPath: $0) }
        r.averaging = try networkAveraging(shifts: shifts, option: "--shifts", mirror: !noMirror)
        r.averagingGiven = shifts != nil || noMirror
        r.output = output.map { URL(fileURLWithPath: $0) }
        r.figures = !noFigures; r.workFunction = workFunctionCorrection!; r.threshold = threshold
        r.blocks = blocks.selection
        guard model != nil else {
            let executable = URL(fileURLWithPath: CommandLine.arguments[0])
            let root = results.map { URL(fileURLWithPath: $0) } ?? ShippedModels.defaultResultsRoot(executable: executable)
            return try SurveyPrediction.run(r, resultsRoot: root)
        }
        try PredictionSession.run(r)
    }
}
