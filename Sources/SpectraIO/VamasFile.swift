import Foundation

/// Experiment mode of a VAMAS file (ISO 14976): which optional fields the blocks hold.
public enum VamasExperimentMode: String, Sendable, Equatable, CaseIterable {
    case map = "MAP", mapDP = "MAPDP", mapSV = "MAPSV", mapSVDP = "MAPSVDP"
    case norm = "NORM", sdp = "SDP", sdpSV = "SDPSV", sem = "SEM"

    /// The header carries the number of spectral regions.
    var hasSpectralRegions: Bool { [.map, .mapDP, .norm, .sdp].contains(self) }
    /// Header and blocks carry map coordinates (analysis positions, x and y).
    var hasMapCoordinates: Bool { [.map, .mapDP].contains(self) }
    /// Blocks carry the sputtering ion and sputtering source fields (depth profiles).
    var hasSputtering: Bool { [.mapDP, .mapSVDP, .sdp, .sdpSV].contains(self) }
    /// Blocks carry the field of view.
    var hasFieldOfView: Bool { [.map, .mapDP, .mapSV, .mapSVDP, .sem].contains(self) }
    /// Blocks carry the linescan coordinates.
    var hasLinescan: Bool { [.mapSV, .mapSVDP, .sem].contains(self) }
}

/// Scan mode of a VAMAS file: how the abscissa is given.
///
/// REGULAR: start and increment per block. IRREGULAR: the abscissa is the first
/// corresponding variable. MAPPING: valid ISO 14976, refused by this reader.
public enum VamasScanMode: String, Sendable, Equatable, CaseIterable {
    case regular = "REGULAR", irregular = "IRREGULAR", mapping = "MAPPING"
}

/// Which of the 40 block parameters (ISO 14976 numbering, 1…40) blocks after the first hold.
///
/// Parameters a block does not hold take their values from the first block, which holds all.
public enum VamasParameterInclusion: Sendable, Equatable {
    /// Number of entries 0: every block holds every parameter.
    case all
    /// Positive number of entries: blocks after the first hold only these parameters.
    case only([Int])
    /// Negative number of entries: blocks after the first hold all but these parameters.
    case allExcept([Int])

    /// Whether blocks after the first hold parameter `number` (1…40).
    public func includes(_ number: Int) -> Bool {
        switch self {
        case .all: return true
        case .only(let list): return list.contains(number)
        case .allExcept(let list): return !list.contains(number)
        }
    }
}

/// A label with its units, e.g. an experimental variable ("Exp Variable", "d").
public struct VamasLabel: Sendable, Equatable {
    public var label: String
    public var units: String
    public init(label: String, units: String) { self.label = label; self.units = units }
}

/// One corresponding variable of a block: label, units and its values (one per abscissa point).
public struct VamasVariable: Sendable, Equatable {
    public var label: String
    public var units: String
    /// Minimum and maximum ordinate values as declared in the file (unchecked: writers
    /// such as CasaXPS put placeholders there).
    public var declaredMinimum: Double
    public var declaredMaximum: Double
    public var values: [Double]
}

/// An additional numerical parameter of a block (label, units, value).
public struct VamasParameter: Sendable, Equatable {
    public var label: String
    public var units: String
    public var value: Double
}

/// Sputtering ion or atom of a depth-profile block (experiment modes MAPDP, MAPSVDP, SDP, SDPSV).
public struct VamasSputteringIon: Sendable, Equatable {
    public var atomicNumber: Int
    public var atomsPerParticle: Int
    public var charge: Int
}

/// Sputtering source settings of a depth-profile block.
public struct VamasSputteringSource: Sendable, Equatable {
    /// Energy, eV.
    public var energy: Double?
    /// Beam current, nA.
    public var beamCurrent: Double?
    /// Beam width x and y, µm.
    public var widthX: Double?
    public var widthY: Double?
    /// Polar angle of incidence and azimuth, degrees.
    public var polarAngle: Double?
    public var azimuth: Double?
    /// "continuous" or "pulsed".
    public var mode: String
}

/// Date and time of a block as written (zeros when the writer left them unset).
public struct VamasDate: Sendable, Equatable {
    public var year = 0, month = 0, day = 0, hours = 0, minutes = 0, seconds = 0
    /// Number of hours in advance of Greenwich Mean Time.
    public var hoursAheadOfGMT = 0
    public init(
        year: Int = 0, month: Int = 0, day: Int = 0, hours: Int = 0, minutes: Int = 0,
        seconds: Int = 0, hoursAheadOfGMT: Int = 0
    ) {
        self.year = year; self.month = month; self.day = day
        self.hours = hours; self.minutes = minutes; self.seconds = seconds
        self.hoursAheadOfGMT = hoursAheadOfGMT
    }
}

/// One block of a VAMAS file: one spectrum (or several corresponding variables on one abscissa).
///
/// Real-valued fields written as 1E37 ("not specified" in ISO 14976) read as `nil`.
/// Energies are in eV, times in s, angles in degrees.
public struct VamasBlock: Sendable, Equatable {
    /// 1-based line of the block identifier.
    public var line = 0
    public var identifier = ""
    public var sampleIdentifier = ""
    public var date = VamasDate()
    /// Block comment lines, as written.
    public var comment: [String] = []
    /// Technique: "XPS", "AES diff", "AES dir", "UPS", …
    public var technique = ""
    /// Map coordinates (experiment modes MAP, MAPDP).
    public var xCoordinate: Int?
    public var yCoordinate: Int?
    /// Values of the experiment's experimental variables.
    public var experimentalVariableValues: [Double] = []
    /// Analysis source label, e.g. "Al", "Mg", "egun".
    public var sourceLabel = ""
    public var sputteringIon: VamasSputteringIon?
    /// Analysis source characteristic energy, eV (the photon energy hν for XPS).
    public var sourceEnergy: Double?
    /// Analysis source strength (W for X-ray sources).
    public var sourceStrength: Double?
    /// Analysis source beam width x and y, µm.
    public var sourceBeamWidthX: Double?
    public var sourceBeamWidthY: Double?
    /// Field of view x and y, µm (mapping modes).
    public var fieldOfViewX: Double?
    public var fieldOfViewY: Double?
    /// First linescan start x, y, finish x, y, last linescan finish x, y (modes MAPSV, MAPSVDP, SEM).
    public var linescan: [Int]?
    /// Analysis source polar angle of incidence and azimuth, degrees.
    public var sourcePolarAngle: Double?
    public var sourceAzimuth: Double?
    /// Analyser mode: "FAT", "FRR", "constant delta m", "constant m/delta m".
    public var analyserMode = ""
    /// Analyser pass energy (eV), retard ratio or mass resolution, as the mode says.
    public var passEnergy: Double?
    /// Differential width, eV (technique "AES diff").
    public var differentialWidth: Double?
    /// Magnification of the analyser transfer lens.
    public var magnification: Double?
    /// Analyser work function φ (or acceptance energy of atom or ion), eV.
    public var workFunction: Double?
    /// Target bias, V.
    public var targetBias: Double?
    /// Analysis width x and y, µm.
    public var analysisWidthX: Double?
    public var analysisWidthY: Double?
    /// Analyser axis take-off polar angle and azimuth, degrees.
    public var takeOffPolarAngle: Double?
    public var takeOffAzimuth: Double?
    public var speciesLabel = ""
    public var transitionLabel = ""
    /// Charge of the detected particle (−1 for electrons).
    public var particleCharge = -1
    /// Abscissa label ("kinetic energy", "binding energy") and units ("eV").
    /// In IRREGULAR mode these are the first corresponding variable's.
    public var abscissaLabel = ""
    public var abscissaUnits = ""
    /// Abscissa start and increment (REGULAR mode only), in abscissa units.
    public var abscissaStart: Double?
    public var abscissaIncrement: Double?
    /// Abscissa of every point, in file order.
    public var abscissa: [Double] = []
    /// Corresponding variables (in IRREGULAR mode without the abscissa, which is the first one in the file).
    public var variables: [VamasVariable] = []
    /// Signal mode: "pulse counting", "analogue".
    public var signalMode = ""
    /// Signal collection time per point and scan, s.
    public var collectionTime: Double?
    /// Number of scans summed into this block.
    public var numberOfScans = 0
    /// Signal time correction (dead time), s.
    public var signalTimeCorrection: Double?
    public var sputteringSource: VamasSputteringSource?
    /// Sample normal polar angle of tilt and tilt azimuth, degrees.
    public var sampleTiltPolarAngle: Double?
    public var sampleTiltAzimuth: Double?
    /// Sample rotation angle, degrees.
    public var sampleRotation: Double?
    public var additionalParameters: [VamasParameter] = []
    /// Future upgrade block entries, as written.
    public var futureUpgradeEntries: [String] = []
    /// What was repaired to read this block (e.g. its comment line count), one note each.
    public var repairs: [String] = []

    public init() {}

    /// Key–value metadata parsed from the block comment (see `VamasComment`).
    public var commentMetadata: [String: String] { VamasComment.metadata(comment) }
}

/// A VAMAS file (ISO 14976 "Surface chemical analysis — Data transfer format"):
/// experiment header and blocks.
public struct VamasFile: Sendable, Equatable {
    public var formatIdentifier = ""
    public var institution = ""
    public var instrumentModel = ""
    public var operatorName = ""
    public var experimentIdentifier = ""
    /// Experiment comment lines, as written.
    public var comment: [String] = []
    public var experimentMode = VamasExperimentMode.norm
    public var scanMode = VamasScanMode.regular
    /// Number of spectral regions (modes MAP, MAPDP, NORM, SDP).
    public var numberOfSpectralRegions: Int?
    /// Number of analysis positions and of discrete x and y coordinates (modes MAP, MAPDP).
    public var numberOfAnalysisPositions: Int?
    public var numberOfDiscreteX: Int?
    public var numberOfDiscreteY: Int?
    public var experimentalVariables: [VamasLabel] = []
    /// Which block parameters blocks after the first hold.
    public var parameterInclusion = VamasParameterInclusion.all
    /// Parameter numbers of manually entered items.
    public var manualEntries: [Int] = []
    public var futureUpgradeExperimentEntries: [String] = []
    /// Number of future upgrade entries in each block.
    public var futureUpgradeBlockEntryCount = 0
    public var blocks: [VamasBlock] = []
    /// File the data came from, when read from a URL.
    public var path: String?
    /// What was repaired to read the file as a whole (line ends, leading blank lines, the
    /// experiment comment line count), one note each; blocks keep their own in `VamasBlock.repairs`.
    public var repairs: [String] = []

    public init() {}

    /// Key–value metadata parsed from the experiment comment (see `VamasComment`).
    public var commentMetadata: [String: String] { VamasComment.metadata(comment) }
}
