/// Turns the JSON of each record kind into domain values, reporting every problem on the way.
///
/// Checks here are local to one record (types, vocabularies, dates, required fields, money,
/// confidence, ids unique inside the record). References between records are checked by
/// ``ReferenceIndex``.
struct RecordDecoder {
    let context: DecodingContext

    func header(_ reader: inout ObjectReader) -> PipelineHeader {
        let format = reader.string("format", required: true)
        if let format, format != Pipeline.formatName {
            context.at("format") {
                context.error(
                    "unsupported format \"\(ObjectReader.clip(format))\"; expected \"\(Pipeline.formatName)\"")
            }
        }
        let asOf = reader.day("asOf")
        var currency = reader.string("currency") ?? "USD"
        if !Self.isCurrencyCode(currency) {
            context.at("currency") {
                context.error(
                    "expected a three-letter currency code like \"USD\", found \"\(ObjectReader.clip(currency))\"")
            }
            currency = "USD"
        }
        let seller: Seller? = reader.nested("seller") { (item: inout ObjectReader) -> Seller? in self.seller(&item) }
        return PipelineHeader(asOf: asOf, currency: currency, seller: seller)
    }

    static func isCurrencyCode(_ text: String) -> Bool {
        text.utf8.count == 3 && text.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
    }

    func seller(_ reader: inout ObjectReader) -> Seller {
        let name = reader.string("name")
        let problems = reader.indexedArray("problemsWeSolve") { value -> Problem? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let id: ProblemID? = item.id("id", required: true)
            let statement = item.string("statement", required: true)
            let categories = item.vocabularies("goalCategories", GoalCategory.self)
            item.finishWithoutKeeping()
            guard let id, let statement else { return nil }
            return Problem(id: id, statement: statement, goalCategories: categories)
        }
        checkUnique(problems.map { ($0.index, $0.value.id.rawValue) }, key: "problemsWeSolve", kind: "problem")
        let icp = reader.nested("icp") { icp -> IdealCustomerProfile in
            let industries = icp.strings("industries")
            let employees = icp.nested("employees") { range -> EmployeeRange? in
                let min = range.integer("min", minimum: 0)
                let max = range.integer("max", minimum: 0)
                range.finishWithoutKeeping()
                if let min, let max, min > max {
                    context.at("employees") { context.error("min \(min) is greater than max \(max)") }
                }
                return EmployeeRange(min: min, max: max)
            }
            let regions = icp.strings("regions")
            let required: [ProblemID] = icp.ids("requiredProblems")
            let disqualifiers = icp.strings("disqualifiers")
            icp.finishWithoutKeeping()
            return IdealCustomerProfile(
                industries: industries, employees: employees, regions: regions, requiredProblems: required,
                disqualifiers: disqualifiers)
        }
        let extra = reader.finish()
        return Seller(name: name, problemsWeSolve: problems.map(\.value), icp: icp, extra: extra)
    }

    func account(_ reader: inout ObjectReader) -> Account? {
        let id: AccountID? = reader.id("id", required: true)
        let name = reader.string("name", required: true)
        let industry = reader.string("industry")
        let employees = reader.integer("employees", minimum: 0)
        let region = reader.string("region")
        let accountContext = reader.nested("context") { ctx -> AccountContext in
            let markets = ctx.string("markets")
            let competitors = ctx.strings("competitors")
            let strategy = ctx.string("strategy")
            let hurdles = ctx.nested("financialHurdles") { h -> FinancialHurdles in
                let payback = h.number("maxPaybackMonths", nonNegative: true)
                let rate = h.number("hurdleRatePercent", nonNegative: true)
                let cycle = h.string("budgetCycle")
                h.finishWithoutKeeping()
                return FinancialHurdles(maxPaybackMonths: payback, hurdleRatePercent: rate, budgetCycle: cycle)
            }
            ctx.finishWithoutKeeping()
            return AccountContext(
                markets: markets, competitors: competitors, strategy: strategy, financialHurdles: hurdles)
        }
        let problems: [ProblemID] = reader.ids("problems")
        let disqualifiers = reader.strings("disqualifiers")
        let goals = reader.indexedArray("goals") { value -> Goal? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return goal(&item)
        }
        checkUnique(goals.map { ($0.index, $0.value.id.rawValue) }, key: "goals", kind: "goal")
        let stakeholders = reader.indexedArray("stakeholders") { value -> Stakeholder? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return stakeholder(&item)
        }
        checkUnique(stakeholders.map { ($0.index, $0.value.id.rawValue) }, key: "stakeholders", kind: "stakeholder")
        let extra = reader.finish()
        // With errors the file is rejected anyway; keeping a record whose id is known avoids
        // follow-on "no account" reports for a missing name.
        guard let id else { return nil }
        let account = Account(
            id: id, name: name ?? "", industry: industry, employees: employees, region: region, context: accountContext,
            problems: problems, disqualifiers: disqualifiers, goals: goals.map(\.value),
            stakeholders: stakeholders.map(\.value), extra: extra)
        checkGoalOwners(goals, stakeholders: account.stakeholders, account: account.id)
        return account
    }

    func goal(_ item: inout ObjectReader) -> Goal? {
        let id: GoalID? = item.id("id", required: true)
        let statement = item.string("statement", required: true)
        let goal = Goal(
            id: id ?? "", statement: statement ?? "", category: item.vocabulary("category", GoalCategory.self),
            metric: item.string("metric"), baseline: item.number("baseline"), target: item.number("target"),
            due: item.day("due"), priority: item.integer("priority", minimum: 1), ownerId: item.id("ownerId"),
            source: item.vocabulary("source", GoalSource.self), evidence: item.string("evidence"))
        item.finishWithoutKeeping()
        return id == nil ? nil : goal
    }

    func stakeholder(_ item: inout ObjectReader) -> Stakeholder? {
        let id: StakeholderID? = item.id("id", required: true)
        let name = item.string("name", required: true)
        let person = Stakeholder(
            id: id ?? "", name: name ?? "", title: item.string("title"),
            roles: item.vocabularies("roles", StakeholderRole.self), personalWin: item.string("personalWin"),
            stance: item.vocabulary("stance", Stance.self), lastContact: item.day("lastContact"))
        item.finishWithoutKeeping()
        return id == nil ? nil : person
    }

    /// References that stay inside one account: goal owners are its stakeholders.
    private func checkGoalOwners(
        _ goals: [(index: Int, value: Goal)], stakeholders: [Stakeholder], account: AccountID
    ) {
        let people = Set(stakeholders.map(\.id))
        for (index, goal) in goals {
            if let owner = goal.ownerId, !people.contains(owner) {
                context.error(
                    at: context.components + [.key("goals"), .index(index), .key("ownerId")],
                    "no stakeholder \"\(owner)\" in account \"\(account)\"")
            }
        }
    }

    func checkUnique(_ ids: [(index: Int, id: String)], key: String, kind: String) {
        guard ids.count > 1 else { return }
        var firstIndex: [String: Int] = [:]
        for (position, (index, id)) in ids.enumerated() {
            // Lists inside one record are short: scanning beats hashing until they are not.
            let first: Int? =
                ids.count <= 16
                ? ids[..<position].first { $0.id == id }?.index
                : firstIndex[id]
            if let first {
                context.error(
                    at: context.components + [.key(key), .index(index), .key("id")],
                    "duplicate \(kind) id \"\(ObjectReader.clip(id))\" (first at \(key)[\(first)])")
            } else if ids.count > 16 {
                firstIndex[id] = index
            }
        }
    }
}
