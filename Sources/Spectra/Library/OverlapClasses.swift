// Four classes of elements by how much their main lines overlap other lines, from the element
// library alone (no model, no data). Paper 3 sorts its elements into four overlap classes but
// does not publish the rule; this rule is the project's own, and every number in it is a parameter.
//
// For element e of the set, on the axis [axisStart, axisEnd] (eV):
//   main lines M(e): photoemission lines on the axis with σ ≥ ½ σ of e's strongest line on the axis;
//   contamination lines: C 1s (284.8 eV), O 1s (532.0 eV) and the C and O Auger lines that carry a
//     sensitivity factor (BE = hν − KE) — always present in the surveys as adventitious carbon and oxide;
//   interfering lines of another element f of the set: photoemission lines with
//     σ ≥ lineThreshold · σ of f's strongest line on the axis, and Auger lines with a sensitivity factor;
//   a line overlaps another when their centres are at most `window` eV apart;
//   interference of a main line m: r(m) = max σ(l) / σ(m) over the other elements' interfering
//     lines l that overlap m (0 when none does).
// Class 4 (contamination): a main line overlaps a contamination line; otherwise
// class 1 (isolated): at least one main line is free (r = 0);
// class 2 (weakly overlapped): every main line is overlapped, the least disturbed one has r < strongRatio;
// class 3 (strongly overlapped): every main line is overlapped with r ≥ strongRatio.

/// The rule's parameters (a manifest's `overlapClasses` block).
public struct OverlapClassRule: Sendable, Equatable, Codable {
    /// Centre distance (eV) at or below which two lines overlap.
    public var window = 3.0
    /// Lines of another element count when σ ≥ this × σ of its strongest line on the axis.
    public var lineThreshold = 0.1
    /// Interference ratio r from which an overlap is strong (class 3).
    public var strongRatio = 1.0

    public init(window: Double = 3.0, lineThreshold: Double = 0.1, strongRatio: Double = 1.0) {
        self.window = window
        self.lineThreshold = lineThreshold
        self.strongRatio = strongRatio
    }

    enum CodingKeys: String, CodingKey { case window, lineThreshold, strongRatio }

    /// Missing keys take their defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        window = try c.decodeIfPresent(Double.self, forKey: .window) ?? 3.0
        lineThreshold = try c.decodeIfPresent(Double.self, forKey: .lineThreshold) ?? 0.1
        strongRatio = try c.decodeIfPresent(Double.self, forKey: .strongRatio) ?? 1.0
    }

    /// The rule as a sentence (printed under tables).
    public var sentence: String {
        let w = OverlapClassRule.trim(window), t = OverlapClassRule.trim(lineThreshold), s = OverlapClassRule.trim(strongRatio)
        return "Main lines: photoemission lines on the axis with σ ≥ ½ σ of the element's strongest line there. "
            + "Two lines overlap when their centres are ≤ \(w) eV apart. Lines of other elements count when "
            + "σ ≥ \(t) × σ of that element's strongest line (Auger lines with a sensitivity factor always). "
            + "Contamination: C 1s 284.8 eV, O 1s 532.0 eV and the C, O Auger lines. "
            + "Interference r of a main line: the largest σ among other elements' lines overlapping it ÷ its own σ. "
            + "Class 4 (contamination): a main line overlaps a contamination line; class 1 (isolated): at least one main line is free; "
            + "class 2 (weakly overlapped): every main line is overlapped, the least disturbed has r < \(s); "
            + "class 3 (strongly overlapped): every main line is overlapped with r ≥ \(s)."
    }

    static func trim(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : String(x) }
}

/// One element's overlap class and why.
public struct OverlapClassification: Sendable, Equatable {
    public struct MainLine: Sendable, Equatable {
        public var orbital: String
        /// Binding energy, eV.
        public var bindingEnergy: Double
        /// What it overlaps: "Fe 2p3/2", "C 1s (contamination)", …; empty when free.
        public var overlaps: [String]
        /// Interference r: the largest σ of the other elements' overlapping lines ÷ σ of this line (0 when none).
        public var interference: Double
    }
    public var element: String
    /// 1 (isolated) … 4 (contamination).
    public var overlapClass: Int
    public var mainLines: [MainLine]
}

public enum OverlapClasses {
    /// Names of the classes, 1…4.
    public static let names = [1: "isolated", 2: "weakly overlapped", 3: "strongly overlapped", 4: "contamination"]

    /// Classifies `elements` (symbols) against each other and the contamination lines.
    public static func classify(
        _ elements: [String], library: ElementLibrary, rule: OverlapClassRule = OverlapClassRule(),
        axisStart: Double, axisEnd: Double
    ) throws -> [OverlapClassification] {
        guard rule.window > 0, rule.lineThreshold >= 0, rule.strongRatio > 0 else {
            throw SpectraError.invalidParameter(
                name: "overlapClasses",
                found: "window \(rule.window), lineThreshold \(rule.lineThreshold), strongRatio \(rule.strongRatio)",
                expected: "window > 0 eV, lineThreshold ≥ 0, strongRatio > 0")
        }
        let hv = library.photonEnergy
        func onAxis(_ e: Double) -> Bool { e >= axisStart && e <= axisEnd }
        var contamination: [(label: String, energy: Double)] = [("C 1s (contamination)", 284.8), ("O 1s (contamination)", 532.0)]
        for symbol in ["C", "O"] {
            for a in try library.element(symbol).augerLines where a.sensitivityFactor != nil {
                contamination.append(("\(symbol) \(a.transition) (contamination)", hv - a.kineticEnergy))
            }
        }
        // Interfering lines of each element of the set, with their sensitivity factors.
        var interfering: [String: [(label: String, energy: Double, factor: Double)]] = [:]
        for symbol in elements {
            let el = try library.element(symbol)
            let lines = el.photoemissionLines.filter { onAxis($0.bindingEnergy) }
            let strongest = lines.map(\.sensitivityFactor).max() ?? 0
            var out = lines.filter { $0.sensitivityFactor >= rule.lineThreshold * strongest }
                .map { (label: "\(symbol) \($0.orbital)", energy: $0.bindingEnergy, factor: $0.sensitivityFactor) }
            for a in el.augerLines where onAxis(hv - a.kineticEnergy) {
                if let f = a.sensitivityFactor { out.append((label: "\(symbol) \(a.transition)", energy: hv - a.kineticEnergy, factor: f)) }
            }
            interfering[symbol] = out
        }
        return try elements.map { symbol in
            let el = try library.element(symbol)
            let lines = el.photoemissionLines.filter { onAxis($0.bindingEnergy) }
            guard let strongest = lines.max(by: { $0.sensitivityFactor < $1.sensitivityFactor }) else {
                throw SpectraError.invalidParameter(
                    name: "elements", found: "\(symbol) has no photoemission line in \(axisStart)…\(axisEnd) eV",
                    expected: "elements with lines on the axis")
            }
            let main = lines.filter { $0.sensitivityFactor >= 0.5 * strongest.sensitivityFactor }
            let mainLines = main.map { line -> OverlapClassification.MainLine in
                var hits = contamination.filter { abs($0.energy - line.bindingEnergy) <= rule.window }.map(\.label)
                var r = 0.0
                for other in elements where other != symbol {
                    for l in interfering[other] ?? [] where abs(l.energy - line.bindingEnergy) <= rule.window {
                        hits.append(l.label)
                        r = max(r, l.factor / line.sensitivityFactor)
                    }
                }
                return .init(orbital: line.orbital, bindingEnergy: line.bindingEnergy, overlaps: hits, interference: r)
            }
            let contaminated = mainLines.contains { $0.overlaps.contains { $0.hasSuffix("(contamination)") } }
            let least = mainLines.map(\.interference).min() ?? 0
            let cls: Int
            if contaminated { cls = 4 } else if least == 0 { cls = 1 } else if least < rule.strongRatio { cls = 2 } else { cls = 3 }
            return OverlapClassification(element: symbol, overlapClass: cls, mainLines: mainLines)
        }
    }
}
