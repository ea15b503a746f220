import Foundation
import GRDB
import SetaraDomain

extension SQLiteStore {
    public func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need], audit: AuditEntry?) throws {
        try writing { db in try Self.updateProfile(db, seekerID: seekerID, profile: profile, needs: needs, audit: audit) }
    }

    static func updateProfile(_ db: Database, seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need],
                              audit: AuditEntry?) throws {
        try db.execute(sql: "UPDATE seeker SET needs = ? WHERE id = ?",
                       arguments: [JSONList.encode(needs.map(\.rawValue)), seekerID])
        guard db.changesCount == 1 else { throw StoreError(.other, path: db.description, detail: "no seeker \(seekerID)") }
        try db.execute(sql: "DELETE FROM seeker_rating WHERE seeker_id = ?", arguments: [seekerID])
        for (dimension, r) in profile.sorted(by: { $0.key < $1.key }) {
            try db.execute(sql: """
                INSERT INTO seeker_rating (seeker_id, dimension, without_aids, with_aids, source, assessed_on)
                VALUES (?,?,?,?,?,?)
                """, arguments: [seekerID, dimension.rawValue, r.withoutAids, r.withAids, r.source.rawValue,
                                 r.assessedOn?.description])
        }
        if let audit { try record(db, [audit]) }
    }

    public func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date) throws -> Referral {
        try writing { db in
            try Self.addReferral(db, seekerID: seekerID, vacancyID: vacancyID, channel: channel, score: score, at: date, audit: nil)
        }
    }

    static func addReferral(_ db: Database, seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?,
                            at date: Date, audit: AuditEntry?) throws -> Referral {
        let day = Day.today(date)
        let stamp = AuditEntry.timestamp(date)
        let prefix = Referral.reference(day: day, sequence: 0).dropLast(4)
        let taken = try Int.fetchOne(db, kept: "SELECT count(*) FROM referral WHERE reference LIKE ?",
                                     arguments: [prefix + "%"]) ?? 0
        let referral = Referral(reference: Referral.reference(day: day, sequence: taken + 1), seekerID: seekerID,
                                vacancyID: vacancyID, requestedAt: stamp, channel: channel, score: score)
        try db.execute(sql: """
            INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score)
            VALUES (?,?,?,?,?,?,?)
            """, arguments: [referral.reference, seekerID, vacancyID, stamp, channel.rawValue,
                             referral.status.rawValue, score])
        if var audit {
            audit.fields = [referral.reference]
            try record(db, [audit])
        }
        return referral
    }

    public func record(_ entries: [AuditEntry]) throws {
        guard !entries.isEmpty else { return }
        // An entry alone (an export, a view) is not a change: the database stays a pure demo.
        do {
            try auditGroup.record(entries) { batch in try db.write { db in try Self.record(db, batch) } }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    static func record(_ db: Database, _ entries: [AuditEntry]) throws {
        let statement = try BulkStatement(db, kept: auditInsert)
        for entry in entries { try write(entry, with: statement) }
    }

    static let auditInsert = "INSERT INTO audit (at, actor, action, record_kind, record_id, fields) VALUES (?,?,?,?,?,?)"

    /// One audit entry, with a statement of `auditInsert`.
    static func write(_ entry: AuditEntry, with statement: BulkStatement) throws {
        try statement.run { b in
            b.text(entry.at); b.text(entry.actor); b.text(entry.action.rawValue); b.text(entry.kind.rawValue)
            b.text(entry.recordID); b.text(entry.fields.joined(separator: ","))
        }
    }

    public func auditLog(recordID: String?, limit: Int) throws -> [AuditEntry] {
        try reading { db in
            let rows = if let recordID {
                try Row.fetchAll(db, kept: "SELECT * FROM (SELECT * FROM audit WHERE record_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id",
                                 arguments: [recordID, limit])
            } else {
                try Row.fetchAll(db, kept: "SELECT * FROM (SELECT * FROM audit ORDER BY id DESC LIMIT ?) ORDER BY id", arguments: [limit])
            }
            return rows.compactMap(Self.auditEntry)
        }
    }

    static func auditEntry(_ row: Row) -> AuditEntry? {
        guard let action = AuditEntry.Action(rawValue: row["action"]), let kind = RecordKind(rawValue: row["record_kind"]) else { return nil }
        let fields: String = row["fields"]
        return AuditEntry(at: row["at"], actor: row["actor"], action: action, kind: kind, recordID: row["record_id"],
                          fields: fields.isEmpty ? [] : fields.split(separator: ",").map(String.init))
    }

    public func referrals(seekerID: String) throws -> [Referral] {
        try reading { db in try Self.referrals(db, seekerID: seekerID) }
    }

    static func referrals(_ db: Database, seekerID: String) throws -> [Referral] {
        try Row.fetchAll(db, kept: "SELECT \(ReferralColumn.selection) FROM referral WHERE seeker_id = ? ORDER BY reference",
                         arguments: [seekerID])
            .compactMap(Self.referral)
    }

    public func referrals(status: Referral.Status?, limit: Int) throws -> [Referral] {
        try reading { db in
            let rows = if let status {
                try Row.fetchAll(db, kept: "SELECT \(ReferralColumn.selection) FROM referral WHERE status = ? ORDER BY reference DESC LIMIT ?",
                                 arguments: [status.rawValue, limit])
            } else {
                try Row.fetchAll(db, kept: "SELECT \(ReferralColumn.selection) FROM referral ORDER BY reference DESC LIMIT ?",
                                 arguments: [limit])
            }
            return rows.compactMap(Self.referral)
        }
    }

    public func saveDraft(seekerID: String, kind: String, payload: String, at date: Date) throws {
        try writing { db in
            try db.execute(sql: "INSERT OR REPLACE INTO voice_draft (seeker_id, kind, payload, saved_at) VALUES (?,?,?,?)",
                           arguments: [seekerID, kind, payload, AuditEntry.timestamp(date)])
        }
    }

    public func draft(seekerID: String) throws -> (kind: String, payload: String)? {
        try reading { db in
            try Row.fetchOne(db, kept: "SELECT kind, payload FROM voice_draft WHERE seeker_id = ?", arguments: [seekerID])
                .map { (kind: $0["kind"], payload: $0["payload"]) }
        }
    }

    public func deleteDraft(seekerID: String) throws {
        try writing { db in try db.execute(sql: "DELETE FROM voice_draft WHERE seeker_id = ?", arguments: [seekerID]) }
    }

    /// A referral's columns, selected in this order (`ReferralColumn.selection`) and read by
    /// position, as a seeker's are (`SeekerColumn`): a seeker's page reads each of their referrals.
    enum ReferralColumn: Int, CaseIterable {
        case reference, seekerID, vacancyID, requestedAt, channel, status, score, officeID, statusOn, interviewOn
        case interviewConfirmedOn

        var column: String {
            switch self {
            case .seekerID: "seeker_id"
            case .vacancyID: "vacancy_id"
            case .requestedAt: "requested_at"
            case .officeID: "office_id"
            case .statusOn: "status_on"
            case .interviewOn: "interview_on"
            case .interviewConfirmedOn: "interview_confirmed_on"
            default: String(describing: self)
            }
        }

        static let selection = allCases.map(\.column).joined(separator: ", ")
    }

    /// A referral from a row of `ReferralColumn.selection`.
    static func referral(_ row: Row) -> Referral? {
        func value<T: DatabaseValueConvertible>(_ column: ReferralColumn) -> T { row[column.rawValue] }
        func day(_ column: ReferralColumn) -> Day? { (row[column.rawValue] as String?).flatMap(Day.init(parsing:)) }
        guard let channel = Referral.Channel(rawValue: value(.channel)), let status = Referral.Status(rawValue: value(.status)) else {
            return nil
        }
        return Referral(reference: value(.reference), seekerID: value(.seekerID), vacancyID: value(.vacancyID),
                        requestedAt: value(.requestedAt), channel: channel, status: status, score: value(.score),
                        officeID: value(.officeID), statusOn: day(.statusOn), interviewOn: day(.interviewOn),
                        interviewConfirmedOn: day(.interviewConfirmedOn))
    }
}
