import SameSideCore

extension InMemoryPipelineStore: ShareLinkStore {
    public func createShareLink(_ link: ShareLinkRecord) async throws {
        try await lock.withLock {
            guard box.state.opportunities[link.dealId] != nil else {
                throw StoreError.notFound(kind: "deal", id: link.dealId.rawValue)
            }
            guard !box.state.shareLinks.contains(where: { $0.id == link.id || $0.tokenHash == link.tokenHash }) else {
                throw StoreError.alreadyExists(kind: "share link", id: link.id)
            }
            box.state.shareLinks.append(link)
        }
    }

    public func shareLink(tokenHash: String) async throws -> ShareLinkRecord? {
        try await lock.withLock { box.state.shareLinks.first { $0.tokenHash == tokenHash } }
    }

    public func shareLinks(deal: DealID?) async throws -> [ShareLinkRecord] {
        try await lock.withLock {
            box.state.shareLinks.filter { deal == nil || $0.dealId == deal }
                .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        }
    }

    public func revokeShareLink(id: String, at: Int) async throws -> ShareLinkRecord? {
        try await lock.withLock {
            guard let index = box.state.shareLinks.firstIndex(where: { $0.id == id }) else { return nil }
            if box.state.shareLinks[index].revokedAt == nil { box.state.shareLinks[index].revokedAt = at }
            return box.state.shareLinks[index]
        }
    }

    public func markShareLinkUsed(id: String, at: Int) async throws {
        try await lock.withLock {
            guard let index = box.state.shareLinks.firstIndex(where: { $0.id == id }) else { return }
            box.state.shareLinks[index].lastUsedAt = at
        }
    }
}
