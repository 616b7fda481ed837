import Foundation

/// Fitted weights that read whom one seller sentence is about — us, neither side, or them — by multinomial
/// logistic regression over the sentence's measures and its grams, the words and pairs of neighbouring words
/// it uses (docs/coach.md, "Sentences"). The coach turns its readings of a message's sentences into ten
/// measures of the message. Values only; pure.
public struct CoachSentenceReader: Sendable, Equatable {
    /// The three readings, in the order of each feature's weights.
    public static let readings = ["us", "neither", "them"]

    /// Sentence measure names (``SentenceMeasures``), then `gram:…` names (a word, or two words with a space
    /// between, each counted as often as the sentence uses it) or `word:…` names (each a word of the message
    /// model's vocabulary, counted once per sentence; readers fitted before the grams).
    public var featureNames: [String]
    public var means: [Double]
    public var scales: [Double]
    /// Three weights per feature (us, neither, them): `weights[3·j + reading]`.
    public var weights: [Double]
    /// One intercept per reading.
    public var biases: [Double]

    public init(featureNames: [String], means: [Double], scales: [Double], weights: [Double], biases: [Double]) {
        self.featureNames = featureNames
        self.means = means
        self.scales = scales
        self.weights = weights
        self.biases = biases
    }

    /// How many of its features are grams (`gram:…`: a word, or two neighbouring words).
    public var gramCount: Int { featureNames.count { $0.hasPrefix(ReaderTables.gramPrefix) } }

    /// How many fitting sentences must use a word or a pair of words for a fitted reader to take it as a gram.
    public static var gramMinimumSentences: Int { CoachReaderGrams.minimumSentences }

    /// A reader as ``CoachModelSource`` writes it: one feature name per line of `packedNames`, and the numbers of
    /// `means`, `scales` and `weights` between spaces and line breaks. Pure.
    public init(packedNames: String, means: String, scales: String, weights: String, biases: [Double]) {
        self.init(
            featureNames: Self.lines(packedNames), means: Self.numbers(means), scales: Self.numbers(scales),
            weights: Self.numbers(weights), biases: biases)
    }

    /// The non-empty lines of `text`, split on its bytes (splitting the `String` by `Character` took most of
    /// the coach's start-up). Pure.
    static func lines(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
                if index > start { lines.append(String(decoding: bytes[start..<index], as: UTF8.self)) }
                start = index + 1
            }
            if bytes.count > start { lines.append(String(decoding: bytes[start...], as: UTF8.self)) }
            return lines
        }
    }

    /// The numbers written in `text`, separated by spaces or line breaks; anything that is not one reads as 0.
    /// Pure.
    ///
    /// Numbers as ``CoachModelSource`` writes them (an optional `-`, digits, `.`, six digits) are read as
    /// integers divided by a million, which rounds exactly as `strtod` does (both operands are exact and the
    /// division is correctly rounded) at a fraction of its cost; any other form goes to `strtod`.
    static func numbers(_ text: String) -> [Double] {
        var text = text
        return text.withUTF8 { bytes in
            var values: [Double] = []
            values.reserveCapacity(bytes.count / 8)
            var field = [CChar](repeating: 0, count: 64)
            var length = 0
            func flush() {
                guard length > 0 else { return }
                if let value = fixedSix(field, length) {
                    values.append(value)
                } else {
                    field[min(length, 63)] = 0
                    values.append(field.withUnsafeBufferPointer { strtod($0.baseAddress!, nil) })
                }
                length = 0
            }
            for byte in bytes {
                if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") {
                    flush()
                } else if length < 63 {
                    field[length] = CChar(bitPattern: byte)
                    length += 1
                }
            }
            flush()
            return values
        }
    }

    /// `field[..<length]` read as `-?[0-9]{1,15}\.[0-9]{6}`, or nil for any other form. Pure.
    private static func fixedSix(_ field: [CChar], _ length: Int) -> Double? {
        var k = 0
        let negative = field[0] == CChar(UInt8(ascii: "-"))
        if negative { k = 1 }
        let point = length - 7
        guard point > k, point - k <= 15, field[point] == CChar(UInt8(ascii: ".")) else { return nil }
        var n: Int64 = 0
        while k < length {
            if k != point {
                let digit = Int64(field[k]) - 48
                guard digit >= 0 && digit <= 9 else { return nil }
                n = n * 10 + digit
            }
            k += 1
        }
        let value = Double(n) / 1_000_000
        return negative ? -value : value
    }

    /// P(us), P(neither), P(them) of a full vector (measures, then 1 or 0 per word). Pure.
    func probabilities(_ x: [Double]) -> [Double] {
        var logits = biases
        for j in 0..<min(x.count, featureNames.count) {
            let z = (x[j] - means[j]) / scales[j]
            for c in 0..<3 { logits[c] += weights[3 * j + c] * z }
        }
        let p = Self.softmax(logits[0], logits[1], logits[2])
        return [p.0, p.1, p.2]
    }

    /// The softmax of three logits. Pure.
    ///
    /// Relative to the largest logit, whose exponential is 1: two exponentials, not three.
    @inline(__always)
    static func softmax(_ a: Double, _ b: Double, _ c: Double) -> (Double, Double, Double) {
        if a >= b && a >= c {
            let (eb, ec) = (exp(b - a), exp(c - a))
            let sum = 1 + eb + ec
            return (1 / sum, eb / sum, ec / sum)
        }
        if b >= c {
            let (ea, ec) = (exp(a - b), exp(c - b))
            let sum = ea + 1 + ec
            return (ea / sum, 1 / sum, ec / sum)
        }
        let (ea, eb) = (exp(a - c), exp(b - c))
        let sum = ea + eb + 1
        return (ea / sum, eb / sum, 1 / sum)
    }
}
