extension PlanTemplate {
    /// Adds the template's steps that the deal's plan does not have yet, with due dates from `anchor`. Pure.
    ///
    /// A template step is already in the plan when a recorded step has its kind (other than `other`) or its
    /// title; recorded steps are never changed, cancelled ones included. New steps wait for the recorded steps
    /// that stand for their dependencies. Forwards (`today`), a step is due its `days` after the latest of `asOf`
    /// and what it waits for. Backwards (`closeDate`), the steps up to the purchase are due as late as the steps
    /// after them allow, the last ones on the close date, and post-purchase steps (kickoff, and steps that wait
    /// for the purchase order or signature) follow.
    ///
    /// Throws ``PlanApplyError`` when planning backwards without a close date ahead.
    public func apply(to deal: Opportunity, anchor: PlanAnchor, asOf: Day) throws(PlanApplyError) -> PlanApplication {
        let recorded = deal.buyingProcess
        let recordedDates = PlanDates.resolved(recorded)
        var existing: [String: Int] = [:]
        for step in steps {
            let title = step.title.lowercased()
            let match = recorded.firstIndex { old in
                (step.kind != .other && old.kind == step.kind) || old.title.lowercased() == title
            }
            if let match { existing[step.key] = match }
        }
        var taken = Set(recorded.map(\.id))
        var ids: [String: StepID] = [:]
        for step in steps {
            if let index = existing[step.key] {
                ids[step.key] = recorded[index].id
                continue
            }
            var id = StepID("plan-\(step.key)")
            var suffix = 2
            while taken.contains(id) {
                id = StepID("plan-\(step.key)-\(suffix)")
                suffix += 1
            }
            taken.insert(id)
            ids[step.key] = id
        }
        /// The day a recorded step is (or was) finished, as far as the plan says.
        func recordedDay(_ index: Int) -> Day? { recorded[index].completed ?? recordedDates[index].due }

        var due: [String: Day] = [:]
        var warnings: [String] = []
        switch anchor {
        case .today:
            for step in steps where existing[step.key] == nil {
                var start = asOf
                for dependency in step.dependsOn {
                    let day = existing[dependency].flatMap(recordedDay) ?? due[dependency]
                    if let day { start = max(start, day) }
                }
                due[step.key] = start.adding(days: step.days)
            }
        case .closeDate:
            guard let close = deal.closeDate else { throw .noCloseDate(deal.id) }
            guard close >= asOf else { throw .closeDatePassed(deal.id, close) }
            let after = postPurchaseKeys()
            for step in steps.reversed() where existing[step.key] == nil && !after.contains(step.key) {
                var latest = close
                for next in steps where !after.contains(next.key) && next.dependsOn.contains(step.key) {
                    let nextDue = existing[next.key].flatMap { recordedDates[$0].due } ?? due[next.key]
                    if let nextDue { latest = min(latest, nextDue.adding(days: -next.days)) }
                }
                due[step.key] = latest
            }
            for step in steps where existing[step.key] == nil && after.contains(step.key) {
                var start = close
                for dependency in step.dependsOn {
                    if let day = existing[dependency].flatMap(recordedDay) ?? due[dependency] {
                        start = max(start, day)
                    }
                }
                due[step.key] = start.adding(days: step.days)
            }
            warnings += tooLateWarnings(due: due, existing: existing, recorded: recorded, dates: recordedDates)
            if let shortfall = shortfall(due: due, existing: existing, asOf: asOf) {
                warnings.append(
                    "the close date \(close) leaves \(ReviewText.count(shortfall.days, "day")) too few: "
                        + "\"\(shortfall.title)\" would have had to start on \(shortfall.start); "
                        + "plan from today to see the date the customer's steps support")
            }
        }

        var plan = recorded
        var added: [StepID] = []
        for step in steps where existing[step.key] == nil {
            guard let id = ids[step.key] else { continue }
            plan.append(
                BuyingStep(
                    id: id, title: step.title, kind: step.kind, owner: step.owner, due: due[step.key],
                    status: .notStarted, internal: step.internal ? true : nil,
                    dependsOn: step.dependsOn.compactMap { ids[$0] }))
            added.append(id)
        }
        let kept = steps.compactMap { step in existing[step.key].map { recorded[$0].id } }
        return PlanApplication(steps: plan, added: added, kept: kept, warnings: warnings)
    }

    /// Keys of the steps after the purchase: kickoffs, and steps other than the order and the signature that wait
    /// (directly or not) for the purchase order or the signature. Pure.
    func postPurchaseKeys() -> Set<String> {
        var result = Set<String>()
        var purchase = Set<String>()
        for step in steps {
            // The order and the signature are the purchase itself, in whichever order the customer does them.
            if step.kind == .purchaseOrder || step.kind == .signature {
                purchase.insert(step.key)
            } else if step.kind == .kickoff
                || step.dependsOn.contains(where: { purchase.contains($0) || result.contains($0) })
            {
                result.insert(step.key)
            }
        }
        return result
    }

    /// New steps that would have to start before a recorded step they wait for is due.
    private func tooLateWarnings(
        due: [String: Day], existing: [String: Int], recorded: [BuyingStep], dates: [BuyingStep]
    ) -> [String] {
        var warnings: [String] = []
        for step in steps {
            guard let day = due[step.key] else { continue }
            let start = day.adding(days: -step.days)
            for dependency in step.dependsOn {
                guard let index = existing[dependency], !recorded[index].isDone, let before = dates[index].due,
                    before > start
                else { continue }
                warnings.append(
                    "\"\(step.title)\" would have to start on \(start), but waits for \"\(recorded[index].title)\", "
                        + "due \(before)")
            }
        }
        return warnings
    }

    /// The new step that would have had to start furthest before `asOf`, if any.
    private func shortfall(
        due: [String: Day], existing: [String: Int], asOf: Day
    ) -> (title: String, start: Day, days: Int)? {
        var worst: (title: String, start: Day, days: Int)?
        for step in steps where existing[step.key] == nil {
            guard let day = due[step.key] else { continue }
            let start = day.adding(days: -step.days)
            let late = start.days(until: asOf)
            if late > 0, late > (worst?.days ?? 0) { worst = (step.title, start, late) }
        }
        return worst
    }
}
