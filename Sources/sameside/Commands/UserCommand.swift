import ArgumentParser
import SameSideApp
import SameSideWeb

/// `sameside user add|list`: the people who sign in to the web app.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add and list the users of the web app (see `sameside serve`).",
        subcommands: [UserAddCommand.self, UserListCommand.self])
}

/// `sameside user add EMAIL --role rep|manager|admin [--team NAME] [--name NAME] --password-stdin`.
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user; the password is read from standard input (first line).",
        discussion: """
            A rep sees their team's deals and edits their own; a manager sees and edits their team's deals \
            and the unassigned ones; an admin sees everything. A deal's owner is matched to a user by email, \
            then by --name. The password is stored as a bcrypt hash.
            """)

    @Argument(help: "The email the user signs in with.")
    var email: String

    @Option(help: "rep, manager or admin.")
    var role: String

    @Option(help: "The team (required for rep and manager).")
    var team: String?

    @Option(help: "The name CRM exports write as the deal owner, when it is not the email.")
    var name: String?

    @Flag(help: "Read the password from standard input (required: passwords never go on the command line).")
    var passwordStdin = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            guard passwordStdin else {
                throw AppError.badInput("give the password on standard input with --password-stdin")
            }
            let password = readLine(strippingNewline: true) ?? ""
            try await database.withStore { store in
                let user = try await UserAdministration.add(
                    email: email, role: try UserAdministration.role(named: role), team: team, name: name,
                    password: password,
                    into: try UserAdministration.users(of: store))
                StandardStreams.error(
                    "added \(user.email) (\(user.role.rawValue)\(user.team.map { ", team \($0)" } ?? ""))")
            }
        }
    }
}

/// `sameside user list`: one line per user, tab-separated: email, role, team, name, status.
struct UserListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the users: email, role, team, name, status (tab-separated).")

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore { store in
                for user in try await UserAdministration.users(of: store).users() {
                    print(
                        [
                            user.email, user.role.rawValue, user.team ?? "-", user.name ?? "-",
                            user.disabled ? "disabled" : "active",
                        ].joined(separator: "\t"))
                }
            }
        }
    }
}
