/// What the review needs from a deal's business case, computed by ``BusinessCaseCalculator``
/// (the `sameside case` conventions), so both commands always agree.
public struct BusinessCaseFigures: Sendable, Equatable {
    /// The calculator's result; `nil` when the case could not be calculated (see ``problem``).
    public var result: BusinessCaseResult?
    /// Why the case could not be calculated (no benefit lines, a bad field), in the calculator's words.
    public var problem: String?
    /// Some benefit line names a goal.
    public var benefitsTiedToGoals: Bool

    /// `nil` when the deal has no business case at all. Pure.
    public init?(deal: Opportunity, account: Account) {
        guard let input = deal.businessCase else { return nil }
        benefitsTiedToGoals = input.benefits.contains { $0.goalId != nil }
        do {
            result = try BusinessCaseCalculator().calculate(deal, account: account)
            problem = nil
        } catch {
            result = nil
            problem = error.description
        }
    }

    /// The case could be calculated.
    public var isComplete: Bool { result != nil }

    /// The hurdles the case fails, in the contract's wording ("payback 14.2 months > 12 allowed").
    public var failures: [String] { result?.hurdleFailures ?? [] }

    /// Whether the case meets the customer's hurdles; `nil` when incomplete or the customer has none on file.
    public var meetsHurdles: Bool? {
        guard let result, !result.hurdleChecks.isEmpty else { return nil }
        return result.meetsHurdles
    }
}
