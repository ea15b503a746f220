import Foundation
import Hummingbird
import HummingbirdTesting
import SetaraDomain
import SetaraStore
import SetaraWeb
import Testing
import Yams

@Suite("Web: an employer registers, an officer finds and matches")
struct WebFlowTests {
    @Test("A new HR officer registers the company one question per page; markup in its name is shown as text")
    func registerCompany() async throws {
        try await withWeb { client, store in
            let hr = Browser(client)
            #expect(try await hr.signIn("hrbaru").location == "/employer")
            #expect(try await hr.get("/employer").text.contains("/employer/company/name"))
            try await hr.get("/employer/company/name")
            let empty = try await hr.post("/employer/company/name", [("name", "  ")])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("<title>Galat: Apa nama perusahaan Anda? – Setara</title>"))
            #expect(empty.text.contains("<a href=\"#name\">Nama belum diisi; kolom ini wajib.</a>"))
            #expect(empty.text.contains("aria-describedby=\"name-hint name-error\""))
            #expect(try await hr.post("/employer/company/name", [("name", "<script>alert('x')</script> PT Baru")]).location
                    == "/employer/company/ownership")
            #expect(try await hr.post("/employer/company/ownership", [("ownership", "private")]).location == "/employer/company/size")
            let badSize = try await hr.post("/employer/company/size", [("headcount", "banyak"), ("employees_with_disabilities", "0")])
            #expect(badSize.status == .badRequest)
            #expect(badSize.text.contains("<a href=\"#headcount\">Jumlah pekerja berisi &quot;banyak&quot;")
                    || badSize.text.contains("<a href=\"#headcount\">Jumlah pekerja berisi &#34;banyak&#34;"))
            #expect(try await hr.post("/employer/company/size", [("headcount", "250"), ("employees_with_disabilities", "1")]).location
                    == "/employer/company/workforce")
            // The breakdown: a part larger than its whole is named in the form's words, beside the count it is part of.
            let workforce = try await hr.get("/employer/company/workforce")
            #expect(workforce.text.contains("Siapa yang bekerja paruh waktu") && workforce.text.contains("name=\"with_severe_disabilities\""))
            let tooMany = try await hr.post("/employer/company/workforce", [("short_time_workers", "30"), ("with_severe_disabilities", "2")])
            #expect(tooMany.status == .badRequest)
            #expect(tooMany.text.contains("<a href=\"#with_severe_disabilities\">Pekerja dengan disabilitas berat berisi 2, lebih dari"), "\(tooMany.text)")
            #expect(try await hr.post("/employer/company/workforce", [("short_time_workers", "30"), ("with_severe_disabilities", "1")]).location
                    == "/employer/company/region")
            let saved = try await hr.post("/employer/company/region", [("regency", "3471")])
            #expect(saved.location == "/employer?done=company")
            let home = try await hr.get("/employer?done=company")
            #expect(home.text.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; PT Baru")
                    || home.text.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; PT Baru")
                    || home.text.contains("&lt;script&gt;alert('x')&lt;/script&gt; PT Baru"))
            #expect(!home.text.contains("<script>"))
            // No workplace yet: a vacancy starts with adding one.
            #expect(try await hr.get("/employer/vacancies/new/details").location == "/employer/workplaces/new")
            // 1% of 250 is 3 (rounded up); 1 employed, 2 more needed.
            #expect(home.text.contains("wajib 3, jadi masih kurang 2"))
            let account = try #require(try store.account("hrbaru"))
            let employerID = try #require(account.employerID)
            let employer = try #require(try store.employer(id: employerID))
            #expect(employer.headcount == 250 && employer.ownership == .private && employer.regencyCode == "3471")
            #expect(employer.shortTimeWorkers == 30 && employer.withSevereDisabilities == 1 && employer.shortTimeWithDisabilities == 0)
            #expect(try store.auditLog(recordID: employer.id, limit: 10).first?.actor == "employer:hrbaru")
        }
    }

    @Test("An HR officer changes the company's counts of workers; a breakdown that does not fit is refused and nothing is changed")
    func changeWorkers() async throws {
        try await withWeb { client, store in
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            #expect(try await hr.get("/employer").text.contains("href=\"/employer/workers\""))
            let form = try await hr.get("/employer/workers")
            #expect(form.text.contains("name=\"headcount\"") && form.text.contains("value=\"150\""))
            let full = [("headcount", "150"), ("employees_with_disabilities", "3"), ("short_time_workers", "20"),
                        ("short_time_with_disabilities", "1"), ("with_severe_disabilities", "2"), ("short_time_with_severe_disabilities", "")]
            // 3 with disabilities, 1 on short hours, but 4 of them said to be on short hours: refused.
            let refused = try await hr.post("/employer/workers", full.map { $0.0 == "short_time_with_disabilities" ? ($0.0, "4") : $0 })
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("<a href=\"#short_time_with_disabilities\">"), "\(refused.text)")
            #expect(try store.employer(id: "E00001")?.employeesWithDisabilities == 1, "nothing is saved")
            #expect(try await hr.post("/employer/workers", full).location == "/employer?done=workers")
            let employer = try #require(try store.employer(id: "E00001"))
            #expect(employer.employeesWithDisabilities == 3 && employer.shortTimeWorkers == 20 && employer.shortTimeWithDisabilities == 1
                    && employer.withSevereDisabilities == 2 && employer.shortTimeWithSevereDisabilities == 0)
            let home = try await hr.get("/employer?done=workers")
            #expect(home.text.contains("Jumlah pekerja sudah disimpan."))
            #expect(home.text.contains("<dt>Pekerja dengan disabilitas berat</dt><dd>2</dd>"))
            #expect(try store.auditLog(recordID: "E00001", limit: 10).contains { $0.actor == "employer:hrd" && $0.fields.contains("with_severe_disabilities") })
        }
    }

    @Test("An employer adds a workplace, finds accommodations in the catalog and posts a vacancy in plain words")
    func workplaceAndVacancy() async throws {
        try await withWeb { client, store in
            let hr = Browser(client)
            _ = try await hr.signIn("hrd")
            try await hr.get("/employer/workplaces/new")
            let missing = try await hr.post("/employer/workplaces/new", [("name", "Gudang Sleman")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("<a href=\"#regency\">"))
            let made = try await hr.post("/employer/workplaces/new", [("name", "Gudang Sleman"), ("regency", "3404"),
                                                                     ("features", "step_free_entrance"), ("features", "elevator")])
            let location = try #require(made.location)
            #expect(location.hasSuffix("/accommodations?done=workplace"))
            let id = String(location.split(separator: "/")[2])
            #expect(try store.workplace(id: id)?.features == [.stepFreeEntrance, .elevator])
            let search = try await hr.get("/employer/workplaces/\(id)/accommodations?q=pembaca+layar")
            #expect(search.text.contains("value=\"screen-reader-software\""))
            #expect(try await hr.post("/employer/workplaces/\(id)/accommodations", [("add", "screen-reader-software")]).status == .seeOther)
            #expect(try store.workplace(id: id)?.accommodations == ["screen-reader-software"])

            let details = try await hr.get("/employer/vacancies/new/details?workplace=\(id)")
            #expect(details.text.contains("value=\"\(id)\" checked"))
            #expect(try await hr.post("/employer/vacancies/new/details", [
                ("workplace", id), ("title", "Operator gudang"), ("kbji", "4321"), ("openings", "2"), ("hours_per_week", "40"),
                ("min_education", "sma")]).location == "/employer/vacancies/new/physical")
            let physical = try await hr.get("/employer/vacancies/new/physical")
            // Levels in words, not numbers.
            #expect(physical.text.contains("sampai 10 kg") || physical.text.contains("10 kg"))
            #expect(!physical.text.contains(">level 2<"))
            var last: TestResponse?
            for step in ["physical", "manipulation", "sensory_communication", "cognitive", "work_organisation", "environment"] {
                try await hr.get("/employer/vacancies/new/" + step)
                let answers: [(String, String)] = step == "physical" ? [("demand_lifting", "2")] : []
                last = try await hr.post("/employer/vacancies/new/" + step, answers)
            }
            let vacancyPath = try #require(last?.location)
            #expect(vacancyPath.hasSuffix("?done=vacancy"))
            let vacancyID = String(vacancyPath.split(separator: "/")[2].prefix { $0 != "?" })
            let vacancy = try #require(try store.vacancy(id: vacancyID))
            #expect(vacancy.workplaceID == id && vacancy.demands[.lifting] == 2 && vacancy.openings == 2)
            let page = try await hr.get(vacancyPath)
            #expect(page.text.contains("Operator gudang"))
            #expect(try await hr.get("/employer").text.contains("Operator gudang"))
        }
    }

    @Test("An officer finds a seeker, opens the profile (logged as a view) and sees the name as text")
    func officerSeeker() async throws {
        try await withWeb { client, store in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let found = try await officer.get("/officer?q=Rina")
            #expect(found.text.contains("/officer/seekers/S000001"))
            #expect(found.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Rina"))
            #expect(!found.text.contains("<script>"))
            let profile = try await officer.get("/officer/seekers/S000001")
            #expect(profile.status == .ok)
            #expect(!profile.text.contains("<script>"))
            let views = try store.auditLog(recordID: "S000001", limit: 10).filter { $0.action == .view }
            #expect(views.map(\.actor) == ["officer:petugas"])
            #expect(try await officer.get("/officer/seekers/S999999").status == .notFound)
        }
    }

    @Test("An officer ranks seekers for a vacancy and vacancies for a seeker, with reasons")
    func officerMatches() async throws {
        try await withWeb { client, store in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let forVacancy = try await officer.get("/officer/vacancies/V000001/matches")
            #expect(forVacancy.status == .ok)
            #expect(forVacancy.text.contains("/officer/seekers/S000001"))
            #expect(forVacancy.text.contains("<li>"))
            #expect(!forVacancy.text.contains("<script>"))
            let forSeeker = try await officer.get("/officer/seekers/S000001/matches")
            #expect(forSeeker.status == .ok)
            #expect(forSeeker.text.contains("Operator entri data"))
            #expect(try store.auditLog(recordID: "S000001", limit: 10).contains { $0.fields == ["match:V000001"] })
            let supervisor = Browser(client)
            _ = try await supervisor.signIn("penyelia")
            #expect(try await supervisor.get("/supervisor").text.contains("officer:petugas"))
        }
    }

    @Test("An officer sees a consented disability category marked as sensitive; without consent, none")
    func category() async throws {
        let store = try webFixture()
        try store.write(RecordBatch(seekers: [Seeker(id: "S000003", nik: "3471014508950004", name: "Tanpa Persetujuan", regencyCode: "3471",
                                                     registeredOn: Day.today())]))
        try await withWeb(store) { client, _ in
            let officer = Browser(client)
            _ = try await officer.signIn("petugas")
            let consented = try await officer.get("/officer/seekers/S000001").text
            #expect(consented.contains("data spesifik"))
            #expect(consented.contains(DisabilityCategory.sensorikNetra.label(.id)))
            #expect(!(try await officer.get("/officer/seekers/S000003").text.contains("data spesifik")))
        }
    }

    @Test("Both languages have the same words, and every word a template asks for exists")
    func words() throws {
        let en = try YAMLDecoder().decode([String: String].self, from: String(contentsOf: webFolder.appendingPathComponent("text/en.yaml"), encoding: .utf8))
        let id = try YAMLDecoder().decode([String: String].self, from: String(contentsOf: webFolder.appendingPathComponent("text/id.yaml"), encoding: .utf8))
        #expect(Set(en.keys) == Set(id.keys))
        let templates = try FileManager.default.contentsOfDirectory(atPath: webFolder.appendingPathComponent("templates").path)
        for name in templates {
            let text = try String(contentsOf: webFolder.appendingPathComponent("templates/" + name), encoding: .utf8)
            var rest = Substring(text)
            while let range = rest.range(of: "{{t.") {
                let key = String(rest[range.upperBound...].prefix { $0 != "}" })
                #expect(en[key] != nil, "\(name) uses t.\(key), which en.yaml lacks")
                rest = rest[range.upperBound...]
            }
        }
    }
}
