/// Turns relative due dates ("10 days after the business case is done") into days.
///
/// A step with ``BuyingStep/dueAfter`` is due `days` after its anchor step: after the day the anchor was
/// completed when it is done, else after the anchor's own (resolved) due date. When the anchor gives no day
/// (done without a completion date, or no date at all) the step keeps its fixed `due`. Cycles are cut.
public enum PlanDates {
    /// `steps` with every resolvable relative due date written into `due`; the same array when no step has one.
    /// Pure.
    public static func resolved(_ steps: [BuyingStep]) -> [BuyingStep] {
        guard steps.containsInPlace(where: { $0.pointee.dueAfter != nil }) else { return steps }
        var positions: [StepID: Int] = [:]
        for index in steps.indices where positions[steps[index].id] == nil { positions[steps[index].id] = index }
        var memo = [Day??](repeating: nil, count: steps.count)
        var visiting = [Bool](repeating: false, count: steps.count)
        func due(_ index: Int) -> Day? {
            if let known = memo[index] { return known }
            guard !visiting[index] else { return steps[index].due }
            visiting[index] = true
            defer { visiting[index] = false }
            var result = steps[index].due
            if let relative = steps[index].dueAfter, let anchor = positions[relative.step], anchor != index {
                let base: Day?
                if steps[anchor].isDone {
                    base = steps[anchor].completed
                } else {
                    base = due(anchor)
                }
                if let base { result = base.adding(days: relative.days) }
            }
            memo[index] = .some(result)
            return result
        }
        var result = steps
        for index in result.indices where result[index].dueAfter != nil { result[index].due = due(index) }
        return result
    }
}
