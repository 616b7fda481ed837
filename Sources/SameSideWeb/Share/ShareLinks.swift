import Foundation
import SameSideApp
import SameSideCore
import SameSideStore

/// Share links of a deal's plan (`sameside plan-share`): made with 256 random bits, stored as their SHA-256,
/// expiring, revocable; and the one check that decides whether a token opens a plan.
public enum ShareLinks {
    /// A new link: its record, and the token and URL, which are shown once and never stored.
    public struct Created: Sendable {
        public var link: ShareLinkRecord
        public var token: String
        public var url: String
    }

    /// The longest a link may live.
    public static let maximumDays = 365

    /// The share-link store of `store`, or a configuration error for a store that keeps none.
    public static func links(of store: any PipelineStore) throws(AppError) -> any ShareLinkStore {
        guard let links = store as? any ShareLinkStore else {
            throw AppError.badConfiguration("this store keeps no share links")
        }
        return links
    }

    /// Makes a link to `deal`'s plan for `contact`, valid `days` days from `now` (seconds since 1970).
    /// - Throws: ``AppError/badInput(_:)`` for an empty contact, days out of range or a base URL that is not
    ///   http(s); ``AppError/notFound(_:)`` when the deal is not stored; ``StoreError`` for the database.
    public static func create(
        deal: DealID, contact rawContact: String, days: Int, baseURL: String, in store: any PipelineStore,
        now: Int
    ) async throws -> Created {
        let contact = rawContact.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !contact.isEmpty else { throw AppError.badInput("--contact: say who the link is for") }
        guard (1...maximumDays).contains(days) else {
            throw AppError.badInput("--days: expected 1 to \(maximumDays) days, got \(days)")
        }
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        guard base.hasPrefix("http://") || base.hasPrefix("https://") else {
            throw AppError.badInput("--base-url: expected http://… or https://…, got \"\(baseURL)\"")
        }
        let token = SessionTokens.random()
        let link = ShareLinkRecord(
            id: "sl-" + String(SessionTokens.random().prefix(10)), tokenHash: SessionTokens.hash(token),
            dealId: deal, contact: contact, createdAt: now, expiresAt: now + days * 86_400)
        do {
            try await links(of: store).createShareLink(link)
        } catch StoreError.notFound {
            throw AppError.notFound("no deal \"\(deal)\" stored")
        }
        return Created(link: link, token: token, url: "\(base)/share/\(token)")
    }

    /// The links of `deal` (or all), oldest first.
    public static func list(deal: DealID?, in store: any PipelineStore) async throws -> [ShareLinkRecord] {
        try await links(of: store).shareLinks(deal: deal)
    }

    /// Revokes the link `id` at `now`. Throws ``AppError/notFound(_:)`` when there is no such link.
    @discardableResult
    public static func revoke(id: String, in store: any PipelineStore, now: Int) async throws -> ShareLinkRecord {
        guard let link = try await links(of: store).revokeShareLink(id: id, at: now) else {
            throw AppError.notFound("no share link \"\(id)\"")
        }
        return link
    }

    /// The link `token` opens at `now`, recording its use; `nil` for a token of the wrong shape, unknown,
    /// expired or revoked — the caller answers all of them alike.
    static func open(_ token: String, in links: any ShareLinkStore, now: Int) async throws -> ShareLinkRecord? {
        guard SessionTokens.isWellFormed(token),
            let link = try await links.shareLink(tokenHash: SessionTokens.hash(token)), link.opens(at: now)
        else { return nil }
        try await links.markShareLinkUsed(id: link.id, at: now)
        return link
    }
}
