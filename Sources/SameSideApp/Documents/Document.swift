import SameSideCore

/// A simple document (headings, paragraphs, lists, tables) that is laid out as text, Markdown or HTML.
///
/// Builders (approval pack, call plan) say what to show; ``DocumentRenderer`` decides how, so the three
/// formats always carry the same content.
public struct Document: Equatable, Sendable {
    public var title: String
    public var subtitle: [String] = []
    public var blocks: [Block] = []

    public init(title: String, subtitle: [String] = [], blocks: [Block] = []) {
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }

    /// A run of text with one style.
    public struct Span: Equatable, Sendable {
        public enum Style: Equatable, Sendable {
            case plain
            case strong
            /// Where a number came from, printed as a visible marker.
            case provenance(Provenance)
            /// Something that needs attention (a failed hurdle, an overdue step).
            case warning
            /// Something in order (a passed hurdle).
            case ok
        }
        public var text: String
        public var style: Style = .plain

        public init(text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    public typealias Line = [Span]

    public enum Block: Equatable, Sendable {
        case heading(String)
        case paragraph(Line)
        case list([Line])
        /// Column headers, rows of cells, and which columns are numbers (right-aligned).
        case table(headers: [String], rows: [[Line]], numeric: Set<Int>)
        /// A boxed remark.
        case note(Line)
    }
}

extension Document.Span {
    public static func plain(_ text: String) -> Self { .init(text: text, style: .plain) }
    public static func strong(_ text: String) -> Self { .init(text: text, style: .strong) }
    public static func tag(_ provenance: Provenance) -> Self {
        .init(text: provenance.label, style: .provenance(provenance))
    }
    public static func warning(_ text: String) -> Self { .init(text: text, style: .warning) }
    public static func ok(_ text: String) -> Self { .init(text: text, style: .ok) }
}
