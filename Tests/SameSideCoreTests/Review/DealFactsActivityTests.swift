import Testing

@testable import SameSideCore

@Suite struct DealFactsActivityTests {
    let asOf = Day("2026-11-25")!

    func activity(
        _ day: String, _ direction: Direction, by initiator: Initiator? = nil, _ type: ActivityType = .email,
        text: String? = nil
    ) -> Activity {
        Activity(
            date: Day(day)!, type: type, direction: direction, initiatedBy: initiator, stakeholderIds: ["s1"],
            text: text)
    }

    @Test func customerFacingActivitiesAreSortedByDateKeepingFileOrderWithoutNotesOrTheFuture() {
        // given activities out of date order, two on the same day, an internal note and one after asOf
        let activities = [
            activity("2026-11-10", .outbound, text: "b"), activity("2026-11-02", .inbound, text: "a"),
            activity("2026-11-10", .inbound, text: "c"), activity("2026-11-05", .internal, text: "note"),
            activity("2026-12-01", .outbound, text: "future"),
        ]
        // when
        let facing = DealFacts.customerFacing(activities, asOf: asOf)
        // then
        #expect(facing.map(\.text) == ["a", "b", "c"])
        #expect(facing.last?.text == "c")
    }

    @Test func activitiesAlreadyInOrderAreTheDealsOwnAndSubsetsKeepThatOrder() {
        // given activities in date order, none hidden
        let activities = [
            activity("2026-11-01", .outbound, by: .seller, text: "one"),
            activity("2026-11-03", .inbound, text: "two"),
            activity("2026-11-04", .outbound, by: .customer, text: "three"),
            activity("2026-11-06", .outbound, by: .seller, text: "four"),
        ]
        // when
        let facing = DealFacts.customerFacing(activities, asOf: asOf)
        let outreach = facing.select { $0.pointee.direction == .outbound && $0.pointee.initiatedBy != .customer }
        let all = facing.select { _ in true }
        let none = facing.select { _ in false }
        // then
        #expect(facing.positions == nil)
        #expect(outreach.map(\.text) == ["one", "four"])
        #expect(outreach.select { $0.pointee.date > Day("2026-11-03")! }.map(\.text) == ["four"])
        #expect(all.positions == nil && all.count == 4)
        #expect(none.isEmpty)
    }

    @Test func aRepeatedMessageIsJudgedLikeItsFirstCopyOnItsOwnDate() {
        // given the same pressing email sent three times, and one different, calm email between them
        let pressing = "Just checking in again. We need your signature by Friday to keep this price."
        let deal = Opportunity(
            id: "o1", accountId: "a1", name: "x",
            activities: [
                activity("2026-11-01", .outbound, by: .seller, text: pressing),
                activity("2026-11-04", .outbound, by: .seller, text: "Here are the notes from our call."),
                activity("2026-11-08", .outbound, by: .seller, text: pressing),
                activity("2026-11-12", .outbound, by: .seller, .message, text: pressing),
            ])
        // when
        let hits = ReviewInput(deal: deal, account: nil, seller: nil, asOf: asOf).facts.pressureHits
        // then each copy has the hits of a fresh analysis, dated on its own day
        var fresh: [(CoachFinding.Category, String)] = []
        var scratch = AnalyzerScratch()
        MessageCoach().pressureFindings(in: pressing, kind: .email, scratch: &scratch) { fresh.append(($0, $1)) }
        var asMessage: [(CoachFinding.Category, String)] = []
        MessageCoach().pressureFindings(in: pressing, kind: .message, scratch: &scratch) {
            asMessage.append(($0, $1))
        }
        #expect(!fresh.isEmpty)
        let byDay = { (day: String) in hits.filter { $0.date == Day(day)! }.map { "\($0.category) \($0.phrase)" } }
        let expected = fresh.map { "\($0.0) \($0.1)" }
        #expect(byDay("2026-11-01") == expected)
        #expect(byDay("2026-11-08") == expected)
        #expect(byDay("2026-11-12") == asMessage.map { "\($0.0) \($0.1)" })
        #expect(byDay("2026-11-04").isEmpty)
    }

    @Test func textsThatLookEqualButDifferInBytesAreNotTheSameMessage() {
        // "é" precomposed and as e + combining accent: equal Swift strings, different bytes
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(!PressureScan.sameBytes("caf\u{E9}", "cafe\u{301}"))
        #expect(PressureScan.sameBytes("same", "same"))
        #expect(!PressureScan.sameBytes("same", "Same"))
    }

    @Test(arguments: [3, 40]) func everyoneNamedInAnActivityIsEngagedHoweverManyTheyAre(people: Int) {
        // given an account of `people` people, each named in one activity (40 is past the small-array limit),
        // one more person in no activity, and one contacted only after asOf
        let ids = (0..<people).map { StakeholderID("s\($0)") }
        let stakeholders =
            ids.map { Stakeholder(id: $0, name: $0.rawValue) } + [
                Stakeholder(id: "quiet", name: "Quiet"),
                Stakeholder(id: "later", name: "Later", lastContact: Day("2026-12-01")),
            ]
        let activities = ids.enumerated().map { index, id in
            Activity(
                date: Day("2026-11-01")!.adding(days: index % 20), type: .email, direction: .inbound,
                stakeholderIds: [id, ids[0]])
        }
        let deal = Opportunity(id: "o1", accountId: "a1", name: "x", activities: activities)
        let account = Account(id: "a1", name: "A", stakeholders: stakeholders)
        // when
        let facts = ReviewInput(deal: deal, account: account, seller: nil, asOf: asOf).facts
        // then exactly the named people are engaged, in account order
        #expect(facts.engagedStakeholders.map(\.id) == ids)
    }
}
