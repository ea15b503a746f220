import Foundation
import Hummingbird
import HummingbirdTesting
import SetaraDomain
import SetaraStore
import SetaraWeb
import Testing

@Suite("Web: signing in, sessions, CSRF and who may see what")
struct WebAccessTests {
    @Test("A signed-out request for any role's page is sent to the sign-in page",
          arguments: ["/employer", "/employer/vacancies/V000001", "/officer", "/officer/seekers/S000001", "/supervisor", "/admin",
                      "/employer/company/name", "/officer/vacancies/V000001/matches"])
    func signedOut(path: String) async throws {
        try await withWeb { client, _ in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .seeOther)
            #expect(response.location == "/login")
        }
    }

    @Test("Every page carries a content security policy that allows no script, and is not cached")
    func securityHeaders() async throws {
        try await withWeb { client, _ in
            let response = try await client.execute(uri: "/login", method: .get)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(!policy.contains("script-src"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[.cacheControl] == "no-store")
            #expect(response.text.contains("<html lang=\"id\">"))
        }
    }

    @Test("Signing in sets an HttpOnly, SameSite=Strict session cookie, Secure only behind TLS", arguments: [false, true])
    func sessionCookie(behindTLS: Bool) async throws {
        try await withWeb(behindTLS: behindTLS) { client, store in
            let browser = Browser(client)
            let response = try await browser.signIn("hrd")
            #expect(response.status == .seeOther)
            #expect(response.location == "/employer")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("setara_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Secure") == behindTLS)
            // The database keeps only the token's hash: its SHA-256, in lower-case hex.
            #expect(Accounts.hash(token: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
            let token = String(cookie.dropFirst("setara_session=".count).prefix { $0 != ";" })
            #expect(try store.signedIn(tokenHash: token, now: Date()) == nil)
            #expect(try store.signedIn(tokenHash: Accounts.hash(token: token), now: Date()) != nil)
            #expect(try await browser.get("/employer").status == .ok)
        }
    }

    @Test("A session counts only while it is current and its account is not disabled; an officer's office comes with it")
    func signedInNeedsCurrentSessionAndAccount() throws {
        let store = try webFixture()
        let accounts = Accounts(store: store, cost: 4)
        let now = Date()
        _ = try store.addAccount(WebAccount(username: "keluar", passwordHash: "-", role: .officer, disabled: true))
        for (username, token, hours) in [("hrd", "current", 8.0), ("hrd", "expired", -1.0), ("keluar", "disabled", 8.0),
                                         ("petugaslain", "officer", 8.0), ("tanpakantor", "no office", 8.0)] {
            try store.addSession(WebSession(tokenHash: Accounts.hash(token: token), username: username, csrfToken: "csrf-" + token,
                                            expiresAt: now.addingTimeInterval(hours * 3600)))
        }
        let (session, account, office) = try #require(try accounts.signedIn(token: "current", now: now))
        #expect(session.username == "hrd" && session.csrfToken == "csrf-current")
        #expect(account.username == "hrd" && account.role == .employer && account.employerID == "E00001")
        #expect(office == nil)
        let officer = try #require(try accounts.signedIn(token: "officer", now: now))
        #expect(officer.2 == LabourOffice(id: "K3404", name: "Disnaker Sleman", regencyCode: "3404"))
        #expect(try #require(try accounts.signedIn(token: "no office", now: now)).2 == nil)
        // The expiry is read back to the second it was written.
        #expect(abs(session.expiresAt.timeIntervalSince(now.addingTimeInterval(8 * 3600))) < 1)
        #expect(try accounts.signedIn(token: "expired", now: now) == nil)
        #expect(try accounts.signedIn(token: "disabled", now: now) == nil)
        #expect(try accounts.signedIn(token: "never issued", now: now) == nil)
    }

    @Test("A session is read from the database at most once a second: this server's sign-out and draft count at once, another program's sign-out within the second")
    func keptSessions() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("setara-sessions-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try webFixture(path: path, readers: 2)
        let accounts = Accounts(store: store, cost: 4)
        let now = Date()
        for token in ["first", "second"] {
            try store.addSession(WebSession(tokenHash: Accounts.hash(token: token), username: "hrd", csrfToken: "csrf-" + token,
                                            expiresAt: now.addingTimeInterval(8 * 3600)))
        }
        #expect(accounts.keptSignedIn(token: "first", now: now) == nil)
        #expect(try accounts.signedIn(token: "first", now: now)?.0.csrfToken == "csrf-first")
        #expect(accounts.keptSignedIn(token: "first", now: now.addingTimeInterval(0.5))?.0.csrfToken == "csrf-first")

        // Another program (another connection to the file) signs the first session out: kept
        // until a second has passed since it was read, then read again, and gone.
        let other = try SQLiteStore(path: path, options: StoreOptions(create: false))
        try other.deleteSession(tokenHash: Accounts.hash(token: "first"))
        #expect(try accounts.signedIn(token: "first", now: now.addingTimeInterval(0.5)) != nil)
        #expect(try accounts.signedIn(token: "first", now: now.addingTimeInterval(1)) == nil)

        // This server's own writes count from the next request.
        #expect(try accounts.signedIn(token: "second", now: now)?.0.draft == "{}")
        try store.saveDraft(tokenHash: Accounts.hash(token: "second"), draft: #"{"name":"PT Baru"}"#)
        #expect(accounts.keptSignedIn(token: "second", now: now) == nil)
        #expect(try accounts.signedIn(token: "second", now: now)?.0.draft == #"{"name":"PT Baru"}"#)
        try store.deleteSession(tokenHash: Accounts.hash(token: "second"))
        #expect(try accounts.signedIn(token: "second", now: now) == nil)
    }

    @Test("A wrong password is refused with the error in the title and a summary linking to the field")
    func wrongPassword() async throws {
        try await withWeb { client, _ in
            let response = try await Browser(client).signIn("hrd", password: "not the password")
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("<title>Galat: Masuk – Setara</title>"))
            #expect(response.text.contains("<a href=\"#username\">Nama pengguna atau kata sandi tidak benar</a>"))
        }
    }

    @Test("After five failed sign-ins the account is locked, even for the right password")
    func lockout() async throws {
        try await withWeb { client, _ in
            let browser = Browser(client)
            for _ in 0..<5 { #expect(try await browser.signIn("petugas", password: "guess guess guess").status == .unauthorized) }
            let locked = try await browser.signIn("petugas")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("Terlalu banyak percobaan masuk"))
        }
    }

    @Test("A form without the page's CSRF token, or with another, is refused and changes nothing",
          arguments: [nil, "", "forged-token-forged-token-forged-token-abcd"] as [String?])
    func csrf(token: String?) async throws {
        try await withWeb { client, store in
            let browser = Browser(client)
            _ = try await browser.signIn("hrd")
            try await browser.get("/employer/workplaces/new")
            let fields = [("name", "Gudang baru"), ("regency", "3471")]
            let response: TestResponse
            if let token {
                response = try await browser.post("/employer/workplaces/new", fields, csrf: token)
            } else {
                // No token at all: the body has no csrf field.
                response = try await client.execute(uri: "/employer/workplaces/new", method: .post,
                                                    headers: [.cookie: await browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "),
                                                              .contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: "name=Gudang+baru&regency=3471"))
            }
            #expect(response.status == .forbidden)
            #expect(try store.workplaces(ListQuery(parentID: "E00001")).count == 1)
        }
    }

    @Test("Signing in needs the sign-in page's token too (no login CSRF)")
    func loginCSRF() async throws {
        try await withWeb { client, _ in
            let response = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: "username=hrd&password=correct+horse+battery"))
            #expect(response.status == .forbidden)
            #expect(response.headers[values: .setCookie].allSatisfy { !$0.hasPrefix("setara_session=") })
        }
    }

    @Test("An employer reaching another company's records by URL gets 'not found', and staff pages 'forbidden'",
          arguments: [("/employer/vacancies/V000002", HTTPResponse.Status.notFound), ("/employer/workplaces/W00002", .notFound),
                      ("/employer/workplaces/W00002/accommodations", .notFound), ("/employer/vacancies/V999999", .notFound),
                      ("/officer/seekers/S000001", .forbidden), ("/officer", .forbidden), ("/supervisor", .forbidden),
                      ("/admin", .forbidden), ("/officer/vacancies/V000001/matches", .forbidden)])
    func employerScope(path: String, status: HTTPResponse.Status) async throws {
        try await withWeb { client, _ in
            let browser = Browser(client)
            _ = try await browser.signIn("hrd")
            let response = try await browser.get(path)
            #expect(response.status == status)
            #expect(!response.text.contains("Gudang rahasia"))
            #expect(!response.text.contains("Rina"))
        }
    }

    @Test("An employer cannot add a vacancy at another company's workplace, nor change its accommodations")
    func employerWrites() async throws {
        try await withWeb { client, store in
            let browser = Browser(client)
            _ = try await browser.signIn("hrd")
            try await browser.get("/employer/vacancies/new/details")
            let response = try await browser.post("/employer/vacancies/new/details", [
                ("workplace", "W00002"), ("title", "Mata-mata"), ("kbji", "4132"), ("openings", "1"), ("hours_per_week", "40"),
                ("min_education", "none")])
            #expect(response.status == .badRequest)
            let change = try await browser.post("/employer/workplaces/W00002/accommodations", [("add", "screen-reader-software")])
            #expect(change.status == .notFound)
            #expect(try store.workplace(id: "W00002")?.accommodations == [])
        }
    }

    @Test("Officers may not read the audit log or manage accounts; supervisors may read it")
    func staffRoles() async throws {
        try await withWeb { client, _ in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            #expect(try await officer.get("/supervisor").status == .forbidden)
            #expect(try await officer.get("/admin").status == .forbidden)
            #expect(try await officer.get("/employer").status == .forbidden)
            let supervisor = Browser(client)
            _ = try await supervisor.signIn("penyelia")
            #expect(try await supervisor.get("/supervisor").status == .ok)
            #expect(try await supervisor.get("/officer").status == .ok)
            #expect(try await supervisor.get("/admin").status == .forbidden)
        }
    }

    @Test("A supervisor reads the audit log of their own office only: its staff's work and its seekers' records")
    func auditLogScopedToOffice() async throws {
        try await withWeb { client, _ in
            // Each office's officer opens one of their own seekers.
            let yogyakarta = Browser(client)
            _ = try await yogyakarta.signIn("petugas")
            #expect(try await yogyakarta.get("/officer/seekers/S000001").status == .ok)
            let sleman = Browser(client)
            _ = try await sleman.signIn("petugaslain")
            #expect(try await sleman.get("/officer/seekers/S000002").status == .ok)

            let supervisorA = Browser(client)
            _ = try await supervisorA.signIn("penyelia")
            let logA = try await supervisorA.get("/supervisor").text
            #expect(logA.contains("officer:petugas<") && logA.contains("S000001"))
            #expect(!logA.contains("officer:petugaslain") && !logA.contains("S000002"))
            // Asking for the other office's record by its id shows nothing of it.
            let askedA = try await supervisorA.get("/supervisor?record=S000002").text
            #expect(!askedA.contains("officer:petugaslain") && !askedA.contains("S000002<"))

            let supervisorB = Browser(client)
            _ = try await supervisorB.signIn("penyelialain")
            let logB = try await supervisorB.get("/supervisor").text
            #expect(logB.contains("officer:petugaslain") && logB.contains("S000002"))
            #expect(!logB.contains("officer:petugas<") && !logB.contains("S000001"))
        }
    }

    @Test("Signing out ends the session in the database")
    func signOut() async throws {
        try await withWeb { client, _ in
            let browser = Browser(client)
            _ = try await browser.signIn("petugas")
            try await browser.get("/officer")
            let out = try await browser.post("/logout", [])
            #expect(out.location == "/login")
            #expect(try await browser.get("/officer").location == "/login")
        }
    }

    @Test("The language switch sets a cookie and goes back to the same page, never to another site",
          arguments: [("/login", "/login"), ("//evil.example/", "/"), ("https://evil.example/", "/")])
    func language(back: String, expected: String) async throws {
        try await withWeb { client, _ in
            let browser = Browser(client)
            let response = try await browser.get("/language?to=en&back=" + Browser.encode(back))
            #expect(response.location == expected)
            let page = try await browser.get("/login")
            #expect(page.text.contains("<html lang=\"en\">"))
            #expect(page.text.contains("<title>Sign in – Setara</title>"))
            #expect(page.text.contains("lang=\"id\" hreflang=\"id\">Bahasa Indonesia</a>"))
        }
    }

    @Test("An admin's invitation makes an employer account once; the link does not work twice")
    func invitation() async throws {
        try await withWeb { client, store in
            let admin = Browser(client)
            _ = try await admin.signIn("admin")
            try await admin.get("/admin")
            let made = try await admin.post("/admin/invitations", [("employer", "")])
            let link = try #require(made.text.range(of: #"<code>(/invitation/[A-Za-z0-9_-]+)</code>"#, options: .regularExpression)
                .map { String(made.text[$0].dropFirst(6).dropLast(7)) })
            let hr = Browser(client)
            #expect(try await hr.get(link).status == .ok)
            let short = try await hr.post(link, [("username", "sari.hr"), ("password", "short"), ("password2", "short")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("href=\"#password\""))
            let done = try await hr.post(link, [("username", "sari.hr"), ("password", testPassword), ("password2", testPassword)])
            #expect(done.status == .ok)
            #expect(try store.account("sari.hr")?.role == .employer)
            #expect(try await hr.get(link).status == .notFound)
            #expect(try await hr.signIn("sari.hr").location == "/employer")
        }
    }
}
