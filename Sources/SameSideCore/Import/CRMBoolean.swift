/// Reads yes/no cells (`IsWon`, `is_closed`) in the spellings CRMs, warehouses and spreadsheets use. Pure.
public enum CRMBoolean {
    /// `true`/`false` in any case, `t`/`f`, `yes`/`no`, `y`/`n`, `1`/`0`, `x` (a ticked box), `checked`/
    /// `unchecked`; `nil` for anything else (an empty cell is not read at all).
    public static func parse(_ text: String) -> Bool? {
        switch text.trimmingSpaces.lowercased() {
        case "true", "t", "yes", "y", "1", "x", "checked", "1.0": return true
        case "false", "f", "no", "n", "0", "unchecked", "0.0": return false
        default: return nil
        }
    }

    /// The spellings accepted, for error messages.
    public static let expected = "true or false (also TRUE/FALSE, yes/no, 1/0)"
}
