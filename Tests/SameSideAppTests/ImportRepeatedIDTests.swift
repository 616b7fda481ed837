import SameSideApp
import SameSideCore
import SameSideStore
import Testing

/// A file that repeats a deal id, within one write batch and across batches: each deal counted once, every
/// repeat named with its lines, the later row kept.
@Suite struct ImportRepeatedIDTests {
    /// A Salesforce export of `rows` deals (lines 2…rows+1) where line 30 repeats line 20's id (same batch),
    /// line 9000 repeats line 2's id with another amount, and line 11500 repeats line 10 exactly: later batches,
    /// as a batch is at least 1,000 rows and one 256 KB chunk of the file (about 5,000 of these rows).
    static func export(rows: Int = 12_000) -> String {
        var text = "Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date\n"
        for line in 2...(rows + 1) {
            let source = [30: 20, 9000: 2, 11500: 10][line] ?? line
            let amount = line == 9000 ? 200 : (source == 2 ? 100 : source)
            text += "006G\(source),Deal \(source),Account \(source % 40),Prospecting,\(amount),2027-01-15\n"
        }
        return text
    }

    func importing(_ text: String, into store: InMemoryPipelineStore) async throws -> ImportSummary {
        try await ImportUseCase.run(MemorySource(Array(text.utf8), name: "deals.csv"), as: .salesforce, into: store)
    }

    @Test func aDealIdRepeatedAcrossBatchesIsCountedOnceAndEachRepeatIsNamed() async throws {
        // given an empty store and an export of 12,000 rows with three repeated ids
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        // when it is imported
        let summary = try await importing(Self.export(), into: store)
        // then every distinct deal is created once, none is "updated" by its own file, and the repeats are named
        #expect(summary.rowsRead == 12_000)
        #expect(summary.deals == UpsertCounts(created: 11_997, updated: 0, unchanged: 0))
        #expect(
            summary.notes.contains(
                "3 rows repeat the deal id of an earlier row in the file: line 30 (like line 20), "
                    + "line 9000 (like line 2), line 11500 (like line 10); the later row of each id was kept, "
                    + "and each deal is counted once"), "\(summary.notes)")
        // and the later row's values are the ones stored
        #expect(try await store.opportunity("006G2")?.value.amount == 200)
        #expect(try await store.counts().opportunities == 11_997)
    }

    @Test func reimportingAFileWithTheSameRowRepeatedChangesNothing() async throws {
        // given the export with only exact repeats, imported once
        let text = Self.export().replacingOccurrences(
            of: "Deal 2,Account 2,Prospecting,200,", with: "Deal 2,Account 2,Prospecting,100,")
        let store = InMemoryPipelineStore()
        _ = try await store.migrate()
        _ = try await importing(text, into: store)
        let before = try await store.opportunity("006G10")
        // when it is imported again
        let again = try await importing(text, into: store)
        // then nothing is created or updated, each deal is counted once, and no version moved
        #expect(again.deals == UpsertCounts(created: 0, updated: 0, unchanged: 11_997))
        #expect(try await store.opportunity("006G10")?.version == before?.version)
    }
}
