import SameSideCore
import Yams

/// Loads a review playbook from a YAML or JSON file (or an upload) into a Core ``Playbook``.
///
/// YAML is parsed here (Core stays Foundation-only) and handed to Core as a ``JSONValue`` tree;
/// Core validates it. Messages name the file, the line when known, and the setting's path.
public enum PlaybookLoader {
    /// The playbook in `path` (`-` for stdin).
    /// - Throws: ``AppError/badInput(_:)`` for an unreadable file, a YAML/JSON syntax error or an
    ///   invalid setting.
    public static func load(_ path: String) throws(AppError) -> Playbook {
        try load(InputFile.readAll(path), name: InputFile.displayName(path))
    }

    /// The playbook in `bytes`, called `name` in messages.
    /// - Throws: ``AppError/badInput(_:)`` for text that is not UTF-8, a YAML/JSON syntax error or an invalid
    ///   setting.
    public static func load(_ bytes: [UInt8], name: String) throws(AppError) -> Playbook {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw AppError.badInput("\(name): not UTF-8 text; expected a YAML or JSON playbook")
        }
        var lines: [String: Int] = [:]
        let tree: JSONValue
        if text.first(where: { !$0.isWhitespace }) == "{" {
            do {
                tree = try JSONParser.parse(bytes)
            } catch {
                throw AppError.badInput("\(name): \(error.description)")
            }
        } else {
            let node: Node?
            do {
                node = try Yams.compose(yaml: text)
            } catch {
                throw AppError.badInput("\(name): malformed YAML: \(error)")
            }
            guard let node else { return .standard }
            tree = try convert(node, path: "$", lines: &lines, name: name)
        }
        do {
            return try Playbook(json: tree)
        } catch {
            let line = lines[error.path].map { "line \($0): " } ?? ""
            throw AppError.badInput("\(name): \(line)\(error.description)")
        }
    }

    /// Converts a YAML node to the JSON tree Core reads, recording each path's line.
    private static func convert(
        _ node: Node, path: String, lines: inout [String: Int], name: String
    ) throws(AppError) -> JSONValue {
        if let mark = node.mark { lines[path] = mark.line }
        switch node {
        case .scalar(let scalar):
            guard scalar.style == .plain || scalar.style == .any else { return .string(scalar.string) }
            if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
            if let value = Bool.construct(from: scalar) { return .bool(value) }
            if let value = Int.construct(from: scalar) { return .number(Double(value)) }
            if let value = Double.construct(from: scalar) { return .number(value) }
            return .string(scalar.string)
        case .mapping(let mapping):
            var object = JSONObject()
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    throw AppError.badInput("\(name): \(lineText(key))\(path): keys must be plain names")
                }
                let childPath = path == "$" ? "$.\(keyScalar.string)" : "\(path)[\"\(keyScalar.string)\"]"
                guard object[keyScalar.string] == nil else {
                    throw AppError.badInput("\(name): \(lineText(key))\(childPath): duplicate key")
                }
                object[keyScalar.string] = try convert(value, path: childPath, lines: &lines, name: name)
            }
            return .object(object)
        case .sequence(let sequence):
            var items: [JSONValue] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, path: "\(path)[\(index)]", lines: &lines, name: name))
            }
            return .array(items)
        case .alias:
            throw AppError.badInput("\(name): \(lineText(node))\(path): YAML aliases are not supported in playbooks")
        }
    }

    private static func lineText(_ node: Node) -> String { node.mark.map { "line \($0.line): " } ?? "" }
}
