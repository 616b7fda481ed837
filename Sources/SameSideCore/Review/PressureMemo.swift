import Synchronization

/// The coach's pressure findings on message texts already judged, by exact bytes and kind, shared by every review
/// in the process.
///
/// Sellers send the same text to many deals (a sequence's steps, a standard follow-up), and the coach's pressure
/// findings depend only on the text's bytes and its kind, so a text judged once is not judged again. The memo is a
/// cache of a pure function: what a review says never depends on what was judged before it. It is bounded: when
/// the texts it holds pass ``byteLimit`` bytes or ``entryLimit`` entries it starts again empty.
final class PressureMemo: Sendable {
    /// A message text with its kind, equal only to the same bytes (the findings quote exact bytes).
    ///
    /// The bytes are hashed once, when the key is made: the lookup and the insertion that follows a miss then
    /// reuse that hash instead of reading the text twice more.
    struct Key: Hashable, Sendable {
        let text: String
        let kind: MessageKind
        private let bytesHash: Int

        init(text: String, kind: MessageKind) {
            self.text = text
            self.kind = kind
            var hasher = Hasher()
            hasher.combine(kind)
            var bytes = text
            bytes.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            bytesHash = hasher.finalize()
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.bytesHash == rhs.bytesHash && lhs.kind == rhs.kind && PressureScan.sameBytes(lhs.text, rhs.text)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(bytesHash) }
    }

    /// One pressure finding of a text: the coach's reason and exactly the words it objects to.
    struct Finding: Sendable {
        let category: CoachFinding.Category
        let phrase: String
    }

    private struct State {
        var entries: [Key: [Finding]] = [:]
        var bytes = 0
    }

    /// The memo every review shares.
    static let shared = PressureMemo()

    /// Bytes of text (and quoted phrases) kept at most before starting again.
    let byteLimit: Int
    /// Texts kept at most before starting again.
    let entryLimit: Int
    private let state = Mutex(State())

    init(byteLimit: Int = 4 << 20, entryLimit: Int = 1 << 15) {
        self.byteLimit = byteLimit
        self.entryLimit = entryLimit
    }

    /// The findings of `key` if it was judged, else `judge`'s (then kept for the next time). `judge` runs outside
    /// the lock.
    func findings(_ key: Key, judge: () -> [Finding]) -> [Finding] {
        if let known = state.withLock({ $0.entries[key] }) { return known }
        let judged = judge()
        let cost = key.text.utf8.count + judged.reduce(0) { $0 + $1.phrase.utf8.count }
        state.withLock { state in
            if state.bytes + cost > byteLimit || state.entries.count >= entryLimit {
                // Its table is kept: a pipeline of texts that never repeat fills it again and again, and growing it
                // anew each time cost more than the judging it saved.
                state.entries.removeAll(keepingCapacity: true)
                state.bytes = 0
            }
            guard cost <= byteLimit else { return }
            state.entries[key] = judged
            state.bytes += cost
        }
        return judged
    }

    /// How many texts the memo holds now.
    var count: Int { state.withLock { $0.entries.count } }
}
