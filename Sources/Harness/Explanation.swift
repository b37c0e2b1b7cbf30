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
}

enum Explanation {
    static func compute(_ spec: ExplanationSpec, model: Model, adapter: TaskAdapter, generator: SpectrumGenerator,
                        data: DataSpec, test: (spectra: Tensor, targets: Tensor), progress: ProgressReporter) throws -> ExplanationResult {
        let names = generator.targetNames
        let wanted = try (spec.classes ?? names).map { name -> (Int, String) in
            guard let i = names.firstIndex(of: name) else {
                throw HarnessError.incompatible("explanation.classes: '\(name)' is not a class of this data (\(names.prefix(8).joined(separator: ", "))…)")
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
        for (c, name) in wanted {
            let members = (0..<N).filter { test.targets.scalars[$0 * K + c] > 0.5 }.prefix(spec.spectraPerClass)
            var x = Tensor(shape: [members.count, 1, L])
            for (j, n) in members.enumerated() {
                x.scalars.replaceSubrange((j * L)..<((j + 1) * L), with: test.spectra.scalars[(n * L)..<((n + 1) * L)])
            }
            progress.status("FIS \(name): \(members.count) spectra")
            let fis = GaussianProbing.importance(spectra: x, classIndex: c, sigmaPoints: sigmaPoints, stride: spec.stride,
                                                 mode: spec.method == "add" ? .add : .occlude) { batch in
                adapter.predictions(model.outputs(batch, training: false))
            }
            result.classes.append(name)
            result.centersEV = fis.centers.map { axis.energy(at: $0) }
            result.importance.append(fis.importance)
            result.counts.append(members.count)
            if let library, let element = try? library.element(name) {
                let energies = element.photoemissionLines.filter { $0.sensitivityFactor >= 0.05 * element.mainLine.sensitivityFactor }
                    .map(\.bindingEnergy).filter { $0 >= axis.start && $0 <= axis.end }
                result.lines.append(energies)
                result.alignment.append(GaussianProbing.alignment(fis, lines: energies.map { ($0 - axis.start) / axis.step },
                                                                  halfWidth: result.fwhm / axis.step))
            } else {
                result.lines.append([])
                result.alignment.append(nil)
            }
        }
        return result
    }

    static func write(_ r: ExplanationResult, spec: ExplanationSpec, to run: HDF5Group) throws {
        let g = try run.group("explain")
        try g.write("probe_centers", doubles: r.centersEV)
        try g.setAttribute("units", "eV", onDataset: "probe_centers")
        try g.write("importance", floats: r.importance.flatMap { $0.map(Float.init) }, shape: [r.classes.count, r.centersEV.count])
        try g.setAttribute("classes", r.classes.joined(separator: "\n"))
        try g.setAttribute("method", spec.method == "add" ? "Gaussian probe added (importance = rise in class probability)"
                                                            : "Gaussian probe occluding (importance = drop in class probability)")
        try g.setAttribute("sigma_eV", spec.sigma)
        try g.setAttribute("stride_points", spec.stride)
        try g.write("spectra_averaged", integers: r.counts.map(Int64.init))
        try g.write("alignment", doubles: r.alignment.map { $0 ?? .nan })
        try g.setAttribute("alignment_definition", "share of positive importance within one line FWHM (\(r.fwhm) eV) of the element's library lines (σ_Scofield ≥ 5 % of the main line); NaN where undefined")
        for (name, lines) in zip(r.classes, r.lines) where !lines.isEmpty {
            try g.write("lines/\(name)", doubles: lines)
        }
    }
}
