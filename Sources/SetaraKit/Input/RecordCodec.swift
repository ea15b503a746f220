import Foundation
import SetaraDomain

/// The interchange format shared by import and export, in YAML, JSON and CSV alike
/// (documented in docs/import-formats.md). Reading collects every problem of a record.
public enum RecordCodec {
    /// Each kind's fields in the order export writes them (the profile and demands are written
    /// as a column per dimension in CSV, after these), from the one list in SetaraDomain.
    public static let seekerFields: [String] = SeekerField.allCases
        .filter { ![.profile, .profileSource, .profileAssessedOn].contains($0) }.map(\.rawValue)
    public static let employerFields = EmployerField.allCases.map(\.rawValue)
    public static let workplaceFields = WorkplaceField.allCases.map(\.rawValue)
    public static let vacancyFields = VacancyField.allCases.filter { $0 != .demands }.map(\.rawValue)

    /// Profile columns in CSV: `near_vision` holds "without/with" ("0/3", or "2" when aids change nothing),
    /// `near_vision_source` and `near_vision_assessed_on` say where it came from and when.
    static let profileColumns: [String] = FunctionalDimension.allCases.flatMap { [$0.rawValue, $0.rawValue + "_source", $0.rawValue + "_assessed_on"] }
        + ["profile_source", "profile_assessed_on"]

    /// Each dimension with its CSV source and date column names, made once.
    static let profileKeys = Dictionary(uniqueKeysWithValues: FunctionalDimension.allCases.map {
        ($0.rawValue, ($0, $0.rawValue + "_source", $0.rawValue + "_assessed_on"))
    })
    static let knownSeekerFields = Set(seekerFields + ["profile"] + profileColumns)
    static let knownVacancyFields = Set(vacancyFields + ["demands"] + FunctionalDimension.allCases.map(\.rawValue))

    /// The field names a record of the kind may have.
    static func knownFields(_ kind: ImportKind) -> Set<String> {
        switch kind {
        case .seekers: return knownSeekerFields
        case .employers: return Set(employerFields)
        case .workplaces: return Set(workplaceFields)
        case .vacancies: return knownVacancyFields
        case .referrals, .placements, .followups: return Set(CaseworkCodec.fields(kind))
        }
    }

    // MARK: Names given for codes

    /// A regency given by code or by name ("Bantul"); an unknown or ambiguous name is an issue
    /// that lists the candidates. A code is checked with the rest of the record.
    static func regencyCode(_ r: inout FieldReader, _ text: String?, field: String = "regency") -> String? {
        guard let text else { return nil }
        if case .code(let code) = Regions.resolve(text) { return code }
        if let issue = Validate.resolvedRegency(text, field: field).issue { r.issues.append(issue) }
        return nil
    }

    /// A KBJI unit group or job title given by code or by its title ("petugas entri data").
    static func kbjiCode(_ r: inout FieldReader, _ text: String?, field: String) -> String? {
        guard let text else { return nil }
        if case .code(let code) = KBJI.resolve(text) { return code }
        if let issue = Validate.resolvedKBJI(text, field: field).issue { r.issues.append(issue) }
        return nil
    }

    static func occupationCodes(_ r: inout FieldReader, _ texts: [String]) -> [String] {
        texts.enumerated().compactMap { kbjiCode(&r, $0.element, field: "preferred_occupations[\($0.offset + 1)]") }
    }

    // MARK: Seekers

    public struct SeekerResult: Sendable {
        public var seeker: Seeker?
        public var category: DisabilityCategory?
        public var issues: [ValidationIssue]
        /// True when the record named no id (one is given on import).
        public var needsID: Bool
    }

    public static func seeker(_ value: FieldValue, today: Day) -> SeekerResult {
        var r = FieldReader(value)
        r.rejectUnknown(known: knownSeekerFields, expected: seekerFields + ["profile", "profile_source", "profile_assessed_on"], dimensions: true)
        let id = r.text("id")
        let nik = r.text("nik", required: true)
        let name = r.text("name", required: true)
        let birthDate = r.day("birth_date")
        let sex = r.choice("sex", Sex.self)
        let phone = r.text("phone")
        let email = r.text("email")
        let regency = regencyCode(&r, r.text("regency", required: true))
        let address = r.text("address")
        let education = r.choice("education", EducationLevel.self, required: true)
        let skills = r.list("skills")
        let preferred = occupationCodes(&r, r.list("preferred_occupations"))
        let languages = r.list("languages")
        let maxHours = r.int("max_hours_per_week", 1...84)
        let nightShift = r.bool("night_shift_ok")
        let remote = r.bool("wants_remote")
        let wage = r.int("wage_expectation", 0...1_000_000_000)
        let needs = r.choices("needs", Need.self)
        let restrictions = r.choices("safety_restrictions", SafetyTask.self)
        let registered = r.day("registered_on") ?? today
        let profile = readProfile(&r, defaultDate: registered)
        let consent = readConsent(&r)
        let category = r.choice("disability_category", DisabilityCategory.self)
        let status = r.choice("status", SeekerStatus.self)
        var issues = r.issues
        guard let nik, let name, let regency, let education else {
            return SeekerResult(seeker: nil, category: nil, issues: issues, needsID: id == nil)
        }
        let seeker = Seeker(
            id: id ?? "S0", nik: nik.withoutSpaces, name: name, birthDate: birthDate, sex: sex,
            phone: phone.flatMap { Validate.normalizedPhone($0) ?? $0 }, email: email, regencyCode: regency,
            address: address, education: education, skills: skills, preferredOccupations: preferred,
            languages: languages.isEmpty ? ["id"] : languages, maxHoursPerWeek: maxHours,
            nightShiftOK: nightShift ?? false, wantsRemote: remote ?? false, wageExpectation: wage, profile: profile,
            needs: needs, safetyRestrictions: restrictions, consent: consent, registeredOn: registered,
            status: status ?? .active)
        issues += seeker.validate(category: category).filter { !(id == nil && $0.field == "id") }
        return SeekerResult(seeker: issues.isEmpty ? seeker : nil, category: category, issues: issues, needsID: id == nil)
    }

    static func readProfile(_ r: inout FieldReader, defaultDate: Day) -> [FunctionalDimension: CapacityRating] {
        var profile: [FunctionalDimension: CapacityRating] = [:]
        let defaultSource = r.choice("profile_source", RatingSource.self) ?? .selfReport
        let defaultAssessed = r.day("profile_assessed_on") ?? defaultDate
        // Nested form (YAML, JSON): profile: {near_vision: {without_aids: 0, with_aids: 3, ...}} or {near_vision: "0/3"}.
        // Any other form would be dropped: it is refused.
        if r.has("profile"), !r["profile"]!.isMap {
            r.issues.append(.init(field: "profile", problem: .unreadable(
                detail: "expected each dimension with its level, such as near_vision: 0/3 or near_vision: {without_aids: 0, with_aids: 3}")))
        }
        if case .map(let nested)? = r["profile"] {
            for key in nested.keys.sorted() {
                let field = "profile.\(key)"
                guard let dimension = FunctionalDimension.parse(key) else {
                    r.issues.append(.init(field: field, problem: .notOneOf(value: key, allowed: FunctionalDimension.allCases.map(\.rawValue))))
                    continue
                }
                switch nested[key]! {
                case .map:
                    var inner = FieldReader(nested[key]!)
                    inner.rejectUnknown(known: ["without_aids", "with_aids", "source", "assessed_on"],
                                        expected: ["without_aids", "with_aids", "source", "assessed_on"])
                    let without = inner.int("without_aids", -1000...1000, required: true)
                    let with = inner.int("with_aids", -1000...1000)
                    let source = inner.choice("source", RatingSource.self) ?? defaultSource
                    let assessed = inner.day("assessed_on") ?? defaultAssessed
                    r.issues += inner.issues.map { ValidationIssue(field: "\(field).\($0.field)", problem: $0.problem) }
                    if let without {
                        profile[dimension] = CapacityRating(withoutAids: without, withAids: with ?? without, source: source, assessedOn: assessed)
                        if let with, with < without { r.issues.append(.init(field: field, problem: .aidsBelowCapacity)) }
                    }
                case .text(let text):
                    if let rating = parseRating(text, field: field, issues: &r.issues, source: defaultSource, assessed: defaultAssessed) {
                        profile[dimension] = rating
                    }
                case .list, .row:
                    r.issues.append(.init(field: field, problem: .unreadable(
                        detail: "expected a level such as 2, without/with aids such as 0/3, or without_aids and with_aids")))
                case .null:
                    break
                }
            }
        }
        // Flat form (CSV): a column per dimension, found once per file.
        if case .row(let row) = r.value {
            for columns in row.columns.profile {
                let key = columns.dimension.rawValue
                guard let text = r.text(r.cell(columns.level), key: key) else { continue }
                let source = r.choice(r.cell(columns.source), key: key + "_source", RatingSource.self) ?? defaultSource
                let assessed = r.day(r.cell(columns.assessedOn), key: key + "_assessed_on") ?? defaultAssessed
                if let rating = parseRating(text, field: key, issues: &r.issues, source: source, assessed: assessed) {
                    profile[columns.dimension] = rating
                }
            }
            return profile
        }
        // Flat form in YAML or JSON: a field per dimension; only the fields present are visited.
        for key in r.keys where profileKeys[key] != nil {
            let (dimension, sourceKey, dateKey) = profileKeys[key]!
            guard let text = r.text(key) else { continue }
            let source = r.choice(sourceKey, RatingSource.self) ?? defaultSource
            let assessed = r.day(dateKey) ?? defaultAssessed
            if let rating = parseRating(text, field: dimension.rawValue, issues: &r.issues, source: source, assessed: assessed) {
                profile[dimension] = rating
            }
        }
        return profile
    }

    /// "2" (the same without and with aids) or "0/3" (without / with).
    static func parseRating(_ text: String, field: String, issues: inout [ValidationIssue], source: RatingSource, assessed: Day) -> CapacityRating? {
        let parts = text.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { Substring($0).trimmed }
        guard (1...2).contains(parts.count), let without = Int(parts[0]), let with = Int(parts.last!) else {
            issues.append(.init(field: field, problem: .unreadable(detail: "expected a level such as 2, or without/with aids such as 0/3")))
            return nil
        }
        if with < without {
            issues.append(.init(field: field, problem: .aidsBelowCapacity))
            return nil
        }
        return CapacityRating(withoutAids: without, withAids: with, source: source, assessedOn: assessed)
    }

    static func readConsent(_ r: inout FieldReader) -> Consent {
        if case .map(let nested)? = r["consent"] {
            var inner = FieldReader(fields: nested)
            inner.rejectUnknown(known: ["given", "recorded_on", "recorded_by"], expected: ["given", "recorded_on", "recorded_by"])
            let given = inner.bool("given") ?? false
            let consent = Consent(given: given, recordedOn: inner.day("recorded_on"), recordedBy: inner.text("recorded_by"))
            r.issues += inner.issues.map { ValidationIssue(field: "consent.\($0.field)", problem: $0.problem) }
            return consent
        }
        return Consent(given: r.bool("consent") ?? false, recordedOn: r.day("consent_recorded_on"),
                       recordedBy: r.text("consent_recorded_by"))
    }

    // MARK: Employers, workplaces, vacancies

    public struct Result<Record: Sendable>: Sendable {
        public var record: Record?
        public var issues: [ValidationIssue]
        public var needsID: Bool
    }

    public static func employer(_ value: FieldValue) -> Result<Employer> {
        var r = FieldReader(value)
        r.rejectUnknown(known: Set(employerFields), expected: employerFields)
        let id = r.text("id")
        let name = r.text("name", required: true)
        let ownership = r.choice("ownership", Ownership.self, required: true)
        let headcount = r.int("headcount", 1...10_000_000, required: true)
        let withDisabilities = r.int("employees_with_disabilities", 0...10_000_000)
        // The workforce breakdown: optional, 0 when not given; how the parts fit is the record's check.
        let shortTime = r.int(EmployerField.shortTimeWorkers.rawValue, 0...10_000_000)
        let shortTimeDisabled = r.int(EmployerField.shortTimeWithDisabilities.rawValue, 0...10_000_000)
        let severe = r.int(EmployerField.withSevereDisabilities.rawValue, 0...10_000_000)
        let severeShortTime = r.int(EmployerField.shortTimeWithSevereDisabilities.rawValue, 0...10_000_000)
        let sector = r.text("sector")
        let phone = r.text("phone")
        let email = r.text("email")
        let regency = regencyCode(&r, r.text("regency", required: true))
        var issues = r.issues
        guard let name, let ownership, let headcount, let regency else { return Result(record: nil, issues: issues, needsID: id == nil) }
        let employer = Employer(id: id ?? "E0", name: name, ownership: ownership, headcount: headcount,
                                employeesWithDisabilities: withDisabilities ?? 0, shortTimeWorkers: shortTime ?? 0,
                                shortTimeWithDisabilities: shortTimeDisabled ?? 0, withSevereDisabilities: severe ?? 0,
                                shortTimeWithSevereDisabilities: severeShortTime ?? 0, sector: sector,
                                phone: phone.flatMap { Validate.normalizedPhone($0) ?? $0 }, email: email, regencyCode: regency)
        issues += employer.validate().filter { !(id == nil && $0.field == "id") }
        return Result(record: issues.isEmpty ? employer : nil, issues: issues, needsID: id == nil)
    }

    public static func workplace(_ value: FieldValue, catalog: Set<String>) -> Result<Workplace> {
        var r = FieldReader(value)
        r.rejectUnknown(known: Set(workplaceFields), expected: workplaceFields)
        let id = r.text("id")
        let employer = r.text("employer", required: true)
        let name = r.text("name", required: true)
        let address = r.text("address")
        let regency = regencyCode(&r, r.text("regency", required: true))
        let features = r.choices("features", Feature.self)
        let accommodations = r.list("accommodations")
        var issues = r.issues
        guard let employer, let name, let regency else { return Result(record: nil, issues: issues, needsID: id == nil) }
        let workplace = Workplace(id: id ?? "W0", employerID: employer, name: name, address: address, regencyCode: regency,
                                  features: features, accommodations: accommodations.uniqued())
        issues += workplace.validate(catalog: catalog).filter { !(id == nil && $0.field == "id") }
        return Result(record: issues.isEmpty ? workplace : nil, issues: issues, needsID: id == nil)
    }

    public static func vacancy(_ value: FieldValue, today: Day) -> Result<Vacancy> {
        var r = FieldReader(value)
        r.rejectUnknown(known: knownVacancyFields, expected: vacancyFields + ["demands"], dimensions: true)
        let id = r.text("id")
        let workplace = r.text("workplace", required: true)
        let title = r.text("title", required: true)
        let kbji = kbjiCode(&r, r.text("kbji", required: true), field: "kbji")
        let openings = r.int("openings", 1...10_000)
        let minEducation = r.choice("min_education", EducationLevel.self)
        let hours = r.int("hours_per_week", 1...84)
        let night = r.bool("night_shift")
        let remote = r.choice("remote", RemoteOption.self)
        let wageMin = r.int("wage_min", 0...1_000_000_000)
        let wageMax = r.int("wage_max", 0...1_000_000_000)
        let safety = r.choices("safety_tasks", SafetyTask.self)
        let posted = r.day("posted_on") ?? today
        let closes = r.day("closes_on")
        let status = r.choice("status", VacancyStatus.self)
        var demands: [FunctionalDimension: Int] = [:]
        if r.has("demands"), !r["demands"]!.isMap {
            r.issues.append(.init(field: "demands", problem: .unreadable(detail: "expected each dimension with its level, such as lifting: 3")))
        }
        if case .map(let nested)? = r["demands"] {
            var inner = FieldReader(fields: nested)
            for key in nested.keys.sorted() {
                guard let dimension = FunctionalDimension.parse(key) else {
                    r.issues.append(.init(field: "demands.\(key)", problem: .notOneOf(value: key, allowed: FunctionalDimension.allCases.map(\.rawValue))))
                    continue
                }
                if let level = inner.int(key, -1000...1000) { demands[dimension] = level }
            }
            r.issues += inner.issues.map { ValidationIssue(field: "demands.\($0.field)", problem: $0.problem) }
        }
        for dimension in FunctionalDimension.allCases {
            if let level = r.int(dimension.rawValue, -1000...1000) { demands[dimension] = level }
        }
        var issues = r.issues
        guard let workplace, let title, let kbji else { return Result(record: nil, issues: issues, needsID: id == nil) }
        let vacancy = Vacancy(id: id ?? "V0", workplaceID: workplace, title: title, kbji: kbji, openings: openings ?? 1,
                              demands: demands, minEducation: minEducation ?? .none, hoursPerWeek: hours ?? 40,
                              nightShift: night ?? false, remote: remote ?? .none, wageMin: wageMin, wageMax: wageMax,
                              safetyTasks: safety, postedOn: posted, closesOn: closes, status: status ?? .open)
        issues += vacancy.validate().filter { !(id == nil && $0.field == "id") }
        return Result(record: issues.isEmpty ? vacancy : nil, issues: issues, needsID: id == nil)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
