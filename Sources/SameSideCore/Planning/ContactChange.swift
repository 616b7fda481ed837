import Foundation

/// A change the customer's contact makes to their own plan from the share page: a step of theirs done or
/// blocked, a new date for one with the reason, a step of their own, or a comment. Each is recorded on the deal
/// as an inbound activity from that contact dated the day it was made, so the seller's timeline and the review
/// see it.
public enum ContactChange: Equatable, Sendable {
    case markDone(step: StepID)
    case markBlocked(step: StepID, blocker: String)
    /// A new due date; `reasonText` is the contact's own words, used when `reason` is `nil` or `.other`.
    case proposeDate(step: StepID, due: Day, reason: DueChangeReason?, reasonText: String?)
    case addStep(title: String, due: Day?)
    case comment(String)

    /// The longest step title, blocker or reason a contact may type.
    public static let maximumShortText = 200
    /// The longest comment.
    public static let maximumComment = 4_000
    /// A contact adds no step once the plan holds this many.
    public static let maximumSteps = 60

    /// `deal` with this change made by `contact` on `today`, or why it cannot be made. Pure.
    ///
    /// A contact changes only steps that are not internal, not cancelled and owned by the customer or jointly;
    /// an internal step answers exactly as a step that does not exist (``ContactChangeError/noSuchStep``).
    public func applied(
        to deal: Opportunity, by contact: PlanContact, on today: Day
    )
        -> Result<Opportunity, ContactChangeError>
    {
        var changed = deal
        let summary: String
        var text: String?
        switch self {
        case .markDone(let id):
            let index: Int
            switch Self.theirStep(id, in: deal) {
            case .success(let found): index = found
            case .failure(let error): return .failure(error)
            }
            guard !deal.buyingProcess[index].isDone else { return .failure(.alreadyDone) }
            changed.buyingProcess[index].status = .done
            changed.buyingProcess[index].completed = today
            changed.buyingProcess[index].blocker = nil
            if changed.buyingProcess[index].evidence == nil {
                changed.buyingProcess[index].evidence = "marked done by \(contact.name) on the shared plan"
            }
            summary = "\(contact.name) marked \"\(deal.buyingProcess[index].title)\" done on the shared plan"
        case .markBlocked(let id, let rawBlocker):
            let index: Int
            switch Self.theirOpenStep(id, in: deal) {
            case .success(let found): index = found
            case .failure(let error): return .failure(error)
            }
            let blocker: String
            switch Self.required(rawBlocker, field: "blocker", limit: Self.maximumShortText) {
            case .success(let valid): blocker = valid
            case .failure(let error): return .failure(error)
            }
            changed.buyingProcess[index].status = .blocked
            changed.buyingProcess[index].completed = nil
            changed.buyingProcess[index].blocker = blocker
            summary = "\(contact.name) marked \"\(deal.buyingProcess[index].title)\" blocked on the shared plan"
            text = blocker
        case .proposeDate(let id, let due, let reason, let rawText):
            let index: Int
            switch Self.theirOpenStep(id, in: deal) {
            case .success(let found): index = found
            case .failure(let error): return .failure(error)
            }
            let typed = rawText?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard typed.count <= Self.maximumShortText else {
                return .failure(.tooLong(field: "reason", limit: Self.maximumShortText))
            }
            guard reason != nil && reason != .other || !typed.isEmpty else { return .failure(.reasonMissing) }
            let current = PlanDates.resolved(deal.buyingProcess)[index].due
            guard current != due else { return .failure(.nothingChanged) }
            let change = DueDateChange(
                from: current, to: due, changedOn: today, movedBy: .customer, reason: reason ?? .other,
                reasonText: typed.isEmpty ? nil : typed)
            changed.buyingProcess[index].due = due
            changed.buyingProcess[index].dueAfter = nil
            changed.buyingProcess[index].dueChanges.append(change)
            let was = current.map { " (was \($0))" } ?? ""
            summary =
                "\(contact.name) moved \"\(deal.buyingProcess[index].title)\" to \(due)\(was) on the shared plan: "
                + (change.reasonDescription ?? "")
        case .addStep(let rawTitle, let due):
            let title: String
            switch Self.required(rawTitle, field: "title", limit: Self.maximumShortText) {
            case .success(let valid): title = valid
            case .failure(let error): return .failure(error)
            }
            guard deal.buyingProcess.count < Self.maximumSteps else {
                return .failure(.tooManySteps(limit: Self.maximumSteps))
            }
            let used = Set(deal.buyingProcess.map(\.id.rawValue))
            var number = 1
            while used.contains("c\(number)") { number += 1 }
            changed.buyingProcess.append(
                BuyingStep(
                    id: StepID("c\(number)"), title: title, owner: .customer, ownerStakeholderId: contact.stakeholderId,
                    due: due, status: .notStarted, ownerName: contact.stakeholderId == nil ? contact.name : nil))
            summary = "\(contact.name) added the step \"\(title)\" to the shared plan"
        case .comment(let rawText):
            let comment: String
            switch Self.required(rawText, field: "comment", limit: Self.maximumComment) {
            case .success(let valid): comment = valid
            case .failure(let error): return .failure(error)
            }
            summary = "\(contact.name) commented on the shared plan: \(comment)"
            text = comment
        }
        changed.activities.append(
            Activity(
                date: today, type: .message, direction: .inbound, initiatedBy: .customer,
                stakeholderIds: contact.stakeholderId.map { [$0] } ?? [], summary: summary, text: text))
        return .success(changed)
    }

    /// The index of step `id` when the contact may change it.
    private static func theirStep(_ id: StepID, in deal: Opportunity) -> Result<Int, ContactChangeError> {
        guard let index = deal.buyingProcess.firstIndex(where: { $0.id == id }),
            deal.buyingProcess[index].internal != true
        else { return .failure(.noSuchStep) }
        let step = deal.buyingProcess[index]
        guard step.owner == .customer || step.owner == .joint, !step.isCancelled else {
            return .failure(.notTheirStep)
        }
        return .success(index)
    }

    /// The index of step `id` when the contact may change it and it is not done yet.
    private static func theirOpenStep(_ id: StepID, in deal: Opportunity) -> Result<Int, ContactChangeError> {
        switch theirStep(id, in: deal) {
        case .success(let index):
            return deal.buyingProcess[index].isDone ? .failure(.alreadyDone) : .success(index)
        case .failure(let error):
            return .failure(error)
        }
    }

    private static func required(_ raw: String, field: String, limit: Int) -> Result<String, ContactChangeError> {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return .failure(.empty(field: field)) }
        guard text.count <= limit else { return .failure(.tooLong(field: field, limit: limit)) }
        return .success(text)
    }
}

/// Why a contact's change was not made. The message is safe to show the contact.
public enum ContactChangeError: Error, Equatable, Sendable {
    /// No step with that id, or one the customer never sees.
    case noSuchStep
    /// The step is the supplier's or cancelled.
    case notTheirStep
    case empty(field: String)
    case tooLong(field: String, limit: Int)
    /// A new date needs a reason chosen or typed.
    case reasonMissing
    /// The step is done: nothing more to mark or move.
    case alreadyDone
    /// The step is already due that day.
    case nothingChanged
    case tooManySteps(limit: Int)

    /// What to tell the contact. Pure.
    public var message: String {
        switch self {
        case .noSuchStep: return "There is no such step in this plan."
        case .notTheirStep: return "That step is the supplier's or was cancelled; ask them to change it."
        case .empty(let field): return "Please fill in the \(field)."
        case .tooLong(let field, let limit): return "The \(field) is too long: at most \(limit) characters."
        case .reasonMissing: return "Please say why the date moves: pick a reason or type one."
        case .alreadyDone: return "That step is done already; nothing changed."
        case .nothingChanged: return "The step is already due that day; nothing changed."
        case .tooManySteps(let limit): return "The plan already has \(limit) steps; ask the supplier to tidy it."
        }
    }
}

/// Who made a change on the share page: the share link's contact, as one of the account's people when the link
/// names one (by id or name), else by the name on the link.
public struct PlanContact: Equatable, Sendable {
    public var name: String
    public var stakeholderId: StakeholderID?

    public init(name: String, stakeholderId: StakeholderID? = nil) {
        self.name = name
        self.stakeholderId = stakeholderId
    }

    /// The person `contact` (as typed on the link) names in `account`. Pure.
    public init(link contact: String, in account: Account) {
        let typed = contact.trimmingCharacters(in: .whitespacesAndNewlines)
        if let person = account.stakeholders.first(where: {
            $0.id.rawValue == typed || $0.name.caseInsensitiveCompare(typed) == .orderedSame
        }) {
            self.init(name: person.name, stakeholderId: person.id)
        } else {
            self.init(name: typed.isEmpty ? "The customer" : typed)
        }
    }
}
