import Foundation

/// A plan's dated steps as an iCalendar file (RFC 5545): one all-day event per step with a due date.
///
/// Each event's UID is derived from the deal id and the step id alone, so a calendar that imports the file again
/// updates its events instead of adding new ones; SEQUENCE is the number of recorded due-date changes of the
/// step (plus one once it is cancelled), so it rises whenever the date moves. Lines end in CRLF and are folded
/// at 75 octets without splitting a character; text values escape `\`, `;`, `,` and newlines.
public enum PlanCalendar {
    /// `ics` (made by ``ics(_:stamp:)``) as a subscribed feed: it asks calendars to fetch it again every
    /// `refreshHours` hours (RFC 7986 `REFRESH-INTERVAL`, and `X-PUBLISHED-TTL`, which older clients read). Pure.
    public static func feed(_ ics: String, refreshHours: Int) -> String {
        let method = "METHOD:PUBLISH\r\n"
        guard let range = ics.range(of: method) else { return ics }
        let hints = "REFRESH-INTERVAL;VALUE=DURATION:PT\(refreshHours)H\r\nX-PUBLISHED-TTL:PT\(refreshHours)H\r\n"
        return ics.replacingCharacters(in: range, with: method + hints)
    }

    /// The calendar of `plan`. `stamp` is the moment of export in UTC (DTSTAMP), given by the caller. Pure.
    public static func ics(_ plan: PlanView, stamp: CalendarStamp) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SameSide//Mutual plan//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape("Plan: \(plan.dealName) (\(plan.accountName))"),
        ]
        for step in plan.steps {
            guard let due = step.due else { continue }
            let sequence = step.dueChanges.count + (step.isCancelled ? 1 : 0)
            var description = ["Owner: \(plan.owner(of: step))", "Status: \(PlanView.status(of: step))"]
            if let blocker = step.blocker { description.append("Blocked by: \(blocker)") }
            if let moves = DueDateMoves(step.dueChanges).phrase(customer: plan.accountName) {
                description.append("Date \(moves)")
            }
            if plan.audience == .seller, step.internal == true {
                description.append("Internal: never shown to the customer")
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:\(uid(deal: plan.dealId, step: step.id))",
                "DTSTAMP:\(stamp.text)",
                "SEQUENCE:\(sequence)",
                "DTSTART;VALUE=DATE:\(basic(due))",
                "DTEND;VALUE=DATE:\(basic(due.adding(days: 1)))",
                "SUMMARY:" + escape(step.title),
                "DESCRIPTION:" + escape(description.joined(separator: "\n")),
                "STATUS:" + (step.isCancelled ? "CANCELLED" : "CONFIRMED"),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A UID that depends only on the deal and the step: `<16 hex>-<16 hex>@sameside`. Pure.
    public static func uid(deal: DealID, step: StepID) -> String {
        func hex(_ text: String) -> String {
            let value = String(FNV1a.hash(text.utf8), radix: 16)
            return String(repeating: "0", count: 16 - value.count) + value
        }
        return "\(hex(deal.rawValue))-\(hex(step.rawValue))@sameside"
    }

    /// `20261215` for 2026-12-15.
    static func basic(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// A TEXT value with `\`, `;`, `,` and newlines escaped (RFC 5545 3.3.11); carriage returns dropped. Pure.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded so that no line exceeds 75 octets (the continuation's leading space included),
    /// never inside a UTF-8 sequence. Pure.
    public static func fold(_ line: String) -> String {
        guard line.utf8.count > 75 else { return line }
        var out = ""
        var width = 0
        var limit = 75
        for character in line.unicodeScalars {
            let size = character.utf8.count
            if width + size > limit {
                out += "\r\n "
                width = 1
                limit = 75
            }
            out.unicodeScalars.append(character)
            width += size
        }
        return out
    }
}

/// A moment in UTC as iCalendar writes it (`20261125T140501Z`), given by the caller: Core reads no clock.
public struct CalendarStamp: Equatable, Sendable {
    public let text: String

    /// The stamp `seconds` after 1970-01-01T00:00:00Z (negative values count as 0). Pure.
    public init(secondsSince1970 seconds: Int) {
        let seconds = max(0, seconds)
        let day = Day(ordinal: seconds / 86_400)
        let rest = seconds % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        text =
            PlanCalendar.basic(day) + "T" + two(rest / 3600) + two(rest % 3600 / 60) + two(rest % 60) + "Z"
    }
}
