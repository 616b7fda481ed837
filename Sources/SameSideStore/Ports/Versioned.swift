/// A stored record and the version it was read at; pass the version back to update it.
public struct Versioned<Value: Sendable>: Sendable {
    public var value: Value
    /// Starts at 1 and grows by one on every change.
    public var version: Int

    public init(_ value: Value, version: Int) {
        self.value = value
        self.version = version
    }
}

extension Versioned: Equatable where Value: Equatable {}
