/// A migration as recorded in the database: its number, name and when it was applied.
public struct MigrationRecord: Equatable, Sendable {
    public var number: Int
    public var name: String
    /// ISO 8601 time of application, as the database recorded it.
    public var appliedAt: String

    public init(number: Int, name: String, appliedAt: String) {
        self.number = number
        self.name = name
        self.appliedAt = appliedAt
    }
}
