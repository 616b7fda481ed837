/// The version `sameside --version` prints.
enum SameSideVersion {
    static let current = "0.1.0"
}
