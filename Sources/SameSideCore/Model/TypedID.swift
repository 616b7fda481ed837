/// A string id that carries the kind of thing it names, so an account id can never be passed
/// where a deal id is expected.
public struct TypedID<Tag>: Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The id as written in the pipeline file.
    public let rawValue: String

    /// Wraps a raw id.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: TypedID, rhs: TypedID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Phantom tags for ``TypedID``.
public enum IDTag {
    public enum Problem {}
    public enum Account {}
    public enum Goal {}
    public enum Stakeholder {}
    public enum Deal {}
    public enum Step {}
}

public typealias ProblemID = TypedID<IDTag.Problem>
public typealias AccountID = TypedID<IDTag.Account>
public typealias GoalID = TypedID<IDTag.Goal>
public typealias StakeholderID = TypedID<IDTag.Stakeholder>
/// The id of an opportunity (a deal).
public typealias DealID = TypedID<IDTag.Deal>
public typealias StepID = TypedID<IDTag.Step>
