/// What later records may refer to: the seller's problems and each account's goals and people.
///
/// It holds ids only, never whole records, so a streamed pipeline needs memory in proportion to
/// its accounts, not its deals. Duplicate deal ids are the caller's to find (the whole-document
/// reader keeps them in memory; the JSON Lines decoder uses a ``DuplicateIDFinder``).
struct ReferenceIndex {
    struct AccountRefs {
        var goals: Set<GoalID>
        var stakeholders: Set<StakeholderID>
        /// Where the account was first seen: an array index or a line number.
        var position: Int
    }

    private(set) var problems: Set<ProblemID> = []
    private var accounts: [AccountID: AccountRefs] = [:]
    /// How positions are described in messages: `accounts[3]` or `line 3`.
    let describePosition: (_ kind: String, _ position: Int) -> String

    init(describePosition: @escaping (_ kind: String, _ position: Int) -> String) {
        self.describePosition = describePosition
    }

    mutating func register(seller: Seller?, context: DecodingContext, at base: [DecodingContext.Component]) {
        guard let seller else { return }
        problems = Set(seller.problemsWeSolve.map(\.id))
        for (index, required) in (seller.icp?.requiredProblems ?? []).enumerated() where !problems.contains(required) {
            context.error(
                at: base + [.key("seller"), .key("icp"), .key("requiredProblems"), .index(index)],
                "no problem \"\(required)\" in the seller's problemsWeSolve")
        }
    }

    /// Checks the account's references and records it; reports a duplicate id.
    mutating func register(
        account: Account, position: Int, context: DecodingContext, at base: [DecodingContext.Component]
    ) {
        for (index, problem) in account.problems.enumerated() where !problems.contains(problem) {
            context.error(
                at: base + [.key("problems"), .index(index)],
                "no problem \"\(problem)\" in the seller's problemsWeSolve")
        }
        if let existing = accounts[account.id] {
            context.error(
                at: base + [.key("id")],
                "duplicate account id \"\(account.id)\" (first at \(describePosition("accounts", existing.position)))")
            return
        }
        accounts[account.id] = AccountRefs(
            goals: Set(account.goals.map(\.id)), stakeholders: Set(account.stakeholders.map(\.id)), position: position)
    }

    /// The message for a deal id met again.
    func duplicateDealMessage(_ id: String, first: Int) -> String {
        "duplicate opportunity id \"\(ObjectReader.clip(id))\" (first at \(describePosition("opportunities", first)))"
    }

    /// Checks a deal's references against the accounts registered so far.
    func check(deal: Opportunity, context: DecodingContext, at base: [DecodingContext.Component]) {
        guard let account = accounts[deal.accountId] else {
            context.error(at: base + [.key("accountId")], "no account \"\(deal.accountId)\"")
            return
        }
        let owner = "in account \"\(deal.accountId)\""
        for (index, goal) in deal.goalIds.enumerated() where !account.goals.contains(goal) {
            context.error(at: base + [.key("goalIds"), .index(index)], "no goal \"\(goal)\" \(owner)")
        }
        for (index, step) in deal.buyingProcess.enumerated() {
            if let person = step.ownerStakeholderId, !account.stakeholders.contains(person) {
                context.error(
                    at: base + [.key("buyingProcess"), .index(index), .key("ownerStakeholderId")],
                    "no stakeholder \"\(person)\" \(owner)")
            }
        }
        for (index, activity) in deal.activities.enumerated() {
            for (position, person) in activity.stakeholderIds.enumerated() where !account.stakeholders.contains(person)
            {
                context.error(
                    at: base + [.key("activities"), .index(index), .key("stakeholderIds"), .index(position)],
                    "no stakeholder \"\(person)\" \(owner)")
            }
        }
        for (index, benefit) in (deal.businessCase?.benefits ?? []).enumerated() {
            if let goal = benefit.goalId, !account.goals.contains(goal) {
                context.error(
                    at: base + [.key("businessCase"), .key("benefits"), .index(index), .key("goalId")],
                    "no goal \"\(goal)\" \(owner)")
            }
        }
    }
}
