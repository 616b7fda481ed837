import Foundation
import SameSideCore
import Testing

@Suite struct CRMRowMapperTests {
    func record(_ fields: [String], line: Int = 2) throws -> CSVParser.Record {
        var parser = CSVParser()
        var out: CSVParser.Record?
        let text = fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
        try parser.feed(Array((String(repeating: "\n", count: line - 1) + text + "\n").utf8)) { out = $0 }
        return try #require(out)
    }

    let salesforceHeader = [
        "Opportunity Name", "Account Name", "Stage", "Amount Currency", "Amount", "Close Date", "Probability (%)",
        "Opportunity Owner", "Created Date", "Next Step",
    ]

    @Test func aSalesforceRowBecomesADealAndItsAccountWithUnknownColumnsKept() throws {
        let mapper = try CRMRowMapper(header: salesforceHeader, source: .salesforce, dateOrder: .mdy)
        let row = try record([
            "Line 3", "Northwind", "Closed Won", "EUR", "12,400.00", "3/4/2026", "100", "Sam", "1/15/2026", "",
        ])
        let mapped = try mapper.map(row)
        #expect(mapped.opportunity.name == "Line 3")
        #expect(mapped.opportunity.amount == 12_400)
        #expect(mapped.opportunity.status == .won && mapped.opportunity.stage == "Closed Won")
        #expect(mapped.opportunity.closeDate?.description == "2026-03-04")
        #expect(
            mapped.opportunity.extra == [
                "crm": .object(["Probability (%)": .string("100"), "currency": .string("EUR")]),
                "sourceCarries": .array([.string("currency")]),
            ])
        #expect(mapped.account.name == "Northwind" && mapped.opportunity.accountId == mapped.account.id)
    }

    @Test func withoutAnIdColumnTheKeyIsStableAcrossRuns() throws {
        let mapper = try CRMRowMapper(header: salesforceHeader, source: .salesforce, dateOrder: .mdy)
        let fields = ["Line 3", "Northwind", "Prospecting", "", "1", "", "", "", "1/15/2026", ""]
        let first = try mapper.map(try record(fields)).opportunity.id
        let again = try mapper.map(try record(fields, line: 9)).opportunity.id
        var other = fields
        other[0] = "Line 4"
        #expect(first == again)
        #expect(first != (try mapper.map(try record(other)).opportunity.id))
        #expect(first.rawValue.hasPrefix("sf-"))
    }

    @Test func hubspotStageIdsBecomeLabelsAndSetTheStatus() throws {
        let mapper = try CRMRowMapper(
            header: ["Record ID", "Deal Name", "Deal Stage", "Pipeline", "Amount", "Associated Company"],
            source: .hubspot, dateOrder: .mdy)
        let mapped = try mapper.map(try record(["123", "Pilot", "closedlost", "default", "42,000", "Contoso"]))
        #expect(mapped.opportunity.id == "hubspot-123")
        #expect(mapped.opportunity.stage == "Closed Lost" && mapped.opportunity.status == .lost)
        #expect(
            mapped.opportunity.extra == ["crm": .object(["Pipeline": .string("default")]), "sourceCarries": .array([])])
    }

    @Test(arguments: [
        (4, "abc", "line 2, column 5 (\"Amount\"): \"abc\" is not an amount"),
        (5, "31/31/2026", "line 2, column 6 (\"Close Date\"): \"31/31/2026\" is not a date that exists"),
        (0, "", "line 2, column 1 (\"Opportunity Name\"): empty; expected the deal's name"),
        (4, "(1,500.00)", "line 2, column 5 (\"Amount\"): \"(1,500.00)\" is a negative amount; expected 0 or more"),
        (4, "-300", "line 2, column 5 (\"Amount\"): \"-300\" is a negative amount"),
    ])
    func aBadCellNamesLineColumnAndWhatWasExpected(_ index: Int, _ value: String, _ prefix: String) throws {
        let mapper = try CRMRowMapper(header: salesforceHeader, source: .salesforce, dateOrder: .mdy)
        var fields = ["Line 3", "Northwind", "Prospecting", "", "1", "1/1/2026", "", "", "", ""]
        fields[index == 4 ? 4 : index == 5 ? 5 : 0] = value
        #expect {
            _ = try mapper.map(try record(fields))
        } throws: { error in
            (error as? CRMImportError)?.description.hasPrefix(prefix) == true
        }
    }

    @Test func aMissingRequiredColumnIsNamed() {
        #expect {
            _ = try CRMRowMapper(header: ["Opportunity Name", "Stage"], source: .salesforce, dateOrder: .mdy)
        } throws: { error in
            (error as? CRMImportError)?.message.hasPrefix("no \"Account Name\" or \"Account ID\" column") == true
        }
    }

    @Test func aHeaderThatIsOneSeparatedColumnIsNamedAsSuch() {
        #expect {
            _ = try CRMRowMapper(header: ["Opportunity Name;Account Name;Stage"], source: .salesforce, dateOrder: .mdy)
        } throws: { error in
            (error as? CRMImportError)?.message.contains("separated by semicolons; expected comma-, semicolon-") == true
        }
    }

    @Test func theBulkBatchHoldsEachRowAsTheStoreKeepsIt() throws {
        // given cells that need JSON escaping, trimming, repair of invalid UTF-8 and an ISO date
        let mapper = try CRMRowMapper(header: salesforceHeader, source: .salesforce, dateOrder: .mdy)
        var parser = CSVParser()
        var batch = CRMDealBatch()
        let text =
            "Line 3 ,\u{00A0}Northwind ,Closed Lost,,\"$1,200.50\",2026-03-04,\"say \"\"hi\"\"\\\",Sam,1/15/2026,"
            + "\"two\nlines\"\n"
        var bytes = Array(text.utf8)
        bytes.insert(0xFF, at: bytes.count - 3)
        // when the row is mapped into a batch
        try parser.feed(bytes) { try mapper.append($0, to: &batch) }
        // then the texts are trimmed and valid, the dates ISO, and `extra` is the JSON the store writes
        let row = try #require(batch.rows.first)
        #expect(batch.text(row.name) == "Line 3" && batch.text(row.accountName) == "Northwind")
        #expect(row.status == .lost && batch.text(row.stage) == "Closed Lost" && row.amount == 1200.5)
        #expect(row.closeDate.map(batch.text) == "2026-03-04" && row.createdDate.map(batch.text) == "2026-01-15")
        let extra: JSONObject = [
            "crm": .object([
                "Probability (%)": .string("say \"hi\"\\"), "Next Step": .string("two\nline\u{FFFD}s"),
                "currency": .string("USD"),
            ]),
            "sourceCarries": .array([.string("currency")]),
        ]
        #expect(batch.text(row.extra) == JSONSerializer.serialize(.object(extra)))
        #expect(batch.record(at: 0).opportunity.extra == extra)
    }

    @Test func theLastRowOfADealIdWinsInFirstSeenOrder() throws {
        let mapper = try CRMRowMapper(
            header: ["Opportunity ID", "Opportunity Name", "Account Name", "Stage"], source: .salesforce,
            dateOrder: .mdy)
        var parser = CSVParser()
        var batch = CRMDealBatch()
        try parser.feed(Array("a,First,X,S\nb,Other,X,S\na,Again,X,S\n".utf8)) { try mapper.append($0, to: &batch) }
        #expect(batch.lastOfEachID().map { batch.text(batch.rows[$0].name) } == ["Again", "Other"])
    }

    @Test(arguments: ["Closed Won", "closed-won", "WON", "Closed Lost", "lost", "Negotiation/Review", "Clôturé"])
    func theFastStageStatusAgreesWithTheStageMap(_ stage: String) {
        let fast = CRMStageMap.status(ofSalesforceStage: ArraySlice(stage.utf8))
        #expect(fast == nil || fast == CRMStageMap.map(stage, source: .salesforce).status)
        #expect((fast == nil) == !stage.utf8.allSatisfy { $0 < 0x80 })
    }
}
