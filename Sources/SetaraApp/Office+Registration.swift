import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

/// A change to one record: fields to set, and items to add to or remove from its list fields.
/// Fields not named keep their stored values.
public struct RecordEdit: Sendable {
    public var fields: [String: FieldValue]
    public var add: [String: [String]]
    public var remove: [String: [String]]

    public init(set fields: [String: FieldValue] = [:], add: [String: [String]] = [:], remove: [String: [String]] = [:]) {
        self.fields = fields
        self.add = add.filter { !$0.value.isEmpty }
        self.remove = remove.filter { !$0.value.isEmpty }
    }

    public var isEmpty: Bool { fields.isEmpty && add.isEmpty && remove.isEmpty }
}

/// What a registration or an update did.
public struct Saved<Record: Sendable>: Sendable {
    public var record: Record
    /// The fields whose stored value changed (all of them for a new record).
    public var changed: [String]
}

/// How each kind of record is read, checked and written: the same for all four, so that the
/// rules (ids given inside the write transaction, the parent exists, one NIK one seeker) are
/// written once.
struct RecordRules<Record: Sendable & Identifiable>: Sendable where Record.ID == String {
    var kind: RecordKind
    var convert: @Sendable (FieldValue) -> (record: Record?, category: DisabilityCategory?, issues: [ValidationIssue])
    var fields: @Sendable (Record, DisabilityCategory?) -> [(String, OutValue)]
    var read: @Sendable (any RecordTransaction, String) throws -> Record?
    var parent: (@Sendable (Record) -> (RecordKind, String))?
    var setID: @Sendable (inout Record, String) -> Void
    var batch: @Sendable (Record, DisabilityCategory?, [AuditEntry]) -> RecordBatch
}

extension Office {
    func seekerRules() -> RecordRules<Seeker> {
        let today = self.today
        return RecordRules(
            kind: .seeker,
            convert: { let r = RecordCodec.seeker($0, today: today); return (r.seeker, r.category, r.issues) },
            fields: { RecordExport.fields($0, category: $1) },
            read: { try $0.seeker(id: $1) }, parent: nil, setID: { $0.id = $1 },
            batch: { seeker, category, audit in
                RecordBatch(seekers: [seeker], categories: category.map { [seeker.id: $0] } ?? [:], audit: audit)
            })
    }

    func employerRules() -> RecordRules<Employer> {
        RecordRules(
            kind: .employer, convert: { let r = RecordCodec.employer($0); return (r.record, nil, r.issues) },
            fields: { e, _ in RecordExport.fields(e) }, read: { try $0.employer(id: $1) }, parent: nil, setID: { $0.id = $1 },
            batch: { e, _, audit in RecordBatch(employers: [e], audit: audit) })
    }

    func workplaceRules() throws -> RecordRules<Workplace> {
        let ids = try catalog().ids
        return RecordRules(
            kind: .workplace, convert: { let r = RecordCodec.workplace($0, catalog: ids); return (r.record, nil, r.issues) },
            fields: { w, _ in RecordExport.fields(w) }, read: { try $0.workplace(id: $1) },
            parent: { (.employer, $0.employerID) }, setID: { $0.id = $1 },
            batch: { w, _, audit in RecordBatch(workplaces: [w], audit: audit) })
    }

    func vacancyRules() -> RecordRules<Vacancy> {
        let today = self.today
        return RecordRules(
            kind: .vacancy, convert: { let r = RecordCodec.vacancy($0, today: today); return (r.record, nil, r.issues) },
            fields: { v, _ in RecordExport.fields(v) }, read: { try $0.vacancy(id: $1) },
            parent: { (.workplace, $0.workplaceID) }, setID: { $0.id = $1 },
            batch: { v, _, audit in RecordBatch(vacancies: [v], audit: audit) })
    }

    // MARK: Registering

    public func registerSeeker(_ fields: [String: FieldValue]) throws -> Saved<Seeker> { try register(fields, seekerRules()) }
    public func registerEmployer(_ fields: [String: FieldValue]) throws -> Saved<Employer> { try register(fields, employerRules()) }
    public func registerWorkplace(_ fields: [String: FieldValue]) throws -> Saved<Workplace> { try register(fields, try workplaceRules()) }
    public func registerVacancy(_ fields: [String: FieldValue]) throws -> Saved<Vacancy> { try register(fields, vacancyRules()) }

    /// Every problem the fields of a new record have, found without saving anything: the record's
    /// own checks, a parent that does not exist, a NIK already registered. For front ends that
    /// check each answer as it is given (the command line's guided questions); `register` checks
    /// again when it saves.
    public func problems(_ kind: RecordKind, _ fields: [String: FieldValue]) throws -> [ValidationIssue] {
        var given = fields
        given["id"] = nil
        // A record's own checks (a NIK's length, its agreement with sex and birth date, wage order)
        // run once its required fields are there: while a form is half answered, the missing ones
        // stand in with valid values, and nothing is said about them.
        let standIns: [String: String] = switch kind {
        case .seeker: ["name": "-", "nik": "3402014101900001", "regency": "3402", "education": "none"]
        case .employer: ["name": "-", "ownership": "private", "headcount": "10000000", "regency": "3402"]
        case .workplace: ["employer": "E00001", "name": "-", "regency": "3402"]
        case .vacancy: ["workplace": "W00001", "title": "-", "kbji": "4132"]
        }
        var complete = given
        let missing = standIns.keys.filter { given[$0]?.text == nil }
        for key in missing { complete[key] = .text(standIns[key]!) }
        func mine(_ issues: [ValidationIssue]) -> [ValidationIssue] {
            issues.filter { issue in
                !missing.contains(issue.field)
                    && !(missing.contains("nik") && [.nikSex, .nikBirthDateDiffers].contains(issue.problem))
            } + missing.filter { given[$0] != nil }.map { ValidationIssue(field: $0, problem: .missing) }
        }
        switch kind {
        case .seeker:
            let checked = seekerRules().convert(.map(complete))
            var issues = mine(checked.issues)
            if !missing.contains("nik"), let seeker = checked.record, let owner = try stored({ try store.seeker(nik: seeker.nik) }), owner.id != seeker.id {
                issues.append(ValidationIssue(field: "nik", problem: .duplicateNIK))
            }
            return issues
        case .employer:
            return mine(employerRules().convert(.map(complete)).issues)
        case .workplace:
            let rules = try workplaceRules()
            return try mine(rules.convert(.map(complete)).issues) + missingParent(given, field: "employer", of: .employer)
        case .vacancy:
            return try mine(vacancyRules().convert(.map(complete)).issues) + missingParent(given, field: "workplace", of: .workplace)
        }
    }

    private func missingParent(_ fields: [String: FieldValue], field: String, of kind: RecordKind) throws -> [ValidationIssue] {
        guard let id = fields[field]?.text?.uppercased(), try stored({ try store.existingIDs([id], of: kind) }).isEmpty else { return [] }
        return [ValidationIssue(field: field, problem: .unknownReference(kind: kind.rawValue, id: id))]
    }

    /// Checks a new record, then, in one write transaction, checks what it refers to and gives
    /// it the next free id: two officers registering at the same moment get two ids.
    func register<Record>(_ fields: [String: FieldValue], _ rules: RecordRules<Record>) throws -> Saved<Record> {
        var fields = fields
        fields["id"] = nil
        let checked = rules.convert(.map(fields))
        guard var record = checked.record else { throw AppError.invalid(checked.issues) }
        let category = checked.category
        try stored {
            try store.transaction { tx in
                try checkReferences(record, rules, tx)
                rules.setID(&record, try tx.nextID(rules.kind))
                let names = rules.fields(record, category).filter { !$0.1.isEmpty }.map(\.0)
                try tx.write(rules.batch(record, category, [audit(.create, rules.kind, record.id, fields: names)]))
            }
        }
        return Saved(record: record, changed: rules.fields(record, category).map(\.0))
    }

    /// The parent exists; a seeker's NIK is not another seeker's.
    private func checkReferences<Record>(_ record: Record, _ rules: RecordRules<Record>, _ tx: any RecordTransaction) throws {
        if let parent = rules.parent?(record), try tx.existingIDs([parent.1], of: parent.0).isEmpty {
            throw AppError.invalid([ValidationIssue(field: parent.0.rawValue, problem: .unknownReference(kind: parent.0.rawValue, id: parent.1))])
        }
        if let seeker = record as? Seeker, let owner = try tx.seekerIDs(forNIKs: [seeker.nik])[seeker.nik], owner != seeker.id {
            throw AppError(.data, subject: LocalizedText(id: "NIK", en: "NIK"),
                           problem: LocalizedText(id: "NIK ini sudah terdaftar sebagai \(owner).", en: "This NIK is already registered as \(owner)."),
                           hint: LocalizedText(id: "Ubah data itu dengan: setara seeker update \(owner)",
                                               en: "Change that record with: setara seeker update \(owner)"))
        }
    }

    // MARK: Updating

    public func updateSeeker(_ id: String, _ edit: RecordEdit) throws -> Saved<Seeker> { try update(id, edit, seekerRules()) }
    public func updateEmployer(_ id: String, _ edit: RecordEdit) throws -> Saved<Employer> { try update(id, edit, employerRules()) }
    public func updateWorkplace(_ id: String, _ edit: RecordEdit) throws -> Saved<Workplace> { try update(id, edit, try workplaceRules()) }
    public func updateVacancy(_ id: String, _ edit: RecordEdit) throws -> Saved<Vacancy> { try update(id, edit, vacancyRules()) }

    /// Reads the stored record, applies the edit and writes it back, all in one write
    /// transaction: a change made by someone else meanwhile is never written over with an old copy.
    /// Consent given as "no" withdraws it: the disability category is removed, and the log says
    /// who withdrew it and when.
    func update<Record>(_ id: String, _ edit: RecordEdit, _ rules: RecordRules<Record>) throws -> Saved<Record> {
        guard !edit.isEmpty else {
            throw AppError(.usage, problem: LocalizedText(id: "Tidak ada yang diubah; beri paling sedikit satu kolom.",
                                                          en: "Nothing to change; give at least one field."))
        }
        let key = id.trimmed.uppercased()
        return try stored {
            try store.transaction { tx in
                guard let old = try rules.read(tx, key) else { throw AppError.notFound(rules.kind, key) }
                let oldCategory = rules.kind == .seeker ? try tx.disabilityCategory(seekerID: key) : nil
                let before = rules.fields(old, oldCategory)
                // The stored fields with the ones given laid over them: the same merge an import makes.
                guard case .map(var fields) = ImportMerge.merged(before, edit.fields) else { throw AppError.notFound(rules.kind, key) }
                for (name, items) in edit.add { fields[name] = .list(Self.edited(fields[name], adding: items, removing: [])) }
                for (name, items) in edit.remove {
                    let current = Self.edited(fields[name], adding: [], removing: [])
                    let missing = items.filter { item in !current.contains { $0.text?.lowercased() == item.trimmed.lowercased() } }
                    if !missing.isEmpty {
                        throw AppError(.data, subject: LocalizedText(id: "\(rules.kind.indonesian) \(key), \(name)", en: "\(rules.kind.rawValue) \(key), \(name)"),
                                       problem: LocalizedText(id: "tidak berisi \(missing.joined(separator: ", ")); tidak ada yang diubah.",
                                                              en: "does not hold \(missing.joined(separator: ", ")); nothing was changed."))
                    }
                    fields[name] = .list(Self.edited(fields[name], adding: [], removing: items))
                }
                var action = AuditEntry.Action.update
                if rules.kind == .seeker, let consent = edit.fields["consent"], Self.consentGiven(consent) == false {
                    // Withdrawn consent takes the category with it, whoever asks.
                    fields["disability_category"] = nil
                    fields["consent"] = .map(["given": .text("no"), "recorded_on": .text(today.description),
                                              "recorded_by": .text(actor.name)])
                    if oldCategory != nil || (old as? Seeker)?.consent.given == true { action = .consentWithdrawn }
                }
                fields["id"] = .text(key)
                let checked = rules.convert(.map(fields))
                guard let record = checked.record else { throw AppError.invalid(checked.issues) }
                try checkReferences(record, rules, tx)
                let after = rules.fields(record, checked.category)
                let changed = ImportMerge.changedFields(before, after)
                if !changed.isEmpty {
                    try tx.write(rules.batch(record, checked.category, [audit(action, rules.kind, key, fields: changed)]))
                }
                return Saved(record: record, changed: changed)
            }
        }
    }

    /// A list field's items after an edit, in their stored order, new ones last, no duplicates.
    static func edited(_ value: FieldValue?, adding: [String], removing: [String]) -> [FieldValue] {
        var items: [String] = switch value {
        case .list(let list)?: list.compactMap(\.text)
        case .text(let text)?: text.split(whereSeparator: { $0 == ";" || $0 == "," }).map { String($0).trimmed }
        default: []
        }
        let drop = Set(removing.map { $0.trimmed.lowercased() })
        items.removeAll { drop.contains($0.lowercased()) }
        for item in adding.map(\.trimmed) where !items.contains(where: { $0.lowercased() == item.lowercased() }) { items.append(item) }
        return items.map(FieldValue.text)
    }

    static func consentGiven(_ value: FieldValue) -> Bool? {
        let text: String? = switch value {
        case .map(let map): map["given"]?.text
        default: value.text
        }
        return text.flatMap(YesNo.parse)
    }
}

extension OutValue {
    /// No value at all: null, empty text, an empty list or object.
    var isEmpty: Bool {
        switch self {
        case .null: return true
        case .text(let t): return t.isEmpty
        case .list(let l): return l.isEmpty
        case .object(let o): return o.isEmpty
        case .int, .decimal, .bool: return false
        }
    }
}
