import ArgumentParser
import SameSideApp
import SameSideWeb

/// `sameside user add|list|disable|enable|reset-password`: the people who sign in to the web app.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list, disable and enable the users of the web app, and reset passwords (see `sameside serve`).",
        subcommands: [
            UserAddCommand.self, UserListCommand.self, UserDisableCommand.self, UserEnableCommand.self,
            UserResetPasswordCommand.self,
        ])
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
            let password = try PasswordInput.read(passwordStdin, what: "the password")
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

/// `sameside user disable EMAIL`: the user can no longer sign in; their sessions end at once.
struct UserDisableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disable",
        abstract: "Stop a user from signing in and end their sessions (their deals stay, matched as before).")

    @Argument(help: "The user's email.")
    var email: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore { store in
                let (user, ended) = try await UserAdministration.setDisabled(
                    true, email: email, in: try UserAdministration.users(of: store))
                StandardStreams.error("disabled \(user.email); \(ended) session\(ended == 1 ? "" : "s") ended")
            }
        }
    }
}

/// `sameside user enable EMAIL`: a disabled user may sign in again.
struct UserEnableCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enable", abstract: "Let a disabled user sign in again.")

    @Argument(help: "The user's email.")
    var email: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore { store in
                let (user, _) = try await UserAdministration.setDisabled(
                    false, email: email, in: try UserAdministration.users(of: store))
                StandardStreams.error("enabled \(user.email)")
            }
        }
    }
}

/// `sameside user reset-password EMAIL --password-stdin`: a new password; every session of the user ends.
struct UserResetPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password",
        abstract: "Set a new password (read from standard input) and end the user's sessions.")

    @Argument(help: "The user's email.")
    var email: String

    @Flag(help: "Read the new password from standard input (required: passwords never go on the command line).")
    var passwordStdin = false

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            let password = try PasswordInput.read(passwordStdin, what: "the new password")
            try await database.withStore { store in
                let ended = try await UserAdministration.resetPassword(
                    email: email, password: password, in: try UserAdministration.users(of: store))
                StandardStreams.error(
                    "new password set for \(email.lowercased()); \(ended) session\(ended == 1 ? "" : "s") ended")
            }
        }
    }
}

/// Passwords come from standard input only (the first line), never from the command line.
enum PasswordInput {
    static func read(_ fromStdin: Bool, what: String) throws(AppError) -> String {
        guard fromStdin else { throw AppError.badInput("give \(what) on standard input with --password-stdin") }
        return readLine(strippingNewline: true) ?? ""
    }
}
