import Foundation
import GRDB
import SetaraDomain
@testable import SetaraStore
import Testing

@Suite("Casework migration")
struct CaseworkMigrationTests {
    @Test("a version-5 database with a referral opens, keeps the referral, and takes casework")
    func fromV5() throws {
        try Self.olderDatabase(upTo: "v5: demand profiles with the mobility dimension", adding: """
            INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score)
              VALUES ('RJ-20261102-0001', 'S000001', 'V000001', '2026-11-02T03:00:00Z', 'voice', 'sent', 70);
            """) { path in
            let store = try SQLiteStore(path: path)
            let referral = try #require(try store.referrals(seekerID: "S000001").first)
            #expect(referral.status == .sent && referral.score == 70 && referral.officeID == nil && referral.statusOn == nil)
            let tables = try store.read { db in
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            #expect(tables.isSuperset(of: ["labour_office", "officer", "case_file", "referral_step", "placement", "follow_up", "case_note",
                                           "employer_visit", "employment_plan", "training"]))
            // The old referral takes its next step.
            try store.transaction { tx in
                try tx.cases.save(LabourOffice(id: "K3471", name: "Disnaker Kota Yogyakarta", regencyCode: "3471"))
                try tx.cases.add(ReferralStep(reference: referral.reference, status: .interview, on: Day(parsing: "2026-11-20")!, officer: "rina",
                                              interviewOn: Day(parsing: "2026-11-25")!), officeID: "K3471")
            }
            let moved = try #require(try store.referrals(seekerID: "S000001").first)
            #expect(moved.status == .interview && moved.officeID == "K3471" && moved.interviewOn == Day(parsing: "2026-11-25"))
        }
    }

    @Test("a version-7 database's referral steps are given their seeker, and a step added later is given it too")
    func stepsNameTheirSeeker() throws {
        try Self.olderDatabase(upTo: "v7: web accounts and sessions", adding: """
            INSERT INTO seeker (id, nik, name, regency_code, province_code, education, registered_on)
              VALUES ('S000002', '3471015508950003', 'Sari', '3471', '34', 'sma', '2026-10-01');
            INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score)
              VALUES ('RJ-20261102-0001', 'S000001', 'V000001', '2026-11-02T03:00:00Z', 'voice', 'requested', 70),
                     ('RJ-20261102-0002', 'S000002', 'V000001', '2026-11-02T04:00:00Z', 'voice', 'requested', 60);
            INSERT INTO referral_step (reference, status, on_day, officer) VALUES ('RJ-20261102-0001', 'requested', '2026-11-02', 'rina'),
              ('RJ-20261102-0002', 'requested', '2026-11-02', 'rina');
            """) { path in
            let store = try SQLiteStore(path: path)
            func seekers() throws -> [String] {
                try store.read { db in try String.fetchAll(db, sql: "SELECT coalesce(seeker_id, 'none') FROM referral_step ORDER BY id") }
            }
            #expect(try seekers() == ["S000001", "S000002"])
            try store.transaction { tx in
                try tx.cases.addStepOnly(ReferralStep(reference: "RJ-20261102-0002", status: .checked, on: Day(parsing: "2026-11-03")!, officer: "rina"))
            }
            #expect(try seekers() == ["S000001", "S000002", "S000002"])
        }
    }

    @Test("a version-9 database's employers keep their counts and read as everyone full-time, nobody severe; the breakdown is stored after")
    func employerWorkforce() throws {
        try Self.olderDatabase(upTo: "v9: interview confirmed by the seeker", adding: """
            INSERT INTO employer (id, name, ownership, headcount, employees_with_disabilities, regency_code, province_code)
              VALUES ('E00002', 'Dinas Contoh', 'government', 300, 4, '3471', '34');
            """) { path in
            let store = try SQLiteStore(path: path)
            let old = try #require(try store.employer(id: "E00002"))
            #expect(old.headcount == 300 && old.employeesWithDisabilities == 4)
            let breakdown: [Int] = [old.shortTimeWorkers, old.shortTimeWithDisabilities, old.withSevereDisabilities, old.shortTimeWithSevereDisabilities]
            #expect(breakdown == [0, 0, 0, 0])
            #expect(QuotaWorkforce(employer: old) == QuotaWorkforce(fullTime: 300, disabledFullTime: 4))
            let applied = try store.read { db in try String.fetchSet(db, sql: "SELECT identifier FROM grdb_migrations") }
            #expect(applied.contains { $0.hasPrefix("v10") })
            var changed = old
            changed.shortTimeWorkers = 40; changed.shortTimeWithDisabilities = 1; changed.withSevereDisabilities = 2
            changed.shortTimeWithSevereDisabilities = 1
            try store.write(RecordBatch(employers: [changed]))
            #expect(try store.employer(id: "E00002") == changed)
            // The employer the older database was made with is read too.
            #expect(try store.employer(id: "E00001")?.withSevereDisabilities == 0)
        }
    }

    @Test("a version-11 database's referral made before casework gets its request step, on the WIB day it was made, first among its steps; one that has it keeps one")
    func everyReferralHasItsRequest() throws {
        try Self.olderDatabase(upTo: "v11: day indexes for the outcomes report", adding: """
            INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score)
              VALUES ('RJ-20260201-0001', 'S000001', 'V000001', '2026-01-31T20:30:00Z', 'officer', 'interview', 70),
                     ('RJ-20261102-0001', 'S000001', 'V000001', '2026-11-02T03:00:00Z', 'voice', 'requested', 60);
            INSERT INTO referral_step (reference, status, on_day, officer) VALUES ('RJ-20260201-0001', 'interview', '2026-02-05', 'rina'),
              ('RJ-20261102-0001', 'requested', '2026-11-02', 'rina');
            """) { path in
            let store = try SQLiteStore(path: path)
            // Made at 03:30 WIB on 1 February (20:30 UTC the day before): an office's 1 February.
            let old = try store.transaction { tx in try tx.cases.steps(reference: "RJ-20260201-0001") }
            #expect(old.map(\.status) == [.requested, .interview])
            #expect(old.first?.on == Day(parsing: "2026-02-01") && old.first?.officer == "")
            let recent = try store.transaction { tx in try tx.cases.steps(reference: "RJ-20261102-0001") }
            #expect(recent.map(\.status) == [.requested] && recent.first?.officer == "rina")
            // The report counts the old referral on that day, for its seeker.
            let facts = try store.outcomeFacts(.everything, days: Day(parsing: "2026-01-01")!...Day(parsing: "2026-12-31")!)
            let requests = facts.steps.filter { $0.status == .requested }
            #expect(requests.map(\.on).sorted() == [Day(parsing: "2026-02-01")!, Day(parsing: "2026-11-02")!])
            #expect(Set(requests.map { facts.seekers[$0.seeker].id }) == ["S000001"])
        }
    }

    /// A database made by an older Setara (migrated up to `version`), holding one employer, workplace,
    /// vacancy and seeker (S000001) and what `sql` adds, closed before `body` opens it.
    static func olderDatabase(upTo version: String, adding sql: String, _ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-old-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("setara.sqlite").path
        let old = try DatabaseQueue(path: path)
        try Schema.migrate(old, path: path, upTo: version)
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO employer (id, name, ownership, headcount, employees_with_disabilities, regency_code, province_code)
                  VALUES ('E00001', 'PT Contoh', 'private', 50, 0, '3471', '34');
                INSERT INTO workplace (id, employer_id, name, regency_code, province_code) VALUES ('W00001', 'E00001', 'Kantor', '3471', '34');
                INSERT INTO vacancy (id, workplace_id, title, kbji, openings, min_education, hours_per_week, posted_on, status)
                  VALUES ('V000001', 'W00001', 'Operator', '4132', 1, 'none', 40, '2026-11-01', 'open');
                INSERT INTO seeker (id, nik, name, regency_code, province_code, education, registered_on)
                  VALUES ('S000001', '3471014508950002', 'Dewi', '3471', '34', 'sma', '2026-10-01');
                """ + sql)
        }
        try old.close()
        try body(path)
    }
}
