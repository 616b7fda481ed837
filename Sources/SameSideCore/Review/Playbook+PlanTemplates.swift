extension Playbook {
    /// A plan template from a playbook: an array of steps, each `{key, title, kind, owner, days, dependsOn,
    /// internal}` (`kind` defaults to `other`, `owner` to `customer`, `days` to 7). Throws ``PlaybookError``
    /// naming the bad path. Pure.
    static func template(name: String, _ value: JSONValue, path: String) throws(PlaybookError) -> PlanTemplate {
        guard case .array(let items) = value, !items.isEmpty else {
            throw PlaybookError(path: path, message: "expected a non-empty array of plan steps")
        }
        var steps: [PlanTemplate.Step] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard case .object(let object) = item else {
                throw PlaybookError(path: itemPath, message: "expected a step object, got \(item.typeDescription)")
            }
            var fields: [String: JSONValue] = [:]
            for (key, field) in object { fields[key] = field }
            let known: Set<String> = ["key", "title", "kind", "owner", "days", "dependsOn", "internal"]
            if let unknown = fields.keys.sorted().first(where: { !known.contains($0) }) {
                throw PlaybookError(
                    path: "\(itemPath).\(unknown)",
                    message: "unknown step field; expected one of \(known.sorted().joined(separator: ", "))")
            }
            func text(_ key: String) throws(PlaybookError) -> String? {
                guard let field = fields[key] else { return nil }
                guard case .string(let text) = field, !text.isEmpty else {
                    throw PlaybookError(path: "\(itemPath).\(key)", message: "expected a non-empty string")
                }
                return text
            }
            guard let key = try text("key"), let title = try text("title") else {
                throw PlaybookError(path: itemPath, message: "a step needs a \"key\" and a \"title\"")
            }
            var kind = StepKind.other
            if let raw = try text("kind") {
                guard let known = StepKind(rawValue: raw) else {
                    throw PlaybookError(path: "\(itemPath).kind", message: "expected \(StepKind.allowedValues)")
                }
                kind = known
            }
            var owner = StepOwner.customer
            if let raw = try text("owner") {
                guard let known = StepOwner(rawValue: raw) else {
                    throw PlaybookError(path: "\(itemPath).owner", message: "expected \(StepOwner.allowedValues)")
                }
                owner = known
            }
            var days = 7
            if let field = fields["days"] {
                guard case .number(let number) = field, number.isFinite, number.rounded() == number,
                    (0...3650).contains(number)
                else {
                    throw PlaybookError(path: "\(itemPath).days", message: "expected a whole number from 0 to 3650")
                }
                days = Int(number)
            }
            var dependsOn: [String] = []
            if let field = fields["dependsOn"] {
                guard case .array(let keys) = field else {
                    throw PlaybookError(path: "\(itemPath).dependsOn", message: "expected an array of step keys")
                }
                for key in keys {
                    guard case .string(let text) = key else {
                        throw PlaybookError(path: "\(itemPath).dependsOn", message: "expected an array of step keys")
                    }
                    dependsOn.append(text)
                }
            }
            var isInternal = false
            if let field = fields["internal"] {
                guard case .bool(let flag) = field else {
                    throw PlaybookError(path: "\(itemPath).internal", message: "expected true or false")
                }
                isInternal = flag
            }
            steps.append(
                PlanTemplate.Step(
                    key: key, title: title, kind: kind, owner: owner, days: days, dependsOn: dependsOn,
                    internal: isInternal))
        }
        do {
            return try PlanTemplate(name: name, steps: steps)
        } catch {
            throw PlaybookError(path: "\(path)[\(error.step)]", message: error.message)
        }
    }

    /// The templates as YAML lines for ``yaml`` (flow maps, one step a line). Pure.
    var planTemplateYAML: [String] {
        guard !planTemplates.isEmpty else { return ["planTemplates: {}"] }
        var lines = ["planTemplates:"]
        for name in planTemplates.keys.sorted() {
            guard let template = planTemplates[name] else { continue }
            lines.append("  \(yamlQuoted(name)):")
            for step in template.steps {
                let dependsOn = step.dependsOn.map(yamlQuoted).joined(separator: ", ")
                lines.append(
                    "    - {key: \(yamlQuoted(step.key)), title: \(yamlQuoted(step.title)), kind: \(step.kind.rawValue), "
                        + "owner: \(step.owner.rawValue), days: \(step.days), dependsOn: [\(dependsOn)], "
                        + "internal: \(step.internal)}")
            }
        }
        return lines
    }
}

private func yamlQuoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out + "\""
}
