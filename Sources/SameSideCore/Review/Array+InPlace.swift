/// Searches that read elements in place.
///
/// `first(where:)`, `contains(where:)` and `filter` hand each element to the closure as a copy, which for the
/// model's structs (`Stakeholder`, `BuyingStep`, `Activity`) retains and releases every string and array in it
/// just to read a field or two. The review asks such questions of every deal, so its hot paths use these.
extension Array {
    /// The first position whose element passes `test`, which reads it through a pointer (`$0.pointee.field`).
    func firstIndexInPlace(where test: (UnsafePointer<Element>) -> Bool) -> Int? {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            for index in buffer.indices where test(base + index) { return index }
            return nil
        }
    }

    /// The first element that passes `test` (read in place; only that element is copied).
    func firstInPlace(where test: (UnsafePointer<Element>) -> Bool) -> Element? {
        firstIndexInPlace(where: test).map { self[$0] }
    }

    /// How many elements pass `test` (read in place).
    func countInPlace(where test: (UnsafePointer<Element>) -> Bool) -> Int {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0
            for index in buffer.indices where test(base + index) { count += 1 }
            return count
        }
    }

    /// Whether some element passes `test` (read in place).
    func containsInPlace(where test: (UnsafePointer<Element>) -> Bool) -> Bool {
        firstIndexInPlace(where: test) != nil
    }

    /// The elements that pass `test`, in order (read in place; only those are copied). This array itself when
    /// all pass.
    func filterInPlace(_ test: (UnsafePointer<Element>) -> Bool) -> [Element] {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return self }
            var passing = 0
            for index in buffer.indices where test(base + index) { passing += 1 }
            if passing == buffer.count { return self }
            var result: [Element] = []
            result.reserveCapacity(passing)
            for index in buffer.indices where test(base + index) { result.append(buffer[index]) }
            return result
        }
    }
}
