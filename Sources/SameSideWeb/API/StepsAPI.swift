import Hummingbird
import SameSideApp
import SameSideCore
import SameSideStore

/// `POST /api/deals/{id}/steps` and `PATCH /api/deals/{id}/steps/{step}`: the step form's change in JSON, on a
/// deal the user may change (404 unseen, 403 seen but not theirs). `version` is the deal version read; a deal
/// changed since is a 409. In a PATCH a field left out keeps its value and `null` clears it. Moving a due date
/// the step had needs `movedBy` (`customer` or `seller`) and `moveReason` or `moveReasonText`. 201 (added) or
/// 200 (saved) with the step and the deal's new version; 400 naming each bad field.
struct StepsAPI {
    let services: WebServices

    struct Body: Decodable {
        var version: Int
        var fields: [String: Value] = [:]

        /// One JSON field: left out (absent from `fields`), `null`, or a value.
        enum Value {
            case null, text(String), flag(Bool), list([String]), relative(RelativeBody)
        }

        struct RelativeBody: Decodable {
            var step: String
            var days: Int
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        static let texts = [
            "title", "kind", "owner", "ownerStakeholderId", "ownerName", "due", "status", "blocker", "evidence",
            "movedBy", "moveReason", "moveReasonText",
        ]

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            version = try container.decode(Int.self, forKey: Key(stringValue: "version"))
            for key in container.allKeys where key.stringValue != "version" {
                if try container.decodeNil(forKey: key) {
                    fields[key.stringValue] = .null
                } else if Self.texts.contains(key.stringValue) {
                    fields[key.stringValue] = .text(try container.decode(String.self, forKey: key))
                } else if key.stringValue == "dependsOn" {
                    fields[key.stringValue] = .list(try container.decode([String].self, forKey: key))
                } else if key.stringValue == "internal" {
                    fields[key.stringValue] = .flag(try container.decode(Bool.self, forKey: key))
                } else if key.stringValue == "dueAfter" {
                    fields[key.stringValue] = .relative(try container.decode(RelativeBody.self, forKey: key))
                } else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container, debugDescription: "not a field of a buying step")
                }
            }
        }

        /// `base` with the fields this body holds.
        func draft(over base: StepDraft) -> StepDraft {
            var draft = base
            let paths: [String: WritableKeyPath<StepDraft, String>] = [
                "title": \.title, "kind": \.kind, "owner": \.owner, "ownerStakeholderId": \.ownerStakeholderId,
                "ownerName": \.ownerName, "due": \.due, "status": \.status, "blocker": \.blocker,
                "evidence": \.evidence, "movedBy": \.movedBy, "moveReason": \.moveReason,
                "moveReasonText": \.moveReasonText,
            ]
            for (name, value) in fields {
                switch (name, value) {
                case (_, .text(let text)): if let path = paths[name] { draft[keyPath: path] = text }
                case ("dependsOn", .list(let list)): draft.dependsOn = list
                case ("dependsOn", .null): draft.dependsOn = []
                case ("internal", .flag(let flag)): draft.isInternal = flag
                case ("internal", .null): draft.isInternal = false
                case ("dueAfter", .relative(let relative)):
                    draft.dueAfterStep = relative.step
                    draft.dueAfterDays = String(relative.days)
                case ("dueAfter", .null):
                    draft.dueAfterStep = ""
                    draft.dueAfterDays = ""
                case (_, .null): if let path = paths[name] { draft[keyPath: path] = "" }
                default: break
                }
            }
            return draft
        }
    }

    func addRoutes(to router: Router<WebContext>) {
        router.post("/api/deals/{id}/steps", use: add)
        router.patch("/api/deals/{id}/steps/{step}", use: edit)
    }

    @Sendable func add(_ request: Request, context: WebContext) async throws -> JSONResponse {
        try await save(request, context: context, status: .created)
    }

    @Sendable func edit(_ request: Request, context: WebContext) async throws -> JSONResponse {
        try await save(request, context: context, status: .ok)
    }

    private func save(_ request: Request, context: WebContext, status: HTTPResponse.Status) async throws -> JSONResponse
    {
        let (deal, _) = try await EditableDeal(services: services).load(context)
        let body = try await APIBody.decode(Body.self, from: request, context: context)
        let step = try StepForm.step(context, in: deal.value)
        let (saved, stored) = try await DealEditing.saveStep(
            body.draft(over: step.map(StepDraft.init) ?? StepDraft()), stepId: step?.id, onDeal: deal.value.id,
            version: body.version, today: services.today(), in: services.store)
        var object = JSONObject()
        object["step"] = .object(Self.json(saved))
        object["version"] = .number(Double(stored.version))
        return JSONResponse(.object(object), status: status)
    }

    /// A buying step as the API answers it (the pipeline format's fields).
    static func json(_ step: BuyingStep) -> JSONObject {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func day(_ value: Day?) -> JSONValue { value.map { .string($0.description) } ?? .null }
        var object = JSONObject()
        object["id"] = .string(step.id.rawValue)
        object["title"] = .string(step.title)
        object["kind"] = text(step.kind?.rawValue)
        object["owner"] = text(step.owner?.rawValue)
        object["ownerStakeholderId"] = text(step.ownerStakeholderId?.rawValue)
        object["ownerName"] = text(step.ownerName)
        object["due"] = day(step.due)
        if let after = step.dueAfter {
            var relative = JSONObject()
            relative["step"] = .string(after.step.rawValue)
            relative["days"] = .number(Double(after.days))
            object["dueAfter"] = .object(relative)
        } else {
            object["dueAfter"] = .null
        }
        object["dependsOn"] = .array(step.dependsOn.map { .string($0.rawValue) })
        object["status"] = text(step.status?.rawValue)
        object["completed"] = day(step.completed)
        object["blocker"] = text(step.blocker)
        object["evidence"] = text(step.evidence)
        object["internal"] = .bool(step.internal ?? false)
        object["dueChanges"] = .array(
            step.dueChanges.map { change in
                var item = JSONObject()
                item["from"] = day(change.from)
                item["to"] = .string(change.to.description)
                item["changedOn"] = .string(change.changedOn.description)
                item["movedBy"] = text(change.movedBy?.rawValue)
                item["reason"] = text(change.reason?.rawValue)
                item["reasonText"] = text(change.reasonText)
                return .object(item)
            })
        return object
    }
}
