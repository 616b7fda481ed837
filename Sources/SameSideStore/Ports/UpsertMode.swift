/// How an import writes a record that already exists.
public enum UpsertMode: Sendable {
    /// The import is the whole truth about the record (a pipeline file): replace everything.
    case replace
    /// The import knows only the CRM's fields (name, account, owner, amount, stage, status, dates,
    /// extra columns): update those and keep what SameSide added (goals, steps, activities, …).
    case crmFields
}
