import Foundation
import GRDB
import SetaraDomain

/// What a casework list may be narrowed to (`referral list`, `placement list`, `followup list`,
/// the exports): one office, the officer who holds the case, a status, what is due.
public struct CaseworkFilter: Sendable, Equatable {
    public enum Due: String, Sendable, CaseIterable {
        /// Due on or before today.
        case due
        /// Due before today.
        case overdue
    }

    public var officeID: String?
    /// The case officer (`case_file.officer`).
    public var officer: String?
    public var seekerID: String?
    /// A referral's status, a follow-up's state, a placement's `open` or `ended`.
    public var status: String?
    public var due: Due?
    public var today: Day
    /// Days after the letter when an unanswered referral is due (`--no-answer-days`).
    public var noAnswerDays: Int
    public var limit: Int
    /// Newest first (the lists); oldest first (the exports, which are read back in order).
    public var newestFirst: Bool

    public init(officeID: String? = nil, officer: String? = nil, seekerID: String? = nil, status: String? = nil, due: Due? = nil,
                today: Day, noAnswerDays: Int = 14, limit: Int = Int.max, newestFirst: Bool = false) {
        self.newestFirst = newestFirst
        self.officeID = officeID
        self.officer = officer
        self.seekerID = seekerID
        self.status = status
        self.due = due
        self.today = today
        self.noAnswerDays = noAnswerDays
        self.limit = limit
    }

    /// The last day a due item may fall on: today for due, yesterday for overdue.
    var latest: String { (due == .overdue ? today.adding(days: -1) : today).description }

    func arguments() -> StatementArguments {
        ["office": officeID, "officer": officer, "seeker": seekerID, "status": status, "latest": latest,
         "answered": (due == .overdue ? today.adding(days: -1) : today).adding(days: -noAnswerDays).description, "limit": limit]
    }

    /// `ORDER BY` the columns given, each descending for newest first.
    func order(_ columns: String...) -> String {
        columns.map { newestFirst ? "\($0) DESC" : $0 }.joined(separator: ", ")
    }

    func commonWhere(_ table: String) -> String {
        var parts: [String] = []
        if officeID != nil { parts.append("\(table).office_id = :office") }
        if seekerID != nil { parts.append("\(table).seeker_id = :seeker") }
        if officer != nil { parts.append("\(table).seeker_id IN (SELECT seeker_id FROM case_file WHERE officer = :officer)") }
        return parts.isEmpty ? "1" : parts.joined(separator: " AND ")
    }
}

extension SQLiteCases {
    func confirmInterview(reference: String, on: Day) throws {
        try cached(sql: "UPDATE referral SET interview_confirmed_on = ? WHERE reference = ?", arguments: [on.description, reference])
    }

    /// Referrals in the order they were made (oldest first). Due: an interview whose day has come
    /// without an outcome, or a letter unanswered for `noAnswerDays` (as the due list reads them).
    func referrals(_ filter: CaseworkFilter) throws -> [Referral] {
        var clauses = [filter.commonWhere("referral")]
        if filter.status != nil { clauses.append("referral.status = :status") }
        if filter.due != nil {
            clauses.append("""
                ((referral.status = 'interview' AND referral.interview_on <= :latest)
                 OR (referral.status = 'sent' AND referral.status_on <= :answered))
                """)
        }
        return try Row.fetchAll(db, sql: """
            SELECT \(SQLiteStore.ReferralColumn.selection) FROM referral WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(filter.order("requested_at", "reference")) LIMIT :limit
            """, arguments: filter.arguments()).compactMap(SQLiteStore.referral)
    }

    /// Placements by start (oldest first); status `open` or `ended`. Due: a follow-up of it is due.
    func placements(_ filter: CaseworkFilter) throws -> [Placement] {
        var clauses = [filter.commonWhere("placement")]
        switch filter.status {
        case "open"?: clauses.append("placement.ended_on IS NULL")
        case "ended"?: clauses.append("placement.ended_on IS NOT NULL")
        default: break
        }
        if filter.due != nil {
            clauses.append("placement.id IN (SELECT placement_id FROM follow_up WHERE state = 'due' AND due_on <= :latest)")
        }
        return try Row.fetchAll(db, sql: """
            SELECT * FROM placement WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(filter.order("start_on", "id")) LIMIT :limit
            """, arguments: filter.arguments()).compactMap(Self.placement)
    }

    /// Follow-ups by due day; status is the state (due, done, closed). Due: still due and its day has come.
    func followUps(_ filter: CaseworkFilter) throws -> [FollowUp] {
        var clauses = [filter.commonWhere("follow_up")]
        if filter.status != nil { clauses.append("follow_up.state = :status") }
        if filter.due != nil { clauses.append("follow_up.state = 'due' AND follow_up.due_on <= :latest") }
        return try Row.fetchAll(db, sql: """
            SELECT * FROM follow_up WHERE \(clauses.joined(separator: " AND ")) ORDER BY due_on, placement_id, month LIMIT :limit
            """, arguments: filter.arguments()).compactMap(Self.followUp)
    }
}
