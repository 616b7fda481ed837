/// Counts failed sign-ins per email; after `limit` failures within `window` seconds, sign-in for that email
/// is refused until the oldest failure leaves the window. Per server process (a team's servers each throttle).
actor SignInThrottle {
    let limit: Int
    let window: Int
    private var failures: [String: [Int]] = [:]

    init(limit: Int, window: Int) {
        self.limit = limit
        self.window = window
    }

    /// Seconds to wait before `email` may try again, or `nil` when it may try now.
    func wait(for email: String, now: Int) -> Int? {
        let recent = (failures[email] ?? []).filter { $0 > now - window }
        failures[email] = recent.isEmpty ? nil : recent
        guard recent.count >= limit, let oldest = recent.first else { return nil }
        return max(1, oldest + window - now)
    }

    func recordFailure(_ email: String, now: Int) {
        failures[email, default: []].append(now)
    }

    func recordSuccess(_ email: String) {
        failures[email] = nil
    }
}
