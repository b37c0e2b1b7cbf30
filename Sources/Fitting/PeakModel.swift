import Foundation
import Spectra

/// The line-shape family of a fitted peak; the fitted `width` fills the shape's main width.
public enum PeakShapeKind: Sendable, Equatable {
    /// Park et al.'s Eq. 1 (mixing fixed 0.7 Gaussian / 0.3 Lorentzian); width = w (not the FWHM).
    case park2020(constants: Park2020Constants)
    /// CasaXPS GL(m); width = F (eV).
    case gaussianLorentzianProduct(lorentzianPercent: Double)
    /// CasaXPS SGL(m); width = FWHM (eV).
    case gaussianLorentzianSum(lorentzianPercent: Double)
    /// Voigt with a fixed Lorentzian FWHM (eV); width = Gaussian FWHM (eV).
    case voigt(lorentzianFWHM: Double)
    /// Doniach–Šunjić with fixed asymmetry α and Gaussian broadening FWHM (eV); width = Lorentzian FWHM (eV).
    case doniachSunjic(asymmetry: Double, gaussianFWHM: Double)
    /// CasaXPS LF(α, β, w, m) on the binding-energy scale (α's tail toward higher binding energy);
    /// width = CasaXPS's FWHM parameter F (eV), not the line's FWHM (1.2098·F for the calibrated
    /// LF(0.54,10,80,100)); height = the line's value at its position E₀ (not its maximum).
    case casaFiniteLorentzian(CasaFiniteLorentzianShape)

    /// The `LineShape` of this family at a given width (eV); nil for CasaXPS's LF, which is no
    /// `LineShape` (see `profile(width:)`, `unitArea(width:)`).
    public func shape(width: Double) -> LineShape? {
        switch self {
        case .casaFiniteLorentzian: return nil
        case .park2020(let c): return .park2020(width: width, constants: c)
        case .gaussianLorentzianProduct(let m): return .gaussianLorentzianProduct(fwhm: width, lorentzianPercent: m)
        case .gaussianLorentzianSum(let m): return .gaussianLorentzianSum(fwhm: width, lorentzianPercent: m)
        case .voigt(let l): return .voigt(gaussianFWHM: width, lorentzianFWHM: l)
        case .doniachSunjic(let alpha, let g): return .doniachSunjic(lorentzianFWHM: width, asymmetry: alpha, gaussianFWHM: g)
        }
    }
}

/// How a doublet partner's intensity follows its main peak.
public enum DoubletRatio: Sendable, Equatable {
    /// height_partner = ratio·height_main.
    case height(Double)
    /// area_partner = ratio·area_main (areas of the two line shapes at their own widths).
    case area(Double)
}

/// A spin–orbit partner: centre = main centre + splitting (eV), intensity by a fixed ratio.
public struct DoubletLink: Sendable, Equatable {
    /// Index of the main peak in `PeakModel.peaks`.
    public var mainIndex: Int
    /// E_partner − E_main, eV.
    public var splitting: Double
    public var ratio: DoubletRatio

    public init(mainIndex: Int, splitting: Double, ratio: DoubletRatio) {
        self.mainIndex = mainIndex
        self.splitting = splitting
        self.ratio = ratio
    }

    /// The partner of `line` as the element library lists it (Scofield-era splitting, eV, and
    /// the statistical area ratio (2j′ + 1)/(2j + 1)), e.g. Fe 2p3/2 → 2p1/2 at +13.1 eV, area ½.
    /// Throws when the library lists no partner for the line.
    public init(mainIndex: Int, line: PhotoemissionLine) throws {
        guard let partner = line.doubletPartner else {
            throw FittingError.invalidModel("line \(line.orbital) at \(line.bindingEnergy) eV has no doublet partner in the element library")
        }
        self.init(mainIndex: mainIndex, splitting: partner.splitting, ratio: .area(partner.areaRatio))
    }
}

/// A centre tied to another peak's: E = E_reference + offset (eV), the intensity stays free
/// (e.g. a chemically shifted component at a known distance from the main line).
public struct CenterLink: Sendable, Equatable {
    /// Index of the reference peak in `PeakModel.peaks`; its centre must be its own (free or fixed).
    public var referenceIndex: Int
    /// E − E_reference, eV.
    public var offset: Double

    public init(referenceIndex: Int, offset: Double) {
        self.referenceIndex = referenceIndex
        self.offset = offset
    }
}

/// One peak of a model: its shape family and constraints. Starting values come separately.
public struct PeakComponent: Sendable, Equatable {
    public var kind: PeakShapeKind
    /// The centre stays at its starting value (eV).
    public var fixedCenter: Bool
    /// Peaks with the same group name share one fitted width.
    public var widthGroup: String?
    /// When set, this peak is the partner of another: centre and intensity follow that peak.
    public var doublet: DoubletLink?
    /// The width stays at its start (eV); not with `widthGroup`.
    public var fixedWidth: Bool
    /// When set, the centre follows another peak's at a fixed offset; the height stays free.
    public var centerLink: CenterLink?
    /// Bounds of a free centre (eV), within the data's range (e.g. an expert's constraint).
    public var centerBounds: ClosedRange<Double>?
    /// Bounds of a free width (eV, the family's width parameter), within those of the fitter's
    /// `WidthLimits`; a width group takes the tightest of its members'.
    public var widthBounds: ClosedRange<Double>?

    public init(
        kind: PeakShapeKind, fixedCenter: Bool = false, widthGroup: String? = nil, doublet: DoubletLink? = nil,
        fixedWidth: Bool = false, centerLink: CenterLink? = nil, centerBounds: ClosedRange<Double>? = nil,
        widthBounds: ClosedRange<Double>? = nil
    ) {
        self.kind = kind
        self.fixedCenter = fixedCenter
        self.widthGroup = widthGroup
        self.doublet = doublet
        self.fixedWidth = fixedWidth
        self.centerLink = centerLink
        self.centerBounds = centerBounds
        self.widthBounds = widthBounds
    }
}

/// The background under the peaks.
public enum BackgroundModel: Sendable, Equatable {
    case none
    /// a + b·(E − Ē), both fitted; Ē the mean energy (eV), a in counts, b in counts/eV.
    case linear
    /// Shirley (Phys. Rev. B 5, 4709 (1972)), estimated once from the data and then fixed.
    case shirley
    /// Tougaard universal (B fitted to the ends, C = 1643 eV²), estimated once and fixed.
    case tougaard
    /// CasaXPS's "U 3 Tougaard" (`UniversalTougaard3Background`: given C, D and gap T₀, B scaled
    /// between the 3-point means at the window's ends), estimated once and fixed.
    case tougaard3(UniversalTougaard3Background)
    /// Shirley refined inside the fit ("active" Shirley): at every step
    /// B(E) = I_low + (I_high − I_low)·∫_{E_low}^{E} Σpeaks dE′ / ∫_{E_low}^{E_high} Σpeaks dE′,
    /// I_low and I_high the means of the 5 end points on each side; the step follows the fitted
    /// peaks instead of the data (Sherwood; Végh, J. Electron Spectrosc. 151, 159 (2006)).
    case shirleyRefined
    /// A given background (counts) on the data grid, e.g. an expert's.
    case fixed([Double])

    /// A short name for messages: none, linear, Shirley, Tougaard, U 3 Tougaard, active Shirley, given.
    public var name: String {
        switch self {
        case .none: return "none"
        case .linear: return "linear"
        case .shirley: return "Shirley"
        case .tougaard: return "Tougaard"
        case .tougaard3: return "U 3 Tougaard"
        case .shirleyRefined: return "active Shirley"
        case .fixed: return "given"
        }
    }
}

/// Centre (eV), width (eV, the shape family's width) and height (counts) of one peak.
public struct PeakParameters: Sendable, Equatable {
    public var center: Double
    public var width: Double
    public var height: Double

    public init(center: Double, width: Double, height: Double) {
        self.center = center
        self.width = width
        self.height = height
    }
}

/// A sum of peaks on a background, with the map between free parameters θ and the peaks.
///
/// θ holds, in order of first appearance: each free centre, each free width (one per width
/// group), each free height, then (linear background) a and b. Fixed centres, doublet
/// partners' centres and heights, and grouped widths beyond the first are derived.
public struct PeakModel: Sendable, Equatable {
    public var peaks: [PeakComponent]
    public var background: BackgroundModel

    public init(peaks: [PeakComponent], background: BackgroundModel = .none) throws {
        self.peaks = peaks
        self.background = background
        try validate()
    }

    /// Checks indices of doublets (a partner's main must exist, not be itself a partner), centre
    /// links (the reference must exist and have its own centre) and fixed widths (not in a group).
    public func validate() throws {
        guard !peaks.isEmpty else { throw FittingError.invalidModel("no peaks") }
        for (i, p) in peaks.enumerated() {
            try validateLinks(i, p)
            if let d = p.doublet {
                guard peaks.indices.contains(d.mainIndex), d.mainIndex != i else {
                    throw FittingError.invalidModel("peak \(i): doublet main index \(d.mainIndex), expected another peak in 0..<\(peaks.count)")
                }
                guard peaks[d.mainIndex].doublet == nil else {
                    throw FittingError.invalidModel("peak \(i): its main peak \(d.mainIndex) is itself a doublet partner")
                }
                let r: Double
                switch d.ratio {
                case .height(let v), .area(let v): r = v
                }
                guard d.splitting.isFinite, r.isFinite, r > 0 else {
                    throw FittingError.invalidModel("peak \(i): splitting \(d.splitting), ratio \(r); expected finite splitting and positive ratio")
                }
                if case .area = d.ratio {
                    for k in [i, d.mainIndex] {
                        if case .doniachSunjic(let alpha, _) = peaks[k].kind, alpha > 0 {
                            throw FittingError.invalidModel(
                                "peak \(k): Doniach–Šunjić with asymmetry \(alpha) has no finite area, "
                                    + "expected a height ratio for its doublet")
                        }
                    }
                }
            }
        }
    }

    private func validateLinks(_ i: Int, _ p: PeakComponent) throws {
        if p.fixedWidth, let g = p.widthGroup {
            throw FittingError.invalidModel("peak \(i): fixed width and width group '\(g)'; expected one of them")
        }
        guard let link = p.centerLink else { return }
        guard p.doublet == nil, !p.fixedCenter else {
            throw FittingError.invalidModel("peak \(i): centre link together with a doublet or a fixed centre; expected one centre rule")
        }
        guard peaks.indices.contains(link.referenceIndex), link.referenceIndex != i else {
            throw FittingError.invalidModel("peak \(i): centre link to peak \(link.referenceIndex), expected another peak in 0..<\(peaks.count)")
        }
        let reference = peaks[link.referenceIndex]
        guard reference.doublet == nil, reference.centerLink == nil else {
            throw FittingError.invalidModel("peak \(i): its reference peak \(link.referenceIndex) has a derived centre; expected a free or fixed one")
        }
        guard link.offset.isFinite else { throw FittingError.invalidModel("peak \(i): centre offset \(link.offset), expected a finite offset in eV") }
    }

    /// Where each peak quantity comes from.
    enum Source: Equatable { case free(Int), fixed(Double) }

    struct Layout {
        var centers: [Source]
        var widths: [Source]
        var heights: [Source]
        var backgroundIndex: Int?
        var count: Int
        var names: [String]
    }

    /// Assigns θ indices; fixed centres take their value from `start`.
    func layout(start: [PeakParameters]) throws -> Layout {
        guard start.count == peaks.count else {
            throw FittingError.lengthMismatch(field: "start", found: start.count, expected: peaks.count)
        }
        var names = [String]()
        func next(_ name: String) -> Source { names.append(name); return .free(names.count - 1) }
        var centers = [Source](), widths = [Source](), heights = [Source]()
        for (i, p) in peaks.enumerated() {
            if p.doublet != nil || p.centerLink != nil {
                centers.append(.fixed(.nan))
            } else if p.fixedCenter {
                centers.append(.fixed(start[i].center))
            } else {
                centers.append(next("peak\(i).center"))
            }
        }
        var groups = [String: Source]()
        for (i, p) in peaks.enumerated() {
            if p.fixedWidth {
                widths.append(.fixed(start[i].width))
            } else if let g = p.widthGroup {
                if let s = groups[g] { widths.append(s) } else { let s = next("width[\(g)]"); groups[g] = s; widths.append(s) }
            } else {
                widths.append(next("peak\(i).width"))
            }
        }
        for (i, p) in peaks.enumerated() {
            heights.append(p.doublet != nil ? .fixed(.nan) : next("peak\(i).height"))
        }
        var backgroundIndex: Int?
        if background == .linear {
            backgroundIndex = names.count
            names += ["background.a", "background.b"]
        }
        return Layout(
            centers: centers, widths: widths, heights: heights, backgroundIndex: backgroundIndex,
            count: names.count, names: names)
    }

    /// The peaks described by θ.
    func peakParameters(_ theta: [Double], layout: Layout) -> [PeakParameters] {
        func value(_ s: Source) -> Double {
            switch s {
            case .free(let j): return theta[j];
            case .fixed(let v): return v
            }
        }
        var result = peaks.indices.map { i in
            PeakParameters(center: value(layout.centers[i]), width: value(layout.widths[i]), height: value(layout.heights[i]))
        }
        for (i, p) in peaks.enumerated() {
            if let link = p.centerLink { result[i].center = result[link.referenceIndex].center + link.offset }
        }
        for (i, p) in peaks.enumerated() {
            guard let d = p.doublet else { continue }
            let main = result[d.mainIndex]
            result[i].center = main.center + d.splitting
            switch d.ratio {
            case .height(let r):
                result[i].height = r * main.height
            case .area(let r):
                let mainArea = peaks[d.mainIndex].kind.unitArea(width: main.width) ?? .nan
                let ownArea = p.kind.unitArea(width: result[i].width) ?? .nan
                result[i].height = r * main.height * mainArea / ownArea
            }
        }
        return result
    }

    /// θ for the given starting peaks (partners' values in `start` are ignored) and linear background.
    func theta(from start: [PeakParameters], layout: Layout, linear: (a: Double, b: Double)) -> [Double] {
        var theta = [Double](repeating: 0, count: layout.count)
        for i in peaks.indices {
            if case .free(let j) = layout.centers[i] { theta[j] = start[i].center }
            if case .free(let j) = layout.heights[i] { theta[j] = start[i].height }
        }
        for i in peaks.indices.reversed() {
            if case .free(let j) = layout.widths[i] { theta[j] = start[i].width }  // first member of a group wins
        }
        if let b = layout.backgroundIndex { theta[b] = linear.a; theta[b + 1] = linear.b }
        return theta
    }
}
