/// A kind of fact a deal's record can hold. The review uses these to tell "not known yet" (the
/// source could not carry it) from "known to be absent" (the source could, and it is not there).
public enum FactKind: String, ClosedVocabulary, Comparable {
    /// The customer's goals the deal is tied to.
    case goals
    /// Trigger, compelling event, cost of doing nothing.
    case needToChange = "need-to-change"
    /// The customer's people and their roles.
    case stakeholders
    /// The customer's buying steps (the mutual action plan).
    case buyingProcess = "buying-process"
    /// Emails, calls, meetings and notes.
    case activities
    case businessCase = "business-case"
    /// Stage and close-date history.
    case history
    case discounts
    /// The currency of the amount.
    case currency

    public static func < (a: FactKind, b: FactKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

extension Opportunity {
    /// The key in ``extra`` of the kinds of facts the deal's source could carry (an array of
    /// ``FactKind`` names). Absent: the source could carry all of them (a pipeline file, or a deal made
    /// in SameSide).
    public static let sourceCarriesKey = "sourceCarries"

    /// The kinds of facts the deal's source could carry; `nil` when it could carry all of them.
    /// Unknown names in the record are ignored. Pure.
    public var sourceCarries: Set<FactKind>? {
        get {
            guard case .array(let values)? = extra[Self.sourceCarriesKey] else { return nil }
            var kinds: Set<FactKind> = []
            for case .string(let name) in values { if let kind = FactKind(rawValue: name) { kinds.insert(kind) } }
            return kinds
        }
        set {
            guard let newValue else {
                extra[Self.sourceCarriesKey] = nil
                return
            }
            extra[Self.sourceCarriesKey] = .array(newValue.sorted().map { .string($0.rawValue) })
        }
    }

    /// Whether facts of `kind` are known for this deal: its source could carry them, or the deal (or
    /// its `account`) holds some anyway (added in SameSide after a CSV import). Pure.
    public func knows(_ kind: FactKind, account: Account?) -> Bool {
        guard let carried = sourceCarries, !carried.contains(kind) else { return true }
        switch kind {
        case .goals: return !goalIds.isEmpty
        case .needToChange: return needToChange != nil
        case .stakeholders: return !(account?.stakeholders.isEmpty ?? true)
        case .buyingProcess: return !buyingProcess.isEmpty
        case .activities: return !activities.isEmpty
        case .businessCase: return businessCase != nil
        case .history: return !stageHistory.isEmpty || !closeDateHistory.isEmpty
        case .discounts: return !discounts.isEmpty
        case .currency: return false
        }
    }

    /// The currency the CRM import recorded for this deal's amount, if any (`extra.crm.currency`). Pure.
    public var crmCurrency: String? {
        guard case .object(let crm)? = extra[CRMRowMapper.crmKey],
            case .string(let code)? = crm[CRMRowMapper.currencyKey]
        else { return nil }
        return code
    }
}
