import Foundation
import SameSideCore
import Synchronization
import Testing

@testable import SameSideApp

@Suite struct OrderedWorkersTests {
    struct Stop: Error {}

    @Test func resultsComeBackInSubmissionOrderWhateverTheWorkersFinishFirst() throws {
        // Given uneven work (some items far slower) on three workers with small batches
        let pool = OrderedWorkers<Int, String>(workers: 3, batchSize: 7, window: 4) { item in
            if item % 50 == 0 { usleep(2_000) }
            return "item \(item) squared \(item * item)"
        }
        defer { pool.close() }
        // When 5,003 items pass through (the last batch is partial)
        var delivered: [String] = []
        for item in 0..<5_003 { try pool.submit(item) { delivered.append($0) } }
        try pool.finish { delivered.append($0) }
        // Then every result is there once, in order
        #expect(delivered == (0..<5_003).map { "item \($0) squared \($0 * $0)" })
    }

    @Test func noMoreThanTheWindowIsWorkedAheadOfTheCaller() throws {
        // Given a caller that delivers slowly, so the workers could race far ahead if allowed
        let transformed = Atomic<Int>(0)
        let pool = OrderedWorkers<Int, Int>(workers: 2, batchSize: 10, window: 3) { item in
            transformed.add(1, ordering: .relaxed)
            return item
        }
        defer { pool.close() }
        var delivered = 0
        var mostAhead = 0
        func deliver(_: Int) {
            delivered += 1
            if delivered % 25 == 0 { usleep(1_000) }
            mostAhead = max(mostAhead, transformed.load(ordering: .relaxed) - delivered)
        }
        // When 2,000 items pass through
        for item in 0..<2_000 { try pool.submit(item, deliver: deliver) }
        try pool.finish(deliver: deliver)
        // Then all arrive, and the workers were never more than the window's items ahead
        #expect(delivered == 2_000)
        #expect(mostAhead <= 3 * 10)
    }

    @Test func anErrorWhileDeliveringStopsTheRunAndIsRethrown() throws {
        // Given a delivery that fails at the 100th result
        let pool = OrderedWorkers<Int, Int>(workers: 2, batchSize: 8) { $0 }
        defer { pool.close() }
        var delivered = 0
        // When items keep coming
        #expect(throws: Stop.self) {
            for item in 0..<10_000 {
                try pool.submit(item) { _ in
                    delivered += 1
                    if delivered == 100 { throw Stop() }
                }
            }
        }
        // Then delivery stopped right there
        #expect(delivered == 100)
    }

    @Test func aBadRecordStillHandsOnEveryDealBeforeItWithWorkers() throws {
        // Given a generated pipeline with a broken line after a few hundred deals
        var lines = AppFixtures.generatedLines(deals: 600, seed: 3)
        let brokenAt = lines.count - 150
        lines.insert("{\"type\":\"opportunity\", broken", at: brokenAt)
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("ordered-workers-bad-\(UUID().uuidString).jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        func reviewsBeforeTheError(workers: Int) throws -> [DealID] {
            let input = try PipelineInput.open(path: path)
            let session = ReviewSession(
                header: input.header, playbook: .standard, asOf: try #require(input.header.asOf), dealFilter: nil,
                workers: workers)
            var ids: [DealID] = []
            #expect(throws: AppError.self) { try session.run(input: input) { ids.append($0.dealId) } }
            return ids
        }
        // When it is reviewed between reads and on two workers
        let alone = try reviewsBeforeTheError(workers: 0)
        let parallel = try reviewsBeforeTheError(workers: 2)
        // Then both hand on the same deals, all those before the broken line
        #expect(alone.count > 300)
        #expect(parallel == alone)
    }

    @Test func reviewsAreTheSameAndInTheSameOrderWithOneOrSeveralWorkers() throws {
        // Given a generated pipeline of a few hundred deals
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("ordered-workers-\(UUID().uuidString).jsonl").path
        let lines = AppFixtures.generatedLines(deals: 400, seed: 7)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        func reviews(workers: Int) throws -> [DealReview] {
            let input = try PipelineInput.open(path: path)
            let asOf = try #require(input.header.asOf)
            let session = ReviewSession(
                header: input.header, playbook: .standard, asOf: asOf, dealFilter: nil, workers: workers)
            var result: [DealReview] = []
            try session.run(input: input) { result.append($0) }
            return result
        }
        // When it is reviewed on the reading thread and on three workers
        let alone = try reviews(workers: 0)
        let parallel = try reviews(workers: 3)
        // Then both give the same reviews in file order
        #expect(alone.count > 300)
        #expect(parallel == alone)
    }
}
