import SameSideApp
import SameSideCore
import SameSideStore

/// The account page: business context and financial hurdles, the customer's goals, the people, the fit with
/// the seller's Ideal Customer Profile with a reason per criterion, and the deals the user may see.
struct AccountView: Sendable {
    struct Fact: Sendable {
        var label: String
        var value: String
    }

    struct FitCheck: Sendable {
        var outcome: String
        var reason: String
    }

    struct DealRow: Sendable {
        var name: String
        var link: String
        var status: String
        var verdict: String?
        var verdictLabel: String?
        var amount: String
        var closeDate: String
        var owner: String
    }

    var chrome: PageChrome
    var name: String
    var peopleFormLink: String
    var accountFormLink: String
    var facts: [Fact]
    var context: [Fact]
    var hasContext: Bool
    var goals: [DealView.Goal]
    var hasGoals: Bool
    var people: [DealView.Person]
    var hasPeople: Bool
    var fitSummary: String?
    var fitChecks: [FitCheck]
    var deals: [DealRow]
    var hasDeals: Bool

    init(
        account: Account, seller: Seller?, deals: [(Opportunity, UserRecord?, DealReview?)], currency: String,
        chrome: PageChrome
    ) {
        self.chrome = chrome
        name = account.name
        peopleFormLink = "/accounts/\(PathEscaping.segment(account.id.rawValue))/people/new"
        accountFormLink = "/accounts/\(PathEscaping.segment(account.id.rawValue))/edit"
        facts = [
            account.industry.map { Fact(label: "Industry", value: $0) },
            account.employees.map { Fact(label: "Employees", value: String($0)) },
            account.region.map { Fact(label: "Region", value: $0) },
        ].compactMap { $0 }
        var context: [Fact] = []
        if let markets = account.context?.markets { context.append(Fact(label: "Markets", value: markets)) }
        if let competitors = account.context?.competitors, !competitors.isEmpty {
            context.append(Fact(label: "Their competitors", value: competitors.joined(separator: ", ")))
        }
        if let strategy = account.context?.strategy { context.append(Fact(label: "Strategy", value: strategy)) }
        if let hurdles = account.context?.financialHurdles {
            if let months = hurdles.maxPaybackMonths {
                context.append(Fact(label: "Longest payback they accept", value: "\(NumberField.text(months)) months"))
            }
            if let rate = hurdles.hurdleRatePercent {
                context.append(Fact(label: "Hurdle rate", value: "\(NumberField.text(rate)) %"))
            }
            if let cycle = hurdles.budgetCycle { context.append(Fact(label: "Budget cycle", value: cycle)) }
        }
        self.context = context
        hasContext = !context.isEmpty
        goals = account.goals.map(DealView.Goal.init)
        hasGoals = !goals.isEmpty
        people = account.stakeholders.map { person in
            var row = DealView.Person(person)
            row.personEditLink =
                "/accounts/\(PathEscaping.segment(account.id.rawValue))/people/\(PathEscaping.segment(person.id.rawValue))/edit"
            return row
        }
        hasPeople = !people.isEmpty
        if let fit = ICPFit(account: account, seller: seller) {
            let outside = fit.checks.filter { $0.outcome == .outside }.count
            let unknown = fit.checks.filter { $0.outcome == .unknown }.count
            fitSummary =
                outside > 0
                ? "Outside the profile on \(outside) of \(fit.checks.count) criteria"
                : unknown > 0
                    ? "No criterion fails; \(unknown) not known yet" : "Fits the profile on every criterion"
            fitChecks = fit.checks.map {
                FitCheck(
                    outcome: $0.outcome == .fits ? "Fits" : $0.outcome == .outside ? "Outside" : "Not known",
                    reason: $0.reason)
            }
        } else {
            fitSummary = nil
            fitChecks = []
        }
        self.deals = deals.map { deal, owner, review in
            DealRow(
                name: deal.name, link: "/deals/" + PathEscaping.segment(deal.id.rawValue),
                status: Wording.words(deal.status.rawValue), verdict: review?.verdict.rawValue,
                verdictLabel: review?.verdict.label,
                amount: Wording.amount(deal.amount, currency: review?.currency ?? currency),
                closeDate: deal.closeDate?.description ?? "—",
                owner: owner.map { $0.name ?? $0.email } ?? (deal.owner.map { "\($0) (unassigned)" } ?? "unassigned"))
        }
        hasDeals = !self.deals.isEmpty
    }
}
