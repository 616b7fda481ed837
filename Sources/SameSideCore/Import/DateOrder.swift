/// How to read an ambiguous slashed date: `M/D/YYYY` (US Salesforce locales) or `D/M/YYYY`.
public enum DateOrder: String, Sendable, CaseIterable {
    case mdy, dmy
}
