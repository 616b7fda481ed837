import Foundation
import SameSideCore
import Testing

/// The problem classes real exports bring, each on a generated file: header spellings, delimiters,
/// date and number forms, yes/no flags, rows without ids, companies known only by domain, currency.
@Suite struct ExportShapeTests {
    /// Parses `text` with the dialect it sniffs and maps every row after the header.
    func rows(
        _ text: String, source: CRMSource = .salesforce, order: DateOrder = .mdy, currency: String? = nil
    ) throws -> (records: [CRMRecord], notes: CRMImportNotes, mapper: CRMRowMapper) {
        let bytes = Array(text.utf8)
        let dialect = CSVDialect.sniff(bytes[...])
        var parser = CSVParser(delimiter: dialect.delimiter)
        var all: [CSVParser.Record] = []
        try parser.feed(bytes.dropFirst(dialect.skipBytes)) { all.append($0) }
        try parser.finish { all.append($0) }
        let mapper = try CRMRowMapper(
            header: all[0].fields, source: source, dateOrder: order, decimalComma: dialect.decimalComma,
            defaultCurrency: currency)
        var batch = CRMDealBatch()
        var notes = CRMImportNotes()
        for record in all.dropFirst() { try mapper.append(record, to: &batch, notes: &notes) }
        return ((0..<batch.count).map(batch.record(at:)), notes, mapper)
    }

    @Test(arguments: [
        "Opportunity Name,Account Name,Stage,Close Date,Created Date,Is Won",
        "Name,AccountId,StageName,CloseDate,CreatedDate,IsWon",
        "name,accountid,stagename,closedate,createddate,iswon",
        "NAME,ACCOUNTID,STAGENAME,CLOSEDATE,CREATEDDATE,ISWON",
        "name,account_id,stage_name,close_date,created_date,is_won",
        "Opportunity_Name,Account_ID,Stage_Name,Close_Date,Created_Date,Is_Won",
    ])
    func everySpellingOfAFieldFindsTheSameColumn(_ header: String) throws {
        // given one header in report labels, API names in any case, or warehouse snake_case
        let mapper = try CRMRowMapper(
            header: header.split(separator: ",").map(String.init), source: .salesforce, dateOrder: .mdy)
        // then each known field is read from its column
        #expect(mapper.columns[.dealName] == 0 && mapper.columns[.stage] == 2)
        #expect(mapper.columns[.accountName] == 1 || mapper.columns[.accountID] == 1)
        #expect(mapper.columns[.closeDate] == 3 && mapper.columns[.createdDate] == 4 && mapper.columns[.isWon] == 5)
        #expect(mapper.keptColumns.isEmpty)
    }

    @Test func twoColumnsForOneFieldAreAnErrorNamingBoth() {
        #expect {
            _ = try CRMRowMapper(
                header: ["Name", "Stage", "Account", "Close Date", "close_date"], source: .salesforce, dateOrder: .mdy)
        } throws: { error in
            let text = (error as? CRMImportError)?.description ?? ""
            return text.contains("column 5 (\"close_date\")") && text.contains("column 4 (\"Close Date\")")
        }
    }

    @Test func aColumnThatLooksLikeAnUnreadFieldIsAnErrorNamingIt() {
        #expect {
            _ = try CRMRowMapper(
                header: ["Name", "Account", "Stage", "Close Date (MM/DD/YYYY)"], source: .salesforce, dateOrder: .mdy)
        } throws: { error in
            (error as? CRMImportError)?.description.hasPrefix(
                "line 1, column 4 (\"Close Date (MM/DD/YYYY)\"): looks like the close date") == true
        }
        // but an id or a currency beside a field is not that field
        #expect(throws: Never.self) {
            _ = try CRMRowMapper(
                header: ["Name", "AccountId", "StageName", "Amount Currency"], source: .salesforce, dateOrder: .mdy)
        }
    }

    @Test func aSecondSpellingOfAFieldIsReadFromTheFirstAndNamedInTheNotes() throws {
        let mapper = try CRMRowMapper(
            header: ["Deal Name", "Deal Stage", "Amount", "Amount in company currency"], source: .hubspot,
            dateOrder: .mdy)
        #expect(mapper.columns[.amount] == 2)
        #expect(mapper.headerNotes.sentences.first?.contains("column 4 (\"Amount in company currency\")") == true)
    }

    @Test(arguments: [
        ("A,B;C\n", UInt8(ascii: ","), false), ("\"a\";\"b\";\"c\"\n\"1\";\"2\";\"3\"\n", UInt8(ascii: ";"), true),
        ("a\tb\tc\n", UInt8(ascii: "\t"), false), ("sep=;\na;b\n", UInt8(ascii: ";"), true),
        ("\u{FEFF}\"x;y\",b,c\n", UInt8(ascii: ","), false),
    ])
    func theDelimiterIsTheOneThatSplitsTheHeader(_ text: String, _ delimiter: UInt8, _ decimalComma: Bool) {
        let dialect = CSVDialect.sniff(Array(text.utf8)[...])
        #expect(dialect.delimiter == delimiter && dialect.decimalComma == decimalComma)
    }

    @Test func anAllQuotedSemicolonFileWithDecimalCommasImports() throws {
        // given European Excel: semicolons, every field quoted, day.month.year dates and decimal commas
        let text = """
            "Opportunity Name";"Account Name";"Stage";"Amount";"Close Date"
            "Linie 3";"Nordwind GmbH";"Negotiation";"12.400,50";"31.12.2026"
            "Linie 4";"Nordwind GmbH";"Prospecting";"1234,5";"1.2.2027"

            """
        let (records, _, _) = try rows(text)
        #expect(records.map(\.opportunity.amount) == [12_400.5, 1_234.5])
        #expect(records.map { $0.opportunity.closeDate?.description } == ["2026-12-31", "2027-02-01"])
    }

    @Test(arguments: [
        ("31.12.2026", DateOrder.mdy, "2026-12-31"), ("1.2.2027", .mdy, "2027-02-01"),
        ("11/25/26", .mdy, "2026-11-25"), ("25/11/26", .dmy, "2026-11-25"), ("3/4/99", .mdy, "1999-03-04"),
        ("11/25/2026 1:05:00 PM", .mdy, "2026-11-25"), ("11/25/26 9:30 AM", .mdy, "2026-11-25"),
        ("01-14-2020", .mdy, "2020-01-14"), ("14-01-2020", .dmy, "2020-01-14"),
        ("2024-05-02T14:02:11.000+0000", .mdy, "2024-05-02"), ("2023-05-11 00:00:00", .dmy, "2023-05-11"),
        ("24.12.26", .mdy, "2026-12-24"),
    ])
    func theDateFormsOfSpreadsheetsAndCRMsAreRead(_ text: String, _ order: DateOrder, _ expected: String) {
        #expect(CRMDateParser.parse(text, order: order)?.description == expected)
    }

    @Test func farFuturePlaceholderDatesMeanNoDateAndAreCounted() throws {
        let text = """
            Name,Account,Stage,Close Date
            A,X,Prospecting,12/31/9999
            B,X,Prospecting,1/1/2099
            C,X,Prospecting,6/30/2027

            """
        let (records, notes, _) = try rows(text)
        #expect(records.map { $0.opportunity.closeDate?.description } == [nil, nil, "2027-06-30"])
        #expect(notes.placeholderDates.count == 2)
        #expect(notes.sentences.contains { $0.contains("2099 or later") && $0.contains("2 dates (lines 2 and 3)") })
    }

    @Test(
        arguments: [
            ("12.400,50", 12_400.5), ("1.234.567,89", 1_234_567.89), ("1234,5", 1_234.5), ("€ 99,90", 99.9),
            ("12 400,50", 12_400.5), ("12.5", 12.5), ("1.234", 1_234), ("12,400.00", 12_400),
        ] as [(String, Double)])
    func decimalCommasAreReadWhereTheFileUsesThem(_ text: String, _ value: Double) {
        #expect(MoneyParser.parse(text, decimalComma: true)?.value == value)
    }

    @Test func flagsDecideTheStatusInEverySpelling() throws {
        let text = """
            Name,AccountId,StageName,IsClosed,IsWon
            A,1,Firmado,TRUE,TRUE
            B,1,Firmado,1,0
            C,1,Closed Won,false,false
            D,1,Negotiation,no,
            E,1,Negotiation,Yes,No

            """
        let (records, _, _) = try rows(text)
        #expect(records.map(\.opportunity.status) == [.won, .lost, .open, .open, .lost])
        #expect(throws: CRMImportError.self) { try rows("Name,AccountId,StageName,IsWon\nA,1,S,maybe\n") }
    }

    @Test func rowsWithoutIdsThatShareAKeyAreAllKeptAndNamed() throws {
        // given rows without ids: two deals of one account share a name and created date, one row twice
        let text = """
            Opportunity Name,Account Name,Stage,Amount,Created Date
            Renewal,Acme,Prospecting,100,1/5/2026
            Renewal,Acme,Negotiation,200,1/5/2026
            Renewal,Acme,Prospecting,100,1/5/2026
            Upsell,Acme,Prospecting,50,1/5/2026

            """
        // when they are mapped twice, as a re-import would
        let (first, notes, _) = try rows(text)
        let (again, _, _) = try rows(text)
        // then every row has its own deal id, the same ids again, and the notes name the lines
        let ids = first.map(\.opportunity.id)
        #expect(Set(ids).count == 4)
        #expect(ids == again.map(\.opportunity.id))
        #expect(notes.sameKeyCount == 2)
        #expect(notes.sentences.contains { $0.contains("line 3 (like line 2), line 4 (like line 2)") })
    }

    @Test func hubspotAccountsComeFromTheCompanyThenTheDomainThenTheDealWithAWarning() throws {
        let text = """
            Record ID,Deal Name,Deal Stage,Associated Company,Associated Company Domain
            1,Pilot,appointmentscheduled,Contoso,contoso.example
            2,Rollout,qualifiedtobuy,,fabrikam.example
            3,Renewal,qualifiedtobuy,,fabrikam.example
            4,Side project,closedwon,,

            """
        let (records, notes, _) = try rows(text, source: .hubspot)
        #expect(records.map(\.account.name) == ["Contoso", "fabrikam.example", "fabrikam.example", "Side project"])
        #expect(records[1].account.id == records[2].account.id)
        #expect(Set(records.map(\.account.id)).count == 3)
        #expect(notes.accountFromDomain.count == 2 && notes.accountFromDealName.count == 1)
        #expect(notes.sentences.contains { $0.contains("no company on 1 deal;") && $0.contains("line 5") })
    }

    @Test func anAmountWithoutAnyCurrencyStaysWithoutOneUnlessOneIsGiven() throws {
        let text = "Deal Name,Deal Stage,Amount\nPilot,qualifiedtobuy,42000\n"
        let (plain, notes, _) = try rows(text, source: .hubspot)
        #expect(plain[0].opportunity.crmCurrency == nil)
        #expect(plain[0].opportunity.sourceCarries == [])
        #expect(notes.amountWithoutCurrency.count == 1)
        let (given, givenNotes, _) = try rows(text, source: .hubspot, currency: "EUR")
        #expect(given[0].opportunity.crmCurrency == "EUR" && given[0].opportunity.sourceCarries == [.currency])
        #expect(givenNotes.currencyFromDefault.count == 1)
    }
}
