import Foundation
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// Import, export, backup and migrations, through the use cases the CLI and the web share.
@Suite struct StoreUseCaseTests {
    @Test func aPipelineUploadIsImportedAndExportedBackTheSame() async throws {
        // Given an empty store
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        // When the demo is imported from memory and exported as a pipeline file
        let summary = try await ImportUseCase.run(AppFixtures.demoSource(), as: .pipeline, into: store)
        let sink = BufferSink()
        try await ExportUseCase.export(.pipeline, from: store, to: sink)
        // Then every record was created, and the export reads back to the same pipeline
        #expect(summary.deals.created == 12)
        let exported = try PipelineReader.read(sink.bytes).pipeline
        let original = try PipelineReader.read(Array(DemoPipeline.json.utf8)).pipeline
        #expect(exported.opportunities.map(\.id) == original.opportunities.map(\.id).sorted())
        #expect(exported.accounts.count == original.accounts.count)
    }

    @Test func aCRMExportIsImportedAndItsCSVExportNamesTheDeals() async throws {
        // Given an empty store and a Salesforce export
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        // When it is imported and exported as CSV
        let summary = try await ImportUseCase.run(
            try AppFixtures.upload("import/salesforce-opportunities.csv"), as: .salesforce, into: store)
        let sink = BufferSink()
        try await ExportUseCase.export(.csv, from: store, to: sink)
        // Then the deals are stored and come out under Salesforce's column names
        #expect(summary.deals.created > 0)
        #expect(sink.text.hasPrefix("Opportunity ID,Opportunity Name,"))
        #expect(sink.text.contains("Line 3 monitoring"))
    }

    @Test func aBadCRMRowRejectsTheWholeImportAndStoresNothing() async throws {
        // Given the demo stored, and an export with a bad amount
        let store = try await AppFixtures.demoStore()
        let before = try await store.counts()
        // When the bad export is imported, listing every bad row
        await #expect {
            _ = try await ImportUseCase.run(
                try AppFixtures.upload("import/bad-amount.csv"), as: .salesforce,
                options: .init(collectAllErrors: true), into: store)
        } throws: { error in
            // Then it is rejected with its bad rows, worded for people, and the report lists them
            guard case AppError.importRejected(let failure) = error else { return false }
            return failure.badRowCount >= 1 && failure.description.hasSuffix("; nothing was imported")
                && ImportReport.csv(failure).hasPrefix("line,column,problem")
        }
        // And nothing of it is stored
        #expect(try await store.counts() == before)
    }

    @Test func aBrokenPipelineUploadIsBadInputAndStoresNothing() async throws {
        // Given an empty store and a pipeline with a dangling reference
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        // When it is imported
        await #expect {
            _ = try await ImportUseCase.run(
                try AppFixtures.upload("broken/dangling-account.pipeline.json"), as: .pipeline, into: store)
        } throws: { error in
            // Then it is bad input naming the upload
            guard case AppError.badInput(let message) = error else { return false }
            return message.hasPrefix("broken/dangling-account.pipeline.json: ")
        }
        #expect(try await store.counts().opportunities == 0)
    }

    @Test func migrationsAndABackupOfAnSQLiteFile() async throws {
        // Given a new SQLite database file
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("app-store-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let config = AppConfig(database: .sqliteFile(path: directory.appendingPathComponent("s.db").path))
        let copy = directory.appendingPathComponent("copy.db").path
        // When it is migrated twice and backed up twice to the same path
        let first = try await StoreAdministration.migrate(config)
        let second = try await StoreAdministration.migrate(config)
        try await StoreAdministration.backup(config, to: copy)
        // Then the first run applies every migration and the second none; the copy exists, and a second
        // backup to the same path is refused
        #expect(!first.appliedNow.isEmpty && first.appliedNow == first.all)
        #expect(second.appliedNow.isEmpty && second.all == first.all)
        #expect(try await StoreAdministration.appliedMigrations(config) == first.all)
        #expect(FileManager.default.fileExists(atPath: copy))
        await #expect(throws: AppError.badInput("\(copy): already exists; expected a new file name for the backup")) {
            try await StoreAdministration.backup(config, to: copy)
        }
    }

    @Test func aBackupOfADatabaseThatIsNotThereIsBadInput() async throws {
        // Given a database path that does not exist
        let config = AppConfig(database: .sqliteFile(path: "/no/such/dir/s.db"))
        // When it is backed up
        // Then the error says so, and nothing is created
        await #expect(
            throws: AppError.badInput(
                "/no/such/dir/s.db: no such database; expected an existing SQLite file to back up")
        ) {
            try await StoreAdministration.backup(config, to: "/tmp/never-\(UUID()).db")
        }
    }

    @Test func storeErrorsBecomeAppErrorsThatNameTheDatabase() async throws {
        // Given store errors of every kind
        let database = DatabaseURL.sqliteFile(path: "x.db")
        // When they are mapped
        // Then the caller's faults and the database's are told apart, and the message names the database
        #expect(AppError.store(.notMigrated, database: database).isCallersFault)
        #expect(
            AppError.store(.notFound(kind: "deal", id: "d"), database: database)
                == .notFound("sqlite:x.db: no deal \"d\""))
        #expect(!AppError.store(.unavailable("down"), database: database).isCallersFault)
        #expect(!AppError.store(.corrupt("bad"), database: database).isCallersFault)
        // And a store that cannot be opened is an app error naming it
        await #expect {
            try await StoreFactory.withStore(AppConfig(database: .sqliteFile(path: "/no/such/dir/x.db"))) { _ in }
        } throws: { error in
            guard let error = error as? AppError else { return false }
            return !error.isCallersFault && error.description.hasPrefix("sqlite:/no/such/dir/x.db: ")
        }
    }

    @Test func theDatabaseFlagWinsAndABadURLIsAConfigurationError() throws {
        // Given a flag and a URL that is not understood
        // When the configuration is resolved
        // Then the flag is used, and the bad URL is a configuration error naming the flag
        #expect(try AppConfig.resolve(databaseFlag: "sqlite::memory:").database == .sqliteMemory)
        #expect {
            _ = try AppConfig.resolve(databaseFlag: "mysql://x")
        } throws: { error in
            guard case AppError.badConfiguration(let message) = error else { return false }
            return message.hasPrefix("--database: ")
        }
    }
}
