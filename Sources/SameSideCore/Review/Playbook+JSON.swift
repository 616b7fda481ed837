extension Playbook {
    /// Reads a playbook from a parsed JSON or YAML document; keys left out keep their standard value.
    ///
    /// Throws ``PlaybookError`` naming the first bad path: unknown keys, wrong types, numbers out
    /// of range, unknown rule ids, severities or ladder rungs. Pure.
    public init(json: JSONValue) throws(PlaybookError) {
        self = .standard
        guard case .object(let root) = json else {
            throw PlaybookError(path: "$", message: "expected an object of settings, got \(json.typeDescription)")
        }
        let known =
            Playbook.numberKeys.map(\.key) + [
                "lateStageFrom", "stageMapping", "disabledRules", "severityOverrides", "planTemplates", "currency",
            ]
        for (key, value) in root {
            let path = "$.\(key)"
            if let number = Playbook.numberKeys.first(where: { $0.key == key }) {
                self[keyPath: number.path] = try Playbook.wholeNumber(value, in: number.range, path: path)
                continue
            }
            switch key {
            case "lateStageFrom":
                lateStageFrom = try Playbook.stage(value, path: path)
            case "currency":
                guard case .string(let text) = value, let code = Playbook.currencyCode(text) else {
                    throw PlaybookError(
                        path: path,
                        message: "expected a three-letter currency code like \"EUR\", got \(describe(value))")
                }
                currency = code
            case "stageMapping":
                guard case .object(let mapping) = value else {
                    throw PlaybookError(
                        path: path,
                        message: "expected an object of stage name → ladder rung, got \(value.typeDescription)")
                }
                for (name, rung) in mapping {
                    stageMapping[StageMapping.key(name)] = try Playbook.stage(rung, path: "\(path)[\(quoted(name))]")
                }
            case "disabledRules":
                guard case .array(let items) = value else {
                    throw PlaybookError(
                        path: path, message: "expected an array of rule ids, got \(value.typeDescription)")
                }
                for (index, item) in items.enumerated() {
                    disabledRules.insert(try Playbook.rule(item, path: "\(path)[\(index)]"))
                }
            case "severityOverrides":
                guard case .object(let overrides) = value else {
                    throw PlaybookError(
                        path: path, message: "expected an object of rule id → severity, got \(value.typeDescription)")
                }
                for (name, level) in overrides {
                    let itemPath = "\(path)[\(quoted(name))]"
                    let rule = try Playbook.rule(.string(name), path: itemPath)
                    guard case .string(let text) = level, let severity = Severity(rawValue: text) else {
                        throw PlaybookError(
                            path: itemPath, message: "expected \(Severity.allowedValues), got \(describe(level))")
                    }
                    severityOverrides[rule] = severity
                }
            case "planTemplates":
                guard case .object(let templates) = value else {
                    throw PlaybookError(
                        path: path, message: "expected an object of template name → steps, got \(value.typeDescription)"
                    )
                }
                for (name, steps) in templates {
                    planTemplates[name] = try Playbook.template(name: name, steps, path: "\(path)[\(quoted(name))]")
                }
            default:
                let list = known.joined(separator: ", ")
                throw PlaybookError(path: path, message: "unknown setting; expected one of \(list)")
            }
        }
    }

    private static func wholeNumber(
        _ value: JSONValue, in range: ClosedRange<Int>, path: String
    ) throws(PlaybookError) -> Int {
        let expected = "expected a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard case .number(let number) = value else {
            throw PlaybookError(path: path, message: "\(expected), got \(describe(value))")
        }
        guard number.isFinite, number.rounded() == number, number >= Double(range.lowerBound),
            number <= Double(range.upperBound)
        else { throw PlaybookError(path: path, message: "\(expected), got \(describe(value))") }
        return Int(number)
    }

    private static func stage(_ value: JSONValue, path: String) throws(PlaybookError) -> BuyerStage {
        guard case .string(let text) = value, let stage = BuyerStage(rawValue: text) else {
            throw PlaybookError(
                path: path, message: "expected a ladder rung (\(BuyerStage.allowedValues)), got \(describe(value))")
        }
        return stage
    }

    private static func rule(_ value: JSONValue, path: String) throws(PlaybookError) -> RuleID {
        guard case .string(let text) = value else {
            throw PlaybookError(path: path, message: "expected a rule id, got \(describe(value))")
        }
        let id = RuleID(text)
        guard ReviewRule.allIDs.contains(id) else {
            throw PlaybookError(
                path: path, message: "no rule \(quoted(text)); `sameside review --print-playbook` lists them")
        }
        return id
    }
}

private func quoted(_ text: String) -> String { "\"\(text)\"" }

private func describe(_ value: JSONValue) -> String {
    switch value {
    case .string(let text): return quoted(text)
    case .number(let number):
        if number.isFinite, number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    case .bool(let flag): return String(flag)
    default: return value.typeDescription
    }
}
