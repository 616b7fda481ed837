import Foundation
import Hummingbird
import SameSideStore

/// Signing in and out, shared by the API and the sign-in page: checks the password (throttled), then stores
/// a new session (a new id at every sign-in) and hands back its token.
struct SignIn {
    let services: WebServices

    static let cookieName = "sameside_session"

    struct Started {
        var token: String
        var session: SessionRecord
        var user: UserRecord
    }

    /// - Throws: 401 for a wrong email or password or a disabled user (one message for all), 429 when throttled.
    func start(email rawEmail: String, password: String) async throws -> Started {
        let email = rawEmail.trimmingCharacters(in: .whitespaces).lowercased()
        let now = services.now()
        if let wait = await services.throttle.wait(for: email, now: now) {
            throw HTTPError(
                .tooManyRequests, headers: [.retryAfter: String(wait)],
                message: "too many failed sign-ins for this email; try again in \(wait) seconds")
        }
        let user = try await services.users.user(email: email)
        let matches = try await Passwords.verify(password, hash: user?.passwordHash ?? services.decoyHash)
        guard let user, matches, !user.disabled else {
            await services.throttle.recordFailure(email, now: now)
            throw HTTPError(.unauthorized, message: "wrong email or password")
        }
        await services.throttle.recordSuccess(email)
        let token = SessionTokens.random()
        let session = SessionRecord(
            tokenHash: SessionTokens.hash(token), userId: user.id, csrfToken: SessionTokens.random(),
            expiresAt: now + services.config.sessionLifetime)
        try await services.users.createSession(session)
        return Started(token: token, session: session, user: user)
    }

    /// The session cookie for `token` (HttpOnly, SameSite=Lax, Secure over HTTPS).
    func cookie(_ token: String) -> Cookie {
        Cookie(
            name: Self.cookieName, value: token, maxAge: services.config.sessionLifetime, path: "/",
            secure: services.config.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that removes the session cookie.
    func clearedCookie() -> Cookie {
        Cookie(
            name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: services.config.secureCookies,
            httpOnly: true, sameSite: .lax)
    }
}
