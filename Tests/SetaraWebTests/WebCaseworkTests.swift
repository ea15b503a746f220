import Foundation
import Hummingbird
import HummingbirdTesting
import SetaraApp
import SetaraDomain
import SetaraStore
import SetaraWeb
import Testing

/// The referral's way through the browser: the officer refers from a match, checks it with the
/// seeker's consent and sends it; the employer answers. Then who may not reach it.
@Suite("Web: casework, referrals between officer and employer, and office scope")
struct WebCaseworkTests {
    /// The officer refers S000001 to V000001 from the vacancy's match page, checks (consent to
    /// share: `consent`) and sends it; returns the reference.
    static func referAndSend(_ officer: Browser, consent: String = "yes") async throws -> String {
        _ = try await officer.signIn("petugas")
        let matches = try await officer.get("/officer/vacancies/V000001/matches")
        #expect(matches.text.contains("action=\"/officer/referrals\""))
        let made = try await officer.post("/officer/referrals", [("seeker", "S000001"), ("vacancy", "V000001")])
        #expect(made.status == .seeOther)
        let location = try #require(made.location)
        #expect(location.hasPrefix("/officer/referrals/"))
        let reference = String(location.dropFirst("/officer/referrals/".count))
        let page = try await officer.get(location)
        #expect(page.status == .ok)
        #expect(page.text.contains("name=\"consent\""))
        #expect(try await officer.post(location + "/check", [("consent", consent)]).location == location + "?done=checked")
        #expect(try await officer.post(location + "/send", []).location == location + "?done=sent")
        return reference
    }

    @Test("An officer refers a seeker from a match, checks it with consent and sends it; the letter lists the needs")
    func officerRefers() async throws {
        try await withWeb { client, store in
            let officer = Browser(client)
            let reference = try await Self.referAndSend(officer)
            let referral = try #require(try store.referrals(seekerID: "S000001").first)
            #expect(referral.reference == reference)
            #expect(referral.status == .sent)
            #expect(referral.officeID == "K3471")
            let letter = try await officer.get("/officer/referrals/\(reference)/letter")
            #expect(letter.status == .ok)
            #expect(letter.text.contains(Need.screenReaderSystems.label(.id)))
            #expect(!letter.text.contains("<script>"))
            // The seeker's page lists the referral.
            #expect(try await officer.get("/officer/seekers/S000001").text.contains("/officer/referrals/\(reference)"))
        }
    }

    @Test("A check without an answer is refused with the error in the title and a summary linking to the field")
    func checkNeedsAnswer() async throws {
        try await withWeb { client, _ in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            try await officer.get("/officer/vacancies/V000001/matches")
            let location = try #require(try await officer.post("/officer/referrals", [("seeker", "S000001"), ("vacancy", "V000001")]).location)
            try await officer.get(location)
            let refused = try await officer.post(location + "/check", [])
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("<title>Galat: "))
            #expect(refused.text.contains("<a href=\"#consent\">"))
        }
    }

    @Test("The employer sees the referral with only what was shared: never the category, the NIK or case notes")
    func employerSeesShared() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let office = Office(store: store, actor: Actor(.officer, "petugas"), catalog: { catalog })
            _ = try office.addNote(seekerID: "S000001", text: "Catatan rahasia kasus")
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            let list = try await hr.get("/employer/referrals")
            #expect(list.status == .ok)
            #expect(list.text.contains("/employer/referrals/\(reference)"))
            #expect(list.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Rina"))
            let page = try await hr.get("/employer/referrals/\(reference)")
            #expect(page.status == .ok)
            #expect(page.text.contains(Need.screenReaderSystems.label(.id)))
            for secret in [DisabilityCategory.sensorikNetra.label(.id), DisabilityCategory.sensorikNetra.label(.en), "3471014508950002",
                           "Catatan rahasia kasus", "<script>"] {
                #expect(!page.text.contains(secret), "the employer's page shows \(secret)")
                #expect(!list.text.contains(secret), "the employer's list shows \(secret)")
            }
            #expect(try store.auditLog(recordID: "S000001", limit: 50).contains { $0.actor == "employer:hrd" && $0.action == .view })
        }
    }

    @Test("Without the seeker's consent the employer sees the name but not the needs")
    func withoutConsent() async throws {
        try await withWeb { client, _ in
            let reference = try await Self.referAndSend(Browser(client), consent: "no")
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            let page = try await hr.get("/employer/referrals/\(reference)")
            #expect(page.status == .ok)
            #expect(!page.text.contains(Need.screenReaderSystems.label(.id)))
            #expect(page.text.contains("tidak setuju"))
        }
    }

    @Test("The employer records the interview and the hire: the placement, the seeker placed, the quota count up")
    func employerHires() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            let base = "/employer/referrals/\(reference)"
            try await hr.get(base + "/interview")
            // The date's three boxes: an error names the box that is wrong and the summary links to it.
            let noMonth = try await hr.post(base + "/interview", [("date-day", "3"), ("date-year", "2026"), ("place", "Kantor pusat")])
            #expect(noMonth.status == .badRequest)
            #expect(noMonth.text.contains("<a href=\"#date-month\">Tanggal wawancara harus memuat bulan</a>"))
            #expect(noMonth.text.contains(#"id="date-month" name="date-month" type="text" inputmode="numeric" value="">"#))
            #expect(noMonth.text.contains(#"class="input date-input-input width-2 input-error" id="date-month""#))
            #expect(noMonth.text.contains(#"class="input date-input-input width-2" id="date-day" name="date-day" type="text" inputmode="numeric" value="3">"#))
            let noDay = try await hr.post(base + "/interview", [("date-day", "31"), ("date-month", "2"), ("date-year", "2027"), ("place", "Kantor")])
            #expect(noDay.text.contains("<a href=\"#date-day\">Tanggal wawancara harus tanggal yang ada"))
            let badYear = try await hr.post(base + "/interview", [("date-day", "3"), ("date-month", "12"), ("date-year", "26"), ("place", "Kantor")])
            #expect(badYear.text.contains("<a href=\"#date-year\">Tanggal wawancara: tahunnya harus 4 angka"))
            let empty = try await hr.post(base + "/interview", [("place", "Kantor")])
            #expect(empty.text.contains("<a href=\"#date-day\">Isi tanggal wawancara</a>"))
            let day = Day.today().adding(days: 3)
            #expect(try await hr.post(base + "/interview", Self.date("date", day) + [("place", "Kantor pusat, lantai 1")]).location
                    == base + "?done=interview")
            #expect(try store.readTransaction { tx in try tx.cases.steps(reference: reference) }.last?.interviewOn == day)
            #expect(try await hr.post(base + "/decision", [("decision", "hired")]).location == base + "/hire")
            try await hr.get(base + "/hire")
            let noWage = try await hr.post(base + "/hire", Self.date("start", Day.today()) + [("contract", "pkwt")])
            #expect(noWage.status == .badRequest)
            #expect(noWage.text.contains("<a href=\"#wage\">"))
            #expect(try await hr.post(base + "/hire", Self.date("start", Day.today()) + [("contract", "pkwt"), ("wage", "2.500.000")]).location
                    == base + "?done=hired")
            let placement = try #require(try store.readTransaction { tx in try tx.cases.placement(referral: reference) })
            #expect(placement.wage == 2_500_000)
            #expect(placement.startOn == Day.today())
            #expect(placement.contract == .pkwt)
            #expect(try store.seeker(id: "S000001")?.status == .placed)
            #expect(try store.employer(id: "E00001")?.employeesWithDisabilities == 2)
            let steps = try store.readTransaction { tx in try tx.cases.steps(reference: reference) }
            #expect(steps.map(\.status) == [.requested, .checked, .sent, .interview, .hired])
            #expect(steps.last?.officer == "employer:hrd")
            // A finished referral takes no other step: the use case says why.
            try await hr.get(base + "/decline")
            let again = try await hr.post(base + "/decline", [("reason", "berubah pikiran")])
            #expect(again.status == .badRequest || again.status == .notFound)
        }
    }

    @Test("Not hired needs its reason, and is recorded with it")
    func employerDeclines() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            let base = "/employer/referrals/\(reference)"
            try await hr.get(base + "/decision")
            #expect(try await hr.post(base + "/decision", [("decision", "not_hired")]).location == base + "/decline")
            let empty = try await hr.post(base + "/decline", [("reason", " ")])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("<a href=\"#reason\">"))
            #expect(try await hr.post(base + "/decline", [("reason", "Posisi sudah terisi")]).location == base + "?done=declined")
            #expect(try store.referrals(seekerID: "S000001").first?.status == .declined)
        }
    }

    @Test("Another employer reaches neither the referral nor its steps: answered as not found")
    func otherEmployer() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let other = Browser(client)
            _ = try await other.signIn("hrlain")
            #expect(try await other.get("/employer/referrals/\(reference)").status == .notFound)
            #expect(try await other.get("/employer/referrals/\(reference)/hire").status == .notFound)
            #expect(!(try await other.get("/employer/referrals").text.contains(reference)))
            let hire = try await other.post("/employer/referrals/\(reference)/hire",
                                            Self.date("start", Day.today()) + [("contract", "pkwt"), ("wage", "1")])
            #expect(hire.status == .notFound)
            #expect(try store.referrals(seekerID: "S000001").first?.status == .sent)
        }
    }

    @Test("The employer does not see a referral the officer has not sent")
    func notSentYet() async throws {
        try await withWeb { client, _ in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            try await officer.get("/officer/vacancies/V000001/matches")
            let location = try #require(try await officer.post("/officer/referrals", [("seeker", "S000001"), ("vacancy", "V000001")]).location)
            let reference = String(location.dropFirst("/officer/referrals/".count))
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            #expect(try await hr.get("/employer/referrals/\(reference)").status == .notFound)
        }
    }

    @Test("An officer of another office reaches neither the seeker, nor the referral, nor the placement")
    func otherOffice() async throws {
        try await withWeb { client, _ in
            let reference = try await Self.referAndSend(Browser(client))
            let other = Browser(client)
            _ = try await other.signIn("petugaslain")
            for path in ["/officer/seekers/S000001", "/officer/seekers/S000001/matches", "/officer/referrals/\(reference)",
                         "/officer/referrals/\(reference)/letter"] {
                #expect(try await other.get(path).status == .notFound, "\(path) reached from another office")
            }
            try await other.get("/officer")
            #expect(try await other.post("/officer/referrals/\(reference)/check", [("consent", "yes")]).status == .notFound)
            #expect(try await other.post("/officer/referrals", [("seeker", "S000001"), ("vacancy", "V000001")]).status == .notFound)
            // Its own seeker, yes; the other office's seekers are not found nor ranked.
            #expect(try await other.get("/officer/seekers/S000002").status == .ok)
            #expect(!(try await other.get("/officer?q=Rina").text.contains("S000001")))
            #expect(!(try await other.get("/officer/vacancies/V000001/matches").text.contains("S000001")))
        }
    }

    @Test("A supervisor works within the office too; an officer of no office reaches no seeker")
    func supervisorAndNoOffice() async throws {
        try await withWeb { client, _ in
            let supervisor = Browser(client)
            _ = try await supervisor.signIn("penyelia")
            #expect(try await supervisor.get("/officer/seekers/S000001").status == .ok)
            #expect(try await supervisor.get("/officer/seekers/S000002").status == .notFound)
            let nobody = Browser(client)
            _ = try await nobody.signIn("tanpakantor")
            let refused = try await nobody.get("/officer/seekers/S000001")
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("setara office officer"))
            #expect(try await nobody.get("/officer/due").status == .forbidden)
        }
    }

    @Test("Casework forms without the page's CSRF token change nothing")
    func csrf() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            #expect(try await officer.post("/officer/referrals", [("seeker", "S000001"), ("vacancy", "V000002")], csrf: "").status == .forbidden)
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            try await hr.get("/employer/referrals/\(reference)")
            let forged = try await hr.post("/employer/referrals/\(reference)/decline", [("reason", "x")], csrf: Accounts.newToken())
            #expect(forged.status == .forbidden)
            #expect(try store.referrals(seekerID: "S000001").map(\.status) == [.sent])
        }
    }

    @Test("Signed out, every casework page goes to sign-in; other roles are refused",
          arguments: ["/officer/due", "/officer/report", "/officer/visits/new", "/officer/referrals/R1", "/employer/referrals",
                      "/employer/referrals/R1/hire"])
    func signedOut(path: String) async throws {
        try await withWeb { client, _ in
            let response = try await client.execute(uri: path, method: .get)
            #expect(response.status == .seeOther)
            #expect(response.location == "/login")
            let wrongRole = Browser(client)
            _ = try await wrongRole.signIn(path.hasPrefix("/officer") ? "hrd" : "petugas")
            #expect(try await wrongRole.get(path).status == .forbidden)
        }
    }

    @Test("The due list shows an interview without an outcome, linked to the referral")
    func dueList() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            // The interview is today and has no outcome yet.
            let office = Office(store: store, actor: Actor(.officer, "petugas"), catalog: { catalog })
            _ = try office.advanceReferral(reference, .interview(on: Day.today(), place: nil, accommodations: []))
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let due = try await officer.get("/officer/due")
            #expect(due.status == .ok)
            #expect(due.text.contains("href=\"/officer/referrals/\(reference)\""))
            #expect(due.text.contains("Disnaker Kota Yogyakarta"))
        }
    }

    @Test("An officer records an employer visit; a visit without purpose is refused with the field linked")
    func visit() async throws {
        try await withWeb { client, store in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            try await officer.get("/officer/visits/new?employer=E00002")
            let missing = try await officer.post("/officer/visits/new", [("employer", "E00002"), ("kind", "visit")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("<a href=\"#purpose\">"))
            // The next contact may be left empty, but not half filled; in English the message names the box too.
            try await officer.get("/language?to=en&back=/officer/visits/new")
            let half = try await officer.post("/officer/visits/new", [("employer", "E00002"), ("kind", "call"), ("purpose", "Kuota"),
                                                                      ("next-day", "5"), ("next-month", "13"), ("next-year", "2027")])
            #expect(half.status == .badRequest)
            #expect(half.text.contains("<a href=\"#next-month\">The date of the next contact: the month must be a number from 1 to 12</a>"))
            let next = Day.today().adding(days: 30)
            let saved = try await officer.post("/officer/visits/new", [("employer", "E00002"), ("kind", "call"), ("purpose", "Kuota"),
                                                                       ("vacancies", "2")] + Self.date("next", next))
            #expect(saved.location == "/officer/due?done=visit")
            let visits = try store.readTransaction { tx in try tx.cases.visits(employerID: "E00002") }
            #expect(visits.map(\.vacanciesObtained) == [2])
            #expect(visits.first?.nextOn == next)
            #expect(visits.first?.officeID == "K3471")
        }
    }

    @Test("An officer records a follow-up of the office's placement; another office cannot")
    func followUp() async throws {
        try await withWeb { client, store in
            let reference = try await Self.referAndSend(Browser(client))
            let office = Office(store: store, actor: Actor(.officer, "petugas"), catalog: { catalog })
            let placement = try office.hire(reference, Office.Hire(startOn: Day.today(), contract: .pkwtt, wage: 3_000_000), reason: "tanpa wawancara")
            let path = "/officer/placements/\(placement.id)/follow-up/1"
            let other = Browser(client)
            _ = try await other.signIn("petugaslain")
            #expect(try await other.get(path).status == .notFound)
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            #expect(try await officer.get(path).status == .ok)
            let saved = try await officer.post(path, [("result", "same_employer"), ("accommodations_work", "yes")])
            #expect(saved.location == "/officer/due?done=follow_up")
            let done = try store.readTransaction { tx in try tx.cases.followUps(placementID: placement.id) }.first { $0.month == 1 }
            #expect(done?.state == .done)
            #expect(done?.accommodationsWork == true)
        }
    }

    @Test("The office's outcome report is the report's own HTML, with a way home, a language switch and no script allowed")
    func report() async throws {
        try await withWeb { client, _ in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let report = try await officer.get("/officer/report")
            #expect(report.status == .ok)
            #expect(report.text.contains("Disnaker Kota Yogyakarta"))
            #expect(report.text.contains("href=\"/officer\""))
            #expect(report.text.contains("/language?to=en"))
            let policy = try #require(report.headers[.contentSecurityPolicy])
            #expect(!policy.contains("script"))
            #expect(policy.contains("default-src 'none'"))
        }
    }

    @Test("A match page kept between requests follows every change: this server's and another program's; each showing is logged")
    func matchPageFollowsChanges() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-web-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("office.sqlite").path
        // The server's store reads on a pool of connections, as `setara serve` does.
        let store = try webFixture(path: path, readers: 2)
        try await withWeb(store) { client, store in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let page = "/officer/vacancies/V000001/matches"
            #expect(try await officer.get(page).text.contains("Rina"))
            #expect(try await officer.get(page).text.contains("Rina"))
            // Another program (the command line, say) renames the seeker on the same database file.
            let other = try SQLiteStore(path: path, options: StoreOptions(create: false))
            var seeker = try #require(try other.seeker(id: "S000001"))
            seeker.name = "Rina Kedua"
            try other.write(RecordBatch(seekers: [seeker]))
            #expect(try await officer.get(page).text.contains("Rina Kedua"))
            // A change through this server's own store; then the seeker is placed and leaves the ranking.
            seeker.name = "Rina Ketiga"
            try store.write(RecordBatch(seekers: [seeker]))
            #expect(try await officer.get(page).text.contains("Rina Ketiga"))
            seeker.status = .placed
            try other.write(RecordBatch(seekers: [seeker]))
            #expect(!(try await officer.get(page).text.contains("S000001")))
            // Every showing of the seeker is a view in the audit log, from a kept ranking or not.
            let views = try store.auditLog(recordID: "S000001", limit: 100).filter { $0.action == .view && $0.fields == ["match:V000001"] }
            #expect(views.count == 4)
        }
    }

    /// A date as a browser sends the three boxes of a date input.
    static func date(_ id: String, _ day: Day) -> [(String, String)] {
        [("\(id)-day", "\(day.day)"), ("\(id)-month", "\(day.month)"), ("\(id)-year", "\(day.year)")]
    }
}
