import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

/// What an employer's HR officer may reach: their own company's records only. A record of
/// another company is answered exactly as a record that does not exist, so that ids cannot be
/// probed. The rules are here, not in a front end, so that any front end acting for an employer
/// keeps to them.
extension Office {
    /// The company's quota position today under Indonesia's rule (Rules/quota/indonesia.yaml), the
    /// same computation as `setara report quota`.
    public func quota(_ employer: Employer) throws -> QuotaPosition {
        try Self.quotaRules("indonesia").position(ownership: employer.ownership, workforce: QuotaWorkforce(employer: employer), on: today)
    }

    /// The counts of workers an HR officer keeps up to date on their company's record: the
    /// headcount and the workers with disabilities, and the parts of them a quota rule may weigh.
    public static let workforceFields: [EmployerField] = [
        .headcount, .shortTimeWorkers, .employeesWithDisabilities, .shortTimeWithDisabilities,
        .withSevereDisabilities, .shortTimeWithSevereDisabilities,
    ]

    /// The workforce counts of a new or changed company as a form gives them: a count left empty is
    /// 0, as an import file's missing column is, except the headcount, which must be given.
    public static func workforceCounts(_ given: [String: String?]) -> [String: FieldValue] {
        var fields: [String: FieldValue] = [:]
        for field in workforceFields {
            guard let entry = given[field.rawValue] else { continue }
            let text = entry?.trimmed ?? ""
            fields[field.rawValue] = .text(text.isEmpty && field != .headcount ? "0" : text)
        }
        return fields
    }

    /// An HR officer's change to the counts of workers of their own company (`workforceFields`,
    /// each given or left empty); any other field is left as it is. Checked as every change to an
    /// employer is, in one write transaction, with the fields that changed in the audit log.
    public func updateWorkforce(ofEmployer employerID: String, _ counts: [String: String?]) throws -> Saved<Employer> {
        try updateEmployer(employerID, RecordEdit(set: Self.workforceCounts(counts)))
    }

    /// The company's workplaces, in id order.
    public func workplaces(ofEmployer employerID: String) throws -> [Workplace] {
        try stored { try store.workplaces(ListQuery(parentID: employerID)) }
    }

    /// The company's vacancies at all its workplaces, in id order.
    public func vacancies(ofEmployer employerID: String) throws -> [Vacancy] {
        try workplaces(ofEmployer: employerID)
            .flatMap { workplace in try stored { try store.vacancies(ListQuery(parentID: workplace.id)) } }
            .sorted { $0.id < $1.id }
    }

    /// A workplace of this company, or not found.
    public func workplace(_ id: String, ofEmployer employerID: String) throws -> Workplace {
        let found = try workplace(id)
        guard found.employerID == employerID else { throw AppError.notFound(.workplace, id.trimmed.uppercased()) }
        return found
    }

    /// A vacancy at one of this company's workplaces, or not found.
    public func vacancy(_ id: String, ofEmployer employerID: String) throws -> Vacancy {
        let found = try vacancy(id)
        guard let workplace = try stored({ try store.workplace(id: found.workplaceID) }), workplace.employerID == employerID else {
            throw AppError.notFound(.vacancy, id.trimmed.uppercased())
        }
        return found
    }

    /// A workplace registered for this company: the employer field is the company's, whatever
    /// the form said.
    public func registerWorkplace(_ fields: [String: FieldValue], forEmployer employerID: String) throws -> Saved<Workplace> {
        var fields = fields
        fields[WorkplaceField.employer.rawValue] = .text(employerID)
        return try registerWorkplace(fields)
    }

    /// A vacancy registered at one of this company's workplaces.
    public func registerVacancy(_ fields: [String: FieldValue], forEmployer employerID: String) throws -> Saved<Vacancy> {
        guard let workplaceID = fields[VacancyField.workplace.rawValue]?.text else {
            throw AppError.invalid([ValidationIssue(field: VacancyField.workplace.rawValue, problem: .missing)])
        }
        _ = try workplace(workplaceID, ofEmployer: employerID)
        return try registerVacancy(fields)
    }

    /// A seeker's record as an officer opens it, written to the audit log as a view (who, when,
    /// which record; UU 27/2022 asks who has seen sensitive personal data).
    public func viewSeeker(_ key: String) throws -> (seeker: Seeker, category: DisabilityCategory?) {
        let found = try seeker(key, withCategory: true)
        try stored { try store.record([audit(.view, .seeker, found.seeker.id)]) }
        return found
    }

    /// Seekers an officer looks for: by name, id or NIK, in a region, a page at a time.
    public func findSeekers(search: String?, region: String?, limit: Int, offset: Int = 0) throws -> [Seeker] {
        let text = search?.trimmed
        return try stored {
            try store.seekers(ListQuery(region: region?.trimmed.isEmpty == false ? region : nil,
                                        search: text?.isEmpty == false ? text : nil, limit: limit, offset: offset))
        }
    }
}

extension Office {
    /// The problems a record's fields have now, without saving anything: a form asked one
    /// question per page checks each answer with the same rules the saving will apply.
    public func check(_ kind: RecordKind, _ fields: [String: FieldValue]) throws -> [ValidationIssue] {
        var fields = fields
        fields["id"] = .text(kind.id(number: 1))
        switch kind {
        case .employer: return employerRules().convert(.map(fields)).issues
        case .workplace: return try workplaceRules().convert(.map(fields)).issues
        case .vacancy: return vacancyRules().convert(.map(fields)).issues
        case .seeker: return seekerRules().convert(.map(fields)).issues
        }
    }
}

extension Office {
    /// Seekers shown to an officer in a ranking are views of their records: one audit entry
    /// each, naming where they were seen (`match:V000001`, `matches`).
    public func recordViews(seekerIDs: [String], seenIn place: String) throws {
        guard !seekerIDs.isEmpty else { return }
        try stored { try store.record(seekerIDs.map { audit(.view, .seeker, $0, fields: [place]) }) }
    }

    /// Open vacancies an officer looks for, by title or id, a page at a time.
    public func findOpenVacancies(search: String?, limit: Int) throws -> [Vacancy] {
        let text = search?.trimmed
        return try stored {
            try store.vacancies(ListQuery(search: text?.isEmpty == false ? text : nil, status: VacancyStatus.open.rawValue,
                                          openOn: today, limit: limit))
        }
    }
}
