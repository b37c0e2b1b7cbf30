import Foundation
import Plots
import TestSupport

/// Inputs and helpers shared by the Plots tests.
enum Fixtures {
    /// A fresh folder for one test's files: under `$XPS_PLOTS_OUTPUT/<name>` when that variable
    /// is set (to keep the images for inspection), else under the temporary directory.
    static func directory(_ name: String) throws -> URL {
        let base: URL
        if let kept = ProcessInfo.processInfo.environment["XPS_PLOTS_OUTPUT"], !kept.isEmpty {
            base = URL(fileURLWithPath: kept, isDirectory: true).appendingPathComponent(name)
        } else {
            base = FileManager.default.temporaryDirectory
                .appendingPathComponent("PlotsTests-\(UUID().uuidString)").appendingPathComponent(name)
        }
        try? FileManager.default.removeItem(at: base)
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        return base
    }

    /// Two whitespace-separated columns of a Park et al. (2020) file: binding energy (eV), counts.
    static func park2020(_ file: String) throws -> (energies: [Double], counts: [Double]) {
        let text = try String(contentsOf: SharedData.file("park2020/\(file)"), encoding: .utf8)
        var energies: [Double] = [], counts: [Double] = []
        for line in text.split(whereSeparator: \.isNewline) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 2, let e = Double(fields[0]), let c = Double(fields[1]) else { continue }
            energies.append(e)
            counts.append(c)
        }
        return (energies, counts)
    }

    /// Published exact-match accuracy (%) against maximum shift (eV) per model (Saddiq et al. 2026).
    static func publishedShiftAccuracy() throws -> [String: [(shift: Double, accuracy: Double)]] {
        let url = SharedData.directory.deletingLastPathComponent()
            .appendingPathComponent("published/saddiq2026_shift_accuracy.csv")
        let text = try String(contentsOf: url, encoding: .utf8)
        var result: [String: [(shift: Double, accuracy: Double)]] = [:]
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",")
            guard f.count == 4, let shift = Double(f[1]), let accuracy = Double(f[3]) else { continue }
            result[String(f[0]), default: []].append((shift, accuracy))
        }
        return result
    }

    /// The 40 functional-group labels of Saddiq et al. (2026), in output order.
    static func functionalGroups() throws -> [String] {
        let url = SharedData.directory.deletingLastPathComponent()
            .appendingPathComponent("published/saddiq2026_functional_groups.json")
        return try JSONDecoder().decode([String].self, from: Data(contentsOf: url))
    }

    /// Width and height from a PNG's IHDR chunk, or nil when the bytes are not a PNG.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        let magic: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count > 24, Array(bytes[0..<8]) == magic, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        func be32(_ i: Int) -> Int { bytes[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) } }
        return (be32(16), be32(20))
    }

    /// Runs gnuplot with the given arguments in `directory`; returns its combined output.
    static func gnuplot(_ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = try FigureRenderer.gnuplotExecutable()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Gaussian of unit height: exp(−(x − centre)² / (2σ²)), σ = fwhm / (2√(2 ln 2)).
    static func gaussian(_ x: Double, centre: Double, fwhm: Double) -> Double {
        let sigma = fwhm / (2 * (2 * log(2.0)).squareRoot())
        return exp(-(x - centre) * (x - centre) / (2 * sigma * sigma))
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a small seeded generator for repeatable test data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
