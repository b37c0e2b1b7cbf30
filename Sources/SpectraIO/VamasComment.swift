import Foundation

/// Key–value metadata from the comment lines of VAMAS files, as instrument software writes them.
///
/// Recognised styles, each under its own key prefix:
/// - CasaXPS: "Casa Info Follows [CasaXPS Version v]" then counted sections — processing
///   operations, annotations (two lines each), regions, components →
///   `casa.version`, `casa.processing.N`, `casa.annotation.N`, `casa.region.N[.name|.background|.start|.end]`,
///   `casa.component.N[.name|.lineshape|.area|.fwhm|.position|.rsf]` (N from 1; region and
///   component energies as CasaXPS writes them, kinetic energy in eV).
/// - SpecsLab Prodigy: "Created by SpecsLab Prodigy, Version v" → `specs.version`;
///   "Key = Value" lines → `specs.Key`.
/// - PHI (MultiPak / SmartSoft): lines between "SOFH" and "EOFH", "Key: Value" → `phi.Key`.
/// - Kratos (ESCApe): section lines ("Excitation") and "Key : Value" lines → `kratos.Section.Key`.
/// - Any other "Key: Value" line → `comment.Key`.
/// A key met more than once keeps every value, joined by a newline, in order.
/// Lines that fit no style are not keyed; the raw comment is kept by the caller.
public enum VamasComment {
    public static func metadata(_ lines: [String]) -> [String: String] {
        var result: [String: String] = [:]
        func add(_ key: String, _ value: String) {
            if let old = result[key] { result[key] = old + "\n" + value } else { result[key] = value }
        }
        let kratos =
            lines.first?.trimmingCharacters(in: .whitespaces) == "Creation"
            || lines.contains { $0.hasPrefix("Created by : ") }
        var kratosSection = ""
        var inPHI = false
        var i = 0
        while i < lines.count {
            let raw = lines[i]
            let line = raw.trimmingCharacters(in: .whitespaces)
            i += 1
            if line.isEmpty { continue }

            if line.hasPrefix("Casa Info Follows") {
                let rest = line.dropFirst("Casa Info Follows".count).trimmingCharacters(in: .whitespaces)
                if let range = rest.range(of: "CasaXPS Version") {
                    add("casa.version", rest[range.upperBound...].trimmingCharacters(in: .whitespaces))
                }
                i = parseCasa(lines, from: i, add: add)
                continue
            }
            if line == "SOFH" { inPHI = true; continue }
            if line == "EOFH" { inPHI = false; continue }
            if inPHI {
                if let (key, value) = splitKey(line, separator: ":") { add("phi." + key, value) }
                continue
            }
            if line.hasPrefix("Created by SpecsLab Prodigy") {
                if let range = line.range(of: "Version") {
                    add("specs.version", line[range.upperBound...].trimmingCharacters(in: .whitespaces))
                }
                continue
            }
            if kratos {
                if let (key, value) = splitKey(line, separator: " : ") ?? splitKey(line, separator: ":") {
                    add("kratos." + (kratosSection.isEmpty ? "" : kratosSection + ".") + key, value)
                } else {
                    kratosSection = line
                }
                continue
            }
            if line.contains(" = "), let (key, value) = splitKey(line, separator: " = ") {
                add("specs." + key, value)
                continue
            }
            if let (key, value) = splitKey(line, separator: ":"), !value.hasPrefix("\\"), !value.hasPrefix("/") {
                add("comment." + key, value)
            }
        }
        return result
    }

    /// Splits "Key<separator>Value" at the first separator; nil without a key.
    static func splitKey(_ line: String, separator: String) -> (String, String)? {
        guard let range = line.range(of: separator) else { return nil }
        let key = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
        let value = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { return nil }
        return (key, value)
    }

    /// CasaXPS sections after "Casa Info Follows": each a count line then its entries.
    /// Stops (returning the index reached) at the first line that is not where a count belongs.
    private static func parseCasa(
        _ lines: [String], from start: Int,
        add: (String, String) -> Void
    ) -> Int {
        var i = start
        func count() -> Int? {
            guard i < lines.count, let n = Int(lines[i].trimmingCharacters(in: .whitespaces)), n >= 0 else { return nil }
            i += 1
            return n
        }
        // Processing operations (calibrations, smoothing, transmission).
        guard let processing = count(), processing <= lines.count - i else { return i }
        for k in 0..<processing { add("casa.processing.\(k + 1)", lines[i + k].trimmingCharacters(in: .whitespaces)) }
        i += processing
        // Annotations: an "annot …" line and a text line each.
        guard let annotations = count(), annotations <= (lines.count - i) / 2 else { return i }
        for k in 0..<annotations {
            let head = lines[i + 2 * k].trimmingCharacters(in: .whitespaces)
            let text = lines[i + 2 * k + 1].trimmingCharacters(in: .whitespaces)
            add("casa.annotation.\(k + 1)", text.isEmpty ? head : head + "\n" + text)
        }
        i += 2 * annotations
        // Regions: "CASA region (*name*) (*background*) start end …".
        guard let regions = count(), regions <= lines.count - i else { return i }
        for k in 0..<regions {
            let line = lines[i + k].trimmingCharacters(in: .whitespaces)
            let key = "casa.region.\(k + 1)"
            add(key, line)
            let (quoted, words) = casaTokens(line)
            if quoted.count >= 2 {
                add(key + ".name", quoted[0])
                add(key + ".background", quoted[1])
            }
            if words.count >= 4 {  // "CASA", "region", start, end
                add(key + ".start", words[2])
                add(key + ".end", words[3])
            }
        }
        i += regions
        // Components: "CASA comp (*name*) (*lineshape*) Area a … MFWHM w … Position p … RSF r …".
        guard let components = count(), components <= lines.count - i else { return i }
        for k in 0..<components {
            let line = lines[i + k].trimmingCharacters(in: .whitespaces)
            let key = "casa.component.\(k + 1)"
            add(key, line)
            let (quoted, words) = casaTokens(line)
            if quoted.count >= 2 {
                add(key + ".name", quoted[0])
                add(key + ".lineshape", quoted[1])
            }
            for (word, name) in [("Area", "area"), ("MFWHM", "fwhm"), ("Position", "position"), ("RSF", "rsf")] {
                if let at = words.firstIndex(of: word), at + 1 < words.count { add(key + "." + name, words[at + 1]) }
            }
        }
        i += components
        return i
    }

    /// The "(*…*)" strings of a CasaXPS line, and its other whitespace-separated words.
    static func casaTokens(_ line: String) -> (quoted: [String], words: [String]) {
        var quoted: [String] = []
        var rest = ""
        var remainder = Substring(line)
        while let open = remainder.range(of: "(*") {
            rest += remainder[..<open.lowerBound] + " "
            guard let close = remainder[open.upperBound...].range(of: "*)") else {
                remainder = remainder[open.lowerBound...]
                break
            }
            quoted.append(String(remainder[open.upperBound..<close.lowerBound]))
            remainder = remainder[close.upperBound...]
        }
        rest += remainder
        return (quoted, rest.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init))
    }
}
