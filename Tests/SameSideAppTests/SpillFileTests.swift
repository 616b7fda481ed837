import Foundation
import SameSideCore
import Testing

@testable import SameSideApp

@Suite struct SpillFileTests {
    @Test func aTemporaryFileGivesBackEveryRunItWasGiven() throws {
        // Given runs of several sizes, one far larger than a read piece
        let spill = TemporaryFileSpill()
        let runs: [[UInt8]] = [[1, 2, 3], [], Array(repeating: 0xAB, count: 3 << 20), Array("ünï".utf8)]
        // When they are stored one after another
        let ranges = try runs.map { try spill.append($0) }
        // Then each reads back whole, and reading past the end gives only what is there
        for (run, range) in zip(runs, ranges) {
            #expect(try spill.read(at: range.offset, count: range.count) == run)
        }
        let last = try #require(ranges.last)
        #expect(try spill.read(at: last.offset, count: 1_000) == runs[3])
    }

    @Test func duplicateIdsAreFoundThroughATemporaryFile() throws {
        // Given more ids than a tiny budget holds, so they spill into many runs on disk
        var finder = DuplicateIDFinder(storage: TemporaryFileSpill(), memoryBudget: 1 << 12)
        for position in 0..<20_000 { finder.note("deal-\(position % 19_990)", position: position) }
        // When the stream ends
        let report = try finder.finish()
        // Then exactly the ten repeats are found, each against its first position
        #expect(report.total == 10)
        #expect(report.duplicates.first == .init(id: "deal-0", first: 0, again: 19_990))
        #expect(report.duplicates.map(\.again) == Array(19_990..<20_000))
    }

    @Test func groupsComeBackInTheirOwnOrderAfterSpilling() throws {
        // Given text added to three groups in turn, well past the memory limit
        let spool = GroupedSpool(groups: 3, memoryLimit: 100)
        var expected = ["", "", ""]
        for number in 0..<500 {
            let text = "deal \(number) — ✓\n"
            try spool.append(text, to: number % 3)
            expected[number % 3] += text
        }
        // When each group is drained
        var drained: [String] = []
        for group in 0..<3 {
            var bytes: [UInt8] = []
            try spool.drain(group) { bytes += $0 }
            drained.append(String(decoding: bytes, as: UTF8.self))
        }
        // Then every group holds exactly its own text, in the order it was added
        #expect(drained == expected)
        #expect(!spool.isEmpty(0))
    }
}
