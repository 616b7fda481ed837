import Hummingbird
import NIOCore
import SameSideStore

/// The request context of every route: the signed-in user and their session, when there is one.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by ``AuthenticationMiddleware`` when the request carries a live session.
    public var user: UserRecord?
    public var session: SessionRecord?
    /// Whether the session came from the cookie (then writes need the CSRF token) rather than a bearer token.
    public var sessionFromCookie = false
    /// The client's IP address as the connection shows it (`nil` in in-process tests); the share page's rate
    /// limit counts per address with it.
    public var clientAddress: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The signed-in user, or 401 for the API (pages redirect before they get here).
    func requireUser() throws -> UserRecord {
        guard let user else { throw HTTPError(.unauthorized, message: "sign in first (POST /api/login)") }
        return user
    }
}
