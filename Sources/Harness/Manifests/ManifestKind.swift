// The kinds of manifest in Experiments/, and the one place a manifest file is loaded as whichever
// kind it declares. A new kind is a case here; every command's `switch` over `AnyManifest` then
// fails to compile until the command accepts or refuses it.

import Foundation

/// What a manifest describes: the `kind` key of its JSON (absent: an experiment).
public enum ManifestKind: String, ManifestEnum, Sendable {
    /// Generate data, train and evaluate models over a sweep (the default).
    case experiment
    /// Apply trained peak-fitting networks and least-squares fits to measured spectra and compare
    /// them with an expert's fit (paper 1's Table 1); with a `casa` key, refit a CasaXPS fit stored
    /// in a VAMAS file (`CasaFitManifest`).
    case measuredFit = "measured-fit"

    /// The kind a manifest file declares, read without decoding the rest; a missing or unreadable
    /// `kind` is an experiment (the loader then reports what is wrong with the file, and refuses one
    /// too large before parsing it).
    public static func declared(by url: URL) -> ManifestKind {
        guard let text = try? String(contentsOf: url, encoding: .utf8), let (v, _) = try? ManifestLoader.parse(text, file: url.path),
            case .string(let k)? = v["kind"], let kind = ManifestKind(rawValue: k)
        else { return .experiment }
        return kind
    }
}

/// A manifest file loaded as the kind it declares.
public enum AnyManifest: Sendable {
    case experiment(LoadedManifest)
    case measuredFit(MeasuredFitManifest, url: URL)
    /// A measured-fit manifest in its CasaXPS form (a `casa` key).
    case casaFit(CasaFitManifest, url: URL)

    public var kind: ManifestKind {
        switch self {
        case .experiment: return .experiment
        case .measuredFit, .casaFit: return .measuredFit
        }
    }

    /// Loads `url` at `profile`. `overrides` (`--set`) apply to experiments only; a measured-fit
    /// manifest given any is an error naming the file.
    public static func load(_ url: URL, profile: Profile, overrides: [String] = []) throws -> AnyManifest {
        switch ManifestKind.declared(by: url) {
        case .experiment:
            return .experiment(try ManifestLoader.load(url, profile: profile, overrides: overrides))
        case .measuredFit:
            guard overrides.isEmpty else {
                throw HarnessError.unsupported(file: url.path, what: "--set", reason: "a measured-fit manifest takes no overrides")
            }
            if CasaFitManifest.declared(by: url) { return .casaFit(try CasaFitManifest.load(url), url: url) }
            return .measuredFit(try MeasuredFitManifest.load(url), url: url)
        }
    }

    /// The experiment this manifest is, or an error naming the command that needs one.
    public func experiment(for command: String, file: String) throws -> LoadedManifest {
        switch self {
        case .experiment(let loaded): return loaded
        case .measuredFit, .casaFit:
            throw HarnessError.wrongManifestKind(
                file: file, command: command, found: kind, expected: .experiment,
                hint: "a measured-fit manifest trains nothing; `harness run \(file)` redoes its fits and tables")
        }
    }
}
