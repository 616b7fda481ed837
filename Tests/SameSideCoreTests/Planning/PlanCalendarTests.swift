import Testing

@testable import SameSideCore

@Suite struct PlanCalendarTests {
    let today = Day("2026-11-25")!
    let stamp = CalendarStamp(secondsSince1970: 1_795_615_505)

    func plan(_ steps: [BuyingStep], audience: PlanAudience = .customer) -> PlanView {
        let account = Account(
            id: "a", name: "Birchwood Dairy", stakeholders: [Stakeholder(id: "s1", name: "Rosa Lindqvist")])
        let deal = Opportunity(
            id: "o-1", accountId: "a", name: "Changeover analytics", amount: 90000, buyingProcess: steps)
        return PlanView(input: ReviewInput(deal: deal, account: account, seller: nil, asOf: today), audience: audience)
    }

    /// Content lines with folding undone (RFC 5545 3.1).
    func unfolded(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func theStampIsAUTCDateTime() {
        #expect(stamp.text == "20261125T140505Z")
        #expect(CalendarStamp(secondsSince1970: 0).text == "19700101T000000Z")
    }

    @Test func aFeedAsksToBeFetchedAgainAndKeepsEveryOtherLine() throws {
        // given a calendar of one step
        let ics = PlanCalendar.ics(plan([BuyingStep(id: "b1", title: "Board approves", due: today)]), stamp: stamp)
        // when it is served as a feed
        let feed = PlanCalendar.feed(ics, refreshHours: 6)
        // then the refresh hints follow METHOD and nothing else changes
        let lines = unfolded(feed)
        let method = try #require(lines.firstIndex(of: "METHOD:PUBLISH"))
        #expect(
            Array(lines[(method + 1)...(method + 2)]) == [
                "REFRESH-INTERVAL;VALUE=DURATION:PT6H", "X-PUBLISHED-TTL:PT6H",
            ])
        #expect(lines.filter { !$0.contains("PT6H") } == unfolded(ics))
        #expect(PlanCalendar.feed("not a calendar", refreshHours: 6) == "not a calendar")
    }

    @Test func eachDatedStepIsAnAllDayEventWithCRLFLines() {
        // given two dated steps and one without a date
        let ics = PlanCalendar.ics(
            plan([
                BuyingStep(id: "b1", title: "Board approves", owner: .customer, ownerStakeholderId: "s1", due: today),
                BuyingStep(id: "b2", title: "Order issued", owner: .customer, due: Day("2026-12-31")!),
                BuyingStep(id: "b3", title: "Kickoff", owner: .joint),
            ]), stamp: stamp)
        // then
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = unfolded(ics)
        #expect(lines.count { $0 == "BEGIN:VEVENT" } == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261125") && lines.contains("DTEND;VALUE=DATE:20261126"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20261231") && lines.contains("DTEND;VALUE=DATE:20270101"))
        #expect(lines.count { $0 == "DTSTAMP:20261125T140505Z" } == 2)
        #expect(lines.contains("DESCRIPTION:Owner: Rosa Lindqvist (Birchwood Dairy)\\nStatus: to do"))
    }

    @Test func textIsEscapedAndLongLinesFoldWithoutSplittingACharacter() {
        // given a title with every special character and a long one in multi-byte script
        let title = "Legal; review, of \\terms\nand more " + String(repeating: "é🚚", count: 40)
        let ics = PlanCalendar.ics(plan([BuyingStep(id: "b1", title: title, due: today)]), stamp: stamp)
        // then no physical line is longer than 75 octets, and every one is valid UTF-8 on its own
        for line in ics.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        // and unfolded, the summary is the escaped title
        let summary = unfolded(ics).first { $0.hasPrefix("SUMMARY:") }
        #expect(
            summary == "SUMMARY:Legal\\; review\\, of \\\\terms\\nand more " + String(repeating: "é🚚", count: 40))
    }

    @Test func theUIDDependsOnlyOnDealAndStepAndSequenceCountsDateMoves() {
        // given the same step before and after its date moved (and was renamed)
        let before = BuyingStep(id: "b1", title: "Board approves", due: today)
        var after = before
        after.title = "Board approves the spend"
        after.due = today.adding(days: 14)
        after.dueChanges = [
            DueDateChange(from: today, to: today.adding(days: 14), changedOn: today, movedBy: .customer)
        ]
        let first = unfolded(PlanCalendar.ics(plan([before]), stamp: stamp))
        let second = unfolded(PlanCalendar.ics(plan([after]), stamp: stamp))
        // then
        let uid = PlanCalendar.uid(deal: "o-1", step: "b1")
        #expect(first.contains("UID:\(uid)") && second.contains("UID:\(uid)"))
        #expect(first.contains("SEQUENCE:0") && second.contains("SEQUENCE:1"))
        #expect(uid != PlanCalendar.uid(deal: "o-1", step: "b2"))
        #expect(uid != PlanCalendar.uid(deal: "o-2", step: "b1"))
        #expect(uid.count == 16 + 1 + 16 + "@sameside".count)
    }

    @Test func internalStepsNeverReachTheCustomersCalendar() {
        let steps = [
            BuyingStep(id: "b1", title: "Board approves", owner: .customer, due: today),
            BuyingStep(id: "x1", title: "Internal pricing sign-off", owner: .seller, due: today, internal: true),
        ]
        let customer = PlanCalendar.ics(plan(steps), stamp: stamp)
        let seller = PlanCalendar.ics(plan(steps, audience: .seller), stamp: stamp)
        #expect(!customer.contains("pricing") && !customer.contains(PlanCalendar.uid(deal: "o-1", step: "x1")))
        #expect(seller.contains("Internal pricing sign-off"))
    }

    @Test func aCancelledStepStaysAsACancelledEventWithAHigherSequence() {
        let ics = unfolded(
            PlanCalendar.ics(plan([BuyingStep(id: "b1", title: "Legal", due: today, status: .cancelled)]), stamp: stamp)
        )
        #expect(ics.contains("STATUS:CANCELLED") && ics.contains("SEQUENCE:1"))
    }
}
