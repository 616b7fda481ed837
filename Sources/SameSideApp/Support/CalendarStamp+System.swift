import Foundation
import SameSideCore

extension CalendarStamp {
    /// Now, from the system clock (the moment an export is made).
    public static func system() -> CalendarStamp {
        CalendarStamp(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down)))
    }
}
