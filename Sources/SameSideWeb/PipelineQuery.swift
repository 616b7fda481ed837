import Foundation
import SameSideApp
import SameSideCore
import SameSideStore

/// The filters, sort and page of a pipeline request (page and API share it).
struct PipelineQuery: Sendable, Equatable {
    typealias Sort = ReviewListQuery.Sort

    /// A close-date window relative to the review's as-of day ("today" is an input, never the clock here).
    enum ClosePeriod: String, Sendable, CaseIterable {
        case thisQuarter = "this-quarter"
        case nextQuarter = "next-quarter"
        case overdue

        /// The inclusive range of close dates this period covers as of `today`. Pure.
        func range(today: Day) -> (from: Day?, to: Day?) {
            switch self {
            case .overdue: return (nil, today.adding(days: -1))
            case .thisQuarter: return Self.quarter(of: today, plus: 0)
            case .nextQuarter: return Self.quarter(of: today, plus: 1)
            }
        }

        private static func quarter(of day: Day, plus offset: Int) -> (from: Day?, to: Day?) {
            let (year, month, _) = day.components
            let index = year * 4 + (month - 1) / 3 + offset
            let startYear = index / 4
            let startMonth = (index % 4) * 3 + 1
            let start = Day(year: startYear, month: startMonth, day: 1)
            let nextIndex = index + 1
            let next = Day(year: nextIndex / 4, month: (nextIndex % 4) * 3 + 1, day: 1)
            return (start, next.map { $0.adding(days: -1) })
        }
    }

    enum View: String, Sendable {
        case table, board
    }

    var verdict: Verdict?
    /// Owner text, matched case-insensitively to the CRM's owner or the user's email or name; `unassigned` picks
    /// deals whose owner is no user.
    var owner: String?
    /// A team: deals whose owner is a user of that team.
    var team: String?
    /// The seller's stage name, exact.
    var stage: String?
    var buyerStage: BuyerStage?
    var close: ClosePeriod?
    /// Words searched in deal and account names.
    var search: String?
    var sort: Sort = .verdict
    var descending = false
    var page = 1
    var perPage = 50
    var view: View = .table

    static let maxPerPage = 200
    static let maxSearchWords = 8

    /// Reads `?verdict=&owner=&team=&stage=&buyer_stage=&close=&q=&sort=&order=&page=&per_page=&view=`; a value
    /// that is not understood is a 400 naming the parameter and what it takes.
    init(parameters: [String: String]) throws(AppError) {
        func nonEmpty(_ key: String) -> String? {
            guard let value = parameters[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else {
                return nil
            }
            return value
        }
        func choice<T: RawRepresentable<String>>(_ key: String, _ all: [T]) throws(AppError) -> T? {
            guard let text = nonEmpty(key) else { return nil }
            guard let value = T(rawValue: text) else {
                throw .badInput("\(key) \"\(text)\" is not one of \(all.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
        verdict = try choice("verdict", Verdict.worstFirst)
        owner = nonEmpty("owner")
        team = nonEmpty("team")
        stage = nonEmpty("stage")
        buyerStage = try choice("buyer_stage", Array(BuyerStage.allCases))
        close = try choice("close", ClosePeriod.allCases)
        search = nonEmpty("q")
        if let words = search?.split(whereSeparator: \.isWhitespace), words.count > Self.maxSearchWords {
            throw .badInput("q has \(words.count) words; at most \(Self.maxSearchWords) are searched")
        }
        sort = try choice("sort", Sort.allCases) ?? .verdict
        if let text = nonEmpty("order") {
            guard text == "asc" || text == "desc" else { throw .badInput("order \"\(text)\" is not asc or desc") }
            descending = text == "desc"
        }
        page = try Self.number(nonEmpty("page"), name: "page", default: 1, max: 1_000_000)
        perPage = try Self.number(nonEmpty("per_page"), name: "per_page", default: 50, max: Self.maxPerPage)
        view = try choice("view", [View.table, View.board]) ?? .table
    }

    init() {}

    private static func number(_ text: String?, name: String, default value: Int, max: Int) throws(AppError) -> Int {
        guard let text else { return value }
        guard let number = Int(text), number >= 1, number <= max else {
            throw .badInput("\(name) \"\(text)\" is not a whole number from 1 to \(max)")
        }
        return number
    }

    /// The query string of this request with `page` (and the other settings) as given; for links. Pure.
    func link(page: Int? = nil, view: View? = nil) -> String {
        var parts: [(String, String)] = []
        if let verdict { parts.append(("verdict", verdict.rawValue)) }
        if let owner { parts.append(("owner", owner)) }
        if let team { parts.append(("team", team)) }
        if let stage { parts.append(("stage", stage)) }
        if let buyerStage { parts.append(("buyer_stage", buyerStage.rawValue)) }
        if let close { parts.append(("close", close.rawValue)) }
        if let search { parts.append(("q", search)) }
        parts.append(("sort", sort.rawValue))
        if descending { parts.append(("order", "desc")) }
        if let page { parts.append(("page", String(page))) }
        if perPage != 50 { parts.append(("per_page", String(perPage))) }
        if (view ?? self.view) == .board { parts.append(("view", "board")) }
        return "/?" + parts.map { "\($0.0)=\(PathEscaping.query($0.1))" }.joined(separator: "&")
    }
}
