import Foundation
import Spectra

/// The kind of abscissa a block was recorded on.
public enum AxisKind: String, Sendable, Equatable {
    /// Binding energy, eV.
    case binding
    /// Kinetic energy, eV.
    case kinetic
    /// Anything else (time, point index, mass, distance): the block is not an energy spectrum.
    case other
}

/// One block of a spectrum file as `SpectrumReader.inspect` lists it: what it is, not its values.
///
/// A block is one VAMAS block, one curve (cycle, scan) of a SPECS Prodigy region, one region of
/// a Scienta file, or the single spectrum of a two-column file.
public struct BlockSummary: Sendable, Equatable {
    /// 0-based position of the block in the file.
    public var index: Int
    /// Sample as the file names it (VAMAS sample identifier, Prodigy group, Scienta "Sample").
    public var sample: String
    /// Block label: VAMAS block identifier, Prodigy or Scienta region name, text column header.
    public var label: String
    /// Region as species and transition ("Fe 2p") when the file gives them, else "".
    public var region: String
    /// Where in its region the block sits (Prodigy "cycle 0, curve 0, scan 1"), else "".
    public var detail: String
    /// Technique ("XPS", "AES diff"), "" when the file gives none.
    public var technique: String
    /// Analysis source label ("Al", "Al mono", "XR 50"), "" when the file gives none.
    public var sourceLabel: String
    /// Photon (source) energy hν, eV; nil when the file gives none.
    public var photonEnergy: Double?
    /// The abscissa as recorded.
    public var axis: AxisKind
    /// Abscissa label as written ("Kinetic Energy", "BE/eV", "index").
    public var axisLabel: String
    /// First and last abscissa values in file order, in the recorded units (eV for energies).
    public var firstAbscissa: Double
    public var lastAbscissa: Double
    /// Number of points.
    public var points: Int
    /// What was repaired to read this block (file-level repairs are in `SpectrumFileContents.repairs`).
    public var repairs: [String]

    public init(
        index: Int, sample: String = "", label: String, region: String = "", detail: String = "",
        technique: String = "", sourceLabel: String = "", photonEnergy: Double? = nil,
        axis: AxisKind, axisLabel: String, firstAbscissa: Double, lastAbscissa: Double,
        points: Int, repairs: [String] = []
    ) {
        self.index = index; self.sample = sample; self.label = label; self.region = region
        self.detail = detail; self.technique = technique; self.sourceLabel = sourceLabel
        self.photonEnergy = photonEnergy; self.axis = axis; self.axisLabel = axisLabel
        self.firstAbscissa = firstAbscissa; self.lastAbscissa = lastAbscissa
        self.points = points; self.repairs = repairs
    }

    /// One line: "3  FeO  Fe 2p  XPS  Al 1486.61 eV  kinetic 736.61…792.61 eV  1121 points".
    public var line: String {
        var parts = [String(index), sample.isEmpty ? "-" : sample, label.isEmpty ? "-" : label]
        if !region.isEmpty, region != label { parts.append("[\(region)]") }
        if !detail.isEmpty { parts.append("(\(detail))") }
        parts.append(technique.isEmpty ? "-" : technique)
        let source = [sourceLabel, photonEnergy.map { "hν \(formatNumber($0)) eV" } ?? ""].filter { !$0.isEmpty }
        parts.append(source.isEmpty ? "-" : source.joined(separator: " "))
        let units = axis == .other ? "(\(axisLabel))" : "eV"
        parts.append("\(axis.rawValue) \(formatNumber(firstAbscissa))…\(formatNumber(lastAbscissa)) \(units)")
        parts.append("\(points) points")
        if !repairs.isEmpty { parts.append("repaired: " + repairs.joined(separator: "; ")) }
        return parts.joined(separator: "  ")
    }

    /// Whether `text` names this block: its label, its region or its sample, compared without
    /// case and surrounding blanks.
    public func isNamed(_ text: String) -> Bool {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        return [label, region, sample].contains { $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
    }
}

/// Which blocks of a file to read.
public enum BlockSelection: Sendable, Equatable {
    /// Every block whose abscissa is an energy.
    case all
    /// Blocks by 0-based index, in the order given.
    case indices([Int])
    /// Blocks whose label, region or sample equals one of these (see `BlockSummary.isNamed`).
    case labels([String])

    /// Parses a command-line selection: "all", indices and ranges ("0,2,5-7"), or labels
    /// ("Fe 2p;O 1s", separated by ';').
    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty || trimmed.lowercased() == "all" { self = .all; return }
        var indices: [Int] = []
        for part in trimmed.split(separator: ",") {
            let p = part.trimmingCharacters(in: .whitespaces)
            let bounds = p.split(separator: "-", maxSplits: 1).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            if bounds.count == 1, let i = bounds[0] { indices.append(i); continue }
            if bounds.count == 2, let a = bounds[0], let b = bounds[1], a >= 0, a <= b, b - a < 100_000 {
                indices += Array(a...b); continue
            }
            self = .labels(trimmed.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) })
            return
        }
        self = .indices(indices)
    }
}

/// What reading one block gave.
enum BlockOutcome: @unchecked Sendable {
    case spectrum(Spectrum)
    /// The abscissa is no energy: the block is listed, not read as a spectrum.
    case notEnergy
    /// The block could not be turned into a spectrum (e.g. no photon energy to convert with).
    case failed(any Error)
}

/// A block as the format readers hand it over.
struct ReadBlock {
    var summary: BlockSummary
    var outcome: BlockOutcome
}
