/// Turns driver errors into ``StoreError`` with a message a person can act on.
enum SQLErrorMapping {
    static func storeError(_ error: any Error) -> StoreError {
        // PSQLError hides its details from `description`; `String(reflecting:)` shows the server's message.
        let text = String(reflecting: error)
        let lower = text.lowercased()
        if lower.contains("foreign key") {
            return .missingReference("a deal refers to an account that is not stored (\(short(text)))")
        }
        if lower.contains("no such table") || lower.contains("does not exist") && lower.contains("relation") {
            return .notMigrated
        }
        if lower.contains("connection refused") || lower.contains("connect") && lower.contains("fail") {
            return .unavailable(short(text))
        }
        return .unavailable(short(text))
    }

    private static func short(_ text: String) -> String {
        text.count > 400 ? String(text.prefix(400)) + "…" : text
    }
}
