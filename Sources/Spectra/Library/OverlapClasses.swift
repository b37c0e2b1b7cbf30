// Four classes of elements by how much their main lines overlap other lines, from the element
// library alone (no model, no data). Paper 3 sorts its elements into four overlap classes but
// does not publish the rule; this rule is the project's own, and every number in it is a parameter.
//
// For element e of the set, on the axis [axisStart, axisEnd] (eV):
//   main lines M(e): photoemission lines on the axis with σ ≥ ½ σ of e's strongest line on the axis;
//   contamination lines: C 1s (284.8 eV), O 1s (532.0 eV) and the C and O Auger lines that carry a
//     sensitivity factor (BE = hν − KE) — always present in the surveys as adventitious carbon and oxide;
//   interfering lines of another element f of the set: photoemission lines with
//     σ ≥ lineThreshold · σ of f's strongest line, and Auger lines with a sensitivity factor;
//   a line overlaps another when their centres are at most `window` eV apart.
// Class 4 (contamination): e's strongest line overlaps a contamination line (C and O themselves);
// otherwise, counting a main line as overlapped when it overlaps a contamination line or an
// interfering line of another element:
// class 1 (isolated): no main line overlapped;
// class 2 (partly overlapped): some main lines overlapped, at least one free;
// class 3 (overlapped): every main line overlapped.

/// The rule's parameters (a manifest's `overlapClasses` block).
public struct OverlapClassRule: Sendable, Equatable, Codable {
    /// Centre distance (eV) at or below which two lines overlap.
    public var window = 3.0
    /// Lines of another element count when σ ≥ this × σ of its strongest line on the axis.
    public var lineThreshold = 0.1

    public init(window: Double = 3.0, lineThreshold: Double = 0.1) {
        self.window = window
        self.lineThreshold = lineThreshold
    }

    enum CodingKeys: String, CodingKey { case window, lineThreshold }

    /// Missing keys take their defaults.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        window = try c.decodeIfPresent(Double.self, forKey: .window) ?? 3.0
        lineThreshold = try c.decodeIfPresent(Double.self, forKey: .lineThreshold) ?? 0.1
    }

    /// The rule as a sentence (printed under tables).
    public var sentence: String {
        "Main lines: photoemission lines on the axis with σ ≥ ½ σ of the element's strongest line there. " +
        "Two lines overlap when their centres are ≤ \(OverlapClassRule.trim(window)) eV apart. Lines of other elements count " +
        "when σ ≥ \(OverlapClassRule.trim(lineThreshold)) × σ of that element's strongest line (Auger lines with a sensitivity factor always). " +
        "Contamination: C 1s 284.8 eV, O 1s 532.0 eV and the C, O Auger lines. " +
        "Class 4: the strongest line overlaps contamination; class 1: no main line overlaps anything; " +
        "class 2: some main lines overlap, at least one is free; class 3: every main line overlaps."
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
    }
    public var element: String
    /// 1 (isolated) … 4 (contamination).
    public var overlapClass: Int
    public var mainLines: [MainLine]
}

public enum OverlapClasses {
    /// Names of the classes, 1…4.
    public static let names = [1: "isolated", 2: "partly overlapped", 3: "overlapped", 4: "contamination"]

    /// Classifies `elements` (symbols) against each other and the contamination lines.
    public static func classify(_ elements: [String], library: ElementLibrary, rule: OverlapClassRule = OverlapClassRule(),
                                axisStart: Double, axisEnd: Double) throws -> [OverlapClassification] {
        guard rule.window > 0, rule.lineThreshold >= 0 else {
            throw SpectraError.invalidParameter(name: "overlapClasses", found: "window \(rule.window), lineThreshold \(rule.lineThreshold)",
                                                expected: "window > 0 eV, lineThreshold ≥ 0")
        }
        let hv = library.photonEnergy
        func onAxis(_ e: Double) -> Bool { e >= axisStart && e <= axisEnd }
        // Contamination lines.
        var contamination: [(label: String, energy: Double)] = [("C 1s (contamination)", 284.8), ("O 1s (contamination)", 532.0)]
        for symbol in ["C", "O"] {
            for a in try library.element(symbol).augerLines where a.sensitivityFactor != nil {
                contamination.append(("\(symbol) \(a.transition) (contamination)", hv - a.kineticEnergy))
            }
        }
        // Interfering lines of each element of the set.
        var interfering: [String: [(label: String, energy: Double)]] = [:]
        for symbol in elements {
            let el = try library.element(symbol)
            let lines = el.photoemissionLines.filter { onAxis($0.bindingEnergy) }
            let strongest = lines.map(\.sensitivityFactor).max() ?? 0
            var out = lines.filter { $0.sensitivityFactor >= rule.lineThreshold * strongest }
                .map { (label: "\(symbol) \($0.orbital)", energy: $0.bindingEnergy) }
            for a in el.augerLines where a.sensitivityFactor != nil && onAxis(hv - a.kineticEnergy) {
                out.append(("\(symbol) \(a.transition)", hv - a.kineticEnergy))
            }
            interfering[symbol] = out
        }
        return try elements.map { symbol in
            let el = try library.element(symbol)
            let lines = el.photoemissionLines.filter { onAxis($0.bindingEnergy) }
            guard let strongest = lines.max(by: { $0.sensitivityFactor < $1.sensitivityFactor }) else {
                throw SpectraError.invalidParameter(name: "elements", found: "\(symbol) has no photoemission line in \(axisStart)…\(axisEnd) eV",
                                                    expected: "elements with lines on the axis")
            }
            let main = lines.filter { $0.sensitivityFactor >= 0.5 * strongest.sensitivityFactor }
            func near(_ e: Double, _ set: [(label: String, energy: Double)]) -> [String] {
                set.filter { abs($0.energy - e) <= rule.window }.map(\.label)
            }
            let mainLines = main.map { line -> OverlapClassification.MainLine in
                var hits = near(line.bindingEnergy, contamination)
                for other in elements where other != symbol { hits += near(line.bindingEnergy, interfering[other] ?? []) }
                return .init(orbital: line.orbital, bindingEnergy: line.bindingEnergy, overlaps: hits)
            }
            let overlapped = mainLines.filter { !$0.overlaps.isEmpty }.count
            let cls: Int
            if !near(strongest.bindingEnergy, contamination).isEmpty { cls = 4 }
            else if overlapped == 0 { cls = 1 }
            else if overlapped < mainLines.count { cls = 2 }
            else { cls = 3 }
            return OverlapClassification(element: symbol, overlapClass: cls, mainLines: mainLines)
        }
    }
}
