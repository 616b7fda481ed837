/// What an import batch did: records created, updated and left unchanged (already identical).
public struct UpsertCounts: Equatable, Sendable {
    public var created: Int
    public var updated: Int
    public var unchanged: Int

    public init(created: Int = 0, updated: Int = 0, unchanged: Int = 0) {
        self.created = created
        self.updated = updated
        self.unchanged = unchanged
    }

    public static func + (lhs: UpsertCounts, rhs: UpsertCounts) -> UpsertCounts {
        UpsertCounts(
            created: lhs.created + rhs.created, updated: lhs.updated + rhs.updated,
            unchanged: lhs.unchanged + rhs.unchanged)
    }

    public static func += (lhs: inout UpsertCounts, rhs: UpsertCounts) { lhs = lhs + rhs }
}
