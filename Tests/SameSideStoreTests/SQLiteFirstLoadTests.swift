import Foundation
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// A first CRM import into an empty SQLite file runs with a rollback journal (each page written once)
/// and puts the file back in WAL mode; with the file open elsewhere it keeps the WAL. Either way it
/// stores every row, and the store goes on working afterwards.
@Suite struct SQLiteFirstLoadTests {
    /// A Salesforce-style export of `rows` deals over 7 accounts.
    static func csv(rows: Int) -> [UInt8] {
        var out = "Opportunity ID,Opportunity Name,Account ID,Account Name,Stage,Amount,Close Date,Lead Source\r\n"
        for i in 0..<rows {
            out +=
                "006\(100_000 + i),Deal \(i),001\(i % 7),Account \(i % 7),Prospecting,\(1000 + i),3/\(1 + i % 28)/2027,Web\r\n"
        }
        return Array(out.utf8)
    }

    func withFile(_ body: (String) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sameside-first-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try await body(directory.appendingPathComponent("first.db").path)
    }

    func open(_ path: String) async throws -> SQLPipelineStore {
        let store = try await StoreFactory.open(AppConfig(database: .sqliteFile(path: path)))
        return try #require((store as? ReviewKeepingStore)?.underlying as? SQLPipelineStore)
    }

    func importCSV(rows: Int, into store: SQLPipelineStore) async throws -> ImportSummary {
        try await CRMImport(source: .salesforce).run(
            source: MemorySource(Self.csv(rows: rows), name: "x.csv"), into: store)
    }

    @Test func aFirstImportLeavesTheFileInWALModeWithSixteenKilobytePagesAndEveryRowStored() async throws {
        try await withFile { path in
            // given a new database file
            let store = try await open(path)
            // when a first import runs into it
            let summary = try await importCSV(rows: 2_000, into: store)
            // then every row is stored, the file is back in WAL mode, no rollback journal is left,
            // and the store's own connection works again (a re-import changes nothing)
            #expect(summary.deals.created == 2_000)
            let settings = try #require(try await store.sqliteFileSettings())
            #expect(settings.journalMode == "wal" && settings.pageSize == 16_384)
            #expect(!FileManager.default.fileExists(atPath: path + "-journal"))
            #expect(try await store.counts().opportunities == 2_000)
            let again = try await importCSV(rows: 2_000, into: store)
            #expect(again.deals.unchanged == 2_000 && again.deals.created == 0)
            try await store.close()
        }
    }

    @Test func aFirstImportWhileAnotherConnectionHasTheFileOpenKeepsTheWALAndStoresEveryRow() async throws {
        try await withFile { path in
            // given a new database file that a second store (its own connection) also has open
            let store = try await open(path)
            let other = try await open(path)
            // when a first import runs through the first store
            let summary = try await importCSV(rows: 1_500, into: store)
            // then the rows are stored and the other connection sees them in a file still in WAL mode
            #expect(summary.deals.created == 1_500)
            #expect(try await other.counts().opportunities == 1_500)
            #expect(try await other.sqliteFileSettings()?.journalMode == "wal")
            try await other.close()
            try await store.close()
        }
    }

    @Test func aFirstImportWithABadRowStoresNothingAndTheFileStaysUsable() async throws {
        try await withFile { path in
            // given a new database file and an export whose last row has an amount that is no number
            let store = try await open(path)
            var bytes = Self.csv(rows: 1_200)
            bytes += Array("006999999,Broken,0019,Account 9,Prospecting,lots,3/1/2027,Web\r\n".utf8)
            // when it is imported
            await #expect(throws: ImportFailure.self) {
                try await CRMImport(source: .salesforce).run(source: MemorySource(bytes, name: "bad.csv"), into: store)
            }
            // then nothing is stored, the file is in WAL mode, and a good import still works
            #expect(try await store.counts().opportunities == 0)
            #expect(try await store.sqliteFileSettings()?.journalMode == "wal")
            #expect(try await importCSV(rows: 10, into: store).deals.created == 10)
            try await store.close()
        }
    }
}
