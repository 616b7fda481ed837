import Testing

@testable import SameSideCore

/// Pressure that is about winning our deal, and deadlines that are not discounts (issue #15's story misses:
/// review stories 23 and 30).
@Suite struct CoachDealPushTests {
    let coach = MessageCoach()

    func categories(_ text: String) -> [CoachFinding.Category] {
        coach.coach(text).findings.filter { $0.kind == .pressure }.map(\.category)
    }

    @Test(arguments: [
        "What can I do to earn your business?",
        "What would it take to win your business this year?",
        "Is there anything else we could do to secure your order?",
        "Tell me what I need to do to get your signature.",
        "We'll do whatever it takes to earn it.",
    ])
    func askingWhatItTakesToWinOurDealIsPressure(_ text: String) {
        // Given a seller asking what it takes to win the deal
        // Then it is pressure about our deal
        #expect(categories(text).contains(.statusDemand), "\(text)")
    }

    @Test(arguments: [
        "What would it take for your team to win the council contract?",
        "How can we help your planners win back the Monday mornings?",
        "What would your board need to see before approving the rollout?",
    ])
    func askingWhatTheyNeedToWinTheirOwnGoalsIsNot(_ text: String) {
        #expect(categories(text).isEmpty, "\(text)")
    }

    @Test func aSignatureDeadlineForOurPaperworkIsPressureButNoDiscount() {
        // Given a deadline to sign, justified by our paperwork ("lock in your start date")
        let found = categories("Linda, can we get this signed by Friday so we can lock in your start date?")
        // Then it is our deadline, and nothing in it is a discount
        #expect(found.contains(.sellerDeadline))
        #expect(!found.contains(.discountForSpeed))
    }

    @Test(arguments: [
        "If you sign by Friday, I can lock in this price for the first year.",
        "Sign this week and we'll lock in the 12% discount.",
    ])
    func lockingInAPriceForASignatureIsStillADiscountForSpeed(_ text: String) {
        #expect(categories(text).contains(.discountForSpeed), "\(text)")
    }
}
