import Foundation
import SetaraDomain

/// What the rest of Setara asks of storage. The SQLite backend implements it; a PostgreSQL
/// backend for national deployments can implement it without touching the domain or matching.
public protocol RecordStore: Sendable {
    /// Writes every record of the batch, inserting new ones and replacing existing ones with
    /// the same id, all in one transaction: either all of it is stored, or none.
    func write(_ batch: RecordBatch) throws
    /// Writes `batch`, then each part `next` returns until it returns nil, all in one
    /// transaction, so that a large import is written while it is still being checked. When
    /// `next` throws, nothing of any part is stored. `next` is called from inside the store's
    /// transaction and must not use the store.
    func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws

    func seeker(id: String) throws -> Seeker?
    func seeker(nik: String) throws -> Seeker?
    func employer(id: String) throws -> Employer?
    func workplace(id: String) throws -> Workplace?
    func vacancy(id: String) throws -> Vacancy?

    /// The seeker's disability category, if one was recorded with consent.
    func disabilityCategory(seekerID: String) throws -> DisabilityCategory?

    func seekers(_ query: ListQuery) throws -> [Seeker]
    func employers(_ query: ListQuery) throws -> [Employer]
    func workplaces(_ query: ListQuery) throws -> [Workplace]
    func vacancies(_ query: ListQuery) throws -> [Vacancy]
    /// The matching fields of the vacancies `vacancies` would list, in columns: what the matching
    /// index loads (without `limit` and `offset`).
    func vacancyProfiles(_ query: ListQuery) throws -> VacancyProfiles

    /// Which of the given ids exist, for reference checks before a write.
    func existingIDs(_ ids: Set<String>, of kind: RecordKind) throws -> Set<String>
    /// Seeker ids by NIK, for the given NIKs that are registered.
    func seekerIDs(forNIKs niks: Set<String>) throws -> [String: String]
    /// The next free id for a kind ("S000124" after "S000123").
    func nextID(_ kind: RecordKind) throws -> String

    func counts() throws -> RecordCounts

    /// A value kept with the database (for example whether it holds demo data).
    func meta(_ key: String) throws -> String?
    func setMeta(_ key: String, _ value: String?) throws
    /// Replaces a seeker's functional profile and needs, keeping everything else (the category
    /// included) as it is; one transaction.
    func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need]) throws

    /// Stores a new referral, numbering it within its day; returns it with its reference.
    func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date) throws -> Referral
    func referrals(seekerID: String) throws -> [Referral]
    func referrals(status: Referral.Status?, limit: Int) throws -> [Referral]

    /// A voice session's unfinished input, kept when it timed out.
    func saveDraft(seekerID: String, kind: String, payload: String, at date: Date) throws
    func draft(seekerID: String) throws -> (kind: String, payload: String)?
    func deleteDraft(seekerID: String) throws

    /// Removes every record (the demo uses it to replace its own data set).
    func removeAll() throws
}

extension RecordStore {
    /// For a backend without a transaction that stays open: the parts are gathered, then written.
    public func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws {
        var all = batch
        while let part = try next() { all.append(part) }
        try write(all)
    }

    public func vacancyProfiles(_ query: ListQuery) throws -> VacancyProfiles {
        var query = query
        query.limit = nil
        query.offset = 0
        return VacancyProfiles(try vacancies(query))
    }
}

public enum RecordKind: String, CaseIterable, Sendable {
    case seeker, employer, workplace, vacancy

    public var prefix: String {
        switch self {
        case .seeker: return IDPrefix.seeker
        case .employer: return IDPrefix.employer
        case .workplace: return IDPrefix.workplace
        case .vacancy: return IDPrefix.vacancy
        }
    }

    /// The id with this number: `S000124` for seeker 124.
    public func id(number: Int) -> String { prefix + zeroPadded(number, idDigits) }

    /// Zero-padded digits in a generated id.
    public var idDigits: Int {
        switch self {
        case .seeker, .vacancy: return 6
        case .employer, .workplace: return 5
        }
    }
}

/// Records to write together. `categories` holds disability categories by seeker id; a
/// seeker in the batch without an entry has any stored category removed.
public struct RecordBatch: Sendable {
    public var seekers: [Seeker]
    public var categories: [String: DisabilityCategory]
    public var employers: [Employer]
    public var workplaces: [Workplace]
    public var vacancies: [Vacancy]

    public init(seekers: [Seeker] = [], categories: [String: DisabilityCategory] = [:], employers: [Employer] = [],
                workplaces: [Workplace] = [], vacancies: [Vacancy] = []) {
        self.seekers = seekers
        self.categories = categories
        self.employers = employers
        self.workplaces = workplaces
        self.vacancies = vacancies
    }

    /// Adds another batch's records after this one's.
    public mutating func append(_ other: RecordBatch) {
        seekers += other.seekers
        categories.merge(other.categories) { _, new in new }
        employers += other.employers
        workplaces += other.workplaces
        vacancies += other.vacancies
    }

    public var isEmpty: Bool { seekers.isEmpty && employers.isEmpty && workplaces.isEmpty && vacancies.isEmpty }
    public var count: Int { seekers.count + employers.count + workplaces.count + vacancies.count }
}

/// Filters shared by the list commands. Nil means no filter.
public struct ListQuery: Sendable {
    /// A province (2 digits) or regency (4 digits) code.
    public var region: String?
    /// Words to find in names, titles and ids.
    public var search: String?
    /// Only the records of this employer (workplaces) or workplace (vacancies).
    public var parentID: String?
    /// `active`/`placed`/`inactive` for seekers, `open`/`closed` for vacancies.
    public var status: String?
    public var limit: Int?
    public var offset: Int

    public init(region: String? = nil, search: String? = nil, parentID: String? = nil, status: String? = nil,
                limit: Int? = nil, offset: Int = 0) {
        self.region = region
        self.search = search
        self.parentID = parentID
        self.status = status
        self.limit = limit
        self.offset = offset
    }
}

public struct RecordCounts: Sendable, Equatable, Codable {
    public var seekers: Int
    public var employers: Int
    public var workplaces: Int
    public var vacancies: Int

    public init(seekers: Int, employers: Int, workplaces: Int, vacancies: Int) {
        self.seekers = seekers
        self.employers = employers
        self.workplaces = workplaces
        self.vacancies = vacancies
    }

    public var total: Int { seekers + employers + workplaces + vacancies }
}

/// A storage failure, with the database path for the message.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable { case cannotOpen, corrupt, busy, newerSchema, other }
    public var reason: Reason
    public var path: String
    public var detail: String

    public init(_ reason: Reason, path: String, detail: String) {
        self.reason = reason
        self.path = path
        self.detail = detail
    }

    public var description: String { "\(path): \(detail)" }
}
