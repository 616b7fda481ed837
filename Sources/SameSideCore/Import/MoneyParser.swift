/// Reads money as CRM exports write it: `$12,400.00`, `42,000`, `(1,500.00)`, `-300`, `EUR 1,200.50`.
///
/// Pure. Thousands separators are commas; the decimal mark is a point. Parentheses mean a
/// negative amount (accounting style). A currency symbol or a three-letter code before or after
/// the number is returned beside the value.
public enum MoneyParser {
    /// A parsed amount and the currency written beside it, if any.
    public struct Money: Equatable, Sendable {
        public var value: Double
        public var currency: String?

        public init(value: Double, currency: String? = nil) {
            self.value = value
            self.currency = currency
        }
    }

    /// Parses `text`; `nil` when it is not an amount.
    public static func parse(_ text: String) -> Money? {
        if let fast = parsePlain(text) { return fast }
        var s = Substring(text.trimmingSpaces)
        guard !s.isEmpty else { return nil }
        var negative = false
        if s.hasPrefix("("), s.hasSuffix(")") {
            negative = true
            s = s.dropFirst().dropLast()
            s = Substring(String(s).trimmingSpaces)
        }
        var currency: String?
        // A code or symbol before the number.
        if let first = s.first, first.isLetter {
            let code = s.prefix { $0.isLetter }
            guard code.count == 3 else { return nil }
            currency = code.uppercased()
            s = Substring(String(s.dropFirst(3)).trimmingSpaces)
        } else if let last = s.last, last.isLetter {
            let code = String(s.reversed().prefix { $0.isLetter }.reversed())
            guard code.count == 3 else { return nil }
            currency = code.uppercased()
            s = Substring(String(s.dropLast(3)).trimmingSpaces)
        }
        if s.hasPrefix("-") {
            guard !negative else { return nil }
            negative = true
            s = s.dropFirst()
        }
        if let first = s.first, let symbol = symbols[first] {
            if currency == nil { currency = symbol }
            s = Substring(String(s.dropFirst()).trimmingSpaces)
        } else if let last = s.last, let symbol = symbols[last] {
            if currency == nil { currency = symbol }
            s = Substring(String(s.dropLast()).trimmingSpaces)
        }
        if s.hasPrefix("-") {
            guard !negative else { return nil }
            negative = true
            s = s.dropFirst()
        }
        guard let value = number(s) else { return nil }
        return Money(value: negative ? -value : value, currency: currency)
    }

    /// Parses `text` from a file whose numbers use a decimal comma when `decimalComma` is true
    /// (`12.400,50`, `1 234,5`, `€ 99,90`); otherwise as ``parse(_:)``. With a decimal comma a single
    /// comma is the decimal mark, dots (or spaces, or apostrophes) between digit groups of three are
    /// thousands separators, and a value with both marks takes the last one as the decimal mark. Pure.
    public static func parse(_ text: String, decimalComma: Bool) -> Money? {
        guard decimalComma else { return parse(text) }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool {
            i >= 0 && i < scalars.count && scalars[i].value >= 48 && scalars[i].value <= 57
        }
        // Drop group separators written as spaces or apostrophes between digits.
        var kept: [Unicode.Scalar] = []
        for (i, scalar) in scalars.enumerated() {
            let separator = scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}" || scalar == "'"
            if separator && isDigit(i - 1) && isDigit(i + 1) { continue }
            kept.append(scalar)
        }
        var body = String(String.UnicodeScalarView(kept))
        let commas = body.filter { $0 == "," }.count
        let dots = body.filter { $0 == "." }.count
        if commas > 0 && dots > 0 {
            if let lastComma = body.lastIndex(of: ","), let lastDot = body.lastIndex(of: "."), lastComma > lastDot {
                body = body.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            }
        } else if commas == 1 {
            body = body.replacingOccurrences(of: ",", with: ".")
        } else if dots > 0 {
            let groups = body.split(separator: ".", omittingEmptySubsequences: false)
            let grouped = groups.dropFirst().allSatisfy { group in
                group.prefix { $0.isASCII && $0.isNumber }.count == 3
                    && group.dropFirst(3).allSatisfy { !($0.isASCII && $0.isNumber) }
            }
            if grouped { body = body.replacingOccurrences(of: ".", with: "") }
        }
        return parse(body)
    }

    /// The common shapes (`12400`, `42,000`, `$12,400.00`, `(1,500.00)`, `-300`) read straight from
    /// the bytes of a trimmed cell; `nil` when it has another shape (then ``parse(_:)`` decides).
    /// Pure. Import speed depends on this.
    public static func parse(bytes: ArraySlice<UInt8>) -> Money? {
        bytes.withUnsafeBufferPointer { plain($0) }
    }

    private static func parsePlain(_ text: String) -> Money? {
        var text = text
        return text.withUTF8 { plain($0) }
    }

    private static func plain(_ utf8: UnsafeBufferPointer<UInt8>) -> Money? {
        var lo = 0
        var hi = utf8.count
        guard hi > 0, hi <= 24 else { return nil }
        var negative = false
        var currency: String?
        if utf8[0] == UInt8(ascii: "("), utf8[hi - 1] == UInt8(ascii: ")") {
            negative = true
            lo = 1
            hi -= 1
        } else if utf8[0] == UInt8(ascii: "-") {
            negative = true
            lo = 1
        }
        if lo < hi, utf8[lo] == UInt8(ascii: "$") {
            currency = "USD"
            lo += 1
        }
        var integer: Int64 = 0
        var digits = 0
        var groupDigits = 0
        var sawComma = false
        var index = lo
        while index < hi {
            let b = utf8[index]
            if b >= 48 && b <= 57 {
                integer = integer * 10 + Int64(b - 48)
                digits += 1
                groupDigits += 1
                guard digits <= 15 else { return nil }
            } else if b == UInt8(ascii: ",") {
                guard groupDigits > 0, groupDigits <= 3, !(sawComma && groupDigits != 3) else { return nil }
                sawComma = true
                groupDigits = 0
            } else {
                break
            }
            index += 1
        }
        guard digits > 0, !(sawComma && groupDigits != 3) else { return nil }
        var value = Double(integer)
        if index < hi {
            guard utf8[index] == UInt8(ascii: "."), index + 1 < hi, hi - index - 1 <= 6 else {
                return nil
            }
            var fraction: Int64 = 0
            var scale: Double = 1
            for i in (index + 1)..<hi {
                let b = utf8[i]
                guard b >= 48 && b <= 57 else { return nil }
                fraction = fraction * 10 + Int64(b - 48)
                scale *= 10
            }
            value = (Double(integer) * scale + Double(fraction)) / scale
        }
        return Money(value: negative ? -value : value, currency: currency)
    }

    private static let symbols: [Character: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]

    /// Digits with optional comma thousands groups and an optional decimal part.
    private static func number(_ s: Substring) -> Double? {
        let bytes = Array(s.utf8)
        guard !bytes.isEmpty else { return nil }
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var index = 0
        var groupDigits = 0
        var sawComma = false
        while index < bytes.count, bytes[index] != UInt8(ascii: ".") {
            let b = bytes[index]
            if b == UInt8(ascii: ",") {
                // A comma must follow 1–3 digits (first group) or exactly 3 (later groups).
                guard groupDigits > 0, groupDigits <= 3, !(sawComma && groupDigits != 3) else { return nil }
                sawComma = true
                groupDigits = 0
            } else if b >= 48 && b <= 57 {
                integer.append(b)
                groupDigits += 1
            } else {
                return nil
            }
            index += 1
        }
        if sawComma && groupDigits != 3 { return nil }
        if index < bytes.count {
            index += 1
            while index < bytes.count {
                let b = bytes[index]
                guard b >= 48 && b <= 57 else { return nil }
                fraction.append(b)
                index += 1
            }
            guard !fraction.isEmpty || !integer.isEmpty else { return nil }
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        guard integer.count <= 15 else { return nil }
        let text =
            String(decoding: integer.isEmpty ? [48] : integer, as: UTF8.self)
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs. Pure.
    var trimmingSpaces: String {
        // Most cells have nothing to trim: check the two ends as bytes first.
        guard let first = utf8.first, let last = utf8.last else { return self }
        if first > 0x20 && first < 0x80 && last > 0x20 && last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[start...end])
    }
}
