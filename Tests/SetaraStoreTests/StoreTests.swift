import Foundation
import GRDB
import SetaraDomain
import SetaraStore
import Testing

let day = Day(year: 2026, month: 3, day: 2)!

func sampleBatch() -> RecordBatch {
    let employer = Employer(id: "E00001", name: "PT Sinar Mitra Logistik", ownership: .private, headcount: 240,
                            employeesWithDisabilities: 1, sector: "Logistik", phone: "+62215551234", regencyCode: "3174")
    let workplace = Workplace(id: "W00001", employerID: "E00001", name: "Gudang Cakung", regencyCode: "3175",
                              features: [.stepFreeEntrance, .singleLevel], accommodations: ["screen-reader-software"])
    let vacancy = Vacancy(id: "V000001", workplaceID: "W00001", title: "Admin gudang", kbji: "4321",
                          demands: [.nearVision: 3, .lifting: 1], minEducation: .sma, wageMin: 5_000_000, wageMax: 5_500_000,
                          postedOn: day)
    let seeker = Seeker(id: "S000001", nik: "3175014508950002", name: "Dewi \"Ayu\" Lestari", birthDate: Day(year: 1995, month: 8, day: 5),
                        sex: .female, phone: "+6281234567890", regencyCode: "3175", education: .smk,
                        skills: ["Microsoft Excel", "Entri data; cepat"], preferredOccupations: ["4132", "4321"],
                        profile: [.nearVision: CapacityRating(withoutAids: 0, withAids: 3, source: .functionalAssessment, assessedOn: day)],
                        needs: [.screenReaderSystems], consent: Consent(given: true, recordedOn: day, recordedBy: "ULD Jakarta Utara"),
                        registeredOn: day)
    return RecordBatch(seekers: [seeker], categories: ["S000001": .sensorikNetra], employers: [employer],
                       workplaces: [workplace], vacancies: [vacancy])
}

@Suite("SQLite store")
struct StoreTests {
    @Test("Every record comes back exactly as written")
    func roundTrip() throws {
        let store = try SQLiteStore(path: ":memory:")
        let batch = sampleBatch()
        try store.write(batch)
        #expect(try store.seeker(id: "S000001") == batch.seekers[0])
        #expect(try store.seeker(nik: "3175014508950002") == batch.seekers[0])
        #expect(try store.employer(id: "E00001") == batch.employers[0])
        #expect(try store.workplace(id: "W00001") == batch.workplaces[0])
        #expect(try store.vacancy(id: "V000001") == batch.vacancies[0])
        #expect(try store.disabilityCategory(seekerID: "S000001") == .sensorikNetra)
        #expect(try store.counts() == RecordCounts(seekers: 1, employers: 1, workplaces: 1, vacancies: 1))
    }

    @Test("Writing a record again replaces it, including its ratings and demands")
    func replace() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        try store.write(batch)
        batch.seekers[0].profile = [.lifting: CapacityRating(withoutAids: 1)]
        batch.vacancies[0].demands = [.hearing: 2]
        try store.write(RecordBatch(seekers: batch.seekers, categories: batch.categories, vacancies: batch.vacancies))
        #expect(try store.seeker(id: "S000001")?.profile.keys.sorted() == [.lifting])
        #expect(try store.vacancy(id: "V000001")?.demands == [.hearing: 2])
        #expect(try store.counts().seekers == 1)
    }

    @Test("Writing an employer again updates it and keeps its workplaces, vacancies and referrals")
    func updateEmployerKeepsChildren() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        try store.write(batch)
        _ = try store.addReferral(seekerID: "S000001", vacancyID: "V000001", channel: .officer, score: 80, at: Date())
        batch.employers[0].headcount = 260
        try store.write(RecordBatch(employers: batch.employers))
        #expect(try store.employer(id: "E00001")?.headcount == 260)
        #expect(try store.counts() == RecordCounts(seekers: 1, employers: 1, workplaces: 1, vacancies: 1))
        #expect(try store.referrals(seekerID: "S000001").count == 1)
    }

    @Test("The category is dropped when consent is withdrawn")
    func consentWithdrawn() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        try store.write(batch)
        batch.seekers[0].consent = Consent(given: false)
        try store.write(RecordBatch(seekers: batch.seekers, categories: batch.categories))
        #expect(try store.disabilityCategory(seekerID: "S000001") == nil)
    }

    @Test("A batch that breaks a rule is not written at all")
    func atomic() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        // The second seeker reuses the first one's NIK: the UNIQUE constraint fails mid-batch.
        var twin = batch.seekers[0]
        twin.id = "S000002"
        batch.seekers.append(twin)
        #expect(throws: (any Error).self) { try store.write(batch) }
        #expect(try store.counts() == RecordCounts(seekers: 0, employers: 0, workplaces: 0, vacancies: 0))
    }

    @Test("A vacancy at an unknown workplace is refused by the foreign key")
    func foreignKeys() throws {
        let store = try SQLiteStore(path: ":memory:")
        var vacancy = sampleBatch().vacancies[0]
        vacancy.workplaceID = "W09999"
        #expect(throws: (any Error).self) { try store.write(RecordBatch(vacancies: [vacancy])) }
    }

    @Test("Lists filter by province, regency, words and status, and page")
    func lists() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        for index in 2...30 {
            var s = batch.seekers[0]
            s.id = String(format: "S%06d", index)
            s.nik = String(format: "34710145089500%02d", index)
            s.regencyCode = index % 2 == 0 ? "3471" : "3404"
            s.name = index == 7 ? "Bagus Prasetyo" : "Seeker \(index)"
            batch.seekers.append(s)
        }
        batch.categories = [:]
        try store.write(batch)
        #expect(try store.seekers(ListQuery(region: "34")).count == 29)
        #expect(try store.seekers(ListQuery(region: "3404")).count == 14)
        #expect(try store.seekers(ListQuery(search: "bagus")).map(\.id) == ["S000007"])
        #expect(try store.seekers(ListQuery(limit: 5, offset: 5)).map(\.id) == ["S000006", "S000007", "S000008", "S000009", "S000010"])
        #expect(try store.seekers(ListQuery(search: "100%")).isEmpty)
        #expect(try store.vacancies(ListQuery(region: "3175")).count == 1)
        #expect(try store.nextID(.seeker) == "S000031")
        #expect(try store.nextID(.employer) == "E00002")
    }

    @Test("Vacancy profiles read in bulk hold what the vacancy records hold, demands in any order and lists as written")
    func vacancyProfiles() throws {
        let store = try SQLiteStore(path: ":memory:")
        var batch = sampleBatch()
        var second = batch.vacancies[0]
        second.id = "V000003"
        second.demands = [:]  // no demand rows: the walk over demand rows must skip it
        second.safetyTasks = [.driving, .workAtHeights]
        var third = batch.vacancies[0]
        third.id = "V000002"
        third.demands = [.heights: 4, .literacy: 1, .planning: 5]
        third.remote = .hybrid
        third.status = .closed
        batch.vacancies += [second, third]
        try store.write(batch)
        let open = ListQuery(status: VacancyStatus.open.rawValue)
        let profiles = try store.vacancyProfiles(open)
        #expect(profiles.ids == ["V000001", "V000003"])
        #expect(profiles == VacancyProfiles(try store.vacancies(open)))
        #expect(try store.vacancyProfiles(ListQuery()) == VacancyProfiles(try store.vacancies(ListQuery())))
        #expect(try store.vacancyProfiles(ListQuery(region: "3175")).count == 3)
        #expect(try store.vacancyProfiles(ListQuery(region: "3171")).isEmpty)
        // The matching fields come back as the record had them.
        let all = try store.vacancyProfiles(ListQuery())
        for (position, id) in all.ids.enumerated() {
            let record = try #require(try store.vacancy(id: id))
            let rebuilt = all.vacancy(at: position)
            #expect(rebuilt.demands == record.demands.filter { $0.value > $0.key.scale.lowerBound })
            #expect(rebuilt.safetyTasks == record.safetyTasks && rebuilt.remote == record.remote && rebuilt.kbji == record.kbji)
        }
    }

    @Test("A database file is created with WAL and survives reopening; the schema migrates once")
    func fileDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-store-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/setara.sqlite").path
        do {
            let store = try SQLiteStore(path: path)
            try store.write(sampleBatch())
            let mode = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.counts().seekers == 1)
        // Each migration is recorded exactly once, in order, even after reopening.
        let migrations = try reopened.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid") }
        #expect(migrations == ["v1: records", "v2: referrals and voice drafts", "v3: compact demand profile on each vacancy", "v4: audit log",
                               "v5: demand profiles with the mobility dimension", "v6: casework",
                               "v7: web accounts and sessions", "v8: each referral step names its seeker",
                               "v9: interview confirmed by the seeker", "v10: employer workforce breakdown",
                               "v11: day indexes for the outcomes report", "v12: every referral has its requested step"])
    }

    @Test("A file that is not a database gives a clear error")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("setara-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try String(repeating: "not a database ", count: 100).write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("opened")
        } catch let error as StoreError {
            #expect(error.reason == .corrupt)
            #expect(error.path == path)
        }
    }

    @Test("Another program's SQLite database is refused and left as it was; a missing file is not created unless asked")
    func foreignDatabase() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-foreign-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("other.sqlite").path
        do {
            let other = try DatabaseQueue(path: path)
            try other.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total INTEGER)") }
            try other.close()
        }
        do {
            _ = try SQLiteStore(path: path)
            Issue.record("opened another program's database")
        } catch let error as StoreError {
            #expect(error.reason == .notSetara)
        }
        let tables = try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'") }
        #expect(tables == ["invoices"])
        let missing = folder.appendingPathComponent("typo/setara.sqlite").path
        #expect(throws: StoreError.self) { try SQLiteStore(path: missing, options: StoreOptions(create: false)) }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("An id and a read-modify-write made in a transaction stay true until it commits; a throw keeps nothing")
    func transactions() throws {
        let store = try SQLiteStore(path: ":memory:")
        try store.write(sampleBatch())
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try store.transaction { tx in
                var seeker = try #require(try tx.seeker(id: "S000001"))
                seeker.phone = "+62811"
                try tx.write(RecordBatch(seekers: [seeker]))
                throw Stop()
            }
        }
        #expect(try store.seeker(id: "S000001")?.phone == "+6281234567890")
        let id = try store.transaction { tx in try tx.nextID(.seeker) }
        #expect(id == "S000002")
    }

    @Test("Audit entries written together are all kept, in the order given, and found by their record")
    func auditEntriesInOrder() throws {
        let store = try SQLiteStore(path: ":memory:")
        let entries = (1...123).map { index in
            AuditEntry(at: "2026-11-30T12:00:00Z", actor: "petugas", action: .view, kind: .seeker,
                       recordID: String(format: "S%06d", index), fields: index % 2 == 0 ? ["match:V000001", "x"] : [])
        }
        try store.record(Array(entries.prefix(10)))
        try store.record(Array(entries.dropFirst(10)))
        #expect(try store.auditLog(recordID: nil, limit: 500) == entries)
        #expect(try store.auditLog(recordID: "S000060", limit: 5) == [entries[59]])
    }
}
