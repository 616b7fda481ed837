/// When each open customer step can be done at the earliest, given due dates and dependencies.
///
/// Steps are looked up by position, not by id: a plan is a handful of steps, and hashing their ids into
/// dictionaries cost more than the scheduling itself.
enum PlanSchedule {
    /// Earliest finish per open step: not before `asOf`, not before its due date, and a day after
    /// each open step it depends on. Done steps are left out. Cycles are cut. Pure.
    static func earliestFinishes(steps: [BuyingStep], asOf: Day) -> [StepID: Day] {
        let graph = PlanGraph(steps)
        var memo = [Day?](repeating: nil, count: steps.count)
        var visiting = [Bool](repeating: false, count: steps.count)
        func finish(_ i: Int) -> Day? {
            guard !steps[i].isDone else { return nil }
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
        var result: [StepID: Day] = [:]
        for i in steps.indices where graph.first[i] == i {
            if let day = finish(i) { result[steps[i].id] = day }
        }
        return result
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
        var byID: [StepID: Int] = [:]
        let indexed = steps.count > 24
        if indexed {
            for (i, step) in steps.enumerated() where byID[step.id] == nil { byID[step.id] = i }
        }
        func position(_ id: StepID) -> Int? {
            indexed ? byID[id] : steps.firstIndex { $0.id == id }
        }
        first = steps.indices.map { position(steps[$0].id) ?? $0 }
        dependencies = steps.map { step in step.dependsOn.isEmpty ? [] : step.dependsOn.compactMap(position) }
    }
}
