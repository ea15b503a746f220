import Foundation

/// One rating of a person's capacity on a dimension: without aids (ICF capacity) and with
/// the person's usual aids (ICF performance), with where it came from and when.
public struct CapacityRating: Codable, Sendable, Hashable {
    public var withoutAids: Int
    public var withAids: Int
    public var source: RatingSource
    public var assessedOn: Day?

    public init(withoutAids: Int, withAids: Int? = nil, source: RatingSource = .selfReport, assessedOn: Day? = nil) {
        self.withoutAids = withoutAids
        self.withAids = max(withAids ?? withoutAids, withoutAids)
        self.source = source
        self.assessedOn = assessedOn
    }

    enum CodingKeys: String, CodingKey {
        case withoutAids = "without_aids", withAids = "with_aids", source, assessedOn = "assessed_on"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        withoutAids = try c.decode(Int.self, forKey: .withoutAids)
        withAids = try c.decodeIfPresent(Int.self, forKey: .withAids) ?? withoutAids
        source = try c.decodeIfPresent(RatingSource.self, forKey: .source) ?? .selfReport
        assessedOn = try c.decodeIfPresent(Day.self, forKey: .assessedOn)
    }
}

/// Consent to record and use disability information (UU 27/2022 on personal data protection).
public struct Consent: Codable, Sendable, Hashable {
    public var given: Bool
    public var recordedOn: Day?
    public var recordedBy: String?

    public init(given: Bool, recordedOn: Day? = nil, recordedBy: String? = nil) {
        self.given = given
        self.recordedOn = recordedOn
        self.recordedBy = recordedBy
    }

    enum CodingKeys: String, CodingKey { case given, recordedOn = "recorded_on", recordedBy = "recorded_by" }
}

/// Law 8/2016 category. Stored apart from the profile, only with consent, and never a
/// matching input: it exists for quota and statistics.
public enum DisabilityCategory: String, CaseIterable, Codable, Sendable {
    case fisik, intelektual, mental
    case sensorikNetra = "sensorik_netra"
    case sensorikRungu = "sensorik_rungu"
    case sensorikWicara = "sensorik_wicara"
    case ganda
}

public enum Sex: String, CaseIterable, Codable, Sendable { case female, male }

public enum SeekerStatus: String, CaseIterable, Codable, Sendable { case active, placed, inactive }

/// A job seeker registered at a labour office (the AK/1 card holder).
public struct Seeker: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var nik: String
    public var name: String
    public var birthDate: Day?
    public var sex: Sex?
    public var phone: String?
    public var email: String?
    public var regencyCode: String
    public var address: String?
    public var education: EducationLevel
    public var skills: [String]
    public var preferredOccupations: [String]
    public var languages: [String]
    public var maxHoursPerWeek: Int?
    public var nightShiftOK: Bool
    public var wantsRemote: Bool
    public var wageExpectation: Int?
    public var profile: [FunctionalDimension: CapacityRating]
    public var needs: [Need]
    public var safetyRestrictions: [SafetyTask]
    public var consent: Consent
    public var registeredOn: Day
    public var status: SeekerStatus

    public var provinceCode: String { String(regencyCode.prefix(2)) }

    public init(id: String, nik: String, name: String, birthDate: Day? = nil, sex: Sex? = nil, phone: String? = nil,
                email: String? = nil, regencyCode: String, address: String? = nil, education: EducationLevel = .sma,
                skills: [String] = [], preferredOccupations: [String] = [], languages: [String] = ["id"],
                maxHoursPerWeek: Int? = nil, nightShiftOK: Bool = false, wantsRemote: Bool = false,
                wageExpectation: Int? = nil, profile: [FunctionalDimension: CapacityRating] = [:], needs: [Need] = [],
                safetyRestrictions: [SafetyTask] = [], consent: Consent = Consent(given: false),
                registeredOn: Day, status: SeekerStatus = .active) {
        self.id = id; self.nik = nik; self.name = name; self.birthDate = birthDate; self.sex = sex
        self.phone = phone; self.email = email; self.regencyCode = regencyCode; self.address = address
        self.education = education; self.skills = skills; self.preferredOccupations = preferredOccupations
        self.languages = languages; self.maxHoursPerWeek = maxHoursPerWeek; self.nightShiftOK = nightShiftOK
        self.wantsRemote = wantsRemote; self.wageExpectation = wageExpectation; self.profile = profile
        self.needs = needs; self.safetyRestrictions = safetyRestrictions; self.consent = consent
        self.registeredOn = registeredOn; self.status = status
    }

    /// Effective capacity on a dimension: the rating with aids, or the top of the scale when
    /// nothing limits the person there (an unrated dimension is no known limitation).
    public func capacity(_ dimension: FunctionalDimension, withAids: Bool = true) -> Int {
        guard let rating = profile[dimension] else { return dimension.scale.upperBound }
        return withAids ? rating.withAids : rating.withoutAids
    }

    /// The AK/1 job-seeker card is valid two years from registration (Permenaker 39/2016).
    public var cardValidUntil: Day { registeredOn.adding(years: 2) }
}

public enum Ownership: String, CaseIterable, Codable, Sendable {
    case `private`, bumn, bumd, government

    /// Law 8/2016 Art. 53: 2% for government, BUMN and BUMD; 1% for private companies.
    public var quotaPercent: Double { self == .private ? 1 : 2 }
}

/// An employer (the legal entity), with what quota compliance needs.
public struct Employer: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var ownership: Ownership
    public var headcount: Int
    public var employeesWithDisabilities: Int
    /// Of the headcount, those who work short hours (Japan: 20 to 30 hours a week). Indonesia's
    /// rule counts them like everyone else; an office may record them all the same.
    public var shortTimeWorkers: Int
    /// Of the workers with disabilities, those who work short hours.
    public var shortTimeWithDisabilities: Int
    /// Of the workers with disabilities, those with a severe disability.
    public var withSevereDisabilities: Int
    /// Of the workers with a severe disability, those who work short hours (so also counted in
    /// `shortTimeWithDisabilities`).
    public var shortTimeWithSevereDisabilities: Int
    public var sector: String?
    public var phone: String?
    public var email: String?
    public var regencyCode: String

    public var provinceCode: String { String(regencyCode.prefix(2)) }

    public init(id: String, name: String, ownership: Ownership, headcount: Int, employeesWithDisabilities: Int = 0,
                shortTimeWorkers: Int = 0, shortTimeWithDisabilities: Int = 0, withSevereDisabilities: Int = 0, shortTimeWithSevereDisabilities: Int = 0,
                sector: String? = nil, phone: String? = nil, email: String? = nil, regencyCode: String) {
        self.id = id; self.name = name; self.ownership = ownership; self.headcount = headcount
        self.employeesWithDisabilities = employeesWithDisabilities
        self.shortTimeWorkers = shortTimeWorkers; self.shortTimeWithDisabilities = shortTimeWithDisabilities
        self.withSevereDisabilities = withSevereDisabilities; self.shortTimeWithSevereDisabilities = shortTimeWithSevereDisabilities
        self.sector = sector
        self.phone = phone; self.email = email; self.regencyCode = regencyCode
    }

    /// Workers with disabilities the quota asks for, rounded up.
    public var quotaRequired: Int { Int((Double(headcount) * ownership.quotaPercent / 100).rounded(.up)) }
}

extension Employer {
    /// The employer after a hire through a placement: one more worker with a disability, counted
    /// as full-time and without a severe disability (an officer who knows otherwise corrects the
    /// counts with `employer update`). The headcount grows only as far as the full-time workers
    /// must to hold the full-time workers with disabilities: the HR officer's figure is kept
    /// where it still fits. Returns the fields that changed.
    public mutating func countHire() -> [EmployerField] {
        employeesWithDisabilities += 1
        var changed: [EmployerField] = [.employeesWithDisabilities]
        let needed = shortTimeWorkers + employeesWithDisabilities - shortTimeWithDisabilities
        if headcount < needed { headcount = needed; changed.append(.headcount) }
        return changed
    }

    /// The employer after a placement it counted has ended: one worker with a disability fewer,
    /// taken from the full-time workers without a severe disability, as the hire was counted; if
    /// the officer has since recorded none there, from the short-time ones, then the severe ones,
    /// so that every part stays within its whole. The headcount is the HR officer's to change.
    /// Returns the fields that changed.
    public mutating func countLeaver() -> [EmployerField] {
        guard employeesWithDisabilities > 0 else { return [] }
        let workforce = QuotaWorkforce(employer: self)
        employeesWithDisabilities -= 1
        if workforce.disabledFullTime > 0 { return [.employeesWithDisabilities] }
        if workforce.disabledShortTime > 0 {
            shortTimeWithDisabilities -= 1
            return [.employeesWithDisabilities, .shortTimeWithDisabilities]
        }
        withSevereDisabilities -= 1
        if workforce.severeFullTime > 0 { return [.employeesWithDisabilities, .withSevereDisabilities] }
        shortTimeWithDisabilities -= 1
        shortTimeWithSevereDisabilities -= 1
        return [.employeesWithDisabilities, .withSevereDisabilities, .shortTimeWithDisabilities, .shortTimeWithSevereDisabilities]
    }
}

/// One site of an employer, with its accessibility features and the catalog accommodations
/// it already provides.
public struct Workplace: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var employerID: String
    public var name: String
    public var address: String?
    public var regencyCode: String
    public var features: [Feature]
    public var accommodations: [String]

    public var provinceCode: String { String(regencyCode.prefix(2)) }

    public init(id: String, employerID: String, name: String, address: String? = nil, regencyCode: String,
                features: [Feature] = [], accommodations: [String] = []) {
        self.id = id; self.employerID = employerID; self.name = name; self.address = address
        self.regencyCode = regencyCode; self.features = features; self.accommodations = accommodations
    }
}

public enum RemoteOption: String, CaseIterable, Codable, Sendable { case none, hybrid, full }
public enum VacancyStatus: String, CaseIterable, Codable, Sendable { case open, closed }

/// A vacancy at a workplace, with the job's demand profile on the same dimensions as capacity.
public struct Vacancy: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var workplaceID: String
    public var title: String
    public var kbji: String
    public var openings: Int
    public var demands: [FunctionalDimension: Int]
    public var minEducation: EducationLevel
    public var hoursPerWeek: Int
    public var nightShift: Bool
    public var remote: RemoteOption
    public var wageMin: Int?
    public var wageMax: Int?
    public var safetyTasks: [SafetyTask]
    public var postedOn: Day
    public var closesOn: Day?
    public var status: VacancyStatus

    public init(id: String, workplaceID: String, title: String, kbji: String, openings: Int = 1,
                demands: [FunctionalDimension: Int] = [:], minEducation: EducationLevel = .none, hoursPerWeek: Int = 40,
                nightShift: Bool = false, remote: RemoteOption = .none, wageMin: Int? = nil, wageMax: Int? = nil,
                safetyTasks: [SafetyTask] = [], postedOn: Day, closesOn: Day? = nil, status: VacancyStatus = .open) {
        self.id = id; self.workplaceID = workplaceID; self.title = title; self.kbji = kbji; self.openings = openings
        self.demands = demands; self.minEducation = minEducation; self.hoursPerWeek = hoursPerWeek
        self.nightShift = nightShift; self.remote = remote; self.wageMin = wageMin; self.wageMax = wageMax
        self.safetyTasks = safetyTasks; self.postedOn = postedOn; self.closesOn = closesOn; self.status = status
    }

    /// Demand on a dimension: the lowest level of the scale when the vacancy does not list it.
    public func demand(_ dimension: FunctionalDimension) -> Int { demands[dimension] ?? dimension.scale.lowerBound }
}
