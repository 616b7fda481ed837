import Foundation

/// One move of a buying step's due date: from which day to which, who moved it, when and why.
public struct DueDateChange: Equatable, Sendable {
    /// The due date before the move; `nil` when the step had none.
    public var from: Day?
    /// The due date after the move.
    public var to: Day
    /// The day the date was moved.
    public var changedOn: Day
    /// Which side moved it: the customer's (`customer`) or ours (`seller`); `nil` when not recorded.
    public var movedBy: Initiator?
    /// The reason chosen from the short list.
    public var reason: DueChangeReason?
    /// The reason in the mover's own words.
    public var reasonText: String?

    public init(
        from: Day? = nil, to: Day, changedOn: Day, movedBy: Initiator? = nil, reason: DueChangeReason? = nil,
        reasonText: String? = nil
    ) {
        self.from = from
        self.to = to
        self.changedOn = changedOn
        self.movedBy = movedBy
        self.reason = reason
        self.reasonText = reasonText
    }

    /// The reason for people: the typed words when given, else the chosen reason; `nil` when neither. Pure.
    public var reasonDescription: String? {
        if let text = reasonText?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty { return text }
        return reason?.displayName
    }
}
