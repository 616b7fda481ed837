/// When each open customer step can be done at the earliest, given due dates and dependencies.
///
/// Steps are looked up by position, not by id: a plan is a handful of steps, and hashing their ids into
/// dictionaries cost more than the scheduling itself.
enum PlanSchedule {
    /// Earliest finish per open step: not before `asOf`, not before its due date, and a day after
    /// each open step it depends on. Done steps are left out. Cycles are cut. Pure.
    ///
    /// Where ids repeat, the first step with an id stands for it (see ``finishes(steps:asOf:)``).
    static func earliestFinishes(steps: [BuyingStep], asOf: Day) -> [StepID: Day] {
        byID(steps: steps, finishes: finishes(steps: steps, asOf: asOf))
    }

    /// `finishes` (by position in `steps`) keyed by step id, the first step with an id standing for it and done
    /// steps left out. Pure.
    static func byID(steps: [BuyingStep], finishes: [Day?]) -> [StepID: Day] {
        var result: [StepID: Day] = [:]
        for (step, finish) in zip(steps, finishes) where result[step.id] == nil {
            if let finish { result[step.id] = finish }
        }
        return result
    }

    /// The earliest finish of each step by position: that of the first step with its id (so a repeated id gets
    /// its first step's finish), `nil` when that step is done. Pure.
    ///
    /// By position rather than in a dictionary of step ids: hashing the ids cost more than the scheduling.
    static func finishes(steps: [BuyingStep], asOf: Day) -> [Day?] {
        let graph = PlanGraph(steps)
        var memo = [Day?](repeating: nil, count: steps.count)
        var visiting = [Bool](repeating: false, count: steps.count)
        return steps.withUnsafeBufferPointer { steps in
            func finish(_ i: Int) -> Day? {
                guard !BuyingStep.isDone(status: steps[i].status, completed: steps[i].completed) else { return nil }
                if let known = memo[i] { return known }
                guard !visiting[i] else { return nil }
                visiting[i] = true
                var day = max(asOf, steps[i].due ?? asOf)
                for dependency in graph.dependencies[i] {
                    if let before = finish(dependency) { day = max(day, before.adding(days: 1)) }
                }
                visiting[i] = false
                memo[i] = day
                return day
            }
            return graph.first.map { finish($0) }
        }
    }

    /// The steps that come after the purchase itself: kickoffs, and steps that depend (directly
    /// or not) on the purchase order or the signature. A close date need not wait for them. Pure.
    static func postPurchaseSteps(_ steps: [BuyingStep]) -> Set<StepID> {
        let graph = PlanGraph(steps)
        var memo = [Bool?](repeating: nil, count: steps.count)
        var onPath = [Bool](repeating: false, count: steps.count)
        func afterPurchase(_ i: Int) -> Bool {
            if let known = memo[i] { return known }
            guard !onPath[i] else { return false }
            onPath[i] = true
            let result = graph.dependencies[i].contains { before in
                steps[before].kind == .purchaseOrder || steps[before].kind == .signature || afterPurchase(before)
            }
            onPath[i] = false
            memo[i] = result
            return result
        }
        var result = Set<StepID>()
        for i in steps.indices where steps[i].kind == .kickoff || afterPurchase(graph.first[i]) {
            result.insert(steps[i].id)
        }
        return result
    }
}

/// A plan's dependencies by position. Where ids repeat, the first step with an id stands for it.
struct PlanGraph {
    /// For each step, the position of the first step with its id.
    let first: [Int]
    /// For each step, the positions of the steps it depends on, in `dependsOn` order (unknown ids left out).
    let dependencies: [[Int]]

    /// Small plans are searched in place; large ones through one dictionary.
    init(_ steps: [BuyingStep]) {
        // Read in place, field by field: `firstIndex(where:)` and `map` copied every step they looked at.
        (first, dependencies) = steps.withUnsafeBufferPointer { steps in
            var byID: [StepID: Int] = [:]
            let indexed = steps.count > 24
            if indexed {
                for i in steps.indices where byID[steps[i].id] == nil { byID[steps[i].id] = i }
            }
            func position(_ id: StepID) -> Int? {
                if indexed { return byID[id] }
                for i in steps.indices where steps[i].id == id { return i }
                return nil
            }
            let first = steps.indices.map { position(steps[$0].id) ?? $0 }
            let dependencies = steps.indices.map { i in
                steps[i].dependsOn.isEmpty ? [] : steps[i].dependsOn.compactMap(position)
            }
            return (first, dependencies)
        }
    }
}
