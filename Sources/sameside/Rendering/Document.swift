import SameSideCore

/// A simple document (headings, paragraphs, lists, tables) that is laid out as text, Markdown or HTML.
///
/// Builders (approval pack, call plan) say what to show; ``DocumentRenderer`` decides how, so the three
/// formats always carry the same content.
struct Document: Equatable {
    var title: String
    var subtitle: [String] = []
    var blocks: [Block] = []

    /// A run of text with one style.
    struct Span: Equatable {
        enum Style: Equatable {
            case plain
            case strong
            /// Where a number came from, printed as a visible marker.
            case provenance(Provenance)
            /// Something that needs attention (a failed hurdle, an overdue step).
            case warning
            /// Something in order (a passed hurdle).
            case ok
        }
        var text: String
        var style: Style = .plain
    }

    typealias Line = [Span]

    enum Block: Equatable {
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
    static func plain(_ text: String) -> Self { .init(text: text, style: .plain) }
    static func strong(_ text: String) -> Self { .init(text: text, style: .strong) }
    static func tag(_ provenance: Provenance) -> Self { .init(text: provenance.label, style: .provenance(provenance)) }
    static func warning(_ text: String) -> Self { .init(text: text, style: .warning) }
    static func ok(_ text: String) -> Self { .init(text: text, style: .ok) }
}
