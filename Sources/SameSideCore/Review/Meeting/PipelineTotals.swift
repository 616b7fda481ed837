/// A count of deals and their amounts, kept per currency so different currencies are never added.
public struct MoneyTotal: Equatable, Sendable {
    public var deals = 0
    /// Sum of the amounts per currency code.
    public var amounts: [String: Double] = [:]
    /// Deals without an amount.
    public var unpriced = 0

    public init() {}

    /// Counts one deal. Pure.
    public mutating func add(amount: Double?, currency: String) {
        deals += 1
        if let amount, amount.isFinite { amounts[currency, default: 0] += amount } else { unpriced += 1 }
    }

    /// `USD 1,240,000` or `EUR 80,000 + USD 95,000` (one sum per currency, sorted by code); `—` for none.
    public var moneyText: String {
        let parts = amounts.keys.sorted().map { ReviewText.money(amounts[$0] ?? 0, $0) }
        return parts.isEmpty ? "—" : parts.joined(separator: " + ")
    }

    /// `{"deals", "amounts": {"USD": …}, "unpriced"}`, full precision. Pure.
    public var json: JSONValue {
        var money = JSONObject()
        for code in amounts.keys.sorted() { money[code] = .number(amounts[code] ?? 0) }
        var object = JSONObject()
        object["deals"] = .number(Double(deals))
        object["amounts"] = .object(money)
        object["unpriced"] = .number(Double(unpriced))
        return .object(object)
    }
}

/// Totals of a reviewed pipeline per verdict, per owner and per buyer-verified stage. Bounded by the number of
/// verdicts, owners and stages, whatever the number of deals.
public struct PipelineTotals: Equatable, Sendable {
    public var all = MoneyTotal()
    public var byVerdict: [Verdict: MoneyTotal] = [:]
    /// Deals without an owner are under "no owner".
    public var byOwner: [String: MoneyTotal] = [:]
    public var byStage: [BuyerStage: MoneyTotal] = [:]

    public init() {}

    /// The key deals without an owner are counted under.
    public static let noOwner = "no owner"

    /// Counts one deal. Pure.
    public mutating func add(_ review: DealReview, currency pipelineCurrency: String) {
        // A CSV deal's amount is in the currency its row gave, or in none: never the pipeline's guess.
        let currency = review.currency ?? pipelineCurrency
        all.add(amount: review.amount, currency: currency)
        byVerdict[review.verdict, default: MoneyTotal()].add(amount: review.amount, currency: currency)
        byOwner[review.owner ?? Self.noOwner, default: MoneyTotal()].add(amount: review.amount, currency: currency)
        byStage[review.buyerVerifiedStage, default: MoneyTotal()].add(amount: review.amount, currency: currency)
    }

    /// Owners with the most deals first, then by name.
    public var ownersByDeals: [String] {
        byOwner.keys.sorted { lhs, rhs in
            let left = byOwner[lhs]?.deals ?? 0
            let right = byOwner[rhs]?.deals ?? 0
            return left != right ? left > right : lhs < rhs
        }
    }

    /// `{"all", "byVerdict", "byOwner", "byStage"}`, each a ``MoneyTotal``. Pure.
    public var json: JSONValue {
        var verdicts = JSONObject()
        for verdict in Verdict.worstFirst {
            if let total = byVerdict[verdict] { verdicts[verdict.rawValue] = total.json }
        }
        var owners = JSONObject()
        for owner in ownersByDeals { owners[owner] = byOwner[owner]?.json ?? .null }
        var stages = JSONObject()
        for stage in BuyerStage.allCases { if let total = byStage[stage] { stages[stage.rawValue] = total.json } }
        var object = JSONObject()
        object["all"] = all.json
        object["byVerdict"] = .object(verdicts)
        object["byOwner"] = .object(owners)
        object["byStage"] = .object(stages)
        return .object(object)
    }
}
