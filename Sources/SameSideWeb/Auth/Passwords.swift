import HummingbirdBcrypt
import NIOPosix

/// Bcrypt hashing and checking, run on NIO's blocking thread pool so the slow hash never holds an event loop
/// or a thread of Swift's cooperative pool.
public enum Passwords {
    /// The bcrypt hash of `password` at `cost`.
    public static func hash(_ password: String, cost: UInt8) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `hash`.
    public static func verify(_ password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }
}
