/// Turns domain values back into the JSON of the pipeline format, keys in the spec's order and
/// unknown fields kept at the end of their record. Absent values and empty lists are left out. Pure.
enum PipelineEncoder {
    static func header(_ header: PipelineHeader) -> JSONObject {
        var out = JSONObject()
        out.append("format", .string(Pipeline.formatName))
        out.append("asOf", header.asOf.map { .string($0.description) })
        out.append("currency", .string(header.currency))
        out.append("seller", header.seller.map { .object(seller($0)) })
        merge(header.extra, into: &out)
        return out
    }

    static func pipeline(_ pipeline: Pipeline) -> JSONObject {
        var out = header(pipeline.header)
        let extra = pipeline.extra
        for key in extra.keys { out[key] = nil }
        out.append("accounts", .array(pipeline.accounts.map { .object(account($0)) }))
        out.append("opportunities", .array(pipeline.opportunities.map { .object(opportunity($0)) }))
        merge(extra, into: &out)
        return out
    }

    static func seller(_ seller: Seller) -> JSONObject {
        var out = JSONObject()
        out.append("name", string(seller.name))
        out["problemsWeSolve"] = list(seller.problemsWeSolve) { problem in
            var item = JSONObject()
            item.append("id", .string(problem.id.rawValue))
            item.append("statement", .string(problem.statement))
            item.append("goalCategories", list(problem.goalCategories) { .string($0.rawValue) })
            return .object(item)
        }
        if let icp = seller.icp {
            var item = JSONObject()
            item.append("industries", strings(icp.industries))
            if let range = icp.employees {
                var employees = JSONObject()
                employees.append("min", number(range.min.map(Double.init)))
                employees.append("max", number(range.max.map(Double.init)))
                item.append("employees", .object(employees))
            }
            item.append("regions", strings(icp.regions))
            item.append("requiredProblems", strings(icp.requiredProblems.map(\.rawValue)))
            item.append("disqualifiers", strings(icp.disqualifiers))
            out.append("icp", .object(item))
        }
        merge(seller.extra, into: &out)
        return out
    }

    static func account(_ account: Account, kind: Bool = false) -> JSONObject {
        var out = JSONObject()
        if kind { out["kind"] = .string("account") }
        out.append("id", .string(account.id.rawValue))
        out.append("name", .string(account.name))
        out.append("industry", string(account.industry))
        out.append("employees", number(account.employees.map(Double.init)))
        out.append("region", string(account.region))
        if let context = account.context {
            var item = JSONObject()
            item.append("markets", string(context.markets))
            item.append("competitors", strings(context.competitors))
            item.append("strategy", string(context.strategy))
            if let hurdles = context.financialHurdles {
                var h = JSONObject()
                h.append("maxPaybackMonths", number(hurdles.maxPaybackMonths))
                h.append("hurdleRatePercent", number(hurdles.hurdleRatePercent))
                h.append("budgetCycle", string(hurdles.budgetCycle))
                item.append("financialHurdles", .object(h))
            }
            out.append("context", .object(item))
        }
        out.append("problems", strings(account.problems.map(\.rawValue)))
        out.append("disqualifiers", strings(account.disqualifiers))
        out["goals"] = list(account.goals) { goal in
            var item = JSONObject()
            item.append("id", .string(goal.id.rawValue))
            item.append("statement", .string(goal.statement))
            item.append("category", string(goal.category?.rawValue))
            item.append("metric", string(goal.metric))
            item.append("baseline", number(goal.baseline))
            item.append("target", number(goal.target))
            item.append("due", day(goal.due))
            item.append("priority", number(goal.priority.map(Double.init)))
            item.append("ownerId", string(goal.ownerId?.rawValue))
            item.append("source", string(goal.source?.rawValue))
            item.append("evidence", string(goal.evidence))
            return .object(item)
        }
        out["stakeholders"] = list(account.stakeholders) { person in
            var item = JSONObject()
            item.append("id", .string(person.id.rawValue))
            item.append("name", .string(person.name))
            item.append("title", string(person.title))
            item.append("roles", list(person.roles) { .string($0.rawValue) })
            item.append("personalWin", string(person.personalWin))
            item.append("stance", string(person.stance?.rawValue))
            item.append("lastContact", day(person.lastContact))
            return .object(item)
        }
        merge(account.extra, into: &out)
        return out
    }

    static func opportunity(_ deal: Opportunity, kind: Bool = false) -> JSONObject {
        var out = JSONObject()
        if kind { out["kind"] = .string("opportunity") }
        out.append("id", .string(deal.id.rawValue))
        out.append("accountId", .string(deal.accountId.rawValue))
        out.append("name", .string(deal.name))
        out.append("owner", string(deal.owner))
        out.append("amount", number(deal.amount))
        out.append("stage", string(deal.stage))
        out.append("status", .string(deal.status.rawValue))
        out.append("lostReason", string(deal.lostReason?.rawValue))
        out.append("pausedUntil", day(deal.pausedUntil))
        out.append("pauseReason", string(deal.pauseReason))
        out.append("createdDate", day(deal.createdDate))
        out.append("closeDate", day(deal.closeDate))
        out.append("goalIds", strings(deal.goalIds.map(\.rawValue)))
        if let need = deal.needToChange { out["needToChange"] = .object(needToChange(need)) }
        out.append("buyingProcess", list(deal.buyingProcess) { .object(step($0)) })
        out["obstacles"] = list(deal.obstacles) { obstacle in
            var item = JSONObject()
            item.append("description", .string(obstacle.description))
            item.append("status", string(obstacle.status))
            return .object(item)
        }
        if let businessCase = deal.businessCase { out["businessCase"] = .object(self.businessCase(businessCase)) }
        out.append("competition", strings(deal.competition))
        out["stageHistory"] = list(deal.stageHistory) {
            .object(["stage": .string($0.stage), "date": .string($0.date.description)])
        }
        out["closeDateHistory"] = list(deal.closeDateHistory) {
            .object(["closeDate": .string($0.closeDate.description), "changedOn": .string($0.changedOn.description)])
        }
        out["discounts"] = list(deal.discounts) { discount in
            var item = JSONObject()
            item.append("percent", .number(discount.percent))
            item.append("date", day(discount.date))
            item.append("reason", string(discount.reason))
            return .object(item)
        }
        out.append("activities", list(deal.activities) { .object(activity($0)) })
        merge(deal.extra, into: &out)
        return out
    }

    static func needToChange(_ need: NeedToChange) -> JSONObject {
        var out = JSONObject()
        out.append("trigger", string(need.trigger))
        if let event = need.compellingEvent {
            var item = JSONObject()
            item.append("what", string(event.what))
            item.append("date", day(event.date))
            out.append("compellingEvent", .object(item))
        }
        out.append("costOfInactionPerMonth", number(need.costOfInactionPerMonth))
        out.append("costOfInactionBasis", string(need.costOfInactionBasis))
        out.append("costOfInactionGrowthPercentPerMonth", number(need.costOfInactionGrowthPercentPerMonth))
        out.append("changeCost", number(need.changeCost))
        out.append("changeRisks", strings(need.changeRisks))
        out.append("customerAcknowledged", need.customerAcknowledged.map { .bool($0) })
        return out
    }

    static func step(_ step: BuyingStep) -> JSONObject {
        var out = JSONObject()
        out.append("id", .string(step.id.rawValue))
        out.append("title", .string(step.title))
        out.append("kind", string(step.kind?.rawValue))
        out.append("owner", string(step.owner?.rawValue))
        out.append("ownerStakeholderId", string(step.ownerStakeholderId?.rawValue))
        out.append("due", day(step.due))
        out.append("status", string(step.status?.rawValue))
        out.append("completed", day(step.completed))
        out.append("blocker", string(step.blocker))
        out.append("evidence", string(step.evidence))
        out.append("internal", step.internal.map { .bool($0) })
        out.append("dependsOn", strings(step.dependsOn.map(\.rawValue)))
        out.append("ownerName", string(step.ownerName))
        if let after = step.dueAfter {
            out.append(
                "dueAfter", .object(["step": .string(after.step.rawValue), "days": .number(Double(after.days))]))
        }
        out.append("dueChanges", list(step.dueChanges) { .object(dueChange($0)) })
        return out
    }

    static func dueChange(_ change: DueDateChange) -> JSONObject {
        var out = JSONObject()
        out.append("from", day(change.from))
        out.append("to", .string(change.to.description))
        out.append("changedOn", .string(change.changedOn.description))
        out.append("movedBy", string(change.movedBy?.rawValue))
        out.append("reason", string(change.reason?.rawValue))
        out.append("reasonText", string(change.reasonText))
        return out
    }

    static func businessCase(_ input: BusinessCaseInput) -> JSONObject {
        var out = JSONObject()
        out.append("horizonYears", number(input.horizonYears))
        out.append("discountRatePercent", number(input.discountRatePercent))
        out["investment"] = list(input.investment) { line in
            var item = JSONObject()
            item.append("label", string(line.label))
            item.append("oneTime", number(line.oneTime))
            item.append("perYear", number(line.perYear))
            return .object(item)
        }
        out["benefits"] = list(input.benefits) { line in
            var item = JSONObject()
            item.append("goalId", string(line.goalId?.rawValue))
            item.append("label", string(line.label))
            item.append("perYear", number(line.perYear))
            item.append("confidence", number(line.confidence))
            item.append("rampMonths", number(line.rampMonths))
            return .object(item)
        }
        out.append("validatedByCustomer", input.validatedByCustomer.map { .bool($0) })
        return out
    }

    static func activity(_ activity: Activity) -> JSONObject {
        var out = JSONObject()
        out.append("date", .string(activity.date.description))
        out.append("type", string(activity.type?.rawValue))
        out.append("direction", .string(activity.direction.rawValue))
        out.append("initiatedBy", string(activity.initiatedBy?.rawValue))
        out.append("stakeholderIds", strings(activity.stakeholderIds.map(\.rawValue)))
        out.append("summary", string(activity.summary))
        out.append("text", string(activity.text))
        out.append("customerCommitment", string(activity.customerCommitment))
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
