import Foundation
import Testing
@testable import Plots
import TestSupport

/// Real rendering with gnuplot: every figure kind gives a PNG of the requested size and an SVG.
@Suite("Rendering with gnuplot")
struct RenderingTests {
    /// Writes, renders and checks the images of `figure`; returns the folder.
    @discardableResult
    func renderAndCheck(_ figure: Figure, minimumBytes: Int = 15_000) throws -> URL {
        let directory = try Fixtures.directory(figure.name)
        let (dat, gp) = try FigureWriter.write(figure, to: directory)
        #expect(FileManager.default.fileExists(atPath: dat.path))
        let images = try FigureRenderer.render(gp: gp)
        #expect(images.map(\.lastPathComponent) == ["\(figure.name).png", "\(figure.name).svg"])
        let png = try Data(contentsOf: directory.appendingPathComponent("\(figure.name).png"))
        let size = try #require(Fixtures.pngSize(png), "not a PNG: \(figure.name).png")
        #expect(size.width == figure.size.width && size.height == figure.size.height)
        #expect(png.count > minimumBytes, "PNG of \(figure.name) suspiciously small: \(png.count) bytes")
        let svg = try String(contentsOf: directory.appendingPathComponent("\(figure.name).svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(figure.yLabel.replacingOccurrences(of: "&", with: "&amp;")))
        // No temporary files left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        return directory
    }

    @Test func lossCurves() throws {
        let epochs = 60
        let settings: [(name: String, start: Double, floor: Double)] = [("mlp", 0.35, 0.045), ("cnn", 0.5, 0.02), ("stn", 0.45, 0.012)]
        var runs: [(name: String, train: [Double], validation: [Double])] = []
        for run in settings {
            let train: [Double] = (0..<epochs).map { run.floor + run.start * exp(-Double($0) / 9) }
            let validation: [Double] = (0..<epochs).map {
                1.15 * run.floor + run.start * exp(-Double($0) / 8) + 0.0004 * Double($0)
            }
            runs.append((name: run.name, train: train, validation: validation))
        }
        var figure = Figure.lossCurves(name: "loss_curves", runs: runs)
        figure.footnote = "profile: smoke — commit 0123abc"
        try renderAndCheck(figure)
    }

    @Test func metricVersusParameter() throws {
        let published = try Fixtures.publishedShiftAccuracy()
        let names = [("MLPClassifier", "MLP"), ("CNNClassifier", "CNN"), ("STNClassifier", "STN")]
        let shifts = (0...5).map(Double.init)
        var models: [(model: String, parameter: [Double], mean: [Double], sd: [Double]?)] = []
        var overlay: [(model: String, parameter: [Double], value: [Double])] = []
        for (i, pair) in names.enumerated() {
            let slope = Double(3 - i) * 4
            let mean: [Double] = shifts.map { 88 - slope * $0 + Double(i) }
            let sd: [Double] = shifts.map { 1 + 0.3 * $0 }
            models.append((model: pair.1, parameter: shifts, mean: mean, sd: sd))
            if let rows = published[pair.0] {
                overlay.append((model: pair.1, parameter: rows.map(\.shift), value: rows.map(\.accuracy)))
            }
        }
        #expect(overlay.count == 3)
        let figure = Figure.metricVersusParameter(
            name: "accuracy_vs_shift", title: "Exact-match accuracy against maximum shift",
            parameterLabel: "maximum shift (eV)", metricLabel: "exact-match accuracy (%)",
            models: models, published: overlay)
        try renderAndCheck(figure)
    }

    @Test func spectrumWithComponents() throws {
        let measured = try Fixtures.park2020("ITO_O1s_exp.txt")
        let background = try Fixtures.park2020("ITO_O1s_bg.txt")
        let components = try (1...3).map { try Fixtures.park2020("ITO_O1s_p\($0).txt") }
        #expect(background.energies == measured.energies)
        let fit = measured.energies.indices.map { i in
            background.counts[i] + components.reduce(0) { $0 + $1.counts[i] - background.counts[i] }
        }
        let residual = zip(measured.counts, fit).map { $0 - $1 }
        var figure = Figure.spectrumWithComponents(
            name: "ito_o1s_fit", title: "ITO O 1s: expert fit (Park et al. 2020)",
            energies: measured.energies, measured: measured.counts,
            components: components.enumerated().map { (title: "component \($0.offset + 1)", values: $0.element.counts) },
            fit: fit, residual: residual, background: background.counts)
        figure.footnote = "data: park2020/ITO_O1s_*.txt"
        try renderAndCheck(figure)
    }

    @Test func featureImportanceIsDrawnReversed() throws {
        let energies = stride(from: 0.0, through: 1200.0, by: 1.0).map { $0 }
        let lines: [(x: Double, label: String)] = [
            (284.8, "C 1s"), (399.5, "N 1s"), (531.0, "O 1s"),
            (686.0, "F 1s"), (102.0, "Si 2p"), (1500, "outside")
        ]
        let importance = energies.map { e in
            lines.prefix(5).reduce(0.02) { $0 + Fixtures.gaussian(e, centre: $1.x, fwhm: 6) }
        }
        let figure = Figure.featureImportance(
            name: "feature_importance", title: "Gaussian-probing feature importance",
            energies: energies, importance: importance, linePositions: lines)
        let directory = try renderAndCheck(figure)
        // gnuplot's own view of the drawn axis: left end first; reversed means left > right.
        let result = try Fixtures.gnuplot(
            ["-e", "outstem = \"check\"", "feature_importance.gp", "-e", "print GPVAL_X_MIN, GPVAL_X_MAX"],
            in: directory)
        let ends = result.output.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        #expect(ends.count == 2 && ends[0] == 1200 && ends[1] == 0, "axis ends: \(result.output)")
    }

    @Test func barChart() throws {
        let classes = [
            "epoxide", "anhydride", "alcohol (aliphatic)", "naphthalene", "carboxylic acid", "alkene",
            "ketone (aromatic)", "ester (aromatic)", "siloxane", "ketone (aliphatic)", "alcohol (aromatic)",
            "ether (aromatic)"
        ]
        let values = { (scale: Double) in classes.indices.map { min(100, scale * (30 + 6 * Double($0))) } }
        let figure = try Figure.barChart(
            name: "worst_classes", title: "Per-class sensitivity of the hardest classes",
            categories: classes,
            series: [
                (title: "MLP", values: values(1.0)), (title: "STN", values: values(1.3)),
                (title: "STN (published)", values: values(1.25))
            ],
            categoryLabel: "functional group", valueLabel: "sensitivity (%)")
        try renderAndCheck(figure)
    }

    @Test func barChartOfAllFortyGroups() throws {
        let groups = try Fixtures.functionalGroups()
        #expect(groups.count == 40)
        var generator = SplitMix64(state: 11)
        let models = ["MLP", "CNN", "STN"].map { model in
            (title: model, values: groups.map { _ in Double.random(in: 20...100, using: &generator) })
        }
        let figure = try Figure.barChart(
            name: "sensitivity_all", title: "Per-class sensitivity", categories: groups, series: models,
            categoryLabel: "functional group", valueLabel: "sensitivity (%)")
        try renderAndCheck(figure)
    }

    @Test func confusionMatrixOfFortyGroups() throws {
        let groups = try Fixtures.functionalGroups()
        var matrix: [[Double]] = []
        for i in groups.indices {
            matrix.append(groups.indices.map { j -> Double in i == j ? 0.8 + 0.004 * Double(i) : Double((i * 13 + j * 7) % 17) / 400 })
        }
        let figure = try Figure.confusionMatrix(
            name: "confusion_all", title: "Co-occurrence of predicted and true labels", labels: groups,
            matrix: matrix, valueLabel: "fraction of true class")
        try renderAndCheck(figure)
    }

    @Test func scatter() throws {
        var generator = SplitMix64(state: 7)
        let truth = (0..<400).map { _ in Double.random(in: -3...3, using: &generator) }
        let predicted = truth.map { $0 + 0.15 * Double.random(in: -1...1, using: &generator) }
        let figure = Figure.scatter(
            name: "shift_scatter", title: "Predicted against true shift",
            x: truth, y: predicted, diagonal: true)
        try renderAndCheck(figure)
    }

    @Test func confusionMatrix() throws {
        let labels = ["C–C", "C–O", "C=O", "O–C=O", "C–F", "C–N"]
        var matrix: [[Double]] = []
        for i in labels.indices {
            matrix.append(labels.indices.map { j -> Double in i == j ? 180 - Double(10 * i) : Double((i * 7 + j * 3) % 11) })
        }
        let figure = try Figure.confusionMatrix(
            name: "confusion", title: "Confusion matrix (test set)",
            labels: labels, matrix: matrix)
        try renderAndCheck(figure)
    }

    @Test func overviewSheet() throws {
        let energies = stride(from: 0.0, through: 100.0, by: 0.5).map { $0 }
        let panels = (0..<10).map { k in
            Figure.featureImportance(
                name: "element_\(k)", title: "element \(k)", energies: energies,
                importance: energies.map { Fixtures.gaussian($0, centre: 10 + 8 * Double(k), fwhm: 4) },
                linePositions: [(x: 10 + 8 * Double(k), label: "line \(k)")])
        }
        let sheet = SheetFigure.overview(
            name: "overview", title: "Feature importance per element",
            figures: panels, columns: 4, footnote: "profile: smoke")
        let directory = try Fixtures.directory("overview")
        let (_, gp) = try FigureWriter.write(sheet, to: directory)
        let images = try FigureRenderer.render(gp: gp)
        #expect(images.map(\.lastPathComponent) == ["overview.png"])
        let png = try Data(contentsOf: images[0])
        let size = try #require(Fixtures.pngSize(png))
        #expect(size.width == 4 * 480)
        #expect(size.height > 3 * 360 && size.height < 3 * 360 + 120)
        #expect(png.count > 40_000)
    }

    @Test func redrawingByHandMakesBothImages() throws {
        let figure = Figure(
            name: "by_hand", title: "t", xLabel: "binding energy (eV)", yLabel: "intensity (counts)",
            series: [Series(title: "a", x: [1, 2, 3], y: [3, 1, 2])], xReversed: true)
        let directory = try Fixtures.directory("by_hand")
        try FigureWriter.write(figure, to: directory)
        let result = try Fixtures.gnuplot(["by_hand.gp"], in: directory)
        #expect(result.status == 0, "\(result.output)")
        for file in ["by_hand.png", "by_hand.svg"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(file).path))
        }
    }

    @Test func invalidScriptNamesTheScript() throws {
        let directory = try Fixtures.directory("invalid")
        let figure = Figure(
            name: "broken", title: "t", xLabel: "x (eV)", yLabel: "y (counts)",
            series: [Series(title: "a", x: [1, 2], y: [1, 2])])
        let (_, gp) = try FigureWriter.write(figure, to: directory)
        var text = try String(contentsOf: gp, encoding: .utf8)
        text = text.replacingOccurrences(of: "set encoding utf8", with: "set encoding utf8\n    set nonsenseoption 3")
        try text.write(to: gp, atomically: true, encoding: .utf8)
        do {
            try FigureRenderer.render(gp: gp)
            Issue.record("rendering a broken script did not throw")
        } catch let error as PlotError {
            guard case .gnuplotFailed(let script, let status, let message) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(script == gp.standardizedFileURL.path)
            #expect(status != 0)
            #expect(message.contains("nonsenseoption") || message.lowercased().contains("unrecognized"))
            #expect(error.description.contains("broken.gp"))
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("broken.png").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    @Test func dataGnuplotCannotDrawIsAnError() throws {
        // Every value undefined: gnuplot would draw an empty plot and only warn.
        let directory = try Fixtures.directory("all_nan")
        let figure = Figure(
            name: "all_nan", title: "t", xLabel: "epoch", yLabel: "loss (nats)",
            series: [Series(title: "a", x: [1, 2, 3], y: [.nan, .nan, .nan])])
        let (_, gp) = try FigureWriter.write(figure, to: directory)
        do {
            try FigureRenderer.render(gp: gp)
            Issue.record("a figure without a single drawable point rendered without error")
        } catch let error as PlotError {
            #expect(error.description.contains("all_nan.gp"))
            #expect(
                error.description.contains("valid points") || error.description.contains("undefined"),
                "\(error)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("all_nan.png").path))
    }

    @Test func constantDataRender() throws {
        // gnuplot widens an empty y range and says so: that is not an error.
        let figure = Figure(
            name: "constant", title: "Saturated accuracy", xLabel: "maximum shift (eV)",
            yLabel: "exact-match accuracy (%)",
            series: [Series(title: "STN", x: [0, 1, 2], y: [100, 100, 100], style: .linePoints)])
        try renderAndCheck(figure, minimumBytes: 10_000)
        #expect(FigureRenderer.dataWarnings(in: "Warning: empty y range [100:100], adjusting to [99:101]").isEmpty)
        #expect(FigureRenderer.dataWarnings(in: "\"a.gp\" line 3: warning: Skipping data file with no valid points").count == 1)
    }

    @Test func missingGnuplotNamesTheDebianPackage() {
        do {
            _ = try FigureRenderer.gnuplotExecutable(searchPath: "/nonexistent/bin:/also/not/here")
            Issue.record("found a gnuplot where there is none")
        } catch let error as PlotError {
            #expect(error == .gnuplotNotFound(searched: "/nonexistent/bin:/also/not/here"))
            #expect(error.description.contains("gnuplot-nox"))
        } catch {
            Issue.record("unexpected \(error)")
        }
        #expect((try? FigureRenderer.gnuplotExecutable())?.lastPathComponent == "gnuplot")
    }

    @Test func missingScriptIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-\(UUID().uuidString).gp")
        #expect(throws: PlotError.self) { try FigureRenderer.render(gp: url) }
    }
}
