import Foundation

/// Maps items to results on worker threads while the caller keeps producing items, and hands the results
/// back to the caller in submission order.
///
/// The caller ``submit(_:deliver:)``s items one at a time; they are grouped in batches of `batchSize`, and at
/// most `window` batches are in flight, so memory stays bounded however many items pass through. Results are
/// delivered on the caller's thread (inside `submit` and ``finish(deliver:)``), so `deliver` may write output
/// and need not be thread-safe. `transform` must be pure: it runs on any worker, in any order.
///
/// Every pool must end with ``finish(deliver:)`` or, when stopping early, ``close()`` (for example in a
/// `defer`): the worker threads wait for work until then, and end after their current batch.
public final class OrderedWorkers<Item: Sendable, Result: Sendable>: @unchecked Sendable {
    private let transform: @Sendable (Item) -> Result
    private let batchSize: Int
    private let window: Int
    private let condition = NSCondition()
    // Guarded by `condition`:
    private var queue: [(index: Int, items: [Item])] = []
    /// Finished batches: their results, and their items, kept so that the caller's thread (which allocated them)
    /// also frees them; freeing on another thread made malloc slower for both threads.
    private var done: [Int: (results: [Result], items: [Item])] = [:]
    private var closed = false
    private var busySeconds = 0.0
    // The caller's side only:
    private var pending: [Item] = []
    private var submitted = 0
    private var delivered = 0

    /// Starts `workers` threads (at least one).
    /// - Parameters:
    ///   - batchSize: items handed to a worker at a time; enough that a batch costs far more than taking it.
    ///   - window: batches submitted but not yet delivered before `submit` waits for the oldest (default:
    ///     three per worker).
    public init(
        workers: Int, batchSize: Int = 64, window: Int? = nil, transform: @escaping @Sendable (Item) -> Result
    ) {
        self.transform = transform
        self.batchSize = max(1, batchSize)
        let workers = max(1, workers)
        self.window = max(1, window ?? workers * 3)
        for _ in 0..<workers {
            let thread = Thread { [self] in work() }
            thread.stackSize = 4 << 20
            thread.start()
        }
    }

    /// Queues `item`, then delivers every result that is ready in order; waits for the oldest batch when
    /// `window` batches are in flight.
    public func submit(_ item: Item, deliver: (Result) throws -> Void) throws {
        pending.append(item)
        guard pending.count >= batchSize else { return }
        enqueuePending()
        try deliverReady(waitingUntilInFlightBelow: window, deliver)
    }

    /// Hands over what is left and delivers all remaining results in order, then stops the workers.
    public func finish(deliver: (Result) throws -> Void) throws {
        if !pending.isEmpty { enqueuePending() }
        defer { close() }
        try deliverReady(waitingUntilInFlightBelow: 1, deliver)
    }

    /// Stops the workers after their current batch; results not yet delivered are dropped. Idempotent.
    public func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Seconds of thread CPU time the workers spent in `transform` so far.
    public var workerCPUSeconds: Double {
        condition.lock()
        defer { condition.unlock() }
        return busySeconds
    }

    private func enqueuePending() {
        condition.lock()
        queue.append((submitted, pending))
        condition.signal()
        condition.unlock()
        submitted += 1
        pending = []
        pending.reserveCapacity(batchSize)
    }

    /// Delivers finished batches in order: those already done, then waits while `limit` or more batches are
    /// still in flight.
    private func deliverReady(waitingUntilInFlightBelow limit: Int, _ deliver: (Result) throws -> Void) throws {
        while delivered < submitted {
            condition.lock()
            while done[delivered] == nil && submitted - delivered >= limit && !closed { condition.wait() }
            let batch = done.removeValue(forKey: delivered)
            condition.unlock()
            guard let batch else { return }
            delivered += 1
            for result in batch.results { try deliver(result) }
        }
    }

    private func work() {
        while true {
            condition.lock()
            while queue.isEmpty && !closed { condition.wait() }
            if closed {
                condition.unlock()
                return
            }
            let batch = queue.removeFirst()
            condition.unlock()
            let start = ThreadCPUClock.seconds()
            let results = batch.items.map(transform)
            let spent = ThreadCPUClock.seconds() - start
            condition.lock()
            done[batch.index] = (results, batch.items)
            busySeconds += spent
            condition.broadcast()
            condition.unlock()
        }
    }
}
