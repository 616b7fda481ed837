extension RecordDecoder {
    func opportunity(_ reader: inout ObjectReader) -> Opportunity? {
        let id: DealID? = reader.id("id", required: true)
        let accountId: AccountID? = reader.id("accountId", required: true)
        let name = reader.string("name", required: true)
        let status = reader.vocabulary("status", DealStatus.self) ?? .open
        var deal = Opportunity(
            id: id ?? "", accountId: accountId ?? "", name: name ?? "", owner: reader.string("owner"),
            amount: reader.money("amount"), stage: reader.string("stage"), status: status,
            lostReason: reader.vocabulary("lostReason", LostReason.self), pausedUntil: reader.day("pausedUntil"),
            pauseReason: reader.string("pauseReason"), createdDate: reader.day("createdDate"),
            closeDate: reader.day("closeDate"), goalIds: reader.ids("goalIds"))
        deal.needToChange = reader.nested("needToChange") { needToChange(&$0) }
        let steps = reader.indexedArray("buyingProcess") { value -> BuyingStep? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return step(&item)
        }
        checkUnique(steps.map { ($0.index, $0.value.id.rawValue) }, key: "buyingProcess", kind: "buying step")
        deal.buyingProcess = steps.map(\.value)
        checkDependencies(steps)
        deal.obstacles = reader.array("obstacles") { value -> Obstacle? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let description = item.string("description", required: true)
            let status = item.string("status")
            item.finishWithoutKeeping()
            return description.map { Obstacle(description: $0, status: status) }
        }
        deal.businessCase = reader.nested("businessCase") { businessCase(&$0) }
        deal.competition = reader.strings("competition")
        deal.stageHistory = reader.array("stageHistory") { value -> StageChange? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let stage = item.string("stage", required: true)
            let date = item.day("date", required: true)
            item.finishWithoutKeeping()
            guard let stage, let date else { return nil }
            return StageChange(stage: stage, date: date)
        }
        deal.closeDateHistory = reader.array("closeDateHistory") { value -> CloseDateChange? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let closeDate = item.day("closeDate", required: true)
            let changedOn = item.day("changedOn", required: true)
            item.finishWithoutKeeping()
            guard let closeDate, let changedOn else { return nil }
            return CloseDateChange(closeDate: closeDate, changedOn: changedOn)
        }
        deal.discounts = reader.array("discounts") { value -> Discount? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let percent = item.number("percent", required: true, nonNegative: true)
            if let percent, percent > 100 {
                context.at("percent") { context.error("must be between 0 and 100, found \(percent)") }
            }
            let discount = Discount(percent: percent ?? 0, date: item.day("date"), reason: item.string("reason"))
            item.finishWithoutKeeping()
            return percent == nil ? nil : discount
        }
        deal.activities = reader.array("activities") { value -> Activity? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            return activity(&item)
        }
        reader.checkStringObject(CRMRowMapper.crmKey)
        reader.checkVocabularyArray(Opportunity.sourceCarriesKey, of: FactKind.self)
        deal.extra = reader.finish(opaque: [CRMRowMapper.crmKey, Opportunity.sourceCarriesKey])
        guard id != nil, accountId != nil else { return nil }
        return deal
    }

    func needToChange(_ item: inout ObjectReader) -> NeedToChange {
        let event = item.nested("compellingEvent") { event -> CompellingEvent in
            let what = event.string("what")
            let date = event.day("date")
            event.finishWithoutKeeping()
            return CompellingEvent(what: what, date: date)
        }
        let need = NeedToChange(
            trigger: item.string("trigger"), compellingEvent: event,
            costOfInactionPerMonth: item.money("costOfInactionPerMonth"),
            costOfInactionBasis: item.string("costOfInactionBasis"),
            costOfInactionGrowthPercentPerMonth: item.number("costOfInactionGrowthPercentPerMonth"),
            changeCost: item.money("changeCost"), changeRisks: item.strings("changeRisks"),
            customerAcknowledged: item.bool("customerAcknowledged"))
        if let growth = need.costOfInactionGrowthPercentPerMonth, growth <= -100 || growth > 1000 {
            context.at("costOfInactionGrowthPercentPerMonth") {
                context.error("expected a monthly growth between -100 and 1000 percent, found \(growth)")
            }
        }
        item.finishWithoutKeeping()
        return need
    }

    func step(_ item: inout ObjectReader) -> BuyingStep? {
        let id: StepID? = item.id("id", required: true)
        let title = item.string("title", required: true)
        let step = BuyingStep(
            id: id ?? "", title: title ?? "", kind: item.vocabulary("kind", StepKind.self),
            owner: item.vocabulary("owner", StepOwner.self), ownerStakeholderId: item.id("ownerStakeholderId"),
            due: item.day("due"), status: item.vocabulary("status", StepStatus.self), completed: item.day("completed"),
            blocker: item.string("blocker"), evidence: item.string("evidence"), internal: item.bool("internal"),
            dependsOn: item.ids("dependsOn"), ownerName: item.string("ownerName"),
            dueAfter: item.nested("dueAfter") { relativeDue(&$0) }, dueChanges: dueChanges(&item))
        item.finishWithoutKeeping()
        return id == nil || title == nil ? nil : step
    }

    private func relativeDue(_ item: inout ObjectReader) -> RelativeDue? {
        let step: StepID? = item.id("step", required: true)
        let days = item.integer("days", required: true, minimum: 0)
        if let days, days > 3650 {
            context.at("days") { context.error("expected a whole number of days from 0 to 3650, found \(days)") }
        }
        item.finishWithoutKeeping()
        guard let step, let days else { return nil }
        return RelativeDue(step: step, days: days)
    }

    private func dueChanges(_ reader: inout ObjectReader) -> [DueDateChange] {
        reader.array("dueChanges") { value -> DueDateChange? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var item = ObjectReader(object, context: context)
            let from = item.day("from")
            let to = item.day("to", required: true)
            let changedOn = item.day("changedOn", required: true)
            let change = DueDateChange(
                from: from, to: to ?? Day(ordinal: 0), changedOn: changedOn ?? Day(ordinal: 0),
                movedBy: item.vocabulary("movedBy", Initiator.self),
                reason: item.vocabulary("reason", DueChangeReason.self), reasonText: item.string("reasonText"))
            item.finishWithoutKeeping()
            return to == nil || changedOn == nil ? nil : change
        }
    }

    private func checkDependencies(_ steps: [(index: Int, value: BuyingStep)]) {
        let known = Set(steps.map(\.value.id))
        for (index, step) in steps {
            for (position, dependency) in step.dependsOn.enumerated() {
                let path =
                    context.components + [
                        .key("buyingProcess"), .index(index), .key("dependsOn"), .index(position),
                    ]
                if dependency == step.id {
                    context.error(at: path, "a step cannot depend on itself")
                } else if !known.contains(dependency) {
                    context.error(at: path, "no buying step \"\(dependency)\" in this deal")
                }
            }
            if let after = step.dueAfter?.step {
                let path = context.components + [.key("buyingProcess"), .index(index), .key("dueAfter"), .key("step")]
                if after == step.id {
                    context.error(at: path, "a step's due date cannot follow the step itself")
                } else if !known.contains(after) {
                    context.error(at: path, "no buying step \"\(after)\" in this deal")
                }
            }
        }
    }

    func businessCase(_ item: inout ObjectReader) -> BusinessCaseInput {
        let horizon = item.number("horizonYears")
        if let horizon, horizon <= 0 || horizon > 50 {
            context.at("horizonYears") { context.error("expected a horizon between 0 and 50 years, found \(horizon)") }
        }
        let rate = item.number("discountRatePercent")
        if let rate, rate < 0 || rate > 1000 {
            context.at("discountRatePercent") {
                context.error("expected a rate between 0 and 1000 percent, found \(rate)")
            }
        }
        let investment = item.array("investment") { value -> InvestmentLine? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var line = ObjectReader(object, context: context)
            let result = InvestmentLine(
                label: line.string("label"), oneTime: line.money("oneTime"), perYear: line.money("perYear"))
            line.finishWithoutKeeping()
            return result
        }
        let benefits = item.array("benefits") { value -> BenefitLine? in
            guard let object = ObjectReader.object(value, context: context) else { return nil }
            var line = ObjectReader(object, context: context)
            let confidence = line.number("confidence")
            if let confidence, !(0...1).contains(confidence) {
                context.at("confidence") { context.error("expected a confidence between 0 and 1, found \(confidence)") }
            }
            let ramp = line.number("rampMonths", nonNegative: true)
            let result = BenefitLine(
                goalId: line.id("goalId"), label: line.string("label"), perYear: line.money("perYear"),
                confidence: confidence, rampMonths: ramp)
            line.finishWithoutKeeping()
            return result
        }
        let validated = item.bool("validatedByCustomer")
        item.finishWithoutKeeping()
        return BusinessCaseInput(
            horizonYears: horizon, discountRatePercent: rate, investment: investment, benefits: benefits,
            validatedByCustomer: validated)
    }

    func activity(_ item: inout ObjectReader) -> Activity? {
        let date = item.day("date", required: true)
        let direction = item.vocabulary("direction", Direction.self, required: true)
        let activity = Activity(
            date: date ?? Day(ordinal: 0), type: item.vocabulary("type", ActivityType.self),
            direction: direction ?? .internal,
            initiatedBy: item.vocabulary("initiatedBy", Initiator.self), stakeholderIds: item.ids("stakeholderIds"),
            summary: item.string("summary"), text: item.string("text"),
            customerCommitment: item.string("customerCommitment"))
        item.finishWithoutKeeping()
        return date == nil || direction == nil ? nil : activity
    }
}
