import SameSideCore

/// A deal's own fields as a person typed them into the edit form: checked by ``apply(to:today:)`` into the
/// changed deal, or a message per field. A new stage or close date is recorded in the deal's history with
/// `today`, so the review still sees how often the date moved. Pure.
public struct DealDraft: Equatable, Sendable {
    public var name: String
    public var stage: String
    public var amount: String
    public var closeDate: String
    public var owner: String
    public var pausedUntil: String
    public var pauseReason: String

    /// The longest text any field takes, in characters.
    public static let maxText = 200_000

    public init(
        name: String = "", stage: String = "", amount: String = "", closeDate: String = "", owner: String = "",
        pausedUntil: String = "", pauseReason: String = ""
    ) {
        self.name = name
        self.stage = stage
        self.amount = amount
        self.closeDate = closeDate
        self.owner = owner
        self.pausedUntil = pausedUntil
        self.pauseReason = pauseReason
    }

    /// The draft of `deal` as it is stored (what the edit form starts from).
    public init(_ deal: Opportunity) {
        self.init(
            name: deal.name, stage: deal.stage ?? "", amount: deal.amount.map { NumberField.text($0) } ?? "",
            closeDate: deal.closeDate?.description ?? "", owner: deal.owner ?? "",
            pausedUntil: deal.pausedUntil?.description ?? "", pauseReason: deal.pauseReason ?? "")
    }

    /// `deal` with this draft's fields, or a message for each field that is not right.
    public func apply(to deal: Opportunity, today: Day) -> Result<Opportunity, FieldErrors> {
        var errors = FieldErrors()
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = "Give the deal a name." }
        for (field, text) in [("name", name), ("stage", stage), ("owner", owner), ("pauseReason", pauseReason)]
        where text.count > Self.maxText {
            errors[field] = "Keep it under \(Self.maxText) characters."
        }
        let amount = NumberField.parse(self.amount, field: "amount", into: &errors)
        if let amount, amount < 0 { errors["amount"] = "The amount cannot be negative." }
        let closeDate = DateField.parse(closeDate, field: "closeDate", into: &errors)
        let pausedUntil = DateField.parse(pausedUntil, field: "pausedUntil", into: &errors)
        let reason = pauseReason.trimmingCharacters(in: .whitespacesAndNewlines)
        if pausedUntil != nil, reason.isEmpty {
            errors["pauseReason"] = "Say why the customer asked to wait (it is shown with the pause)."
        }
        guard errors.isEmpty else { return .failure(errors) }
        var changed = deal
        changed.name = name
        let stage = self.stage.trimmingCharacters(in: .whitespaces)
        let newStage = stage.isEmpty ? nil : stage
        if newStage != deal.stage, let newStage {
            changed.stageHistory.append(StageChange(stage: newStage, date: today))
        }
        changed.stage = newStage
        changed.amount = amount
        if closeDate != deal.closeDate, let closeDate {
            changed.closeDateHistory.append(CloseDateChange(closeDate: closeDate, changedOn: today))
        }
        changed.closeDate = closeDate
        let owner = self.owner.trimmingCharacters(in: .whitespaces)
        changed.owner = owner.isEmpty ? nil : owner
        changed.pausedUntil = pausedUntil
        changed.pauseReason = pausedUntil == nil ? nil : reason
        return .success(changed)
    }
}

/// Numbers typed into forms: spaces, thousands commas and underscores ignored, `.` for decimals.
public enum NumberField {
    /// A finite number from `text`; empty is `nil`; anything else a message on `field`.
    public static func parse(_ text: String, field: String, into errors: inout FieldErrors) -> Double? {
        let cleaned = text.filter { $0 != " " && $0 != "," && $0 != "_" }
        guard !cleaned.isEmpty else { return nil }
        guard cleaned.count <= 40, let value = Double(cleaned), value.isFinite else {
            errors[field] = "Write a number, such as 4.5 or 120000."
            return nil
        }
        return value
    }

    /// `value` as a form shows it: whole numbers without a decimal point.
    public static func text(_ value: Double) -> String {
        value == value.rounded() && value.magnitude < 1e15 ? String(Int(value)) : String(value)
    }
}

/// Dates typed into forms, as `YYYY-MM-DD`.
public enum DateField {
    /// The day in `text`; empty is `nil`; anything else a message on `field`.
    public static func parse(_ text: String, field: String, into errors: inout FieldErrors) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        guard let day = Day(trimmed) else {
            errors[field] = "Write the date as YYYY-MM-DD, for example 2027-03-31."
            return nil
        }
        return day
    }
}
