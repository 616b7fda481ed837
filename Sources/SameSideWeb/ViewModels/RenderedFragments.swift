import Mustache
import Synchronization

/// Rendered HTML of list items — the pipeline's rows and board cards, the deal page's steps, findings and
/// timeline — kept by their whole content. An item renders the same way whenever its view model is equal, so
/// this is plain memoisation — nothing to invalidate, never stale — and an item seen before costs one
/// dictionary look-up instead of its template look-ups (most of a page's time: see docs/performance.md).
/// Bounded: emptied when it reaches `capacity` entries.
final class RenderedFragments: Sendable {
    /// Unchecked: `item` is an `AnyHashable` of a `Sendable` value (``html(_:template:library:)`` asks for one).
    private struct Key: Hashable, @unchecked Sendable {
        let template: String
        let item: AnyHashable
    }

    private let entries = Mutex<[Key: Shown]>([:])
    private let capacity: Int

    init(capacity: Int = 20_000) { self.capacity = capacity }

    /// `item` rendered with `template` (escaped like every page), from the memo when it was rendered before.
    /// The template sees only `item`: whatever it shows must be in it.
    func html<Item: Hashable & Sendable>(_ item: Item, template: String, library: MustacheLibrary) -> Shown {
        let key = Key(template: template, item: AnyHashable(item))
        if let found = entries.withLock({ $0[key] }) { return found }
        let html = Shown(library.render(item, withTemplate: template) ?? "")
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = html
        }
        return html
    }

    /// How many rendered rows are kept (for tests).
    var count: Int { entries.withLock { $0.count } }
}
