/// Where a stored record came from, kept so that re-imports find their records again.
public enum RecordSource: String, Sendable, CaseIterable {
    case salesforce, hubspot, pipeline, app
}
