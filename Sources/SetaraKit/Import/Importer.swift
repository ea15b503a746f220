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
    public var batch: RecordBatch
    public var rejected: [RejectedRecord]
    /// Records that replace a stored record with the same id.
    public var updates: Int
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

    public func plan(_ records: [RawRecord]) throws -> ImportPlan {
        var rejected: [RejectedRecord] = []
        var batch = RecordBatch()
        var seenIDs: [String: RecordLocation] = [:]

        func reject(_ raw: RawRecord, _ id: String?, _ issues: [ValidationIssue]) {
            rejected.append(RejectedRecord(kind: raw.kind, location: raw.location, id: id, issues: issues))
        }
        func claim(_ id: String, _ raw: RawRecord) -> Bool {
            if seenIDs[id] != nil {
                reject(raw, id, [ValidationIssue(field: "id", problem: .duplicateID(id: id))])
                return false
            }
            seenIDs[id] = raw.location
            return true
        }
        // Ids named anywhere in the files, so that generated ones never collide with them.
        let namedIDs = records.compactMap { raw -> String? in
            if case .map(let map) = raw.value { return map["id"]?.text }
            return nil
        }
        var counters: [RecordKind: Int] = [:]
        func newID(_ kind: RecordKind) throws -> String {
            if counters[kind] == nil {
                counters[kind] = Int(try store.nextID(kind).dropFirst()) ?? 1
                let taken = namedIDs.filter { $0.hasPrefix(kind.prefix) }.compactMap { Int($0.dropFirst()) }.max() ?? 0
                counters[kind] = max(counters[kind]!, taken + 1)
            }
            defer { counters[kind]! += 1 }
            return kind.id(number: counters[kind]!)
        }

        let byKind = Dictionary(grouping: records, by: \.kind)
        // Ids named in the files first, so that generated ones never collide with them.

        // Employers.
        var pendingEmployers: [(RawRecord, Employer, Bool)] = []
        for raw in byKind[.employers] ?? [] {
            let result = RecordCodec.employer(raw.value)
            guard let employer = result.record else { reject(raw, nil, result.issues); continue }
            if !result.needsID, !claim(employer.id, raw) { continue }
            pendingEmployers.append((raw, employer, result.needsID))
        }
        for (raw, employer, needsID) in pendingEmployers {
            var employer = employer
            if needsID { employer.id = try newID(.employer); _ = claim(employer.id, raw) }
            batch.employers.append(employer)
        }
        let batchEmployers = Set(batch.employers.map(\.id))

        // Workplaces: the employer must be in this import or already stored.
        var workplaceResults: [(RawRecord, Workplace, Bool)] = []
        var referencedEmployers = Set<String>()
        for raw in byKind[.workplaces] ?? [] {
            let result = RecordCodec.workplace(raw.value, catalog: catalogIDs)
            guard let workplace = result.record else { reject(raw, nil, result.issues); continue }
            if !result.needsID, !claim(workplace.id, raw) { continue }
            workplaceResults.append((raw, workplace, result.needsID))
            referencedEmployers.insert(workplace.employerID)
        }
        let storedEmployers = try store.existingIDs(referencedEmployers.subtracting(batchEmployers), of: .employer)
        for (raw, workplace, needsID) in workplaceResults {
            var workplace = workplace
            guard batchEmployers.contains(workplace.employerID) || storedEmployers.contains(workplace.employerID) else {
                reject(raw, needsID ? nil : workplace.id,
                       [ValidationIssue(field: "employer", problem: .unknownReference(kind: "employer", id: workplace.employerID))])
                continue
            }
            if needsID { workplace.id = try newID(.workplace); _ = claim(workplace.id, raw) }
            batch.workplaces.append(workplace)
        }
        let batchWorkplaces = Set(batch.workplaces.map(\.id))

        // Vacancies: the workplace must be in this import or already stored.
        var vacancyResults: [(RawRecord, Vacancy, Bool)] = []
        var referencedWorkplaces = Set<String>()
        for raw in byKind[.vacancies] ?? [] {
            let result = RecordCodec.vacancy(raw.value, today: today)
            guard let vacancy = result.record else { reject(raw, nil, result.issues); continue }
            if !result.needsID, !claim(vacancy.id, raw) { continue }
            vacancyResults.append((raw, vacancy, result.needsID))
            referencedWorkplaces.insert(vacancy.workplaceID)
        }
        let storedWorkplaces = try store.existingIDs(referencedWorkplaces.subtracting(batchWorkplaces), of: .workplace)
        for (raw, vacancy, needsID) in vacancyResults {
            var vacancy = vacancy
            guard batchWorkplaces.contains(vacancy.workplaceID) || storedWorkplaces.contains(vacancy.workplaceID) else {
                reject(raw, needsID ? nil : vacancy.id,
                       [ValidationIssue(field: "workplace", problem: .unknownReference(kind: "workplace", id: vacancy.workplaceID))])
                continue
            }
            if needsID { vacancy.id = try newID(.vacancy); _ = claim(vacancy.id, raw) }
            batch.vacancies.append(vacancy)
        }

        // Seekers: one person, one record. A NIK already registered updates that seeker when
        // the file names no id, and is an error when the file names another id.
        var seekerResults: [(RawRecord, RecordCodec.SeekerResult)] = []
        var niks = Set<String>()
        let seekerRecords = byKind[.seekers] ?? []
        let day = today
        let converted = seekerRecords.parallelMap { RecordCodec.seeker($0.value, today: day) }
        for (raw, result) in zip(seekerRecords, converted) {
            guard let seeker = result.seeker else { reject(raw, nil, result.issues); continue }
            seekerResults.append((raw, result))
            niks.insert(seeker.nik)
        }
        let owners = try store.seekerIDs(forNIKs: niks)
        var nikInImport: [String: RecordLocation] = [:]
        for (raw, result) in seekerResults {
            var seeker = result.seeker!
            if nikInImport[seeker.nik] != nil {
                reject(raw, result.needsID ? nil : seeker.id, [ValidationIssue(field: "nik", problem: .duplicateNIK)])
                continue
            }
            if result.needsID, let owner = owners[seeker.nik] {
                seeker.id = owner
            } else if let owner = owners[seeker.nik], owner != seeker.id {
                reject(raw, seeker.id, [ValidationIssue(field: "nik", problem: .duplicateNIK)])
                continue
            }
            if !(result.needsID && owners[seeker.nik] == nil) {
                guard claim(seeker.id, raw) else { continue }
            } else {
                seeker.id = try newID(.seeker)
                _ = claim(seeker.id, raw)
            }
            nikInImport[seeker.nik] = raw.location
            batch.seekers.append(seeker)
            if let category = result.category { batch.categories[seeker.id] = category }
        }

        let allIDs = Set(batch.seekers.map(\.id))
        let stored = try store.existingIDs(allIDs, of: .seeker).count
            + store.existingIDs(Set(batch.employers.map(\.id)), of: .employer).count
            + store.existingIDs(Set(batch.workplaces.map(\.id)), of: .workplace).count
            + store.existingIDs(Set(batch.vacancies.map(\.id)), of: .vacancy).count
        rejected.sort { ($0.location.file, $0.location.line ?? 0, $0.location.record) < ($1.location.file, $1.location.line ?? 0, $1.location.record) }
        return ImportPlan(batch: batch, rejected: rejected, updates: stored)
    }
}
