import Foundation
import Testing

@Suite struct CaseCommandTests {
    let demo = CLIRunner.fixture("case/demo.pipeline.json").path

    func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    @Test func theJSONCarriesTheContractsKeysAndHandComputedTotals() throws {
        // Given the Northline deal: 36,000 once + 150,000 a year for 3 years; benefits
        //   264,000 × 0.8 = 17,600 a month ramped over 4 months: 17,600·(1+2+3)/4 + 33·17,600 = 607,200
        //   120,000 × 0.6 = 6,000 a month ramped over 6 months: 6,000·15/6 + 31·6,000 = 201,000
        // When
        let result = try CLIRunner.run(["case", demo, "--deal", "o-northline-case", "--format", "json"])
        // Then
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        for key in [
            "dealId", "horizonYears", "discountRatePercent", "totalInvestment", "totalBenefit", "netBenefit",
            "roiPercent", "paybackMonths", "npv", "costOfDelayPerMonth", "meetsHurdles", "hurdleFailures",
        ] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["dealId"] as? String == "o-northline-case")
        #expect(object["totalInvestment"] as? Double == 486000)
        #expect(object["totalBenefit"] as? Double == 808200)
        #expect(object["netBenefit"] as? Double == 322200)
        // No deal rate: the customer's 9% hurdle rate is used
        #expect(object["discountRatePercent"] as? Double == 9)
        // max(17,600 + 6,000 − 12,500 = 11,100, the customer's 22,000 cost of inaction)
        #expect(object["costOfDelayPerMonth"] as? Double == 22000)
        #expect(object["meetsHurdles"] as? Bool == true)
    }

    @Test func aCaseThatMissesTheCustomersHurdleSaysWhich() throws {
        // Given the same deal where the customer allows only 6 months of payback
        let text = try String(contentsOfFile: demo, encoding: .utf8)
            .replacingOccurrences(of: "\"maxPaybackMonths\": 12", with: "\"maxPaybackMonths\": 6")
        // When
        let result = try CLIRunner.run(
            ["case", "-", "--deal", "o-northline-case", "--format", "json"], stdin: Data(text.utf8))
        // Then
        let object = try json(result)
        #expect(object["meetsHurdles"] as? Bool == false)
        let failures = try #require(object["hurdleFailures"] as? [String])
        #expect(failures.count == 1)
        #expect(failures.first?.hasPrefix("payback 7 months > 6 allowed") == true)
    }

    @Test(arguments: [
        (["case", "case/demo.pipeline.json", "--deal", "nope"], "no deal \"nope\""),
        (["case", "case/wheres-the-po.pipeline.json", "--deal", "o-northline-dispatch"], "has no businessCase"),
        (["case", "case/no-benefits.pipeline.json", "--deal", "o1"], "businessCase.benefits is empty"),
        (["case", "case/negative-horizon.pipeline.json", "--deal", "o1"], "businessCase.horizonYears"),
        (["case", "case/demo.pipeline.json", "--deal", "o-northline-case", "--as-of", "25/11/2026"], "--as-of"),
    ])
    func badInputGivesOneClearMessageAndExitTwo(arguments: [String], expected: String) throws {
        // Given fixture paths relative to Tests/Fixtures
        let resolved = arguments.map { $0.hasSuffix(".json") ? CLIRunner.fixture($0).path : $0 }
        // When
        let result = try CLIRunner.run(resolved)
        // Then
        #expect(result.status == 2)
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func aNegativeHorizonNamesTheFieldAndWhatWasExpected() throws {
        let result = try CLIRunner.run([
            "case", CLIRunner.fixture("case/negative-horizon.pipeline.json").path, "--deal", "o1",
        ])
        #expect(result.status == 2)
        #expect(result.stderr.contains("-2"))
    }

    /// Seller-centric phrases a management document about the customer must not contain.
    static let sellerCentricPhrases = [
        "our platform", "our solution", "our product", "our customers", "industry-leading", "industry leading",
        "best-in-class", "best in class", "world-class", "cutting-edge", "state-of-the-art", "leading provider",
        "market leader", "revolutionary", "game-changing", "seamless", "next-generation", "unmatched",
        "we are proud", "trusted by", "award-winning", "features", "sign this quarter", "end of quarter",
        "discount", "quota",
    ]

    @Test(arguments: ["html", "markdown", "text"], ["o-northline-case", "o-harbor-hospitals"])
    func thePackHasNoSellerCentricWordsUnlessTheCustomerUsedThem(format: String, deal: String) throws {
        // Given the demo pipeline, whose own text is the only allowed source of such words
        let source = try String(contentsOfFile: demo, encoding: .utf8).lowercased()
        // When
        let result = try CLIRunner.run(["case", demo, "--deal", deal, "--format", format])
        // Then
        #expect(result.status == 0, "\(result.stderr)")
        let pack = result.stdout.lowercased()
        for phrase in Self.sellerCentricPhrases where pack.contains(phrase) {
            #expect(
                source.contains(phrase), "\"\(phrase)\" appears in the \(format) pack but not in the customer's data")
        }
        // The seller's name and its internal steps never appear in the customer's document.
        #expect(!pack.contains("lumen"))
        #expect(!pack.contains("commit call with our vp of sales"))
    }

    @Test func theSellerCentricCheckCanFail() throws {
        // Given customer data that itself says "industry-leading" (so the check above would fire without it)
        let text = try String(contentsOfFile: demo, encoding: .utf8)
            .replacingOccurrences(
                of: "win back contracts lost on response time", with: "be the industry-leading lift service")
        // When
        let result = try CLIRunner.run(
            ["case", "-", "--deal", "o-northline-case", "--format", "html"], stdin: Data(text.utf8))
        // Then the phrase is shown because it is the customer's own strategy
        #expect(result.stdout.contains("industry-leading"))
    }

    @Test func thePackIsAboutTheCustomer() throws {
        let result = try CLIRunner.run(["case", demo, "--deal", "o-northline-case", "--format", "markdown"])
        let pack = result.stdout
        // goals with baseline and target, doing nothing as an option, hurdles, steps with owners, provenance marks
        #expect(pack.contains("Fix more elevator faults on the first visit"))
        #expect(pack.contains("| 71 |") && pack.contains("| 85 |"))
        #expect(pack.contains("Do nothing"))
        #expect(pack.contains("USD 1,040,071.32"))
        #expect(pack.contains("Met: payback 7 months ≤ 12 allowed"))
        #expect(pack.contains("Capital request approved in the monthly review"))
        #expect(pack.contains("Owen Reyes (CFO)"))
        #expect(pack.contains("customer-stated"))
        #expect(pack.contains("supplier estimate – to be confirmed"))
        #expect(pack.contains("Half the expected benefit"))
        #expect(pack.contains("technicians adopting the new dispatch app"))
    }

    @Test func everyTextFieldIsEscapedInHTML() throws {
        // Given customer data full of markup
        let result = try CLIRunner.run(
            ["case", CLIRunner.fixture("case/hostile-text.pipeline.json").path, "--deal", "o1", "--format", "html"])
        // Then none of it survives as markup
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<i>now"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<u>"))
        #expect(html.components(separatedBy: "<style>").count == 2)
        #expect(html.contains("&lt;script&gt;alert(&#39;pwn&#39;)&lt;/script&gt; &amp; Sons"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("less &quot;spoilage&quot; &amp; waste"))
    }

    @Test func markdownEscapesCustomerTextToo() throws {
        let result = try CLIRunner.run(
            ["case", CLIRunner.fixture("case/hostile-text.pipeline.json").path, "--deal", "o1", "--format", "markdown"])
        #expect(!result.stdout.contains("<script"))
        #expect(!result.stdout.contains("[link](http"))
        #expect(result.stdout.contains("\\| \\[link\\]"))
    }

    @Test(arguments: ["auto", "a4", "letter"])
    func theHTMLIsSelfContainedAndPrintable(paper: String) throws {
        let result = try CLIRunner.run(
            ["case", demo, "--deal", "o-northline-case", "--format", "html", "--paper", paper])
        let html = result.stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@page { size: \(paper == "a4" ? "A4" : paper);"))
        for external in ["src=", "href=", "http://", "https://", "@import", "url(", "<script", "<link"] {
            #expect(!html.contains(external), "external resource: \(external)")
        }
    }

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(.enabled(if: chromium != nil, "needs headless Chromium"), .timeLimit(.minutes(2)))
    func headlessChromiumPrintsThePackToPDF() throws {
        // Given the pack as HTML for A4
        let result = try CLIRunner.run([
            "case", demo, "--deal", "o-northline-case", "--format", "html", "--paper", "a4",
        ])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("case-pdf-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let html = directory.appendingPathComponent("pack.html")
        let pdf = directory.appendingPathComponent("pack.pdf")
        try result.stdoutBytes.write(to: html)
        // When
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.chromium))
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(directory.path)/profile",
            "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", html.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // Then a PDF exists whose every page is A4 (595.28 × 841.89 points, within a point)
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Data("%PDF".utf8)))
        let boxes = Self.mediaBoxes(in: String(decoding: bytes, as: UTF8.self))
        try #require(!boxes.isEmpty, "the PDF names no /MediaBox")
        for (width, height) in boxes {
            #expect(abs(width - 595.28) < 1 && abs(height - 841.89) < 1, "page of \(width) × \(height) points")
        }
    }

    /// The width and height of every `/MediaBox [x0 y0 x1 y1]` in a PDF's text.
    static func mediaBoxes(in text: String) -> [(Double, Double)] {
        var boxes: [(Double, Double)] = []
        var rest = text[...]
        while let start = rest.range(of: "/MediaBox") {
            rest = rest[start.upperBound...]
            guard let open = rest.firstIndex(of: "["), let close = rest.firstIndex(of: "]"), open < close else { break }
            let numbers = rest[rest.index(after: open)..<close].split(separator: " ").compactMap { Double($0) }
            if numbers.count == 4 { boxes.append((numbers[2] - numbers[0], numbers[3] - numbers[1])) }
            rest = rest[close...]
        }
        return boxes
    }
}
