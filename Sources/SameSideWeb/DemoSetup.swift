import SameSideApp
import SameSideCore
import SameSideStore

/// `sameside serve --demo`: the demo pipeline in a fresh store and one user per role, so a newcomer can sign in.
public enum DemoSetup {
    /// A demo sign-in.
    public struct SignIn: Sendable {
        public var email: String
        public var password: String
        public var role: UserRole
        public var team: String?
        public var name: String?
    }

    /// The demo users: two reps of one team, a rep of another, that team's manager and an admin. Their names
    /// match the demo deals' owners. The passwords are printed by `serve --demo` and are for the demo only.
    public static let signIns: [SignIn] = [
        SignIn(email: "sam@demo.sameside", password: "demo-sam-2026", role: .rep, team: "east", name: "Sam Rivera"),
        SignIn(
            email: "jamie@demo.sameside", password: "demo-jamie-2026", role: .rep, team: "east", name: "Jamie Ortiz"),
        SignIn(email: "anna@demo.sameside", password: "demo-anna-2026", role: .rep, team: "west", name: "Anna Kowal"),
        SignIn(
            email: "morgan@demo.sameside", password: "demo-morgan-2026", role: .manager, team: "east",
            name: "Morgan Lee"),
        SignIn(email: "admin@demo.sameside", password: "demo-admin-2026", role: .admin, team: nil, name: "Demo Admin"),
    ]

    /// Loads the demo pipeline into `store` (which should be empty) and adds the demo users.
    public static func load(into store: any PipelineStore, cost: UInt8 = 12) async throws {
        let pipeline = DemoPipeline.make()
        var records =
            pipeline.accounts.map(PipelineRecord.account) + pipeline.opportunities.map(PipelineRecord.opportunity)
        records.reverse()
        _ = try await PipelineImport().run(header: pipeline.header, into: store, next: { records.popLast() })
        let users = try UserAdministration.users(of: store)
        for user in signIns {
            try await UserAdministration.add(
                email: user.email, role: user.role, team: user.team, name: user.name, password: user.password,
                into: users, cost: cost)
        }
    }
}

extension DemoSetup {
    /// Refuses a store that already holds deals or users, so the demo never mixes with real data.
    public static func requireFresh(_ store: any PipelineStore) async throws {
        let counts = try await store.counts()
        let users = try await UserAdministration.users(of: store).users()
        guard counts.opportunities == 0, counts.accounts == 0, users.isEmpty else {
            throw AppError.badInput(
                "--demo needs an empty database; this one holds \(counts.opportunities) deals and \(users.count) users")
        }
    }
}
