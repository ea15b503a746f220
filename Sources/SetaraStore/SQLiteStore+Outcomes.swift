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
    public struct Step: Sendable {
        public var seeker: Int
        public var status: SetaraDomain.Referral.Status
        public var on: Day
    }
    public struct Request: Sendable {
        public var seeker: Int
        public var requested: Day
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
        public var due: Day
        public var done: Bool
        public var result: SetaraDomain.FollowUp.Result?
        public var wage: Int?
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
            var index: [String: Int] = [:]
            let seekers = try Row.fetchCursor(db, sql: """
                SELECT s.id, s.registered_on, s.sex, s.birth_date, s.education, s.status FROM seeker s WHERE \(seekerFilter) ORDER BY s.id
                """, arguments: seekerArguments)
            while let row = try seekers.next() {
                let id: String = row[0]
                guard let registered = Day(parsing: row[1] as String) else { continue }
                index[id] = facts.seekers.count
                facts.seekers.append(.init(id: id, registered: registered, sex: (row[2] as String?).flatMap(Sex.init(rawValue:)),
                                           birth: (row[3] as String?).flatMap(Day.init(parsing:)),
                                           education: EducationLevel(rawValue: row[4]) ?? .none,
                                           status: SeekerStatus(rawValue: row[5]) ?? .active, capacity: [:]))
            }
            let ratings = try Row.fetchCursor(db, sql: """
                SELECT r.seeker_id, r.dimension, r.without_aids FROM seeker_rating r JOIN seeker s ON s.id = r.seeker_id WHERE \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try ratings.next() {
                guard let i = index[row[0] as String], let dimension = FunctionalDimension(rawValue: row[1]) else { continue }
                facts.seekers[i].capacity[dimension] = row[2]
            }
            let categories = try Row.fetchCursor(db, sql: """
                SELECT c.seeker_id, c.category FROM seeker_sensitive c JOIN seeker s ON s.id = c.seeker_id
                WHERE s.consent_given = 1 AND \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try categories.next() {
                guard let i = index[row[0] as String] else { continue }
                facts.seekers[i].category = DisabilityCategory(rawValue: row[1])
            }
            let referrals = try Row.fetchCursor(db, sql: """
                SELECT r.seeker_id, r.requested_at FROM referral r JOIN seeker s ON s.id = r.seeker_id WHERE \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try referrals.next() {
                guard let i = index[row[0] as String], let day = Day(parsing: String((row[1] as String).prefix(10))) else { continue }
                facts.referrals.append(.init(seeker: i, requested: day))
            }
            let steps = try Row.fetchCursor(db, sql: """
                SELECT r.seeker_id, st.status, st.on_day FROM referral_step st JOIN referral r ON r.reference = st.reference
                JOIN seeker s ON s.id = r.seeker_id WHERE \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try steps.next() {
                guard let i = index[row[0] as String], let status = SetaraDomain.Referral.Status(rawValue: row[1]),
                      let day = Day(parsing: row[2] as String) else { continue }
                facts.steps.append(.init(seeker: i, status: status, on: day))
            }
            var placementIndex: [String: Int] = [:]
            let placements = try Row.fetchCursor(db, sql: """
                SELECT p.id, p.seeker_id, p.start_on, p.wage, p.employer_id, p.vacancy_id, p.kbji FROM placement p
                JOIN seeker s ON s.id = p.seeker_id WHERE \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try placements.next() {
                guard let i = index[row[1] as String], let start = Day(parsing: row[2] as String) else { continue }
                placementIndex[row[0] as String] = facts.placements.count
                facts.placements.append(.init(seeker: i, start: start, wage: row[3], employerID: row[4], vacancyID: row[5], kbji: row[6]))
            }
            let followUps = try Row.fetchCursor(db, sql: """
                SELECT f.placement_id, f.month, f.due_on, f.state, f.result, f.wage FROM follow_up f
                JOIN seeker s ON s.id = f.seeker_id WHERE \(seekerFilter)
                """, arguments: seekerArguments)
            while let row = try followUps.next() {
                guard let p = placementIndex[row[0] as String], let due = Day(parsing: row[2] as String) else { continue }
                facts.followUps.append(.init(placement: p, month: row[1], due: due, done: (row[3] as String) == "done",
                                             result: (row[4] as String?).flatMap(SetaraDomain.FollowUp.Result.init(rawValue:)), wage: row[5]))
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
