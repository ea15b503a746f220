import Foundation
import GRDB
import SetaraDomain

extension SQLiteStore {
    public func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need]) throws {
        try db.write { db in
            try db.execute(sql: "UPDATE seeker SET needs = ? WHERE id = ?",
                           arguments: [JSONList.encode(needs.map(\.rawValue)), seekerID])
            guard db.changesCount == 1 else { throw StoreError(.other, path: path, detail: "no seeker \(seekerID)") }
            try db.execute(sql: "DELETE FROM seeker_rating WHERE seeker_id = ?", arguments: [seekerID])
            for (dimension, r) in profile.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: """
                    INSERT INTO seeker_rating (seeker_id, dimension, without_aids, with_aids, source, assessed_on)
                    VALUES (?,?,?,?,?,?)
                    """, arguments: [seekerID, dimension.rawValue, r.withoutAids, r.withAids, r.source.rawValue,
                                     r.assessedOn?.description])
            }
        }
    }

    public func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date) throws -> Referral {
        let day = Day.today(date)
        let stamp = Self.timestamp(date)
        return try db.write { db in
            let prefix = Referral.reference(day: day, sequence: 0).dropLast(4)
            let taken = try Int.fetchOne(db, sql: "SELECT count(*) FROM referral WHERE reference LIKE ?",
                                         arguments: [prefix + "%"]) ?? 0
            let referral = Referral(reference: Referral.reference(day: day, sequence: taken + 1), seekerID: seekerID,
                                    vacancyID: vacancyID, requestedAt: stamp, channel: channel, score: score)
            try db.execute(sql: """
                INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score)
                VALUES (?,?,?,?,?,?,?)
                """, arguments: [referral.reference, seekerID, vacancyID, stamp, channel.rawValue,
                                 referral.status.rawValue, score])
            return referral
        }
    }

    public func referrals(seekerID: String) throws -> [Referral] {
        try db.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM referral WHERE seeker_id = ? ORDER BY reference", arguments: [seekerID])
                .compactMap(Self.referral)
        }
    }

    public func referrals(status: Referral.Status?, limit: Int) throws -> [Referral] {
        try db.read { db in
            let rows = if let status {
                try Row.fetchAll(db, sql: "SELECT * FROM referral WHERE status = ? ORDER BY reference DESC LIMIT ?",
                                 arguments: [status.rawValue, limit])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM referral ORDER BY reference DESC LIMIT ?", arguments: [limit])
            }
            return rows.compactMap(Self.referral)
        }
    }

    public func saveDraft(seekerID: String, kind: String, payload: String, at date: Date) throws {
        try db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO voice_draft (seeker_id, kind, payload, saved_at) VALUES (?,?,?,?)",
                           arguments: [seekerID, kind, payload, Self.timestamp(date)])
        }
    }

    public func draft(seekerID: String) throws -> (kind: String, payload: String)? {
        try db.read { db in
            try Row.fetchOne(db, sql: "SELECT kind, payload FROM voice_draft WHERE seeker_id = ?", arguments: [seekerID])
                .map { (kind: $0["kind"], payload: $0["payload"]) }
        }
    }

    public func deleteDraft(seekerID: String) throws {
        try db.write { db in try db.execute(sql: "DELETE FROM voice_draft WHERE seeker_id = ?", arguments: [seekerID]) }
    }

    private static func referral(_ row: Row) -> Referral? {
        guard let channel = Referral.Channel(rawValue: row["channel"]), let status = Referral.Status(rawValue: row["status"]) else {
            return nil
        }
        return Referral(reference: row["reference"], seekerID: row["seeker_id"], vacancyID: row["vacancy_id"],
                        requestedAt: row["requested_at"], channel: channel, status: status, score: row["score"])
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
