import Foundation
import Testing

@Suite struct CoachCommandTests {
    static func json(_ text: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try #require(value as? [String: Any])
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = Array(text.unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return "<out of range>" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    static let email =
        "Hi Zoë,\r\n\r\nJust checking in 🙏 — any update on the PO? We’d love to close before our quarter ends.\r\n"

    @Test func jsonOutputHasTheContractShapeAndExactSpans() throws {
        // Given an email with CRLF, an accent and an emoji on stdin
        let result = try CLIRunner.run(["coach", "--format", "json"], stdin: Data(Self.email.utf8))
        // Then the report is one JSON document with the contract's keys
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result.stdout)
        #expect(report["verdict"] as? String == "seller-centric")
        let score = try #require(report["score"] as? Int)
        #expect((0...100).contains(score))
        let metrics = try #require(report["metrics"] as? [String: Any])
        for key in [
            "words", "customerFocus", "questions", "businessQuestions", "pitchTerms", "pressureTerms", "readingEase",
        ] {
            #expect(metrics[key] != nil, "missing metrics.\(key)")
        }
        let findings = try #require(report["findings"] as? [[String: Any]])
        #expect(findings.count >= 2)
        for finding in findings {
            let start = try #require(finding["start"] as? Int)
            let end = try #require(finding["end"] as? Int)
            #expect(Self.slice(Self.email, start, end) == finding["text"] as? String)
            #expect((finding["suggestion"] as? String)?.isEmpty == false)
            #expect(
                ["pressure", "pitch", "seller-focus", "closing-question", "length"].contains(finding["kind"] as? String)
            )
        }
    }

    @Test func textAndMarkdownAreForPeople() throws {
        let text = try CLIRunner.run(["coach"], stdin: Data(Self.email.utf8))
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("seller-centric"))
        #expect(text.stdout.contains("pressure/chasing"))
        let markdown = try CLIRunner.run(["coach", "--format", "markdown"], stdin: Data(Self.email.utf8))
        #expect(markdown.stdout.hasPrefix("## Message coach: seller-centric"))
        #expect(markdown.stdout.contains("| pressure terms |"))
    }

    @Test(arguments: ["", "   \n\r\n\t "])
    func anEmptyMessageIsBadInput(input: String) throws {
        let result = try CLIRunner.run(["coach"], stdin: Data(input.utf8))
        ValidateCommandTests.assertNoCrash(result)
        #expect(result.status == 2)
        #expect(result.stderr.contains("<stdin>: the message is empty"))
    }

    @Test func binaryGarbageIsBadInputNamingTheOffset() throws {
        var generator = SystemRandomNumberGenerator()
        var bytes = Array("Hello ".utf8)
        for _ in 0..<4096 { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
        bytes[10] = 0xFF
        let result = try CLIRunner.run(["coach"], stdin: Data(bytes))
        ValidateCommandTests.assertNoCrash(result)
        #expect(result.status == 2)
        #expect(result.stderr.contains("binary") || result.stderr.contains("not UTF-8"), "\(result.stderr)")
        #expect(result.stderr.contains("offset"))
    }

    @Test func aTwentyMegabyteMessageIsCoached() throws {
        // Given one 20 MB message (no line breaks at all, so nothing can be skipped as a line)
        let unit = "Your team said downtime costs €22k a month; just checking in — our platform can help 🚀. "
        var text = ""
        text.reserveCapacity(21 << 20)
        while text.utf8.count < 20 << 20 { text += unit }
        let path = NSTemporaryDirectory() + "coach-20mb-\(getpid()).txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // When it is coached
        let result = try CLIRunner.run(["coach", path, "--format", "json"])
        // Then the result is complete and its spans are still exact
        ValidateCommandTests.assertNoCrash(result)
        #expect(result.status == 0)
        let report = try Self.json(result.stdout)
        let metrics = try #require(report["metrics"] as? [String: Any])
        #expect((metrics["words"] as? Int ?? 0) > 3_000_000)
        let findings = try #require(report["findings"] as? [[String: Any]])
        let last = try #require(findings.last)
        let start = try #require(last["start"] as? Int)
        let end = try #require(last["end"] as? Int)
        #expect(Self.slice(text, start, end) == last["text"] as? String)
    }

    @Test func batchWritesOneResultPerLineInOrderAndReportsBadLines() throws {
        // Given good lines, a malformed line, a line without text, a bad kind and a blank line
        let lines = [
            #"{"id": "a", "text": "Just checking in on the PO."}"#,
            #"{"id": "b", "text": "unterminated"#,
            #"{"id": 3, "kind": "message", "text": "What would your team need to see before March?"}"#,
            #"{"id": "d"}"#,
            "",
            #"{"id": "e", "kind": "fax", "text": "hello"}"#,
            #"{"id": "f", "text": "Olá \u00e9 \ud83d\ude80 you mentioned your goal", "extra": {"x": [1, 2]}}"#,
        ]
        let path = NSTemporaryDirectory() + "coach-batch-\(getpid()).jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        // When
        let result = try CLIRunner.run(["coach", "--batch", path])
        // Then every non-blank line has a result, in order, with its id; bad ones are errors with their line
        ValidateCommandTests.assertNoCrash(result)
        #expect(result.status == 2)
        let outputs = try result.stdout.split(separator: "\n").map { try Self.json(String($0)) }
        // (a malformed line has no readable id, so its error carries `"id": null`)
        #expect(outputs.map { $0["id"] as? String } == ["a", nil, "3", "d", "e", "f"])
        #expect(outputs[0]["verdict"] != nil && outputs[2]["verdict"] != nil && outputs[5]["verdict"] != nil)
        #expect(outputs[2]["kind"] as? String == "message")
        for (index, line) in [(1, 2), (3, 4), (4, 6)] {
            #expect(outputs[index]["line"] as? Int == line)
            #expect(outputs[index]["error"] != nil)
            #expect(result.stderr.contains("\(path): line \(line): "), "\(result.stderr)")
        }
        #expect(result.stderr.contains("3 bad lines"))
    }

    @Test func batchAcceptsCRLFAndAByteOrderMark() throws {
        let input =
            "\u{FEFF}{\"id\":\"1\",\"text\":\"Any update?\"}\r\n{\"id\":\"2\",\"text\":\"What is your goal?\"}\r\n"
        let result = try CLIRunner.run(["coach", "--batch", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let ids = try result.stdout.split(separator: "\n").map { try Self.json(String($0))["id"] as? String }
        #expect(ids == ["1", "2"])
    }

    @Test func batchReadsStandardInput() throws {
        let input = #"{"id":"x","text":"Our industry-leading platform is the best."}"# + "\n"
        let result = try CLIRunner.run(["coach", "--batch", "-"], stdin: Data(input.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let output = try Self.json(result.stdout.trimmingCharacters(in: .newlines))
        #expect(output["id"] as? String == "x")
        #expect((output["metrics"] as? [String: Any])?["pitchTerms"] as? Int ?? 0 >= 1)
    }

    @Test func aDealsGoalsAreSuggestedWhenTheMessageIgnoresThem() throws {
        let pipeline = CLIRunner.fixture("coach/wheres-the-po.pipeline.json").path
        let result = try CLIRunner.run(
            ["coach", "--pipeline", pipeline, "--deal", "o-northline-dispatch", "--format", "json"],
            stdin: Data("Hi Marta, any update on the PO? Happy to take 8% off if it lands this month.".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result.stdout)
        let alignment = try #require(report["goalAlignment"] as? [String: Any])
        let suggestions = try #require(alignment["suggestions"] as? [String])
        #expect(suggestions.contains("their target: first-time fix rate (%) from 71 to 85 by 2027-06-30"))
        #expect(alignment["coverage"] as? Double == 0)
    }

    @Test func anUnknownDealIsBadInput() throws {
        let pipeline = CLIRunner.fixture("coach/wheres-the-po.pipeline.json").path
        let result = try CLIRunner.run(["coach", "--pipeline", pipeline, "--deal", "nope"], stdin: Data("Hi".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("no deal \"nope\""))
    }

    @Test func pipelineWithoutDealIsBadUsage() throws {
        let pipeline = CLIRunner.fixture("coach/wheres-the-po.pipeline.json").path
        let result = try CLIRunner.run(["coach", "--pipeline", pipeline], stdin: Data("Hi".utf8))
        #expect(result.status == 2)
        #expect(result.stderr.contains("--pipeline and --deal go together"))
    }

    @Test func sellersCanBeRepeatedOrCommaSeparatedBeforeTheFile() throws {
        let call = "Ana: What is slowing the close?\nBo: Reconciliations.\nCy: And approvals.\nAna: Who owns that?\n"
        let path = NSTemporaryDirectory() + "coach-call-\(getpid()).txt"
        try call.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        for arguments in [["--seller", "Ana", "--seller", "Cy"], ["--seller", "Ana,Cy"]] {
            let result = try CLIRunner.run(["coach", "--kind", "transcript"] + arguments + [path, "--format", "json"])
            #expect(result.status == 0, "\(result.stderr)")
            let metrics = try #require(try Self.json(result.stdout)["metrics"] as? [String: Any])
            #expect(metrics["sellerSpeakers"] as? [String] == ["Ana", "Cy"])
        }
    }

    @Test func transcriptSellersComeFromTheFlag() throws {
        let call =
            "Ana: What is slowing the close?\nBo: Intercompany reconciliations, 14 entities.\nAna: Who owns that?\n"
        let result = try CLIRunner.run(
            ["coach", "--kind", "transcript", "--seller", "Ana", "--format", "json"], stdin: Data(call.utf8))
        let metrics = try #require(try Self.json(result.stdout)["metrics"] as? [String: Any])
        #expect(metrics["sellerSpeakers"] as? [String] == ["Ana"])
        #expect(metrics["sellerQuestions"] as? Int == 2)
        #expect(metrics["talkRatio"] != nil)
        #expect(metrics["longestMonologueWords"] != nil)
    }

    @Test func aPlaybookAddsPhrasesAndABadOneIsBadInput() throws {
        let good = NSTemporaryDirectory() + "coach-playbook-\(getpid()).json"
        try #"{"coach": {"pressurePhrases": ["board freeze"], "sellerNames": ["LiftIQ"]}}"#
            .write(toFile: good, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: good) }
        let result = try CLIRunner.run(
            ["coach", "--playbook", good, "--format", "json"], stdin: Data("Sign before the board freeze.".utf8))
        #expect(result.stdout.contains(#""category":"playbook""#))
        let bad = NSTemporaryDirectory() + "coach-playbook-bad-\(getpid()).json"
        try #"{"coach": {"pressurePhrases": 7}}"#.write(toFile: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let failed = try CLIRunner.run(["coach", "--playbook", bad], stdin: Data("Hi".utf8))
        #expect(failed.status == 2)
        #expect(failed.stderr.contains("$.coach.pressurePhrases: expected a list of strings"))
    }
}

extension CoachCommandTests {
    /// A fresh folder holding `messages.jsonl`: the first `count` of four tiny labelled messages (the caller
    /// removes the folder).
    static func tinyCorpus(_ count: Int) throws -> (folder: URL, corpus: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coach-model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lines = [
            #"{"id":"m1","kind":"email","label":"seller-centric","source":"https://example.com/a","text":"We are the best."}"#,
            #"{"id":"m2","kind":"email","label":"customer-centric","source":"https://example.com/b","text":"How is your team?"}"#,
            #"{"id":"m3","kind":"email","label":"seller-centric","source":"https://example.com/c","text":"Our award-winning tool."}"#,
            #"{"id":"m4","kind":"email","label":"customer-centric","source":"https://example.com/d","text":"What slows your audit?"}"#,
        ]
        let corpus = folder.appendingPathComponent("messages.jsonl")
        try Data((lines.prefix(count).joined(separator: "\n") + "\n").utf8).write(to: corpus)
        return (folder, corpus)
    }

    @Test func coachModelFitNamesABadSentenceLabelLineAndWritesNothing() throws {
        // Given a tiny corpus, sentence labels with a bad line, and an output path that does not exist yet
        let (folder, corpus) = try Self.tinyCorpus(2)
        defer { try? FileManager.default.removeItem(at: folder) }
        let labels = folder.appendingPathComponent("sentences.jsonl")
        try Data("{\"id\":\"m1\",\"n\":1,\"label\":\"us\"}\n{\"id\":\"m2\",\"n\":0,\"label\":\"them\"}\n".utf8)
            .write(to: labels)
        let out = folder.appendingPathComponent("Model.swift")
        // When the model is fitted with the labels beside the corpus (the default) and with a missing file
        let bad = try CLIRunner.run(["coach-model", "fit", "--corpus", corpus.path, "--out", out.path])
        let missing = try CLIRunner.run([
            "coach-model", "fit", "--corpus", corpus.path, "--out", out.path, "--sentences",
            folder.appendingPathComponent("none-here.jsonl").path,
        ])
        // Then both fail with usage status 2, naming the file and line, and no weights are written
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("sentences.jsonl: line 2"), "\(bad.stderr)")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("cannot read"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        // And without sentence labels the same corpus fits, with no sentence reader in the weights
        let plain = try CLIRunner.run([
            "coach-model", "fit", "--corpus", corpus.path, "--out", out.path, "--sentences", "none",
        ])
        #expect(plain.status == 0, "\(plain.stderr)")
        let source = try String(contentsOf: out, encoding: .utf8)
        #expect(source.contains("No sentence reader") && !source.contains("sentenceReader:"))
    }

    @Test func coachModelEvaluateCanScoreOnlyTheFitAndScoreSet() throws {
        // Given a tiny corpus and a set to score with weights fitted on it
        let (folder, corpus) = try Self.tinyCorpus(4)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scored = folder.appendingPathComponent("scored.jsonl")
        try Data(
            """
            {"id":"s1","kind":"email","label":"customer-centric","source":"https://example.com/e","text":"How do you plan shifts?"}

            """.utf8
        ).write(to: scored)
        let common = ["coach-model", "evaluate", "--corpus", corpus.path, "--sentences", "none", "--folds", "2"]
        // When it is scored with --only-fit-and-score, and --only-fit-and-score is given alone
        let only = try CLIRunner.run(common + ["--fit-and-score", scored.path, "--only-fit-and-score"])
        let alone = try CLIRunner.run(common + ["--only-fit-and-score"])
        // Then only that set's figures are printed: no cross-validation, held-out or hand-written set
        #expect(only.status == 0, "\(only.stderr)")
        #expect(only.stdout.contains("weights fitted on the whole corpus"))
        #expect(only.stdout.contains("clear labels: "))
        #expect(!only.stdout.contains("Out of fold") && !only.stdout.contains("Hand-written"))
        // And the flag without a set to score is a usage error
        #expect(alone.status != 0)
        #expect(alone.stderr.contains("--fit-and-score"), "\(alone.stderr)")
    }
}
