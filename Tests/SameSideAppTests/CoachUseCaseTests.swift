import Foundation
import SameSideApp
import SameSideCore
import SameSideStore
import Testing

@Suite struct CoachUseCaseTests {
    @Test func aPushyMessageIsSellerCentricAndRendersInEveryFormat() throws {
        // Given a message that chases and pressures
        let text = "Just checking in on the PO. If you can sign by Friday I can hold the 10% discount."
        // When it is coached
        let report = CoachUseCase().coach(text, kind: .email)
        // Then it is not customer-centric, and each format says so
        #expect(report.verdict != .customerCentric)
        #expect(CoachUseCase.render(report, format: .json).hasPrefix("{"))
        #expect(!CoachUseCase.render(report, format: .text).isEmpty)
        #expect(!CoachUseCase.render(report, format: .markdown).isEmpty)
    }

    @Test func theDealsGoalsComeFromAStoreAsContext() async throws {
        // Given the demo stored
        let store = try await AppFixtures.demoStore()
        // When the context of one stored deal is asked for, and of one that is not stored
        let context = try await CoachUseCase.context(deal: "o-northwind-line3", in: store, named: "db")
        // Then the deal and its account come back; the missing one is not found
        #expect(context.customerName == "Northwind Foods")
        #expect(!context.goals.isEmpty)
        await #expect(throws: AppError.notFound("db: no deal \"nope\" stored")) {
            _ = try await CoachUseCase.context(deal: "nope", in: store, named: "db")
        }
    }

    @Test func anUnknownDealInAPipelineFileIsBadInput() throws {
        // Given the demo written to a file
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("coach-\(getpid()).json").path
        try Data(DemoPipeline.json.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // When a deal of the file and one not in it are asked for as context
        let context = try CoachUseCase.context(deal: "o-harbor-rollout", pipeline: path)
        // Then the first comes with its account, the second is bad input naming the file
        #expect(context.customerName != nil && !context.goals.isEmpty)
        #expect {
            _ = try CoachUseCase.context(deal: "nope", pipeline: path)
        } throws: { error in
            guard case AppError.badInput(let message) = error else { return false }
            return message.hasPrefix("\(path): no deal \"nope\" (deals in the file: ")
        }
    }

    @Test func aPlaybookThatIsNotThereOrNotValidIsBadInput() throws {
        // Given a missing playbook and a playbook that is not JSON
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("playbook-\(getpid()).json").path
        try Data("not json".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        // When they are loaded
        // Then both are bad input naming the file; no playbook is the standard lexicon
        #expect(throws: AppError.badInput("/no/such/playbook.json: no such file")) {
            _ = try CoachUseCase.lexicon(playbook: "/no/such/playbook.json")
        }
        #expect {
            _ = try CoachUseCase.lexicon(playbook: path)
        } throws: { error in
            guard case AppError.badInput(let message) = error else { return false }
            return message.hasPrefix("\(path): ")
        }
        _ = try CoachUseCase.lexicon(playbook: nil)
    }

    @Test func aBinaryOrEmptyMessageIsRefusedWithTheOffendingByte() {
        // Given bytes that are not UTF-8, a NUL byte, and only white space
        // When they are read as a message
        // Then each is bad input that says what is wrong and where
        #expect(
            throws: AppError.badInput("m: not UTF-8 text (byte 0x41 at offset 1); binary data?")
        ) { _ = try MessageText.decode([0xE2, 0x41, 0x41], name: "m") }
        #expect(throws: AppError.badInput("m: not UTF-8 text (byte 0xFF at offset 2); binary data?")) {
            _ = try MessageText.decode([0x41, 0x42, 0xFF], name: "m")
        }
        #expect(throws: AppError.badInput("m: binary data (a NUL byte at offset 1); expected UTF-8 text")) {
            _ = try MessageText.decode([0x41, 0x00], name: "m")
        }
        #expect(throws: AppError.badInput("m: the message is empty; expected text to coach")) {
            _ = try MessageText.decode(Array(" \n\t".utf8), name: "m")
        }
    }

    @Test func aBatchCoachesEveryLineInOrderAndReportsBadOnes() throws {
        // Given three lines, the second broken
        let lines =
            #"{"id":"a","text":"What matters most to your team this quarter?"}"# + "\n" + "not json\n"
            + #"{"id":"c","text":"Just checking in."}"# + "\n"
        var output: [UInt8] = []
        var problems: [String] = []
        // When they are coached on one thread
        let failures = try CoachBatch(coach: MessageCoach(), defaultKind: .email, sellers: []).run(
            source: MemorySource(Array(lines.utf8), name: "m.jsonl"), threads: 1,
            output: { output.append(contentsOf: $0) }, problem: { problems.append($0) })
        // Then there are three result lines in order, and the bad one is reported with its number
        let results = String(decoding: output, as: UTF8.self).split(separator: "\n")
        #expect(failures == 1)
        #expect(results.count == 3)
        #expect(results[0].hasPrefix(#"{"id":"a""#))
        #expect(results[2].hasPrefix(#"{"id":"c""#))
        #expect(problems.count == 1 && problems[0].hasPrefix("m.jsonl: line 2: malformed JSON"))
    }
}
