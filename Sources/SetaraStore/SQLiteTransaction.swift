import Foundation
import GRDB
import SetaraDomain

/// One write transaction on the SQLite database: what it reads is what it writes over, because
/// no other connection can write until it ends (BEGIN IMMEDIATE). The store's own one-off reads
/// use the same functions.
struct SQLiteTransaction: RecordTransaction {
    let db: Database

    func seeker(id: String) throws -> Seeker? { try SQLiteStore.seekers(db, where: "s.id = ?", arguments: [id]).first }
    func seeker(nik: String) throws -> Seeker? { try SQLiteStore.seekers(db, where: "s.nik = ?", arguments: [nik]).first }
    func employer(id: String) throws -> Employer? { try SQLiteStore.employers(db, where: "id = ?", arguments: [id]).first }
    func workplace(id: String) throws -> Workplace? { try SQLiteStore.workplaces(db, where: "id = ?", arguments: [id]).first }
    func vacancy(id: String) throws -> Vacancy? { try SQLiteStore.vacancies(db, where: "v.id = ?", arguments: [id]).first }

    func disabilityCategory(seekerID: String) throws -> DisabilityCategory? {
        try String.fetchOne(db, kept: """
            SELECT c.category FROM seeker_sensitive c JOIN seeker s ON s.id = c.seeker_id
            WHERE c.seeker_id = ? AND s.consent_given
            """, arguments: [seekerID]).flatMap(DisabilityCategory.init(rawValue:))
    }

    func vacancyTitles(_ ids: Set<String>) throws -> [String: String] {
        // Only the title, through the primary key: a whole vacancy with its demands was most of
        // the time of a seeker's page in the browser.
        let statement = try db.cachedStatement(sql: "SELECT title FROM vacancy WHERE id = ?")
        var titles: [String: String] = [:]
        for id in ids {
            if let title = try String.fetchOne(statement, arguments: [id]) { titles[id] = title }
        }
        return titles
    }

    func existingIDs(_ ids: Set<String>, of kind: RecordKind) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        if ids.count > SQLiteStore.bulkThreshold {
            return ids.intersection(try String.fetchSet(db, sql: "SELECT id FROM \(kind.rawValue)"))
        }
        var found = Set<String>()
        let statement = try db.cachedStatement(sql: "SELECT 1 FROM \(kind.rawValue) WHERE id = ?")
        for id in ids where try Bool.fetchOne(statement, arguments: [id]) != nil {
            found.insert(id)
        }
        return found
    }

    func seekerIDs(forNIKs niks: Set<String>) throws -> [String: String] {
        guard !niks.isEmpty else { return [:] }
        var owners: [String: String] = [:]
        if niks.count > SQLiteStore.bulkThreshold {
            let rows = try Row.fetchCursor(db, sql: "SELECT nik, id FROM seeker")
            while let row = try rows.next() {
                let nik: String = row[0]
                if niks.contains(nik) { owners[nik] = row[1] }
            }
            return owners
        }
        let statement = try db.cachedStatement(sql: "SELECT id FROM seeker WHERE nik = ?")
        for nik in niks {
            if let id = try String.fetchOne(statement, arguments: [nik]) { owners[nik] = id }
        }
        return owners
    }

    func nextID(_ kind: RecordKind) throws -> String {
        // Ids whose digits do not fit an Int (typed by hand into an import file) are left out:
        // CAST would clamp them and the next id would overflow.
        let highest = try Int.fetchOne(db, kept: """
            SELECT MAX(CAST(SUBSTR(id, 2) AS INTEGER)) FROM \(kind.rawValue) WHERE length(id) <= 16
            """) ?? 0
        return kind.id(number: highest + 1)
    }

    func write(_ batch: RecordBatch) throws {
        try SQLiteStore.write(db, batch, then: { nil })
    }

    func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws {
        try SQLiteStore.write(db, batch, then: next)
    }

    func referrals(seekerID: String) throws -> [Referral] { try SQLiteStore.referrals(db, seekerID: seekerID) }

    var cases: any CaseRecords { SQLiteCases(db: db) }

    func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date,
                     audit: AuditEntry?) throws -> Referral {
        try SQLiteStore.addReferral(db, seekerID: seekerID, vacancyID: vacancyID, channel: channel, score: score, at: date, audit: audit)
    }

    func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need], audit: AuditEntry?) throws {
        try SQLiteStore.updateProfile(db, seekerID: seekerID, profile: profile, needs: needs, audit: audit)
    }
}
