/// English contractions, split into the words they stand for so that "we're" matches "we are".
///
/// With an apostrophe the split is by rule (`n't` → not, `'re` → are, `'ll` → will, `'ve` → have,
/// `'d` → would, `'m` → am, `'s` → is); without one ("dont", "youre", "gonna") only the listed forms are
/// split, because many apostrophe-less forms are words of their own ("were", "well", "its", "id").
enum Contractions {
    /// Word hashes for a canonical word with an apostrophe (`'` already straight and lowercased). Pure.
    static func split(canonical word: [UInt8]) -> [UInt64] {
        guard let apostrophe = word.lastIndex(of: UInt8(ascii: "'")) else { return [WordHash.of(bytes: word)] }
        let base = Array(word[..<apostrophe])
        let suffix = String(decoding: word[(apostrophe + 1)...], as: UTF8.self)
        let baseText = String(decoding: base, as: UTF8.self)
        if let whole = wholeWords[String(decoding: word, as: UTF8.self)] { return whole.map(WordHash.of) }
        switch suffix {
        case "t" where base.last == UInt8(ascii: "n"):
            let stem = String(baseText.dropLast())
            return [WordHash.of(negativeStems[stem] ?? stem), WordHash.of("not")]
        case "re": return [WordHash.of(baseText), WordHash.of("are")]
        case "ve": return [WordHash.of(baseText), WordHash.of("have")]
        case "ll": return [WordHash.of(baseText), WordHash.of("will")]
        case "d": return [WordHash.of(baseText), WordHash.of("would")]
        case "m": return [WordHash.of(baseText), WordHash.of("am")]
        case "s": return [WordHash.of(baseText), WordHash.of("is")]
        default: return [WordHash.of(bytes: word)]
        }
    }

    private static let negativeStems = ["wo": "will", "ca": "can", "sha": "shall", "ai": "is"]

    /// Contractions kept or replaced whole.
    private static let wholeWords: [String: [String]] = [
        "let's": ["let's"], "y'all": ["you", "all"], "o'clock": ["o'clock"], "ma'am": ["ma'am"],
    ]

    /// Apostrophe-less forms that are split, with what they stand for.
    static let withoutApostrophe: [(String, [String])] = [
        ("dont", ["do", "not"]), ("doesnt", ["does", "not"]), ("didnt", ["did", "not"]), ("cant", ["can", "not"]),
        ("cannot", ["can", "not"]), ("wont", ["will", "not"]), ("isnt", ["is", "not"]), ("arent", ["are", "not"]),
        ("wasnt", ["was", "not"]), ("werent", ["were", "not"]), ("havent", ["have", "not"]),
        ("hasnt", ["has", "not"]), ("hadnt", ["had", "not"]), ("wouldnt", ["would", "not"]),
        ("couldnt", ["could", "not"]), ("shouldnt", ["should", "not"]), ("im", ["i", "am"]), ("ive", ["i", "have"]),
        ("youre", ["you", "are"]), ("youve", ["you", "have"]), ("youll", ["you", "will"]), ("youd", ["you", "would"]),
        ("theyre", ["they", "are"]), ("weve", ["we", "have"]), ("thats", ["that", "is"]), ("whats", ["what", "is"]),
        ("wheres", ["where", "is"]), ("hows", ["how", "is"]), ("heres", ["here", "is"]), ("theres", ["there", "is"]),
        ("gonna", ["going", "to"]), ("wanna", ["want", "to"]), ("gotta", ["got", "to"]), ("lemme", ["let", "me"]),
    ]
}
