import SameSideCore

/// A buying step (a line of the mutual action plan) as typed into the deal's step form: checked by
/// ``apply(to:id:in:stakeholders:today:)`` into a ``BuyingStep`` or a message per field. Pure.
///
/// Moving a due date the step already had needs who moved it (`movedBy`: the customer's side or ours) and a
/// reason, chosen from the short list or typed; the move is appended to the step's ``BuyingStep/dueChanges``,
/// which is what the review's "date keeps moving" check and the calendar's SEQUENCE read.
public struct StepDraft: Equatable, Sendable {
    public var title: String
    public var kind: String
    public var owner: String
    public var ownerStakeholderId: String
    public var ownerName: String
    public var due: String
    public var dueAfterStep: String
    public var dueAfterDays: String
    public var dependsOn: [String]
    public var status: String
    public var blocker: String
    public var evidence: String
    public var isInternal: Bool
    public var movedBy: String
    public var moveReason: String
    public var moveReasonText: String

    public init(
        title: String = "", kind: String = "", owner: String = "", ownerStakeholderId: String = "",
        ownerName: String = "", due: String = "", dueAfterStep: String = "", dueAfterDays: String = "",
        dependsOn: [String] = [], status: String = StepStatus.notStarted.rawValue, blocker: String = "",
        evidence: String = "", isInternal: Bool = false, movedBy: String = "", moveReason: String = "",
        moveReasonText: String = ""
    ) {
        self.title = title
        self.kind = kind
        self.owner = owner
        self.ownerStakeholderId = ownerStakeholderId
        self.ownerName = ownerName
        self.due = due
        self.dueAfterStep = dueAfterStep
        self.dueAfterDays = dueAfterDays
        self.dependsOn = dependsOn
        self.status = status
        self.blocker = blocker
        self.evidence = evidence
        self.isInternal = isInternal
        self.movedBy = movedBy
        self.moveReason = moveReason
        self.moveReasonText = moveReasonText
    }

    /// The draft of `step` as it is stored (what the edit form starts from).
    public init(_ step: BuyingStep) {
        self.init(
            title: step.title, kind: step.kind?.rawValue ?? "", owner: step.owner?.rawValue ?? "",
            ownerStakeholderId: step.ownerStakeholderId?.rawValue ?? "", ownerName: step.ownerName ?? "",
            due: step.due?.description ?? "", dueAfterStep: step.dueAfter?.step.rawValue ?? "",
            dueAfterDays: step.dueAfter.map { String($0.days) } ?? "", dependsOn: step.dependsOn.map(\.rawValue),
            status: step.status?.rawValue ?? "", blocker: step.blocker ?? "", evidence: step.evidence ?? "",
            isInternal: step.internal ?? false)
    }

    /// The longest relative delay, in days (the pipeline format's limit).
    public static let maxDays = 3650

    /// `existing` (or a new step `id` when `nil`) with this draft's fields, checked against the other steps of
    /// `deal` and the account's `stakeholders`; a moved due date is logged as changed on `today`.
    public func apply(
        to existing: BuyingStep?, id: StepID, in deal: Opportunity, stakeholders: [Stakeholder], today: Day
    ) -> Result<BuyingStep, FieldErrors> {
        var errors = FieldErrors()
        let title = self.title.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty { errors["title"] = "Say what the step is, in the customer's words." }
        for (field, text) in [("title", title), ("ownerName", ownerName), ("blocker", blocker), ("evidence", evidence)]
        where text.count > DealDraft.maxText {
            errors[field] = "Keep it under \(DealDraft.maxText) characters."
        }
        if moveReasonText.count > DealDraft.maxText {
            errors["moveReasonText"] = "Keep it under \(DealDraft.maxText) characters."
        }
        let kind = ActivityDraft.choice(StepKind.self, self.kind, field: "kind", into: &errors)
        let owner = ActivityDraft.choice(StepOwner.self, self.owner, field: "owner", into: &errors)
        let status = ActivityDraft.choice(StepStatus.self, self.status, field: "status", into: &errors)
        let others = deal.buyingProcess.filter { $0.id != id }
        let known = Set(others.map(\.id.rawValue))
        let person = ownerStakeholderId.trimmingCharacters(in: .whitespaces)
        if !person.isEmpty, !stakeholders.contains(where: { $0.id.rawValue == person }) {
            errors["ownerStakeholderId"] = "Pick one of the account's people, or nobody."
        }
        var dependsOn: [StepID] = []
        for text in self.dependsOn.map({ $0.trimmingCharacters(in: .whitespaces) }) where !text.isEmpty {
            if text == id.rawValue {
                errors["dependsOn"] = "A step cannot wait for itself."
            } else if !known.contains(text) {
                errors["dependsOn"] = "Pick steps of this deal's plan."
            } else if !dependsOn.contains(StepID(text)) {
                dependsOn.append(StepID(text))
            }
        }
        let due = DateField.parse(self.due, field: "due", into: &errors)
        let dueAfter = relativeDue(id: id, known: known, into: &errors)
        let move = dueMove(from: existing?.due, to: due, today: today, into: &errors)
        guard errors.isEmpty else { return .failure(errors) }
        var step = existing ?? BuyingStep(id: id, title: title)
        step.title = title
        step.kind = kind
        step.owner = owner
        step.ownerStakeholderId = person.isEmpty ? nil : StakeholderID(person)
        step.ownerName = Self.optional(ownerName)
        step.due = due
        step.dueAfter = dueAfter
        step.dependsOn = dependsOn
        if status == .done {
            step.completed = step.completed ?? today
        } else {
            step.completed = nil
        }
        step.status = status
        step.blocker = Self.optional(blocker)
        step.evidence = Self.optional(evidence)
        step.internal = isInternal ? true : (existing?.internal == nil ? nil : false)
        if let move { step.dueChanges.append(move) }
        return .success(step)
    }

    private func relativeDue(id: StepID, known: Set<String>, into errors: inout FieldErrors) -> RelativeDue? {
        let anchor = dueAfterStep.trimmingCharacters(in: .whitespaces)
        let daysText = dueAfterDays.trimmingCharacters(in: .whitespaces)
        guard !anchor.isEmpty else {
            if !daysText.isEmpty { errors["dueAfterStep"] = "Pick the step the days count from." }
            return nil
        }
        if anchor == id.rawValue {
            errors["dueAfterStep"] = "A step's due date cannot follow the step itself."
        } else if !known.contains(anchor) {
            errors["dueAfterStep"] = "Pick a step of this deal's plan."
        }
        guard let days = Int(daysText), (0...Self.maxDays).contains(days) else {
            errors["dueAfterDays"] = "Write a whole number of days from 0 to \(Self.maxDays)."
            return nil
        }
        return RelativeDue(step: StepID(anchor), days: days)
    }

    /// The logged move when a due date the step had changes to another; who moved it and why are required then.
    private func dueMove(from old: Day?, to new: Day?, today: Day, into errors: inout FieldErrors) -> DueDateChange? {
        guard let old, let new, old != new else { return nil }
        let movedBy = ActivityDraft.choice(Initiator.self, self.movedBy, field: "movedBy", into: &errors)
        if movedBy == nil, errors["movedBy"] == nil {
            errors["movedBy"] = "The due date moved: say which side moved it, the customer's or ours."
        }
        var reason = ActivityDraft.choice(DueChangeReason.self, moveReason, field: "moveReason", into: &errors)
        let text = moveReasonText.trimmingCharacters(in: .whitespacesAndNewlines)
        if reason == nil, !text.isEmpty { reason = .other }
        if reason == nil, errors["moveReason"] == nil {
            errors["moveReason"] = "The due date moved: pick why from the list, or write the reason."
        }
        return DueDateChange(
            from: old, to: new, changedOn: today, movedBy: movedBy, reason: reason,
            reasonText: text.isEmpty ? nil : text)
    }

    private static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
