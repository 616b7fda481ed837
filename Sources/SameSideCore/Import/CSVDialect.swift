/// How a CSV file is written: its field delimiter, and whether its numbers use a decimal comma.
///
/// Excel writes "CSV" with the list separator of the user's locale: commas in the US and UK,
/// semicolons where the comma is the decimal mark (most of Europe), tabs for "Unicode text".
/// ``sniff(_:)`` decides from the first line, as people would: the candidate that splits the header
/// into the most columns outside quotes. Pure.
public struct CSVDialect: Equatable, Sendable {
    public var delimiter: UInt8
    /// Whether amounts such as `12.400,50` or `1234,5` mean twelve thousand four hundred and a half:
    /// true for semicolon files, whose locale uses the comma as its decimal mark.
    public var decimalComma: Bool
    /// Bytes at the start of the file that are not CSV: an Excel `sep=;` line. Skip them.
    public var skipBytes: Int

    public init(delimiter: UInt8 = UInt8(ascii: ","), decimalComma: Bool = false, skipBytes: Int = 0) {
        self.delimiter = delimiter
        self.decimalComma = decimalComma
        self.skipBytes = skipBytes
    }

    /// The delimiter in words, for the import summary ("comma-separated").
    public var name: String {
        switch delimiter {
        case UInt8(ascii: ";"): return "semicolon-separated"
        case UInt8(ascii: "\t"): return "tab-separated"
        default: return "comma-separated"
        }
    }

    /// The dialect of a file that starts with `prefix` (at least its first line, when there is one).
    /// A comma unless a semicolon or a tab splits the first line into more columns. Pure.
    public static func sniff(_ prefix: ArraySlice<UInt8>) -> CSVDialect {
        var start = prefix.startIndex
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        let body = prefix[start...]
        // Excel's own hint: a first line `sep=;`.
        if body.count >= 5, body.prefix(4).map({ $0 | 0x20 }) == Array("sep=".utf8) {
            let symbol = body[body.startIndex + 4]
            var end = body.startIndex + 5
            while end < body.endIndex, body[end] == 13 || body[end] == 10 { end += 1 }
            if symbol == UInt8(ascii: ",") || symbol == UInt8(ascii: ";") || symbol == UInt8(ascii: "\t") {
                return CSVDialect(
                    delimiter: symbol, decimalComma: symbol == UInt8(ascii: ";"), skipBytes: end - prefix.startIndex)
            }
        }
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in body {
            if byte == 34 {
                quoted.toggle()
            } else if !quoted {
                if byte == 10 || byte == 13 { break }
                if counts[byte] != nil { counts[byte]! += 1 }
            }
        }
        let comma = counts[UInt8(ascii: ",")]!
        let semicolon = counts[UInt8(ascii: ";")]!
        let tab = counts[UInt8(ascii: "\t")]!
        if semicolon > comma && semicolon >= tab { return CSVDialect(delimiter: UInt8(ascii: ";"), decimalComma: true) }
        if tab > comma && tab > semicolon { return CSVDialect(delimiter: UInt8(ascii: "\t")) }
        return CSVDialect()
    }
}
