import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SameSideStore
import SameSideWeb
import Testing

@Suite("Disabling a user and resetting a password end their sessions at once")
struct UserLifecycleTests {
    /// Keeps the app's store so the test can act as the administrator's command line does.
    actor StoreBox {
        var store: (any PipelineStore)?
        func set(_ store: any PipelineStore) { self.store = store }
    }

    @Test("a disabled user's token stops working and sign-in fails; after a reset only the new password works")
    func disableAndReset() async throws {
        let box = StoreBox()
        try await WebTestDatabase.memory.with { appConfig in
            let config = WebConfig(app: appConfig, bcryptCost: 4, maxFailedSignIns: 50)
            let app = try await buildApplication(
                config: config, clock: { 1_800_000_000 },
                prepare: { store in
                    try await WebFixture.load(into: store)
                    await box.set(store)
                })
            try await app.test(.router) { client in
                let users = try UserAdministration.users(of: try #require(await box.store))
                let token = try await client.token("sam@example.com")
                #expect(try await client.get("/api/deals", token: token).status == .ok)

                let (_, ended) = try await UserAdministration.setDisabled(true, email: "sam@example.com", in: users)
                #expect(ended == 1)
                #expect(try await client.get("/api/deals", token: token).status == .unauthorized)
                let refused = try await SignInTests.login(
                    client, #"{"email":"sam@example.com","password":"\#(WebFixture.password)"}"#)
                #expect(refused.status == .unauthorized)

                try await UserAdministration.setDisabled(false, email: "sam@example.com", in: users)
                let again = try await client.token("sam@example.com")
                let resetEnded = try await UserAdministration.resetPassword(
                    email: "sam@example.com", password: "a completely new passphrase", in: users, cost: 4)
                #expect(resetEnded == 1)
                #expect(try await client.get("/api/deals", token: again).status == .unauthorized)
                let old = try await SignInTests.login(
                    client, #"{"email":"sam@example.com","password":"\#(WebFixture.password)"}"#)
                #expect(old.status == .unauthorized)
                _ = try await client.token("sam@example.com", password: "a completely new passphrase")
            }
        }
    }
}
