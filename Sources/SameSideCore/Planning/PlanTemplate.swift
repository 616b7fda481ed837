/// A buying process to start a deal's mutual plan from: the customer's usual steps, who does each, how long each
/// takes once the steps before it are done, and what it waits for.
///
/// ``standard`` is the default buying process; a playbook adds templates per deal type (`planTemplates`).
public struct PlanTemplate: Equatable, Sendable {
    /// One step of the template. `key` names it within the template (for `dependsOn`).
    public struct Step: Equatable, Sendable {
        public var key: String
        /// Worded for what the customer does ("Management approves the change"): the customer reads it.
        public var title: String
        public var kind: StepKind
        public var owner: StepOwner
        /// Days the step takes once every step it depends on is done (0 … 3650).
        public var days: Int
        /// Keys of earlier steps of the template.
        public var dependsOn: [String]
        /// The seller's own step, never shown to the customer.
        public var `internal`: Bool

        public init(
            key: String, title: String, kind: StepKind, owner: StepOwner, days: Int, dependsOn: [String] = [],
            internal: Bool = false
        ) {
            self.key = key
            self.title = title
            self.kind = kind
            self.owner = owner
            self.days = days
            self.dependsOn = dependsOn
            self.internal = `internal`
        }
    }

    /// The name a playbook and `--template` use ("standard", "renewal").
    public var name: String
    /// In an order where every step comes after the steps it depends on.
    public var steps: [Step]

    /// A template. Throws ``PlanTemplateError`` when a key repeats, a dependency is unknown or comes later, or a
    /// duration is out of range. Pure.
    public init(name: String, steps: [Step]) throws(PlanTemplateError) {
        var seen = Set<String>()
        for (index, step) in steps.enumerated() {
            guard !step.key.isEmpty, !seen.contains(step.key) else {
                throw PlanTemplateError(step: index, message: "step key \"\(step.key)\" is empty or repeats")
            }
            guard (0...3650).contains(step.days) else {
                throw PlanTemplateError(step: index, message: "days must be from 0 to 3650, found \(step.days)")
            }
            for dependency in step.dependsOn where !seen.contains(dependency) {
                throw PlanTemplateError(
                    step: index, message: "depends on \"\(dependency)\", which is not an earlier step of the template")
            }
            seen.insert(step.key)
        }
        self.name = name
        self.steps = steps
    }

    /// The default buying process: align the team, success criteria, evaluation, business case, management
    /// approval, budget, security review, legal, procurement, purchase order, signature, kickoff.
    public static let standard: PlanTemplate = {
        let steps: [Step] = [
            Step(
                key: "align", title: "Team agrees on the problem and the goal", kind: .alignTeam, owner: .customer,
                days: 10),
            Step(
                key: "criteria", title: "Success criteria agreed with the people who will judge them",
                kind: .successCriteria, owner: .joint, days: 7, dependsOn: ["align"]),
            Step(
                key: "evaluation", title: "Evaluation against the success criteria", kind: .evaluation, owner: .joint,
                days: 21, dependsOn: ["criteria"]),
            Step(
                key: "case", title: "Business case in the customer's own numbers", kind: .businessCase, owner: .joint,
                days: 10, dependsOn: ["evaluation"]),
            Step(
                key: "approval", title: "Management approves the change", kind: .managementApproval, owner: .customer,
                days: 10, dependsOn: ["case"]),
            Step(
                key: "budget", title: "Budget confirmed for the change", kind: .budget, owner: .customer, days: 7,
                dependsOn: ["approval"]),
            Step(
                key: "security", title: "Security review of the solution", kind: .securityReview, owner: .customer,
                days: 14, dependsOn: ["evaluation"]),
            Step(
                key: "legal", title: "Legal review of the contract terms", kind: .legal, owner: .customer, days: 14,
                dependsOn: ["approval"]),
            Step(
                key: "procurement", title: "Procurement sets up the supplier", kind: .procurement, owner: .customer,
                days: 10, dependsOn: ["budget", "security", "legal"]),
            Step(
                key: "po", title: "Purchase order issued", kind: .purchaseOrder, owner: .customer, days: 5,
                dependsOn: ["procurement"]),
            Step(
                key: "signature", title: "Contract signed by both sides", kind: .signature, owner: .joint, days: 3,
                dependsOn: ["po"]),
            Step(
                key: "kickoff", title: "Kickoff: the first step toward the goal", kind: .kickoff, owner: .joint,
                days: 14, dependsOn: ["signature"]),
        ]
        do {
            return try PlanTemplate(name: "standard", steps: steps)
        } catch {
            fatalError("the standard plan template is invalid: \(error)")
        }
    }()
}

/// A plan template that cannot be used: which step (by position) and why.
public struct PlanTemplateError: Error, Equatable, Sendable {
    public var step: Int
    public var message: String

    public init(step: Int, message: String) {
        self.step = step
        self.message = message
    }
}
