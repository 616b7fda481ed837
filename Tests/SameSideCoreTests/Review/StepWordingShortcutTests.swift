import Testing

@testable import SameSideCore

@Suite("The step-title reader's ASCII shortcut answers exactly as the full reading")
struct StepWordingShortcutTests {
    static let titles = [
        "Send PO", "send the PO", "Sign the contract", "Please sign the order form", "please", "We send the quote",
        "I will chase legal", "i-team review", "Finance issues the order", "Dana approves the budget",
        "Security review", "Review the terms", "Review meeting with IT", "Budget approved", "Budget the rollout",
        "Order the licences", "Order placed", "Check our references", "Check references", "We're aligned",
        "Kick-off with the plant team", "kick off", "Legal's redlines returned", "", "   ", "123 456",
        "Process the PO through their ERP", "Process owners agree on scope", "Schedule it", "Schedule review",
        "Run the pilot", "Run-book signed off", "Purchase order issued", "Purchase the hardware",
        "Café owners sign", "Sign the contrat définitif", "Wir senden den Vertrag", "WE SEND", "Please",
        "Test all of it", "Test plan approved", "Update them weekly", "Demo for the board",
    ]

    @Test("every title: the shortcut and the full reading agree")
    func agree() {
        for title in Self.titles {
            #expect(StepWording.actor(of: title) == StepWording.fullReading(of: title), "\(title)")
        }
    }

    @Test("the readings the rule depends on")
    func readings() {
        #expect(StepWording.actor(of: "Send PO") == .instruction(verb: "send"))
        #expect(StepWording.actor(of: "We send the quote") == .us)
        #expect(StepWording.actor(of: "Review the terms") == .instruction(verb: "review"))
        #expect(StepWording.actor(of: "Review meeting with IT") == .other)
        #expect(StepWording.actor(of: "Finance issues the order") == .other)
    }
}
