import Foundation

/// The photon energy and work function that relate kinetic and binding energy:
/// BE = hν − KE − φ, all in eV.
///
/// The work function φ is the spectrometer's; `0` means "not given" (BE = hν − KE), as
/// DESIGN.md allows. The choice travels with converted spectra in their metadata
/// (`energyConversion`), so it can be recorded in the HDF5 provenance.
public struct EnergyConversion: Sendable, Equatable, Codable, CustomStringConvertible {
    /// Photon energy hν, eV (> 0).
    public let photonEnergy: Double
    /// Spectrometer work function φ, eV (≥ 0).
    public let workFunction: Double

    /// Al Kα, hν = 1486.6 eV.
    public static let aluminiumKAlpha = try! EnergyConversion(photonEnergy: 1486.6)
    /// Mg Kα, hν = 1253.6 eV.
    public static let magnesiumKAlpha = try! EnergyConversion(photonEnergy: 1253.6)

    public init(photonEnergy: Double, workFunction: Double = 0) throws {
        guard photonEnergy.isFinite, photonEnergy > 0 else {
            throw SpectraError.invalidParameter(
                name: "photonEnergy", found: "\(photonEnergy) eV",
                expected: "a positive photon energy in eV")
        }
        guard workFunction.isFinite, workFunction >= 0 else {
            throw SpectraError.invalidParameter(
                name: "workFunction", found: "\(workFunction) eV",
                expected: "a finite work function ≥ 0 eV")
        }
        self.photonEnergy = photonEnergy
        self.workFunction = workFunction
    }

    /// Binding energy of a photoelectron of kinetic energy `kinetic`: BE = hν − KE − φ, eV.
    @inlinable public func bindingEnergy(kinetic: Double) -> Double { photonEnergy - kinetic - workFunction }

    /// Kinetic energy of a photoelectron from a level of binding energy `binding`: KE = hν − BE − φ, eV.
    @inlinable public func kineticEnergy(binding: Double) -> Double { photonEnergy - binding - workFunction }

    /// The rule and its constants, e.g. "BE = hν − KE − φ, hν = 1486.6 eV, φ = 0.0 eV".
    public var description: String {
        "BE = hν − KE − φ, hν = \(photonEnergy) eV, φ = \(workFunction) eV"
    }
}

extension EnergyAxis {
    /// The same grid on the other energy scale, stored ascending: KE = hν − BE − φ and back.
    ///
    /// The map E ↦ hν − φ − E reverses order, so point `i` of the result is point
    /// `count − 1 − i` of `self`; `step` and `count` are unchanged. Converting to the scale
    /// the axis already has returns it unchanged.
    public func converted(to target: EnergyScale, using conversion: EnergyConversion) -> EnergyAxis {
        guard target != scale else { return self }
        var axis = self
        axis.start = conversion.photonEnergy - conversion.workFunction - end
        axis.scale = target
        return axis
    }
}

extension Spectrum {
    /// The spectrum on the other energy scale (BE = hν − KE − φ), energies ascending.
    ///
    /// Points are reversed so that energies ascend on the new scale. The conversion is
    /// recorded in `metadata["energyConversion"]`. Throws if the energies do not strictly
    /// ascend. Converting to the scale the spectrum already has returns it unchanged.
    public func converted(to target: EnergyScale, using conversion: EnergyConversion) throws -> Spectrum {
        guard target != scale else { return self }
        try requireStrictlyAscending(energies, name: "energies")
        let offset = conversion.photonEnergy - conversion.workFunction
        var result = try Spectrum(
            energies: energies.reversed().map { offset - $0 },
            intensities: intensities.reversed(),
            scale: target, units: units, metadata: metadata)
        result.metadata["energyConversion"] = conversion.description
        return result
    }
}

/// Throws unless `values` strictly ascend (each > the one before) and are finite.
func requireStrictlyAscending(_ values: [Double], name: String) throws {
    for i in values.indices {
        guard values[i].isFinite else {
            throw SpectraError.invalidSpectrum("\(name)[\(i)] is \(values[i]); expected a finite energy in eV")
        }
        if i > 0, !(values[i] > values[i - 1]) {
            throw SpectraError.invalidSpectrum(
                "\(name) must strictly ascend: \(name)[\(i - 1)] = \(values[i - 1]), \(name)[\(i)] = \(values[i])")
        }
    }
}
