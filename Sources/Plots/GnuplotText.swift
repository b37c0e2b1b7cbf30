// Text for gnuplot commands: quoted strings, number literals, and the approximate width of text
// in DejaVu Sans (the font of every figure) to size margins, tic labels and the key.

import Foundation

/// Text helpers for gnuplot commands.
enum GnuplotText {
    /// A double-quoted gnuplot string: `\` and `"` escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n", "\r\n": out += "\\n"
            case "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// A number as a gnuplot literal: integers without a fraction, others in shortest round-trip form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// A rectangle of the canvas in screen coordinates (fractions of width and height, origin bottom left).
struct ScreenArea {
    var x: Double, y: Double, width: Double, height: Double
}

/// Approximate text extents in DejaVu Sans, the font of every figure.
enum TextMetrics {
    /// Advance width of `text` in em (font size units), from DejaVu Sans advance widths rounded
    /// per character class; unknown characters count as wide (0.8 em) so estimates err large.
    static func width(_ text: String) -> Double {
        var total = 0.0
        for character in text {
            switch character {
            case " ", "i", "j", "l", ".", ",", ":", ";", "'", "|", "!": total += 0.32
            case "f", "t", "r", "(", ")", "[", "]", "{", "}", "/", "\\", "-", "I", "J": total += 0.42
            case "m", "W": total += 0.99
            case "w", "M", "%", "=", "+", "<", ">", "~", "#", "&", "@", "—": total += 0.86
            case "a"..."z", "0"..."9", "–", "_", "*", "^", "?", "\"", "$": total += 0.64
            case "A"..."Z": total += 0.74
            default: total += 0.8
            }
        }
        return total
    }
}
