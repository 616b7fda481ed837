import Mustache
import Synchronization

/// What a view model's `child(named:)` answers for a name its switch does not list: the property of that
/// name found by reflection (with an optional unwrapped, as swift-mustache itself does), so a field added to
/// a view model later is never silently missing from its page, only slower until it is listed.
///
/// Templates look names up the whole context stack, so most names asked of an inner view are not its own
/// (`csrfToken` inside a list of steps): the property names of each type are read once and kept, and a name
/// the type does not have is answered without reflecting on the value at all.
enum MustacheFallback {
    private static let fieldsByType = Mutex<[ObjectIdentifier: [String: Int]]>([:])

    /// Generic, so that a name the type does not have is answered without copying the view into an `Any`
    /// (a page view holds dozens of strings and lists: boxing it meant a retain and release of each).
    static func child<View>(of value: View, named name: String) -> Any? {
        let type = ObjectIdentifier(Swift.type(of: value))
        var fields = fieldsByType.withLock { $0[type] }
        var mirror: Mirror?
        if fields == nil {
            let reflected = Mirror(reflecting: value)
            var found: [String: Int] = [:]
            for (offset, child) in reflected.children.enumerated() {
                if let label = child.label, found[label] == nil { found[label] = offset }
            }
            fieldsByType.withLock { $0[type] = found }
            fields = found
            mirror = reflected
        }
        guard let offset = fields?[name] else { return nil }
        let children = (mirror ?? Mirror(reflecting: value)).children
        let child = children[children.index(children.startIndex, offsetBy: offset)].value
        let childMirror = Mirror(reflecting: child)
        if childMirror.displayStyle == .optional { return childMirror.children.first?.value }
        return child
    }
}

/// A view model whose every field a template may read by name, found by ``MustacheFallback`` (for small views
/// rendered a few times per page; the views of long lists answer their names in a switch instead).
protocol MustacheReflected: MustacheParent {}

extension MustacheReflected {
    func child(named name: String) -> Any? { MustacheFallback.child(of: self, named: name) }
}

/// A value a template shows as text (still escaped by the template's content type). swift-mustache renders it
/// without trying it as a template, a lambda or an optional first and without `String(describing:)`: the
/// rows of long lists answer their fields as `Shown`, which takes about a third of the look-up's casts away.
struct Shown: MustacheCustomRenderable, Sendable {
    let renderText: String
    var isNull: Bool { false }

    init(_ text: String) { renderText = text }
}
