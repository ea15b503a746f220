import Foundation
import SetaraDomain

/// What the rest of Setara asks of storage. The SQLite backend implements it; a PostgreSQL
/// backend for national deployments can implement it without touching the domain or matching.
public protocol RecordStore: RecordReads, RecordLookup {
    /// Writes every record of the batch, inserting new ones and updating existing ones with
    /// the same id, all in one transaction: either all of it is stored, or none.
    func write(_ batch: RecordBatch) throws
    /// Writes `batch`, then each part `next` returns until it returns nil, all in one
    /// transaction, so that a large import is written while it is still being checked. When
    /// `next` throws, nothing of any part is stored. `next` is called from inside the store's
    /// transaction and must not use the store.
    func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws

    /// Runs `body` in one write transaction that no other writer can interleave with: an id
    /// given, a record read and changed, a reference numbered inside it stay true until it
    /// commits. When `body` throws, nothing it wrote is kept. `body` must not use the store itself.
    func transaction<T>(_ body: (any RecordTransaction) throws -> T) throws -> T

    func seekers(_ query: ListQuery) throws -> [Seeker]
    func employers(_ query: ListQuery) throws -> [Employer]
    func workplaces(_ query: ListQuery) throws -> [Workplace]
    func vacancies(_ query: ListQuery) throws -> [Vacancy]
    /// The matching fields of the vacancies `vacancies` would list, in columns: what the matching
    /// index loads (without `limit` and `offset`).
    func vacancyProfiles(_ query: ListQuery) throws -> VacancyProfiles

    func counts() throws -> RecordCounts

    /// A value that changes whenever a record may have changed, by this process or another: what
    /// was computed from the records (a ranking kept between a web server's requests) holds as
    /// long as it stays the same. Audit entries and web sessions alone do not change it.
    func recordsVersion() throws -> RecordsVersion

    /// A value kept with the database.
    func meta(_ key: String) throws -> String?
    /// True when the database holds nothing but the data `setara demo` made: no one has added
    /// or changed anything since.
    func isPureDemo() throws -> Bool
    /// Replaces the demo data with `batch`, in one transaction; refuses (`.notDemo`) when the
    /// database holds anything else than an earlier demo, read inside the same transaction.
    func replaceWithDemo(_ batch: RecordBatch, label: String) throws
    /// The same, then `then` writes more (the demo's casework) inside the same transaction.
    func replaceWithDemo(_ batch: RecordBatch, label: String, then: (any RecordTransaction) throws -> Void) throws

    /// Replaces a seeker's functional profile and needs, keeping everything else (the category
    /// included) as it is; one transaction.
    func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need], audit: AuditEntry?) throws

    /// Stores a new referral, numbering it within its day; returns it with its reference.
    func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date) throws -> Referral
    func referrals(status: Referral.Status?, limit: Int) throws -> [Referral]

    /// A voice session's unfinished input, kept when it timed out.
    func saveDraft(seekerID: String, kind: String, payload: String, at date: Date) throws
    func draft(seekerID: String) throws -> (kind: String, payload: String)?
    func deleteDraft(seekerID: String) throws

    /// Appends to the audit log on its own (an export, a view); changes write theirs with the change.
    func record(_ entries: [AuditEntry]) throws
    /// The audit log, newest last: every entry, or those about one record.
    func auditLog(recordID: String?, limit: Int) throws -> [AuditEntry]
}

/// Runs reads against one consistent view of the records: a store (a read transaction of its
/// own) or an import's writer (inside its write transaction).
public protocol RecordReads: Sendable {
    func readTransaction<T>(_ body: (any RecordTransaction) throws -> T) throws -> T
}

/// Single records and ids, read the same way by the store and inside a transaction.
public protocol RecordLookup {
    func seeker(id: String) throws -> Seeker?
    func seeker(nik: String) throws -> Seeker?
    func employer(id: String) throws -> Employer?
    func workplace(id: String) throws -> Workplace?
    func vacancy(id: String) throws -> Vacancy?
    /// The titles of the given vacancies that exist, by id (a list of referrals names them).
    func vacancyTitles(_ ids: Set<String>) throws -> [String: String]
    /// The seeker's disability category, if one was recorded with consent.
    func disabilityCategory(seekerID: String) throws -> DisabilityCategory?
    /// Which of the given ids exist, for reference checks before a write.
    func existingIDs(_ ids: Set<String>, of kind: RecordKind) throws -> Set<String>
    /// Seeker ids by NIK, for the given NIKs that are registered.
    func seekerIDs(forNIKs niks: Set<String>) throws -> [String: String]
    /// The next free id for a kind ("S000124" after "S000123"). Outside a transaction it is only
    /// a hint: another writer may take it first. New records get theirs inside `transaction`.
    func nextID(_ kind: RecordKind) throws -> String
    func referrals(seekerID: String) throws -> [Referral]
}

/// What one write transaction may read and write (see `RecordStore.transaction`).
public protocol RecordTransaction: RecordLookup {
    func write(_ batch: RecordBatch) throws
    /// Writes `batch`, then each part `next` returns until it returns nil (a large import, written
    /// while it is checked).
    func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws
    func addReferral(seekerID: String, vacancyID: String, channel: Referral.Channel, score: Int?, at date: Date,
                     audit: AuditEntry?) throws -> Referral
    func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need], audit: AuditEntry?) throws
    /// Offices, cases, referral steps, placements, follow-ups, notes, visits and plans, read and
    /// written inside this transaction.
    var cases: any CaseRecords { get }
}

/// One line of the audit log: who did what to which record, and when. It names the fields that
/// changed, never their values, so that the log itself holds no personal data.
public struct AuditEntry: Sendable, Equatable {
    public enum Action: String, Sendable, CaseIterable {
        case create, update, replace, importCreate = "import_create", importUpdate = "import_update",
             importReplace = "import_replace", consentWithdrawn = "consent_withdrawn", profileUpdate = "profile_update",
             referral, export, view,
             // Casework (v6): the entry names the step or the record, never a note's words.
             referralStep = "referral_step", placement, followUp = "follow_up", note, visit, plan, office,
             caseFile = "case_file"
    }

    /// ISO 8601 time (UTC).
    public var at: String
    /// The officer, or `seeker:S000001` for a seeker at the voice terminal.
    public var actor: String
    public var action: Action
    public var kind: RecordKind
    public var recordID: String?
    /// The fields that changed (or, for an export, what was exported).
    public var fields: [String]

    public init(at: String, actor: String, action: Action, kind: RecordKind, recordID: String?, fields: [String] = []) {
        self.at = at
        self.actor = actor
        self.action = action
        self.kind = kind
        self.recordID = recordID
        self.fields = fields
    }

    /// Now, as the log writes times.
    public static func timestamp(_ date: Date = Date()) -> String { Timestamp.text(date) }
}

/// How a store is opened.
public struct StoreOptions: Sendable {
    /// Whether a missing file becomes a new database (only `setara init`, `setara demo` and tests).
    public var create: Bool
    /// How long to wait for another writer before giving up, in seconds.
    public var busyLimit: Double
    /// Called about every two seconds while waiting for another writer, with the seconds waited.
    public var onWait: (@Sendable (Int) -> Void)?

    /// Connections that read while another writes (a WAL reader pool): 0 for one connection that
    /// does everything in turn (a command), a few for a server answering many requests at once.
    public var readers: Int

    public init(create: Bool = true, busyLimit: Double = 60, onWait: (@Sendable (Int) -> Void)? = nil, readers: Int = 0) {
        self.create = create
        self.busyLimit = busyLimit
        self.onWait = onWait
        self.readers = readers
    }
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
    /// Audit entries written in the same transaction as the records.
    public var audit: [AuditEntry]

    public init(seekers: [Seeker] = [], categories: [String: DisabilityCategory] = [:], employers: [Employer] = [],
                workplaces: [Workplace] = [], vacancies: [Vacancy] = [], audit: [AuditEntry] = []) {
        self.audit = audit
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
        audit += other.audit
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
    /// Vacancies only: leave out those whose closing date is before this day.
    public var openOn: Day?
    public var limit: Int?
    public var offset: Int

    public init(region: String? = nil, search: String? = nil, parentID: String? = nil, status: String? = nil,
                openOn: Day? = nil, limit: Int? = nil, offset: Int = 0) {
        self.openOn = openOn
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
    public enum Reason: Sendable {
        /// The file cannot be opened or created (folder, permissions).
        case cannotOpen
        /// Not a database, or damaged.
        case corrupt
        /// Another writer held the database longer than the store waits.
        case busy
        /// Made by a newer Setara.
        case newerSchema
        /// No database at the path, and this command does not create one.
        case missing
        /// A SQLite database made by another program.
        case notSetara
        /// `replaceWithDemo` on a database with other records.
        case notDemo
        /// The disk (or the file system's quota) is full.
        case diskFull
        case other
    }
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

/// See `RecordStore.recordsVersion()`.
public struct RecordsVersion: Sendable, Hashable {
    /// Record writes this store made (counted after each write transaction ends).
    public var own: UInt64
    /// What the database says of every other connection's commits (another program's included).
    public var others: Int

    public init(own: UInt64, others: Int) {
        self.own = own
        self.others = others
    }
}
