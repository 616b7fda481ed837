/// A sliding-window count of requests per key (a share token, a client address): a key that made `limit`
/// requests within the last `window` seconds waits until the oldest of them leaves the window. Per server
/// process, in memory.
actor ShareRateLimiter {
    let limit: Int
    let window: Int
    /// Past this many keys the expired ones are dropped; if that is not enough, all are (memory stays bounded
    /// when someone tries many random tokens, at the price of a fresh window for everyone).
    let maximumKeys: Int
    private var hits: [String: [Int]] = [:]

    init(limit: Int, window: Int, maximumKeys: Int = 50_000) {
        self.limit = limit
        self.window = window
        self.maximumKeys = maximumKeys
    }

    /// Counts a request of `key` at `now` (seconds): `nil` when it may go ahead, else the seconds to wait. A
    /// refused request is not counted, so waiting the answer's time always lets the next one through.
    func admit(_ key: String, now: Int) -> Int? {
        var recent = hits[key] ?? []
        if let stale = recent.firstIndex(where: { $0 > now - window }) {
            recent.removeFirst(stale)
        } else {
            recent.removeAll()
        }
        if recent.count >= limit, let oldest = recent.first {
            hits[key] = recent
            return max(1, oldest + window - now)
        }
        recent.append(now)
        hits[key] = recent
        if hits.count > maximumKeys { prune(now: now) }
        return nil
    }

    private func prune(now: Int) {
        hits = hits.filter { $0.value.last.map { $0 > now - window } ?? false }
        if hits.count > maximumKeys { hits.removeAll() }
    }
}
