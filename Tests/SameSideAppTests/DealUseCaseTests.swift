import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// The use cases about one deal: finding it, its business case and approval pack, its call plan.
@Suite struct DealUseCaseTests {
    let clock = FixedDayClock(AppFixtures.clockDay)

    @Test func aDealIsFoundInAFileWithItsAccountAndTheFilesDay() throws {
        // Given the demo as an upload
        // When a deal is looked up
        let selected = try DealLookup.find("o-millbrook-scrap", in: AppFixtures.demoInput(), asOf: nil, clock: clock)
        // Then it comes with its account and the file's asOf
        #expect(selected.account.id == "a-millbrook")
        #expect(selected.asOf == Day("2026-11-25"))
    }

    @Test func anUnknownDealInAFileListsSomeThatAreThere() throws {
        // Given the demo
        // When a deal that is not there is looked up
        // Then the error names the file, the id, and deals that exist
        #expect {
            _ = try DealLookup.find("nope", in: AppFixtures.demoInput(), asOf: nil, clock: clock)
        } throws: { error in
            guard case AppError.badInput(let message) = error else { return false }
            return message.hasPrefix("demo.pipeline.json: no deal \"nope\" (--deal); deals in the file include ")
                && message.contains("o-harbor-rollout")
        }
    }

    @Test func aStoredDealIsFoundAndAMissingOneIsNotFound() async throws {
        // Given the demo stored
        let store = try await AppFixtures.demoStore()
        // When one deal that is stored and one that is not are looked up
        let selected = try await DealLookup.find(
            "o-northwind-line3", in: store, named: "db", asOf: Day("2026-12-24"), clock: clock)
        // Then the stored one comes with its account and the day asked for; the other is not found
        #expect(selected.account.name == "Northwind Foods")
        #expect(selected.asOf == Day("2026-12-24"))
        await #expect(throws: AppError.notFound("db: no deal \"nope\" stored")) {
            _ = try await DealLookup.find("nope", in: store, named: "db", asOf: nil, clock: clock)
        }
    }

    @Test func theApprovalPackIsRenderedInEveryFormat() throws {
        // Given a deal with a business case
        let selected = try DealLookup.find("o-millbrook-scrap", in: AppFixtures.demoInput(), asOf: nil, clock: clock)
        // When its pack is built and rendered
        let pack = try BusinessCaseUseCase.approvalPack(for: selected, source: "demo")
        // Then each format carries it: JSON figures, and the pack as text, Markdown and a printable page
        let json = try JSONParser.parse(Array(BusinessCaseUseCase.render(pack, format: .json).utf8))
        guard case .object(let figures) = json else {
            Issue.record("not an object")
            return
        }
        #expect(figures["dealId"] == .string("o-millbrook-scrap"))
        #expect(BusinessCaseUseCase.render(pack, format: .text).contains("Summary"))
        #expect(BusinessCaseUseCase.render(pack, format: .markdown).hasPrefix("# "))
        let html = BusinessCaseUseCase.render(pack, format: .html, paper: .letter)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("size: letter"))
    }

    @Test func aDealWithoutABusinessCaseIsBadInputNamingTheSource() throws {
        // Given a deal without a business case
        let selected = try DealLookup.find("o-harbor-rollout", in: AppFixtures.demoInput(), asOf: nil, clock: clock)
        // When its pack is asked for
        // Then the error names the source and says what is missing
        #expect(
            throws: AppError.badInput(
                "demo.pipeline.json: deal \"o-harbor-rollout\" has no businessCase: add one with investment and benefits"
            )
        ) {
            _ = try BusinessCaseUseCase.approvalPack(for: selected, source: "demo.pipeline.json")
        }
    }

    @Test func theCallPlanFollowsTheMeetingAskedForAndRendersAsJSON() throws {
        // Given a deal
        let selected = try DealLookup.find("o-harbor-rollout", in: AppFixtures.demoInput(), asOf: nil, clock: clock)
        // When a negotiation is planned
        let plan = CallPlanUseCase().plan(for: selected, meeting: .negotiation)
        // Then the plan is for that meeting, with questions, and the JSON says so
        #expect(plan.meeting == .negotiation)
        #expect(!plan.questions.isEmpty)
        let json = CallPlanUseCase.render(plan, format: .json)
        #expect(json.contains("\"negotiation\""))
        #expect(CallPlanUseCase.render(plan, format: .markdown).hasPrefix("# "))
    }
}
