import ArgumentParser
import Foundation
import SameSideApp
import SameSideCore
import SameSideWeb

/// `sameside plan-share create|list|revoke`: private links that show one deal's plan to one customer contact.
struct PlanShareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan-share",
        abstract: "Create, list and revoke private links to a deal's plan for the customer's people.",
        discussion: """
            A link opens the customer's page of one deal's plan (goals, steps that are not internal, owners, \
            dates, status, the cost of delay; iCalendar, Markdown and JSON downloads) with no account. Its token \
            (256 random bits) is printed once and stored only as its SHA-256. See docs/plan.md.
            """,
        subcommands: [PlanShareCreateCommand.self, PlanShareListCommand.self, PlanShareRevokeCommand.self])
}

/// `sameside plan-share create --deal ID --contact WHO [--days N] [--base-url URL]`.
struct PlanShareCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Make a link to a stored deal's plan and print its URL.")

    @Option(help: "The id of the deal.")
    var deal: String

    @Option(help: "Who the link is for (a stakeholder id, a name or an email).")
    var contact: String

    @Option(help: "Days until the link stops working (1 to \(ShareLinks.maximumDays)).")
    var days = 30

    @Option(help: "The server's address as the customer reaches it.")
    var baseURL = "http://127.0.0.1:8080"

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore { store in
                let created = try await ShareLinks.create(
                    deal: DealID(deal), contact: contact, days: days, baseURL: baseURL, in: store,
                    now: Int(Date().timeIntervalSince1970))
                print(created.url)
                StandardStreams.error(
                    "share link \(created.link.id) for \(created.link.contact) on deal \(deal), valid until "
                        + "\(PlanShareListCommand.day(created.link.expiresAt)); the URL is shown only now")
            }
        }
    }
}

/// `sameside plan-share list [--deal ID]`: one line per link, tab-separated.
struct PlanShareListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List share links: id, deal, contact, created, expires, status, last used (tab-separated).")

    @Option(help: "Only the links of this deal.")
    var deal: String?

    @OptionGroup var database: DatabaseOptions

    static func day(_ seconds: Int) -> String { Day(ordinal: seconds / 86_400).description }

    func run() async throws {
        try await CLIExit.guarding {
            let now = Int(Date().timeIntervalSince1970)
            try await database.withStore { store in
                for link in try await ShareLinks.list(deal: deal.map { DealID($0) }, in: store) {
                    let status = link.revokedAt != nil ? "revoked" : (link.opens(at: now) ? "active" : "expired")
                    print(
                        [
                            link.id, link.dealId.rawValue, link.contact, Self.day(link.createdAt),
                            Self.day(link.expiresAt), status, link.lastUsedAt.map(Self.day) ?? "never",
                        ].joined(separator: "\t"))
                }
            }
        }
    }
}

/// `sameside plan-share revoke ID`.
struct PlanShareRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke a share link at once; its URL answers 404 from now on.")

    @Argument(help: "The link's id (from `plan-share list`).")
    var id: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await CLIExit.guarding {
            try await database.withStore { store in
                let link = try await ShareLinks.revoke(id: id, in: store, now: Int(Date().timeIntervalSince1970))
                StandardStreams.error("revoked \(link.id) (\(link.contact), deal \(link.dealId))")
            }
        }
    }
}
