import Foundation
import Testing
import Tensors
@testable import Spectra

@Suite struct ShiftTests {
    let axis = try! EnergyAxis(start: 0, step: 0.1, count: 661)  // 0…66 eV

    func lines() throws -> [Peak] {
        try [
            Peak(center: 20, height: 5, shape: .gaussian(fwhm: 1.0)),
            Peak(center: 31.7, height: 2, shape: .gaussian(fwhm: 0.7)),
            Peak(center: 45.05, height: 3, shape: .gaussian(fwhm: 2.0))
        ]
    }

    @Test func shiftedSyntheticLinesEqualLinesGeneratedThere() throws {
        for delta in [0.237, -1.61, 2.95] {
            let moved = try lines().map { $0.shifted(by: delta) }.values(on: axis)
            let direct = try lines().map { try Peak(center: $0.center + delta, height: $0.height, shape: $0.shape) }.values(on: axis)
            #expect(moved == direct)
        }
    }

    @Test func interpolatedShiftIsWithinInterpolationError() throws {
        let original = try lines().values(on: axis)
        // Linear interpolation error ≤ Δ²/8·max|y''|; for Gaussians |y''| ≤ Σ H/σ².
        let bound =
            axis.step * axis.step / 8
            * (try lines()).reduce(0.0) { sum, peak in
                guard case .gaussian(let f) = peak.shape else { return sum }
                let sigma = f / (2 * (2 * log(2.0)).squareRoot())
                return sum + peak.height / (sigma * sigma)
            }
        for delta in [0.237, -1.61, 2.95, 0.05] {
            let shifted = try EnergyShift.shifted(original, on: axis, by: delta, outside: .fill(0))
            let truth = try lines().map { $0.shifted(by: delta) }.values(on: axis)
            var worst = 0.0
            for i in 40..<(axis.count - 40) { worst = max(worst, abs(shifted[i] - truth[i])) }
            #expect(worst <= bound, "δ = \(delta): error \(worst), bound \(bound)")
            #expect(worst > 0 || delta == 0)
            // A whole-index roll (nearest grid shift) is clearly worse for a sub-grid δ.
            let roll = Int((delta / axis.step).rounded())
            var rollError = 0.0
            for i in 40..<(axis.count - 40) { rollError = max(rollError, abs(original[i - roll] - truth[i])) }
            if abs(delta / axis.step - Double(roll)) > 0.2 { #expect(rollError > 4 * worst) }
        }
    }

    @Test func edgesFollowTheOutsideRule() throws {
        let values = (0..<axis.count).map { Double($0) }
        #expect(throws: SpectraError.self) { try EnergyShift.shifted(values, on: axis, by: 0.25, outside: .error) }
        let filled = try EnergyShift.shifted(values, on: axis, by: 0.25, outside: .fill(-7))
        #expect(filled[0] == -7 && filled[1] == -7 && filled[2] == -7)
        #expect(abs(filled[3] - 0.5) < 1e-9)  // source 0.05 eV = index 0.5
        let edge = try EnergyShift.shifted(values, on: axis, by: -0.25, outside: .nearestEdge)
        #expect(edge[axis.count - 1] == values[axis.count - 1] && abs(edge[0] - 2.5) < 1e-9)
        #expect(try EnergyShift.shifted(values, on: axis, by: 0, outside: .error) == values)
        #expect(throws: SpectraError.self) { try EnergyShift.shifted(values, on: axis, by: .nan, outside: .fill(0)) }
    }

    @Test func randomShiftsAreUniformAndReproducible() throws {
        var a = SeededRandom(seed: 8), b = SeededRandom(seed: 8)
        var draws = [Double]()
        for _ in 0..<20_000 {
            let d = try EnergyShift.random(maxShift: 3, using: &a)
            #expect(d == (try EnergyShift.random(maxShift: 3, using: &b)))
            draws.append(d)
        }
        #expect(draws.allSatisfy { $0 >= -3 && $0 < 3 })
        let mean = draws.reduce(0, +) / Double(draws.count)
        #expect(abs(mean) < 5 * 3 / (3 * Double(draws.count)).squareRoot())
        #expect(try EnergyShift.random(maxShift: 0, using: &a) == 0)
        #expect(throws: SpectraError.self) { try EnergyShift.random(maxShift: -1, using: &a) }
    }

    @Test func spectrumShiftOnAnUnevenGrid() throws {
        let energies = (0...300).map { i -> Double in
            let x = Double(i) / 300; return 10 + 20 * x * x
        }
        let peak = try Peak(center: 20, height: 1, shape: .gaussian(fwhm: 2))
        let s = try Spectrum(energies: energies, intensities: energies.map { peak.value(at: $0) })
        let moved = try s.shifted(by: 0.8, outside: .fill(0))
        let maxGap = zip(energies.dropFirst(), energies).map { $0 - $1 }.max()!
        let sigma = 2 / (2 * (2 * log(2.0)).squareRoot())
        for (e, v) in zip(moved.energies, moved.intensities) where e > 12 {
            #expect(abs(v - peak.shifted(by: 0.8).value(at: e)) <= maxGap * maxGap / 8 / (sigma * sigma))
        }
    }
}

@Suite struct ResamplingTests {
    @Test func linearDataIsReproducedAndOutsideIsAnError() throws {
        let s = try Spectrum(energies: [1, 2, 4, 7], intensities: [3, 5, 9, 15])  // 1 + 2E
        let axis = try EnergyAxis(start: 1, step: 0.25, count: 25)  // 1…7
        let r = try s.resampled(onto: axis)
        for (e, v) in zip(r.energies, r.intensities) { #expect(abs(v - (1 + 2 * e)) < 1e-12) }
        let wider = try EnergyAxis(start: 0.5, step: 0.5, count: 15)  // 0.5…7.5
        #expect(throws: SpectraError.self) { try s.resampled(onto: wider) }
        let filled = try s.resampled(onto: wider, outside: .fill(0))
        #expect(filled.intensities.first == 0 && filled.intensities.last == 0)
        #expect(filled.intensities[1] == 3)
        let edge = try s.resampled(onto: wider, outside: .nearestEdge)
        #expect(edge.intensities.first == 3 && edge.intensities.last == 15)
        let kinetic = try EnergyAxis(start: 1, step: 1, count: 3, scale: .kinetic)
        #expect(throws: SpectraError.self) { try s.resampled(onto: kinetic) }
        let unsorted = try Spectrum(energies: [1, 3, 2], intensities: [0, 0, 0])
        #expect(throws: SpectraError.self) { try unsorted.resampled(onto: axis) }
    }

    @Test func identicalAxisSurvivesRounding() throws {
        let axis = try EnergyAxis(start: 40, step: 0.1, count: 6601)
        let s = try Spectrum(energies: (0..<6601).map { 40 + 0.1 * Double($0) }, intensities: [Double](repeating: 2, count: 6601))
        let r = try s.resampled(onto: axis)
        #expect(r.intensities.allSatisfy { $0 == 2 })
    }
}

@Suite struct EnergyConversionTests {
    @Test func kineticAndBindingConvert() throws {
        let conversion = try EnergyConversion(photonEnergy: 1486.6, workFunction: 4.5)
        #expect(conversion.bindingEnergy(kinetic: 1000) == 1486.6 - 1000 - 4.5)
        #expect(abs(conversion.kineticEnergy(binding: conversion.bindingEnergy(kinetic: 917.3)) - 917.3) < 1e-12)

        let kineticAxis = try EnergyAxis(start: 1000, step: 0.5, count: 11, scale: .kinetic)
        let bindingAxis = kineticAxis.converted(to: .binding, using: conversion)
        #expect(bindingAxis.scale == .binding && bindingAxis.count == 11 && bindingAxis.step == 0.5)
        for i in 0..<11 {
            #expect(abs(bindingAxis.energy(at: i) - conversion.bindingEnergy(kinetic: kineticAxis.energy(at: 10 - i))) < 1e-9)
        }
        #expect(bindingAxis.converted(to: .kinetic, using: conversion).start == 1000)

        let spectrum = try Spectrum(energies: kineticAxis.energies, intensities: (0..<11).map { Double($0) }, scale: .kinetic)
        let binding = try spectrum.converted(to: .binding, using: conversion)
        #expect(binding.scale == .binding)
        #expect(binding.intensities == (0..<11).reversed().map { Double($0) })
        #expect(zip(binding.energies.dropFirst(), binding.energies).allSatisfy { $0 > $1 })
        #expect(binding.metadata["energyConversion"] == "BE = hν − KE − φ, hν = 1486.6 eV, φ = 4.5 eV")
        let back = try binding.converted(to: .kinetic, using: conversion)
        for i in 0..<11 { #expect(abs(back.energies[i] - spectrum.energies[i]) < 1e-9) }

        #expect(throws: SpectraError.self) { try EnergyConversion(photonEnergy: 0) }
        #expect(throws: SpectraError.self) { try EnergyConversion(photonEnergy: 1486.6, workFunction: -1) }
    }
}

@Suite struct BroadeningAndNormalizationTests {
    let axis = try! EnergyAxis(start: 0, step: 0.05, count: 801)  // 0…40 eV

    @Test func gaussianWidthsAddInQuadrature() throws {
        let line = try Peak(center: 20, height: 1, shape: .gaussian(fwhm: 1.2)).values(on: axis)
        let broadened = try GaussianBroadening.apply(line, on: axis, fwhm: 0.9)
        let f = { (e: Double) -> Double in
            let x = e / axis.step
            let i = min(Int(x), axis.count - 2)
            return broadened[i] + (x - Double(i)) * (broadened[i + 1] - broadened[i])
        }
        let width = measuredFWHM(from: 15, to: 25, step: 0.001, f)
        #expect(abs(width - (1.2 * 1.2 + 0.9 * 0.9).squareRoot()) < 2e-3, "width \(width)")
    }

    @Test func reflectKeepsTheTotalAndZeroLosesIt() throws {
        var values = [Double](repeating: 0, count: 50)
        values[0] = 4; values[1] = 2; values[20] = 1; values[49] = 3
        for sigma in [0.7, 3.0, 80.0] {
            let reflected = try GaussianBroadening.apply(values, sigmaPoints: sigma)
            #expect(abs(reflected.reduce(0, +) - 10) < 1e-12, "σ = \(sigma)")
            let zero = try GaussianBroadening.apply(values, sigmaPoints: sigma, boundary: .zero)
            #expect(zero.reduce(0, +) < 10 - 1e-3)
        }
        #expect(try GaussianBroadening.apply(values, sigmaPoints: 0) == values)
        #expect(throws: SpectraError.self) { try GaussianBroadening.apply(values, sigmaPoints: -1) }
        #expect(throws: SpectraError.self) { try GaussianBroadening.apply(values, on: axis, fwhm: 1) }
    }

    @Test func normalizations() throws {
        let values = try Peak(center: 20, height: 7, shape: .lorentzian(fwhm: 2)).values(on: axis)
        #expect(try Normalization.none.apply(values, on: axis) == values)
        #expect(try Normalization.maximum.apply(values, on: axis).max() == 1)
        let unit = try Normalization.area.apply(values, on: axis)
        let area = axis.step * (unit.reduce(0, +) - 0.5 * (unit[0] + unit[unit.count - 1]))
        #expect(abs(area - 1) < 1e-12)
        let zeros = [Double](repeating: 0, count: axis.count)
        #expect(throws: SpectraError.self) { try Normalization.maximum.apply(zeros, on: axis) }
        #expect(throws: SpectraError.self) { try Normalization.area.apply(zeros, on: axis) }
        #expect(Normalization(rawValue: "max") == .maximum)
    }
}
