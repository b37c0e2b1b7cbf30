// Paper 1's peak-fitting networks applied to a measured window exactly as park2020-table1 applies
// them; shared by `harness predict` (peak-fitting models) and `harness fit --init`.

import Foundation
import Spectra

/// One or several trained peak-fitting networks applied together (an ensemble).
public struct PeakFittingNetworks {
    public let networks: [TrainedModel]
    /// Eq. 1's constants of the networks' training data (one set for all): they turn w into a FWHM.
    public let constants: Park2020Constants

    /// Loads the run files; each must hold a peak-fitting model, and all must share one input axis,
    /// one output layout and one set of Eq. 1 constants.
    public init(files: [URL]) throws {
        guard let firstURL = files.first else {
            throw HarnessError.setting(at: "networks", found: "none", expected: "one peak-fitting run file or more")
        }
        networks = try files.map { url in
            let trained = try TrainedModel(file: url)
            guard trained.task == .peakFitting else {
                throw HarnessError.file(path: url.path, line: nil, reason: "a \(trained.task.rawValue) model, not a peak-fitting one")
            }
            return trained
        }
        for (url, trained) in zip(files, networks) where trained.axis != networks[0].axis || trained.labelNames != networks[0].labelNames {
            throw HarnessError.mismatch(
                first: firstURL.path, second: url.path, reason: "an ensemble's networks must share one input axis and one output layout")
        }
        let all = try files.map { try TrainedModel.park2020Constants(of: $0) }
        if let other = all.firstIndex(where: { $0 != all[0] }) {
            throw HarnessError.mismatch(first: firstURL.path, second: files[other].path, reason: "networks trained with different Eq. 1 constants")
        }
        constants = all[0]
    }

    /// The networks' reading of one measured window, as park2020-table1 makes it.
    public struct Reading {
        /// The window in ascending binding energy (x = 0 at the lowest), its counts and the Shirley
        /// background the networks saw it minus.
        public var energies: [Double]
        public var intensities: [Double]
        public var background: [Double]
        /// The mean count output over every pass, and the peaks it rounds to (centre eV, FWHM eV,
        /// height in counts above the background), by centre.
        public var count: Double
        public var peaks: [MeasuredPeak]
    }

    /// Prepares `spectrum` as park2020-table1 does (ascending energies, minus a Shirley background,
    /// maximum 1, the window by index) and combines every network's predictions over `averaging`.
    public func read(_ spectrum: Spectrum, name: String, averaging: NetworkAveraging) throws -> Reading {
        guard spectrum.scale == .binding else {
            throw HarnessError.spectrum(
                name: name, reason: "spectrum is on a kinetic-energy scale; the peak-fitting network reports binding energies")
        }
        var ascending = spectrum
        if ascending.energies.count > 1, ascending.energies[1] < ascending.energies[0] {
            ascending.energies.reverse(); ascending.intensities.reverse()
        }
        let shirley = try ShirleyBackground().estimate(ascending)
        do {
            let net = try MeasuredFitRunner.network(
                networks, constants: constants, energies: ascending.energies,
                intensities: ascending.intensities, background: shirley, averaging: averaging)
            return Reading(
                energies: ascending.energies, intensities: ascending.intensities, background: shirley,
                count: net.count, peaks: net.peaks)
        } catch HarnessError.spectrum(_, let why) {
            throw HarnessError.spectrum(name: name, reason: why)
        }
    }
}
