// Classical XPS quantification: the Shirley-subtracted area of each element's line divided by its
// relative sensitivity factor, normalised over the elements present.
//
//   x_e = (A_e / σ_e) / Σ_f (A_f / σ_f)
//
// A_e: area (intensity × eV) above a Shirley background (Shirley, Phys. Rev. B 5, 4709 (1972))
// fitted in a window of ± `halfWindow` eV around the element's strongest photoemission line on
// the axis; σ_e: that line's Scofield factor (the element library's). The elements present are
// given (the analyst has identified them). A negative net area counts as 0; when the Shirley
// iteration finds no net area, a straight line between the window's end means is used instead;
// when every area is 0 the fractions are equal (1/n).
// Not modelled: overlap of the chosen line with lines of the other elements (they add to its area).

public struct SensitivityFactorQuantification: Sendable {
    /// Per element of `elements`: the line used (binding energy, eV) and its sensitivity factor.
    public let lines: [(energy: Double, factor: Double)]
    public let axis: EnergyAxis
    /// Half-width of the integration window, eV.
    public let halfWindow: Double

    public init(elements: [String], library: ElementLibrary, axis: EnergyAxis, halfWindow: Double = 6) throws {
        guard halfWindow > 0 else {
            throw SpectraError.invalidParameter(name: "halfWindow", found: "\(halfWindow)", expected: "> 0 eV")
        }
        self.axis = axis
        self.halfWindow = halfWindow
        lines = try elements.map { symbol in
            let on = try library.element(symbol).photoemissionLines.filter {
                $0.bindingEnergy >= axis.start + halfWindow && $0.bindingEnergy <= axis.end - halfWindow
            }
            guard let best = on.max(by: { $0.sensitivityFactor < $1.sensitivityFactor }) else {
                throw SpectraError.invalidParameter(
                    name: "elements", found: "\(symbol) has no line inside \(axis.start + halfWindow)…\(axis.end - halfWindow) eV",
                    expected: "an element with a line on the axis")
            }
            return (best.bindingEnergy, best.sensitivityFactor)
        }
    }

    /// Atomic fractions (0…1, summing to 1) of the elements `present` (indices into `elements`),
    /// from `intensities` on `axis`.
    public func fractions(_ intensities: [Double], present: [Int]) -> [Double] {
        let shirley = try! ShirleyBackground()
        let corrected = present.map { e -> Double in
            let (center, factor) = lines[e]
            let lo = max(0, Int(((center - halfWindow - axis.start) / axis.step).rounded(.down)))
            let hi = min(axis.count - 1, Int(((center + halfWindow - axis.start) / axis.step).rounded(.up)))
            let energies = (lo...hi).map { axis.energy(at: $0) }
            let y = Array(intensities[lo...hi])
            let background: [Double]
            if let b = try? shirley.estimate(energies: energies, intensities: y) {
                background = b
            } else {
                let k = min(shirley.endPointCount, y.count)
                let a = y.prefix(k).reduce(0, +) / Double(k), z = y.suffix(k).reduce(0, +) / Double(k)
                background = y.indices.map { a + (z - a) * Double($0) / Double(max(1, y.count - 1)) }
            }
            let area = zip(y, background).reduce(0) { $0 + ($1.0 - $1.1) } * axis.step
            return max(0, area) / factor
        }
        let total = corrected.reduce(0, +)
        guard total > 0 else { return present.map { _ in 1 / Double(present.count) } }
        return corrected.map { $0 / total }
    }
}
