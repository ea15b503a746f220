/// The names of each kind of record's fields, as import files, exports, the command line, messages
/// and the audit log write them: one list, so that a field is named the same everywhere and a new
/// one is added in one place.
public enum SeekerField: String, CaseIterable, Sendable {
    case id, nik, name, birthDate = "birth_date", sex, phone, email, regency, address, education, skills
    case preferredOccupations = "preferred_occupations", languages, maxHoursPerWeek = "max_hours_per_week"
    case nightShiftOK = "night_shift_ok", wantsRemote = "wants_remote", wageExpectation = "wage_expectation"
    case needs, safetyRestrictions = "safety_restrictions", consent, consentRecordedOn = "consent_recorded_on"
    case consentRecordedBy = "consent_recorded_by", disabilityCategory = "disability_category"
    case registeredOn = "registered_on", status
    /// The functional profile: nested in YAML and JSON, a column per dimension in CSV.
    case profile
    /// CSV: where and when the whole profile was assessed, for dimensions without their own.
    case profileSource = "profile_source", profileAssessedOn = "profile_assessed_on"
}

public enum EmployerField: String, CaseIterable, Sendable {
    case id, name, ownership, headcount, employeesWithDisabilities = "employees_with_disabilities", sector, phone, email, regency
}

public enum WorkplaceField: String, CaseIterable, Sendable {
    case id, employer, name, address, regency, features, accommodations
}

public enum VacancyField: String, CaseIterable, Sendable {
    case id, workplace, title, kbji, openings, minEducation = "min_education", hoursPerWeek = "hours_per_week"
    case nightShift = "night_shift", remote, wageMin = "wage_min", wageMax = "wage_max", safetyTasks = "safety_tasks"
    case postedOn = "posted_on", closesOn = "closes_on", status
    /// The job's demand profile: nested in YAML and JSON, a column per dimension in CSV.
    case demands
}

extension FunctionalDimension {
    /// CSV columns beside a dimension's rating: where it came from and when.
    public var sourceField: String { rawValue + "_source" }
    public var assessedOnField: String { rawValue + "_assessed_on" }
}
