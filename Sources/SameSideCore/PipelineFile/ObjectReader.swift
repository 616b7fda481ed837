/// Reads the fields of one JSON object into domain values, reporting each problem with its path.
///
/// JSON `null` counts as absent. Every key read is remembered, so ``finish()`` can warn about
/// (and keep) the keys this version does not know.
struct ObjectReader {
    let object: JSONObject
    let context: DecodingContext
    /// Which members were read: bit i for member i (first 64), a set beyond that.
    private var readMask: UInt64 = 0
    private var readBeyond: Set<Int> = []

    init(_ object: JSONObject, context: DecodingContext) {
        self.object = object
        self.context = context
    }

    /// Reads `value` as an object, or reports that an object was expected.
    static func object(_ value: JSONValue, context: DecodingContext) -> JSONObject? {
        if case .object(let object) = value { return object }
        context.error("expected an object, found \(value.typeDescription)")
        return nil
    }

    private mutating func present(
        _ key: String, required: Bool, expected: @autoclosure () -> String
    ) -> JSONValue? {
        // Comparing lengths first skips String's slower unequal-strings path for most other keys.
        let length = key.utf8.count
        guard let index = object.members.firstIndex(where: { $0.key.utf8.count == length && $0.key == key }) else {
            if required { context.at(key) { context.error("missing required field (expected \(expected()))") } }
            return nil
        }
        markRead(index)
        let value = object.members[index].value
        if value == .null {
            if required { context.at(key) { context.error("missing required field (expected \(expected()))") } }
            return nil
        }
        return value
    }

    private mutating func markRead(_ index: Int) {
        if index < 64 { readMask |= 1 << UInt64(index) } else { readBeyond.insert(index) }
    }

    private func wasRead(_ index: Int) -> Bool {
        index < 64 ? readMask & (1 << UInt64(index)) != 0 : readBeyond.contains(index)
    }

    private func mismatch(_ key: String, expected: String, found value: JSONValue) {
        context.at(key) { context.error("expected \(expected), found \(value.typeDescription)") }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = present(key, required: required, expected: "a string") else { return nil }
        guard case .string(let text) = value else {
            mismatch(key, expected: "a string", found: value)
            return nil
        }
        if required && text.isEmpty {
            context.at(key) { context.error("must not be empty") }
            return nil
        }
        return text
    }

    mutating func id<Tag>(_ key: String, required: Bool = false) -> TypedID<Tag>? {
        string(key, required: required).map { TypedID<Tag>($0) }
    }

    mutating func number(_ key: String, required: Bool = false, nonNegative: Bool = false) -> Double? {
        guard let value = present(key, required: required, expected: "a number") else { return nil }
        guard case .number(let number) = value else {
            mismatch(key, expected: "a number", found: value)
            return nil
        }
        if nonNegative && number < 0 {
            context.at(key) { context.error("must not be negative, found \(JSONSerializer.serialize(value))") }
            return nil
        }
        return number
    }

    /// An amount of money: a number ≥ 0.
    mutating func money(_ key: String, required: Bool = false) -> Double? {
        number(key, required: required, nonNegative: true)
    }

    mutating func integer(_ key: String, required: Bool = false, minimum: Int? = nil) -> Int? {
        guard let number = number(key, required: required) else { return nil }
        guard number == number.rounded(), abs(number) < 1e15 else {
            context.at(key) {
                context.error("expected a whole number, found \(JSONSerializer.serialize(.number(number)))")
            }
            return nil
        }
        let value = Int(number)
        if let minimum, value < minimum {
            context.at(key) { context.error("must be at least \(minimum), found \(value)") }
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = present(key, required: false, expected: "true or false") else { return nil }
        guard case .bool(let flag) = value else {
            mismatch(key, expected: "true or false", found: value)
            return nil
        }
        return flag
    }

    mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let value = present(key, required: required, expected: "a date YYYY-MM-DD") else { return nil }
        guard case .string(let text) = value else {
            mismatch(key, expected: "a date YYYY-MM-DD", found: value)
            return nil
        }
        guard let day = Day(text) else {
            context.at(key) { context.error("expected a date YYYY-MM-DD, found \"\(Self.clip(text))\"") }
            return nil
        }
        return day
    }

    mutating func vocabulary<V: ClosedVocabulary>(_ key: String, _ type: V.Type, required: Bool = false) -> V? {
        guard let value = present(key, required: required, expected: "one of \(V.allowedValues)") else { return nil }
        return Self.vocabulary(value, type, context: context, key: key)
    }

    static func vocabulary<V: ClosedVocabulary>(
        _ value: JSONValue, _ type: V.Type, context: DecodingContext, key: String? = nil
    ) -> V? {
        let report = { (message: String) in
            if let key { context.at(key) { context.error(message) } } else { context.error(message) }
        }
        guard case .string(let text) = value else {
            report("expected one of \(V.allowedValues), found \(value.typeDescription)")
            return nil
        }
        guard let parsed = V(rawValue: text) else {
            report("unknown value \"\(clip(text))\"; expected one of \(V.allowedValues)")
            return nil
        }
        return parsed
    }

    /// An array whose elements are read by `element` (called with the context at `key[i]`).
    mutating func array<T>(_ key: String, _ element: (JSONValue) -> T?) -> [T] {
        indexedArray(key, element).map(\.value)
    }

    /// Like ``array(_:_:)``, keeping each decoded element's index in the file.
    mutating func indexedArray<T>(_ key: String, _ element: (JSONValue) -> T?) -> [(index: Int, value: T)] {
        guard let value = present(key, required: false, expected: "an array") else { return [] }
        guard case .array(let elements) = value else {
            mismatch(key, expected: "an array", found: value)
            return []
        }
        let context = self.context
        return context.at(key) {
            var result: [(index: Int, value: T)] = []
            result.reserveCapacity(elements.count)
            for (index, item) in elements.enumerated() {
                if let decoded = context.at(index, { element(item) }) { result.append((index, decoded)) }
            }
            return result
        }
    }

    mutating func strings(_ key: String) -> [String] {
        let context = self.context
        return array(key) { value in
            if case .string(let text) = value { return text }
            context.error("expected a string, found \(value.typeDescription)")
            return nil
        }
    }

    mutating func ids<Tag>(_ key: String) -> [TypedID<Tag>] {
        strings(key).map { TypedID<Tag>($0) }
    }

    mutating func vocabularies<V: ClosedVocabulary>(_ key: String, _ type: V.Type) -> [V] {
        let context = self.context
        return array(key) { ObjectReader.vocabulary($0, type, context: context) }
    }

    /// A nested object read by `body` (with the context at `key`); `body` ends with `finish…()`.
    mutating func nested<T>(_ key: String, required: Bool = false, _ body: (inout ObjectReader) -> T?) -> T? {
        guard let value = present(key, required: required, expected: "an object") else { return nil }
        guard case .object(let inner) = value else {
            mismatch(key, expected: "an object", found: value)
            return nil
        }
        let context = self.context
        return context.at(key) {
            var reader = ObjectReader(inner, context: context)
            return body(&reader)
        }
    }

    /// Marks keys as understood without reading them (e.g. `kind` in JSON Lines).
    mutating func accept(_ keys: String...) {
        for key in keys {
            if let index = object.members.firstIndex(where: { $0.key == key }) { markRead(index) }
        }
    }

    /// Warns about every unknown key and returns them, to be kept with the record.
    ///
    /// Keys in `opaque` are known to the format but kept as JSON rather than modelled (e.g. a
    /// deal's `crm` columns): they are returned too, without a warning.
    func finish(opaque: Set<String> = []) -> JSONObject {
        var extra = JSONObject()
        for (index, member) in object.members.enumerated() where !wasRead(index) {
            if !opaque.contains(member.key) {
                context.at(member.key) { context.warning("unknown field, kept as it is") }
            }
            extra.appendUnchecked(member.key, member.value)
        }
        return extra
    }

    /// Checks that `key`, when present, is an object whose values are all strings, without
    /// marking it read (so ``finish(opaque:)`` keeps it as it is).
    func checkStringObject(_ key: String) {
        guard let member = object.members.first(where: { $0.key == key }), member.value != .null else { return }
        guard case .object(let inner) = member.value else {
            context.at(key) { context.error("expected an object of strings, found \(member.value.typeDescription)") }
            return
        }
        for field in inner {
            if case .string = field.value { continue }
            context.at(key) {
                context.at(field.key) { context.error("expected a string, found \(field.value.typeDescription)") }
            }
        }
    }

    /// Checks that `key`, when present, is an array of names of `vocabulary`, without marking it read
    /// (so ``finish(opaque:)`` keeps it as it is).
    func checkVocabularyArray<V: ClosedVocabulary>(_ key: String, of vocabulary: V.Type) {
        guard let member = object.members.first(where: { $0.key == key }), member.value != .null else { return }
        guard case .array(let items) = member.value else {
            context.at(key) { context.error("expected an array of strings, found \(member.value.typeDescription)") }
            return
        }
        for (index, item) in items.enumerated() {
            guard case .string(let name) = item, V(rawValue: name) != nil else {
                let found: String
                if case .string(let name) = item { found = "\"\(name)\"" } else { found = item.typeDescription }
                context.at(key) {
                    context.at(index) { context.error("expected one of \(V.allowedValues), found \(found)") }
                }
                continue
            }
        }
    }

    /// Warns about every unknown key; for records that have nowhere to keep them.
    func finishWithoutKeeping() {
        for (index, member) in object.members.enumerated() where !wasRead(index) {
            context.at(member.key) { context.warning("unknown field, ignored") }
        }
    }

    static func clip(_ text: String) -> String {
        text.unicodeScalars.count <= 60 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(57))) + "…"
    }
}
