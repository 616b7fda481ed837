/// When each open customer step can be done at the earliest, given due dates and dependencies.
enum PlanSchedule {
    /// Earliest finish per open step: not before `asOf`, not before its due date, and a day after
    /// each open step it depends on. Done steps are left out. Cycles are cut. Pure.
    static func earliestFinishes(steps: [BuyingStep], asOf: Day) -> [StepID: Day] {
        var byID: [StepID: BuyingStep] = [:]
        for step in steps where byID[step.id] == nil { byID[step.id] = step }
        var memo: [StepID: Day] = [:]
        var visiting = Set<StepID>()
        func finish(_ id: StepID) -> Day? {
            guard let step = byID[id], !step.isDone else { return nil }
            if let known = memo[id] { return known }
            guard !visiting.contains(id) else { return nil }
            visiting.insert(id)
            var day = max(asOf, step.due ?? asOf)
            for dependency in step.dependsOn {
                if let before = finish(dependency) { day = max(day, before.adding(days: 1)) }
            }
            visiting.remove(id)
            memo[id] = day
            return day
        }
        for step in steps { _ = finish(step.id) }
        return memo
    }

    /// The steps that come after the purchase itself: kickoffs, and steps that depend (directly
    /// or not) on the purchase order or the signature. A close date need not wait for them. Pure.
    static func postPurchaseSteps(_ steps: [BuyingStep]) -> Set<StepID> {
        var byID: [StepID: BuyingStep] = [:]
        for step in steps where byID[step.id] == nil { byID[step.id] = step }
        var memo: [StepID: Bool] = [:]
        func afterPurchase(_ id: StepID, _ visiting: Set<StepID>) -> Bool {
            if let known = memo[id] { return known }
            guard let step = byID[id], !visiting.contains(id) else { return false }
            let result = step.dependsOn.contains { dependency in
                guard let before = byID[dependency] else { return false }
                return before.kind == .purchaseOrder || before.kind == .signature
                    || afterPurchase(dependency, visiting.union([id]))
            }
            memo[id] = result
            return result
        }
        return Set(steps.filter { $0.kind == .kickoff || afterPurchase($0.id, []) }.map(\.id))
    }
}
