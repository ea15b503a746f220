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
    // The rows counted by the million (steps, follow-ups) keep their day as a day
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
    public struct Placement: Sendable {
        public var seeker: Int
        public var startNumber: Int32
        public var wage: Int?
        public var employerID: String
        public var vacancyID: String
        public var kbji: String
        public var start: Day { Day(dayNumber: Int(startNumber))! }

        public init(seeker: Int, start: Day, wage: Int?, employerID: String, vacancyID: String, kbji: String) {
            self.init(seeker: seeker, startNumber: Int32(start.dayNumber), wage: wage, employerID: employerID, vacancyID: vacancyID, kbji: kbji)
        }
        init(seeker: Int, startNumber: Int32, wage: Int?, employerID: String, vacancyID: String, kbji: String) {
            self.seeker = seeker; self.startNumber = startNumber; self.wage = wage
            self.employerID = employerID; self.vacancyID = vacancyID; self.kbji = kbji
        }
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
    /// The facts of a scope. Referral steps, follow-ups and visits are read only from the days
    /// `days` names (the two periods a report compares): an office's older history is not read
    /// at all. Seekers and placements are read whole: a seeker's first start and an employer's
    /// earlier placements count.
    func outcomeFacts(_ scope: OutcomeScope, days: ClosedRange<Day>) throws -> OutcomeFacts
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

    public func outcomeFacts(_ scope: OutcomeScope, days: ClosedRange<Day>) throws -> OutcomeFacts {
        guard scope == .everything, path != ":memory:" else {
            return try reading { db in
                let read = OutcomeRead(db, scope, days)
                var facts = OutcomeFacts()
                let seekers = try read.seekers(into: &facts)
                facts.steps = try read.steps(seekers)
                try read.profiles(into: &facts, seekers)
                (facts.placements, facts.followUps) = try read.placementsWithFollowUps(seekers)
                return facts
            }
        }
        return try outcomeFactsInParallel(days)
    }

    /// The report for all offices reads about four million rows, in six reads at once, each on
    /// a connection and a thread of its own: the seekers with their profiles (on the store's
    /// connection), the placements, and the referral steps and the follow-ups each in two halves
    /// by day (docs/benchmarks.md). Reads of about the same length keep both cores busy to the
    /// end; with fewer, longer ones, one core sat idle while the longest finished. The
    /// seekers' positions, which tie each row to its seeker, are read once on a connection of
    /// their own.
    ///
    /// All reads must see the same database. A read sees what was committed when it first
    /// reads, so another connection holds the write lock while each read takes its first look,
    /// and lets it go at once: no one can commit in between, and no one waits for long.
    private func outcomeFactsInParallel(_ days: ClosedRange<Day>) throws -> OutcomeFacts {
        do {
            let lock = try DatabaseQueue(path: path, configuration: Self.configuration(options))
            // Mapped even in a server: these connections read once and are closed.
            var readOnly = Self.configuration(options, mapped: true)
            readOnly.readonly = true
            var looks: [DispatchSemaphore] = []
            /// Reads on `queue` on a thread of its own; signals once the read has had its first
            /// look (or failed before it), so that the lock is never held for longer.
            func readOnThread<T: Sendable>(_ queue: any DatabaseReader,
                                           _ body: @escaping @Sendable (OutcomeRead) throws -> T) -> Deferred<T> {
                let looked = DispatchSemaphore(value: 0)
                looks.append(looked)
                return Deferred {
                    var signalled = false
                    defer { if !signalled { looked.signal() } }
                    return try queue.read { db in
                        try OutcomeRead.look(db)
                        signalled = true
                        looked.signal()
                        return try body(OutcomeRead(db, .everything, days))
                    }
                }
            }
            let others = try (0..<6).map { _ in try DatabaseQueue(path: path, configuration: readOnly) }
            var reads: (seekers: Deferred<OutcomeFacts>, earlierSteps: Deferred<[OutcomeFacts.Step]>, laterSteps: Deferred<[OutcomeFacts.Step]>,
                        placements: Deferred<([OutcomeFacts.Placement], IDIndex)>,
                        earlierFollowUps: Deferred<[OutcomeFacts.FollowUp]>, laterFollowUps: Deferred<[OutcomeFacts.FollowUp]>)?
            // The steps (two million rows) and the follow-ups (a million) in two halves by day:
            // read whole, each was the last read left, on one core.
            let middle = days.lowerBound.adding(days: (days.upperBound.dayNumber - days.lowerBound.dayNumber + 1) / 2)
            try lock.writeWithoutTransaction { lockDB in
                try lockDB.inTransaction(.immediate) {
                    // The seekers' positions, read once (under the same lock, so from the same
                    // snapshot) and shared by the reads that need them: each read its own copy
                    // before, tables of a few hundred kilobytes competing for the processor's
                    // cache with the rows streaming through. The placements' positions likewise,
                    // for the follow-ups.
                    let positions = readOnThread(others[3]) { read in try read.seekerIndex() }
                    let placements = readOnThread(others[2]) { read in try read.placements(try positions.value()) }
                    reads = (seekers: readOnThread(db) { read in
                                 var facts = OutcomeFacts()
                                 try read.profiles(into: &facts, try read.seekers(into: &facts))
                                 return facts
                             },
                             earlierSteps: readOnThread(others[0]) { read in try read.steps(try positions.value(), until: middle) },
                             laterSteps: readOnThread(others[1]) { read in try read.steps(try positions.value(), from: middle) },
                             placements: placements,
                             earlierFollowUps: readOnThread(others[4]) { read in try read.followUps(try placements.value().1, until: middle) },
                             laterFollowUps: readOnThread(others[5]) { read in try read.followUps(try placements.value().1, from: middle) })
                    for looked in looks { looked.wait() }
                    return .rollback
                }
            }
            guard let reads else { return OutcomeFacts() }
            var facts = try reads.seekers.value()
            facts.steps = try reads.earlierSteps.value() + reads.laterSteps.value()
            facts.placements = try reads.placements.value().0
            facts.followUps = try reads.earlierFollowUps.value() + reads.laterFollowUps.value()
            return facts
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }
}

/// One read of the outcome facts on one connection, table by table.
private struct OutcomeRead {
    // Made and used inside one read, on the thread that runs it.
    let db: Database
    let scope: OutcomeScope
    /// Every table read straight through (all offices), or from the scope's seekers by index.
    let everything: Bool
    let seekerFilter: String
    let seekerArguments: StatementArguments
    /// The first day read and the day after the last, as text: dates and timestamps alike
    /// compare with them in SQL.
    let from: String, until: String

    init(_ db: Database, _ scope: OutcomeScope, _ days: ClosedRange<Day>) {
        self.db = db
        self.scope = scope
        from = days.lowerBound.description
        until = days.upperBound.adding(days: 1).description
        everything = scope == .everything
        (seekerFilter, seekerArguments) = switch scope {
        case .everything: ("1", [])
        case .office(let id): ("s.id IN (SELECT seeker_id FROM case_file WHERE office_id = ?)", [id])
        case .region(let code): (code.count == 2 ? "s.province_code = ?" : "s.regency_code = ?", [code])
        }
    }

    /// A first look at the database, which fixes what this read transaction sees.
    static func look(_ db: Database) throws { _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }

    // For one office or region, SQLite goes from its seekers to their rows by index; the day is
    // written `+day` there so that SQLite does not take the day index instead (it would read
    // every office's rows of the period). For everything, each table is read without a join,
    // the period from the day indexes alone (migration v11: they hold the columns read), and
    // its rows are tied to their seeker here, by the seeker id's bytes: joining two million
    // steps to their referrals inside SQLite took 12 s of the report's 22 (docs/benchmarks.md).
    private func rows(_ columns: String, _ table: String, _ seekerColumn: String, dated: String? = nil) -> String {
        return everything
            ? "SELECT \(columns) FROM \(table)" + (dated.map { " WHERE \($0) >= ? AND \($0) < ?" } ?? "")
            : "SELECT \(columns) FROM \(table) JOIN seeker s ON s.id = \(seekerColumn) WHERE \(seekerFilter)"
                + (dated.map { " AND +\($0) >= ? AND +\($0) < ?" } ?? "")
    }
    private var rowArguments: StatementArguments { everything ? [] : seekerArguments }
    /// The scope's arguments and the days read: all of them, or from `from` up to the day before `until`.
    private func datedArguments(from: Day? = nil, until: Day? = nil) -> StatementArguments {
        rowArguments + [from?.description ?? self.from, until?.description ?? self.until]
    }
    /// Room for every row at once (the highest rowid is read from the table's b-tree, not counted).
    private func expectedRows(_ table: String) throws -> Int {
        everything ? try Int.fetchOne(db, sql: "SELECT max(rowid) FROM \(table)") ?? 0 : 0
    }

    /// The scope's seekers, in id order; the index finds a seeker's position by id. Every
    /// connection reads them alike, so that a position means the same seeker on each.
    func seekers(into facts: inout OutcomeFacts) throws -> IDIndex {
        var index = IDIndex(letter: "S")
        try RawRows.each(db, sql: """
            SELECT s.id, s.registered_on, s.sex, s.birth_date, s.education, s.status FROM seeker s WHERE \(seekerFilter) ORDER BY s.id
            """, arguments: seekerArguments) { row in
            guard let registered = Self.registered(row) else { return }
            index.insert(row.bytes(0), facts.seekers.count)
            facts.seekers.append(.init(id: row.string(0), registered: registered, sex: row.optionalString(2).flatMap(Sex.init(rawValue:)),
                                       birth: row.dayNumber(3).flatMap { Day(dayNumber: Int($0)) },
                                       education: EducationLevel(rawValue: row.string(4)) ?? .none,
                                       status: SeekerStatus(rawValue: row.string(5)) ?? .active, capacity: [:]))
        }
        return index
    }

    /// The same positions as `seekers(into:)` gives, without reading the rest of each seeker:
    /// for the other connections.
    func seekerIndex() throws -> IDIndex {
        var index = IDIndex(letter: "S"), count = 0
        try RawRows.each(db, sql: "SELECT s.id, s.registered_on FROM seeker s WHERE \(seekerFilter) ORDER BY s.id", arguments: seekerArguments) { row in
            guard Self.registered(row) != nil else { return }
            index.insert(row.bytes(0), count)
            count += 1
        }
        return index
    }

    /// A seeker's registration day (column 1); a seeker without one is left out of the report,
    /// alike on every connection.
    private static func registered(_ row: RawRows.Row) -> Day? { row.dayNumber(1).flatMap { Day(dayNumber: Int($0)) } }

    /// Each referral step, by its seeker (each step names its seeker: migration v8), from the
    /// days read or from `from` up to the day before `until`. Every referral has its
    /// "requested" step on the day it was made (migration v12): the report counts referrals by it.
    func steps(_ seekers: IDIndex, from: Day? = nil, until: Day? = nil) throws -> [OutcomeFacts.Step] {
        var steps: [OutcomeFacts.Step] = []
        steps.reserveCapacity(try expectedRows("referral_step") / (from == nil && until == nil ? 1 : 2))
        let statuses = KeyedWords(SetaraDomain.Referral.Status.allCases.map { ($0.rawValue, $0) })
        var days = DayNumbers()
        try RawRows.each(db, sql: rows("st.seeker_id, st.status, st.on_day", "referral_step st", "st.seeker_id", dated: "st.on_day"),
                         arguments: datedArguments(from: from, until: until)) { row in
            guard let seeker = seekers[row.bytes(0)], let status = statuses[row.key(1)], let day = days(row, 2) else { return }
            steps.append(.init(seeker: seeker, status: status, dayNumber: day))
        }
        return steps
    }

    /// The seekers' profiles and consented categories, and the employer visits.
    func profiles(into facts: inout OutcomeFacts, _ index: IDIndex) throws {
        let dimensions = Dictionary(uniqueKeysWithValues: FunctionalDimension.allCases.map { (TextKey($0.rawValue), $0) })
        try RawRows.each(db, sql: rows("r.seeker_id, r.dimension, r.without_aids", "seeker_rating r", "r.seeker_id"), arguments: rowArguments) { row in
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
        let (visitFilter, visitArguments): (String, StatementArguments) = switch scope {
        case .everything: ("1", [])
        case .office(let id): ("v.office_id = ?", [id])
        case .region(let code): (code.count == 2 ? "substr(e.regency_code, 1, 2) = ?" : "e.regency_code = ?", [code])
        }
        let visits = try Row.fetchCursor(db, sql: """
            SELECT v.employer_id, v.on_day, v.vacancies_obtained FROM employer_visit v JOIN employer e ON e.id = v.employer_id
            WHERE \(visitFilter) AND v.on_day >= ? AND v.on_day < ?
            """, arguments: visitArguments + [from, until])
        while let row = try visits.next() {
            guard let day = Day(parsing: row[1] as String) else { continue }
            facts.visits.append(.init(employerID: row[0], on: day, vacanciesObtained: row[2]))
        }
    }

    /// The placements (all of them: a seeker's first start counts whatever its day) and the
    /// follow-ups due in the two periods, each tied to its placement.
    func placementsWithFollowUps(_ index: IDIndex) throws -> ([OutcomeFacts.Placement], [OutcomeFacts.FollowUp]) {
        let (placements, positions) = try placements(index)
        return (placements, try followUps(positions))
    }

    /// The placements, and their positions by placement id, for the follow-ups.
    func placements(_ index: IDIndex) throws -> ([OutcomeFacts.Placement], IDIndex) {
        var placements: [OutcomeFacts.Placement] = []
        placements.reserveCapacity(try expectedRows("placement"))
        var days = DayNumbers()
        var placementIndex = IDIndex(letter: Character(SetaraDomain.Placement.idPrefix))
        try RawRows.each(db, sql: rows("p.id, p.seeker_id, p.start_on, p.wage, p.employer_id, p.vacancy_id, p.kbji", "placement p", "p.seeker_id"),
                         arguments: rowArguments) { row in
            guard let i = index[row.bytes(1)], let start = days(row, 2) else { return }
            placementIndex.insert(row.bytes(0), placements.count)
            placements.append(.init(seeker: i, startNumber: start, wage: row.optionalInt(3), employerID: row.string(4),
                                    vacancyID: row.string(5), kbji: row.string(6)))
        }
        return (placements, placementIndex)
    }

    /// The follow-ups due in the days read, or from `from` up to the day before `until`, by
    /// their placement's position.
    func followUps(_ placements: IDIndex, from: Day? = nil, until: Day? = nil) throws -> [OutcomeFacts.FollowUp] {
        var followUps: [OutcomeFacts.FollowUp] = []
        followUps.reserveCapacity(try expectedRows("follow_up") / (from == nil && until == nil ? 1 : 2))
        var days = DayNumbers()
        let done = TextKey("done")
        let results = KeyedWords(SetaraDomain.FollowUp.Result.allCases.map { ($0.rawValue, $0) })
        try RawRows.each(db, sql: rows("f.placement_id, f.month, f.due_on, f.state, f.result, f.wage", "follow_up f", "f.seeker_id", dated: "f.due_on"),
                         arguments: datedArguments(from: from, until: until)) { row in
            guard let p = placements[row.bytes(0)], let due = days(row, 2) else { return }
            followUps.append(.init(placement: p, month: row.int(1), dueNumber: due, done: row.key(3) == done,
                                   result: row.isNull(4) ? nil : results[row.key(4)], wage: row.optionalInt(5)))
        }
        return followUps
    }
}
