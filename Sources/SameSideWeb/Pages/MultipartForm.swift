import Foundation
import MultipartKit
import NIOCore

/// A `multipart/form-data` body split into its fields (MultipartKit's parser), with each part's form name and,
/// for a file, the name the browser gave it.
struct MultipartForm {
    struct Part {
        var name: String
        var fileName: String?
        var body: ByteBuffer
    }

    var parts: [Part]

    /// Parses `buffer` with `boundary`.
    /// - Throws: MultipartKit's error for a body that is not multipart with that boundary.
    init(_ buffer: ByteBuffer, boundary: String) throws {
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var disposition = ""
        var body = ByteBuffer()
        parser.onHeader = { field, value in
            if field.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let parameters = Self.parameters(disposition)
            parts.append(Part(name: parameters["name"] ?? "", fileName: parameters["filename"], body: body))
            disposition = ""
            body = ByteBuffer()
        }
        try parser.execute(buffer)
        self.parts = parts
    }

    /// The first part named `name`.
    func part(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// The text of the first part named `name`, as UTF-8.
    func text(_ name: String) -> String? { part(name).map { String(buffer: $0.body) } }

    /// The `key=value` parameters of a `Content-Disposition` value (`form-data; name="file"; filename="a.csv"`),
    /// keys lowercased, quotes removed.
    static func parameters(_ value: String) -> [String: String] {
        var result: [String: String] = [:]
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let key = pair[0].trimmingCharacters(in: .whitespaces).lowercased()
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") {
                text = String(text.dropFirst().dropLast())
            }
            result[key] = text
        }
        return result
    }

    /// The `boundary` parameter of a `multipart/form-data` content type, unquoted.
    static func boundary(of contentType: String) -> String? {
        for item in contentType.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
