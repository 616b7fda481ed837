/// A store that can write a consistent copy of itself to a file while in use (SQLite's `VACUUM INTO`).
///
/// A capability of its own: not every store has it (PostgreSQL is backed up with `pg_dump`).
public protocol StoreBackup: Sendable {
    /// Writes the copy to `path`, which must not exist. Throws ``StoreError``.
    func backup(to path: String) async throws
}
