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
    /// Records that replace a stored record with the same id.
    public var updates: Int
    /// How many records of each kind were accepted.
    public var accepted: RecordCounts
}

/// Checks a set of files' records against each other, the catalog and the store, and writes
/// them in one transaction.
public struct Importer: Sendable {
    public let store: any RecordStore
    public let catalogIDs: Set<String>
    public let today: Day

    public init(store: any RecordStore, catalogIDs: Set<String>, today: Day = .today()) {
        self.store = store
        self.catalogIDs = catalogIDs
        self.today = today
    }

    /// How many seekers are checked and handed over at a time.
    static let partSize = 4_096

    /// Checks the records. Without `sink`, the accepted ones are returned in the plan's batch.
    /// With it, they are handed to `sink` in parts as they are checked (employers, workplaces and
    /// vacancies first, then seekers a few thousand at a time), so that they can be written
    /// while the rest is checked; the store is not read after the first part, so `sink` may
    /// hold the store's write transaction open.
    public func plan(_ records: [RawRecord], sink: ((RecordBatch) throws -> Void)? = nil) throws -> ImportPlan {
        var rejected: [RejectedRecord] = []
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
            counters[kind] = max(Int(try store.nextID(kind).dropFirst()) ?? 1, taken + 1)
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
            parent: ((Record) -> String, RecordKind, Set<String>)?, setID: (inout Record, String) -> Void
        ) throws -> [Record] where Record.ID == String {
            var pending: [(RawRecord, Record, Bool)] = []
            for raw in byKind[kind] ?? [] {
                let result = convert(raw.value)
                guard let record = result.record else { reject(raw, nil, result.issues); continue }
                if !result.needsID, !claim(record.id, raw) { continue }
                pending.append((raw, record, result.needsID))
            }
            var stored = Set<String>()
            if let (parentOf, parentKind, inImport) = parent {
                stored = try store.existingIDs(Set(pending.map { parentOf($0.1) }).subtracting(inImport), of: parentKind)
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
                accepted.append(record)
            }
            return accepted
        }

        // Employers, then workplaces (whose employer must be in this import or stored), then
        // vacancies (likewise for their workplace).
        batch.employers = try resolve(.employers, .employer, convert: { RecordCodec.employer($0) }, parent: nil) { $0.id = $1 }
        batch.workplaces = try resolve(.workplaces, .workplace, convert: { RecordCodec.workplace($0, catalog: catalogIDs) },
                                       parent: (\.employerID, .employer, Set(batch.employers.map(\.id)))) { $0.id = $1 }
        let day = today
        batch.vacancies = try resolve(.vacancies, .vacancy, convert: { RecordCodec.vacancy($0, today: day) },
                                      parent: (\.workplaceID, .workplace, Set(batch.workplaces.map(\.id)))) { $0.id = $1 }

        var updates = try store.existingIDs(Set(batch.employers.map(\.id)), of: .employer).count
            + store.existingIDs(Set(batch.workplaces.map(\.id)), of: .workplace).count
            + store.existingIDs(Set(batch.vacancies.map(\.id)), of: .vacancy).count

        // Seekers: one person, one record. A NIK already registered updates that seeker when
        // the file names no id, and is an error when the file names another id.
        // What the checks need from the store is read now, before any part is handed over.
        let seekerRecords = byKind[.seekers] ?? []
        let owners = try store.seekerIDs(forNIKs: Set(seekerRecords.lazy.compactMap { $0.value.field("nik")?.text?.withoutSpaces }))
        let storedSeekers = try store.existingIDs(
            Set(namedIDs.lazy.filter { $0.hasPrefix(RecordKind.seeker.prefix) }).union(owners.values), of: .seeker)
        if !seekerRecords.isEmpty { try startCounter(.seeker) }
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
            var converted = slice.parallelMap { RecordCodec.seeker($0.value, today: day) }
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
                if let category = converted[index].category { part.categories[seeker.id] = category }
                part.seekers.append(seeker)
            }
            accepted.seekers += part.seekers.count
            if let sink { try sink(part) } else { batch.append(part) }
            start = end
        }

        rejected.sort { ($0.location.file, $0.location.line ?? 0, $0.location.record) < ($1.location.file, $1.location.line ?? 0, $1.location.record) }
        return ImportPlan(batch: batch, rejected: rejected, updates: updates, accepted: accepted)
    }
}
