import SQLKit
import SameSideCore

extension SQLPipelineStore: ShareLinkStore {
    private static let shareColumns = [
        "id", "token_hash", "deal_id", "contact", "created_at", "expires_at", "revoked_at", "last_used_at",
    ]

    public func createShareLink(_ link: ShareLinkRecord) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                let deal = try await session.sql.select().column("id").from("opportunities")
                    .where("id", .equal, link.dealId.rawValue).first()
                guard deal != nil else { throw StoreError.notFound(kind: "deal", id: link.dealId.rawValue) }
                let taken = try await session.sql.select().column("id").from("share_links")
                    .where("id", .equal, link.id).orWhere("token_hash", .equal, link.tokenHash).first()
                if taken != nil { throw StoreError.alreadyExists(kind: "share link", id: link.id) }
                try await session.sql.insert(into: "share_links").columns(Self.shareColumns)
                    .values(
                        SQLBind(link.id), SQLBind(link.tokenHash), SQLBind(link.dealId.rawValue), SQLBind(link.contact),
                        SQLBind(link.createdAt), SQLBind(link.expiresAt), SQLBind(link.revokedAt),
                        SQLBind(link.lastUsedAt)
                    ).run()
            }
        }
    }

    public func shareLink(tokenHash: String) async throws -> ShareLinkRecord? {
        try await mapped {
            try await backend.withSession { session in
                try await session.sql.select().columns(Self.shareColumns).from("share_links")
                    .where("token_hash", .equal, tokenHash).first().map(Self.shareLink)
            }
        }
    }

    public func shareLinks(deal: DealID?) async throws -> [ShareLinkRecord] {
        try await mapped {
            try await backend.withSession { session in
                var query = session.sql.select().columns(Self.shareColumns).from("share_links")
                if let deal { query = query.where("deal_id", .equal, deal.rawValue) }
                return try await query.orderBy("created_at").orderBy("id").all().map(Self.shareLink)
            }
        }
    }

    public func revokeShareLink(id: String, at: Int) async throws -> ShareLinkRecord? {
        try await mapped {
            try await backend.withTransaction { session in
                try await session.sql.update("share_links").set("revoked_at", to: SQLBind(at))
                    .where("id", .equal, id).where(SQLColumn("revoked_at"), .is, SQLLiteral.null).run()
                return try await session.sql.select().columns(Self.shareColumns).from("share_links")
                    .where("id", .equal, id).first().map(Self.shareLink)
            }
        }
    }

    public func markShareLinkUsed(id: String, at: Int) async throws {
        try await mapped {
            try await backend.withTransaction { session in
                try await session.sql.update("share_links").set("last_used_at", to: SQLBind(at))
                    .where("id", .equal, id).run()
            }
        }
    }

    private static func shareLink(_ row: any SQLRow) throws -> ShareLinkRecord {
        ShareLinkRecord(
            id: try row.decode(column: "id", as: String.self),
            tokenHash: try row.decode(column: "token_hash", as: String.self),
            dealId: DealID(try row.decode(column: "deal_id", as: String.self)),
            contact: try row.decode(column: "contact", as: String.self),
            createdAt: try row.decode(column: "created_at", as: Int.self),
            expiresAt: try row.decode(column: "expires_at", as: Int.self),
            revokedAt: try row.decode(column: "revoked_at", as: Int?.self),
            lastUsedAt: try row.decode(column: "last_used_at", as: Int?.self))
    }
}
