/// A due date set relative to another step of the same plan: `days` after that step is done.
public struct RelativeDue: Equatable, Sendable {
    /// The step this one waits for.
    public var step: StepID
    /// Days after that step is done (0 … 3650).
    public var days: Int

    public init(step: StepID, days: Int) {
        self.step = step
        self.days = days
    }
}
