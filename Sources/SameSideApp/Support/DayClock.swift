import Foundation
import SameSideCore

/// Where "today" comes from: the one place that reads the clock. Use cases take it as a dependency, so tests
/// pass a fixed day.
public protocol DayClock: Sendable {
    /// Today's date.
    func today() -> Day
}

/// Today in UTC from the system clock.
public struct SystemDayClock: DayClock {
    public init() {}

    public func today() -> Day {
        Day(ordinal: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

/// Always the same day (tests, reproducible runs).
public struct FixedDayClock: DayClock {
    public let day: Day

    public init(_ day: Day) { self.day = day }

    public func today() -> Day { day }
}

extension Day {
    /// The as-of rule every use case follows: the day asked for, else the data's own `asOf`, else today. Pure
    /// but for the clock.
    public static func asOf(_ requested: Day?, data: Day?, clock: any DayClock) -> Day {
        requested ?? data ?? clock.today()
    }

    /// Parses `--as-of YYYY-MM-DD` (or the web's `asOf` parameter); nil stays nil.
    /// - Throws: ``AppError/badInput(_:)`` for text that is not a date.
    public static func parseAsOf(_ text: String?) throws(AppError) -> Day? {
        guard let text else { return nil }
        guard let day = Day(text) else {
            throw AppError.badInput("--as-of: \"\(text)\" is not a date; expected YYYY-MM-DD")
        }
        return day
    }
}
