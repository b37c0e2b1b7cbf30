// Every failure of the harness layer, each case carrying where it happened and what was expected,
// so a message names the file, run, spectrum or setting a user has to look at.

public enum HarnessError: Error, CustomStringConvertible, Equatable {
    /// A manifest value or command-line option the code cannot carry out: where (`at`: a JSON path
    /// or an option), what was found and what was expected.
    case setting(at: String, found: String, expected: String)
    /// A model that cannot be built as configured.
    case model(preset: String, reason: String)
    /// A measured spectrum a model or fit cannot take: its name (file#block) and why.
    case spectrum(name: String, reason: String)
    /// A file that cannot be read or is malformed: its path, the 1-based line when one is at fault.
    case file(path: String, line: Int?, reason: String)
    /// A run that has not finished, or a run file without what is needed.
    case missingRun(path: String, reason: String)
    /// Runs of a parallel `harness run` that failed.
    case runsFailed(runs: [String])
    /// Two files that must agree (an ensemble's networks, a grid and its background) and do not.
    case mismatch(first: String, second: String, reason: String)
    /// A manifest feature or option a command does not take for this file.
    case unsupported(file: String, what: String, reason: String)
    /// A command given a manifest of a kind it does not handle.
    case wrongManifestKind(file: String, command: String, found: ManifestKind, expected: ManifestKind, hint: String)
    /// A results folder another harness process is writing.
    case busy(path: String, holder: String)
    case nonFiniteLoss(run: String, epoch: Int, batch: Int)
    case interrupted(run: String, epoch: Int)
    /// An experiment's shipped models (models/<run>.h5, with their sizes in bytes) over its limit.
    case shippedModelsTooLarge(experiment: String, files: [String], bytes: [Int], limit: Int)
    /// No shipped model where `harness predict` looked (`searched`: the folders); `hint`: what makes one.
    case noShippedModels(searched: [String], hint: String)

    public var description: String {
        switch self {
        case .setting(let at, let found, let expected): return "\(at): found \(found), expected \(expected)"
        case .model(let preset, let reason): return "model preset \"\(preset)\": \(reason)"
        case .spectrum(let name, let reason): return "\(name): \(reason)"
        case .file(let path, let line, let reason): return "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)"
        case .missingRun(let path, let reason): return "\(path): \(reason)"
        case .runsFailed(let runs):
            return "runs failed: \(runs.joined(separator: ", ")); rerun them with --only … --resume"
        case .mismatch(let first, let second, let reason): return "\(first) and \(second): \(reason)"
        case .unsupported(let file, let what, let reason): return "\(file): \(what) does not apply: \(reason)"
        case .wrongManifestKind(let file, let command, let found, let expected, let hint):
            return "\(file): `harness \(command)` takes a manifest of kind \(expected.rawValue), found kind \(found.rawValue); \(hint)"
        case .busy(let path, let holder):
            return "\(path) is being written by another harness process (\(holder)); wait for it to finish, or stop it and rerun"
        case .nonFiniteLoss(let run, let epoch, let batch):
            return "run \(run): the loss became NaN or infinite at epoch \(epoch), batch \(batch); the last good checkpoint is kept"
        case .interrupted(let run, let epoch):
            return "run \(run) stopped after epoch \(epoch) as asked; continue it with --resume"
        case .shippedModelsTooLarge(let experiment, let files, let bytes, let limit):
            let list = zip(files, bytes).map { String(format: "%@ %.2f MB", $0, Double($1) / 1e6) }.joined(separator: ", ")
            return String(
                format: "experiment %@: the models to ship take %.2f MB (%@), over the limit of %.0f MB per experiment; "
                    + "ship fewer runs (the manifest's \"ship\") or smaller models", experiment, Double(bytes.reduce(0, +)) / 1e6, list,
                Double(limit) / 1e6)
        case .noShippedModels(let searched, let hint):
            return "no shipped model in \(searched.joined(separator: " or ")); \(hint)"
        }
    }
}
