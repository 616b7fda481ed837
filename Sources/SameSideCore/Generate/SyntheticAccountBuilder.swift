/// Builds one synthetic account from its index and a random stream.
struct SyntheticAccountBuilder {
    let index: Int
    let asOf: Day

    func build(using rng: inout SplitMix64) -> Account {
        typealias V = SyntheticVocabulary
        let id = AccountID("a\(index + 1)")
        let name = "\(rng.pick(V.companyFirst))\(rng.pick(V.companySecond)) \(rng.pick(V.companyKind)) \(index + 1)"
        let inICP = rng.chance(0.85)
        let industry = inICP ? rng.pick(Array(V.industries.prefix(5))) : rng.pick(Array(V.industries.suffix(4)))
        let employees = inICP ? rng.int(200...20_000) : rng.int(20...400)
        let stakeholderCount = rng.int(2...8)
        var stakeholders: [Stakeholder] = []
        for k in 0..<stakeholderCount {
            let role = k == 0 ? V.roles[rng.int(2...3)] : rng.pick(V.roles)
            stakeholders.append(
                Stakeholder(
                    id: StakeholderID("\(id)-s\(k + 1)"), name: "\(rng.pick(V.firstNames)) \(rng.pick(V.lastNames))",
                    title: role.title, roles: role.roles, stance: Self.stance(using: &rng),
                    lastContact: rng.chance(0.7) ? asOf.adding(days: -rng.int(0...90)) : nil))
        }
        let goalCount = rng.int(1...3)
        var goals: [Goal] = []
        for k in 0..<goalCount {
            let template = rng.pick(V.goals)
            let stated = rng.chance(0.65)
            let measured = rng.chance(0.75)
            goals.append(
                Goal(
                    id: GoalID("\(id)-g\(k + 1)"), statement: template.statement, category: template.category,
                    metric: measured ? template.metric : nil, baseline: measured ? template.baseline : nil,
                    target: measured ? template.target : nil, due: asOf.adding(days: rng.int(60...540)),
                    priority: rng.int(1...3), ownerId: stakeholders[rng.int(0...(stakeholders.count - 1))].id,
                    source: stated ? .customerStated : .sellerAssumed,
                    evidence: stated ? "said in a meeting" : nil))
        }
        let problemCount = inICP ? rng.int(1...3) : rng.int(0...1)
        let problems = (0..<problemCount).map { ProblemID("p\($0 + (inICP ? 1 : 2))") }
        return Account(
            id: id, name: name, industry: industry, employees: employees,
            region: inICP ? rng.pick(Array(V.regions.prefix(2))) : rng.pick(V.regions),
            context: AccountContext(
                markets: "\(industry) customers", competitors: rng.chance(0.5) ? ["in-house build"] : [],
                strategy: rng.chance(0.5) ? "grow margin" : nil,
                financialHurdles: rng.chance(0.6)
                    ? FinancialHurdles(
                        maxPaybackMonths: Double(rng.int(6...30)), hurdleRatePercent: Double(rng.int(6...15)),
                        budgetCycle: "calendar year") : nil),
            problems: problems, goals: goals, stakeholders: stakeholders)
    }

    /// Stances as a real buying group has them: mostly supporters and neutrals, a few sceptics,
    /// an occasional opponent (uniform stances put an opponent in most accounts).
    static func stance(using rng: inout SplitMix64) -> Stance {
        let roll = rng.int(0...99)
        switch roll {
        case 0..<35: return .supporter
        case 35..<65: return .neutral
        case 65..<80: return .unknown
        case 80..<94: return .skeptic
        default: return .opponent
        }
    }
}
