import Foundation
import Mustache
import Testing

@testable import SameSideWeb

@Suite("Page templates and their HTML escaping")
struct WebTemplatesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/SameSideWeb/Resources/Templates").standardizedFileURL

    @Test("every template starts with SameSide's HTML content type, so no page falls back to another escaping")
    func everyTemplateDeclaresTheContentType() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { $0.hasSuffix(".mustache") }
        #expect(names.count >= 10)
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            let firstLine = text.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
            #expect(
                firstLine == "{{% CONTENT_TYPE: \(WebTemplates.contentTypeName) }}", "\(name) starts with \(firstLine)")
        }
    }

    @Test("the page escaping replaces the five HTML characters and keeps every other character")
    func escapingReplacesTheFiveCharacters() {
        let escaping = PageEscaping()
        #expect(
            escaping.escapeText("<script>alert('x') & \"y\"</script>")
                == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        let untouched = "Ünïcode \u{202E}rtl\u{202C} zero\u{200B}width 👩‍👩‍👧 café"
        #expect(escaping.escapeText(untouched) == untouched)
        #expect(escaping.escapeText("a<\u{200B}>b") == "a&lt;\u{200B}&gt;b")
        #expect(escaping.escapeText("") == "")
    }

    @Test("a template rendered with the content type escapes values as the library's own HTML escaping does")
    func renderingEscapesLikeTheLibrary() async throws {
        _ = try await WebTemplates.load()
        let value = ["text": "<b>Tom & \"Jerry\"</b> 'n' é\u{200F}"]
        let ours = try MustacheTemplate(string: "{{% CONTENT_TYPE: \(WebTemplates.contentTypeName) }}\n[{{text}}]")
        let library = try MustacheTemplate(string: "[{{text}}]")
        #expect(ours.render(value) == library.render(value))
        #expect(ours.render(value).contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;"))
    }

    struct Card: MustacheReflected {
        var title: String
        var note: String?
        var count: Int
    }

    struct Other: MustacheReflected {
        var count: Int
    }

    @Test("a reflected view answers its own fields (an empty optional as nothing) and nothing for other names")
    func reflectedViewsAnswerTheirOwnFields() {
        let card = Card(title: "Plan <b>", note: nil, count: 3)
        #expect(card.child(named: "title") as? String == "Plan <b>")
        #expect(card.child(named: "count") as? Int == 3)
        #expect(card.child(named: "note") == nil)
        #expect(card.child(named: "csrfToken") == nil)
        #expect(Card(title: "", note: "kept", count: 0).child(named: "note") as? String == "kept")
        #expect(Other(count: 9).child(named: "count") as? Int == 9)
        #expect(Other(count: 9).child(named: "title") == nil)
    }

    @Test("a section over reflected views renders each one's fields and falls back to the outer view's names")
    func reflectedViewsRenderInSections() throws {
        struct Page: MustacheReflected {
            var heading: String
            var cards: [Card]
        }
        let page = Page(
            heading: "H&", cards: [Card(title: "a", note: "n", count: 1), Card(title: "b", note: nil, count: 2)])
        let template = try MustacheTemplate(string: "{{#cards}}[{{title}}:{{count}}:{{note}}:{{heading}}]{{/cards}}")
        #expect(template.render(page) == "[a:1:n:H&amp;][b:2::H&amp;]")
    }

    static func row(name: String, health: Int = 40) -> PipelineView.Row {
        PipelineView.Row(
            id: "o-1", link: "/deals/o-1", name: name, accountName: "Acme", verdict: "at-risk",
            verdictLabel: "At risk", health: health, pull: 20, pressure: 70, buyerStage: "Evaluating",
            sellerStage: "proposal", planStatus: "Stalled", amount: "USD 10,000", closeDate: "2027-01-01",
            owner: "Sam")
    }

    @Test("a pipeline row is rendered once per content: an equal row comes from the memo, a changed one is drawn anew")
    func rowsAreRenderedOncePerContent() async throws {
        let library = try await WebTemplates.load()
        let fragments = RenderedFragments(capacity: 3)
        let first = fragments.html(Self.row(name: "<script>x</script>"), template: "pipeline-row", library: library)
        #expect(first.renderText.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(!first.renderText.contains("<script>"))
        #expect(first.renderText.hasPrefix("<tr>") && first.renderText.contains("health") == false)
        _ = fragments.html(Self.row(name: "<script>x</script>"), template: "pipeline-row", library: library)
        #expect(fragments.count == 1)
        let changed = fragments.html(
            Self.row(name: "<script>x</script>", health: 41), template: "pipeline-row", library: library)
        #expect(changed.renderText.contains("<td>41</td>") && fragments.count == 2)
        let card = fragments.html(Self.row(name: "Plan"), template: "pipeline-card", library: library)
        #expect(card.renderText.contains("health 40") && card.renderText.hasPrefix("<article"))
        _ = fragments.html(Self.row(name: "Fourth"), template: "pipeline-row", library: library)
        #expect(fragments.count == 1, "a full memo is emptied before the next row is kept")
    }

    @Test("a deal's step row links to its form only when the user may edit; each variant is its own memo entry")
    func stepRowsCarryTheirEditRight() async throws {
        let library = try await WebTemplates.load()
        let fragments = RenderedFragments()
        var step = DealView.Step(
            title: "Security <review>", status: "Done", due: "2027-01-10", owner: "Ana",
            editLink: "/deals/d/steps/s/edit")
        let readOnly = fragments.html(step, template: "deal-step", library: library).renderText
        step.canEdit = true
        let editable = fragments.html(step, template: "deal-step", library: library).renderText
        #expect(readOnly.contains("Security &lt;review&gt;") && !readOnly.contains("/steps/s/edit"))
        #expect(editable.contains(#"<a href="/deals/d/steps/s/edit">"#))
        #expect(fragments.count == 2)
    }
}
