// The data block of a manifest: which generator, its parameters (typed by generator), the sizes
// of the three splits and the data seed.

import Foundation
import Spectra

/// Generator parameters, typed by generator.
public enum GeneratorParameters: Sendable, Equatable {
    case peakFitting(PeakFittingGenerator.Parameters)
    case polymerMixtures(PolymerMixtureGenerator.Parameters)
    case elementSurvey(ElementSurveyGenerator.Parameters)
    case compoundSurvey(CompoundSurveyGenerator.Parameters)

    /// The defaults of `kind`, as JSON (what the loader merges the manifest's values over).
    public static func defaults(for kind: GeneratorKind) throws -> JSONValue {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        switch kind {
        case .peakFitting: return try JSONValue(data: encoder.encode(PeakFittingGenerator.Parameters()))
        case .polymerMixtures: return try JSONValue(data: encoder.encode(PolymerMixtureGenerator.Parameters()))
        case .elementSurvey: return try JSONValue(data: encoder.encode(ElementSurveyGenerator.Parameters()))
        case .compoundSurvey: return try JSONValue(data: encoder.encode(CompoundSurveyGenerator.Parameters()))
        }
    }
}

extension DataSpec {
    /// These settings with the charging-shift range scaled by `factor` (nil: the generator has none).
    public func withMaxShift(scaledBy factor: Double) -> DataSpec? {
        var d = self
        switch parameters {
        case .polymerMixtures(var p): p.maxShift *= factor; d.parameters = .polymerMixtures(p)
        case .elementSurvey(var p): p.maxShift *= factor; d.parameters = .elementSurvey(p)
        case .compoundSurvey(var p): p.maxShift *= factor; d.parameters = .compoundSurvey(p)
        case .peakFitting: return nil
        }
        return d
    }
}

public struct DataSpec: Codable, Sendable, Equatable, ManifestValidatable {
    public var generator: GeneratorKind
    public var parameters: GeneratorParameters
    /// Spectra in each split; indices [0, train), [train, train + validation), then test.
    public var train: Int
    public var validation: Int
    public var test: Int
    /// Data seed: runs with the same data settings share it, so they see the same spectra.
    public var seed: UInt64

    enum CodingKeys: String, CodingKey { case generator, parameters, train, validation, test, seed }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        generator = try c.decode(GeneratorKind.self, forKey: .generator)
        switch generator {
        case .peakFitting: parameters = .peakFitting(try c.decode(PeakFittingGenerator.Parameters.self, forKey: .parameters))
        case .polymerMixtures: parameters = .polymerMixtures(try c.decode(PolymerMixtureGenerator.Parameters.self, forKey: .parameters))
        case .elementSurvey: parameters = .elementSurvey(try c.decode(ElementSurveyGenerator.Parameters.self, forKey: .parameters))
        case .compoundSurvey: parameters = .compoundSurvey(try c.decode(CompoundSurveyGenerator.Parameters.self, forKey: .parameters))
        }
        train = try c.decode(Int.self, forKey: .train)
        validation = try c.decode(Int.self, forKey: .validation)
        test = try c.decode(Int.self, forKey: .test)
        seed = try c.decode(UInt64.self, forKey: .seed)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(generator, forKey: .generator)
        switch parameters {
        case .peakFitting(let p): try c.encode(p, forKey: .parameters)
        case .polymerMixtures(let p): try c.encode(p, forKey: .parameters)
        case .elementSurvey(let p): try c.encode(p, forKey: .parameters)
        case .compoundSurvey(let p): try c.encode(p, forKey: .parameters)
        }
        try c.encode(train, forKey: .train)
        try c.encode(validation, forKey: .validation)
        try c.encode(test, forKey: .test)
        try c.encode(seed, forKey: .seed)
    }

    public func validate(_ v: inout ManifestValidator) {
        v.require(train >= 1, "train", found: "\(train)", expected: "at least 1 spectrum")
        v.require(validation >= 1, "validation", found: "\(validation)", expected: "at least 1 spectrum (early stopping and model selection use it)")
        v.require(test >= 1, "test", found: "\(test)", expected: "at least 1 spectrum")
        switch (generator, parameters) {
        case (.peakFitting, .peakFitting), (.polymerMixtures, .polymerMixtures), (.elementSurvey, .elementSurvey),
            (.compoundSurvey, .compoundSurvey):
            break
        default: v.require(false, "parameters", found: "parameters of another generator", expected: "parameters of \(generator.rawValue)")
        }
        // Sizes before anything is allocated: a mistyped step must not exhaust the machine.
        let (points, field) = pointsPerSpectrum
        guard points.isFinite, points <= Double(DataSpec.maximumPoints) else {
            // Int(points) traps beyond Int's range (an axis start of -1e308).
            let shown = points.magnitude < 1e15 ? String(Int(points)) : String(points)
            v.require(
                false, "parameters.\(field)", found: points.isFinite ? "\(shown) points per spectrum" : "no finite number of points",
                expected: "at most \(DataSpec.maximumPoints) points per spectrum")
            return
        }
        let spectra = Double(train) + Double(validation) + Double(test)
        let bytes = spectra * points * Double(MemoryLayout<Float>.size)
        let memory = Double(ProcessInfo.processInfo.physicalMemory)
        v.require(
            memory <= 0 || bytes <= memory / 2, "train",
            found: String(format: "%.0f spectra × %.0f points need %.1f GB", spectra, points, bytes / 1e9),
            expected: String(format: "at most half of this machine's %.1f GB (fewer spectra or a coarser axis)", memory / 1e9))
    }

    /// Points per spectrum beyond which a manifest is refused (the paper-2 axis has 6,601).
    public static let maximumPoints = 100_000

    /// Points per spectrum the parameters ask for, and the parameter that sets them.
    var pointsPerSpectrum: (points: Double, field: String) {
        switch parameters {
        case .peakFitting(let p): return (Double(p.points), "points")
        case .polymerMixtures(let p): return (((p.axisEnd - p.axisStart) / p.axisStep).rounded() + 1, "axisStep")
        case .elementSurvey(let p): return (((p.axisEnd - p.axisStart) / p.axisStep).rounded() + 1, "axisStep")
        case .compoundSurvey(let p): return (((p.axisEnd - p.axisStart) / p.axisStep).rounded() + 1, "axisStep")
        }
    }
}
