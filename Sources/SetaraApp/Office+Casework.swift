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

    // MARK: Referral steps

    /// An officer proposes a seeker for a vacancy (a referral the officer makes, rather than the
    /// seeker at the voice terminal). One referral per seeker and vacancy.
    public func proposeReferral(seekerID: String, vacancyID: String, at date: Date = Date()) throws -> (referral: Referral, isNew: Bool) {
        try requireOfficer()
        return try requestReferral(seekerID: seekerID.trimmed.uppercased(), vacancyID: vacancyID.trimmed.uppercased(),
                                   channel: .officer, score: nil, at: date)
    }

    /// Records the first step of a new referral, in the request's own transaction: the case's
    /// office takes it. A seeker whose regency has no office yet still gets the referral.
    func firstStep(_ referral: Referral, _ tx: any RecordTransaction) throws {
        guard let seeker = try tx.seeker(id: referral.seekerID) else { return }
        let officeID: String?
        if let file = try tx.cases.caseFile(seekerID: seeker.id) {
            officeID = file.officeID
        } else if let office = try tx.cases.office(regencyCode: seeker.regencyCode) {
            officeID = office.id
            try tx.cases.save(CaseFile(seekerID: seeker.id, officeID: office.id, officer: actor.role == .officer ? actor.name : "",
                                       openedOn: today))
        } else {
            officeID = nil
        }
        try tx.cases.add(ReferralStep(reference: referral.reference, status: .requested, on: today, officer: signature), officeID: officeID)
    }

    public enum StepDetails: Sendable {
        case check(consentToShare: Bool)
        case send
        case interview(on: Day, place: String?, accommodations: [String])
        case decline
        case withdraw
        case noAnswer

        var status: Referral.Status {
            switch self {
            case .check: return .checked
            case .send: return .sent
            case .interview: return .interview
            case .decline: return .declined
            case .withdraw: return .withdrawn
            case .noAnswer: return .noAnswer
            }
        }
    }

    /// Takes a referral one step further: checked, sent, interview scheduled, not hired,
    /// withdrawn, no answer. (Hired is `hire`, which also records the placement.) A step that
    /// jumps over another needs `reason`; a finished referral takes no step.
    public func advanceReferral(_ reference: String, _ details: StepDetails, on: Day? = nil, reason: String? = nil) throws -> Referral {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let (referral, step, officeID) = try prepareStep(reference, details.status, on: on, reason: reason, tx)
                var full = step
                switch details {
                case .check(let consent):
                    full.consentToShare = consent
                case .interview(let day, let place, let accommodations):
                    guard day >= step.on else {
                        throw AppError(.data, subject: referralSubject(referral.reference),
                                       problem: LocalizedText(id: "tanggal wawancara \(day) sebelum hari pencatatan \(step.on).",
                                                              en: "the interview date \(day) is before the day it is recorded, \(step.on)."))
                    }
                    full.interviewOn = day
                    full.place = place?.trimmed.nilIfEmpty
                    full.accommodations = accommodations
                case .decline:
                    guard full.reason != nil else {
                        throw AppError(.usage, subject: referralSubject(referral.reference),
                                       problem: LocalizedText(id: "tidak diterima perlu alasannya (--reason), untuk laporan dan untuk pencari kerja.",
                                                              en: "not hired needs its reason (--reason), for the reports and for the seeker."))
                    }
                case .send, .withdraw, .noAnswer:
                    break
                }
                try tx.cases.add(full, officeID: officeID)
                try tx.cases.record([audit(.referralStep, .seeker, referral.seekerID, fields: [referral.reference, full.status.rawValue])])
                return try tx.cases.referral(reference: referral.reference) ?? referral
            }
        }
    }

    func referralSubject(_ reference: String) -> LocalizedText {
        LocalizedText(id: "Rujukan \(reference)", en: "Referral \(reference)")
    }

    /// Checks that `target` may follow the referral's status and returns the step to record,
    /// dated and signed, with the office the referral belongs to.
    func prepareStep(_ reference: String, _ target: Referral.Status, on: Day?, reason: String?,
                     _ tx: any RecordTransaction) throws -> (Referral, ReferralStep, String?) {
        let reference = reference.trimmed.uppercased()
        guard let referral = try tx.cases.referral(reference: reference) else { throw AppError.missing(.referral, reference) }
        let subject = referralSubject(reference)
        let reason = reason?.trimmed.nilIfEmpty
        if referral.status.isFinal {
            throw AppError(.data, subject: subject,
                           problem: LocalizedText(id: "sudah selesai (\(referral.status.label.id)); tidak ada langkah lagi.",
                                                  en: "is finished (\(referral.status.label.en)); no further step can be taken."),
                           hint: LocalizedText(id: "Untuk lowongan lain, buat rujukan baru: setara referral add --seeker \(referral.seekerID) --vacancy ID",
                                               en: "For another vacancy, make a new referral: setara referral add --seeker \(referral.seekerID) --vacancy ID"))
        }
        switch target {
        case .withdrawn, .declined, .noAnswer:
            // An outcome can end a referral at any open step (a decline needs its reason, checked by the caller).
            if target == .noAnswer, referral.status.rank < Referral.Status.sent.rank {
                throw AppError(.data, subject: subject,
                               problem: LocalizedText(id: "belum dikirim ke pemberi kerja (status: \(referral.status.label.id)); tidak ada jawaban yang ditunggu.",
                                                      en: "was not sent to the employer yet (status: \(referral.status.label.en)); no answer is awaited."))
            }
        default:
            if referral.status.rank >= target.rank {
                throw AppError(.data, subject: subject,
                               problem: LocalizedText(id: "sudah pada langkah \(referral.status.label.id); langkah \(target.label.id) tidak dapat dicatat lagi.",
                                                      en: "is already at \(referral.status.label.en); \(target.label.en) cannot be recorded again."))
            }
            let expected = Referral.Status.allCases.first { $0.rank == target.rank - 1 } ?? .requested
            if referral.status.rank < target.rank - 1, reason == nil {
                throw AppError(.data, subject: subject,
                               problem: LocalizedText(id: "masih \(referral.status.label.id); langkah \(target.label.id) biasanya sesudah \(expected.label.id).",
                                                      en: "is still \(referral.status.label.en); \(target.label.en) comes after \(expected.label.en)."),
                               hint: LocalizedText(id: "Catat langkah \(expected.label.id) dahulu, atau beri alasan melewatinya dengan --reason.",
                                                   en: "Record \(expected.label.en) first, or give the reason for skipping it with --reason."))
            }
        }
        let day = try stepDay(on, subject: subject)
        if let last = referral.statusOn, day < last {
            throw AppError(.data, subject: subject,
                           problem: LocalizedText(id: "tanggal \(day) sebelum langkah terakhir (\(last)).",
                                                  en: "the date \(day) is before its last step (\(last))."))
        }
        let seeker = try seekerRecord(referral.seekerID, tx)
        let officeID = try referral.officeID ?? caseFile(seeker, tx).officeID
        return (referral, ReferralStep(reference: reference, status: target, on: day, officer: signature, reason: reason), officeID)
    }

    /// What a placement records beyond what the vacancy gives.
    public struct Hire: Sendable {
        public var startOn: Day
        public var contract: ContractKind
        public var wage: Int?
        public var hoursPerWeek: Int?
        public var jobTitle: String?
        public var accommodations: [String]

        public init(startOn: Day, contract: ContractKind, wage: Int? = nil, hoursPerWeek: Int? = nil, jobTitle: String? = nil,
                    accommodations: [String] = []) {
            self.startOn = startOn
            self.contract = contract
            self.wage = wage
            self.hoursPerWeek = hoursPerWeek
            self.jobTitle = jobTitle
            self.accommodations = accommodations
        }
    }

    /// The seeker was hired through this referral: the placement is recorded with its
    /// follow-ups, the seeker becomes placed, the vacancy closes when its openings are filled,
    /// and the employer counts one more worker with a disability. All in one transaction.
    public func hire(_ reference: String, _ hire: Hire, on: Day? = nil, reason: String? = nil) throws -> Placement {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let (referral, step, officeID) = try prepareStep(reference, .hired, on: on, reason: reason, tx)
                let subject = referralSubject(referral.reference)
                if let current = try tx.cases.placements(seekerID: referral.seekerID).first(where: { $0.endedOn == nil }) {
                    throw AppError(.data, subject: subject,
                                   problem: LocalizedText(id: "pencari kerja \(referral.seekerID) masih bekerja (penempatan \(current.id), mulai \(current.startOn)).",
                                                          en: "seeker \(referral.seekerID) is still placed (placement \(current.id), from \(current.startOn))."),
                                   hint: LocalizedText(id: "Jika pekerjaan itu berakhir, catat dahulu: setara placement end \(current.id) --reason ALASAN",
                                                       en: "If that job ended, record it first: setara placement end \(current.id) --reason REASON"))
                }
                guard let vacancy = try tx.vacancy(id: referral.vacancyID) else { throw AppError.notFound(.vacancy, referral.vacancyID) }
                guard let workplace = try tx.workplace(id: vacancy.workplaceID) else { throw AppError.notFound(.workplace, vacancy.workplaceID) }
                if let wage = hire.wage, wage < 0 { throw AppError(.data, subject: subject, problem: LocalizedText(id: "upah tidak boleh negatif.", en: "the wage cannot be negative.")) }
                if let hours = hire.hoursPerWeek, !(1...84).contains(hours) {
                    throw AppError(.data, subject: subject, problem: LocalizedText(id: "jam kerja seminggu harus 1 sampai 84; Anda memberi \(hours).",
                                                                                   en: "hours a week must be 1 to 84; you gave \(hours)."))
                }
                let placement = Placement(
                    id: try tx.cases.nextPlacementID(), seekerID: referral.seekerID, referral: referral.reference,
                    employerID: workplace.employerID, workplaceID: workplace.id, vacancyID: vacancy.id,
                    jobTitle: hire.jobTitle?.trimmed.nilIfEmpty ?? vacancy.title, kbji: vacancy.kbji, startOn: hire.startOn,
                    wage: hire.wage ?? vacancy.wageMin, hoursPerWeek: hire.hoursPerWeek ?? vacancy.hoursPerWeek, contract: hire.contract,
                    accommodations: hire.accommodations, officer: signature)
                try tx.cases.add(step, officeID: officeID)
                try tx.cases.add(placement, officeID: officeID)
                for month in followUpMonths {
                    try tx.cases.save(FollowUp(placementID: placement.id, seekerID: placement.seekerID, month: month,
                                               dueOn: hire.startOn.adding(months: month)), officeID: officeID)
                }
                try tx.cases.setSeekerStatus(placement.seekerID, .placed)
                if try tx.cases.placementCount(vacancyID: vacancy.id) >= vacancy.openings {
                    try tx.cases.setVacancyStatus(vacancy.id, .closed)
                }
                try tx.cases.adjustDisabledWorkers(employerID: workplace.employerID, by: 1)
                try tx.cases.record([audit(.placement, .seeker, placement.seekerID, fields: [referral.reference, placement.id]),
                                    audit(.placement, .vacancy, vacancy.id, fields: [placement.id]),
                                    audit(.placement, .employer, workplace.employerID, fields: ["employees_with_disabilities"])])
                return placement
            }
        }
    }

    /// The months after a start when a placement is followed up.
    public var followUpMonths: [Int] { FollowUp.defaultMonths }

    // MARK: Placements and follow-ups

    /// A job that ended (found at a follow-up or reported): the case opens again, the
    /// remaining follow-ups are no longer asked for, the employer counts one worker fewer.
    public func endPlacement(_ id: String, on: Day? = nil, reason: String) throws -> Placement {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let placement = try placementRecord(id, tx)
                let day = try stepDay(on, subject: placementSubject(placement.id))
                try end(placement, on: day, reason: reason, tx)
                return try tx.cases.placement(id: placement.id) ?? placement
            }
        }
    }

    func placementSubject(_ id: String) -> LocalizedText { LocalizedText(id: "Penempatan \(id)", en: "Placement \(id)") }

    func placementRecord(_ id: String, _ tx: any RecordTransaction) throws -> Placement {
        let id = id.trimmed.uppercased()
        guard let placement = try tx.cases.placement(id: id) else { throw AppError.missing(.placement, id) }
        return placement
    }

    func end(_ placement: Placement, on day: Day, reason: String, _ tx: any RecordTransaction) throws {
        let subject = placementSubject(placement.id)
        if let ended = placement.endedOn {
            throw AppError(.data, subject: subject, problem: LocalizedText(id: "sudah berakhir pada \(ended).", en: "already ended on \(ended)."))
        }
        guard day >= placement.startOn else {
            throw AppError(.data, subject: subject, problem: LocalizedText(id: "tanggal berakhir \(day) sebelum mulai bekerja (\(placement.startOn)).",
                                                                           en: "the end date \(day) is before the start (\(placement.startOn))."))
        }
        guard let reason = reason.trimmed.nilIfEmpty else {
            throw AppError(.usage, subject: subject, problem: LocalizedText(id: "perlu alasan berakhirnya (--reason).", en: "needs the reason it ended (--reason)."))
        }
        try tx.cases.endPlacement(id: placement.id, on: day, reason: reason)
        try tx.cases.setSeekerStatus(placement.seekerID, .active)
        try tx.cases.adjustDisabledWorkers(employerID: placement.employerID, by: -1)
        try tx.cases.record([audit(.placement, .seeker, placement.seekerID, fields: [placement.id, "ended"]),
                            audit(.placement, .employer, placement.employerID, fields: ["employees_with_disabilities"])])
    }

    /// What a follow-up found.
    public struct FollowUpReport: Sendable {
        public var result: FollowUp.Result
        public var wage: Int?
        public var accommodationsWork: Bool?
        public var problems: String?
        public var nextStep: String?

        public init(result: FollowUp.Result, wage: Int? = nil, accommodationsWork: Bool? = nil, problems: String? = nil, nextStep: String? = nil) {
            self.result = result
            self.wage = wage
            self.accommodationsWork = accommodationsWork
            self.problems = problems
            self.nextStep = nextStep
        }
    }

    /// Records a follow-up of a placement (a `P...` id) or of a seeker's latest placement (an
    /// `S...` id): the month given, else the earliest still due. `on` may be past its due day (a
    /// follow-up recorded late). Not working ends the placement and opens the case again.
    public func recordFollowUp(_ id: String, month: Int?, on: Day? = nil, _ report: FollowUpReport) throws -> FollowUp {
        try requireOfficer()
        return try stored {
            try store.transaction { tx in
                let id = id.trimmed.uppercased()
                let placement: Placement
                if id.hasPrefix(Placement.idPrefix) {
                    placement = try placementRecord(id, tx)
                } else {
                    let seeker = try seekerRecord(id, tx)
                    guard let latest = try tx.cases.placements(seekerID: seeker.id).last else {
                        throw AppError(.data, subject: LocalizedText(id: "Pencari kerja \(seeker.id)", en: "Seeker \(seeker.id)"),
                                       problem: LocalizedText(id: "belum pernah ditempatkan; tindak lanjut hanya untuk pekerja yang ditempatkan.",
                                                              en: "was never placed; a follow-up is for a placed worker."),
                                       hint: LocalizedText(id: "Penempatan dicatat saat rujukan diterima: setara referral hire RUJUKAN --start TANGGAL",
                                                           en: "A placement is recorded when a referral is hired: setara referral hire REFERENCE --start DATE"))
                    }
                    placement = latest
                }
                let subject = placementSubject(placement.id)
                let scheduled = try tx.cases.followUps(placementID: placement.id)
                let open = scheduled.filter { $0.state == .due }
                guard var followUp = month.map({ m in scheduled.first { $0.month == m } }) ?? open.first else {
                    throw AppError(.data, subject: subject,
                                   problem: LocalizedText(id: "tidak ada tindak lanjut yang menunggu (berakhir: \(placement.endedOn?.description ?? "-")).",
                                                          en: "has no follow-up waiting (ended: \(placement.endedOn?.description ?? "-"))."))
                }
                guard followUp.state == .due else {
                    let when = followUp.doneOn?.description ?? "-"
                    throw AppError(.data, subject: subject,
                                   problem: followUp.state == .done
                                       ? LocalizedText(id: "tindak lanjut bulan ke-\(followUp.month) sudah dicatat pada \(when); tidak ditimpa.",
                                                       en: "the month-\(followUp.month) follow-up was recorded on \(when); it is not replaced.")
                                       : LocalizedText(id: "tindak lanjut bulan ke-\(followUp.month) tidak diperlukan lagi: pekerjaan berakhir.",
                                                       en: "the month-\(followUp.month) follow-up is no longer asked for: the job ended."))
                }
                if let month, !scheduled.contains(where: { $0.month == month }) {
                    throw AppError(.data, subject: subject, problem: LocalizedText(
                        id: "tidak ada tindak lanjut bulan ke-\(month); yang dijadwalkan: \(scheduled.map { String($0.month) }.joined(separator: ", ")).",
                        en: "has no month-\(month) follow-up; scheduled: \(scheduled.map { String($0.month) }.joined(separator: ", "))."))
                }
                let day = try stepDay(on, subject: subject)
                guard day >= placement.startOn else {
                    throw AppError(.data, subject: subject, problem: LocalizedText(id: "tanggal \(day) sebelum mulai bekerja (\(placement.startOn)).",
                                                                                   en: "the date \(day) is before the start (\(placement.startOn))."))
                }
                followUp.state = .done
                followUp.doneOn = day
                followUp.officer = signature
                followUp.result = report.result
                followUp.wage = report.wage
                followUp.accommodationsWork = report.accommodationsWork
                followUp.problems = report.problems?.trimmed.nilIfEmpty
                followUp.nextStep = report.nextStep?.trimmed.nilIfEmpty
                try tx.cases.save(followUp, officeID: nil)
                try tx.cases.record([audit(.followUp, .seeker, placement.seekerID, fields: [placement.id, "month \(followUp.month)"])])
                if report.result == .notWorking {
                    try end(placement, on: day, reason: followUp.problems ?? FollowUp.Result.notWorking.label.en, tx)
                }
                return followUp
            }
        }
    }

    public func placements(seekerID: String?, officeID: String?, limit: Int) throws -> [Placement] {
        try stored {
            try store.readTransaction { tx in
                if let seekerID { return try tx.cases.placements(seekerID: seekerID.trimmed.uppercased()) }
                return try tx.cases.placements(officeID: officeID, limit: limit)
            }
        }
    }

    /// Follow-ups of one seeker, or of an office (or all), of one state (or all).
    public func followUps(seekerID: String?, officeID: String?, state: FollowUp.State?, limit: Int) throws -> [FollowUp] {
        try stored {
            try store.readTransaction { tx in
                if let seekerID {
                    return Array(try tx.cases.followUps(seekerID: seekerID.trimmed.uppercased()).filter { state == nil || $0.state == state }.prefix(limit))
                }
                return try tx.cases.followUps(officeID: officeID?.trimmed.uppercased(), state: state, limit: limit)
            }
        }
    }

    public func placement(_ id: String) throws -> (Placement, [FollowUp]) {
        try stored {
            try store.readTransaction { tx in
                let placement = try placementRecord(id, tx)
                return (placement, try tx.cases.followUps(placementID: placement.id))
            }
        }
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

extension Office {
    /// A referral with every step it went through.
    public func referral(_ reference: String) throws -> (referral: Referral, steps: [ReferralStep]) {
        try stored {
            try store.readTransaction { tx in
                let reference = reference.trimmed.uppercased()
                guard let referral = try tx.cases.referral(reference: reference) else { throw AppError.missing(.referral, reference) }
                return (referral, try tx.cases.steps(reference: reference))
            }
        }
    }
}

/// What a referral letter (surat pengantar) says. The seeker's needs are on it only when the
/// seeker agreed, at the officer's check, that the employer may see them; the disability
/// category and the NIK never are.
public struct ReferralLetter: Sendable {
    public var reference: String
    public var date: Day
    public var office: LabourOffice?
    public var officer: String
    public var seekerName: String
    public var seekerID: String
    public var vacancy: Vacancy
    public var employer: Employer?
    public var workplace: Workplace?
    public var consentToShare: Bool
    public var needs: [Need]
    public var interviewOn: Day?
    public var interviewPlace: String?
    public var interviewAccommodations: [String]
}

extension Office {
    /// The letter of a referral the officer has checked.
    public func referralLetter(_ reference: String) throws -> ReferralLetter {
        try requireOfficer()
        return try stored {
            try store.readTransaction { tx in
                let reference = reference.trimmed.uppercased()
                guard let referral = try tx.cases.referral(reference: reference) else { throw AppError.missing(.referral, reference) }
                let steps = try tx.cases.steps(reference: reference)
                guard let check = steps.last(where: { $0.status == .checked }) ?? (referral.status.rank >= Referral.Status.sent.rank ? steps.last : nil) else {
                    throw AppError(.data, subject: referralSubject(reference),
                                   problem: LocalizedText(id: "belum diperiksa petugas; surat pengantar dibuat setelah pemeriksaan dan persetujuan berbagi data.",
                                                          en: "was not checked yet; the letter is made after the check and the seeker's consent to share."),
                                   hint: LocalizedText(id: "setara referral check \(reference) --consent-to-share ya",
                                                       en: "setara referral check \(reference) --consent-to-share yes"))
                }
                let seeker = try seekerRecord(referral.seekerID, tx)
                guard let vacancy = try tx.vacancy(id: referral.vacancyID) else { throw AppError.notFound(.vacancy, referral.vacancyID) }
                let workplace = try tx.workplace(id: vacancy.workplaceID)
                let consent = check.consentToShare == true
                let sent = steps.first { $0.status == .sent }
                let interview = steps.last { $0.status == .interview }
                let officeID = try referral.officeID ?? tx.cases.caseFile(seekerID: seeker.id)?.officeID
                let officerName = try tx.cases.officer(username: (sent ?? check).officer)?.name ?? (sent ?? check).officer
                return ReferralLetter(reference: reference, date: sent?.on ?? today, office: try officeID.flatMap { try tx.cases.office(id: $0) },
                                      officer: officerName, seekerName: seeker.name, seekerID: seeker.id, vacancy: vacancy,
                                      employer: try workplace.flatMap { try tx.employer(id: $0.employerID) }, workplace: workplace,
                                      consentToShare: consent, needs: consent ? seeker.needs : [], interviewOn: interview?.interviewOn,
                                      interviewPlace: interview?.place, interviewAccommodations: interview?.accommodations ?? [])
            }
        }
    }
}
