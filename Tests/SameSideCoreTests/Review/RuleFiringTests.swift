import Testing

@testable import SameSideCore

/// One rule, a deal it must fire on and a deal it must stay silent on.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var rule: RuleID
    var fires: (file: String, deal: String)
    var silent: (file: String, deal: String)

    var testDescription: String { rule.rawValue }

    init(_ rule: RuleID, fires: (String, String), silent: (String, String) = ("pulling", "o-pull")) {
        self.rule = rule
        self.fires = fires
        self.silent = silent
    }
}

@Suite struct RuleFiringTests {
    static let po = ("wheres-the-po", "o-northline-dispatch")

    static let cases: [RuleCase] = [
        RuleCase("outside-icp", fires: ("gaps", "o-nofit")),
        RuleCase("no-problem-we-solve", fires: ("gaps", "o-nofit")),
        RuleCase("no-customer-goal", fires: ("gaps", "o-bare")),
        RuleCase("goal-assumed", fires: ("gaps", "o-assumed")),
        RuleCase("goal-unmeasured", fires: ("gaps", "o-assumed")),
        RuleCase("no-compelling-need", fires: ("gaps", "o-bare")),
        RuleCase("inaction-cheaper", fires: ("gaps", "o-cheap"), silent: po),
        RuleCase("inaction-cost-unknown", fires: ("gaps", "o-assumed")),
        RuleCase("need-not-acknowledged", fires: ("gaps", "o-assumed")),
        RuleCase("no-buying-process", fires: ("gaps", "o-bare")),
        RuleCase("paper-process-unknown", fires: po, silent: ("gaps", "o-late")),
        RuleCase("steps-overdue", fires: ("gaps", "o-late")),
        RuleCase("close-before-steps", fires: ("gaps", "o-late")),
        RuleCase("no-next-step", fires: po),
        RuleCase("no-customer-step", fires: ("plan-rules", "o-ours"), silent: ("plan-rules", "o-moved")),
        RuleCase("customer-steps-on-one-person", fires: ("plan-rules", "o-one"), silent: ("plan-rules", "o-moved")),
        RuleCase("plan-too-long", fires: ("plan-rules", "o-long"), silent: ("plan-rules", "o-moved")),
        RuleCase("steps-worded-for-seller", fires: ("plan-rules", "o-worded"), silent: ("plan-rules", "o-moved")),
        RuleCase("step-dates-moved", fires: ("plan-rules", "o-moved"), silent: ("plan-rules", "o-worded")),
        RuleCase("stage-ahead-of-evidence", fires: po),
        RuleCase("stage-unmapped", fires: ("gaps", "o-unmapped"), silent: po),
        RuleCase("stalled-in-stage", fires: ("gaps", "o-late"), silent: po),
        RuleCase("single-threaded", fires: po),
        RuleCase("not-enough-contacts", fires: ("gaps", "o-late")),
        RuleCase("no-economic-buyer", fires: ("gaps", "o-bare"), silent: po),
        RuleCase("no-power", fires: po),
        RuleCase("seller-chasing", fires: po, silent: ("gaps", "o-paused")),
        RuleCase("ghosted", fires: po, silent: ("gaps", "o-late")),
        RuleCase("no-customer-pull", fires: po, silent: ("gaps", "o-paused")),
        RuleCase("stale", fires: ("gaps", "o-bare"), silent: ("gaps", "o-expired")),
        RuleCase("pause-expired", fires: ("gaps", "o-expired"), silent: ("gaps", "o-paused")),
        RuleCase("pressure-language", fires: po),
        RuleCase("discount-to-accelerate", fires: po),
        RuleCase("pricing-not-discussed", fires: ("gaps", "o-noprice"), silent: po),
        RuleCase("red-flags", fires: ("gaps", "o-late"), silent: po),
        RuleCase("close-date-slipped", fires: ("gaps", "o-late"), silent: po),
        RuleCase("close-date-passed", fires: ("gaps", "o-unmapped"), silent: po),
        RuleCase("no-business-case", fires: po),
        RuleCase("business-case-misses-hurdle", fires: ("gaps", "o-late")),
        RuleCase("what-we-dont-know-yet", fires: ("csv-only", "0068a00009QzX01AAA")),
    ]

    @Test func everyBuiltInRuleHasAFiringCase() {
        let covered = Set(Self.cases.map(\.rule))
        let missing = ReviewRule.all.map(\.id).filter { !covered.contains($0) }
        #expect(missing.isEmpty, "rules without a test case: \(missing)")
    }

    @Test(arguments: cases)
    func ruleFiresOnItsDealWithQuotedEvidence(_ rule: RuleCase) throws {
        // given a deal built to show the pattern
        let input = try ReviewFixtures.input(rule.fires.file, deal: rule.fires.deal)
        // when the rule runs
        let finding = try #require(ReviewRule.all.first { $0.id == rule.rule }?.evaluate(input))
        // then it explains itself fully
        #expect(!finding.title.isEmpty)
        #expect(!finding.evidence.isEmpty)
        #expect((1...3).contains(finding.questions.count))
        #expect(!finding.nextAction.isEmpty)
        #expect(finding.evidence.allSatisfy { !$0.isEmpty })
    }

    @Test(arguments: cases)
    func ruleStaysSilentWhereThePatternIsAbsent(_ rule: RuleCase) throws {
        let input = try ReviewFixtures.input(rule.silent.file, deal: rule.silent.deal)
        let finding = ReviewRule.all.first { $0.id == rule.rule }?.evaluate(input)
        #expect(finding == nil, "\(rule.rule) fired on \(rule.silent.deal): \(finding?.evidence ?? [])")
    }

    @Test func ruleIDsAreUniqueAndKebabCase() {
        let ids = ReviewRule.all.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }

    @Test func nextActionsNeverPressTheCustomer() throws {
        let deals = [
            ("wheres-the-po", "o-northline-dispatch"), ("gaps", "o-late"), ("gaps", "o-bare"), ("gaps", "o-noprice"),
        ]
        for (file, deal) in deals {
            for finding in try ReviewFixtures.review(file, deal: deal).findings {
                let action = finding.nextAction.lowercased()
                for phrase in [
                    "end of quarter", "this quarter", "discount", "sign by", "checking in", "just following up",
                ] {
                    #expect(!action.contains(phrase), "\(finding.rule): \(finding.nextAction)")
                }
            }
        }
    }
}
