/// Share links of a deal's plan for the customer's people: the token's SHA-256, the deal, the contact, expiry,
/// revocation and last use. Numbered 5 and independent of migration 4.
struct M005CreateShareLinks: Migration {
    let number = 5
    let name = "create share links"

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        let id = dialect.idType
        return [
            """
            CREATE TABLE share_links (
                id \(id) PRIMARY KEY,
                token_hash \(id) NOT NULL UNIQUE,
                deal_id \(id) NOT NULL REFERENCES opportunities (id) ON DELETE CASCADE,
                contact TEXT NOT NULL,
                created_at BIGINT NOT NULL,
                expires_at BIGINT NOT NULL,
                revoked_at BIGINT,
                last_used_at BIGINT
            )
            """,
            "CREATE INDEX share_links_deal_id ON share_links (deal_id)",
        ]
    }
}
