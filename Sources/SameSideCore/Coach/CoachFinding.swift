/// One span of the message the coach objects to, with what to write instead.
///
/// `start` and `end` are offsets into the input in Unicode scalar values (`end` exclusive);
/// `text` is exactly the input's scalars in `start..<end`.
public struct CoachFinding: Equatable, Sendable {
    /// The family of a finding; stable kebab-case names in JSON.
    public enum Kind: String, CaseIterable, Sendable, Equatable {
        /// Chasing, status demands, the seller's deadlines, discounts for speed, guilt, false urgency.
        case pressure
        /// Features, superlatives, product talk.
        case pitch
        /// A sentence about us (I, we, our company) with nothing about the customer.
        case sellerFocus = "seller-focus"
        /// A closing or yes/no question where an open question about their business would do more.
        case closingQuestion = "closing-question"
        /// The part of a message past the length that gets read.
        case length
    }

    /// The finer reason inside a kind; stable kebab-case names in JSON.
    public enum Category: String, CaseIterable, Sendable, Equatable {
        case chasing
        case statusDemand = "status-demand"
        case sellerDeadline = "seller-deadline"
        case discountForSpeed = "discount-for-speed"
        case guilt
        case falseUrgency = "false-urgency"
        case superlative
        case productTalk = "product-talk"
        case featureList = "feature-list"
        case selfIntroduction = "self-introduction"
        case aboutUs = "about-us"
        case closing
        case yesNo = "yes-no"
        case tooLong = "too-long"
        /// A phrase an organisation added in its playbook.
        case playbook
    }

    public var kind: Kind
    public var category: Category
    public var text: String
    public var start: Int
    public var end: Int
    public var suggestion: String

    public init(kind: Kind, category: Category, text: String, start: Int, end: Int, suggestion: String) {
        self.kind = kind
        self.category = category
        self.text = text
        self.start = start
        self.end = end
        self.suggestion = suggestion
    }
}
