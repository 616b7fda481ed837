/// The form of a report: `text` for people (default), `json` for scripts, `markdown` to paste.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown
}
