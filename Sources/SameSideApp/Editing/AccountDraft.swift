import SameSideCore

/// A customer company's own fields as typed into the account form: name, industry, region, size, their
/// business (markets, competitors, strategy) and financial hurdles. Checked by ``apply(to:)`` into the account,
/// or a message per field; goals, people, problems and disqualifiers are kept as stored. Pure.
public struct AccountDraft: Equatable, Sendable {
    public var name: String
    public var industry: String
    public var region: String
    public var employees: String
    public var markets: String
    public var competitors: String
    public var strategy: String
    public var maxPaybackMonths: String
    public var hurdleRatePercent: String
    public var budgetCycle: String

    public init(
        name: String = "", industry: String = "", region: String = "", employees: String = "", markets: String = "",
        competitors: String = "", strategy: String = "", maxPaybackMonths: String = "", hurdleRatePercent: String = "",
        budgetCycle: String = ""
    ) {
        self.name = name
        self.industry = industry
        self.region = region
        self.employees = employees
        self.markets = markets
        self.competitors = competitors
        self.strategy = strategy
        self.maxPaybackMonths = maxPaybackMonths
        self.hurdleRatePercent = hurdleRatePercent
        self.budgetCycle = budgetCycle
    }

    /// The draft of `account` as it is stored (what the edit form starts from); competitors comma-separated.
    public init(_ account: Account) {
        let hurdles = account.context?.financialHurdles
        self.init(
            name: account.name, industry: account.industry ?? "", region: account.region ?? "",
            employees: account.employees.map(String.init) ?? "", markets: account.context?.markets ?? "",
            competitors: (account.context?.competitors ?? []).joined(separator: ", "),
            strategy: account.context?.strategy ?? "",
            maxPaybackMonths: hurdles?.maxPaybackMonths.map(NumberField.text) ?? "",
            hurdleRatePercent: hurdles?.hurdleRatePercent.map(NumberField.text) ?? "",
            budgetCycle: hurdles?.budgetCycle ?? "")
    }

    /// `account` with this draft's fields, or a message for each field that is not right.
    public func apply(to account: Account) -> Result<Account, FieldErrors> {
        var errors = FieldErrors()
        let name = self.name.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { errors["name"] = "Give the company's name." }
        let texts = [
            ("name", name), ("industry", industry), ("region", region), ("markets", markets),
            ("competitors", competitors), ("strategy", strategy), ("budgetCycle", budgetCycle),
        ]
        for (field, text) in texts where text.count > DealDraft.maxText {
            errors[field] = "Keep it under \(DealDraft.maxText) characters."
        }
        var employees: Int?
        if let number = NumberField.parse(self.employees, field: "employees", into: &errors) {
            if number < 0 || number != number.rounded() || number > 100_000_000 {
                errors["employees"] = "Write the number of employees as a whole number, such as 850."
            } else {
                employees = Int(number)
            }
        }
        let payback = NumberField.parse(maxPaybackMonths, field: "maxPaybackMonths", into: &errors)
        if let payback, payback <= 0 || payback > 600 {
            errors["maxPaybackMonths"] = "Write the months as a number from 1 to 600."
        }
        let rate = NumberField.parse(hurdleRatePercent, field: "hurdleRatePercent", into: &errors)
        if let rate, rate < 0 || rate > 1000 {
            errors["hurdleRatePercent"] = "Write the rate as a percentage from 0 to 1000."
        }
        guard errors.isEmpty else { return .failure(errors) }
        var changed = account
        changed.name = name
        changed.industry = Self.optional(industry)
        changed.region = Self.optional(region)
        changed.employees = employees
        var context = account.context ?? AccountContext()
        context.markets = Self.optional(markets)
        context.competitors = competitors.split(separator: ",").compactMap { Self.optional(String($0)) }
        context.strategy = Self.optional(strategy)
        let cycle = Self.optional(budgetCycle)
        context.financialHurdles =
            payback == nil && rate == nil && cycle == nil
            ? nil : FinancialHurdles(maxPaybackMonths: payback, hurdleRatePercent: rate, budgetCycle: cycle)
        let empty = context.markets == nil && context.competitors.isEmpty && context.strategy == nil
        changed.context = empty && context.financialHurdles == nil ? nil : context
        return .success(changed)
    }

    /// The id a new account named `name` starts from: `a-` and the name's letters and digits, lower-cased,
    /// words joined by `-` (at most 40 characters); ``DealEditing/createAccount(_:in:)`` adds `-2`, `-3`, … when
    /// it is taken.
    public static func baseID(for name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
            if slug.count >= 40 { break }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return "a-" + (slug.isEmpty ? "account" : slug)
    }

    private static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
