import Testing

@testable import SameSideCore

@Suite struct DuplicateIDFinderTests {
    /// The answer by brute force: every repeat of an id, against its first position.
    private func expected(_ ids: [String]) -> [DuplicateIDFinder.Duplicate] {
        var first: [String: Int] = [:]
        var found: [DuplicateIDFinder.Duplicate] = []
        for (position, id) in ids.enumerated() {
            if let earlier = first[id] {
                found.append(.init(id: id, first: earlier, again: position))
            } else {
                first[id] = position
            }
        }
        return found
    }

    /// Ids of varied lengths and scripts, with about one in `repeatEvery` drawn again from earlier ones.
    private func randomIDs(count: Int, seed: UInt64, repeatEvery: Int) -> [String] {
        var rng = SplitMix64(seed: seed)
        let pieces = ["o", "deal-", "ÉTÉ-", "客户", "🚀", "x", "0", "Z", "a\u{301}"]
        var ids: [String] = []
        for _ in 0..<count {
            if !ids.isEmpty, rng.int(1...repeatEvery) == 1 {
                ids.append(ids[rng.int(0...(ids.count - 1))])
            } else {
                let parts = (0..<rng.int(1...4)).map { _ in pieces[rng.int(0...(pieces.count - 1))] }
                ids.append(parts.joined() + String(rng.int(0...999_999)))
            }
        }
        return ids
    }

    private func find(_ ids: [String], budget: Int, storage: InMemorySpillStorage) throws -> DuplicateIDFinder.Report {
        var finder = DuplicateIDFinder(storage: storage, memoryBudget: budget, keep: 10_000)
        for (position, id) in ids.enumerated() { finder.note(id, position: position) }
        return try finder.finish()
    }

    @Test(arguments: [(UInt64(1), 1 << 10), (2, 1 << 12), (3, 1 << 16), (4, 64 << 20)])
    func findsExactlyTheRepeatsWhetherOrNotItSpills(seed: UInt64, budget: Int) throws {
        // Given ids in which some come back, and a budget from tiny (many runs) to ample (no run)
        let ids = randomIDs(count: 5_000, seed: seed, repeatEvery: 7)
        let storage = InMemorySpillStorage()
        // When
        let report = try find(ids, budget: budget, storage: storage)
        // Then: the same duplicates as brute force, in the order they came back
        let truth = expected(ids)
        #expect(!truth.isEmpty)
        #expect(report.duplicates == truth)
        #expect(report.total == truth.count)
        #expect((storage.count > 0) == (budget < 1 << 20))
    }

    @Test func idsThatDifferOnlyInOneByteOrInLengthAreNotDuplicates() throws {
        let ids = ["o1", "o10", "o1 ", "O1", "o\u{0}1", "é", "e\u{301}", "o1"]
        let report = try find(ids, budget: 1 << 10, storage: InMemorySpillStorage())
        #expect(report.duplicates == [.init(id: "o1", first: 0, again: 7)])
    }

    @Test func theReportListsTheEarliestAndCountsTheRest() throws {
        let ids = (0..<3_000).map { "o\($0 % 100)" }
        var finder = DuplicateIDFinder(storage: InMemorySpillStorage(), memoryBudget: 1 << 10, keep: 5)
        for (position, id) in ids.enumerated() { finder.note(id, position: position) }
        let report = try finder.finish()
        #expect(report.total == 2_900)
        #expect(report.duplicates.map(\.again) == [100, 101, 102, 103, 104])
        #expect(report.duplicates.first == .init(id: "o0", first: 0, again: 100))
    }

    @Test func aVeryLongIdSurvivesTheRunEncoding() throws {
        let long = String(repeating: "ü", count: 100_000)
        let report = try find(["a", long, "b", long], budget: 1 << 10, storage: InMemorySpillStorage())
        #expect(report.duplicates == [.init(id: long, first: 1, again: 3)])
    }

    @Test func aStorageFailureIsThrownByFinish() {
        final class FullDisk: SpillStorage {
            struct Full: Error {}
            func append(_ bytes: [UInt8]) throws -> SpillRange { throw Full() }
            func read(at offset: Int, count: Int) throws -> [UInt8] { [] }
        }
        var finder = DuplicateIDFinder(storage: FullDisk(), memoryBudget: 1 << 10)
        for position in 0..<1_000 { finder.note("deal-\(position)", position: position) }
        #expect(throws: FullDisk.Full.self) { _ = try finder.finish() }
    }

    @Test(arguments: [UInt64(0), 1, 127, 128, 300, 1 << 35, UInt64.max])
    func leb128RoundTrips(value: UInt64) {
        var bytes: [UInt8] = []
        LEB128.append(value, to: &bytes)
        var index = 0
        #expect(LEB128.read(bytes, at: &index) == value)
        #expect(index == bytes.count)
        var cut = 0
        #expect(bytes.count == 1 || LEB128.read(Array(bytes.dropLast()), at: &cut) == nil)
    }
}
