// Figures and tables a manifest asks for. All are drawn from the HDF5 run files, so
// `harness plot` redraws them without retraining.

import Foundation

/// Published numbers to overlay (labelled "published"): a CSV in ../shared/published (or a path).
public struct PublishedSpec: Codable, Sendable, Equatable {
    /// File name under the shared published folder, or a path.
    public var file: String
    /// Column holding the x value (a swept parameter's value), e.g. "max_shift".
    public var x: String
    /// Column holding the metric, e.g. "best_test_accuracy".
    public var y: String
    /// Column naming the series (e.g. "model"), if any.
    public var series: String?
    /// Multiply published values by this to reach the harness's units (e.g. 0.01 for % → fraction).
    public var scale: Double
    /// Published series names → the harness's (e.g. "STNClassifier" → "stn").
    public var rename: [String: String]
    /// A sentence printed beside the comparison (e.g. how the paper selected its epoch).
    public var caveat: String?
}

public struct FigureSpec: Codable, Sendable, Equatable {
    public enum Kind: String, ManifestEnum, Sendable {
        /// Training and validation loss per run.
        case loss
        /// The headline metric against a swept parameter, one line per value of another (mean ± sd over repeats).
        case metric
        /// Per-class sensitivity (multi-label, classification) per run point.
        case perClass = "per-class"
        /// Confusion matrix of each run (classification).
        case confusion
        /// Feature-importance spectrum per explained class, with the element's lines marked.
        case fis
        /// The first test spectra of each run point with the model's predictions (peak fitting:
        /// true and predicted peaks drawn as components).
        case examples
        /// Peak fitting: the loss of each output per epoch (paper 1, Fig. 3).
        case lossParts = "loss-parts"
        /// Peak fitting: test accuracy and errors against the overlap of the closest peak pair.
        case overlap
        /// Element surveys: accuracy against the test SNR per overlap class, one figure per model.
        case overlapClasses = "overlap-classes"
        /// Every feature-importance spectrum of a run on one sheet.
        case fisOverview = "fis-overview"
        /// Quantification: MAE (at. %) against the test SNR, network and sensitivity-factor method.
        case quantification
        /// Spatial-transformer runs: the shift the localisation finds against the true charging shift,
        /// and test spectra before and after the sampler beside the unshifted mixture (`count` of them).
        case alignment
    }
    public var kind: Kind
    /// File stem under Results/<experiment>/figures/.
    public var name: String
    public var title: String?
    /// Sweep label on the x axis (metric figures).
    public var x: String?
    /// Text of the x axis (metric figures; default: the sweep label).
    public var xLabel: String?
    /// Sweep label giving one series per value (metric and per-class figures).
    public var series: String?
    public var logX: Bool?
    public var published: PublishedSpec?
    /// Spectra drawn by an examples figure (default 3).
    public var count: Int?
    /// Metric figures: "micro_f1" or "macro_f1" of multi-label runs instead of the headline metric.
    public var metric: String?
}

public struct TableSpec: Codable, Sendable, Equatable {
    /// The tables a manifest can ask for besides the headline one: the one registry of them.
    /// A new kind is a case here, its task below and its writer in `Reporter.table`.
    public enum Kind: String, ManifestEnum, Sendable {
        /// Peak fitting: metrics by peak overlap (PeakFittingReport.swift).
        case overlap
        /// Element surveys (ElementReport.swift): accuracy against the test SNR, per element, the
        /// most confused pairs, accuracy per overlap class, feature-importance alignment.
        case accuracySNR = "accuracy-snr", perElement = "per-element", confusionPairs = "confusion-pairs"
        case overlapClasses = "overlap-classes", fisAlignment = "fis-alignment"
        /// Quantification: MAE (at. %) against the test SNR, network and sensitivity factors.
        case quantificationMAE = "quantification-mae"
        /// Multi-label (PolymerReport.swift): exact match and F1 against the maximum shift, the
        /// published weakest classes' sensitivity, the spatial transformer's found shifts.
        case shiftAccuracy = "shift-accuracy", worstClasses = "worst-classes", alignment

        /// The task whose runs the table reads.
        public var task: TaskKind {
            switch self {
            case .overlap: return .peakFitting
            case .accuracySNR, .perElement, .confusionPairs, .overlapClasses, .fisAlignment: return .classification
            case .quantificationMAE: return .quantification
            case .shiftAccuracy, .worstClasses, .alignment: return .multiLabel
            }
        }
    }

    /// File stem under Results/<experiment>/tables/ (.md and .csv).
    public var name: String
    /// Sweep label whose values are the rows (default: one row per run point).
    public var rows: String?
    /// Sweep label whose values are the columns, if any.
    public var columns: String?
    public var published: PublishedSpec?
    /// What the table shows (default: the headline metric per run point).
    public var kind: Kind?
    /// "worst-classes": the value of the maxShift sweep the table reports (default: all runs).
    public var at: String?
}

/// Gaussian-probing feature importance computed after training, on test spectra.
public struct ExplanationSpec: Codable, Sendable, Equatable {
    /// "occlude" (importance = drop in the class probability) or "add".
    public var method: String
    /// Probe width σ in eV.
    public var sigma: Double
    /// Probe spacing in points of the axis.
    public var stride: Int
    /// Test spectra of each class averaged (fewer when the test split holds fewer).
    public var spectraPerClass: Int
    /// Class names to explain (default: all).
    public var classes: [String]?
    /// Sweep points to explain (run point names; default: all).
    public var runs: [String]?
    /// Also compute gradient × input and sliding-window occlusion on the same spectra (default false).
    public var compare: Bool?
    /// Width of the sliding occlusion window, eV (default: 2.355 σ, the probe's FWHM).
    public var occlusionWidth: Double?
    /// Element surveys: explain the test spectra regenerated at this SNR (same indices) instead of
    /// the test split as drawn (default).
    public var signalToNoise: Double?
}

/// Test conditions: the trained model is also evaluated on test sets generated with other data
/// settings (same test indices), e.g. at several SNR values.
public struct EvaluationSpec: Codable, Sendable, Equatable {
    public struct Condition: Codable, Sendable, Equatable {
        /// Names the condition in files and tables (e.g. "snr-3.8").
        public var name: String
        /// Its numeric value for figures and tables (e.g. 3.8); default: the order of the list.
        public var value: Double?
        /// Dotted manifest paths → values, applied to the data settings of the test set.
        public var set: [String: JSONValue]
    }
    public var conditions: [Condition]
}
