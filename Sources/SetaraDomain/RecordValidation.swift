import Foundation

/// The Law 8/2016 category of one seeker, held apart from the seeker's record.
public struct SensitiveRecord: Codable, Sendable, Hashable {
    public var seekerID: String
    public var category: DisabilityCategory

    public init(seekerID: String, category: DisabilityCategory) {
        self.seekerID = seekerID
        self.category = category
    }
}

public enum IDPrefix {
    public static let seeker = "S"
    public static let employer = "E"
    public static let workplace = "W"
    public static let vacancy = "V"
}

extension Seeker {
    /// Every problem with the record, field by field. `category` is the disability category
    /// the record came with, if any: it needs consent.
    public func validate(category: DisabilityCategory? = nil) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let issue = Validate.recordID(id, prefix: IDPrefix.seeker) { issues.append(issue) }
        if let issue = Validate.nik(nik) { issues.append(issue) } else { issues += Validate.nik(nik, sex: sex, birthDate: birthDate) }
        if name.trimmed.isEmpty { issues.append(.init(field: "name", problem: .missing)) }
        if let issue = Validate.text(name, field: "name") { issues.append(issue) }
        if let phone, let issue = Validate.phone(phone) { issues.append(issue) }
        if let email, let issue = Validate.email(email) ?? Validate.text(email, field: "email") { issues.append(issue) }
        if let issue = Validate.regency(regencyCode) { issues.append(issue) }
        if let address, let issue = Validate.text(address, field: "address", lineBreaksAllowed: true) { issues.append(issue) }
        issues += Validate.texts(skills, field: "skills")
        issues += Validate.texts(languages, field: "languages")
        if let by = consent.recordedBy, let issue = Validate.text(by, field: "consent_recorded_by") { issues.append(issue) }
        for (index, code) in preferredOccupations.enumerated() {
            if let issue = Validate.kbji(code, field: "preferred_occupations[\(index + 1)]") { issues.append(issue) }
        }
        if let hours = maxHoursPerWeek, let issue = Validate.range(hours, 1...84, field: "max_hours_per_week") { issues.append(issue) }
        if let wage = wageExpectation, let issue = Validate.range(wage, 0...1_000_000_000, field: "wage_expectation") { issues.append(issue) }
        if let birthDate, !(Day.earliestBirth...registeredOn).contains(birthDate) {
            issues.append(.init(field: "birth_date", problem: .date))
        }
        // In the order of the dimensions, so that messages come out in the same order every time.
        for dimension in FunctionalDimension.allCases {
            guard let rating = profile[dimension] else { continue }
            if let issue = Validate.scale(rating.withoutAids, dimension, field: "profile.\(dimension.rawValue).without_aids") { issues.append(issue) }
            if let issue = Validate.scale(rating.withAids, dimension, field: "profile.\(dimension.rawValue).with_aids") { issues.append(issue) }
            if rating.withAids < rating.withoutAids { issues.append(.init(field: "profile.\(dimension.rawValue)", problem: .aidsBelowCapacity)) }
        }
        if category != nil && !consent.given {
            issues.append(.init(field: "disability_category", problem: .categoryWithoutConsent))
        }
        return issues
    }
}

extension Employer {
    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let issue = Validate.recordID(id, prefix: IDPrefix.employer) { issues.append(issue) }
        if name.trimmed.isEmpty { issues.append(.init(field: "name", problem: .missing)) }
        if let issue = Validate.text(name, field: "name") { issues.append(issue) }
        if let sector, let issue = Validate.text(sector, field: "sector") { issues.append(issue) }
        if let issue = Validate.range(headcount, 1...10_000_000, field: "headcount") { issues.append(issue) }
        if let issue = Validate.range(employeesWithDisabilities, 0...max(headcount, 0), field: "employees_with_disabilities") { issues.append(issue) }
        issues += validateWorkforce()
        if let phone, let issue = Validate.phone(phone) { issues.append(issue) }
        if let email, let issue = Validate.email(email) ?? Validate.text(email, field: "email") { issues.append(issue) }
        if let issue = Validate.regency(regencyCode) { issues.append(issue) }
        return issues
    }
}

extension Employer {
    /// The workforce breakdown: each count a whole number, each part no larger than what it is a
    /// part of, and the four groups of workers with disabilities (by hours and severity) adding up
    /// to no more than there are. A count is named by its field; a negative count by its range.
    func validateWorkforce() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        let counts: [(value: Int, field: EmployerField)] = [
            (shortTimeWorkers, .shortTimeWorkers), (shortTimeWithDisabilities, .shortTimeWithDisabilities),
            (withSevereDisabilities, .withSevereDisabilities), (shortTimeWithSevereDisabilities, .shortTimeWithSevereDisabilities),
        ]
        for (value, field) in counts where value < 0 {
            issues.append(ValidationIssue(field: field.rawValue, problem: .number(value: String(value), range: 0...10_000_000)))
        }
        guard issues.isEmpty, headcount >= 0, employeesWithDisabilities >= 0 else { return issues }
        func part(_ value: Int, _ field: EmployerField, of limit: Int, _ whole: EmployerField) {
            if value > limit { issues.append(ValidationIssue(field: field.rawValue, problem: .moreThanWhole(value: value, whole: whole.rawValue, limit: limit))) }
        }
        part(shortTimeWorkers, .shortTimeWorkers, of: headcount, .headcount)
        part(shortTimeWithDisabilities, .shortTimeWithDisabilities, of: employeesWithDisabilities, .employeesWithDisabilities)
        part(shortTimeWithDisabilities, .shortTimeWithDisabilities, of: shortTimeWorkers, .shortTimeWorkers)
        part(withSevereDisabilities, .withSevereDisabilities, of: employeesWithDisabilities, .employeesWithDisabilities)
        part(shortTimeWithSevereDisabilities, .shortTimeWithSevereDisabilities, of: withSevereDisabilities, .withSevereDisabilities)
        part(shortTimeWithSevereDisabilities, .shortTimeWithSevereDisabilities, of: shortTimeWithDisabilities, .shortTimeWithDisabilities)
        guard issues.isEmpty else { return issues }
        // Every worker with a disability is in one of four groups; the full-time ones without a
        // severe disability are what is left, and cannot be fewer than none.
        let either = withSevereDisabilities + shortTimeWithDisabilities - shortTimeWithSevereDisabilities
        if either > employeesWithDisabilities {
            // Named on the last of the counts a form asks, the one that can still make it fit.
            issues.append(ValidationIssue(field: EmployerField.shortTimeWithSevereDisabilities.rawValue,
                                          problem: .partsExceedWhole(parts: either, limit: employeesWithDisabilities)))
        }
        // The full-time workers with disabilities are among the full-time workers.
        let fullTime = headcount - shortTimeWorkers, disabledFullTime = employeesWithDisabilities - shortTimeWithDisabilities
        if disabledFullTime > fullTime {
            issues.append(ValidationIssue(field: EmployerField.shortTimeWithDisabilities.rawValue,
                                          problem: .fullTimeTooFew(fullTime: fullTime, disabledFullTime: disabledFullTime)))
        }
        return issues
    }
}

extension Workplace {
    /// `catalog` holds the ids of known accommodations; an unknown id is an error.
    public func validate(catalog: Set<String>) -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let issue = Validate.recordID(id, prefix: IDPrefix.workplace) { issues.append(issue) }
        if let issue = Validate.recordID(employerID, prefix: IDPrefix.employer, field: "employer") { issues.append(issue) }
        if name.trimmed.isEmpty { issues.append(.init(field: "name", problem: .missing)) }
        if let issue = Validate.text(name, field: "name") { issues.append(issue) }
        if let address, let issue = Validate.text(address, field: "address", lineBreaksAllowed: true) { issues.append(issue) }
        if let issue = Validate.regency(regencyCode) { issues.append(issue) }
        for (index, accommodation) in accommodations.enumerated() where !catalog.contains(accommodation) {
            issues.append(.init(field: "accommodations[\(index + 1)]", problem: .unknownReference(kind: "accommodation", id: accommodation)))
        }
        return issues
    }
}

extension Vacancy {
    public func validate() -> [ValidationIssue] {
        var issues: [ValidationIssue] = []
        if let issue = Validate.recordID(id, prefix: IDPrefix.vacancy) { issues.append(issue) }
        if let issue = Validate.recordID(workplaceID, prefix: IDPrefix.workplace, field: "workplace") { issues.append(issue) }
        if title.trimmed.isEmpty { issues.append(.init(field: "title", problem: .missing)) }
        if let issue = Validate.text(title, field: "title") { issues.append(issue) }
        if let issue = Validate.kbji(kbji) { issues.append(issue) }
        if let issue = Validate.range(openings, 1...10_000, field: "openings") { issues.append(issue) }
        if let issue = Validate.range(hoursPerWeek, 1...84, field: "hours_per_week") { issues.append(issue) }
        for dimension in demands.keys.sorted() {
            if let issue = Validate.scale(demands[dimension]!, dimension, field: "demands.\(dimension.rawValue)") { issues.append(issue) }
        }
        if let wageMin, let issue = Validate.range(wageMin, 0...1_000_000_000, field: "wage_min") { issues.append(issue) }
        if let wageMax, let issue = Validate.range(wageMax, 0...1_000_000_000, field: "wage_max") { issues.append(issue) }
        if let wageMin, let wageMax, wageMin > wageMax { issues.append(.init(field: "wage_min", problem: .wageOrder)) }
        if let closesOn, closesOn < postedOn { issues.append(.init(field: "closes_on", problem: .date)) }
        return issues
    }
}
