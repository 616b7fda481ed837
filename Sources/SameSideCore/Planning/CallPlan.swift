/// A plan for the next meeting with the customer: its goal in their terms, agenda, questions, who should be
/// there, what they leave with, and the buying step to agree on.
public struct CallPlan: Equatable, Sendable {
    /// One item of the agenda.
    public struct AgendaItem: Equatable, Sendable {
        public var topic: String
        public var minutes: Int
    }

    /// A question to ask, and the gap it closes.
    public struct Question: Equatable, Sendable {
        public var text: String
        /// The gap's stable name, e.g. `procurement-step-unknown`.
        public var closes: String
        /// What is unknown today.
        public var why: String
        /// The deal review's rule that found the same gap, when the review was run.
        public var reviewRule: RuleID?

        public init(text: String, closes: String, why: String, reviewRule: RuleID? = nil) {
            self.text = text
            self.closes = closes
            self.why = why
            self.reviewRule = reviewRule
        }
    }

    /// A customer person who should be in the meeting.
    public struct Attendee: Equatable, Sendable {
        /// "Name (title)".
        public var person: String
        public var roles: [StakeholderRole]
        /// Why they should be there, or what is missing about them (e.g. not yet met).
        public var note: String
    }

    /// A role the meeting needs that nobody known on the customer's side fills.
    public struct MissingRole: Equatable, Sendable {
        public var role: StakeholderRole
        /// How to find the person, through the customer.
        public var suggestion: String
    }

    /// The buying step to agree on at the end of the meeting.
    public struct NextStep: Equatable, Sendable {
        public var title: String
        public var kind: StepKind?
        /// "Name (title)" or the side that owns it; `nil` when the owner is to be agreed.
        public var owner: String?
        public var due: Day?
        /// Whether the step is already in the buying process (else it is to be added).
        public var known: Bool
    }

    public var dealId: DealID
    public var customerName: String
    public var meeting: MeetingKind
    /// Whether the meeting kind was chosen by the planner (not given by the user).
    public var meetingChosen: Bool
    /// Why this meeting kind fits the deal now.
    public var meetingReason: String
    public var goal: String
    public var agenda: [AgendaItem]
    public var questions: [Question]
    public var attendees: [Attendee]
    public var missingRoles: [MissingRole]
    public var customerLeavesWith: [String]
    public var nextStep: NextStep?

    /// The plan as JSON (camelCase keys). Pure.
    public var jsonObject: JSONObject {
        var object = JSONObject()
        object["dealId"] = .string(dealId.rawValue)
        object["customer"] = .string(customerName)
        object["meeting"] = .string(meeting.rawValue)
        object["meetingChosen"] = .bool(meetingChosen)
        object["meetingReason"] = .string(meetingReason)
        object["goal"] = .string(goal)
        object["agenda"] = .array(
            agenda.map { item in
                var entry = JSONObject()
                entry["topic"] = .string(item.topic)
                entry["minutes"] = .number(Double(item.minutes))
                return .object(entry)
            })
        object["questions"] = .array(
            questions.map { question in
                var entry = JSONObject()
                entry["question"] = .string(question.text)
                entry["closes"] = .string(question.closes)
                entry["why"] = .string(question.why)
                entry["reviewRule"] = question.reviewRule.map { .string($0.rawValue) } ?? .null
                return .object(entry)
            })
        object["attendees"] = .array(
            attendees.map { attendee in
                var entry = JSONObject()
                entry["person"] = .string(attendee.person)
                entry["roles"] = .array(attendee.roles.map { .string($0.rawValue) })
                entry["note"] = .string(attendee.note)
                return .object(entry)
            })
        object["missingRoles"] = .array(
            missingRoles.map { missing in
                var entry = JSONObject()
                entry["role"] = .string(missing.role.rawValue)
                entry["suggestion"] = .string(missing.suggestion)
                return .object(entry)
            })
        object["customerLeavesWith"] = .array(customerLeavesWith.map(JSONValue.string))
        if let nextStep {
            var entry = JSONObject()
            entry["title"] = .string(nextStep.title)
            entry["kind"] = nextStep.kind.map { .string($0.rawValue) } ?? .null
            entry["owner"] = nextStep.owner.map(JSONValue.string) ?? .null
            entry["due"] = nextStep.due.map { .string($0.description) } ?? .null
            entry["known"] = .bool(nextStep.known)
            object["nextBuyingStep"] = .object(entry)
        } else {
            object["nextBuyingStep"] = .null
        }
        return object
    }
}
