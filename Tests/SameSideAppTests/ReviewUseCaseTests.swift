import SameSideApp
import SameSideCore
import SameSideStore
import Testing

@Suite struct ReviewUseCaseTests {
    let useCase = ReviewUseCase(playbook: .standard, clock: FixedDayClock(AppFixtures.clockDay))

    @Test func aFileIsReviewedDealByDealInFileOrderAsOfItsOwnDay() throws {
        // Given the demo pipeline as an upload (asOf 2026-11-25)
        let input = try AppFixtures.demoInput()
        // When every open deal is reviewed without worker threads
        let scope = useCase.scope(of: input, asOf: nil)
        var ids: [DealID] = []
        try useCase.reviewFile(input, scope: scope, deal: nil) { ids.append($0.dealId) }
        // Then the file's day wins over the clock, and the ten open deals come in file order
        #expect(scope.asOf == Day("2026-11-25"))
        #expect(ids.count == 10)
        #expect(ids.first == "o-northwind-line3")
        #expect(!ids.contains("o-copperleaf-audit"))
    }

    @Test func theDayAskedForWinsOverTheFileAndTheClockComesLast() throws {
        // Given a pipeline without asOf
        let input = try PipelineInput.open(
            source: MemorySource(
                Array(#"{"format":"sameside.pipeline/1","accounts":[],"opportunities":[]}"#.utf8), name: "p.json"))
        // When the scope is asked for with and without a day
        // Then the day asked for wins, else the clock's today
        #expect(useCase.scope(of: input, asOf: Day("2026-01-02")).asOf == Day("2026-01-02"))
        #expect(useCase.scope(of: input, asOf: nil).asOf == AppFixtures.clockDay)
    }

    @Test func aDealThatIsNotInTheFileIsBadInputNamingTheFile() throws {
        // Given the demo
        let input = try AppFixtures.demoInput()
        // When a deal that is not there is reviewed
        // Then the error names the file and the deal
        #expect(throws: AppError.badInput("demo.pipeline.json: no deal \"nope\" (read 12 deals)")) {
            try useCase.reviewFile(input, scope: useCase.scope(of: input, asOf: nil), deal: "nope") { _ in }
        }
    }

    @Test func aClosedDealIsNotReviewed() throws {
        // Given the demo, whose o-copperleaf-audit is won
        let input = try AppFixtures.demoInput()
        // When it is reviewed by id
        // Then the error says it is won and that review looks at open deals only
        #expect(
            throws: AppError.badInput(
                "demo.pipeline.json: deal \"o-copperleaf-audit\" is won; review looks at open deals only")
        ) {
            try useCase.reviewFile(
                input, scope: useCase.scope(of: input, asOf: nil), deal: "o-copperleaf-audit"
            ) { _ in }
        }
    }

    @Test func theStoredPipelineGivesTheSameReviewsAsTheFileWithOrWithoutWorkers() async throws {
        // Given the demo stored, and the file's reviews
        let store = try await AppFixtures.demoStore()
        let input = try AppFixtures.demoInput()
        var fromFile: [DealReview] = []
        try useCase.reviewFile(input, scope: useCase.scope(of: input, asOf: nil), deal: nil) { fromFile.append($0) }
        // When the store is reviewed inline and on two worker threads
        let scope = try await useCase.scope(of: store, asOf: nil)
        var inline: [DealReview] = []
        try await useCase.reviewStored(in: store, scope: scope) { inline.append($0) }
        var threaded: [DealReview] = []
        try await useCase.reviewStored(in: store, scope: scope, workers: 2) { threaded.append($0) }
        // Then all three agree (the store in id order)
        let sortedFile = fromFile.sorted { $0.dealId.rawValue < $1.dealId.rawValue }
        #expect(inline.map(\.dealId) == sortedFile.map(\.dealId))
        #expect(inline.map(\.verdict) == sortedFile.map(\.verdict))
        #expect(threaded.map(\.dealId) == inline.map(\.dealId))
        #expect(scope.asOf == Day("2026-11-25"))
    }

    @Test func oneStoredDealIsReviewedAndAMissingOrClosedOneIsAnError() async throws {
        // Given the demo stored
        let store = try await AppFixtures.demoStore()
        let scope = try await useCase.scope(of: store, asOf: Day("2026-12-01"))
        // When one open, one missing and one lost deal are reviewed
        let review = try await useCase.reviewStoredDeal("o-harbor-rollout", in: store, named: "db", scope: scope)
        // Then the open one is reviewed as of the day asked for; the others are errors naming the store
        #expect(review.dealId == "o-harbor-rollout")
        await #expect(throws: AppError.notFound("db: no deal \"nope\" stored")) {
            _ = try await useCase.reviewStoredDeal("nope", in: store, named: "db", scope: scope)
        }
        await #expect(
            throws: AppError.badInput("db: deal \"o-millbrook-energy\" is lost; review looks at open deals only")
        ) {
            _ = try await useCase.reviewStoredDeal("o-millbrook-energy", in: store, named: "db", scope: scope)
        }
    }

    @Test func theReportWritesTheContractsJSONToAnySink() throws {
        // Given the demo's reviews
        let input = try AppFixtures.demoInput()
        let scope = useCase.scope(of: input, asOf: nil)
        let sink = BufferSink()
        var report = ReviewReport(format: .json, asOf: scope.asOf, currency: "USD", color: false, writer: sink)
        // When they are written as JSON into a buffer
        try useCase.reviewFile(input, scope: scope, deal: nil) { try report.add($0) }
        try report.finish()
        // Then it is one JSON document with the summary of ten deals
        let value = try JSONParser.parse(sink.bytes)
        guard case .object(let object) = value, case .object(let summary)? = object["summary"] else {
            Issue.record("not a JSON object with a summary")
            return
        }
        #expect(object["asOf"] == .string("2026-11-25"))
        #expect(summary["deals"] == .number(10))
    }
}
