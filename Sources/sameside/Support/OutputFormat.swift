import ArgumentParser

/// `--format` for report commands: `text` for people (default), `json` for scripts, `markdown` to paste.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
