import Foundation
import GRDB
import SetaraDomain
@testable import SetaraStore
import Testing

/// The match index reads each vacancy's demand from its compact column; whatever state that
/// column is in, the index must see the demand the records hold.
@Suite("Compact demand profiles")
struct DemandProfileTests {
    func fileStore() throws -> (SQLiteStore, String, URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-demand-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("setara.sqlite").path
        return (try SQLiteStore(path: path), path, folder)
    }

    func batch() -> RecordBatch {
        var batch = sampleBatch()
        var other = batch.vacancies[0]
        other.id = "V000002"
        other.demands = [.heights: 4, .literacy: 1, .planning: 5, .lifting: 0]
        batch.vacancies.append(other)
        return batch
    }

    @Test("a missing column value, or one written with other dimensions, falls back to the demand rows")
    func fallBack() throws {
        let (store, path, folder) = try fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.write(batch())
        let expected = VacancyProfiles(try store.vacancies(ListQuery()))
        #expect(try store.vacancyProfiles(ListQuery()) == expected)

        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "UPDATE vacancy SET demand_profile = NULL WHERE id = 'V000002'") }
        #expect(try store.vacancyProfiles(ListQuery()) == expected)
        try queue.write { db in
            try db.execute(sql: "UPDATE vacancy SET demand_profile = zeroblob(27)")
            try db.execute(sql: "UPDATE setara_meta SET value = 'lifting,sitting' WHERE key = ?", arguments: [DemandProfile.layoutKey])
        }
        #expect(try store.vacancyProfiles(ListQuery()) == expected, "a layout from another version is not trusted")
    }

    @Test("updating a vacancy's demands updates its compact profile")
    func update() throws {
        let (store, _, folder) = try fileStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        var records = batch()
        try store.write(records)
        records.vacancies[1].demands = [.hearing: 3]
        try store.write(RecordBatch(vacancies: [records.vacancies[1]]))
        let profiles = try store.vacancyProfiles(ListQuery())
        #expect(profiles == VacancyProfiles(try store.vacancies(ListQuery())))
        #expect(profiles.vacancy(at: 1).demands == [.hearing: 3])
    }

    @Test("a database made before the column existed gets it filled from the demand rows")
    func migration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-demand-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("setara.sqlite").path
        // A version-2 database, written as that version wrote it.
        let old = try DatabaseQueue(path: path)
        try Schema.migrate(old, path: path, upTo: "v2: referrals and voice drafts")
        try old.write { db in
            try db.execute(sql: """
                INSERT INTO employer (id, name, ownership, headcount, employees_with_disabilities, regency_code, province_code)
                  VALUES ('E00001', 'PT Contoh', 'private', 50, 0, '3175', '31');
                INSERT INTO workplace (id, employer_id, name, regency_code, province_code) VALUES ('W00001', 'E00001', 'Kantor', '3175', '31');
                INSERT INTO vacancy (id, workplace_id, title, kbji, openings, min_education, hours_per_week, posted_on, status)
                  VALUES ('V000001', 'W00001', 'Operator', '4132', 1, 'none', 40, '2026-11-01', 'open');
                INSERT INTO vacancy_demand (vacancy_id, dimension, level) VALUES ('V000001', 'near_vision', 3), ('V000001', 'lifting', 2);
                """)
        }
        try old.close()
        let store = try SQLiteStore(path: path)
        let profiles = try store.vacancyProfiles(ListQuery())
        #expect(profiles.vacancy(at: 0).demands == [.nearVision: 3, .lifting: 2])
        let stored = try store.read { db in try Data.fetchOne(db, sql: "SELECT demand_profile FROM vacancy") }
        #expect(stored == DemandProfile.bytes([.nearVision: 3, .lifting: 2]), "the column was filled, not only the fallback used")
    }
}
