import Foundation
import SameSideCore
import Testing

/// Pipeline file → import → export → import into an empty database → export: identical output.
@Suite struct ImportRoundTripTests {
    /// A generated pipeline: many accounts and deals with varied optional fields, seeded, so every run is the same.
    static func generated(accounts: Int = 40, dealsPerAccount: Int = 5) -> Pipeline {
        var seed: UInt64 = 42
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let base = Day(year: 2026, month: 1, day: 1) ?? Day(ordinal: 0)
        var pipeline = Pipeline(
            asOf: base.adding(days: 328), currency: "USD",
            seller: Seller(
                name: "Generated", problemsWeSolve: [Problem(id: "p1", statement: "Downtime", goalCategories: [.cost])])
        )
        for a in 0..<accounts {
            let accountID = AccountID("acc-\(a)")
            var account = Account(
                id: accountID, name: "Company \(a), \"Inc\"", industry: next(3) == 0 ? nil : "manufacturing",
                employees: next(4) == 0 ? nil : 100 + next(5000), region: ["NA", "EMEA", "APAC"][next(3)],
                problems: next(2) == 0 ? ["p1"] : [])
            if next(2) == 0 {
                account.goals = [
                    Goal(
                        id: GoalID("g\(a)"), statement: "Goal ✓ \(a)", category: .cost, metric: "hours", baseline: 40,
                        target: Double(next(20)), due: base.adding(days: next(500)), source: .customerStated)
                ]
                account.stakeholders = [
                    Stakeholder(id: StakeholderID("s\(a)"), name: "Person \(a)", roles: [.champion])
                ]
            }
            pipeline.accounts.append(account)
            for d in 0..<dealsPerAccount {
                var deal = Opportunity(
                    id: DealID("deal-\(a)-\(d)"), accountId: accountID, name: "Deal \(a)/\(d)\nsecond line",
                    owner: ["Sam", "Ana", nil][next(3)], amount: next(5) == 0 ? nil : Double(next(1_000_000)) / 4,
                    stage: ["discovery", "evaluation", "negotiation"][next(3)], status: [.open, .won, .lost][next(3)],
                    createdDate: base.adding(days: next(200)), closeDate: base.adding(days: 200 + next(200)))
                if deal.status == .lost { deal.lostReason = .noDecision }
                if let goal = account.goals.first, next(2) == 0 { deal.goalIds = [goal.id] }
                if next(2) == 0 {
                    deal.buyingProcess = [
                        BuyingStep(id: "b1", title: "Align", kind: .alignTeam, owner: .customer, status: .done),
                        BuyingStep(id: "b2", title: "PO", kind: .purchaseOrder, status: .notStarted, dependsOn: ["b1"]),
                    ]
                    deal.activities = [
                        Activity(
                            date: base.adding(days: next(300)), type: .email, direction: .outbound,
                            initiatedBy: .seller,
                            text: "just checking in")
                    ]
                }
                if next(3) == 0 { deal.extra = ["crmField": .string("x\(d)"), "n": .number(Double(d))] }
                pipeline.opportunities.append(deal)
            }
        }
        return pipeline
    }

    func roundTrip(_ pipelineFile: String, on db: ImportTestDatabase) throws {
        try db.with { first in
            try db.with { second in
                // given a pipeline imported into a database
                let imported = try CLIRunner.run(["import", pipelineFile, "--from", "pipeline", "--database", first])
                #expect(imported.status == 0, "\(imported.stderr)")
                // when it is exported, imported into an empty database and exported again
                let export1 = try CLIRunner.run(["export", "--database", first])
                #expect(export1.status == 0, "\(export1.stderr)")
                try ImportTestDatabase.withFile(Array(export1.stdoutBytes), suffix: ".json") { file in
                    let reimported = try CLIRunner.run(["import", file, "--from", "pipeline", "--database", second])
                    #expect(reimported.status == 0, "\(reimported.stderr)")
                }
                let export2 = try CLIRunner.run(["export", "--database", second])
                // then both exports are identical, in every form
                #expect(export1.stdout == export2.stdout)
                #expect(!export1.stdout.isEmpty)
                for format in ["jsonl", "csv"] {
                    let a = try CLIRunner.run(["export", "--format", format, "--database", first])
                    let b = try CLIRunner.run(["export", "--format", format, "--database", second])
                    #expect(a.status == 0 && a.stdout == b.stdout, "\(format): \(a.stderr)")
                }
                // and the export holds the same pipeline as the file
                let original = try PipelineReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: pipelineFile))))
                    .pipeline
                let exported = try PipelineReader.read(Array(export1.stdoutBytes)).pipeline
                #expect(exported.header == original.header)
                #expect(exported.accounts.sorted { $0.id < $1.id } == original.accounts.sorted { $0.id < $1.id })
                #expect(
                    exported.opportunities.sorted { $0.id < $1.id } == original.opportunities.sorted { $0.id < $1.id })
            }
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func theDemoPipelineRoundTripsIdentically(_ db: ImportTestDatabase) throws {
        try roundTrip(CLIRunner.fixture("import/wheres-the-po.pipeline.json").path, on: db)
    }

    @Test(arguments: ImportTestDatabase.available)
    func aGeneratedPipelineRoundTripsIdentically(_ db: ImportTestDatabase) throws {
        try ImportTestDatabase.withFile(Array(PipelineWriter.json(Self.generated()).utf8), suffix: ".json") { file in
            try roundTrip(file, on: db)
        }
    }

    @Test(arguments: ImportTestDatabase.available)
    func aCSVExportImportedBackGivesTheSameCSV(_ db: ImportTestDatabase) throws {
        try db.with { first in
            try db.with { second in
                let file = CLIRunner.fixture("import/salesforce-opportunities.csv").path
                _ = try CLIRunner.run(["import", file, "--from", "salesforce", "--database", first])
                let csv1 = try CLIRunner.run(["export", "--format", "csv", "--database", first])
                try ImportTestDatabase.withFile(Array(csv1.stdoutBytes)) { exported in
                    let result = try CLIRunner.run(["import", exported, "--from", "salesforce", "--database", second])
                    #expect(result.status == 0, "\(result.stderr)")
                }
                let csv2 = try CLIRunner.run(["export", "--format", "csv", "--database", second])
                #expect(csv1.stdout == csv2.stdout)
                #expect(csv1.stdout.split(separator: "\r\n").count == 6)
            }
        }
    }
}
