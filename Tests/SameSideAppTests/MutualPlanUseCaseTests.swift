import Foundation
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// The mutual plan use case: templates applied to a stored deal, exports for the customer, bad input.
@Suite struct MutualPlanUseCaseTests {
    static let clock = FixedDayClock(Day("2026-11-25")!)

    static func demoStore() async throws -> InMemoryPipelineStore {
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        _ = try await ImportUseCase.run(AppFixtures.demoSource(), as: .pipeline, into: store)
        return store
    }

    @Test func applyingToTheStoreAddsTheMissingStepsOnceAndKeepsTheRecordedOnes() async throws {
        // Given the demo stored, and a deal with two recorded steps
        let store = try await Self.demoStore()
        let before = try #require(try await store.opportunity("o-copperleaf-canning"))
        // When the standard template is applied twice
        let first = try await MutualPlanUseCase().applyStored(
            template: "standard", from: .today, deal: "o-copperleaf-canning", in: store, named: "memory",
            asOf: nil, clock: Self.clock)
        let second = try await MutualPlanUseCase().applyStored(
            template: "standard", from: .today, deal: "o-copperleaf-canning", in: store, named: "memory",
            asOf: nil, clock: Self.clock)
        // Then the first adds ten steps after the two recorded ones, saved as a new version; the second nothing
        let after = try #require(try await store.opportunity("o-copperleaf-canning"))
        #expect(first.added.count == 10 && second.added.isEmpty)
        #expect(Array(after.value.buyingProcess.prefix(2)) == before.value.buyingProcess)
        #expect(after.value.buyingProcess.count == 12 && after.version == before.version + 1)
    }

    @Test func anUnknownTemplateOrAPassedCloseDateIsBadInputAndChangesNothing() async throws {
        let store = try await Self.demoStore()
        let before = try await store.opportunity("o-harbor-rollout")
        await #expect(throws: AppError.badInput("--template: no plan template \"renewal\"; the playbook has standard"))
        {
            try await MutualPlanUseCase().applyStored(
                template: "renewal", from: .today, deal: "o-harbor-rollout", in: store, named: "memory", asOf: nil,
                clock: Self.clock)
        }
        // o-harbor-rollout closes on 2026-11-28: planning back from it as of December is refused
        await #expect(throws: AppError.self) {
            try await MutualPlanUseCase().applyStored(
                template: "standard", from: .closeDate, deal: "o-harbor-rollout", in: store, named: "memory",
                asOf: Day("2026-12-10"), clock: Self.clock)
        }
        #expect(try await store.opportunity("o-harbor-rollout") == before)
    }

    @Test func theCustomersExportIsTheSameWhateverTheStampButTheStamp() async throws {
        let store = try await Self.demoStore()
        let selected = try await DealLookup.find(
            "o-northwind-line3", in: store, named: "memory", asOf: nil, clock: Self.clock)
        let one = MutualPlanUseCase().export(
            selected, format: .ics, audience: .customer, stamp: CalendarStamp(secondsSince1970: 0))
        let two = MutualPlanUseCase().export(
            selected, format: .ics, audience: .customer, stamp: CalendarStamp(secondsSince1970: 86_400))
        #expect(one.replacingOccurrences(of: "19700101T", with: "19700102T") == two)
        #expect(one.components(separatedBy: "BEGIN:VEVENT").count - 1 == 8)
    }
}
