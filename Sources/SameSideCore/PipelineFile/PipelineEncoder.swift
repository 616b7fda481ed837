/// Turns domain values back into the JSON of the pipeline format, keys in the spec's order and
/// unknown fields kept at the end of their record. Absent values and empty lists are left out. Pure.
enum PipelineEncoder {
    static func header(_ header: PipelineHeader) -> JSONObject {
        var out = JSONObject()
        out["format"] = .string(Pipeline.formatName)
        out["asOf"] = header.asOf.map { .string($0.description) }
        out["currency"] = .string(header.currency)
        out["seller"] = header.seller.map { .object(seller($0)) }
        merge(header.extra, into: &out)
        return out
    }

    static func pipeline(_ pipeline: Pipeline) -> JSONObject {
        var out = header(pipeline.header)
        let extra = pipeline.extra
        for key in extra.keys { out[key] = nil }
        out["accounts"] = .array(pipeline.accounts.map { .object(account($0)) })
        out["opportunities"] = .array(pipeline.opportunities.map { .object(opportunity($0)) })
        merge(extra, into: &out)
        return out
    }

    static func seller(_ seller: Seller) -> JSONObject {
        var out = JSONObject()
        out["name"] = string(seller.name)
        out["problemsWeSolve"] = list(seller.problemsWeSolve) { problem in
            var item = JSONObject()
            item["id"] = .string(problem.id.rawValue)
            item["statement"] = .string(problem.statement)
            item["goalCategories"] = list(problem.goalCategories) { .string($0.rawValue) }
            return .object(item)
        }
        if let icp = seller.icp {
            var item = JSONObject()
            item["industries"] = strings(icp.industries)
            if let range = icp.employees {
                var employees = JSONObject()
                employees["min"] = number(range.min.map(Double.init))
                employees["max"] = number(range.max.map(Double.init))
                item["employees"] = .object(employees)
            }
            item["regions"] = strings(icp.regions)
            item["requiredProblems"] = strings(icp.requiredProblems.map(\.rawValue))
            item["disqualifiers"] = strings(icp.disqualifiers)
            out["icp"] = .object(item)
        }
        merge(seller.extra, into: &out)
        return out
    }

    static func account(_ account: Account, kind: Bool = false) -> JSONObject {
        var out = JSONObject()
        if kind { out["kind"] = .string("account") }
        out["id"] = .string(account.id.rawValue)
        out["name"] = .string(account.name)
        out["industry"] = string(account.industry)
        out["employees"] = number(account.employees.map(Double.init))
        out["region"] = string(account.region)
        if let context = account.context {
            var item = JSONObject()
            item["markets"] = string(context.markets)
            item["competitors"] = strings(context.competitors)
            item["strategy"] = string(context.strategy)
            if let hurdles = context.financialHurdles {
                var h = JSONObject()
                h["maxPaybackMonths"] = number(hurdles.maxPaybackMonths)
                h["hurdleRatePercent"] = number(hurdles.hurdleRatePercent)
                h["budgetCycle"] = string(hurdles.budgetCycle)
                item["financialHurdles"] = .object(h)
            }
            out["context"] = .object(item)
        }
        out["problems"] = strings(account.problems.map(\.rawValue))
        out["disqualifiers"] = strings(account.disqualifiers)
        out["goals"] = list(account.goals) { goal in
            var item = JSONObject()
            item["id"] = .string(goal.id.rawValue)
            item["statement"] = .string(goal.statement)
            item["category"] = string(goal.category?.rawValue)
            item["metric"] = string(goal.metric)
            item["baseline"] = number(goal.baseline)
            item["target"] = number(goal.target)
            item["due"] = day(goal.due)
            item["priority"] = number(goal.priority.map(Double.init))
            item["ownerId"] = string(goal.ownerId?.rawValue)
            item["source"] = string(goal.source?.rawValue)
            item["evidence"] = string(goal.evidence)
            return .object(item)
        }
        out["stakeholders"] = list(account.stakeholders) { person in
            var item = JSONObject()
            item["id"] = .string(person.id.rawValue)
            item["name"] = .string(person.name)
            item["title"] = string(person.title)
            item["roles"] = list(person.roles) { .string($0.rawValue) }
            item["personalWin"] = string(person.personalWin)
            item["stance"] = string(person.stance?.rawValue)
            item["lastContact"] = day(person.lastContact)
            return .object(item)
        }
        merge(account.extra, into: &out)
        return out
    }

    static func opportunity(_ deal: Opportunity, kind: Bool = false) -> JSONObject {
        var out = JSONObject()
        if kind { out["kind"] = .string("opportunity") }
        out["id"] = .string(deal.id.rawValue)
        out["accountId"] = .string(deal.accountId.rawValue)
        out["name"] = .string(deal.name)
        out["owner"] = string(deal.owner)
        out["amount"] = number(deal.amount)
        out["stage"] = string(deal.stage)
        out["status"] = .string(deal.status.rawValue)
        out["lostReason"] = string(deal.lostReason?.rawValue)
        out["pausedUntil"] = day(deal.pausedUntil)
        out["pauseReason"] = string(deal.pauseReason)
        out["createdDate"] = day(deal.createdDate)
        out["closeDate"] = day(deal.closeDate)
        out["goalIds"] = strings(deal.goalIds.map(\.rawValue))
        if let need = deal.needToChange { out["needToChange"] = .object(needToChange(need)) }
        out["buyingProcess"] = list(deal.buyingProcess) { .object(step($0)) }
        out["obstacles"] = list(deal.obstacles) { obstacle in
            var item = JSONObject()
            item["description"] = .string(obstacle.description)
            item["status"] = string(obstacle.status)
            return .object(item)
        }
        if let businessCase = deal.businessCase { out["businessCase"] = .object(self.businessCase(businessCase)) }
        out["competition"] = strings(deal.competition)
        out["stageHistory"] = list(deal.stageHistory) {
            .object(["stage": .string($0.stage), "date": .string($0.date.description)])
        }
        out["closeDateHistory"] = list(deal.closeDateHistory) {
            .object(["closeDate": .string($0.closeDate.description), "changedOn": .string($0.changedOn.description)])
        }
        out["discounts"] = list(deal.discounts) { discount in
            var item = JSONObject()
            item["percent"] = .number(discount.percent)
            item["date"] = day(discount.date)
            item["reason"] = string(discount.reason)
            return .object(item)
        }
        out["activities"] = list(deal.activities) { .object(activity($0)) }
        merge(deal.extra, into: &out)
        return out
    }

    static func needToChange(_ need: NeedToChange) -> JSONObject {
        var out = JSONObject()
        out["trigger"] = string(need.trigger)
        if let event = need.compellingEvent {
            var item = JSONObject()
            item["what"] = string(event.what)
            item["date"] = day(event.date)
            out["compellingEvent"] = .object(item)
        }
        out["costOfInactionPerMonth"] = number(need.costOfInactionPerMonth)
        out["costOfInactionBasis"] = string(need.costOfInactionBasis)
        out["costOfInactionGrowthPercentPerMonth"] = number(need.costOfInactionGrowthPercentPerMonth)
        out["changeCost"] = number(need.changeCost)
        out["changeRisks"] = strings(need.changeRisks)
        out["customerAcknowledged"] = need.customerAcknowledged.map { .bool($0) }
        return out
    }

    static func step(_ step: BuyingStep) -> JSONObject {
        var out = JSONObject()
        out["id"] = .string(step.id.rawValue)
        out["title"] = .string(step.title)
        out["kind"] = string(step.kind?.rawValue)
        out["owner"] = string(step.owner?.rawValue)
        out["ownerStakeholderId"] = string(step.ownerStakeholderId?.rawValue)
        out["due"] = day(step.due)
        out["status"] = string(step.status?.rawValue)
        out["completed"] = day(step.completed)
        out["blocker"] = string(step.blocker)
        out["evidence"] = string(step.evidence)
        out["internal"] = step.internal.map { .bool($0) }
        out["dependsOn"] = strings(step.dependsOn.map(\.rawValue))
        return out
    }

    static func businessCase(_ input: BusinessCaseInput) -> JSONObject {
        var out = JSONObject()
        out["horizonYears"] = number(input.horizonYears)
        out["discountRatePercent"] = number(input.discountRatePercent)
        out["investment"] = list(input.investment) { line in
            var item = JSONObject()
            item["label"] = string(line.label)
            item["oneTime"] = number(line.oneTime)
            item["perYear"] = number(line.perYear)
            return .object(item)
        }
        out["benefits"] = list(input.benefits) { line in
            var item = JSONObject()
            item["goalId"] = string(line.goalId?.rawValue)
            item["label"] = string(line.label)
            item["perYear"] = number(line.perYear)
            item["confidence"] = number(line.confidence)
            item["rampMonths"] = number(line.rampMonths)
            return .object(item)
        }
        out["validatedByCustomer"] = input.validatedByCustomer.map { .bool($0) }
        return out
    }

    static func activity(_ activity: Activity) -> JSONObject {
        var out = JSONObject()
        out["date"] = .string(activity.date.description)
        out["type"] = string(activity.type?.rawValue)
        out["direction"] = .string(activity.direction.rawValue)
        out["initiatedBy"] = string(activity.initiatedBy?.rawValue)
        out["stakeholderIds"] = strings(activity.stakeholderIds.map(\.rawValue))
        out["summary"] = string(activity.summary)
        out["text"] = string(activity.text)
        out["customerCommitment"] = string(activity.customerCommitment)
        return out
    }

    private static func string(_ value: String?) -> JSONValue? { value.map { .string($0) } }
    private static func number(_ value: Double?) -> JSONValue? { value.map { .number($0) } }
    private static func day(_ value: Day?) -> JSONValue? { value.map { .string($0.description) } }

    private static func strings(_ values: [String]) -> JSONValue? {
        values.isEmpty ? nil : .array(values.map { .string($0) })
    }

    private static func list<T>(_ values: [T], _ transform: (T) -> JSONValue) -> JSONValue? {
        values.isEmpty ? nil : .array(values.map(transform))
    }

    private static func merge(_ extra: JSONObject, into out: inout JSONObject) {
        for member in extra where out[member.key] == nil { out[member.key] = member.value }
    }
}
