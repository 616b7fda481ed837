/// Stored reviews for the list pages (one row per open deal) and the one-row state that says whether they are
/// current, so the pipeline page and `GET /api/deals` filter, sort, count and sum in SQL instead of reviewing
/// every deal per request.
struct M004CreateDealReviews: Migration {
    let number = 4
    let name = "create stored deal reviews"

    func statements(_ dialect: SQLStoreDialect) -> [String] {
        let id = dialect.idType
        return [
            """
            CREATE TABLE deal_reviews (
                deal_id \(id) PRIMARY KEY,
                deal_name \(id) NOT NULL,
                account_id \(id) NOT NULL,
                account_name TEXT NOT NULL,
                search_text TEXT NOT NULL,
                verdict TEXT NOT NULL,
                verdict_rank BIGINT NOT NULL,
                health BIGINT NOT NULL,
                pull BIGINT NOT NULL,
                pressure BIGINT NOT NULL,
                buyer_stage TEXT NOT NULL,
                buyer_stage_rank BIGINT NOT NULL,
                seller_stage TEXT,
                plan_status TEXT NOT NULL,
                amount DOUBLE PRECISION,
                weighted_amount DOUBLE PRECISION,
                currency TEXT NOT NULL,
                close_date TEXT,
                owner \(id),
                owner_key TEXT,
                generation BIGINT NOT NULL
            )
            """,
            "CREATE INDEX deal_reviews_verdict ON deal_reviews (verdict_rank, deal_id)",
            "CREATE INDEX deal_reviews_owner_key ON deal_reviews (owner_key)",
            "CREATE INDEX deal_reviews_account ON deal_reviews (account_id)",
            "CREATE INDEX deal_reviews_generation ON deal_reviews (generation)",
            """
            CREATE TABLE deal_review_state (
                id BIGINT PRIMARY KEY,
                as_of TEXT NOT NULL,
                review_version BIGINT NOT NULL,
                is_current BIGINT NOT NULL,
                generation BIGINT NOT NULL
            )
            """,
            "INSERT INTO deal_review_state (id, as_of, review_version, is_current, generation) VALUES (1, '', 0, 0, 0)",
        ]
    }
}
