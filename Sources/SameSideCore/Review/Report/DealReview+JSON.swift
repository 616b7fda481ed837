extension DealReview {
    /// The deal's entry in the contract's review JSON (stable key order, camelCase). Pure.
    public var json: JSONValue {
        var object = JSONObject()
        object["id"] = .string(dealId.rawValue)
        object["name"] = .string(name)
        object["accountId"] = .string(accountId.rawValue)
        object["accountName"] = .string(accountName)
        object["owner"] = owner.map(JSONValue.string) ?? .null
        object["amount"] = amount.map(JSONValue.number) ?? .null
        object["closeDate"] = closeDate.map { .string($0.description) } ?? .null
        object["verdict"] = .string(verdict.rawValue)
        object["sellerStage"] = sellerStage.map { .string($0.rawValue) } ?? .null
        object["sellerStageName"] = sellerStageName.map(JSONValue.string) ?? .null
        object["buyerVerifiedStage"] = .string(buyerVerifiedStage.rawValue)
        object["buyerStageEvidence"] = .array(buyerStageEvidence.map(JSONValue.string))
        object["planStatus"] = .string(planStatus.rawValue)
        object["scores"] = scores.json
        object["findings"] = .array(findings.map(\.json))
        if let pause {
            var paused = JSONObject()
            paused["until"] = .string(pause.until.description)
            paused["reason"] = pause.reason.map(JSONValue.string) ?? .null
            object["pause"] = .object(paused)
        }
        return .object(object)
    }
}

extension DealBrief {
    /// The deal's review JSON (every contract key) followed by the meeting view: `headline`, `nextBestAction`
    /// `{priority, rule, text}`, `stake`, `stagesAhead` and `points` (findings merged, each with its `rules`). Pure.
    public var json: JSONValue {
        guard case .object(var object) = review.json else { return review.json }
        object["headline"] = .string(headline)
        var action = JSONObject()
        action["priority"] = .string(nextBestAction.priority.rawValue)
        action["rule"] = nextBestAction.rule.map { .string($0.rawValue) } ?? .null
        action["text"] = .string(nextBestAction.text)
        object["nextBestAction"] = .object(action)
        object["stake"] = .number(stake)
        object["stagesAhead"] = .number(Double(stagesAhead))
        object["points"] = .array(
            points.map { point in
                var entry = JSONObject()
                entry["rules"] = .array(point.rules.map { .string($0.rawValue) })
                entry["severity"] = .string(point.severity.rawValue)
                entry["title"] = .string(point.title)
                entry["evidence"] = .array(point.evidence.map(JSONValue.string))
                entry["questions"] = .array(point.questions.map(JSONValue.string))
                entry["nextActions"] = .array(point.nextActions.map(JSONValue.string))
                return .object(entry)
            })
        return .object(object)
    }
}

extension ReviewScores {
    /// `{"fit": 80, …, "health": 31, "customerOutcome": 40}`. Pure.
    public var json: JSONValue {
        let pairs: [(String, Int)] = [
            ("fit", fit), ("alignment", alignment), ("urgency", urgency), ("process", process),
            ("stakeholders", stakeholders), ("businessCase", businessCase), ("pressure", pressure), ("health", health),
            ("customerOutcome", customerOutcome),
        ]
        var object = JSONObject()
        for (key, value) in pairs { object[key] = .number(Double(value)) }
        return .object(object)
    }
}

extension Finding {
    /// `{"rule", "severity", "title", "evidence", "questions", "nextAction"}`. Pure.
    public var json: JSONValue {
        var object = JSONObject()
        object["rule"] = .string(rule.rawValue)
        object["severity"] = .string(severity.rawValue)
        object["title"] = .string(title)
        object["evidence"] = .array(evidence.map(JSONValue.string))
        object["questions"] = .array(questions.map(JSONValue.string))
        object["nextAction"] = .string(nextAction)
        return .object(object)
    }
}

extension ReviewSummary {
    /// `{"deals": n, "byVerdict": {…worst first, present only}, "bySeverity": {…}}`, and when some deal's
    /// source could not carry a kind of fact, `"whatWeDontKnowYet": [{"fact", "label", "deals", "question"}]`
    /// most important for the customer first. Pure.
    public var json: JSONValue {
        var verdicts = JSONObject()
        for verdict in Verdict.worstFirst {
            if let count = byVerdict[verdict], count > 0 { verdicts[verdict.rawValue] = .number(Double(count)) }
        }
        var severities = JSONObject()
        for severity in Severity.allCases {
            severities[severity.rawValue] = .number(Double(bySeverity[severity] ?? 0))
        }
        var object = JSONObject()
        object["deals"] = .number(Double(deals))
        object["byVerdict"] = .object(verdicts)
        object["bySeverity"] = .object(severities)
        let unknowns = unknownsRanked
        if !unknowns.isEmpty {
            object["whatWeDontKnowYet"] = .array(
                unknowns.map { kind, deals in
                    var item = JSONObject()
                    item["fact"] = .string(kind.rawValue)
                    item["label"] = .string(ReviewSummary.label(kind))
                    item["deals"] = .number(Double(deals))
                    item["question"] = .string(ReviewSummary.question(kind))
                    return .object(item)
                })
        }
        return .object(object)
    }
}

/// Writes the review JSON document piece by piece, so a streamed review never holds every deal.
///
/// `opening`, then each deal with `deal(_:first:)`, then `closing`, concatenated, form one
/// JSON document: `{"asOf", "deals": [...], "summary"}`. Pure.
public enum ReviewJSON {
    public static func opening(asOf: Day) -> String {
        "{\n  \"asOf\": \"\(asOf)\",\n  \"deals\": ["
    }

    public static func deal(_ review: DealReview, first: Bool) -> String {
        (first ? "\n    " : ",\n    ") + JSONSerializer.serialize(review.json)
    }

    /// One deal with its meeting view (``DealBrief/json``).
    public static func deal(_ brief: DealBrief, first: Bool) -> String {
        (first ? "\n    " : ",\n    ") + JSONSerializer.serialize(brief.json)
    }

    /// The end of the document: the summary and, when given, the meeting view's totals and coaching.
    public static func closing(summary: ReviewSummary, empty: Bool, meeting: JSONValue? = nil) -> String {
        (empty ? "]," : "\n  ],") + "\n  \"summary\": " + JSONSerializer.serialize(summary.json)
            + (meeting.map { ",\n  \"meeting\": " + JSONSerializer.serialize($0) } ?? "") + "\n}\n"
    }

    /// The whole document for a list of reviews.
    public static func document(asOf: Day, reviews: [DealReview]) -> String {
        var summary = ReviewSummary()
        var text = opening(asOf: asOf)
        for (index, review) in reviews.enumerated() {
            summary.add(review)
            text += deal(review, first: index == 0)
        }
        return text + closing(summary: summary, empty: reviews.isEmpty)
    }
}
