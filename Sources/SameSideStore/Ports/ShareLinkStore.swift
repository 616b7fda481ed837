import SameSideCore

/// A private link that shows one deal's plan to one person on the customer's side, without an account.
/// Only the SHA-256 of its token is stored, so a copy of the database opens no plan.
public struct ShareLinkRecord: Sendable, Equatable {
    /// A short public handle to list and revoke the link by; never the token.
    public var id: String
    /// The hex SHA-256 of the token in the URL.
    public var tokenHash: String
    public var dealId: DealID
    /// Who the link was made for (a stakeholder id, a name or an email), as the seller typed it.
    public var contact: String
    /// Seconds since 1970.
    public var createdAt: Int
    /// Seconds since 1970 from which the link no longer opens.
    public var expiresAt: Int
    /// When the link was revoked; `nil` while it is not.
    public var revokedAt: Int?
    /// When the link last opened the plan.
    public var lastUsedAt: Int?

    public init(
        id: String, tokenHash: String, dealId: DealID, contact: String, createdAt: Int, expiresAt: Int,
        revokedAt: Int? = nil, lastUsedAt: Int? = nil
    ) {
        self.id = id
        self.tokenHash = tokenHash
        self.dealId = dealId
        self.contact = contact
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }

    /// Whether the link opens at `now`: not revoked and not expired. Pure.
    public func opens(at now: Int) -> Bool { revokedAt == nil && now < expiresAt }
}

/// The storage port for share links, in the same database as the pipeline. Implemented by
/// ``InMemoryPipelineStore`` and ``SQLPipelineStore``. Every method throws ``StoreError``.
public protocol ShareLinkStore: Sendable {
    /// Stores a new link; ``StoreError/notFound(kind:id:)`` when its deal is not stored,
    /// ``StoreError/alreadyExists(kind:id:)`` when its id or token hash is taken.
    func createShareLink(_ link: ShareLinkRecord) async throws
    /// The link with this token hash, whether or not it still opens (the caller checks).
    func shareLink(tokenHash: String) async throws -> ShareLinkRecord?
    /// The links of one deal, or of every deal, oldest first.
    func shareLinks(deal: DealID?) async throws -> [ShareLinkRecord]
    /// Revokes the link `id` at `at` (a link already revoked keeps its first time); `nil` when there is none.
    func revokeShareLink(id: String, at: Int) async throws -> ShareLinkRecord?
    /// Records that the link `id` opened the plan at `at`.
    func markShareLinkUsed(id: String, at: Int) async throws
}
