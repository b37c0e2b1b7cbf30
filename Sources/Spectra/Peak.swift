// One photoemission line: a line shape placed at a centre and scaled to a height.
//
// L = energy points.

/// A photoemission line: `height`·profile(E − `center`), profile of unit height (LineShape).
///
/// `center` is E₀ in eV (for Doniach–Šunjić the maximum lies `shape.maximumOffset` above it);
/// `height` is the value at the maximum, in the spectrum's intensity units (counts).
public struct Peak: Sendable, Equatable, Codable {
    /// E₀, eV.
    public let center: Double
    /// Value at the maximum, counts (≥ 0).
    public let height: Double
    public let shape: LineShape

    /// Throws `SpectraError.invalidParameter` for a bad shape, a non-finite centre or a
    /// negative height.
    public init(center: Double, height: Double, shape: LineShape) throws {
        try shape.validate()
        guard center.isFinite else {
            throw SpectraError.invalidParameter(name: "center", found: "\(center)", expected: "a finite energy in eV")
        }
        guard height.isFinite, height >= 0 else {
            throw SpectraError.invalidParameter(name: "height", found: "\(height)", expected: "a finite height ≥ 0")
        }
        self.center = center
        self.height = height
        self.shape = shape
    }

    /// A line of the given area (counts·eV): height = area / shape.area.
    /// Throws where the area diverges (Doniach–Šunjić with α > 0).
    public init(center: Double, area: Double, shape: LineShape) throws {
        try shape.validate()
        guard let unitArea = shape.area else {
            throw SpectraError.invalidParameter(
                name: "area", found: "\(area) for \(shape)",
                expected: "a line shape of finite area (Doniach–Šunjić needs a height)")
        }
        guard area.isFinite, area >= 0 else {
            throw SpectraError.invalidParameter(name: "area", found: "\(area)", expected: "a finite area ≥ 0")
        }
        try self.init(center: center, height: area / unitArea, shape: shape)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(
            center: c.decode(Double.self, forKey: .center),
            height: c.decode(Double.self, forKey: .height),
            shape: c.decode(LineShape.self, forKey: .shape))
    }

    /// Area, counts·eV; `nil` where it diverges.
    public var area: Double? { shape.area.map { $0 * height } }

    /// The same line moved by `delta` eV: centre E₀ + δ (sub-grid exact).
    public func shifted(by delta: Double) -> Peak {
        precondition(delta.isFinite, "a shift must be a finite number of eV, got \(delta)")
        return Peak(uncheckedCenter: center + delta, height: height, shape: shape)
    }

    /// The same line with height multiplied by `factor` (≥ 0).
    public func scaled(by factor: Double) throws -> Peak {
        try Peak(center: center, height: height * factor, shape: shape)
    }

    /// height·profile(E − E₀) at one energy (eV).
    public func value(at energy: Double) -> Double {
        height * shape.value(atOffset: energy - center)
    }

    /// The line sampled on `axis`.
    public func values(on axis: EnergyAxis) -> [Double] {
        var values = [Double](repeating: 0, count: axis.count)
        add(to: &values, on: axis)
        return values
    }

    /// values[i] += height·profile(axis.energy(at: i) − E₀). `values.count` must equal `axis.count`.
    public func add(to values: inout [Double], on axis: EnergyAxis) {
        precondition(values.count == axis.count, "values has \(values.count) points, axis has \(axis.count)")
        guard height != 0 else { return }
        let kernel = Kernel(shape)
        values.withUnsafeMutableBufferPointer { v in
            kernel.accumulate(into: v, start: axis.start, step: axis.step, center: center, height: height)
        }
    }

    /// values[i] += height·profile(energies[i] − E₀) on an arbitrary grid (eV).
    public func add(to values: inout [Double], at energies: [Double]) {
        precondition(values.count == energies.count, "values has \(values.count) points, energies \(energies.count)")
        guard height != 0 else { return }
        let kernel = Kernel(shape)
        let center = self.center, height = self.height
        values.withUnsafeMutableBufferPointer { v in
            energies.withUnsafeBufferPointer { e in
                kernel.accumulate(into: v, energies: e, center: center, height: height)
            }
        }
    }

    private init(uncheckedCenter center: Double, height: Double, shape: LineShape) {
        self.center = center
        self.height = height
        self.shape = shape
    }
}

extension Array where Element == Peak {
    /// The sum of the lines on `axis`, counts.
    public func values(on axis: EnergyAxis) -> [Double] {
        var values = [Double](repeating: 0, count: axis.count)
        for peak in self { peak.add(to: &values, on: axis) }
        return values
    }
}
