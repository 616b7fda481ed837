import Foundation
import Testing

@Suite struct PlanCommandTests {
    let wheresThePO = CLIRunner.fixture("case/wheres-the-po.pipeline.json").path
    let demo = CLIRunner.fixture("case/demo.pipeline.json").path

    func questions(_ result: CLIRunner.Result) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
        return try #require(object["questions"] as? [[String: Any]])
    }

    @Test func theWheresThePODealAsksAboutApprovalAndPurchasingAndNamesTheMissingRoles() throws {
        // When
        let result = try CLIRunner.run(["plan", wheresThePO, "--deal", "o-northline-dispatch"])
        // Then
        #expect(result.status == 0, "\(result.stderr)")
        let text = result.stdout
        #expect(text.contains("Who has to approve this at Northline Elevator Services"))
        #expect(text.contains("What does purchasing need before a new supplier can be set up"))
        #expect(text.contains("who raises the purchase order"))
        #expect(text.contains("Missing: procurement"))
        #expect(text.contains("Owen Reyes (CFO) — decides on the budget; not yet met"))
        // and it never simply asks for the PO again
        #expect(!text.lowercased().contains("where is the po"))
        #expect(!text.lowercased().contains("just checking in"))
    }

    @Test func aHealthyDealGetsDifferentQuestions() throws {
        // When
        let stuck = try questions(
            try CLIRunner.run(["plan", wheresThePO, "--deal", "o-northline-dispatch", "--format", "json"]))
        let healthy = try questions(
            try CLIRunner.run(["plan", demo, "--deal", "o-harbor-hospitals", "--format", "json"]))
        // Then
        let stuckGaps = Set(stuck.compactMap { $0["closes"] as? String })
        let healthyGaps = Set(healthy.compactMap { $0["closes"] as? String })
        #expect(stuckGaps.contains("approval-step-unknown"))
        #expect(stuckGaps.contains("no-procurement-contact"))
        #expect(!healthyGaps.contains("approval-step-unknown"))
        #expect(!healthyGaps.contains("no-procurement-contact"))
        #expect(stuckGaps != healthyGaps)
        #expect(healthy.allSatisfy { ($0["question"] as? String)?.isEmpty == false && $0["closes"] != nil })
    }

    @Test func theMeetingCanBeChosen() throws {
        let result = try CLIRunner.run(
            ["plan", demo, "--deal", "o-harbor-hospitals", "--meeting", "kickoff", "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Call plan: kickoff with Harbor Facilities Group"))
        #expect(result.stdout.contains("## Harbor Facilities Group should leave with"))
    }

    @Test(arguments: [
        (["--deal", "nope"], "no deal \"nope\""),
        (["--deal", "o-harbor-hospitals", "--meeting", "lunch"], "lunch"),
        (["--deal", "o-harbor-hospitals", "--as-of", "tomorrow"], "--as-of"),
    ])
    func badInputGivesExitTwo(arguments: [String], expected: String) throws {
        let result = try CLIRunner.run(["plan", demo] + arguments)
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
    }
}
