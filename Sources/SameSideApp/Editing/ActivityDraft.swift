import SameSideCore

/// A touch with the customer as a person logs it in a form: checked by ``validated(stakeholders:)`` into an
/// ``Activity`` or a message per field. Pure.
public struct ActivityDraft: Equatable, Sendable {
    public var date: String
    public var type: String
    public var direction: String
    public var initiatedBy: String
    public var stakeholderIds: [String]
    public var summary: String
    public var text: String
    public var customerCommitment: String

    public init(
        date: String = "", type: String = "", direction: String = "", initiatedBy: String = "",
        stakeholderIds: [String] = [], summary: String = "", text: String = "", customerCommitment: String = ""
    ) {
        self.date = date
        self.type = type
        self.direction = direction
        self.initiatedBy = initiatedBy
        self.stakeholderIds = stakeholderIds
        self.summary = summary
        self.text = text
        self.customerCommitment = customerCommitment
    }

    /// The activity, or a message for each field that is not right. `stakeholders` are the account's people:
    /// an id among them is kept, any other is an error (a form cannot link someone the account does not have).
    public func validated(stakeholders: [Stakeholder]) -> Result<Activity, FieldErrors> {
        var errors = FieldErrors()
        let date = DateField.parse(self.date, field: "date", into: &errors)
        if date == nil, errors["date"] == nil { errors["date"] = "Say when it happened (YYYY-MM-DD)." }
        let type = Self.choice(ActivityType.self, self.type, field: "type", into: &errors)
        let direction = Self.choice(Direction.self, self.direction, field: "direction", into: &errors)
        if direction == nil, errors["direction"] == nil {
            errors["direction"] = "Say whether it went to the customer, came from them, or stayed inside."
        }
        let initiatedBy = Self.choice(Initiator.self, initiatedBy, field: "initiatedBy", into: &errors)
        let known = Set(stakeholders.map(\.id.rawValue))
        let unknown = stakeholderIds.filter { !$0.isEmpty && !known.contains($0) }
        if !unknown.isEmpty { errors["stakeholderIds"] = "Pick people of this account only." }
        let summary = self.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        if summary.isEmpty { errors["summary"] = "Say in a line what happened." }
        for (field, value) in [("summary", summary), ("text", text), ("customerCommitment", customerCommitment)]
        where value.count > DealDraft.maxText {
            errors[field] = "Keep it under \(DealDraft.maxText) characters."
        }
        guard errors.isEmpty, let date, let direction else { return .failure(errors) }
        let text = self.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let commitment = customerCommitment.trimmingCharacters(in: .whitespacesAndNewlines)
        return .success(
            Activity(
                date: date, type: type, direction: direction, initiatedBy: initiatedBy,
                stakeholderIds: stakeholderIds.filter { !$0.isEmpty }.map { StakeholderID($0) }, summary: summary,
                text: text.isEmpty ? nil : text, customerCommitment: commitment.isEmpty ? nil : commitment))
    }

    /// The value of `text` in the closed vocabulary `Value`; empty is `nil`; anything else a message.
    static func choice<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ text: String, field: String, into errors: inout FieldErrors
    ) -> Value? where Value.RawValue == String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let value = Value(rawValue: trimmed) else {
            errors[field] = "Pick one of: \(Value.allCases.map(\.rawValue).joined(separator: ", "))."
            return nil
        }
        return value
    }
}
