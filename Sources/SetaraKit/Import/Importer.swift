import Foundation
import SetaraDomain
import SetaraStore

/// A record that will not be imported, with every reason.
public struct RejectedRecord: Sendable {
    public var kind: ImportKind
    public var location: RecordLocation
    public var id: String?
    public var issues: [ValidationIssue]

    public func lines(_ language: Language) -> [String] {
        let head = location.describe(language) + (id.map { " (\($0))" } ?? "")
        return issues.map { "\(head): \($0.message(language))" }
    }
}

/// What an import would write and what it rejects.
public struct ImportPlan: Sendable {
    /// The accepted records; empty when they were handed to a sink as they were checked.
    public var batch: RecordBatch
    public var rejected: [RejectedRecord]
    /// Records that change a stored record with the same id (or, for a seeker, the same NIK).
    public var updates: Int
    /// Each stored record the import changes, with the fields that change (a record given again
    /// unchanged is not listed).
    public var changes: [RecordChange]
    /// How many records of each kind were accepted.
    public var accepted: RecordCounts
}

/// Checks a set of files' records against each other, the catalog and the store, and writes
/// them in one transaction.
public struct Importer: Sendable {
    public let store: any RecordStore
    public let catalogIDs: Set<String>
    public let today: Day
    /// What a record already stored becomes: merged field by field (the default) or replaced.
    public let mode: ImportMode
    /// Who imports, for the audit log.
    public let actor: String

    public init(store: any RecordStore, catalogIDs: Set<String>, today: Day = .today(), mode: ImportMode = .merge,
                actor: String = "import") {
        self.store = store
        self.catalogIDs = catalogIDs
        self.today = today
        self.mode = mode
        self.actor = actor
    }

    /// How many seekers are checked and handed over at a time.
    static let partSize = 4_096

    /// Checks the records. Without `sink`, the accepted ones are returned in the plan's batch.
    /// With it, they are handed to `sink` in parts as they are checked (employers, workplaces and
    /// vacancies first, then seekers a few thousand at a time), so that they can be written
    /// while the rest is checked; the store is not read after the first part, so `sink` may
    /// hold the store's write transaction open.
    ///
    /// The store is read through `reads` (the store itself by default; the import's writer, so
    /// that the reads happen inside its write transaction and stay true until it commits).
    public func plan(_ records: [RawRecord], reads: (any RecordReads)? = nil, sink: ((RecordBatch) throws -> Void)? = nil) throws -> ImportPlan {
        let reads = reads ?? store
        var rejected: [RejectedRecord] = []
        var changes: [RecordChange] = []
        let stamp = AuditEntry.timestamp()
        func logged(_ kind: RecordKind, _ id: String, update: Bool, fields: [String]) -> AuditEntry {
            let action: AuditEntry.Action = !update ? .importCreate : mode == .merge ? .importUpdate : .importReplace
            return AuditEntry(at: stamp, actor: actor, action: action, kind: kind, recordID: id, fields: fields)
        }
        var batch = RecordBatch()
        var seenIDs = Set<String>()
        seenIDs.reserveCapacity(records.count)

        func reject(_ raw: RawRecord, _ id: String?, _ issues: [ValidationIssue]) {
            rejected.append(RejectedRecord(kind: raw.kind, location: raw.location, id: id, issues: issues))
        }
        func claim(_ id: String, _ raw: RawRecord) -> Bool {
            guard seenIDs.insert(id).inserted else {
                reject(raw, id, [ValidationIssue(field: "id", problem: .duplicateID(id: id))])
                return false
            }
            return true
        }
        // Ids named anywhere in the files, so that generated ones never collide with them.
        let namedIDs = records.compactMap { raw -> String? in
            raw.value.field("id")?.text
        }
        var counters: [RecordKind: Int] = [:]
        /// Reads from the store the first number `newID` may give.
        func startCounter(_ kind: RecordKind) throws {
            guard counters[kind] == nil else { return }
            // Valid ids only (at most 12 digits): S9223372036854775807 would overflow the counter.
            let taken = namedIDs.filter { Validate.recordID($0, prefix: kind.prefix) == nil }.compactMap { Int($0.dropFirst()) }.max() ?? 0
            counters[kind] = max(Int(try reads.readTransaction { try $0.nextID(kind) }.dropFirst()) ?? 1, taken + 1)
        }
        func newID(_ kind: RecordKind) throws -> String {
            try startCounter(kind)
            defer { counters[kind]! += 1 }
            return kind.id(number: counters[kind]!)
        }

        let byKind = Dictionary(grouping: records, by: \.kind)

        /// Converts one kind's records, gives ids to those without, and keeps those whose parent
        /// (`parent` of kind `parentKind`) is in `inImport` or already stored.
        func resolve<Record: Identifiable & Sendable>(
            _ kind: ImportKind, _ recordKind: RecordKind, convert: (FieldValue) -> RecordCodec.Result<Record>,
            parent: ((Record) -> String, RecordKind, Set<String>)?, setID: (inout Record, String) -> Void,
            read: (any RecordTransaction, String) throws -> Record?, export: (Record) -> [(String, OutValue)]
        ) throws -> [Record] where Record.ID == String {
            // The stored records the file names by id: merged into, unless replaced.
            let named = Set((byKind[kind] ?? []).compactMap { $0.value.field("id")?.text?.uppercased() })
            var storedFields: [String: [(String, OutValue)]] = [:]
            try reads.readTransaction { tx in
                for id in try tx.existingIDs(named, of: recordKind) {
                    if let record = try read(tx, id) { storedFields[id] = export(record) }
                }
            }
            var pending: [(RawRecord, Record, Bool)] = []
            for raw in byKind[kind] ?? [] {
                var value = raw.value
                if mode == .merge, let id = value.field("id")?.text?.uppercased(), let old = storedFields[id] {
                    value = ImportMerge.merged(old, ImportMerge.given(value))
                }
                let result = convert(value)
                guard let record = result.record else { reject(raw, nil, result.issues); continue }
                if !result.needsID, !claim(record.id, raw) { continue }
                pending.append((raw, record, result.needsID))
            }
            var stored = Set<String>()
            if let (parentOf, parentKind, inImport) = parent {
                stored = try reads.readTransaction { try $0.existingIDs(Set(pending.map { parentOf($0.1) }).subtracting(inImport), of: parentKind) }
            }
            var accepted: [Record] = []
            for (raw, record, needsID) in pending {
                var record = record
                if let (parentOf, parentKind, inImport) = parent, !inImport.contains(parentOf(record)), !stored.contains(parentOf(record)) {
                    reject(raw, needsID ? nil : record.id, [ValidationIssue(
                        field: parentKind.rawValue, problem: .unknownReference(kind: parentKind.rawValue, id: parentOf(record)))])
                    continue
                }
                if needsID {
                    setID(&record, try newID(recordKind))
                    _ = claim(record.id, raw)
                }
                if let old = storedFields[record.id] {
                    let fields = ImportMerge.changedFields(old, export(record))
                    if !fields.isEmpty { changes.append(RecordChange(kind: kind, id: record.id, fields: fields)) }
                    batch.audit.append(logged(recordKind, record.id, update: true, fields: fields))
                } else {
                    batch.audit.append(logged(recordKind, record.id, update: false, fields: []))
                }
                accepted.append(record)
            }
            return accepted
        }

        // Employers, then workplaces (whose employer must be in this import or stored), then
        // vacancies (likewise for their workplace).
        batch.employers = try resolve(.employers, .employer, convert: { RecordCodec.employer($0) }, parent: nil, setID: { $0.id = $1 },
                                      read: { try $0.employer(id: $1) }, export: RecordExport.fields)
        batch.workplaces = try resolve(.workplaces, .workplace, convert: { RecordCodec.workplace($0, catalog: catalogIDs) },
                                       parent: (\.employerID, .employer, Set(batch.employers.map(\.id))), setID: { $0.id = $1 },
                                       read: { try $0.workplace(id: $1) }, export: RecordExport.fields)
        let day = today
        batch.vacancies = try resolve(.vacancies, .vacancy, convert: { RecordCodec.vacancy($0, today: day) },
                                      parent: (\.workplaceID, .workplace, Set(batch.workplaces.map(\.id))), setID: { $0.id = $1 },
                                      read: { try $0.vacancy(id: $1) }, export: RecordExport.fields)

        var updates = try reads.readTransaction { tx in
            try tx.existingIDs(Set(batch.employers.map(\.id)), of: .employer).count
                + tx.existingIDs(Set(batch.workplaces.map(\.id)), of: .workplace).count
                + tx.existingIDs(Set(batch.vacancies.map(\.id)), of: .vacancy).count
        }

        // Seekers: one person, one record. A NIK already registered updates that seeker when
        // the file names no id, and is an error when the file names another id.
        // What the checks need from the store is read now, before any part is handed over.
        let seekerRecords = byKind[.seekers] ?? []
        let owners = try reads.readTransaction { try $0.seekerIDs(forNIKs: Set(seekerRecords.lazy.compactMap { $0.value.field("nik")?.text?.withoutSpaces })) }
        let storedSeekers = try reads.readTransaction { try $0.existingIDs(
            Set(namedIDs.lazy.filter { $0.hasPrefix(RecordKind.seeker.prefix) }).union(owners.values), of: .seeker) }
        if !seekerRecords.isEmpty { try startCounter(.seeker) }
        // The stored seekers the file changes, read now: merged into, unless replaced. (A first
        // import has none, and reads nothing here.)
        let storedSeekerFields: [String: [(String, OutValue)]] = try reads.readTransaction { tx in
            var fields: [String: [(String, OutValue)]] = [:]
            for id in storedSeekers {
                if let seeker = try tx.seeker(id: id) {
                    fields[id] = RecordExport.fields(seeker, category: try tx.disabilityCategory(seekerID: id))
                }
            }
            return fields
        }
        let merging = mode == .merge
        let storedFields = storedSeekerFields
        /// The stored record this one changes: its id, or the owner of its NIK.
        let storedKey: @Sendable (FieldValue) -> String? = { value in
            if let id = value.field("id")?.text?.uppercased() { return storedFields[id] == nil ? nil : id }
            return value.field("nik")?.text.map { $0.withoutSpaces }.flatMap { owners[$0] }
        }
        var accepted = RecordCounts(seekers: 0, employers: batch.employers.count, workplaces: batch.workplaces.count,
                                    vacancies: batch.vacancies.count)
        if let sink {
            try sink(batch)
            batch = RecordBatch()
        }

        // Converted on every core a part at a time; the checks against each other and the store
        // are serial, and move each seeker rather than copy it (100,000 records make copies show).
        var nikInImport = Set<String>()
        nikInImport.reserveCapacity(seekerRecords.count)
        var start = 0
        while start < seekerRecords.count {
            let end = min(start + Self.partSize, seekerRecords.count)
            let slice = Array(seekerRecords[start..<end])
            var converted = slice.parallelMap { raw in
                if merging, let id = storedKey(raw.value), let old = storedFields[id] {
                    return RecordCodec.seeker(ImportMerge.merged(old, ImportMerge.given(raw.value)), today: day)
                }
                return RecordCodec.seeker(raw.value, today: day)
            }
            var part = RecordBatch()
            part.seekers.reserveCapacity(converted.count)
            for index in converted.indices {
                let raw = seekerRecords[start + index], needsID = converted[index].needsID
                guard var seeker = converted[index].seeker.take() else { reject(raw, nil, converted[index].issues); continue }
                if nikInImport.contains(seeker.nik) {
                    reject(raw, needsID ? nil : seeker.id, [ValidationIssue(field: "nik", problem: .duplicateNIK)])
                    continue
                }
                let owner = owners[seeker.nik]
                if needsID, let owner {
                    seeker.id = owner
                } else if let owner, owner != seeker.id {
                    reject(raw, seeker.id, [ValidationIssue(field: "nik", problem: .duplicateNIK)])
                    continue
                }
                if !(needsID && owner == nil) {
                    guard claim(seeker.id, raw) else { continue }
                } else {
                    seeker.id = try newID(.seeker)
                    _ = claim(seeker.id, raw)
                }
                nikInImport.insert(seeker.nik)
                if storedSeekers.contains(seeker.id) { updates += 1 }
                if let old = storedSeekerFields[seeker.id] {
                    let fields = ImportMerge.changedFields(old, RecordExport.fields(seeker, category: converted[index].category))
                    if !fields.isEmpty { changes.append(RecordChange(kind: .seekers, id: seeker.id, fields: fields)) }
                    part.audit.append(logged(.seeker, seeker.id, update: true, fields: fields))
                } else {
                    part.audit.append(logged(.seeker, seeker.id, update: false, fields: []))
                }
                if let category = converted[index].category { part.categories[seeker.id] = category }
                part.seekers.append(seeker)
            }
            accepted.seekers += part.seekers.count
            if let sink { try sink(part) } else { batch.append(part) }
            start = end
        }

        rejected.sort { ($0.location.file, $0.location.line ?? 0, $0.location.record) < ($1.location.file, $1.location.line ?? 0, $1.location.record) }
        return ImportPlan(batch: batch, rejected: rejected, updates: updates, changes: changes, accepted: accepted)
    }
}
