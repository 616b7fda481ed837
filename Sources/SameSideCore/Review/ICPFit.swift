/// How an account measures against the seller's Ideal Customer Profile, criterion by criterion, each with its
/// reason in words. The `outside-icp` review rule reports the criteria that fail; the account page shows them
/// all. Pure.
public struct ICPFit: Equatable, Sendable {
    /// One criterion of the profile.
    public struct Check: Equatable, Sendable {
        public enum Outcome: String, Sendable {
            case fits
            case outside
            /// The account does not say (no industry, size or region recorded).
            case unknown
        }

        public var criterion: String
        public var outcome: Outcome
        public var reason: String
    }

    public var checks: [Check]
    /// Whether a failure is more than a neighbouring market: far outside the size range, a required problem
    /// missing, or a disqualifier that applies.
    public var serious: Bool

    /// The reasons of the criteria the account fails, in the profile's order.
    public var failures: [String] { checks.filter { $0.outcome == .outside }.map(\.reason) }

    /// The fit of `account` against `seller`'s profile; `nil` when the seller has no profile. With
    /// `failuresOnly` (the review, on every deal) only the failing criteria are worded.
    public init?(account: Account, seller: Seller?, failuresOnly: Bool = false) {
        guard let icp = seller?.icp else { return nil }
        var checks: [Check] = []
        var serious = false
        func add(_ check: @autoclosure () -> Check, outside: Bool) {
            if outside || !failuresOnly { checks.append(check()) }
        }
        func number(_ value: Int) -> String { ReviewText.number(Double(value)) }
        /// A criterion that is a list of names (industries, regions): the account's `value` is in it or not
        /// (case-insensitive), or not recorded. The profile's list is worded only for a reason that is written.
        func listed(_ criterion: String, _ allowed: [String], _ value: String?) {
            guard !allowed.isEmpty else { return }
            func names() -> String { allowed.joined(separator: ", ") }
            guard let value else {
                add(
                    Check(
                        criterion: criterion, outcome: .unknown,
                        reason: "\(criterion) not recorded (profile: \(names()))"),
                    outside: false)
                return
            }
            let inside = allowed.contains { ReviewText.equalIgnoringCase($0, value) }
            add(
                Check(
                    criterion: criterion, outcome: inside ? .fits : .outside,
                    reason: inside
                        ? "\(criterion) \"\(value)\" is in the profile"
                        : "\(criterion) \"\(value)\" is not in the profile (\(names()))"), outside: !inside)
        }
        listed("industry", icp.industries, account.industry)
        if let range = icp.employees {
            func low() -> String { range.min.map(number) ?? "any" }
            func high() -> String { range.max.map(number) ?? "any" }
            if let employees = account.employees {
                if range.contains(employees) {
                    add(
                        Check(
                            criterion: "size", outcome: .fits,
                            reason: "\(number(employees)) employees is within \(low())–\(high())"), outside: false)
                } else if range.isFarOutside(employees) {
                    add(
                        Check(
                            criterion: "size", outcome: .outside,
                            reason: "\(number(employees)) employees is far outside \(low())–\(high()) (another market, "
                                + "not a neighbouring one)"), outside: true)
                    serious = true
                } else {
                    add(
                        Check(
                            criterion: "size", outcome: .outside,
                            reason: "\(number(employees)) employees is outside \(low())–\(high())"), outside: true)
                }
            } else {
                add(
                    Check(
                        criterion: "size", outcome: .unknown, reason: "size not recorded (profile: \(low())–\(high()))"),
                    outside: false)
            }
        }
        listed("region", icp.regions, account.region)
        for id in icp.requiredProblems {
            let has = account.problems.contains(id)
            let outside = !account.problems.isEmpty && !has
            if outside { serious = true }
            guard outside || !failuresOnly else { continue }
            let statement = seller?.problemsWeSolve.first { $0.id == id }?.statement ?? id.rawValue
            if account.problems.isEmpty {
                add(
                    Check(
                        criterion: "problem", outcome: .unknown,
                        reason: "no problems recorded; the profile requires \"\(statement)\""), outside: false)
            } else if has {
                add(
                    Check(criterion: "problem", outcome: .fits, reason: "has the required problem \"\(statement)\""),
                    outside: false)
            } else {
                add(
                    Check(
                        criterion: "problem", outcome: .outside,
                        reason: "does not have the required problem \"\(statement)\""), outside: true)
            }
        }
        for disqualifier in account.disqualifiers {
            add(
                Check(
                    criterion: "disqualifier", outcome: .outside, reason: "disqualifier applies: \"\(disqualifier)\""),
                outside: true)
            serious = true
        }
        self.checks = checks
        self.serious = serious
    }
}
