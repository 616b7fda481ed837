import Foundation
import Mustache
import SameSideApp
import SameSideCore
import SameSideStore

/// What the routes share: the store (pipeline, users, sessions), templates, settings and the sign-in throttle.
struct WebServices: Sendable {
    let store: any PipelineStore
    let users: any UserStore
    let config: WebConfig
    let templates: MustacheLibrary
    let throttle: SignInThrottle
    let review: ReviewUseCase
    /// The stored reviews the list pages read.
    let reviewList: ReviewList
    /// Totals of list queries while the stored reviews stay unchanged.
    let totalsCache: ListTotalsCache
    /// Request counts and latencies for `GET /metrics`.
    let metrics: RequestMetrics
    /// A hash checked when the email is unknown, so an unknown email takes as long as a wrong password.
    let decoyHash: String
    /// Seconds since 1970; injected so tests can move time.
    let now: @Sendable () -> Int
    /// The message coach with the standard lexicon.
    var coach = CoachUseCase()
    /// The pipeline's rendered rows and cards, kept by their content.
    var fragments = RenderedFragments()
}

extension WebServices {
    /// Today in UTC by the server's clock (``now``), the day recorded with a new stage or close date.
    func today() -> Day { Day(ordinal: now() / 86_400) }
}
