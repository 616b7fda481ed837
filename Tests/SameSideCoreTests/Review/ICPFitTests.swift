import SameSideCore
import Testing

@Suite("The fit of an account with the Ideal Customer Profile, criterion by criterion")
struct ICPFitTests {
    static let seller = Seller(
        name: "Us", problemsWeSolve: [Problem(id: "p1", statement: "Downtime nobody predicts")],
        icp: IdealCustomerProfile(
            industries: ["Manufacturing"], employees: EmployeeRange(min: 200, max: 5_000), regions: ["EMEA"],
            requiredProblems: ["p1"]))

    static func account(industry: String?, employees: Int?, region: String?, problems: [ProblemID]) -> Account {
        Account(
            id: "a", name: "Acme", industry: industry, employees: employees, region: region, problems: problems)
    }

    @Test("an account inside every criterion fits, each with its reason; no failures")
    func fits() throws {
        let fit = try #require(
            ICPFit(
                account: Self.account(industry: "manufacturing", employees: 900, region: "emea", problems: ["p1"]),
                seller: Self.seller))
        #expect(fit.checks.map(\.outcome) == [.fits, .fits, .fits, .fits])
        #expect(fit.failures.isEmpty && !fit.serious)
        #expect(fit.checks[1].reason == "900 employees is within 200–5,000")
    }

    @Test("what the account does not say is unknown, never a failure")
    func unknown() throws {
        let fit = try #require(
            ICPFit(account: Self.account(industry: nil, employees: nil, region: nil, problems: []), seller: Self.seller)
        )
        #expect(fit.checks.map(\.outcome) == [.unknown, .unknown, .unknown, .unknown])
        #expect(fit.failures.isEmpty)
    }

    @Test("failures keep the review's wording; failuresOnly words nothing else; no profile, no fit")
    func failures() throws {
        let account = Self.account(industry: "Retail", employees: 90_000, region: "EMEA", problems: ["p9"])
        let full = try #require(ICPFit(account: account, seller: Self.seller))
        let lean = try #require(ICPFit(account: account, seller: Self.seller, failuresOnly: true))
        #expect(full.failures == lean.failures)
        #expect(lean.checks.count == 3 && full.checks.count == 4)
        #expect(full.serious)
        #expect(full.failures.last == "does not have the required problem \"Downtime nobody predicts\"")
        #expect(ICPFit(account: account, seller: Seller(name: "Us")) == nil)
    }
}
