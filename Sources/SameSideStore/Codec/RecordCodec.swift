import SameSideCore

/// The SQL store's document columns through Core's one JSON parser, serializer and record codec
/// (``RecordJSON``): a record's JSON object without the keys the table keeps in columns of their own.
///
/// Layout (unchanged since migration 1): an account's `detail` and the header's `seller` hold the record's
/// other keys, with its unknown fields nested under `"extra"`; a deal's `detail` holds its other keys and its
/// unknown fields go to the `extra` column. Pure; a damaged column throws ``StoreError/corrupt(_:)``, never traps.
enum RecordCodec {
    /// The account keys with columns of their own.
    static let accountColumnKeys: Set<String> = ["id", "name", "industry", "employees", "region"]
    /// The deal keys with columns of their own.
    static let dealColumnKeys: Set<String> = [
        "id", "accountId", "name", "owner", "amount", "stage", "status", "createdDate", "closeDate",
    ]

    // MARK: writing

    /// The `detail` of an account.
    static func accountDetail(_ account: Account) -> String {
        var known = account
        known.extra = [:]
        return write(without(accountColumnKeys, RecordJSON.encode(known)), extra: account.extra)
    }

    /// The `detail` of a deal (its `extra` goes to a column of its own).
    static func opportunityDetail(_ deal: Opportunity) -> String {
        var known = deal
        known.extra = [:]
        return write(without(dealColumnKeys, RecordJSON.encode(known)), extra: [:])
    }

    /// The header's `seller` column.
    static func seller(_ seller: Seller) -> String {
        var known = seller
        known.extra = [:]
        return write(RecordJSON.encode(known), extra: seller.extra)
    }

    /// A JSON object column (`extra`).
    static func object(_ object: JSONObject) -> String { JSONSerializer.serialize(.object(object)) }

    // MARK: reading

    /// The account whose plain columns are `columns` and whose `detail` is `detail`.
    static func account(columns: JSONObject, detail: String) throws(StoreError) -> Account {
        let object = try merged(columns, detail: detail, what: "account detail", extra: nil)
        do {
            return try RecordJSON.decodeAccount(object)
        } catch {
            throw StoreError.corrupt("account \(columns["id"].map { JSONSerializer.serialize($0) } ?? ""): \(error)")
        }
    }

    /// The deal whose plain columns are `columns`, `detail` and `extra` those columns.
    static func opportunity(columns: JSONObject, detail: String, extra: String) throws(StoreError) -> Opportunity {
        let object = try merged(columns, detail: detail, what: "deal detail", extra: try self.object(extra, "extra"))
        do {
            return try RecordJSON.decodeOpportunity(object)
        } catch {
            throw StoreError.corrupt("deal \(columns["id"].map { JSONSerializer.serialize($0) } ?? ""): \(error)")
        }
    }

    /// The header's seller from its column.
    static func seller(from text: String) throws(StoreError) -> Seller {
        let object = try merged([:], detail: text, what: "seller", extra: nil)
        do {
            return try RecordJSON.decodeSeller(object)
        } catch {
            throw StoreError.corrupt("seller: \(error)")
        }
    }

    /// A JSON object column.
    static func object(_ text: String, _ what: String) throws(StoreError) -> JSONObject {
        let value: JSONValue
        do {
            value = try JSONParser.parse(Array(text.utf8))
        } catch {
            throw StoreError.corrupt("\(what) is not JSON: \(error)")
        }
        guard case .object(let object) = value else { throw StoreError.corrupt("\(what) is not an object") }
        return object
    }

    // MARK: helpers

    private static func without(_ keys: Set<String>, _ object: JSONObject) -> JSONObject {
        var out = JSONObject()
        for member in object where !keys.contains(member.key) { out.append(member.key, member.value) }
        return out
    }

    private static func write(_ object: JSONObject, extra: JSONObject) -> String {
        var object = object
        if !extra.isEmpty { object.append("extra", .object(extra)) }
        return JSONSerializer.serialize(.object(object))
    }

    /// `columns`, then the members of the `detail` document, then the unknown fields (nested under `"extra"` in
    /// the document, or `extra` when given): the record's JSON object as the pipeline format has it.
    private static func merged(
        _ columns: JSONObject, detail: String, what: String, extra: JSONObject?
    ) throws(StoreError) -> JSONObject {
        var object = columns
        var unknown = extra ?? [:]
        for member in try self.object(detail, what) {
            if extra == nil && member.key == "extra" {
                guard case .object(let nested) = member.value else {
                    throw StoreError.corrupt("extra is not an object")
                }
                unknown = nested
            } else {
                object.append(member.key, member.value)
            }
        }
        for member in unknown where object[member.key] == nil { object.append(member.key, member.value) }
        return object
    }
}
