import SameSideCore
import SameSideStore
import Testing

/// The contract every ``PipelineStore`` keeps, run against each backend.
@Suite struct PipelineStoreContractTests {
    @Test(arguments: StoreBackend.available)
    func migratingAgainAppliesNothingAndTheRecordStays(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given a migrated store
            let before = try await store.appliedMigrations()
            // when migrating again
            let applied = try await store.migrate()
            // then nothing is applied and the record is unchanged, from 1 up in order, each number once
            // (numbers may have a gap while branches that add migrations are merged)
            #expect(applied.isEmpty)
            #expect(try await store.appliedMigrations() == before)
            let numbers = before.map(\.number)
            #expect(numbers.first == 1 && numbers == numbers.sorted() && Set(numbers).count == numbers.count)
        }
    }

    @Test(arguments: StoreBackend.available)
    func createdRecordsReadBackExactlyAtVersionOne(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given an account and a deal with every field set
            let account = StoreFixtures.account()
            let deal = StoreFixtures.opportunity()
            // when they are created and read back
            _ = try await store.create(account)
            _ = try await store.create(deal)
            let readAccount = try #require(try await store.account(account.id))
            let readDeal = try #require(try await store.opportunity(deal.id))
            // then nothing is lost
            #expect(readAccount == Versioned(account, version: 1))
            #expect(readDeal == Versioned(deal, version: 1))
            #expect(try await store.counts() == StoreCounts(accounts: 1, opportunities: 1))
        }
    }

    @Test(arguments: StoreBackend.available)
    func aStaleUpdateIsRejectedAndTheNewerWriteKept(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given a deal two people read at version 1
            _ = try await store.create(StoreFixtures.account())
            let first = try await store.create(StoreFixtures.opportunity())
            var mine = first.value
            mine.amount = 99_000
            var theirs = first.value
            theirs.stage = "closed-won"
            // when one saves, then the other saves the same version
            let saved = try await store.update(mine, expectedVersion: first.version)
            await #expect(throws: StoreError.conflict(kind: "deal", id: "o1", expected: 1, actual: 2)) {
                _ = try await store.update(theirs, expectedVersion: first.version)
            }
            // then the first write stands
            #expect(saved.version == 2)
            #expect(try await store.opportunity("o1") == Versioned(mine, version: 2))
        }
    }

    @Test(arguments: StoreBackend.available)
    func aStaleAccountEditIsRejected(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given an account edited once (a goal added)
            let created = try await store.create(StoreFixtures.account())
            var edited = created.value
            edited.goals.append(Goal(id: "g2", statement: "Enter the US market", category: .growth))
            _ = try await store.update(edited, expectedVersion: 1)
            // when an edit based on version 1 arrives
            var stale = created.value
            stale.name = "Northwind"
            // then it is a conflict, and the goal is still there
            await #expect(throws: StoreError.conflict(kind: "account", id: "a1", expected: 1, actual: 2)) {
                _ = try await store.update(stale, expectedVersion: 1)
            }
            #expect(try await store.account("a1")?.value.goals.map(\.id) == ["g1", "g2"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func deletingWithAStaleVersionConflictsAndWithTheCurrentOneDeletes(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            _ = try await store.create(StoreFixtures.account())
            let deal = try await store.create(StoreFixtures.opportunity())
            _ = try await store.update(deal.value, expectedVersion: 1)
            await #expect(throws: StoreError.conflict(kind: "deal", id: "o1", expected: 1, actual: 2)) {
                try await store.deleteOpportunity("o1", expectedVersion: 1)
            }
            try await store.deleteOpportunity("o1", expectedVersion: 2)
            #expect(try await store.opportunity("o1") == nil)
            await #expect(throws: StoreError.conflict(kind: "deal", id: "o1", expected: 2, actual: nil)) {
                try await store.deleteOpportunity("o1", expectedVersion: 2)
            }
        }
    }

    @Test(arguments: StoreBackend.available)
    func creatingAnExistingRecordFails(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            _ = try await store.create(StoreFixtures.account())
            await #expect(throws: StoreError.alreadyExists(kind: "account", id: "a1")) {
                _ = try await store.create(StoreFixtures.account())
            }
        }
    }

    @Test(arguments: StoreBackend.available)
    func aDealForAMissingAccountIsRejected(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            await #expect {
                _ = try await store.create(StoreFixtures.opportunity(account: "nobody"))
            } throws: { error in
                guard case StoreError.missingReference = error else { return false }
                return true
            }
            #expect(try await store.counts() == StoreCounts(accounts: 0, opportunities: 0))
        }
    }

    @Test(arguments: StoreBackend.available)
    func pagesReturnEveryRecordOnceInIdOrder(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given 25 deals created in scrambled order
            _ = try await store.create(StoreFixtures.account())
            let ids = (0..<25).map { "o\(($0 * 7) % 25)" }
            for id in ids { _ = try await store.create(StoreFixtures.opportunity(id)) }
            // when reading pages of 7
            var seen: [String] = []
            try await store.forEachOpportunity(pageSize: 7) { seen.append($0.value.id.rawValue) }
            // then each appears once, sorted by id bytes
            #expect(seen == ids.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        }
    }

    @Test(arguments: StoreBackend.available)
    func anAccountsDealsAreItsOwnInIdOrderUpToTheLimit(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given two accounts with deals of each, created interleaved
            _ = try await store.create(StoreFixtures.account("a1"))
            _ = try await store.create(StoreFixtures.account("a2", name: "Contoso"))
            for index in [5, 1, 4, 2, 3] {
                _ = try await store.create(
                    StoreFixtures.opportunity("d\(index)", account: index.isMultiple(of: 2) ? "a2" : "a1"))
            }
            // when reading each account's deals
            let first = try await store.opportunities(ofAccount: "a1", limit: 10).map(\.value.id.rawValue)
            let second = try await store.opportunities(ofAccount: "a2", limit: 1).map(\.value.id.rawValue)
            // then each gets only its own, in id order, at most the limit; an unknown account gets none
            #expect(first == ["d1", "d3", "d5"])
            #expect(second == ["d2"])
            #expect(try await store.opportunities(ofAccount: "nobody", limit: 10).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func anImportThatFailsStoresNothing(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given an import that writes accounts and deals, then fails
            struct Boom: Error {}
            await #expect(throws: Boom.self) {
                _ = try await store.importing { writer in
                    try await writer.saveHeader(StoreFixtures.header())
                    _ = try await writer.upsert(accounts: [StoreFixtures.account()], source: .pipeline, mode: .replace)
                    _ = try await writer.upsert(
                        opportunities: [StoreFixtures.opportunity()], source: .pipeline, mode: .replace)
                    throw Boom()
                }
            }
            // then nothing of it is stored
            #expect(try await store.counts() == StoreCounts(accounts: 0, opportunities: 0))
            #expect(try await store.header() == nil)
        }
    }

    @Test(arguments: StoreBackend.available)
    func importingTheSameRecordsTwiceChangesNothing(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            let accounts = [StoreFixtures.account("a1"), StoreFixtures.account("a2", name: "Contoso")]
            let deals = (1...5).map { StoreFixtures.opportunity("o\($0)", account: $0 % 2 == 0 ? "a2" : "a1") }
            func run() async throws -> (UpsertCounts, UpsertCounts) {
                try await store.importing { writer in
                    try await writer.saveHeader(StoreFixtures.header())
                    let a = try await writer.upsert(accounts: accounts, source: .pipeline, mode: .replace)
                    let d = try await writer.upsert(opportunities: deals, source: .pipeline, mode: .replace)
                    return (a, d)
                }
            }
            let first = try await run()
            let second = try await run()
            #expect(first.0 == UpsertCounts(created: 2) && first.1 == UpsertCounts(created: 5))
            #expect(second.0 == UpsertCounts(unchanged: 2) && second.1 == UpsertCounts(unchanged: 5))
            #expect(try await store.opportunity("o3")?.version == 1)
            #expect(try await store.header()?.version == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aCRMReimportUpdatesCRMFieldsAndKeepsWhatSameSideAdded(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            // given a deal with goals, steps and activities
            _ = try await store.create(StoreFixtures.account())
            let full = try await store.create(StoreFixtures.opportunity())
            // when a CRM row for it arrives with a new amount and stage, and nothing else
            var crmRow = Opportunity(
                id: "o1", accountId: "a1", name: "Line 3 monitoring ✓", owner: "Sam Seller", amount: 130_000,
                stage: "Closed Won", status: .won, createdDate: full.value.createdDate, closeDate: full.value.closeDate)
            crmRow.extra = ["Lead Source": .string("Partner")]
            let counts = try await store.importing { writer in
                try await writer.upsert(opportunities: [crmRow], source: .salesforce, mode: .crmFields)
            }
            // then the CRM fields change, SameSide's own fields stay, and the version moves on
            let stored = try #require(try await store.opportunity("o1"))
            #expect(counts == UpsertCounts(updated: 1))
            #expect(stored.version == 2)
            #expect(stored.value.amount == 130_000 && stored.value.status == .won && stored.value.stage == "Closed Won")
            #expect(stored.value.buyingProcess == full.value.buyingProcess)
            #expect(stored.value.activities == full.value.activities)
            #expect(stored.value.extra == crmRow.extra)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aPipelineReimportReplacesTheWholeDeal(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            _ = try await store.create(StoreFixtures.account())
            _ = try await store.create(StoreFixtures.opportunity())
            let bare = Opportunity(id: "o1", accountId: "a1", name: "Line 3 monitoring")
            let counts = try await store.importing { writer in
                try await writer.upsert(opportunities: [bare], source: .pipeline, mode: .replace)
            }
            #expect(counts == UpsertCounts(updated: 1))
            #expect(try await store.opportunity("o1") == Versioned(bare, version: 2))
        }
    }

    @Test(arguments: StoreBackend.available)
    func theHeaderRoundTripsAndAStaleHeaderSaveConflicts(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            let saved = try await store.saveHeader(StoreFixtures.header(), expectedVersion: nil)
            #expect(try await store.header() == Versioned(StoreFixtures.header(), version: 1))
            var changed = saved.value
            changed.currency = "USD"
            _ = try await store.saveHeader(changed, expectedVersion: 1)
            await #expect(throws: StoreError.conflict(kind: "header", id: "pipeline", expected: 1, actual: 2)) {
                _ = try await store.saveHeader(StoreFixtures.header(), expectedVersion: 1)
            }
            #expect(try await store.header()?.value.currency == "USD")
        }
    }

    @Test(arguments: StoreBackend.available)
    func duplicateIdsInOneBatchKeepTheLast(_ backend: StoreBackend) async throws {
        try await backend.withStore { (store: any PipelineStore) async throws in
            var later = StoreFixtures.opportunity()
            later.amount = 5
            let counts = try await store.importing { writer in
                _ = try await writer.upsert(accounts: [StoreFixtures.account()], source: .pipeline, mode: .replace)
                return try await writer.upsert(
                    opportunities: [StoreFixtures.opportunity(), later], source: .pipeline, mode: .replace)
            }
            #expect(counts == UpsertCounts(created: 1))
            #expect(try await store.opportunity("o1")?.value.amount == 5)
        }
    }
}
