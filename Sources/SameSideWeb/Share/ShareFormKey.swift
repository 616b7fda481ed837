import Crypto
import Foundation

/// The key the share page's forms carry instead of a session's CSRF token (the customer has no session): the
/// HMAC-SHA256 of the link's stored token hash under a secret made when the server starts. Only a page this server
/// served holds it, and it opens nothing by itself. A page left open across a restart needs a reload.
struct ShareFormKey: Sendable {
    private let secret: SymmetricKey

    init(secret: SymmetricKey = SymmetricKey(size: .bits256)) {
        self.secret = secret
    }

    /// The key for the link whose token hashes to `tokenHash`, as hex.
    func key(tokenHash: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(("share-form:" + tokenHash).utf8), using: secret)
            .map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `sent` is the key of `tokenHash`, compared in constant time.
    func check(_ sent: String?, tokenHash: String) -> Bool {
        SessionTokens.constantTimeEqual(sent ?? "", key(tokenHash: tokenHash))
    }
}
