import Foundation
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// The stored reviews of the list pages (migration 4) stay current after every write, on SQLite and PostgreSQL,
/// and the list queries filter, sort, page and total in SQL exactly as a fresh review of every deal would.
@Suite struct ReviewListContractTests {
    /// The demo pipeline, imported through the store ``StoreFactory`` opens, then read once (the read after an
    /// import brings the stored reviews up to date), unless `read` is false.
    static func loadDemo(into store: any PipelineStore, read: Bool = true) async throws {
        let pipeline = DemoPipeline.make()
        var records =
            pipeline.accounts.map(PipelineRecord.account) + pipeline.opportunities.map(PipelineRecord.opportunity)
        records.reverse()
        _ = try await PipelineImport().run(header: pipeline.header, into: store, next: { records.popLast() })
        if read { _ = try await reviewList(store).current() }
    }

    /// Every stored review, in id order.
    static func stored(_ list: ReviewList) async throws -> [StoredReview] {
        var query = ReviewListQuery()
        query.sort = .name
        query.limit = 10_000
        return try await list.reviews(query).sorted { $0.dealId.rawValue < $1.dealId.rawValue }
    }

    /// What a fresh review of every stored open deal gives, in id order.
    static func fresh(_ store: any PipelineStore, _ list: ReviewList) async throws -> [StoredReview] {
        let scope = try await list.review.scope(of: store, asOf: nil)
        var rows: [StoredReview] = []
        try await list.review.reviewStored(in: store, scope: scope) { rows.append(ReviewList.row($0, scope: scope)) }
        return rows
    }

    static func state(_ store: any PipelineStore) async throws -> ReviewListState? {
        let list = try #require(store as? any ReviewListStore)
        return try await list.reviewListState()
    }

    static func reviewList(_ store: any PipelineStore) throws -> ReviewList {
        try #require((store as? ReviewKeepingStore)?.reviewList)
    }

    @Test(arguments: StoreBackend.sql)
    func anImportLeavesEveryOpenDealsStoredReviewCurrent(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            // given the demo pipeline imported
            try await Self.loadDemo(into: store, read: false)
            let list = try Self.reviewList(store)
            // then the import leaves the list marked behind (a bulk write is reviewed once, on the next read),
            // and after that read every open deal's stored review is fresh and the state current
            #expect(try await Self.state(store)?.current != true)
            _ = try await list.current()
            #expect(try #require(try await Self.state(store)).current)
            let stored = try await Self.stored(list)
            #expect(!stored.isEmpty)
            #expect(stored == (try await Self.fresh(store, list)))
        }
    }

    @Test(arguments: StoreBackend.sql)
    func editsToADealOrItsAccountLeaveTheStoredReviewCurrent(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.loadDemo(into: store)
            let list = try Self.reviewList(store)
            let before = try await Self.stored(list)
            let first = try #require(before.first)
            // when a deal's amount and stage change
            let read = try #require(try await store.opportunity(first.dealId))
            var deal = read.value
            deal.amount = (deal.amount ?? 0) + 12_345
            deal.stage = "Negotiation/Review"
            _ = try await store.update(deal, expectedVersion: read.version)
            // and its account is renamed
            let account = try #require(try await store.account(deal.accountId))
            var renamed = account.value
            renamed.name = "Renamed Holdings"
            _ = try await store.update(renamed, expectedVersion: account.version)
            // then the stored reviews equal a fresh review, without any refresh on read
            #expect(try await Self.state(store)?.current == true)
            let after = try await Self.stored(list)
            #expect(after == (try await Self.fresh(store, list)))
            let changed = try #require(after.first { $0.dealId == first.dealId })
            #expect(changed.amount == deal.amount)
            #expect(changed.accountName == "Renamed Holdings")
        }
    }

    @Test(arguments: StoreBackend.sql)
    func aDealThatIsWonOrDeletedLeavesTheList(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.loadDemo(into: store)
            let list = try Self.reviewList(store)
            let before = try await Self.stored(list)
            try #require(before.count >= 2)
            // when one deal is won and another deleted
            let wonRead = try #require(try await store.opportunity(before[0].dealId))
            var won = wonRead.value
            won.status = .won
            _ = try await store.update(won, expectedVersion: wonRead.version)
            let gone = try #require(try await store.opportunity(before[1].dealId))
            try await store.deleteOpportunity(gone.value.id, expectedVersion: gone.version)
            // then neither is listed and the rest are unchanged
            let after = try await Self.stored(list)
            #expect(after.map(\.dealId) == before.dropFirst(2).map(\.dealId))
        }
    }

    @Test(arguments: StoreBackend.sql)
    func aFailedImportLeavesTheListMarkedBehindAndTheNextReadRefreshesIt(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.loadDemo(into: store)
            let list = try Self.reviewList(store)
            // when an import fails half-way (its body throws after writing a deal)
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                _ = try await store.importing { writer -> Int in
                    var deal = StoreFixtures.opportunity("half-way", account: "a1")
                    deal.accountId = DemoPipeline.make().accounts[0].id
                    _ = try await writer.upsert(opportunities: [deal], source: .app, mode: .replace)
                    throw Boom()
                }
            }
            // then the stored reviews are marked behind, nothing of the import is stored, and a read refreshes
            #expect(try await Self.state(store)?.current == false)
            #expect(try await store.opportunity("half-way") == nil)
            let (state, _) = try await list.current()
            #expect(state.current)
            #expect(try await Self.stored(list) == (try await Self.fresh(store, list)))
        }
    }

    @Test(arguments: StoreBackend.sql)
    func filtersSortPagesAndTotalsMatchAFreshReviewOfEveryDeal(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await Self.loadDemo(into: store)
            let list = try Self.reviewList(store)
            let all = try await Self.fresh(store, list)
            let verdict = try #require(all.first?.verdict)
            // a verdict filter, sorted by amount descending, two per page
            var query = ReviewListQuery()
            query.verdict = verdict
            query.sort = .amount
            query.descending = true
            query.limit = 2
            var pages: [StoredReview] = []
            while true {
                let page = try await list.reviews(query)
                pages += page
                if page.count < 2 { break }
                query.offset += 2
            }
            let expected = all.filter { $0.verdict == verdict }.sorted {
                ($0.amount ?? 0, $0.dealId.rawValue) > ($1.amount ?? 0, $1.dealId.rawValue)
            }
            #expect(pages.map(\.dealId) == expected.map(\.dealId))
            // totals over every matching deal: count, sum and weighted sum per currency and per verdict
            let totals = try await list.totals(ReviewListQuery())
            #expect(totals.count == all.count)
            for currency in Set(all.map(\.currency)) {
                let mine = all.filter { $0.currency == currency }
                let overall = try #require(totals.overall.first { $0.currency == currency })
                #expect(overall.deals == mine.count)
                #expect(abs(overall.amount - mine.compactMap(\.amount).reduce(0, +)) < 0.01)
                #expect(abs(overall.weightedAmount - mine.compactMap(\.weightedAmount).reduce(0, +)) < 0.01)
            }
            #expect(totals.byVerdict.reduce(0) { $0 + $1.deals } == all.count)
            #expect(totals.byStage.reduce(0) { $0 + $1.deals } == all.count)
            // search on deal and account names, case-insensitive; an owner and a close-date window
            let target = try #require(all.first)
            var search = ReviewListQuery()
            search.search = [String(target.accountName.uppercased().prefix(6))]
            search.limit = 1000
            let found = try await list.reviews(search)
            #expect(found.contains { $0.dealId == target.dealId })
            #expect(
                found.allSatisfy {
                    ($0.dealName + "\n" + $0.accountName).lowercased().contains(search.search[0].lowercased())
                })
            let owner = try #require(all.compactMap(\.owner).first)
            var byOwner = ReviewListQuery()
            byOwner.owners = .keys([owner.lowercased()], unassigned: false, knownKeys: [owner.lowercased()])
            byOwner.limit = 1000
            #expect(
                Set(try await list.reviews(byOwner).map(\.dealId))
                    == Set(all.filter { $0.owner == owner }.map(\.dealId)))
            let day = try #require(all.compactMap(\.closeDate).sorted()[safe: all.count / 2])
            var window = ReviewListQuery()
            window.closeTo = day
            window.limit = 1000
            let early = try await list.reviews(window)
            #expect(
                Set(early.map(\.dealId)) == Set(all.filter { ($0.closeDate.map { $0 <= day }) ?? false }.map(\.dealId)))
            // a hostile search word is a bound value, never SQL
            var hostile = ReviewListQuery()
            hostile.search = ["'; DROP TABLE deal_reviews; --"]
            #expect(try await list.reviews(hostile).isEmpty)
            #expect(try await list.totals(ReviewListQuery()).count == all.count)
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
