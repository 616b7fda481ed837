/// What a view model's `child(named:)` answers for a name its switch does not list: the property of that
/// name found by reflection (with an optional unwrapped, as swift-mustache itself does), so a field added to
/// a view model later is never silently missing from its page, only slower until it is listed.
enum MustacheFallback {
    static func child(of value: Any, named name: String) -> Any? {
        guard let child = Mirror(reflecting: value).descendant(name) else { return nil }
        let mirror = Mirror(reflecting: child)
        if mirror.displayStyle == .optional { return mirror.children.first?.value }
        return child
    }
}
