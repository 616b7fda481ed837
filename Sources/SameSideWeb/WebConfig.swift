import SameSideApp

/// The web server's settings: where it listens, the app configuration (database) and the security knobs
/// that tests turn down (bcrypt cost) or that deployment turns up (secure cookies behind HTTPS).
public struct WebConfig: Sendable {
    public var app: AppConfig
    public var host: String
    public var port: Int
    /// The bcrypt cost of new password hashes: 12 in production; tests pass 4 to stay fast.
    public var bcryptCost: UInt8
    /// Marks cookies `Secure`; set when the server is reached over HTTPS.
    public var secureCookies: Bool
    /// How long a session lasts, in seconds.
    public var sessionLifetime: Int
    /// Failed sign-ins of one email within ``throttleWindow`` seconds after which sign-in is refused.
    public var maxFailedSignIns: Int
    public var throttleWindow: Int
    /// Requests to `/share/…` allowed per token, and per client address, within ``shareRateWindow`` seconds.
    public var shareRequestsPerToken = 60
    public var shareRequestsPerAddress = 120
    public var shareRateWindow = 60

    public init(
        app: AppConfig, host: String = "127.0.0.1", port: Int = 8080, bcryptCost: UInt8 = 12,
        secureCookies: Bool = false, sessionLifetime: Int = 8 * 3600, maxFailedSignIns: Int = 5,
        throttleWindow: Int = 15 * 60
    ) {
        self.app = app
        self.host = host
        self.port = port
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.maxFailedSignIns = maxFailedSignIns
        self.throttleWindow = throttleWindow
    }
}
