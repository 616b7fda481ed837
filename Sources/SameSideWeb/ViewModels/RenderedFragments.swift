import Mustache
import Synchronization

/// Rendered HTML of the pipeline's rows and board cards, kept by their whole content. A row renders the same
/// way whenever its view model is equal, so this is plain memoisation — nothing to invalidate, never stale —
/// and a page of deals seen before costs one dictionary look-up per row instead of fifteen template look-ups
/// (most of the page's time: see docs/performance.md). Bounded: emptied when it reaches `capacity` entries.
final class RenderedFragments: Sendable {
    private struct Key: Hashable {
        let template: String
        let row: PipelineView.Row
    }

    private let entries = Mutex<[Key: Shown]>([:])
    private let capacity: Int

    init(capacity: Int = 20_000) { self.capacity = capacity }

    /// `row` rendered with `template` (escaped like every page), from the memo when it was rendered before.
    func html(_ row: PipelineView.Row, template: String, library: MustacheLibrary) -> Shown {
        let key = Key(template: template, row: row)
        if let found = entries.withLock({ $0[key] }) { return found }
        let html = Shown(library.render(row, withTemplate: template) ?? "")
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = html
        }
        return html
    }

    /// How many rendered rows are kept (for tests).
    var count: Int { entries.withLock { $0.count } }
}
