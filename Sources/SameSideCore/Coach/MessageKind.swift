/// What kind of message the coach reads; it sets the length guidance and whether speakers are parsed.
public enum MessageKind: String, CaseIterable, Sendable, Equatable {
    /// An email (cold or in a deal); Lavender-style length guidance applies.
    case email
    /// A short social or chat message (LinkedIn, Slack); shorter guidance.
    case message
    /// A call note, voicemail script or call opener.
    case note
    /// A call transcript of `Speaker: words` lines.
    case transcript
}
