import SameSideCore

/// A customer goal as a person typed it into a form: every field as text, checked by ``validated()`` into a
/// ``Goal`` or a message per field. Pure.
public struct GoalDraft: Equatable, Sendable {
    public var statement: String
    public var category: String
    public var metric: String
    public var baseline: String
    public var target: String
    public var due: String
    /// `customer-stated` (the customer said it) or `seller-assumed` (our guess, still to confirm).
    public var source: String

    /// The longest text any field takes, in characters (generous: a pasted email thread fits; a runaway paste
    /// gets a message instead of filling the database).
    public static let maxStatement = 200_000
    public static let maxShortText = 200_000

    public init(
        statement: String = "", category: String = "", metric: String = "", baseline: String = "",
        target: String = "", due: String = "", source: String = GoalSource.customerStated.rawValue
    ) {
        self.statement = statement
        self.category = category
        self.metric = metric
        self.baseline = baseline
        self.target = target
        self.due = due
        self.source = source
    }

    /// The goal with id `id`, or a message for each field that is not right (keyed by field name).
    public func validated(id: GoalID) -> Result<Goal, FieldErrors> {
        var errors = FieldErrors()
        let statement = self.statement.trimmingCharacters(in: .whitespacesAndNewlines)
        if statement.isEmpty {
            errors["statement"] = "Say what the customer wants to achieve, in their words."
        } else if statement.count > Self.maxStatement {
            errors["statement"] = "Keep it under \(Self.maxStatement) characters (this one has \(statement.count))."
        }
        var category: GoalCategory?
        let categoryText = self.category.trimmingCharacters(in: .whitespaces)
        if !categoryText.isEmpty {
            category = GoalCategory(rawValue: categoryText)
            if category == nil {
                errors["category"] =
                    "Pick one of: \(GoalCategory.allCases.map(\.rawValue).joined(separator: ", "))."
            }
        }
        let metric = self.metric.trimmingCharacters(in: .whitespaces)
        if metric.count > Self.maxShortText {
            errors["metric"] = "Keep the measure under \(Self.maxShortText) characters."
        }
        let baseline = NumberField.parse(self.baseline, field: "baseline", into: &errors)
        let target = NumberField.parse(self.target, field: "target", into: &errors)
        if target != nil, metric.isEmpty, errors["metric"] == nil {
            errors["metric"] = "Name what the target measures (for example \"scrap rate %\")."
        }
        let due = DateField.parse(self.due, field: "due", into: &errors)
        let source = GoalSource(rawValue: self.source.trimmingCharacters(in: .whitespaces))
        if source == nil { errors["source"] = "Say who stated the goal: customer-stated or seller-assumed." }
        guard errors.isEmpty else { return .failure(errors) }
        return .success(
            Goal(
                id: id, statement: statement, category: category, metric: metric.isEmpty ? nil : metric,
                baseline: baseline, target: target, due: due, source: source))
    }
}

/// Messages about a form's fields, keyed by field name.
public struct FieldErrors: Error, Equatable, Sendable {
    public var messages: [String: String] = [:]

    public init() {}

    public subscript(field: String) -> String? {
        get { messages[field] }
        set { messages[field] = newValue }
    }

    public var isEmpty: Bool { messages.isEmpty }
}
