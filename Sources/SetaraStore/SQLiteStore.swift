import CSQLiteSettings
import Foundation
import GRDB
import Synchronization
import SetaraDomain

/// The embedded backend: one SQLite file (WAL, foreign keys, busy timeout) through GRDB.
///
/// A command uses one connection (`DatabaseQueue`), which serialises every access on its own
/// queue. A server asks for readers (`StoreOptions.readers`): a `DatabasePool`, whose reads run
/// at once on their own connections, each on a snapshot (WAL), while its one writer writes. Both
/// are safe to share between threads.
public final class SQLiteStore: RecordStore {
    let db: any DatabaseWriter
    public let path: String
    /// Write transactions this store has ended (see `recordsVersion`).
    private let ownWrites = Atomic<UInt64>(0)
    /// How the store was opened, for the extra connections a long report reads on at once.
    let options: StoreOptions
    /// Audit entries handed in at the same time, committed together.
    let auditGroup = AuditGroupCommit()
    /// Signed-in sessions read in the last second (`signedIn`).
    let keptSessions = KeptSessions()

    /// Opens the database at `path` and brings its schema up to date. With `options.create`
    /// false, a missing file is an error (`.missing`) rather than a new, empty database: a
    /// mistyped path must not quietly become an office's database. A SQLite file that another
    /// program made is refused (`.notSetara`), never given Setara's tables. `path` ":memory:"
    /// gives a private in-memory database.
    public init(path: String, options: StoreOptions = StoreOptions()) throws {
        _ = Self.sqliteSettings
        self.path = path
        self.options = options
        let config = Self.configuration(options)
        do {
            if path == ":memory:" {
                db = try DatabaseQueue(configuration: config)
            } else {
                let exists = FileManager.default.fileExists(atPath: path)
                if !exists && !options.create {
                    throw StoreError(.missing, path: path, detail: "no database file")
                }
                if !exists {
                    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
                    // Owner only: the database holds NIKs and disability information (UU 27/2022).
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                            attributes: [.posixPermissions: 0o700])
                }
                // WAL is set once, when the file is made, and stays with the file. (GRDB's own WAL
                // set-up writes to the database on every open, so that even `seeker show` would
                // wait for another program's write.)
                if !exists {
                    let made = try DatabaseQueue(path: path, configuration: config)
                    try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
                    try made.writeWithoutTransaction { db in _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") }
                    try made.close()
                }
                if options.readers > 0 {
                    db = try Self.pool(path, config, options.readers)
                } else {
                    db = try DatabaseQueue(path: path, configuration: config)
                }
            }
            try Schema.migrate(db, path: path)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.cannotOpen, path: path, detail: error.localizedDescription)
        }
    }

    /// SQLite's settings for the whole process, made once, before the process's first
    /// connection: memory statistics off (`CSQLiteSettings`). The first store is opened before
    /// the program does anything else with SQLite or starts a thread that could.
    private static let sqliteSettings: Void = { _ = setara_sqlite_without_memory_statistics() }()

    /// Every connection's settings: foreign keys, the busy wait, and the pragmas below. `mapped`
    /// reads the file through memory mapping: a command's one connection and the outcomes
    /// report's extra connections, never a server's pool (see below).
    static func configuration(_ options: StoreOptions, mapped: Bool? = nil) -> Configuration {
        let mapped = mapped ?? (options.readers == 0)
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .callback(BusyWait(limit: options.busyLimit, onWait: options.onWait).callback)
        config.label = "setara"
        config.prepareDatabase { db in
            // 64 MB of page cache: a 100,000-record import then stays in memory until it commits.
            // A server's pool readers keep SQLite's usual 2 MB: a reader empties its whole cache
            // whenever another connection has committed since its last read, which in a server is
            // nearly every read (every page view writes an audit entry), and emptying a cache
            // grown large for one ranking took longer than the page's own queries (docs/web.md).
            let serverReader = options.readers > 0 && db.configuration.readonly
            try db.execute(sql: serverReader ? "PRAGMA cache_size = -2048" : "PRAGMA cache_size = -65536")
            // Reads straight from the file's pages, mapped into memory, instead of copying each
            // page into the cache first: the outcomes report reads every casework table through
            // (a sixth of its time went to those copies). SQLite still writes with write(2).
            // Not in a server: each time another connection commits (every page view writes an
            // audit entry), a mapped reader unmaps the whole file and maps it again, faulting its
            // pages back in and flushing both cores' address caches; under load that was a tenth
            // of a page's time (docs/web.md).
            if mapped { try db.execute(sql: "PRAGMA mmap_size = 4294967296") }
            // WAL's usual setting; per connection, and takes no lock.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return config
    }

    /// A WAL pool: its readers read while its writer writes (the file is in WAL mode already).
    private static func pool(_ path: String, _ config: Configuration, _ readers: Int) throws -> DatabasePool {
        var config = config
        config.maximumReaderCount = readers
        return try DatabasePool(path: path, configuration: config)
    }

    /// A read, with SQLite's errors turned into `StoreError`s that name the database.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try db.read(body) } catch let error as DatabaseError { throw StoreError(error, path: path) }
    }

    /// A write transaction (BEGIN IMMEDIATE: it takes the write lock before it reads, so that
    /// what it read is still true when it writes), with errors turned into `StoreError`s.
    /// Every write leaves the database no longer a pure demo (see `replaceWithDemo`).
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        // Counted once the transaction has ended: whoever reads the new count reads what it wrote.
        // Kept sessions are forgotten too: the write may have moved an officer to another office.
        defer {
            ownWrites.add(1, ordering: .sequentiallyConsistent)
            keptSessions.forgetAll()
        }
        do {
            return try db.write { db in
                let value = try body(db)
                try db.execute(sql: "DELETE FROM setara_meta WHERE key = ?", arguments: [Self.demoKey])
                return value
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// The meta key that marks a database holding nothing but `setara demo`'s data.
    static let demoKey = "demo"

    public func readTransaction<T>(_ body: (any RecordTransaction) throws -> T) throws -> T {
        try reading { db in try body(SQLiteTransaction(db: db)) }
    }

    public func transaction<T>(_ body: (any RecordTransaction) throws -> T) throws -> T {
        try writing { db in try body(SQLiteTransaction(db: db)) }
    }

    /// This store's record writes, and SQLite's `data_version` read on the writer's connection,
    /// which changes with every commit of any other connection (another program's, say) and with
    /// none of the writer's own: an audit entry this store writes changes neither.
    public func recordsVersion() throws -> RecordsVersion {
        let own = ownWrites.load(ordering: .sequentiallyConsistent)
        do {
            let others = try db.writeWithoutTransaction { db in try Int.fetchOne(db, kept: "PRAGMA data_version") ?? 0 }
            return RecordsVersion(own: own, others: others)
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    public func isPureDemo() throws -> Bool {
        try reading { db in try String.fetchOne(db, kept: "SELECT value FROM setara_meta WHERE key = ?", arguments: [Self.demoKey]) != nil }
    }

    public func replaceWithDemo(_ batch: RecordBatch, label: String) throws {
        try replaceWithDemo(batch, label: label, then: { _ in })
    }

    public func replaceWithDemo(_ batch: RecordBatch, label: String, then: (any RecordTransaction) throws -> Void) throws {
        defer {
            ownWrites.add(1, ordering: .sequentiallyConsistent)
            keptSessions.forgetAll()
        }
        do {
            // Not `writing`: that marks the database as no longer a pure demo.
            try db.write { db in
                let counts = try Self.counts(db)
                let isDemo = try String.fetchOne(db, kept: "SELECT value FROM setara_meta WHERE key = ?", arguments: [Self.demoKey]) != nil
                guard counts.total == 0 || isDemo else { throw StoreError(.notDemo, path: path, detail: "holds other records") }
                for table in Self.recordTables { try db.execute(sql: "DELETE FROM \(table)") }
                try Self.write(db, batch, then: { nil })
                try then(SQLiteTransaction(db: db))
                try db.execute(sql: "INSERT OR REPLACE INTO setara_meta (key, value) VALUES (?, ?)", arguments: [Self.demoKey, label])
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    /// Every table of records, children first.
    static let recordTables = ["audit", "follow_up", "placement", "referral_step", "referral", "case_note", "employer_visit",
                               "employment_plan", "training", "case_file", "officer", "labour_office", "voice_draft", "seeker_sensitive", "seeker_rating", "seeker",
                               "vacancy_demand", "vacancy", "workplace", "employer"]

    // MARK: Writing

    public func write(_ batch: RecordBatch) throws {
        try write(batch, then: { nil })
    }

    public func write(_ batch: RecordBatch, then next: () throws -> RecordBatch?) throws {
        try writing { db in try Self.write(db, batch, then: next) }
    }

    /// Writes `batch` and the parts `next` returns inside the caller's transaction.
    static func write(_ db: Database, _ batch: RecordBatch, then next: () throws -> RecordBatch?) throws {
        let seeker = try BulkStatement(db, sql: """
            INSERT INTO seeker (id, nik, name, birth_date, sex, phone, email, regency_code, province_code, address,
              education, skills, preferred_occupations, languages, max_hours_per_week, night_shift_ok, wants_remote,
              wage_expectation, needs, safety_restrictions, consent_given, consent_recorded_on, consent_recorded_by,
              registered_on, status)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(id) DO UPDATE SET nik = excluded.nik, name = excluded.name, birth_date = excluded.birth_date,
              sex = excluded.sex, phone = excluded.phone, email = excluded.email, regency_code = excluded.regency_code,
              province_code = excluded.province_code, address = excluded.address, education = excluded.education,
              skills = excluded.skills, preferred_occupations = excluded.preferred_occupations,
              languages = excluded.languages, max_hours_per_week = excluded.max_hours_per_week,
              night_shift_ok = excluded.night_shift_ok, wants_remote = excluded.wants_remote,
              wage_expectation = excluded.wage_expectation, needs = excluded.needs,
              safety_restrictions = excluded.safety_restrictions, consent_given = excluded.consent_given,
              consent_recorded_on = excluded.consent_recorded_on, consent_recorded_by = excluded.consent_recorded_by,
              registered_on = excluded.registered_on, status = excluded.status
            """)
        let clearRatings = try BulkStatement(db, sql: "DELETE FROM seeker_rating WHERE seeker_id = ?")
        let rating = try BulkStatement(db, sql: """
            INSERT INTO seeker_rating (seeker_id, dimension, without_aids, with_aids, source, assessed_on)
            VALUES (?,?,?,?,?,?)
            """)
        let clearCategory = try BulkStatement(db, sql: "DELETE FROM seeker_sensitive WHERE seeker_id = ?")
        let category = try db.cachedStatement(sql: "INSERT INTO seeker_sensitive (seeker_id, category) VALUES (?,?)")
        // Only seekers already stored can have old ratings and categories to clear. None can
        // in a first import; a large one reads the stored ids once instead of deleting per seeker.
        var storedIDs: Set<String>??
        func storedSeekers(_ part: RecordBatch) throws -> Set<String>? {
            if let storedIDs { return storedIDs }
            let found: Set<String>? = try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM seeker") == 0 ? []
                : part.seekers.count > bulkThreshold ? try String.fetchSet(db, sql: "SELECT id FROM seeker") : nil
            storedIDs = .some(found)
            return found
        }
        // An upsert, not INSERT OR REPLACE: replacing deletes the old row first, and the delete
        // cascades to the employer's workplaces, their vacancies and referrals.
        let employer = try db.cachedStatement(sql: """
            INSERT INTO employer (id, name, ownership, headcount, employees_with_disabilities, short_time_workers,
              short_time_with_disabilities, with_severe_disabilities, short_time_with_severe_disabilities, sector,
              phone, email, regency_code, province_code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, ownership = excluded.ownership,
              headcount = excluded.headcount, employees_with_disabilities = excluded.employees_with_disabilities,
              short_time_workers = excluded.short_time_workers, short_time_with_disabilities = excluded.short_time_with_disabilities,
              with_severe_disabilities = excluded.with_severe_disabilities,
              short_time_with_severe_disabilities = excluded.short_time_with_severe_disabilities,
              sector = excluded.sector, phone = excluded.phone, email = excluded.email,
              regency_code = excluded.regency_code, province_code = excluded.province_code
            """)
        let workplace = try db.cachedStatement(sql: """
            INSERT INTO workplace (id, employer_id, name, address, regency_code, province_code, features, accommodations)
            VALUES (?,?,?,?,?,?,?,?)
            ON CONFLICT(id) DO UPDATE SET employer_id = excluded.employer_id, name = excluded.name,
              address = excluded.address, regency_code = excluded.regency_code, province_code = excluded.province_code,
              features = excluded.features, accommodations = excluded.accommodations
            """)
        let vacancy = try db.cachedStatement(sql: """
            INSERT INTO vacancy (id, workplace_id, title, kbji, openings, min_education, hours_per_week, night_shift,
              remote, wage_min, wage_max, safety_tasks, posted_on, closes_on, status, demand_profile)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            ON CONFLICT(id) DO UPDATE SET workplace_id = excluded.workplace_id, title = excluded.title,
              kbji = excluded.kbji, openings = excluded.openings, min_education = excluded.min_education,
              hours_per_week = excluded.hours_per_week, night_shift = excluded.night_shift, remote = excluded.remote,
              wage_min = excluded.wage_min, wage_max = excluded.wage_max, safety_tasks = excluded.safety_tasks,
              posted_on = excluded.posted_on, closes_on = excluded.closes_on, status = excluded.status,
              demand_profile = excluded.demand_profile
            """)
        let clearDemands = try db.cachedStatement(sql: "DELETE FROM vacancy_demand WHERE vacancy_id = ?")
        let demand = try db.cachedStatement(sql: "INSERT INTO vacancy_demand (vacancy_id, dimension, level) VALUES (?,?,?)")
        let audit = try BulkStatement(db, sql: Self.auditInsert)
        var part: RecordBatch? = batch
        while let batch = part {
            for e in batch.employers {
                try employer.execute(arguments: [e.id, e.name, e.ownership.rawValue, e.headcount, e.employeesWithDisabilities,
                                                 e.shortTimeWorkers, e.shortTimeWithDisabilities, e.withSevereDisabilities,
                                                 e.shortTimeWithSevereDisabilities, e.sector, e.phone, e.email, e.regencyCode, e.provinceCode])
            }
            for w in batch.workplaces {
                try workplace.execute(arguments: [w.id, w.employerID, w.name, w.address, w.regencyCode, w.provinceCode,
                                                  JSONList.encode(w.features.map(\.rawValue)), JSONList.encode(w.accommodations)])
            }
            for v in batch.vacancies {
                try vacancy.execute(arguments: [v.id, v.workplaceID, v.title, v.kbji, v.openings, v.minEducation.rawValue,
                                                v.hoursPerWeek, v.nightShift, v.remote.rawValue, v.wageMin, v.wageMax,
                                                JSONList.encode(v.safetyTasks.map(\.rawValue)), v.postedOn.description,
                                                v.closesOn?.description, v.status.rawValue, DemandProfile.bytes(v.demands)])
                try clearDemands.execute(arguments: [v.id])
                for (dimension, level) in v.demands.sorted(by: { $0.key < $1.key }) {
                    try demand.execute(arguments: [v.id, dimension.rawValue, level])
                }
            }
            let stored = batch.seekers.isEmpty ? nil : try storedSeekers(batch)
            for s in batch.seekers {
                try seeker.run { b in
                    b.text(s.id); b.text(s.nik); b.text(s.name); b.text(s.birthDate?.description); b.text(s.sex?.rawValue)
                    b.text(s.phone); b.text(s.email); b.text(s.regencyCode); b.text(s.provinceCode); b.text(s.address)
                    b.text(s.education.rawValue); b.text(JSONList.encode(s.skills)); b.text(JSONList.encode(s.preferredOccupations))
                    b.text(JSONList.encode(s.languages)); b.int(s.maxHoursPerWeek); b.bool(s.nightShiftOK); b.bool(s.wantsRemote)
                    b.int(s.wageExpectation); b.text(JSONList.encode(s.needs.map(\.rawValue)))
                    b.text(JSONList.encode(s.safetyRestrictions.map(\.rawValue))); b.bool(s.consent.given)
                    b.text(s.consent.recordedOn?.description); b.text(s.consent.recordedBy); b.text(s.registeredOn.description)
                    b.text(s.status.rawValue)
                }
                let isStored = stored?.contains(s.id) ?? true
                if isStored { try clearRatings.run { $0.text(s.id) } }
                for (dimension, r) in s.profile.sorted(by: { $0.key < $1.key }) {
                    try rating.run { b in
                        b.text(s.id); b.text(dimension.rawValue); b.int(r.withoutAids); b.int(r.withAids)
                        b.text(r.source.rawValue); b.text(r.assessedOn?.description)
                    }
                }
                if isStored { try clearCategory.run { $0.text(s.id) } }
                // The category is kept only while consent is recorded.
                if s.consent.given, let value = batch.categories[s.id] {
                    try category.execute(arguments: [s.id, value.rawValue])
                }
            }
            for entry in batch.audit { try Self.write(entry, with: audit) }
            part = try next()
        }
    }

    public func meta(_ key: String) throws -> String? {
        try reading { db in try String.fetchOne(db, kept: "SELECT value FROM setara_meta WHERE key = ?", arguments: [key]) }
    }

    /// Sets a value kept with the database, outside any record (benchmarks mark their demo data so).
    public func setMeta(_ key: String, _ value: String) throws {
        do {
            try db.write { db in try db.execute(sql: "INSERT OR REPLACE INTO setara_meta (key, value) VALUES (?, ?)", arguments: [key, value]) }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        }
    }

    // MARK: Reading one (the same reads a transaction makes, each in a read of its own)

    public func seeker(id: String) throws -> Seeker? { try reading { try SQLiteTransaction(db: $0).seeker(id: id) } }
    public func seeker(nik: String) throws -> Seeker? { try reading { try SQLiteTransaction(db: $0).seeker(nik: nik) } }
    public func employer(id: String) throws -> Employer? { try reading { try SQLiteTransaction(db: $0).employer(id: id) } }
    public func workplace(id: String) throws -> Workplace? { try reading { try SQLiteTransaction(db: $0).workplace(id: id) } }
    public func vacancy(id: String) throws -> Vacancy? { try reading { try SQLiteTransaction(db: $0).vacancy(id: id) } }

    public func disabilityCategory(seekerID: String) throws -> DisabilityCategory? {
        try reading { try SQLiteTransaction(db: $0).disabilityCategory(seekerID: seekerID) }
    }

    // MARK: Lists

    public func seekers(_ query: ListQuery) throws -> [Seeker] {
        let (clause, arguments) = Self.filter(query, table: "s", searchColumns: ["s.id", "s.name"], regionColumn: "s",
                                              parentColumn: nil, statusColumn: "s.status")
        return try reading { db in try Self.seekers(db, where: clause, arguments: arguments, paging: query) }
    }

    public func employers(_ query: ListQuery) throws -> [Employer] {
        let (clause, arguments) = Self.filter(query, table: "employer", searchColumns: ["id", "name"], regionColumn: "employer",
                                              parentColumn: nil, statusColumn: nil)
        return try reading { db in try Self.employers(db, where: clause, arguments: arguments, paging: query) }
    }

    public func workplaces(_ query: ListQuery) throws -> [Workplace] {
        let (clause, arguments) = Self.filter(query, table: "workplace", searchColumns: ["id", "name"], regionColumn: "workplace",
                                              parentColumn: "employer_id", statusColumn: nil)
        return try reading { db in try Self.workplaces(db, where: clause, arguments: arguments, paging: query) }
    }

    public func vacancies(_ query: ListQuery) throws -> [Vacancy] {
        let (clause, arguments) = Self.filter(query, table: "v", searchColumns: ["v.id", "v.title", "v.kbji"], regionColumn: "w",
                                              parentColumn: "v.workplace_id", statusColumn: "v.status")
        return try reading { db in try Self.vacancies(db, where: clause, arguments: arguments, paging: query) }
    }

    public func vacancyProfiles(_ query: ListQuery) throws -> VacancyProfiles {
        let (clause, arguments) = Self.filter(query, table: "v", searchColumns: ["v.id", "v.title", "v.kbji"], regionColumn: "w",
                                              parentColumn: "v.workplace_id", statusColumn: "v.status")
        return try reading { db in try Self.vacancyProfiles(db, where: clause, arguments: arguments) }
    }

    /// Large sets (an import) are checked against one scan of the table instead of one query per id.
    static let bulkThreshold = 2_000

    public func vacancyTitles(_ ids: Set<String>) throws -> [String: String] {
        try reading { try SQLiteTransaction(db: $0).vacancyTitles(ids) }
    }

    public func existingIDs(_ ids: Set<String>, of kind: RecordKind) throws -> Set<String> {
        try reading { try SQLiteTransaction(db: $0).existingIDs(ids, of: kind) }
    }

    public func seekerIDs(forNIKs niks: Set<String>) throws -> [String: String] {
        try reading { try SQLiteTransaction(db: $0).seekerIDs(forNIKs: niks) }
    }

    public func nextID(_ kind: RecordKind) throws -> String {
        try reading { try SQLiteTransaction(db: $0).nextID(kind) }
    }

    public func counts() throws -> RecordCounts {
        try reading { try Self.counts($0) }
    }

    static func counts(_ db: Database) throws -> RecordCounts {
        RecordCounts(seekers: try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM seeker") ?? 0,
                     employers: try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM employer") ?? 0,
                     workplaces: try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM workplace") ?? 0,
                     vacancies: try Int.fetchOne(db, kept: "SELECT COUNT(*) FROM vacancy") ?? 0)
    }

    /// Runs a block with the underlying GRDB queue (for benchmarks and the matching index loader).
    public func read<T>(_ block: (Database) throws -> T) throws -> T {
        try reading(block)
    }
}
