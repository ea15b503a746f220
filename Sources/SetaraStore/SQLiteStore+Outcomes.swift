import Foundation
import GRDB
import SetaraDomain

/// What the outcomes report counts, read once in compact rows (one query per table, in one read
/// transaction) and counted in the application layer in one pass: the seekers of an office or a
/// region, their referrals' steps, placements and follow-ups, and the office's employer visits.
public struct OutcomeFacts: Sendable {
    public struct Seeker: Sendable {
        public var id: String
        public var registered: Day
        public var sex: Sex?
        public var birth: Day?
        public var education: EducationLevel
        public var status: SeekerStatus
        /// The lowest capacity without aids on each dimension rated, by dimension.
        public var capacity: [FunctionalDimension: Int]
        /// The legal category (Law 8/2016), read only for a seeker who consented; for aggregate,
        /// suppressed statistics only.
        public var category: DisabilityCategory? = nil
    }
    // The rows counted by the million (steps, requests, follow-ups) keep their day as a day
    // number, the reports compare days by the million.
    public struct Step: Sendable {
        public var seeker: Int
        public var status: SetaraDomain.Referral.Status
        public var dayNumber: Int32
        public var on: Day { Day(dayNumber: Int(dayNumber))! }

        public init(seeker: Int, status: SetaraDomain.Referral.Status, on: Day) {
            self.init(seeker: seeker, status: status, dayNumber: Int32(on.dayNumber))
        }
        init(seeker: Int, status: SetaraDomain.Referral.Status, dayNumber: Int32) {
            self.seeker = seeker; self.status = status; self.dayNumber = dayNumber
        }
    }
    public struct Request: Sendable {
        public var seeker: Int
        public var dayNumber: Int32
        public var requested: Day { Day(dayNumber: Int(dayNumber))! }

        public init(seeker: Int, requested: Day) { self.init(seeker: seeker, dayNumber: Int32(requested.dayNumber)) }
        init(seeker: Int, dayNumber: Int32) { self.seeker = seeker; self.dayNumber = dayNumber }
    }
    public struct Placement: Sendable {
        public var seeker: Int
        public var start: Day
        public var wage: Int?
        public var employerID: String
        public var vacancyID: String
        public var kbji: String
    }
    public struct FollowUp: Sendable {
        public var placement: Int
        public var month: Int
        public var dueNumber: Int32
        public var done: Bool
        public var result: SetaraDomain.FollowUp.Result?
        public var wage: Int?
        public var due: Day { Day(dayNumber: Int(dueNumber))! }

        public init(placement: Int, month: Int, due: Day, done: Bool, result: SetaraDomain.FollowUp.Result?, wage: Int?) {
            self.init(placement: placement, month: month, dueNumber: Int32(due.dayNumber), done: done, result: result, wage: wage)
        }
        init(placement: Int, month: Int, dueNumber: Int32, done: Bool, result: SetaraDomain.FollowUp.Result?, wage: Int?) {
            self.placement = placement; self.month = month; self.dueNumber = dueNumber; self.done = done; self.result = result; self.wage = wage
        }
    }
    public struct Visit: Sendable {
        public var employerID: String
        public var on: Day
        public var vacanciesObtained: Int
    }

    public var seekers: [Seeker] = []
    public var referrals: [Request] = []
    public var steps: [Step] = []
    public var placements: [Placement] = []
    public var followUps: [FollowUp] = []
    public var visits: [Visit] = []

    public init() {}
}

/// Which records an outcomes report covers.
public enum OutcomeScope: Sendable, Equatable {
    case everything
    /// The seekers whose case an office holds, and that office's visits.
    case office(String)
    /// A province (2 digits) or regency (4 digits): the seekers living there, visits to employers there.
    case region(String)
}

/// What the reports read beyond single records, in one query each.
public protocol OutcomeReads {
    func outcomeFacts(_ scope: OutcomeScope) throws -> OutcomeFacts
    /// Each employer's latest visit, call or online meeting by an officer.
    func lastVisits() throws -> [String: Day]
}

extension SQLiteStore: OutcomeReads {
    public func lastVisits() throws -> [String: Day] {
        try reading { db in
            var days: [String: Day] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT employer_id, max(on_day) FROM employer_visit GROUP BY employer_id")
            while let row = try rows.next() {
                if let day = (row[1] as String?).flatMap(Day.init(parsing:)) { days[row[0]] = day }
            }
            return days
        }
    }

    public func outcomeFacts(_ scope: OutcomeScope) throws -> OutcomeFacts {
        try reading { db in
            var facts = OutcomeFacts()
            let (seekerFilter, seekerArguments): (String, StatementArguments) = switch scope {
            case .everything: ("1", [])
            case .office(let id): ("s.id IN (SELECT seeker_id FROM case_file WHERE office_id = ?)", [id])
            case .region(let code): (code.count == 2 ? "s.province_code = ?" : "s.regency_code = ?", [code])
            }
            // For one office or region, SQLite goes from its seekers to their rows by index. For
            // everything, each table is read straight through, without a join, and its rows are
            // tied to their seeker here, by the seeker id's bytes: joining two million steps to
            // their referrals inside SQLite took 12 s of the report's 22 (docs/benchmarks.md).
            let everything = scope == .everything
            func rows(_ columns: String, _ table: String, _ seekerColumn: String) -> String {
                everything ? "SELECT \(columns) FROM \(table)"
                    : "SELECT \(columns) FROM \(table) JOIN seeker s ON s.id = \(seekerColumn) WHERE \(seekerFilter)"
            }
            // Room for every row at once (the highest rowid is read from the table's b-tree, not counted).
            func expectedRows(_ table: String) throws -> Int { everything ? try Int.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0 : 0 }
            facts.referrals.reserveCapacity(try expectedRows("referral"))
            facts.steps.reserveCapacity(try expectedRows("referral_step"))
            facts.followUps.reserveCapacity(try expectedRows("follow_up"))
            var index = IDIndex(letter: "S")
            try RawRows.each(db, sql: """
                SELECT s.id, s.registered_on, s.sex, s.birth_date, s.education, s.status FROM seeker s WHERE \(seekerFilter) ORDER BY s.id
                """, arguments: seekerArguments) { row in
                guard let registered = row.dayNumber(1).flatMap({ Day(dayNumber: Int($0)) }) else { return }
                index.insert(row.bytes(0), facts.seekers.count)
                facts.seekers.append(.init(id: row.string(0), registered: registered, sex: row.optionalString(2).flatMap(Sex.init(rawValue:)),
                                           birth: row.dayNumber(3).flatMap { Day(dayNumber: Int($0)) },
                                           education: EducationLevel(rawValue: row.string(4)) ?? .none,
                                           status: SeekerStatus(rawValue: row.string(5)) ?? .active, capacity: [:]))
            }
            let dimensions = Dictionary(uniqueKeysWithValues: FunctionalDimension.allCases.map { (TextKey($0.rawValue), $0) })
            try RawRows.each(db, sql: rows("r.seeker_id, r.dimension, r.without_aids", "seeker_rating r", "r.seeker_id"),
                             arguments: everything ? [] : seekerArguments) { row in
                guard let i = index[row.bytes(0)], let dimension = dimensions[row.key(1)] else { return }
                facts.seekers[i].capacity[dimension] = row.int(2)
            }
            try RawRows.each(db, sql: """
                SELECT c.seeker_id, c.category FROM seeker_sensitive c JOIN seeker s ON s.id = c.seeker_id
                WHERE s.consent_given = 1 AND \(seekerFilter)
                """, arguments: seekerArguments) { row in
                guard let i = index[row.bytes(0)] else { return }
                facts.seekers[i].category = DisabilityCategory(rawValue: row.string(1))
            }
            try RawRows.each(db, sql: rows("r.seeker_id, r.requested_at", "referral r", "r.seeker_id"),
                             arguments: everything ? [] : seekerArguments) { row in
                guard let i = index[row.bytes(0)], let day = row.dayNumber(1) else { return }
                facts.referrals.append(.init(seeker: i, dayNumber: day))
            }
            // Each step names its seeker (migration v8).
            let statuses = KeyedWords(SetaraDomain.Referral.Status.allCases.map { ($0.rawValue, $0) })
            try RawRows.each(db, sql: rows("st.seeker_id, st.status, st.on_day", "referral_step st", "st.seeker_id"),
                             arguments: everything ? [] : seekerArguments) { row in
                guard let seeker = index[row.bytes(0)], let status = statuses[row.key(1)], let day = row.dayNumber(2) else { return }
                facts.steps.append(.init(seeker: seeker, status: status, dayNumber: day))
            }
            var placementIndex = IDIndex(letter: Character(SetaraDomain.Placement.idPrefix))
            try RawRows.each(db, sql: rows("p.id, p.seeker_id, p.start_on, p.wage, p.employer_id, p.vacancy_id, p.kbji", "placement p", "p.seeker_id"),
                             arguments: everything ? [] : seekerArguments) { row in
                guard let i = index[row.bytes(1)], let start = row.dayNumber(2).flatMap({ Day(dayNumber: Int($0)) }) else { return }
                placementIndex.insert(row.bytes(0), facts.placements.count)
                facts.placements.append(.init(seeker: i, start: start, wage: row.optionalInt(3), employerID: row.string(4),
                                              vacancyID: row.string(5), kbji: row.string(6)))
            }
            let done = TextKey("done")
            let results = KeyedWords(SetaraDomain.FollowUp.Result.allCases.map { ($0.rawValue, $0) })
            try RawRows.each(db, sql: rows("f.placement_id, f.month, f.due_on, f.state, f.result, f.wage", "follow_up f", "f.seeker_id"),
                             arguments: everything ? [] : seekerArguments) { row in
                guard let p = placementIndex[row.bytes(0)], let due = row.dayNumber(2) else { return }
                facts.followUps.append(.init(placement: p, month: row.int(1), dueNumber: due, done: row.key(3) == done,
                                             result: row.isNull(4) ? nil : results[row.key(4)], wage: row.optionalInt(5)))
            }
            let (visitFilter, visitArguments): (String, StatementArguments) = switch scope {
            case .everything: ("1", [])
            case .office(let id): ("v.office_id = ?", [id])
            case .region(let code): (code.count == 2 ? "substr(e.regency_code, 1, 2) = ?" : "e.regency_code = ?", [code])
            }
            let visits = try Row.fetchCursor(db, sql: """
                SELECT v.employer_id, v.on_day, v.vacancies_obtained FROM employer_visit v JOIN employer e ON e.id = v.employer_id
                WHERE \(visitFilter)
                """, arguments: visitArguments)
            while let row = try visits.next() {
                guard let day = Day(parsing: row[1] as String) else { continue }
                facts.visits.append(.init(employerID: row[0], on: day, vacanciesObtained: row[2]))
            }
            return facts
        }
    }
}
