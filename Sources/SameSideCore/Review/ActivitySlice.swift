/// Some of a deal's activities, in a chosen order, without copying them.
///
/// Holds the deal's own array and the positions of the chosen activities in it (or none, meaning all of them in
/// array order). `DealFacts` keeps several such subsets per deal; as arrays of copies, each copy retained every
/// string and id of the activity and each subset freed them again, which was a tenth of the review's time.
public struct ActivitySlice: RandomAccessCollection, Sendable {
    /// The deal's activities, shared.
    let base: [Activity]
    /// Positions in `base`, in slice order; `nil` when the slice is all of `base` in its order.
    let positions: [Int]?

    /// All of `activities`, in their order.
    public init(_ activities: [Activity]) {
        base = activities
        positions = nil
    }

    init(base: [Activity], positions: [Int]?) {
        self.base = base
        self.positions = positions
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions?.count ?? base.count }

    public subscript(index: Int) -> Activity {
        if let positions { return base[positions[index]] }
        return base[index]
    }

    /// Calls `body` with the activities in place and the position in them of each of the slice's activities, in
    /// slice order: reading a field or two this way retains nothing.
    func forEachPosition(_ body: (UnsafeBufferPointer<Activity>, Int) throws -> Void) rethrows {
        try base.withUnsafeBufferPointer { buffer in
            if let positions {
                for position in positions { try body(buffer, position) }
            } else {
                for position in buffer.indices { try body(buffer, position) }
            }
        }
    }

    /// The activities that pass `test`, in slice order: this slice itself when all pass, else positions allocated
    /// once at their final size. Pure.
    ///
    /// `test` reads the activity through a pointer (`$0.pointee.direction`): handed an `Activity` value, the
    /// optimizer copied the whole activity out of the array for each test.
    func select(where test: (UnsafePointer<Activity>) -> Bool) -> ActivitySlice {
        var passing = 0
        forEachPosition { buffer, position in if test(buffer.baseAddress! + position) { passing += 1 } }
        if passing == count { return self }
        var chosen: [Int] = []
        if passing > 0 {
            chosen.reserveCapacity(passing)
            forEachPosition { buffer, position in
                if test(buffer.baseAddress! + position) { chosen.append(position) }
            }
        }
        return ActivitySlice(base: base, positions: chosen)
    }

    /// The first `limit` activities (or fewer) that pass `test`, in slice order; each activity is tested once, in
    /// place, and the search stops at the `limit`-th. Pure.
    func first(_ limit: Int, where test: (UnsafePointer<Activity>) -> Bool) -> [Activity] {
        guard limit > 0 else { return [] }
        return base.withUnsafeBufferPointer { buffer in
            var found: [Activity] = []
            func visit(_ position: Int) -> Bool {
                if test(buffer.baseAddress! + position) { found.append(buffer[position]) }
                return found.count < limit
            }
            if let positions {
                for position in positions where !visit(position) { break }
            } else {
                for position in buffer.indices where !visit(position) { break }
            }
            return found
        }
    }

    /// Whether some activity passes `test` (read in place; stops at the first). Pure.
    func containsInPlace(where test: (UnsafePointer<Activity>) -> Bool) -> Bool { !first(1, where: test).isEmpty }
}
