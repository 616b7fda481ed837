/// A parsed JSON value. Objects keep their key order so files are written back as they came.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// The JSON type name used in error messages ("a string", "an array", …).
    public var typeDescription: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

/// A JSON object that keeps its keys in order.
public struct JSONObject: Equatable, Sendable, ExpressibleByDictionaryLiteral, Sequence {
    /// Members in file order. Keys are unique: the parser rejects duplicates.
    public private(set) var members: [(key: String, value: JSONValue)]

    public init() { members = [] }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        members = []
        for (key, value) in elements { self[key] = value }
    }

    public var isEmpty: Bool { members.isEmpty }
    public var count: Int { members.count }
    public var keys: [String] { members.map(\.key) }

    /// The value for `key`; setting `nil` removes it. O(n), fine for the small objects of the format.
    public subscript(key: String) -> JSONValue? {
        get { members.first { $0.key == key }?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// Appends `value` under `key` when it is not `nil`, without looking for an existing key: for
    /// writers that build an object from distinct keys.
    public mutating func append(_ key: String, _ value: JSONValue?) {
        if let value { members.append((key, value)) }
    }

    /// Appends without checking for an existing key; for the parser, which checks itself.
    mutating func appendUnchecked(_ key: String, _ value: JSONValue) { members.append((key, value)) }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> { members.makeIterator() }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.count == rhs.members.count
            && zip(lhs.members, rhs.members).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}
