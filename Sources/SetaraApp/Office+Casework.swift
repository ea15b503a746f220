import Foundation
import SetaraDomain
import SetaraStore

// Casework (issue 14): offices and officers, the referral's steps, placements, follow-ups,
// notes, employer visits, plans and the due list. The stages are in docs/casework.md.

extension Office {
    /// The name a step is signed with: the officer's, or `seeker:S000001` at the voice terminal.
    var signature: String { actor.role == .officer ? actor.name : actor.auditName }

    /// Only officers (and the system, for the demo) take casework steps; a seeker at the voice
    /// terminal or an employer cannot.
    func requireOfficer() throws {
        guard actor.role == .officer || actor.role == .system else {
            throw AppError(.usage, problem: LocalizedText(id: "Langkah ini hanya dapat dicatat oleh petugas.",
                                                          en: "Only an officer can record this step."))
        }
    }

    // MARK: Offices and officers

    public func saveOffice(_ office: LabourOffice) throws {
        try requireOfficer()
        var issues: [String] = []
        if office.id.trimmed.isEmpty { issues.append("id") }
        if office.name.trimmed.isEmpty { issues.append("name") }
        guard issues.isEmpty, office.regencyCode.count == 4, office.regencyCode.allSatisfy(\.isASCIIDigitCharacter) else {
            throw AppError(.data, subject: LocalizedText(id: "Kantor \(office.id)", en: "Office \(office.id)"),
                           problem: LocalizedText(id: "perlu kode, nama, dan kode kabupaten/kota 4 angka (mis. 3471).",
                                                  en: "needs an id, a name and a 4-digit regency code (e.g. 3471)."))
        }
        try stored {
            try store.transaction { tx in
                try tx.cases.save(office)
                try tx.cases.record([audit(.office, .employer, office.id, fields: ["office"])])
            }
        }
    }

    public func saveOfficer(_ officer: Officer) throws {
        try requireOfficer()
        try stored {
            try store.transaction { tx in
                guard try tx.cases.office(id: officer.officeID) != nil else { throw AppError.missing(.office, officer.officeID) }
                try tx.cases.save(officer)
                try tx.cases.record([audit(.office, .employer, officer.officeID, fields: ["officer"])])
            }
        }
    }

    public func offices() throws -> (offices: [LabourOffice], officers: [Officer]) {
        try stored { try store.readTransaction { tx in (try tx.cases.offices(), try tx.cases.officers()) } }
    }

    // MARK: The case

    /// The seeker's case, opened at the office of their regency (else the officer's office)
    /// the first time casework touches them.
    func caseFile(_ seeker: Seeker, _ tx: any RecordTransaction) throws -> CaseFile {
        if let existing = try tx.cases.caseFile(seekerID: seeker.id) { return existing }
        let own = actor.role == .officer ? try tx.cases.officer(username: actor.name)?.officeID : nil
        guard let officeID = try tx.cases.office(regencyCode: seeker.regencyCode)?.id ?? own else {
            throw AppError(.data, subject: LocalizedText(id: "Pencari kerja \(seeker.id)", en: "Seeker \(seeker.id)"),
                           problem: LocalizedText(id: "belum punya kantor: tidak ada kantor untuk kabupaten/kota \(seeker.regencyCode), dan petugas \(actor.name) belum terdaftar di kantor mana pun.",
                                                  en: "has no office: no office serves regency \(seeker.regencyCode), and officer \(actor.name) belongs to none."),
                           hint: LocalizedText(id: "Tambahkan kantor: setara office add KODE --name NAMA --regency \(seeker.regencyCode); atau petugas: setara office officer NAMA --office KODE",
                                               en: "Add an office: setara office add CODE --name NAME --regency \(seeker.regencyCode); or the officer: setara office officer NAME --office CODE"))
        }
        let file = CaseFile(seekerID: seeker.id, officeID: officeID, officer: actor.role == .officer ? actor.name : "", openedOn: today)
        try tx.cases.save(file)
        return file
    }

    /// Opens or changes a seeker's case: its office, its officer, the JKP benefit period.
    public func updateCase(seekerID: String, officeID: String?, officer: String?, jkpFrom: Day?, jkpUntil: Day?, jkpEnded: Bool = false) throws -> CaseFile {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                var file = try caseFile(seeker, tx)
                if let officeID {
                    guard try tx.cases.office(id: officeID) != nil else { throw AppError.missing(.office, officeID) }
                    file.officeID = officeID
                }
                if let officer { file.officer = officer }
                if let jkpFrom { file.jkpFrom = jkpFrom }
                if let jkpUntil { file.jkpUntil = jkpUntil }
                if jkpEnded { file.jkpFrom = nil; file.jkpUntil = nil }
                if let from = file.jkpFrom, let until = file.jkpUntil, until < from {
                    throw AppError(.data, subject: LocalizedText(id: "Kasus \(seekerID)", en: "Case of \(seekerID)"),
                                   problem: LocalizedText(id: "JKP berakhir (\(until)) sebelum mulai (\(from)).",
                                                          en: "JKP ends (\(until)) before it starts (\(from))."))
                }
                try tx.cases.save(file)
                try tx.cases.record([audit(.caseFile, .seeker, seekerID, fields: ["office", "officer", "jkp"])])
                return file
            }
        }
    }

    /// The AK/1 card's 6-monthly report was made (Permenaker 39/2016): the next is due 6 months on.
    public func recordCardReport(seekerID: String, on: Day? = nil) throws -> CaseFile {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                var file = try caseFile(seeker, tx)
                file.cardReportedOn = try stepDay(on, subject: LocalizedText(id: "Laporan AK/1 \(seeker.id)", en: "AK/1 report of \(seeker.id)"))
                try tx.cases.save(file)
                try tx.cases.record([audit(.caseFile, .seeker, seeker.id, fields: ["card_reported_on"])])
                return file
            }
        }
    }

    func seekerRecord(_ id: String, _ tx: any RecordTransaction) throws -> Seeker {
        guard let seeker = try tx.seeker(id: id.trimmed.uppercased()) else { throw AppError.notFound(.seeker, id) }
        return seeker
    }

    /// A day a step happened: today unless given, never in the future.
    func stepDay(_ on: Day?, subject: LocalizedText) throws -> Day {
        let day = on ?? today
        guard day <= today else {
            throw AppError(.data, subject: subject,
                           problem: LocalizedText(id: "tanggal \(day) belum tiba (hari ini \(today)); catat langkah pada hari terjadinya.",
                                                  en: "the date \(day) is in the future (today is \(today)); record a step on the day it happened."))
        }
        return day
    }

    // MARK: Notes, visits, plans

    /// A case note. Its words are never written to the audit log, an export or a message.
    public func addNote(seekerID: String, text: String, on: Day? = nil) throws -> CaseNote {
        try requireOfficer()
        guard let text = text.trimmed.nilIfEmpty else {
            throw AppError(.usage, problem: LocalizedText(id: "Catatan kosong; tidak disimpan.", en: "The note is empty; nothing was saved."))
        }
        return try stored {
            try store.transaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                _ = try caseFile(seeker, tx)
                let day = try stepDay(on, subject: LocalizedText(id: "Catatan", en: "Note"))
                let id = try tx.cases.addNote(seekerID: seeker.id, on: day, officer: signature, text: text)
                try tx.cases.record([audit(.note, .seeker, seeker.id, fields: ["note \(id)"])])
                return CaseNote(id: id, seekerID: seeker.id, on: day, officer: signature, text: text)
            }
        }
    }

    /// A seeker's case notes, for an officer only; reading them is logged.
    public func notes(seekerID: String) throws -> [CaseNote] {
        try requireOfficer()
        return try stored {
            let notes = try store.readTransaction { tx in try tx.cases.notes(seekerID: try seekerRecord(seekerID, tx).id) }
            try store.record([audit(.view, .seeker, seekerID.trimmed.uppercased(), fields: ["notes"])])
            return notes
        }
    }

    public func addVisit(employerID: String, kind: EmployerVisit.Kind, purpose: String, result: String?, vacanciesObtained: Int,
                         nextOn: Day?, on: Day? = nil) throws -> EmployerVisit {
        try requireOfficer()
        guard let purpose = purpose.trimmed.nilIfEmpty else {
            throw AppError(.usage, problem: LocalizedText(id: "Kunjungan perlu tujuannya (--purpose).", en: "A visit needs its purpose (--purpose)."))
        }
        return try stored {
            try store.transaction { tx in
                let id = employerID.trimmed.uppercased()
                guard try tx.employer(id: id) != nil else { throw AppError.notFound(.employer, id) }
                let day = try stepDay(on, subject: LocalizedText(id: "Kunjungan ke \(id)", en: "Visit to \(id)"))
                let officeID = actor.role == .officer ? try tx.cases.officer(username: actor.name)?.officeID : nil
                var visit = EmployerVisit(id: 0, employerID: id, officeID: officeID, on: day, officer: signature, kind: kind, purpose: purpose,
                                          result: result?.trimmed.nilIfEmpty, vacanciesObtained: max(0, vacanciesObtained), nextOn: nextOn)
                visit.id = try tx.cases.addVisit(visit)
                try tx.cases.record([audit(.visit, .employer, id, fields: [kind.rawValue])])
                return visit
            }
        }
    }

    public func visits(employerID: String) throws -> [EmployerVisit] {
        try stored { try store.readTransaction { tx in try tx.cases.visits(employerID: employerID.trimmed.uppercased()) } }
    }

    /// A new version of the seeker's individual employment plan; earlier versions are kept.
    public func addPlan(seekerID: String, goals: [String], accommodations: [String], services: [String], reviewOn: Day?) throws -> EmploymentPlan {
        try requireOfficer()
        for goal in goals where !(goal.count == 4 && goal.allSatisfy(\.isASCIIDigitCharacter)) {
            throw AppError(.data, subject: LocalizedText(id: "Rencana \(seekerID)", en: "Plan of \(seekerID)"),
                           problem: LocalizedText(id: "tujuan jabatan \(goal) bukan kode KBJI 4 angka (mis. 4132).",
                                                  en: "goal occupation \(goal) is not a 4-digit KBJI code (e.g. 4132)."))
        }
        return try stored {
            try store.transaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                let file = try caseFile(seeker, tx)
                let version = (try tx.cases.plans(seekerID: seeker.id).last?.version ?? 0) + 1
                let plan = EmploymentPlan(seekerID: seeker.id, version: version, on: today, officer: signature, goals: goals,
                                          accommodations: accommodations, services: services, reviewOn: reviewOn)
                try tx.cases.add(plan, officeID: file.officeID)
                try tx.cases.record([audit(.plan, .seeker, seeker.id, fields: ["version \(version)"])])
                return plan
            }
        }
    }

    public func plans(seekerID: String) throws -> [EmploymentPlan] {
        try stored { try store.readTransaction { tx in try tx.cases.plans(seekerID: try seekerRecord(seekerID, tx).id) } }
    }

    // MARK: Training

    /// Refers a seeker to training, linked to the latest version of their plan.
    public func addTraining(seekerID: String, institution: String, programme: String, startOn: Day, endOn: Day?) throws -> TrainingReferral {
        try requireOfficer()
        guard let institution = institution.trimmed.nilIfEmpty, let programme = programme.trimmed.nilIfEmpty else {
            throw AppError(.usage, problem: LocalizedText(id: "Pelatihan perlu lembaga (--institution) dan program (--programme).",
                                                          en: "A training needs its institution (--institution) and programme (--programme)."))
        }
        if let endOn, endOn < startOn {
            throw AppError(.data, subject: LocalizedText(id: "Pelatihan \(programme)", en: "Training \(programme)"),
                           problem: LocalizedText(id: "berakhir (\(endOn)) sebelum mulai (\(startOn)).", en: "ends (\(endOn)) before it starts (\(startOn))."))
        }
        return try stored {
            try store.transaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                let file = try caseFile(seeker, tx)
                var training = TrainingReferral(id: 0, seekerID: seeker.id, institution: institution, programme: programme, startOn: startOn,
                                                endOn: endOn, planVersion: try tx.cases.plans(seekerID: seeker.id).last?.version, officer: signature)
                training.id = try tx.cases.addTraining(training, officeID: file.officeID)
                try tx.cases.record([audit(.plan, .seeker, seeker.id, fields: ["training \(training.id)"])])
                return training
            }
        }
    }

    /// Records how a training ended: completed, certified or dropped out. Recorded once.
    public func recordTrainingResult(_ id: Int, result: TrainingReferral.Result, on: Day? = nil) throws -> TrainingReferral {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let subject = LocalizedText(id: "Pelatihan \(id)", en: "Training \(id)")
                guard var training = try tx.cases.training(id: id) else {
                    throw AppError(.data, problem: LocalizedText(id: "Pelatihan \(id) tidak ditemukan.", en: "No training \(id)."))
                }
                guard training.result == .enrolled else {
                    throw AppError(.data, subject: subject, problem: LocalizedText(
                        id: "hasilnya sudah dicatat (\(training.result.label.id), \(training.resultOn?.description ?? "-")); tidak ditimpa.",
                        en: "its result was recorded already (\(training.result.label.en), \(training.resultOn?.description ?? "-")); it is not replaced."))
                }
                guard result != .enrolled else {
                    throw AppError(.usage, subject: subject, problem: LocalizedText(id: "hasil harus completed, certified, atau dropped_out.",
                                                                                    en: "the result must be completed, certified or dropped_out."))
                }
                let day = try stepDay(on, subject: subject)
                try tx.cases.saveTrainingResult(id: id, result: result, on: day)
                try tx.cases.record([audit(.plan, .seeker, training.seekerID, fields: ["training \(id)", result.rawValue])])
                training.result = result
                training.resultOn = day
                return training
            }
        }
    }

    public func trainings(seekerID: String) throws -> [TrainingReferral] {
        try stored { try store.readTransaction { tx in try tx.cases.trainings(seekerID: try seekerRecord(seekerID, tx).id) } }
    }

    // MARK: Due list

    /// What is due today or overdue for an office or an officer (the officer's own office when
    /// neither is given and the officer is registered); JKP recipients first.
    public func due(officeID: String?, officer: String?, noAnswerDays: Int = 14) throws -> [DueItem] {
        try stored {
            try store.readTransaction { tx in
                var office = officeID?.trimmed.uppercased()
                if let id = office, try tx.cases.office(id: id) == nil { throw AppError.missing(.office, id) }
                if office == nil, officer == nil, actor.role == .officer {
                    office = try tx.cases.officer(username: actor.name)?.officeID
                }
                return try tx.cases.due(officeID: office, officer: officer, today: today, noAnswerDays: noAnswerDays)
            }
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}

/// Casework records that are not `RecordKind`s, for messages.
enum CaseRecordKind {
    case office, referral, placement

    var title: LocalizedText {
        switch self {
        case .office: return LocalizedText(id: "Kantor", en: "office")
        case .referral: return LocalizedText(id: "Rujukan", en: "referral")
        case .placement: return LocalizedText(id: "Penempatan", en: "placement")
        }
    }
}

extension AppError {
    static func missing(_ kind: CaseRecordKind, _ id: String) -> AppError {
        AppError(.data, problem: LocalizedText(id: "\(kind.title.id) \(id) tidak ditemukan.", en: "No \(kind.title.en) \(id)."))
    }
}
