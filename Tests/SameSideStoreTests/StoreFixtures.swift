import SameSideCore

/// Records with every field set, so a round trip through a store proves nothing is lost.
enum StoreFixtures {
    static func day(_ text: String) -> Day { Day(text) ?? Day(ordinal: 0) }

    static func account(_ id: String = "a1", name: String = "Northwind Foods") -> Account {
        Account(
            id: AccountID(id), name: name, industry: "food & beverage", employees: 1800, region: "EMEA",
            context: AccountContext(
                markets: "private-label snacks", competitors: ["Contoso Snacks"], strategy: "grow margin 3 points",
                financialHurdles: FinancialHurdles(
                    maxPaybackMonths: 18, hurdleRatePercent: 12.5, budgetCycle: "October")),
            problems: ["p1"], disqualifiers: ["no production sites"],
            goals: [
                Goal(
                    id: "g1", statement: "Cut unplanned downtime on line 3 — \"fast\"",
                    category: .operationalEfficiency,
                    metric: "downtime hours per month", baseline: 40, target: 10, due: day("2027-06-30"), priority: 1,
                    ownerId: "s1", source: .customerStated, evidence: "COO said it\nin October")
            ],
            stakeholders: [
                Stakeholder(
                    id: "s1", name: "Dana Ruiz", title: "COO", roles: [.economicBuyer, .champion],
                    personalWin: "hit the margin plan", stance: .supporter, lastContact: day("2026-11-10"))
            ],
            extra: ["crmTier": .string("gold"), "score": .number(4.5)])
    }

    static func opportunity(_ id: String = "o1", account: String = "a1", amount: Double? = 120_000) -> Opportunity {
        Opportunity(
            id: DealID(id), accountId: AccountID(account), name: "Line 3 monitoring ✓", owner: "Sam Seller",
            amount: amount, stage: "negotiation", status: .open, lostReason: nil, pausedUntil: day("2026-12-01"),
            pauseReason: "plant shutdown", createdDate: day("2026-08-01"), closeDate: day("2026-12-15"),
            goalIds: ["g1"],
            needToChange: NeedToChange(
                trigger: "two missed deliveries",
                compellingEvent: CompellingEvent(what: "contract renewal", date: day("2027-03-01")),
                costOfInactionPerMonth: 45_000, costOfInactionBasis: "lost margin",
                costOfInactionGrowthPercentPerMonth: 2,
                changeCost: 160_000, changeRisks: ["line stoppage"], customerAcknowledged: true),
            buyingProcess: [
                BuyingStep(
                    id: "b1", title: "Ops team agrees", kind: .alignTeam, owner: .customer, ownerStakeholderId: "s1",
                    due: day("2026-10-15"), status: .done, completed: day("2026-10-12"), blocker: nil,
                    evidence: "notes", internal: false, dependsOn: []),
                BuyingStep(
                    id: "b2", title: "PO", kind: .purchaseOrder, status: .blocked, blocker: "capex", dependsOn: ["b1"]),
            ],
            obstacles: [Obstacle(description: "capex freeze", status: "open")],
            businessCase: BusinessCaseInput(
                horizonYears: 3, discountRatePercent: 12,
                investment: [InvestmentLine(label: "licences", oneTime: 40_000, perYear: 80_000)],
                benefits: [
                    BenefitLine(goalId: "g1", label: "downtime", perYear: 300_000, confidence: 0.6, rampMonths: 3)
                ],
                validatedByCustomer: false),
            competition: ["do-nothing"], stageHistory: [StageChange(stage: "discovery", date: day("2026-08-01"))],
            closeDateHistory: [CloseDateChange(closeDate: day("2026-11-30"), changedOn: day("2026-11-01"))],
            discounts: [Discount(percent: 10, date: day("2026-11-20"), reason: "sign this quarter")],
            activities: [
                Activity(
                    date: day("2026-11-18"), type: .email, direction: .outbound, initiatedBy: .seller,
                    stakeholderIds: ["s1"],
                    summary: "asked for the PO", text: "Hi Dana, just checking in…", customerCommitment: nil)
            ],
            extra: ["Probability (%)": .string("60"), "Lead Source": .string("Web")])
    }

    static func header() -> PipelineHeader {
        PipelineHeader(
            asOf: day("2026-11-25"), currency: "EUR",
            seller: Seller(
                name: "Acme Analytics",
                problemsWeSolve: [Problem(id: "p1", statement: "Unplanned downtime", goalCategories: [.cost])],
                icp: IdealCustomerProfile(
                    industries: ["manufacturing"], employees: EmployeeRange(min: 200, max: 20_000), regions: ["EMEA"],
                    requiredProblems: ["p1"], disqualifiers: ["no production sites"])),
            extra: ["generator": .string("tests")])
    }
}
