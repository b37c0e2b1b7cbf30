import ArgumentParser
import Harness

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a manifest and print it fully resolved, with its runs.",
        discussion: """
            Unknown keys, wrong types, out-of-range values and missing files are errors naming the \
            file, the JSON path and line, what was found and what was expected. Takes both kinds of \
            manifest (experiment and measured-fit).

            Example:
              harness validate shift-sweep --profile smoke
            """)

    @OptionGroup var options: ManifestOptions

    func run() throws {
        print(try ManifestDescription.validate(try options.load(), file: options.manifestPath, profile: options.resolvedProfile))
    }
}
