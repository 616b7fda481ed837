import SameSideCore

/// Converts the nested parts of accounts, deals and the seller to and from the JSON documents the
/// SQL store keeps beside its plain columns. Keys follow the pipeline file format.
///
/// Pure. Decoding is lenient about missing keys (they mean "unknown") but throws
/// ``StoreError/corrupt(_:)`` when a required value is missing or has the wrong type.
enum RecordCodec {
    // MARK: Account

    /// Everything of an account but id, name, industry, employees and region.
    static func accountDetail(_ a: Account) -> JSONValue {
        var o = JSONObject()
        if let c = a.context {
            var co = JSONObject()
            co.put("markets", c.markets)
            co.put("competitors", c.competitors)
            co.put("strategy", c.strategy)
            if let h = c.financialHurdles {
                var ho = JSONObject()
                ho.put("maxPaybackMonths", h.maxPaybackMonths)
                ho.put("hurdleRatePercent", h.hurdleRatePercent)
                ho.put("budgetCycle", h.budgetCycle)
                co["financialHurdles"] = .object(ho)
            }
            o["context"] = .object(co)
        }
        o.put("problems", a.problems.map(\.rawValue))
        o.put("disqualifiers", a.disqualifiers)
        if !a.goals.isEmpty { o["goals"] = .array(a.goals.map(goal)) }
        if !a.stakeholders.isEmpty { o["stakeholders"] = .array(a.stakeholders.map(stakeholder)) }
        if !a.extra.isEmpty { o["extra"] = .object(a.extra) }
        return .object(o)
    }

    static func applyAccountDetail(_ value: JSONValue, to a: inout Account) throws(StoreError) {
        let o = try value.objectValue("account detail")
        if let co = o["context"] {
            let c = try co.objectValue("context")
            var context = AccountContext(
                markets: try c.string("markets"), competitors: try c.strings("competitors"),
                strategy: try c.string("strategy"))
            if let ho = c["financialHurdles"] {
                let h = try ho.objectValue("financialHurdles")
                context.financialHurdles = FinancialHurdles(
                    maxPaybackMonths: try h.number("maxPaybackMonths"),
                    hurdleRatePercent: try h.number("hurdleRatePercent"), budgetCycle: try h.string("budgetCycle"))
            }
            a.context = context
        }
        a.problems = try o.strings("problems").map { ProblemID($0) }
        a.disqualifiers = try o.strings("disqualifiers")
        a.goals = try o.objects("goals").map { (g) throws(StoreError) in
            Goal(
                id: GoalID(try g.required("id")), statement: try g.required("statement"),
                category: try g.vocabulary("category"), metric: try g.string("metric"),
                baseline: try g.number("baseline"), target: try g.number("target"), due: try g.day("due"),
                priority: try g.int("priority"), ownerId: try g.string("ownerId").map { StakeholderID($0) },
                source: try g.vocabulary("source"), evidence: try g.string("evidence"))
        }
        a.stakeholders = try o.objects("stakeholders").map { (s) throws(StoreError) in
            Stakeholder(
                id: StakeholderID(try s.required("id")), name: try s.required("name"), title: try s.string("title"),
                roles: try s.vocabularies("roles"), personalWin: try s.string("personalWin"),
                stance: try s.vocabulary("stance"), lastContact: try s.day("lastContact"))
        }
        if let extra = o["extra"] { a.extra = try extra.objectValue("extra") }
    }

    private static func goal(_ g: Goal) -> JSONValue {
        var o = JSONObject()
        o.put("id", g.id.rawValue)
        o.put("statement", g.statement)
        o.put("category", g.category?.rawValue)
        o.put("metric", g.metric)
        o.put("baseline", g.baseline)
        o.put("target", g.target)
        o.put("due", g.due?.description)
        o.put("priority", g.priority.map(Double.init))
        o.put("ownerId", g.ownerId?.rawValue)
        o.put("source", g.source?.rawValue)
        o.put("evidence", g.evidence)
        return .object(o)
    }

    private static func stakeholder(_ s: Stakeholder) -> JSONValue {
        var o = JSONObject()
        o.put("id", s.id.rawValue)
        o.put("name", s.name)
        o.put("title", s.title)
        o.put("roles", s.roles.map(\.rawValue))
        o.put("personalWin", s.personalWin)
        o.put("stance", s.stance?.rawValue)
        o.put("lastContact", s.lastContact?.description)
        return .object(o)
    }

    // MARK: Opportunity

    /// Everything of a deal but its plain columns (id, account, name, owner, amount, stage, status,
    /// created and close dates) and its `extra`.
    static func opportunityDetail(_ d: Opportunity) -> JSONValue {
        var o = JSONObject()
        o.put("lostReason", d.lostReason?.rawValue)
        o.put("pausedUntil", d.pausedUntil?.description)
        o.put("pauseReason", d.pauseReason)
        o.put("goalIds", d.goalIds.map(\.rawValue))
        if let n = d.needToChange {
            var no = JSONObject()
            no.put("trigger", n.trigger)
            if let e = n.compellingEvent {
                var eo = JSONObject()
                eo.put("what", e.what)
                eo.put("date", e.date?.description)
                no["compellingEvent"] = .object(eo)
            }
            no.put("costOfInactionPerMonth", n.costOfInactionPerMonth)
            no.put("costOfInactionBasis", n.costOfInactionBasis)
            no.put("costOfInactionGrowthPercentPerMonth", n.costOfInactionGrowthPercentPerMonth)
            no.put("changeCost", n.changeCost)
            no.put("changeRisks", n.changeRisks)
            no.put("customerAcknowledged", n.customerAcknowledged)
            o["needToChange"] = .object(no)
        }
        if !d.buyingProcess.isEmpty {
            o["buyingProcess"] = .array(
                d.buyingProcess.map { s in
                    var so = JSONObject()
                    so.put("id", s.id.rawValue)
                    so.put("title", s.title)
                    so.put("kind", s.kind?.rawValue)
                    so.put("owner", s.owner?.rawValue)
                    so.put("ownerStakeholderId", s.ownerStakeholderId?.rawValue)
                    so.put("due", s.due?.description)
                    so.put("status", s.status?.rawValue)
                    so.put("completed", s.completed?.description)
                    so.put("blocker", s.blocker)
                    so.put("evidence", s.evidence)
                    so.put("internal", s.internal)
                    so.put("dependsOn", s.dependsOn.map(\.rawValue))
                    return .object(so)
                })
        }
        if !d.obstacles.isEmpty {
            o["obstacles"] = .array(
                d.obstacles.map { x in
                    var xo = JSONObject()
                    xo.put("description", x.description)
                    xo.put("status", x.status)
                    return .object(xo)
                })
        }
        if let b = d.businessCase {
            var bo = JSONObject()
            bo.put("horizonYears", b.horizonYears)
            bo.put("discountRatePercent", b.discountRatePercent)
            bo["investment"] = .array(
                b.investment.map { i in
                    var io = JSONObject()
                    io.put("label", i.label)
                    io.put("oneTime", i.oneTime)
                    io.put("perYear", i.perYear)
                    return .object(io)
                })
            bo["benefits"] = .array(
                b.benefits.map { l in
                    var lo = JSONObject()
                    lo.put("goalId", l.goalId?.rawValue)
                    lo.put("label", l.label)
                    lo.put("perYear", l.perYear)
                    lo.put("confidence", l.confidence)
                    lo.put("rampMonths", l.rampMonths)
                    return .object(lo)
                })
            bo.put("validatedByCustomer", b.validatedByCustomer)
            o["businessCase"] = .object(bo)
        }
        o.put("competition", d.competition)
        if !d.stageHistory.isEmpty {
            o["stageHistory"] = .array(
                d.stageHistory.map { .object(["stage": .string($0.stage), "date": .string($0.date.description)]) })
        }
        if !d.closeDateHistory.isEmpty {
            o["closeDateHistory"] = .array(
                d.closeDateHistory.map {
                    .object([
                        "closeDate": .string($0.closeDate.description), "changedOn": .string($0.changedOn.description),
                    ])
                })
        }
        if !d.discounts.isEmpty {
            o["discounts"] = .array(
                d.discounts.map { x in
                    var xo = JSONObject()
                    xo.put("percent", x.percent)
                    xo.put("date", x.date?.description)
                    xo.put("reason", x.reason)
                    return .object(xo)
                })
        }
        if !d.activities.isEmpty {
            o["activities"] = .array(
                d.activities.map { a in
                    var ao = JSONObject()
                    ao.put("date", a.date.description)
                    ao.put("type", a.type?.rawValue)
                    ao.put("direction", a.direction.rawValue)
                    ao.put("initiatedBy", a.initiatedBy?.rawValue)
                    ao.put("stakeholderIds", a.stakeholderIds.map(\.rawValue))
                    ao.put("summary", a.summary)
                    ao.put("text", a.text)
                    ao.put("customerCommitment", a.customerCommitment)
                    return .object(ao)
                })
        }
        return .object(o)
    }

    static func applyOpportunityDetail(_ value: JSONValue, to d: inout Opportunity) throws(StoreError) {
        let o = try value.objectValue("deal detail")
        d.lostReason = try o.vocabulary("lostReason")
        d.pausedUntil = try o.day("pausedUntil")
        d.pauseReason = try o.string("pauseReason")
        d.goalIds = try o.strings("goalIds").map { GoalID($0) }
        if let nv = o["needToChange"] {
            let n = try nv.objectValue("needToChange")
            var need = NeedToChange(
                trigger: try n.string("trigger"), costOfInactionPerMonth: try n.number("costOfInactionPerMonth"),
                costOfInactionBasis: try n.string("costOfInactionBasis"),
                costOfInactionGrowthPercentPerMonth: try n.number("costOfInactionGrowthPercentPerMonth"),
                changeCost: try n.number("changeCost"), changeRisks: try n.strings("changeRisks"),
                customerAcknowledged: try n.bool("customerAcknowledged"))
            if let ev = n["compellingEvent"] {
                let e = try ev.objectValue("compellingEvent")
                need.compellingEvent = CompellingEvent(what: try e.string("what"), date: try e.day("date"))
            }
            d.needToChange = need
        }
        d.buyingProcess = try o.objects("buyingProcess").map { (s) throws(StoreError) in
            BuyingStep(
                id: StepID(try s.required("id")), title: try s.required("title"), kind: try s.vocabulary("kind"),
                owner: try s.vocabulary("owner"),
                ownerStakeholderId: try s.string("ownerStakeholderId").map { StakeholderID($0) }, due: try s.day("due"),
                status: try s.vocabulary("status"), completed: try s.day("completed"), blocker: try s.string("blocker"),
                evidence: try s.string("evidence"), internal: try s.bool("internal"),
                dependsOn: try s.strings("dependsOn").map { StepID($0) })
        }
        d.obstacles = try o.objects("obstacles").map { (x) throws(StoreError) in
            Obstacle(description: try x.required("description"), status: try x.string("status"))
        }
        if let bv = o["businessCase"] {
            let b = try bv.objectValue("businessCase")
            d.businessCase = BusinessCaseInput(
                horizonYears: try b.number("horizonYears"), discountRatePercent: try b.number("discountRatePercent"),
                investment: try b.objects("investment").map { (i) throws(StoreError) in
                    InvestmentLine(
                        label: try i.string("label"), oneTime: try i.number("oneTime"), perYear: try i.number("perYear")
                    )
                },
                benefits: try b.objects("benefits").map { (l) throws(StoreError) in
                    BenefitLine(
                        goalId: try l.string("goalId").map { GoalID($0) }, label: try l.string("label"),
                        perYear: try l.number("perYear"), confidence: try l.number("confidence"),
                        rampMonths: try l.number("rampMonths"))
                },
                validatedByCustomer: try b.bool("validatedByCustomer"))
        }
        d.competition = try o.strings("competition")
        d.stageHistory = try o.objects("stageHistory").map { (s) throws(StoreError) in
            StageChange(stage: try s.required("stage"), date: try s.requiredDay("date"))
        }
        d.closeDateHistory = try o.objects("closeDateHistory").map { (c) throws(StoreError) in
            CloseDateChange(closeDate: try c.requiredDay("closeDate"), changedOn: try c.requiredDay("changedOn"))
        }
        d.discounts = try o.objects("discounts").map { (x) throws(StoreError) in
            guard let percent = try x.number("percent") else { throw StoreError.corrupt("discount without percent") }
            return Discount(percent: percent, date: try x.day("date"), reason: try x.string("reason"))
        }
        d.activities = try o.objects("activities").map { (a) throws(StoreError) in
            guard let direction: Direction = try a.vocabulary("direction") else {
                throw StoreError.corrupt("activity without direction")
            }
            return Activity(
                date: try a.requiredDay("date"), type: try a.vocabulary("type"), direction: direction,
                initiatedBy: try a.vocabulary("initiatedBy"),
                stakeholderIds: try a.strings("stakeholderIds").map { StakeholderID($0) },
                summary: try a.string("summary"),
                text: try a.string("text"), customerCommitment: try a.string("customerCommitment"))
        }
    }

    // MARK: Seller

    static func seller(_ s: Seller) -> JSONValue {
        var o = JSONObject()
        o.put("name", s.name)
        o["problemsWeSolve"] = .array(
            s.problemsWeSolve.map { p in
                var po = JSONObject()
                po.put("id", p.id.rawValue)
                po.put("statement", p.statement)
                po.put("goalCategories", p.goalCategories.map(\.rawValue))
                return .object(po)
            })
        if let icp = s.icp {
            var io = JSONObject()
            io.put("industries", icp.industries)
            if let e = icp.employees {
                var eo = JSONObject()
                eo.put("min", e.min.map(Double.init))
                eo.put("max", e.max.map(Double.init))
                io["employees"] = .object(eo)
            }
            io.put("regions", icp.regions)
            io.put("requiredProblems", icp.requiredProblems.map(\.rawValue))
            io.put("disqualifiers", icp.disqualifiers)
            o["icp"] = .object(io)
        }
        if !s.extra.isEmpty { o["extra"] = .object(s.extra) }
        return .object(o)
    }

    static func seller(from value: JSONValue) throws(StoreError) -> Seller {
        let o = try value.objectValue("seller")
        var seller = Seller(name: try o.string("name"))
        seller.problemsWeSolve = try o.objects("problemsWeSolve").map { (p) throws(StoreError) in
            Problem(
                id: ProblemID(try p.required("id")), statement: try p.required("statement"),
                goalCategories: try p.vocabularies("goalCategories"))
        }
        if let iv = o["icp"] {
            let i = try iv.objectValue("icp")
            var icp = IdealCustomerProfile(
                industries: try i.strings("industries"), regions: try i.strings("regions"),
                requiredProblems: try i.strings("requiredProblems").map { ProblemID($0) },
                disqualifiers: try i.strings("disqualifiers"))
            if let ev = i["employees"] {
                let e = try ev.objectValue("employees")
                icp.employees = EmployeeRange(min: try e.int("min"), max: try e.int("max"))
            }
            seller.icp = icp
        }
        if let extra = o["extra"] { seller.extra = try extra.objectValue("extra") }
        return seller
    }
}

extension JSONObject {
    mutating func put(_ key: String, _ value: String?) { if let value { self[key] = .string(value) } }
    mutating func put(_ key: String, _ value: Double?) { if let value { self[key] = .number(value) } }
    mutating func put(_ key: String, _ value: Bool?) { if let value { self[key] = .bool(value) } }
    mutating func put(_ key: String, _ value: [String]) {
        if !value.isEmpty { self[key] = .array(value.map(JSONValue.string)) }
    }

    func string(_ key: String) throws(StoreError) -> String? {
        switch self[key] {
        case nil, .null?: return nil
        case .string(let s)?: return s
        default: throw StoreError.corrupt("\(key) is not a string")
        }
    }

    func required(_ key: String) throws(StoreError) -> String {
        guard let s = try string(key) else { throw StoreError.corrupt("\(key) is missing") }
        return s
    }

    func number(_ key: String) throws(StoreError) -> Double? {
        switch self[key] {
        case nil, .null?: return nil
        case .number(let n)?: return n
        default: throw StoreError.corrupt("\(key) is not a number")
        }
    }

    func int(_ key: String) throws(StoreError) -> Int? {
        guard let n = try number(key) else { return nil }
        guard n.isFinite, n == n.rounded(), abs(n) < 1e15 else { throw StoreError.corrupt("\(key) is not an integer") }
        return Int(n)
    }

    func bool(_ key: String) throws(StoreError) -> Bool? {
        switch self[key] {
        case nil, .null?: return nil
        case .bool(let b)?: return b
        default: throw StoreError.corrupt("\(key) is not a boolean")
        }
    }

    func day(_ key: String) throws(StoreError) -> Day? {
        guard let s = try string(key) else { return nil }
        guard let day = Day(s) else { throw StoreError.corrupt("\(key) is not a date") }
        return day
    }

    func requiredDay(_ key: String) throws(StoreError) -> Day {
        guard let day = try day(key) else { throw StoreError.corrupt("\(key) is missing") }
        return day
    }

    func strings(_ key: String) throws(StoreError) -> [String] {
        switch self[key] {
        case nil, .null?: return []
        case .array(let items)?:
            return try items.map { (item) throws(StoreError) in
                guard case .string(let s) = item else { throw StoreError.corrupt("\(key) holds a non-string") }
                return s
            }
        default: throw StoreError.corrupt("\(key) is not an array")
        }
    }

    func objects(_ key: String) throws(StoreError) -> [JSONObject] {
        switch self[key] {
        case nil, .null?: return []
        case .array(let items)?:
            return try items.map { (item) throws(StoreError) in try item.objectValue(key) }
        default: throw StoreError.corrupt("\(key) is not an array")
        }
    }

    func vocabulary<V: ClosedVocabulary>(_ key: String) throws(StoreError) -> V? {
        guard let s = try string(key) else { return nil }
        guard let v = V(rawValue: s) else { throw StoreError.corrupt("\(key) has unknown value \(s)") }
        return v
    }

    func vocabularies<V: ClosedVocabulary>(_ key: String) throws(StoreError) -> [V] {
        try strings(key).map { (s) throws(StoreError) in
            guard let v = V(rawValue: s) else { throw StoreError.corrupt("\(key) has unknown value \(s)") }
            return v
        }
    }
}

extension JSONValue {
    func objectValue(_ what: String) throws(StoreError) -> JSONObject {
        guard case .object(let o) = self else { throw StoreError.corrupt("\(what) is not an object") }
        return o
    }
}
