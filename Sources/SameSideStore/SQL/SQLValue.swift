/// A value bound into a raw bulk statement; the backends turn it into their driver's type.
enum SQLValue: Sendable, Equatable {
    case null
    case text(String)
    case integer(Int)
    case real(Double)

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    init(_ number: Double?) { self = number.map(SQLValue.real) ?? .null }
    init(_ number: Int?) { self = number.map(SQLValue.integer) ?? .null }
}

extension SQLValue: Encodable {
    /// Lets SQLKit's builders bind these values (`SQLBind(value)`).
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .text(let s): try container.encode(s)
        case .integer(let i): try container.encode(i)
        case .real(let d): try container.encode(d)
        }
    }
}
