import Foundation
import GRDB
import SetaraDomain

/// Turning rows into records. Values were validated on the way in; a value that no longer
/// parses (edited by hand with the sqlite3 tool) falls back to the field's default.
extension SQLiteStore {
    static func paging(_ query: ListQuery?) -> String {
        guard let query else { return "" }
        var sql = ""
        if let limit = query.limit { sql += " LIMIT \(max(limit, 0))" } else if query.offset > 0 { sql += " LIMIT -1" }
        if query.offset > 0 { sql += " OFFSET \(query.offset)" }
        return sql
    }

    static func filter(_ query: ListQuery, table: String, searchColumns: [String], regionColumn: String,
                       parentColumn: String?, statusColumn: String?) -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let region = query.region?.trimmed, !region.isEmpty {
            // The province is named with the regency too, so that the (province, regency) index serves both.
            clauses.append("\(regionColumn).province_code = ?")
            arguments += [String(region.prefix(2))]
            if region.count > 2 {
                clauses.append("\(regionColumn).regency_code = ?")
                arguments += [region]
            }
        }
        if let parent = query.parentID, let parentColumn {
            clauses.append("\(parentColumn) = ?")
            arguments += [parent]
        }
        if let status = query.status, let statusColumn {
            clauses.append("\(statusColumn) = ?")
            arguments += [status]
        }
        if let day = query.openOn, table == "v" {
            clauses.append("(v.closes_on IS NULL OR v.closes_on >= ?)")
            arguments += [day.description]
        }
        if let search = query.search?.trimmed, !search.isEmpty {
            for word in search.split(separator: " ") {
                clauses.append("(" + searchColumns.map { "\($0) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")")
                let escaped = word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                    .replacingOccurrences(of: "_", with: "\\_")
                for _ in searchColumns { arguments += ["%\(escaped)%"] }
            }
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }

    /// Seekers and their ratings in two queries (not one per seeker): bulk reads such as an export
    /// or the matching index load every seeker at once.
    static func seekers(_ db: Database, where clause: String, arguments: StatementArguments,
                        paging query: ListQuery? = nil) throws -> [Seeker] {
        let selection = "SELECT s.id FROM seeker s WHERE \(clause) ORDER BY s.id" + paging(query)
        // Kept prepared unless the paging writes numbers into the text (KeptStatements.swift).
        let keep = query == nil
        let rows = try Row.fetchAll(db.statement("SELECT \(SeekerColumn.selection) FROM seeker s WHERE \(clause) ORDER BY s.id" + paging(query), keep: keep),
                                    arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var seekers = rows.map(seeker(from:))
        let position = Dictionary(uniqueKeysWithValues: seekers.enumerated().map { ($1.id, $0) })
        let ratings = try Row.fetchCursor(db.statement("""
            SELECT seeker_id, dimension, without_aids, with_aids, source, assessed_on FROM seeker_rating
            WHERE seeker_id IN (\(selection))
            """, keep: keep), arguments: arguments)
        while let row = try ratings.next() {
            guard let index = position[row[0]], let dimension = FunctionalDimension(rawValue: row[1]) else { continue }
            seekers[index].profile[dimension] = CapacityRating(
                withoutAids: row[2], withAids: row[3], source: RatingSource(rawValue: row[4]) ?? .selfReport,
                assessedOn: (row[5] as String?).flatMap(Day.init(parsing:)))
        }
        return seekers
    }

    /// A seeker's columns, selected in this order and read by position: looking each value up
    /// by its name (GRDB compares the row's names one by one) was half the time of reading a
    /// seeker, for a seeker's page as for the thousands a ranking reads.
    enum SeekerColumn: Int, CaseIterable {
        case id, nik, name, birthDate, sex, phone, email, regencyCode, address, education, skills, preferredOccupations
        case languages, maxHoursPerWeek, nightShiftOK, wantsRemote, wageExpectation, needs, safetyRestrictions
        case consentGiven, consentRecordedOn, consentRecordedBy, registeredOn, status

        var column: String {
            switch self {
            case .birthDate: "birth_date"
            case .regencyCode: "regency_code"
            case .preferredOccupations: "preferred_occupations"
            case .maxHoursPerWeek: "max_hours_per_week"
            case .nightShiftOK: "night_shift_ok"
            case .wantsRemote: "wants_remote"
            case .wageExpectation: "wage_expectation"
            case .safetyRestrictions: "safety_restrictions"
            case .consentGiven: "consent_given"
            case .consentRecordedOn: "consent_recorded_on"
            case .consentRecordedBy: "consent_recorded_by"
            case .registeredOn: "registered_on"
            default: String(describing: self)
            }
        }

        static let selection = allCases.map { "s." + $0.column }.joined(separator: ", ")
    }

    static func seeker(from row: Row) -> Seeker {
        func value<T: DatabaseValueConvertible>(_ column: SeekerColumn) -> T { row[column.rawValue] }
        func day(_ column: SeekerColumn) -> Day? { (row[column.rawValue] as String?).flatMap(Day.init(parsing:)) }
        return Seeker(
            id: value(.id), nik: value(.nik), name: value(.name), birthDate: day(.birthDate),
            sex: (row[SeekerColumn.sex.rawValue] as String?).flatMap(Sex.init(rawValue:)),
            phone: value(.phone), email: value(.email), regencyCode: value(.regencyCode), address: value(.address),
            education: EducationLevel(rawValue: value(.education)) ?? .none,
            skills: JSONList.decode(value(.skills)),
            preferredOccupations: JSONList.decode(value(.preferredOccupations)),
            languages: JSONList.decode(value(.languages)),
            maxHoursPerWeek: value(.maxHoursPerWeek), nightShiftOK: value(.nightShiftOK),
            wantsRemote: value(.wantsRemote), wageExpectation: value(.wageExpectation),
            needs: JSONList.decode(value(.needs)).compactMap(Need.init(rawValue:)),
            safetyRestrictions: JSONList.decode(value(.safetyRestrictions)).compactMap(SafetyTask.init(rawValue:)),
            consent: Consent(given: value(.consentGiven), recordedOn: day(.consentRecordedOn), recordedBy: value(.consentRecordedBy)),
            registeredOn: day(.registeredOn) ?? Day(year: 2000, month: 1, day: 1)!,
            status: SeekerStatus(rawValue: value(.status)) ?? .active)
    }

    static func employers(_ db: Database, where clause: String, arguments: StatementArguments,
                          paging query: ListQuery? = nil) throws -> [Employer] {
        try Row.fetchAll(db.statement("SELECT * FROM employer WHERE \(clause) ORDER BY id" + paging(query), keep: query == nil),
                         arguments: arguments).map { row in
            Employer(id: row["id"], name: row["name"], ownership: Ownership(rawValue: row["ownership"]) ?? .private,
                     headcount: row["headcount"], employeesWithDisabilities: row["employees_with_disabilities"],
                     shortTimeWorkers: row["short_time_workers"], shortTimeWithDisabilities: row["short_time_with_disabilities"],
                     withSevereDisabilities: row["with_severe_disabilities"],
                     shortTimeWithSevereDisabilities: row["short_time_with_severe_disabilities"],
                     sector: row["sector"], phone: row["phone"], email: row["email"], regencyCode: row["regency_code"])
        }
    }

    static func workplaces(_ db: Database, where clause: String, arguments: StatementArguments,
                           paging query: ListQuery? = nil) throws -> [Workplace] {
        try Row.fetchAll(db.statement("SELECT * FROM workplace WHERE \(clause) ORDER BY id" + paging(query), keep: query == nil),
                         arguments: arguments).map { row in
            Workplace(id: row["id"], employerID: row["employer_id"], name: row["name"], address: row["address"],
                      regencyCode: row["regency_code"],
                      features: JSONList.decode(row["features"]).compactMap(Feature.init(rawValue:)),
                      accommodations: JSONList.decode(row["accommodations"]))
        }
    }

    /// Vacancies and their demands in two queries, like `seekers`.
    static func vacancies(_ db: Database, where clause: String, arguments: StatementArguments,
                          paging query: ListQuery? = nil) throws -> [Vacancy] {
        let from = "FROM vacancy v JOIN workplace w ON w.id = v.workplace_id WHERE \(clause) ORDER BY v.id" + paging(query)
        // Columns by position, not by name: the matching index reads 100,000 vacancies at once.
        let keep = query == nil
        let rows = try Row.fetchAll(db.statement("""
            SELECT v.id, v.workplace_id, v.title, v.kbji, v.openings, v.min_education, v.hours_per_week, v.night_shift,
              v.remote, v.wage_min, v.wage_max, v.safety_tasks, v.posted_on, v.closes_on, v.status
            """ + " " + from, keep: keep), arguments: arguments)
        guard !rows.isEmpty else { return [] }
        var vacancies = rows.map { row in
            Vacancy(
                id: row[0], workplaceID: row[1], title: row[2], kbji: row[3],
                openings: row[4], minEducation: EducationLevel(rawValue: row[5]) ?? .none,
                hoursPerWeek: row[6], nightShift: row[7],
                remote: RemoteOption(rawValue: row[8]) ?? .none, wageMin: row[9], wageMax: row[10],
                safetyTasks: JSONList.decode(row[11]).compactMap(SafetyTask.init(rawValue:)),
                postedOn: (row[12] as String?).flatMap(Day.init(parsing:)) ?? Day(year: 2000, month: 1, day: 1)!,
                closesOn: (row[13] as String?).flatMap(Day.init(parsing:)),
                status: VacancyStatus(rawValue: row[14]) ?? .open)
        }
        let position = Dictionary(uniqueKeysWithValues: vacancies.enumerated().map { ($1.id, $0) })
        let demands = try Row.fetchCursor(db.statement("""
            SELECT vacancy_id, dimension, level FROM vacancy_demand WHERE vacancy_id IN (SELECT v.id \(from))
            """, keep: keep), arguments: arguments)
        while let row = try demands.next() {
            guard let index = position[row[0]], let dimension = FunctionalDimension(rawValue: row[1]) else { continue }
            vacancies[index].demands[dimension] = row[2]
        }
        return vacancies
    }

    /// The open vacancies' matching fields in columns, in two queries like `vacancies` but
    /// without a record per vacancy: the demand rows (about nine per vacancy, most of the rows
    /// read) go straight into bytes.
    static func vacancyProfiles(_ db: Database, where clause: String, arguments: StatementArguments) throws -> VacancyProfiles {
        let from = "FROM vacancy v JOIN workplace w ON w.id = v.workplace_id WHERE \(clause)"
        var profiles = VacancyProfiles()
        let rows = try Row.fetchCursor(db, sql: """
            SELECT v.id, v.workplace_id, v.kbji, v.min_education, v.hours_per_week, v.night_shift, v.remote,
              v.wage_min, v.wage_max, v.safety_tasks, v.rowid, v.demand_profile
            """ + " " + from + " ORDER BY v.id", arguments: arguments)
        // Each vacancy's demand comes from its compact column when that was written with this
        // version's dimensions; otherwise, or for a vacancy without one, from the demand rows.
        let compact = try String.fetchOne(db, sql: "SELECT value FROM setara_meta WHERE key = ?",
                                          arguments: [DemandProfile.layoutKey]) == DemandProfile.layout
        var complete = true
        var rowids: [Int64] = []
        while let row = try rows.next() {
            rowids.append(row[10])
            let position = profiles.count
            profiles.append(id: row[0], workplaceID: row[1], kbji: row[2], minEducation: EducationLevel(rawValue: row[3]) ?? .none,
                            hoursPerWeek: row[4], nightShift: row[5], remote: RemoteOption(rawValue: row[6]) ?? .none,
                            wageMin: row[7], wageMax: row[8],
                            safetyTasks: VacancyProfiles.safetyBits(JSONList.decode(row[9]).compactMap(SafetyTask.init(rawValue:))))
            let stored = try compact && row.withUnsafeData(atIndex: 11) { bytes -> Bool in
                guard let bytes, bytes.count == VacancyProfiles.width else { return false }
                profiles.setDemand(position, bytes: bytes)
                return true
            }
            if !stored { complete = false }
        }
        guard !profiles.isEmpty, !complete else { return profiles }
        // Demand rows come in the same id order as the vacancies, named by the vacancy's rowid (an
        // integer, not a string to decode): the two are walked together, and a dictionary of
        // positions is built only if they ever are not in step.
        let ordinals = Dictionary(uniqueKeysWithValues: FunctionalDimension.allCases.map { ($0.rawValue, $0.ordinal) })
        var positions: [Int64: Int]?
        var position = 0
        let demands = try Row.fetchCursor(db, sql: """
            SELECT v.rowid, d.dimension, d.level FROM vacancy v JOIN workplace w ON w.id = v.workplace_id
            JOIN vacancy_demand d ON d.vacancy_id = v.id WHERE \(clause) ORDER BY v.id
            """, arguments: arguments)
        while let row = try demands.next() {
            let rowid: Int64 = row[0]
            if rowids[position] != rowid {
                // The next vacancy, or one after vacancies without demand rows.
                repeat { position += 1 } while position < rowids.count && rowids[position] != rowid
                if position == rowids.count {
                    if positions == nil { positions = Dictionary(rowids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) }
                    guard let found = positions![rowid] else { position = 0; continue }
                    position = found
                }
            }
            guard let ordinal = ordinals[row[1] as String] else { continue }
            profiles.setDemand(position, ordinal, level: row[2])
        }
        return profiles
    }
}
