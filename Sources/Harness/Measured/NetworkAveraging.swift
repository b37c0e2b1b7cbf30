// Test-time averaging of peak-fitting networks: each network sees the window at several positions
// (and reversed); the predictions, mapped back to the window as measured, are averaged.

import Foundation

/// Test-time averaging of the peak-fitting network on one window: the positions it is shown at
/// (shifts in points) and whether each is also shown reversed.
public struct NetworkAveraging: Sendable, Equatable {
    public var shifts: [Int]
    public var mirror: Bool

    /// The largest shift a manifest may ask for, in points (a quarter of paper 1's 401-point window).
    public static let maximumShift = 100
    /// The window as measured, once.
    public static let onePass = NetworkAveraging(shifts: [0], mirror: false)
    /// What park2020-table1 uses (chosen on park2020-training's validation split; see its notes):
    /// the default of `harness fit --init`.
    public static let park2020Table1 = NetworkAveraging(shifts: [-5, 0, 5], mirror: true)

    public init(shifts: [Int], mirror: Bool) { self.shifts = shifts; self.mirror = mirror }

    /// park2020-table1's averaging with the shifts of a comma-separated list ("-5,0,5"; nil: its
    /// own) and the mirror on or off. Throws when the list is not one `acceptsShifts` takes.
    public static func parse(shifts text: String?, mirror: Bool) throws -> NetworkAveraging {
        var a = park2020Table1
        if let text {
            let parsed = text.split(separator: ",", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
            let values = parsed.compactMap { $0 }
            guard values.count == parsed.count, acceptsShifts(values) else {
                throw HarnessError.setting(
                    at: "shifts", found: "'\(text)'",
                    expected: "a comma-separated list of distinct whole numbers of points within ±\(maximumShift)")
            }
            a.shifts = values
        }
        a.mirror = mirror
        return a
    }

    /// Whether `shifts` can be asked for (by a manifest or `harness fit --init-shifts`): one or more,
    /// each once, each within ±`maximumShift` points.
    public static func acceptsShifts(_ shifts: [Int]) -> Bool {
        !shifts.isEmpty && Set(shifts).count == shifts.count && shifts.allSatisfy { abs($0) <= maximumShift }
    }

    /// A centre (x units) predicted for the window moved by `shift` points and then, if `mirrored`,
    /// reversed, as a centre on the window as measured: the mirror undone (x → start + end − x), then
    /// the shift (minus shift × step).
    static func mappedBack(_ center: Double, shift: Int, mirrored: Bool, axisStart: Double, axisEnd: Double, step: Double) -> Double {
        (mirrored ? axisStart + axisEnd - center : center) - Double(shift) * step
    }

    /// `input` moved by `shift` points (positive: toward the end, zeros filling the first `shift`
    /// points; negative: toward the start, zeros filling the last).
    static func shifted(_ input: [Float], by shift: Int) -> [Float] {
        guard shift != 0 else { return input }
        var out = [Float](repeating: 0, count: input.count)
        let m = input.count - abs(shift)
        guard m > 0 else { return out }
        if shift > 0 { out[shift...] = input[..<m] } else { out[..<m] = input[(-shift)...] }
        return out
    }
}
