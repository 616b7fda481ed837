/// What later records may refer to: the seller's problems, each account's goals and people, and
/// the ids seen so far (for duplicates).
///
/// It holds ids only, never whole records, so a streamed pipeline needs memory in proportion to
/// its accounts, plus about twelve bytes a deal for duplicate detection (a one-pass check for
/// duplicates cannot do with less than a few bytes an item).
struct ReferenceIndex {
    struct AccountRefs {
        var goals: Set<GoalID>
        var stakeholders: Set<StakeholderID>
        /// Where the account was first seen: an array index or a line number.
        var position: Int
    }

    private(set) var problems: Set<ProblemID> = []
    private var accounts: [AccountID: AccountRefs] = [:]
    /// FNV-1a hashes of deal ids → where first seen. A 64-bit collision among a million ids has a
    /// probability near 3·10⁻⁸; the cost of exact strings would be memory that grows with every deal.
    private var deals: [UInt64: UInt32] = [:]
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

    /// Checks a deal's references against the accounts registered so far; reports a duplicate id.
    mutating func check(
        deal: Opportunity, position: Int, context: DecodingContext, at base: [DecodingContext.Component]
    ) {
        let hash = Self.fnv1a(deal.id.rawValue)
        if let first = deals[hash] {
            context.error(
                at: base + [.key("id")],
                "duplicate opportunity id \"\(deal.id)\" (first at \(describePosition("opportunities", Int(first))))")
        } else {
            deals[hash] = UInt32(clamping: position)
        }
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

    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
