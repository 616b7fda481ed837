import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `PATCH /api/deals/{id}` with `{"version", "name"?, "stage"?, "amount"?, "closeDate"?, "owner"?,
/// "pausedUntil"?, "pauseReason"?}`: the edit form's change in JSON. A field left out keeps its value, `null`
/// or `""` clears it; `version` is the one read, and a deal changed since is a 409. 200 with the deal's new
/// version; 400 naming each bad field.
struct DealEditAPI {
    let services: WebServices

    struct Body: Decodable {
        var version: Int
        var name: String?
        var stage: Field<String>
        var amount: Field<Double>
        var closeDate: Field<String>
        var owner: Field<String>
        var pausedUntil: Field<String>
        var pauseReason: Field<String>

        enum CodingKeys: String, CodingKey {
            case version, name, stage, amount, closeDate, owner, pausedUntil, pauseReason
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            version = try container.decode(Int.self, forKey: .version)
            name = try container.decodeIfPresent(String.self, forKey: .name)
            stage = try Field(container, .stage)
            amount = try Field(container, .amount)
            closeDate = try Field(container, .closeDate)
            owner = try Field(container, .owner)
            pausedUntil = try Field(container, .pausedUntil)
            pauseReason = try Field(container, .pauseReason)
        }
    }

    /// A JSON field that may be left out (keep), `null` (clear) or a value.
    enum Field<Value: Decodable & Sendable>: Sendable {
        case absent, cleared, value(Value)

        init(_ container: KeyedDecodingContainer<Body.CodingKeys>, _ key: Body.CodingKeys) throws {
            if !container.contains(key) {
                self = .absent
            } else if try container.decodeNil(forKey: key) {
                self = .cleared
            } else {
                self = .value(try container.decode(Value.self, forKey: key))
            }
        }

        func apply(to text: inout String, _ show: (Value) -> String) {
            switch self {
            case .absent: break
            case .cleared: text = ""
            case .value(let value): text = show(value)
            }
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.patch("/api/deals/{id}", use: edit)
    }

    @Sendable func edit(_ request: Request, context: WebContext) async throws -> JSONResponse {
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        var draft = DealDraft(deal.value)
        if let name = body.name { draft.name = name }
        body.stage.apply(to: &draft.stage) { $0 }
        body.amount.apply(to: &draft.amount) { NumberField.text($0) }
        body.closeDate.apply(to: &draft.closeDate) { $0 }
        body.owner.apply(to: &draft.owner) { $0 }
        body.pausedUntil.apply(to: &draft.pausedUntil) { $0 }
        body.pauseReason.apply(to: &draft.pauseReason) { $0 }
        let saved = try await DealEditing.updateDeal(
            draft, id: deal.value.id, version: body.version, today: services.today(), in: services.store)
        var object = JSONObject()
        object["id"] = .string(saved.value.id.rawValue)
        object["version"] = .number(Double(saved.version))
        object["name"] = .string(saved.value.name)
        object["stage"] = saved.value.stage.map(JSONValue.string) ?? .null
        object["amount"] = saved.value.amount.map(JSONValue.number) ?? .null
        object["closeDate"] = saved.value.closeDate.map { .string($0.description) } ?? .null
        object["owner"] = saved.value.owner.map(JSONValue.string) ?? .null
        object["pausedUntil"] = saved.value.pausedUntil.map { .string($0.description) } ?? .null
        object["pauseReason"] = saved.value.pauseReason.map(JSONValue.string) ?? .null
        return JSONResponse(.object(object))
    }
}
