import Foundation
import Testing

@Suite struct ReviewCommandTests {
    let po = CLIRunner.fixture("review/wheres-the-po.pipeline.json").path
    let pulling = CLIRunner.fixture("review/pulling.pipeline.json").path
    let gaps = CLIRunner.fixture("review/gaps.pipeline.json").path
    let gapsLines = CLIRunner.fixture("review/gaps.pipeline.jsonl").path

    func json(_ result: CLIRunner.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: result.stdoutBytes) as? [String: Any])
    }

    func temporaryFile(_ name: String, _ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID().uuidString)-\(name)")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func jsonOutputHasTheContractsShape() throws {
        // when
        let result = try CLIRunner.run(["review", po, "--format", "json"])
        // then
        #expect(result.status == 0, "\(result.stderr)")
        let object = try json(result)
        #expect(object["asOf"] as? String == "2026-11-25")
        let deals = try #require(object["deals"] as? [[String: Any]])
        let deal = try #require(deals.first)
        for key in ["id", "name", "accountId", "verdict", "sellerStage", "buyerVerifiedStage", "scores", "findings"] {
            #expect(deal[key] != nil, "missing \(key)")
        }
        #expect(deal["verdict"] as? String == "pushing-the-rope")
        let scores = try #require(deal["scores"] as? [String: Any])
        for key in ["fit", "alignment", "urgency", "process", "stakeholders", "businessCase", "pressure", "health"] {
            let value = try #require(scores[key] as? Int, "score \(key)")
            #expect((0...100).contains(value))
        }
        let findings = try #require(deal["findings"] as? [[String: Any]])
        for finding in findings {
            for key in ["rule", "severity", "title", "evidence", "questions", "nextAction"] {
                #expect(finding[key] != nil, "missing \(key)")
            }
        }
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["deals"] as? Int == 1)
        #expect((summary["byVerdict"] as? [String: Int])?["pushing-the-rope"] == 1)
    }

    @Test func failOnHighExitsThreeWhenAHighFindingIsPresent() throws {
        let result = try CLIRunner.run(["review", po, "--format", "json", "--fail-on", "high"])
        #expect(result.status == 3)
        #expect(try json(result)["deals"] != nil)
    }

    @Test func failOnHighExitsZeroForAPullingDealButMediumLevelsCount() throws {
        #expect(try CLIRunner.run(["review", pulling, "--fail-on", "high"]).status == 0)
        #expect(try CLIRunner.run(["review", gaps, "--deal", "o-assumed", "--fail-on", "medium"]).status == 3)
        #expect(try CLIRunner.run(["review", gaps, "--deal", "o-assumed", "--fail-on", "high"]).status == 0)
    }

    @Test func unknownDealExitsTwoNamingIt() throws {
        let result = try CLIRunner.run(["review", po, "--deal", "nope"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no deal \"nope\""))
        #expect(result.stdout.isEmpty)
    }

    @Test func brokenPipelineExitsTwoWithPathAndLine() throws {
        let file = try temporaryFile("broken.json", #"{"format": "sameside.pipeline/1", "accounts": [ {"id": 1 ]}"#)
        let result = try CLIRunner.run(["review", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains(file))
        #expect(result.stderr.contains("line 1"))
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func brokenPlaybookExitsTwoWithLineAndSetting() throws {
        let playbook = try temporaryFile("playbook.yaml", "chasingCount: 3\nstaleDays: soon\n")
        let result = try CLIRunner.run(["review", po, "--playbook", playbook])
        #expect(result.status == 2)
        #expect(result.stderr.contains("line 2"))
        #expect(result.stderr.contains("$.staleDays: expected a whole number"))
        #expect(result.stderr.contains("\"soon\""))
    }

    @Test func malformedYAMLPlaybookExitsTwo() throws {
        let playbook = try temporaryFile("bad.yaml", "staleDays: [1, 2\n")
        let result = try CLIRunner.run(["review", po, "--playbook", playbook])
        #expect(result.status == 2)
        #expect(result.stderr.contains("malformed YAML"))
    }

    @Test func printedPlaybookReadsBackAndChangesTheReview() throws {
        // given the printed default with chasing made stricter
        let printed = try CLIRunner.run(["review", "--print-playbook"])
        #expect(printed.status == 0)
        let edited = printed.stdout.replacingOccurrences(of: "chasingCount: 3", with: "chasingCount: 9")
        #expect(edited != printed.stdout)
        let file = try temporaryFile("playbook.yaml", edited)
        // when
        let result = try CLIRunner.run(["review", po, "--playbook", file, "--format", "json"])
        // then
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\"seller-chasing\""))
        #expect(try CLIRunner.run(["review", po, "--format", "json"]).stdout.contains("\"seller-chasing\""))
    }

    @Test func jsonPlaybookIsAccepted() throws {
        let file = try temporaryFile("playbook.json", #"{"disabledRules": ["ghosted"]}"#)
        let result = try CLIRunner.run(["review", po, "--playbook", file, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\"ghosted\""))
    }

    @Test func textReportGroupsDealsWorstVerdictFirstWithoutColourWhenPiped() throws {
        let result = try CLIRunner.run(["review", gaps])
        #expect(result.status == 0, "\(result.stderr)")
        let notQualified = try #require(result.stdout.range(of: "NOT QUALIFIED (2 · "))
        let atRisk = try #require(result.stdout.range(of: "AT RISK ("))
        #expect(notQualified.lowerBound < atRisk.lowerBound)
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func markdownIsAMeetingAgenda() throws {
        let result = try CLIRunner.run(["review", po, "--format", "markdown"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Pipeline meeting — 2026-11-25"))
        #expect(result.stdout.contains("## Totals"))
        #expect(result.stdout.contains("## Deals by what is at stake"))
        #expect(result.stdout.contains("**Next:**"))
        // --detail keeps the questions and every action as check boxes
        let detail = try CLIRunner.run(["review", po, "--format", "markdown", "--detail"])
        #expect(detail.stdout.contains("  - ? "))
        #expect(detail.stdout.contains("  - [ ] "))
    }

    @Test func filtersShowOnlyTheMatchingDeals() throws {
        let all = try CLIRunner.run(["review", gaps, "--format", "json"])
        let deals = try #require(try json(all)["deals"] as? [[String: Any]])
        let verdict = try #require(deals.first?["verdict"] as? String)
        let filtered = try CLIRunner.run(["review", gaps, "--format", "json", "--verdict", verdict])
        let kept = try #require(try json(filtered)["deals"] as? [[String: Any]])
        #expect(!kept.isEmpty)
        #expect(kept.allSatisfy { $0["verdict"] as? String == verdict })
        #expect(kept.count == deals.filter { $0["verdict"] as? String == verdict }.count)
        let top = try CLIRunner.run(["review", gaps, "--top", "1"])
        #expect(top.status == 0)
        let zero = try CLIRunner.run(["review", gaps, "--top", "0"])
        #expect(zero.status == 2 && zero.stderr.contains("--top"))
        let badVerdict = try CLIRunner.run(["review", gaps, "--verdict", "maybe"])
        #expect(badVerdict.status == 2)
    }

    @Test func jsonLinesInputGivesTheSameReviewAsJSON() throws {
        let whole = try CLIRunner.run(["review", gaps, "--format", "json"])
        let lines = try CLIRunner.run(["review", gapsLines, "--format", "json"])
        #expect(lines.status == 0, "\(lines.stderr)")
        #expect(lines.stdout == whole.stdout)
    }

    @Test func standardInputIsRead() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: po))
        let result = try CLIRunner.run(["review", "-", "--format", "json"], stdin: data)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pushing-the-rope"))
    }

    @Test func asOfChangesTheReviewAndBadDatesExitTwo() throws {
        let early = try CLIRunner.run(["review", po, "--as-of", "2026-10-22", "--format", "json"])
        #expect(early.status == 0)
        #expect(try json(early)["asOf"] as? String == "2026-10-22")
        #expect(!early.stdout.contains("\"seller-chasing\""))
        let bad = try CLIRunner.run(["review", po, "--as-of", "2026-02-30"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--as-of"))
    }

    @Test func closedDealNamedWithDealExitsTwo() throws {
        let text = try String(contentsOfFile: po, encoding: .utf8)
            .replacingOccurrences(of: "\"status\": \"open\"", with: "\"status\": \"won\"")
        let file = try temporaryFile("won.json", text)
        let result = try CLIRunner.run(["review", file, "--deal", "o-northline-dispatch"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is won"))
    }

    @Test func missingPipelineArgumentExitsTwo() throws {
        let result = try CLIRunner.run(["review"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("PIPELINE"))
    }
}

@Suite struct BenchReviewCommandTests {
    @Test func benchReviewPrintsBothTimesAndPeakMemory() throws {
        let file = CLIRunner.fixture("review/gaps.pipeline.jsonl").path
        let result = try CLIRunner.run(["bench", "review", file])
        #expect(result.status == 0, "\(result.stderr)")
        for label in ["read+decode:", "review alone:", "read+decode+review:", "peak memory"] {
            #expect(result.stdout.contains(label), "missing \(label)")
        }
        #expect(result.stdout.contains("9 open deals"))
    }

    @Test func benchReviewRefusesStandardInput() throws {
        let result = try CLIRunner.run(["bench", "review", "-"])
        #expect(result.status == 2)
    }
}
