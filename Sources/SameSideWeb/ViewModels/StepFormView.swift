import SameSideApp
import SameSideCore
import SameSideStore

/// The form that adds or edits a buying step of a deal's plan: what the step is, who does it, when it is due
/// (a date or some days after another step), what it waits for, where it stands; and, when an existing due
/// date moves, who moved it and why. Each field has its message beside it after a failed save; on a conflict,
/// the plan as stored now beside the person's input, which stays in the form.
struct StepFormView: Sendable {
    struct Choice: Sendable {
        var value: String
        var label: String
        var checked: Bool
    }

    var chrome: PageChrome
    var dealLink: String
    var dealName: String
    var action: String
    var heading: String
    var button: String
    var version: Int
    var texts: [FormField]
    var selects: [SelectField]
    var due: [FormField]
    var dueAfter: SelectField
    var dueAfterDays: FormField
    var dependsOn: [Choice]
    var hasOtherSteps: Bool
    var dependsOnError: String?
    /// Shown when the step already has a due date: moving it asks who moved it and why.
    var canMoveDue: Bool
    var currentDue: String
    var moveSelects: [SelectField]
    var moveReasonText: FormField
    var hasErrors: Bool
    var conflict: String?
    var storedSteps: [String]

    init(
        chrome: PageChrome, deal: Versioned<Opportunity>, account: Account, step: BuyingStep?, draft: StepDraft,
        errors: FieldErrors = FieldErrors(), conflict: String? = nil
    ) {
        self.chrome = chrome
        dealLink = "/deals/" + PathEscaping.segment(deal.value.id.rawValue)
        dealName = deal.value.name
        action = dealLink + "/steps" + (step.map { "/" + PathEscaping.segment($0.id.rawValue) } ?? "")
        heading = step == nil ? "Add a buying step" : "Edit a buying step"
        button = step == nil ? "Add the step" : "Save the step"
        version = deal.version
        texts = [
            FormField(
                name: "title", label: "Step", value: draft.title, error: errors["title"],
                hint: "What the customer does, in their words: \"Security review by Tom's team\"."),
            FormField(
                name: "ownerName", label: "Done by (someone not listed among the account's people)",
                value: draft.ownerName, error: errors["ownerName"], hint: "Optional, such as one of our people."),
            FormField(
                name: "blocker", label: "What blocks it (optional)", value: draft.blocker, error: errors["blocker"]),
            FormField(
                name: "evidence", label: "Evidence it happened (optional)", value: draft.evidence,
                error: errors["evidence"], hint: "What the customer sent or said that shows it, such as minutes."),
        ]
        let people = account.stakeholders.map {
            FormOption(
                value: $0.id.rawValue, label: $0.name + ($0.title.map { ", \($0)" } ?? ""),
                selected: $0.id.rawValue == draft.ownerStakeholderId)
        }
        selects = [
            SelectField(
                name: "status", label: "Status",
                options: Self.options(StepStatus.allCases.map(\.rawValue), selected: draft.status, none: "Not set"),
                error: errors["status"]),
            SelectField(
                name: "owner", label: "Whose step",
                options: Self.options(StepOwner.allCases.map(\.rawValue), selected: draft.owner, none: "Not set"),
                error: errors["owner"], hint: "The customer's, ours (seller), or joint."),
            SelectField(
                name: "ownerStakeholderId", label: "Owner at the customer",
                options: [FormOption(value: "", label: "Nobody named", selected: draft.ownerStakeholderId.isEmpty)]
                    + people,
                error: errors["ownerStakeholderId"]),
            SelectField(
                name: "kind", label: "Kind of step",
                options: [FormOption(value: "", label: "Not set", selected: draft.kind.isEmpty)]
                    + StepKind.allCases.map {
                        FormOption(value: $0.rawValue, label: $0.displayName, selected: $0.rawValue == draft.kind)
                    },
                error: errors["kind"]),
            SelectField(
                name: "visibility", label: "Who sees it",
                options: [
                    FormOption(
                        value: "shared", label: "In the plan shared with the customer", selected: !draft.isInternal),
                    FormOption(value: "internal", label: "Internal: ours only", selected: draft.isInternal),
                ]),
        ]
        due = [
            FormField(
                name: "due", label: "Due (optional)", value: draft.due, error: errors["due"],
                hint: "YYYY-MM-DD. With a step below, the date used until that step gives one.")
        ]
        let others = deal.value.buyingProcess.filter { $0.id != step?.id }
        dueAfter = SelectField(
            name: "dueAfterStep", label: "Or due some days after another step",
            options: [FormOption(value: "", label: "No, a fixed date", selected: draft.dueAfterStep.isEmpty)]
                + others.map {
                    FormOption(value: $0.id.rawValue, label: $0.title, selected: $0.id.rawValue == draft.dueAfterStep)
                },
            error: errors["dueAfterStep"])
        dueAfterDays = FormField(
            name: "dueAfterDays", label: "Days after that step is done", value: draft.dueAfterDays,
            error: errors["dueAfterDays"])
        let waits = Set(draft.dependsOn)
        dependsOn = others.map {
            Choice(value: $0.id.rawValue, label: $0.title, checked: waits.contains($0.id.rawValue))
        }
        hasOtherSteps = !others.isEmpty
        dependsOnError = errors["dependsOn"]
        canMoveDue = step?.due != nil
        currentDue = step?.due?.description ?? ""
        moveSelects = [
            SelectField(
                name: "movedBy", label: "Who moved the date",
                options: [
                    FormOption(value: "", label: "Choose", selected: draft.movedBy.isEmpty),
                    FormOption(
                        value: Initiator.customer.rawValue, label: "The customer's side (buyer)",
                        selected: draft.movedBy == Initiator.customer.rawValue),
                    FormOption(
                        value: Initiator.seller.rawValue, label: "Our side (seller)",
                        selected: draft.movedBy == Initiator.seller.rawValue),
                ],
                error: errors["movedBy"]),
            SelectField(
                name: "moveReason", label: "Why it moved",
                options: [
                    FormOption(
                        value: "", label: "Choose, or write the reason below", selected: draft.moveReason.isEmpty)
                ]
                    + DueChangeReason.allCases.filter { $0 != .other }.map {
                        FormOption(
                            value: $0.rawValue, label: Self.sentence($0.displayName),
                            selected: $0.rawValue == draft.moveReason)
                    },
                error: errors["moveReason"]),
        ]
        moveReasonText = FormField(
            name: "moveReasonText", label: "The reason in your words (optional)", value: draft.moveReasonText,
            error: errors["moveReasonText"])
        hasErrors = !errors.isEmpty
        self.conflict = conflict
        storedSteps =
            conflict == nil
            ? []
            : deal.value.buyingProcess.map { step in
                step.title + " — " + (step.status.map { Wording.words($0.rawValue) } ?? "Not set")
                    + (step.due.map { ", due \($0)" } ?? "")
            }
    }

    static func options(_ values: [String], selected: String, none: String) -> [FormOption] {
        ActivityFormView.options(values, selected: selected, none: none)
    }

    /// "a new obstacle" → "A new obstacle".
    static func sentence(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
