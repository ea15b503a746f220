import Foundation
import GRDB
import SetaraDomain

/// Casework records (migration v6), read and written inside one transaction
/// (`RecordTransaction.cases`). Rules (which step may follow which) live in the application layer.
public protocol CaseRecords {
    func offices() throws -> [LabourOffice]
    func office(id: String) throws -> LabourOffice?
    func office(regencyCode: String) throws -> LabourOffice?
    func save(_ office: LabourOffice) throws
    func officers() throws -> [Officer]
    func officer(username: String) throws -> Officer?
    func save(_ officer: Officer) throws

    func caseFile(seekerID: String) throws -> CaseFile?
    func save(_ caseFile: CaseFile) throws

    func referral(reference: String) throws -> Referral?
    /// Stores a referral as it is (its reference, time and status): the demo's history, an
    /// office's spreadsheet history. Its steps are added with `add(_:officeID:)`.
    func insert(_ referral: Referral) throws
    /// Records a step of a referral stored with its status already (`insert`).
    func addStepOnly(_ step: ReferralStep) throws
    /// Records a step and makes it the referral's status.
    func add(_ step: ReferralStep, officeID: String?) throws
    func steps(reference: String) throws -> [ReferralStep]
    /// The seeker confirmed they will come to the interview.
    func confirmInterview(reference: String, on: Day) throws
    /// The referrals to these vacancies, newest first (an employer's own referrals).
    func referrals(vacancyIDs: [String]) throws -> [Referral]
    /// The seekers an office serves: those whose case it holds, and those without a case who live
    /// in its regency (their case opens there at the first casework step).
    func seekerIDs(office: LabourOffice) throws -> Set<String>
    /// The audit log as an office's supervisor reads it, newest last: the entries its own staff
    /// wrote (accounts registered as its officers), and the entries about the seekers it serves
    /// (an employer opening one of its seekers' referrals, say). Every entry, or one record's.
    func auditLog(office: LabourOffice, recordID: String?, limit: Int) throws -> [AuditEntry]

    func nextPlacementID() throws -> String
    func add(_ placement: Placement, officeID: String?) throws
    func placement(id: String) throws -> Placement?
    func placement(referral: String) throws -> Placement?
    func placements(seekerID: String) throws -> [Placement]
    func placements(officeID: String?, limit: Int) throws -> [Placement]
    /// How many placements a vacancy has filled (ended ones included: the opening was filled).
    func placementCount(vacancyID: String) throws -> Int
    func endPlacement(id: String, on: Day, reason: String) throws

    func save(_ followUp: FollowUp, officeID: String?) throws
    func followUps(placementID: String) throws -> [FollowUp]
    func followUps(seekerID: String) throws -> [FollowUp]
    /// Follow-ups of an office (or all), of one state (or all), by due day.
    func followUps(officeID: String?, state: FollowUp.State?, limit: Int) throws -> [FollowUp]

    func addNote(seekerID: String, on: Day, officer: String, text: String) throws -> Int
    func notes(seekerID: String) throws -> [CaseNote]

    func addVisit(_ visit: EmployerVisit) throws -> Int
    func visits(employerID: String) throws -> [EmployerVisit]

    func add(_ plan: EmploymentPlan, officeID: String?) throws
    func addTraining(_ training: TrainingReferral, officeID: String?) throws -> Int
    func saveTrainingResult(id: Int, result: TrainingReferral.Result, on: Day) throws
    func trainings(seekerID: String) throws -> [TrainingReferral]
    func training(id: Int) throws -> TrainingReferral?
    func plans(seekerID: String) throws -> [EmploymentPlan]

    /// What a placement changes in other records: the seeker's status, the vacancy's status.
    /// (The employer's counts of workers, which the quota uses, are written as its record:
    /// `Office.countWorkers`.)
    func setSeekerStatus(_ id: String, _ status: SeekerStatus) throws
    /// Audit entries written with the change.
    func record(_ entries: [AuditEntry]) throws
    func setVacancyStatus(_ id: String, _ status: VacancyStatus) throws

    /// What is due on or before `today`: follow-ups, interviews held without an outcome, letters
    /// unanswered for `noAnswerDays`, plan reviews and employer visits; JKP recipients first,
    /// then the earliest.
    func due(officeID: String?, officer: String?, today: Day, noAnswerDays: Int) throws -> [DueItem]

    /// The lists and exports, narrowed by `filter` (SQLiteStore+CaseworkLists.swift).
    func referrals(_ filter: CaseworkFilter) throws -> [Referral]
    func placements(_ filter: CaseworkFilter) throws -> [Placement]
    func followUps(_ filter: CaseworkFilter) throws -> [FollowUp]
}

/// A stored day, or nil.
func day(_ text: String?) -> Day? { text.flatMap(Day.init(parsing:)) }

struct SQLiteCases: CaseRecords {
    let db: Database

    /// A write through a prepared statement kept for the connection (the demo writes thousands).
    func cached(sql: String, arguments: StatementArguments) throws {
        try db.cachedStatement(sql: sql).execute(arguments: arguments)
    }

    func offices() throws -> [LabourOffice] {
        try Row.fetchAll(db, kept: "SELECT * FROM labour_office ORDER BY id").map(Self.office)
    }

    func office(id: String) throws -> LabourOffice? {
        try Row.fetchOne(db, kept: "SELECT * FROM labour_office WHERE id = ?", arguments: [id]).map(Self.office)
    }

    func office(regencyCode: String) throws -> LabourOffice? {
        try Row.fetchOne(db, kept: "SELECT * FROM labour_office WHERE regency_code = ? ORDER BY id LIMIT 1", arguments: [regencyCode])
            .map(Self.office)
    }

    func save(_ office: LabourOffice) throws {
        try cached(sql: """
            INSERT INTO labour_office (id, name, regency_code) VALUES (?,?,?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, regency_code = excluded.regency_code
            """, arguments: [office.id, office.name, office.regencyCode])
    }

    static func office(_ row: Row) -> LabourOffice {
        LabourOffice(id: row["id"], name: row["name"], regencyCode: row["regency_code"])
    }

    func officers() throws -> [Officer] {
        try Row.fetchAll(db, kept: "SELECT * FROM officer ORDER BY office_id, username").map(Self.officer)
    }

    func officer(username: String) throws -> Officer? {
        try Row.fetchOne(db, kept: "SELECT * FROM officer WHERE username = ?", arguments: [username]).map(Self.officer)
    }

    func save(_ officer: Officer) throws {
        try cached(sql: """
            INSERT INTO officer (username, name, office_id) VALUES (?,?,?)
            ON CONFLICT(username) DO UPDATE SET name = excluded.name, office_id = excluded.office_id
            """, arguments: [officer.username, officer.name, officer.officeID])
    }

    static func officer(_ row: Row) -> Officer {
        Officer(username: row["username"], name: row["name"], officeID: row["office_id"])
    }

    func caseFile(seekerID: String) throws -> CaseFile? {
        try Row.fetchOne(db, kept: "SELECT * FROM case_file WHERE seeker_id = ?", arguments: [seekerID]).map { row in
            CaseFile(seekerID: row["seeker_id"], officeID: row["office_id"], officer: row["officer"],
                     openedOn: day(row["opened_on"]) ?? Day.today(), jkpFrom: day(row["jkp_from"]), jkpUntil: day(row["jkp_until"]),
                     cardReportedOn: day(row["card_reported_on"]))
        }
    }

    func save(_ c: CaseFile) throws {
        try cached(sql: """
            INSERT INTO case_file (seeker_id, office_id, officer, opened_on, jkp_from, jkp_until, card_reported_on) VALUES (?,?,?,?,?,?,?)
            ON CONFLICT(seeker_id) DO UPDATE SET office_id = excluded.office_id, officer = excluded.officer,
              jkp_from = excluded.jkp_from, jkp_until = excluded.jkp_until, card_reported_on = excluded.card_reported_on
            """, arguments: [c.seekerID, c.officeID, c.officer, c.openedOn.description, c.jkpFrom?.description, c.jkpUntil?.description,
                             c.cardReportedOn?.description])
    }

    func referral(reference: String) throws -> Referral? {
        try Row.fetchOne(db, kept: "SELECT \(SQLiteStore.ReferralColumn.selection) FROM referral WHERE reference = ?", arguments: [reference])
            .flatMap(SQLiteStore.referral)
    }

    func insert(_ r: Referral) throws {
        try db.cachedStatement(sql: """
            INSERT INTO referral (reference, seeker_id, vacancy_id, requested_at, channel, status, score, office_id, status_on, interview_on)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """).execute(arguments: [r.reference, r.seekerID, r.vacancyID, r.requestedAt, r.channel.rawValue, r.status.rawValue, r.score,
                                     r.officeID, r.statusOn?.description, r.interviewOn?.description])
    }

    func addStepOnly(_ step: ReferralStep) throws {
        try cached(sql: """
            INSERT INTO referral_step (reference, status, on_day, officer, reason, interview_on, place, accommodations, consent_to_share)
            VALUES (?,?,?,?,?,?,?,?,?)
            """, arguments: [step.reference, step.status.rawValue, step.on.description, step.officer, step.reason,
                             step.interviewOn?.description, step.place, JSONList.encode(step.accommodations), step.consentToShare])
    }

    func add(_ step: ReferralStep, officeID: String?) throws {
        try addStepOnly(step)
        try cached(sql: """
            UPDATE referral SET status = ?, status_on = ?, office_id = coalesce(?, office_id),
              interview_on = coalesce(?, interview_on) WHERE reference = ?
            """, arguments: [step.status.rawValue, step.on.description, officeID, step.interviewOn?.description, step.reference])
    }

    func referrals(vacancyIDs: [String]) throws -> [Referral] {
        guard !vacancyIDs.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: vacancyIDs.count).joined(separator: ",")
        return try Row.fetchAll(db, sql: """
            SELECT \(SQLiteStore.ReferralColumn.selection) FROM referral WHERE vacancy_id IN (\(marks))
            ORDER BY requested_at DESC, reference DESC
            """,
                                arguments: StatementArguments(vacancyIDs)).compactMap(SQLiteStore.referral)
    }

    /// The seekers an office serves, in SQL with the arguments `:office` and `:regency`: those
    /// whose case it holds, and those without a case who live in its regency (where their case
    /// will open), as `Office.serves` says.
    private static let officeSeekers = """
        SELECT seeker_id FROM case_file WHERE office_id = :office
        UNION SELECT id FROM seeker WHERE regency_code = :regency AND id NOT IN (SELECT seeker_id FROM case_file)
        """

    func seekerIDs(office: LabourOffice) throws -> Set<String> {
        Set(try String.fetchAll(db, kept: Self.officeSeekers, arguments: ["office": office.id, "regency": office.regencyCode]))
    }

    func auditLog(office: LabourOffice, recordID: String?, limit: Int) throws -> [AuditEntry] {
        // The officers' names as `Actor.auditName` writes them: web supervisors act as officers.
        let scope = """
            (actor IN (SELECT 'officer:' || username FROM officer WHERE office_id = :office)
             OR (record_kind = 'seeker' AND record_id IN (\(Self.officeSeekers))))
            """
        var arguments: StatementArguments = ["office": office.id, "regency": office.regencyCode, "limit": limit]
        var record = ""
        if let recordID {
            record = " AND record_id = :record"
            arguments += ["record": recordID]
        }
        let rows = try Row.fetchAll(db, sql: "SELECT * FROM (SELECT * FROM audit WHERE \(scope)\(record) ORDER BY id DESC LIMIT :limit) ORDER BY id",
                                    arguments: arguments)
        return rows.compactMap(SQLiteStore.auditEntry)
    }

    func steps(reference: String) throws -> [ReferralStep] {
        // The request first: a referral made before casework got its step only with v12, after
        // any step recorded since.
        try Row.fetchAll(db, kept: "SELECT * FROM referral_step WHERE reference = ? ORDER BY status <> 'requested', id", arguments: [reference])
            .compactMap(Self.step)
    }

    static func step(_ row: Row) -> ReferralStep? {
        guard let status = Referral.Status(rawValue: row["status"]), let on = day(row["on_day"]) else { return nil }
        return ReferralStep(reference: row["reference"], status: status, on: on, officer: row["officer"], reason: row["reason"],
                            interviewOn: day(row["interview_on"]), place: row["place"],
                            accommodations: JSONList.decode(row["accommodations"]), consentToShare: row["consent_to_share"])
    }

    func nextPlacementID() throws -> String {
        let highest = try Int.fetchOne(db, kept: "SELECT MAX(CAST(SUBSTR(id, 2) AS INTEGER)) FROM placement") ?? 0
        return Placement.idPrefix + zeroPadded(highest + 1, 6)
    }

    func add(_ p: Placement, officeID: String?) throws {
        try cached(sql: """
            INSERT INTO placement (id, seeker_id, referral, employer_id, workplace_id, vacancy_id, job_title, kbji, start_on, wage,
              hours_per_week, contract, accommodations, officer, office_id, ended_on, end_reason)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """, arguments: [p.id, p.seekerID, p.referral, p.employerID, p.workplaceID, p.vacancyID, p.jobTitle, p.kbji,
                             p.startOn.description, p.wage, p.hoursPerWeek, p.contract.rawValue, JSONList.encode(p.accommodations),
                             p.officer, officeID, p.endedOn?.description, p.endReason])
    }

    func placement(id: String) throws -> Placement? {
        try Row.fetchOne(db, kept: "SELECT * FROM placement WHERE id = ?", arguments: [id]).flatMap(Self.placement)
    }

    func placement(referral: String) throws -> Placement? {
        try Row.fetchOne(db, kept: "SELECT * FROM placement WHERE referral = ?", arguments: [referral]).flatMap(Self.placement)
    }

    func placements(seekerID: String) throws -> [Placement] {
        try Row.fetchAll(db, kept: "SELECT * FROM placement WHERE seeker_id = ? ORDER BY start_on, id", arguments: [seekerID])
            .compactMap(Self.placement)
    }

    func placements(officeID: String?, limit: Int) throws -> [Placement] {
        let rows = if let officeID {
            try Row.fetchAll(db, kept: "SELECT * FROM placement WHERE office_id = ? ORDER BY start_on DESC, id DESC LIMIT ?",
                             arguments: [officeID, limit])
        } else {
            try Row.fetchAll(db, kept: "SELECT * FROM placement ORDER BY start_on DESC, id DESC LIMIT ?", arguments: [limit])
        }
        return rows.compactMap(Self.placement)
    }

    func placementCount(vacancyID: String) throws -> Int {
        try Int.fetchOne(db, kept: "SELECT count(*) FROM placement WHERE vacancy_id = ?", arguments: [vacancyID]) ?? 0
    }

    func endPlacement(id: String, on: Day, reason: String) throws {
        try cached(sql: "UPDATE placement SET ended_on = ?, end_reason = ? WHERE id = ?", arguments: [on.description, reason, id])
        try cached(sql: "UPDATE follow_up SET state = 'closed' WHERE placement_id = ? AND state = 'due'", arguments: [id])
    }

    static func placement(_ row: Row) -> Placement? {
        guard let start = day(row["start_on"]), let contract = ContractKind(rawValue: row["contract"]) else { return nil }
        return Placement(id: row["id"], seekerID: row["seeker_id"], referral: row["referral"], employerID: row["employer_id"],
                         workplaceID: row["workplace_id"], vacancyID: row["vacancy_id"], jobTitle: row["job_title"], kbji: row["kbji"],
                         startOn: start, wage: row["wage"], hoursPerWeek: row["hours_per_week"], contract: contract,
                         accommodations: JSONList.decode(row["accommodations"]), officer: row["officer"],
                         endedOn: day(row["ended_on"]), endReason: row["end_reason"])
    }

    func save(_ f: FollowUp, officeID: String?) throws {
        try cached(sql: """
            INSERT INTO follow_up (placement_id, seeker_id, month, due_on, state, done_on, officer, result, wage, accommodations_work,
              problems, next_step, office_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(placement_id, month) DO UPDATE SET state = excluded.state, done_on = excluded.done_on, officer = excluded.officer,
              result = excluded.result, wage = excluded.wage, accommodations_work = excluded.accommodations_work,
              problems = excluded.problems, next_step = excluded.next_step
            """, arguments: [f.placementID, f.seekerID, f.month, f.dueOn.description, f.state.rawValue, f.doneOn?.description, f.officer,
                             f.result?.rawValue, f.wage, f.accommodationsWork, f.problems, f.nextStep, officeID])
    }

    func followUps(placementID: String) throws -> [FollowUp] {
        try Row.fetchAll(db, kept: "SELECT * FROM follow_up WHERE placement_id = ? ORDER BY month", arguments: [placementID])
            .compactMap(Self.followUp)
    }

    func followUps(seekerID: String) throws -> [FollowUp] {
        try Row.fetchAll(db, kept: "SELECT * FROM follow_up WHERE seeker_id = ? ORDER BY due_on, placement_id", arguments: [seekerID])
            .compactMap(Self.followUp)
    }

    func followUps(officeID: String?, state: FollowUp.State?, limit: Int) throws -> [FollowUp] {
        let office = officeID == nil ? "1" : "office_id = :office"
        let wanted = state == nil ? "1" : "state = :state"
        return try Row.fetchAll(db, sql: "SELECT * FROM follow_up WHERE \(office) AND \(wanted) ORDER BY due_on, placement_id LIMIT :limit",
                                arguments: ["office": officeID, "state": state?.rawValue, "limit": limit]).compactMap(Self.followUp)
    }

    static func followUp(_ row: Row) -> FollowUp? {
        guard let due = day(row["due_on"]), let state = FollowUp.State(rawValue: row["state"]) else { return nil }
        return FollowUp(placementID: row["placement_id"], seekerID: row["seeker_id"], month: row["month"], dueOn: due, state: state,
                        doneOn: day(row["done_on"]), officer: row["officer"],
                        result: (row["result"] as String?).flatMap(FollowUp.Result.init(rawValue:)), wage: row["wage"],
                        accommodationsWork: row["accommodations_work"], problems: row["problems"], nextStep: row["next_step"])
    }

    func addNote(seekerID: String, on: Day, officer: String, text: String) throws -> Int {
        try cached(sql: "INSERT INTO case_note (seeker_id, on_day, officer, text) VALUES (?,?,?,?)",
                       arguments: [seekerID, on.description, officer, text])
        return Int(db.lastInsertedRowID)
    }

    func notes(seekerID: String) throws -> [CaseNote] {
        try Row.fetchAll(db, kept: "SELECT * FROM case_note WHERE seeker_id = ? ORDER BY on_day, id", arguments: [seekerID]).map { row in
            CaseNote(id: row["id"], seekerID: row["seeker_id"], on: day(row["on_day"]) ?? Day.earliestBirth, officer: row["officer"],
                     text: row["text"])
        }
    }

    func addVisit(_ v: EmployerVisit) throws -> Int {
        try cached(sql: """
            INSERT INTO employer_visit (employer_id, office_id, on_day, officer, kind, purpose, result, vacancies_obtained, next_on)
            VALUES (?,?,?,?,?,?,?,?,?)
            """, arguments: [v.employerID, v.officeID, v.on.description, v.officer, v.kind.rawValue, v.purpose, v.result,
                             v.vacanciesObtained, v.nextOn?.description])
        return Int(db.lastInsertedRowID)
    }

    func visits(employerID: String) throws -> [EmployerVisit] {
        try Row.fetchAll(db, kept: "SELECT * FROM employer_visit WHERE employer_id = ? ORDER BY on_day, id", arguments: [employerID])
            .compactMap { row in
                guard let kind = EmployerVisit.Kind(rawValue: row["kind"]), let on = day(row["on_day"]) else { return nil }
                return EmployerVisit(id: row["id"], employerID: row["employer_id"], officeID: row["office_id"], on: on,
                                     officer: row["officer"], kind: kind, purpose: row["purpose"], result: row["result"],
                                     vacanciesObtained: row["vacancies_obtained"], nextOn: day(row["next_on"]))
            }
    }

    func add(_ p: EmploymentPlan, officeID: String?) throws {
        try cached(sql: """
            INSERT INTO employment_plan (seeker_id, version, on_day, officer, goals, accommodations, services, review_on, office_id)
            VALUES (?,?,?,?,?,?,?,?,?)
            """, arguments: [p.seekerID, p.version, p.on.description, p.officer, JSONList.encode(p.goals),
                             JSONList.encode(p.accommodations), JSONList.encode(p.services), p.reviewOn?.description, officeID])
    }

    func addTraining(_ t: TrainingReferral, officeID: String?) throws -> Int {
        try cached(sql: """
            INSERT INTO training (seeker_id, institution, programme, start_on, end_on, result, result_on, plan_version, officer, office_id)
            VALUES (?,?,?,?,?,?,?,?,?,?)
            """, arguments: [t.seekerID, t.institution, t.programme, t.startOn.description, t.endOn?.description, t.result.rawValue,
                             t.resultOn?.description, t.planVersion, t.officer, officeID])
        return Int(db.lastInsertedRowID)
    }

    func saveTrainingResult(id: Int, result: TrainingReferral.Result, on: Day) throws {
        try cached(sql: "UPDATE training SET result = ?, result_on = ? WHERE id = ?", arguments: [result.rawValue, on.description, id])
    }

    func trainings(seekerID: String) throws -> [TrainingReferral] {
        try Row.fetchAll(db, kept: "SELECT * FROM training WHERE seeker_id = ? ORDER BY start_on, id", arguments: [seekerID]).compactMap(Self.training)
    }

    func training(id: Int) throws -> TrainingReferral? {
        try Row.fetchOne(db, kept: "SELECT * FROM training WHERE id = ?", arguments: [id]).flatMap(Self.training)
    }

    static func training(_ row: Row) -> TrainingReferral? {
        guard let start = day(row["start_on"]), let result = TrainingReferral.Result(rawValue: row["result"]) else { return nil }
        return TrainingReferral(id: row["id"], seekerID: row["seeker_id"], institution: row["institution"], programme: row["programme"],
                                startOn: start, endOn: day(row["end_on"]), result: result, resultOn: day(row["result_on"]),
                                planVersion: row["plan_version"], officer: row["officer"])
    }

    func plans(seekerID: String) throws -> [EmploymentPlan] {
        try Row.fetchAll(db, kept: "SELECT * FROM employment_plan WHERE seeker_id = ? ORDER BY version", arguments: [seekerID]).map { row in
            EmploymentPlan(seekerID: row["seeker_id"], version: row["version"], on: day(row["on_day"]) ?? Day.earliestBirth,
                           officer: row["officer"], goals: JSONList.decode(row["goals"]), accommodations: JSONList.decode(row["accommodations"]),
                           services: JSONList.decode(row["services"]), reviewOn: day(row["review_on"]))
        }
    }

    func record(_ entries: [AuditEntry]) throws { try SQLiteStore.record(db, entries) }

    func setSeekerStatus(_ id: String, _ status: SeekerStatus) throws {
        try cached(sql: "UPDATE seeker SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
    }

    func setVacancyStatus(_ id: String, _ status: VacancyStatus) throws {
        try cached(sql: "UPDATE vacancy SET status = ? WHERE id = ?", arguments: [status.rawValue, id])
    }

    func due(officeID: String?, officer: String?, today: Day, noAnswerDays: Int) throws -> [DueItem] {
        let todayText = today.description
        let answerBy = today.adding(days: -noAnswerDays).description
        // Each part reads one office's rows through its index; the officer is the case's officer.
        let office = officeID == nil ? "1" : "x.office_id = :office"
        let byOfficer = officer == nil ? "1" : "c.officer = :officer"
        let arguments: StatementArguments = ["office": officeID, "officer": officer, "today": todayText, "answerBy": answerBy]
        var items: [DueItem] = []
        func read(_ sql: String, _ make: (Row) -> DueItem?) throws {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { if let item = make(row) { items.append(item) } }
        }
        try read("""
            SELECT x.placement_id, x.seeker_id, x.month, x.due_on, x.office_id, c.officer, c.jkp_from
            FROM follow_up x LEFT JOIN case_file c ON c.seeker_id = x.seeker_id
            WHERE x.state = 'due' AND \(office) AND x.due_on <= :today AND \(byOfficer)
            """) { row in
            day(row[3]).map { DueItem(kind: .followUp, on: $0, seekerID: row[1], recordID: row[0], officeID: row[4], officer: row[5],
                                      jkp: (row[6] as String?) != nil, month: row[2]) }
        }
        // Two range reads of the (office, status, day) index rather than one OR, which would read
        // every referral of the office.
        for (status, condition) in [("interview", "x.interview_on <= :today"), ("sent", "x.status_on <= :answerBy")] {
            try read("""
                SELECT x.reference, x.seeker_id, x.status, x.status_on, x.interview_on, x.office_id, c.officer, c.jkp_from
                FROM referral x LEFT JOIN case_file c ON c.seeker_id = x.seeker_id
                WHERE \(office) AND x.status = '\(status)' AND \(condition) AND \(byOfficer)
                """) { row in
                let interview = (row[2] as String) == "interview"
                return day(interview ? row[4] : row[3]).map {
                    DueItem(kind: interview ? .interview : .noAnswer, on: $0, seekerID: row[1], recordID: row[0], officeID: row[5],
                            officer: row[6], jkp: (row[7] as String?) != nil)
                }
            }
        }
        try read("""
            SELECT x.seeker_id, x.version, x.review_on, x.office_id, c.officer, c.jkp_from
            FROM employment_plan x LEFT JOIN case_file c ON c.seeker_id = x.seeker_id
            WHERE \(office) AND x.review_on <= :today AND \(byOfficer)
              AND x.version = (SELECT MAX(version) FROM employment_plan p WHERE p.seeker_id = x.seeker_id)
            """) { row in
            day(row[2]).map { DueItem(kind: .planReview, on: $0, seekerID: row[0], recordID: "\(row[0] as String)/\(row[1] as Int)",
                                      officeID: row[3], officer: row[4], jkp: (row[5] as String?) != nil) }
        }
        try read("""
            SELECT x.id, x.seeker_id, x.end_on, x.office_id, c.officer, c.jkp_from
            FROM training x LEFT JOIN case_file c ON c.seeker_id = x.seeker_id
            WHERE x.result = 'enrolled' AND \(office) AND x.end_on <= :today AND \(byOfficer)
            """) { row in
            day(row[2]).map { DueItem(kind: .training, on: $0, seekerID: row[1], recordID: String(row[0] as Int), officeID: row[3],
                                      officer: row[4], jkp: (row[5] as String?) != nil) }
        }
        let visitOfficer = officer == nil ? "1" : "x.officer = :officer"
        try read("""
            SELECT x.id, x.employer_id, x.next_on, x.office_id, x.officer FROM employer_visit x
            WHERE \(office) AND x.next_on <= :today AND \(visitOfficer)
              AND NOT EXISTS (SELECT 1 FROM employer_visit later WHERE later.employer_id = x.employer_id AND later.id > x.id)
            """) { row in
            day(row[2]).map { DueItem(kind: .visit, on: $0, seekerID: nil, employerID: row[1], recordID: String(row[0] as Int),
                                      officeID: row[3], officer: row[4], jkp: false) }
        }
        // The AK/1 card of each active seeker of the office: a report every 6 months from the
        // registration (or the latest report), and the card's end 2 years after registration.
        if let officeID {
            // Read from the office's index alone (the copies the triggers keep); a few days of slack
            // for month ends, then the exact days below.
            let renewBy = today.adding(years: -2).adding(days: 3).description
            let reportBy = today.adding(months: -6).adding(days: 3).description
            let rows = try Row.fetchCursor(db, sql: """
                SELECT c.seeker_id, c.card_registered_on, c.card_reported_on, c.officer, c.jkp_from
                FROM case_file c
                WHERE c.office_id = ? AND \(byOfficer.replacingOccurrences(of: ":officer", with: "?")) AND c.seeker_active = 1
                  AND (c.card_registered_on <= ? OR coalesce(c.card_reported_on, c.card_registered_on) <= ?)
                """, arguments: StatementArguments([officeID] + (officer.map { [$0] } ?? []) + [renewBy, reportBy]))
            while let row = try rows.next() {
                guard let registered = day(row[1]) else { continue }
                let jkp = (row[4] as String?) != nil
                let validUntil = registered.adding(years: 2)
                if validUntil <= today {
                    items.append(DueItem(kind: .cardRenewal, on: validUntil, seekerID: row[0], recordID: row[0], officeID: officeID,
                                         officer: row[3], jkp: jkp))
                    continue
                }
                let report = (day(row[2]) ?? registered).adding(months: 6)
                if report <= today {
                    items.append(DueItem(kind: .cardReport, on: report, seekerID: row[0], recordID: row[0], officeID: officeID,
                                         officer: row[3], jkp: jkp))
                }
            }
        }
        return items.sorted { a, b in
            if a.jkp != b.jkp { return a.jkp }
            if a.on != b.on { return a.on < b.on }
            return (a.seekerID ?? a.employerID ?? "", a.recordID) < (b.seekerID ?? b.employerID ?? "", b.recordID)
        }
    }
}
