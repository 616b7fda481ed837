import SameSideCore
import SameSideStore
import Testing

/// The contract every ``ShareLinkStore`` keeps (private links to one deal's plan), run against each backend.
@Suite struct ShareLinkStoreContractTests {
    static func link(_ id: String, deal: DealID = "o1", hash: String? = nil, created: Int = 100) -> ShareLinkRecord {
        ShareLinkRecord(
            id: id, tokenHash: hash ?? "hash-\(id)", dealId: deal, contact: "s-\(id)", createdAt: created,
            expiresAt: 1_000)
    }

    static func storeWithTwoDeals(_ store: any PipelineStore) async throws -> any ShareLinkStore {
        _ = try await store.create(StoreFixtures.account())
        _ = try await store.create(StoreFixtures.opportunity("o1"))
        _ = try await store.create(StoreFixtures.opportunity("o2"))
        return try #require(store as? any ShareLinkStore)
    }

    @Test(arguments: StoreBackend.available)
    func aLinkIsFoundByItsTokenHashAndListedWithItsDeal(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let links = try await Self.storeWithTwoDeals(store)
            // given links to two deals
            try await links.createShareLink(Self.link("l2", created: 200))
            try await links.createShareLink(Self.link("l1", created: 100))
            try await links.createShareLink(Self.link("l3", deal: "o2"))
            // then each reads back by its hash, and lists are per deal, oldest first
            #expect(try await links.shareLink(tokenHash: "hash-l1") == Self.link("l1", created: 100))
            #expect(try await links.shareLink(tokenHash: "nope") == nil)
            #expect(try await links.shareLinks(deal: "o1").map(\.id) == ["l1", "l2"])
            #expect(try await links.shareLinks(deal: "o2").map(\.id) == ["l3"])
            #expect(try await links.shareLinks(deal: nil).count == 3)
        }
    }

    @Test(arguments: StoreBackend.available)
    func aLinkToAnUnknownDealOrWithATakenHashIsRefused(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let links = try await Self.storeWithTwoDeals(store)
            await #expect(throws: StoreError.notFound(kind: "deal", id: "o9")) {
                try await links.createShareLink(Self.link("l1", deal: "o9"))
            }
            try await links.createShareLink(Self.link("l1"))
            await #expect(throws: StoreError.alreadyExists(kind: "share link", id: "l2")) {
                try await links.createShareLink(Self.link("l2", hash: "hash-l1"))
            }
            #expect(try await links.shareLinks(deal: nil).map(\.id) == ["l1"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func revokingKeepsTheFirstTimeAndUseIsRecorded(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let links = try await Self.storeWithTwoDeals(store)
            try await links.createShareLink(Self.link("l1"))
            // when the link is used, then revoked twice
            try await links.markShareLinkUsed(id: "l1", at: 300)
            let revoked = try await links.revokeShareLink(id: "l1", at: 400)
            let again = try await links.revokeShareLink(id: "l1", at: 500)
            // then
            #expect(revoked?.revokedAt == 400 && again?.revokedAt == 400)
            #expect(try await links.revokeShareLink(id: "nope", at: 400) == nil)
            let stored = try #require(try await links.shareLink(tokenHash: "hash-l1"))
            #expect(stored.lastUsedAt == 300 && stored.revokedAt == 400)
            #expect(!stored.opens(at: 200) && Self.link("x").opens(at: 999) && !Self.link("x").opens(at: 1_000))
        }
    }
}
