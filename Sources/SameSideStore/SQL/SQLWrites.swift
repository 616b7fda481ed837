import SQLKit
import SameSideCore

/// Single-record writes with optimistic concurrency, through SQLKit's builders.
enum SQLWrites {
    static func saveHeader(
        _ header: PipelineHeader, expectedVersion: Int?, session: any SQLSession
    ) async throws -> Versioned<PipelineHeader> {
        let values: [(String, SQLValue)] = [
            ("as_of", SQLValue(header.asOf?.description)), ("currency", .text(header.currency)),
            ("seller", SQLValue(header.seller.map(RecordCodec.seller))),
            ("extra", .text(RecordCodec.object(header.extra))),
        ]
        guard let expectedVersion else {
            let existing = try await session.sql.select().column("version").from("pipeline_header")
                .where("id", .equal, 1).first()
            guard existing == nil else { throw StoreError.alreadyExists(kind: "header", id: "pipeline") }
            try await session.sql.insert(into: "pipeline_header").columns(["id"] + values.map(\.0) + ["version"])
                .values([SQLBind(1)] + values.map { SQLBind($0.1) } + [SQLBind(1)]).run()
            return Versioned(header, version: 1)
        }
        let update = session.sql.update("pipeline_header")
        for (column, value) in values { update.set(SQLIdentifier(column), to: SQLBind(value)) }
        let rows = try await update.set(SQLIdentifier("version"), to: SQLRaw("version + 1"))
            .where("id", .equal, 1).where("version", .equal, expectedVersion).returning("version").all()
        guard let row = rows.first else {
            let actual = try await version(of: "pipeline_header", id: .integer(1), session: session)
            throw StoreError.conflict(kind: "header", id: "pipeline", expected: expectedVersion, actual: actual)
        }
        return Versioned(header, version: try row.decode(column: "version", as: Int.self))
    }

    static func create(
        _ account: Account, source: RecordSource, session: any SQLSession
    ) async throws -> Versioned<Account> {
        guard try await version(of: "accounts", id: .text(account.id.rawValue), session: session) == nil else {
            throw StoreError.alreadyExists(kind: "account", id: account.id.rawValue)
        }
        let columns = Array(SQLRows.accountColumns.dropLast()) + ["source", "version"]
        let values = SQLRows.accountValues(account) + [.text(source.rawValue), .integer(1)]
        try await session.sql.insert(into: "accounts").columns(columns).values(values.map { SQLBind($0) }).run()
        return Versioned(account, version: 1)
    }

    static func update(
        _ account: Account, expectedVersion: Int, session: any SQLSession
    ) async throws -> Versioned<Account> {
        let update = session.sql.update("accounts")
        for (column, value) in zip(
            SQLRows.accountColumns.dropFirst().dropLast(), SQLRows.accountValues(account).dropFirst())
        {
            update.set(SQLIdentifier(column), to: SQLBind(value))
        }
        let rows = try await update.set(SQLIdentifier("version"), to: SQLRaw("version + 1"))
            .where("id", .equal, account.id.rawValue).where("version", .equal, expectedVersion)
            .returning("version").all()
        guard let row = rows.first else {
            let actual = try await version(of: "accounts", id: .text(account.id.rawValue), session: session)
            throw StoreError.conflict(
                kind: "account", id: account.id.rawValue, expected: expectedVersion, actual: actual)
        }
        return Versioned(account, version: try row.decode(column: "version", as: Int.self))
    }

    static func create(
        _ deal: Opportunity, source: RecordSource, session: any SQLSession
    ) async throws -> Versioned<Opportunity> {
        guard try await version(of: "opportunities", id: .text(deal.id.rawValue), session: session) == nil else {
            throw StoreError.alreadyExists(kind: "deal", id: deal.id.rawValue)
        }
        try await requireAccount(deal, session: session)
        let columns = Array(SQLRows.opportunityColumns.dropLast()) + ["source", "version"]
        let values = SQLRows.opportunityValues(deal) + [.text(source.rawValue), .integer(1)]
        try await session.sql.insert(into: "opportunities").columns(columns).values(values.map { SQLBind($0) }).run()
        return Versioned(deal, version: 1)
    }

    static func update(
        _ deal: Opportunity, expectedVersion: Int, session: any SQLSession
    ) async throws -> Versioned<Opportunity> {
        try await requireAccount(deal, session: session)
        let update = session.sql.update("opportunities")
        for (column, value) in zip(
            SQLRows.opportunityColumns.dropFirst().dropLast(), SQLRows.opportunityValues(deal).dropFirst())
        {
            update.set(SQLIdentifier(column), to: SQLBind(value))
        }
        let rows = try await update.set(SQLIdentifier("version"), to: SQLRaw("version + 1"))
            .where("id", .equal, deal.id.rawValue).where("version", .equal, expectedVersion)
            .returning("version").all()
        guard let row = rows.first else {
            let actual = try await version(of: "opportunities", id: .text(deal.id.rawValue), session: session)
            throw StoreError.conflict(kind: "deal", id: deal.id.rawValue, expected: expectedVersion, actual: actual)
        }
        return Versioned(deal, version: try row.decode(column: "version", as: Int.self))
    }

    static func deleteOpportunity(_ id: DealID, expectedVersion: Int, session: any SQLSession) async throws {
        let rows = try await session.sql.delete(from: "opportunities").where("id", .equal, id.rawValue)
            .where("version", .equal, expectedVersion).returning("id").all()
        guard rows.isEmpty else { return }
        let actual = try await version(of: "opportunities", id: .text(id.rawValue), session: session)
        throw StoreError.conflict(kind: "deal", id: id.rawValue, expected: expectedVersion, actual: actual)
    }

    private static func requireAccount(_ deal: Opportunity, session: any SQLSession) async throws {
        guard try await version(of: "accounts", id: .text(deal.accountId.rawValue), session: session) != nil else {
            throw StoreError.missingReference(InMemoryPipelineStore.missingAccount(deal))
        }
    }

    static func version(of table: String, id: SQLValue, session: any SQLSession) async throws -> Int? {
        guard
            let row = try await session.sql.select().column("version").from(table)
                .where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return try row.decode(column: "version", as: Int.self)
    }
}
