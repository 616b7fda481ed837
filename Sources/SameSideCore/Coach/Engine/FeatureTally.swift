/// What one seller sentence is about, as the sentence loop sees it (see ``FeatureTally``).
struct SentenceFacts {
    /// Who the sentence names first: the customer, us, a third person or our product.
    enum Referent: UInt8 { case none, customer, seller, thirdPerson, product }

    var words = 0
    var isQuestion = false
    var questionClass: MessageAnalyzer.QuestionClass = .other
    var customerRefs = 0
    var sellerRefs = 0
    var thirdPersonRefs = 0
    var firstReferent = Referent.none
    /// Whether the first reference to us only framed what follows ("I noticed your…", "we saw that…").
    var framed = false
    /// Whether the customer speaks in it: you, they, he or she right before a telling verb ("you mentioned",
    /// "she described", "they told us") — their own words brought back.
    var theirWords = false
    /// Every word class of the sentence's words, or-ed.
    var classes: UInt64 = 0
    var businessWords = 0
    var hasNumber = false
    /// Capitalised words after the first word that are neither pronouns nor our names (names of companies).
    var capitalizedInside = 0
    var commas = 0
    var exclamations = 0
    /// Findings in the sentence: pressure, pitch, and whether it is all about us (the `aboutUs` finding).
    var pressureFindings = 0
    var pitchFindings = 0
    var allAboutUs = false
    var isBullet = false
    /// Its place among the message's seller sentences (from 0).
    var index = 0
}

/// Counters over a message's seller sentences that the verdict's features are made of. Pure value.
struct FeatureTally {
    var sentences = 0
    var aboutUs = 0
    var aboutThem = 0
    /// Sentences that name no one but speak of their business (goals, costs, process, people).
    var aboutTheirBusiness = 0
    var opensAboutUs = false
    var opensAboutThem = false
    var opened = false
    var endsWithQuestion = false
    var thirdPersonRefs = 0
    var productSentences = 0
    var claimSentences = 0
    var breakUpSentences = 0
    var callBackSentences = 0
    var contentSentences = 0
    var favourSentences = 0
    var clientListSentences = 0
    var sellerRoleSentences = 0
    var commercialSentences = 0
    var sarcasmSentences = 0
    var theirNumbers = 0
    var ourNumbers = 0
    var questionsAboutThem = 0
    var meetingAsks = 0
    var businessWords = 0
    var exclamations = 0
    /// Sentences that put the customer (you, they) together with their business (goals, costs, people…).
    var theirBusinessSentences = 0
    /// Words in sentences about them, and in sentences about us.
    var wordsAboutThem = 0
    var wordsAboutUs = 0
    var questions = 0
    /// Sentences that bring back what the customer said ("you mentioned…").
    var theirWordsSentences = 0
    /// What the fitted sentence reader made of the sentences (all zero without a reader).
    var readings = SentenceReadings()

    /// Adds one seller sentence.
    mutating func add(_ s: SentenceFacts) {
        guard s.words > 0 else { return }
        typealias C = CompiledLexicon.WordClass
        func has(_ c: C) -> Bool { s.classes & c.rawValue != 0 }
        sentences += 1
        businessWords += s.businessWords
        exclamations += s.exclamations
        thirdPersonRefs += s.thirdPersonRefs
        let ours = s.sellerRefs > 0 || s.firstReferent == .product
        let theirs = s.customerRefs > 0 || s.thirdPersonRefs > 0
        var about = 0
        switch s.firstReferent {
        case .customer, .thirdPerson: about = 1
        case .seller, .product: about = -1
        case .none: about = 0
        }
        if about == 1 {
            aboutThem += 1
            wordsAboutThem += s.words
        }
        if about == -1 {
            aboutUs += 1
            wordsAboutUs += s.words
        }
        if theirs && s.businessWords > 0 && s.sellerRefs == 0 { theirBusinessSentences += 1 }
        if s.isQuestion { questions += 1 }
        if s.theirWords { theirWordsSentences += 1 }
        if about == 0 && s.businessWords > 0 && !has(.productNoun) { aboutTheirBusiness += 1 }
        if !opened && s.words >= 4 {
            opened = true
            opensAboutUs = about == -1
            opensAboutThem = about == 1 || (about == 0 && s.businessWords > 0)
        }
        endsWithQuestion = s.isQuestion
        if has(.productNoun) && s.customerRefs == 0 { productSentences += 1 }
        if has(.claim) && s.customerRefs == 0 { claimSentences += 1 }
        if has(.breakUp) { breakUpSentences += 1 }
        if has(.callBack) && s.sellerRefs > 0 && s.businessWords == 0 { callBackSentences += 1 }
        if has(.content) { contentSentences += 1 }
        if has(.favour) && s.customerRefs > 0 && s.sellerRefs > 0 { favourSentences += 1 }
        if s.capitalizedInside >= 2 && (s.commas >= 1 || has(.clientList)) && s.customerRefs == 0 {
            clientListSentences += 1
        }
        if has(.sellerRole) && s.sellerRefs > 0 && s.customerRefs == 0 { sellerRoleSentences += 1 }
        if has(.commercial) { commercialSentences += 1 }
        if has(.sarcasm) { sarcasmSentences += 1 }
        if s.hasNumber {
            if has(.commercial) || (ours && !theirs) {
                ourNumbers += 1
            } else if theirs || s.businessWords > 0 {
                theirNumbers += 1
            }
        }
        if s.isQuestion {
            if has(.logistics) && s.businessWords == 0 {
                meetingAsks += 1
            } else if s.questionClass == .business || (theirs && s.sellerRefs == 0) {
                questionsAboutThem += 1
            }
        }
    }
}
