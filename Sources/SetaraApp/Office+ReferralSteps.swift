import Foundation
import SetaraDomain
import SetaraStore

// The referral's steps (issue 14): proposed, checked, sent, interview, hired or not, and the
// letter. The rules are in docs/casework.md.

extension Office {
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
        return try takeStep(reference, details, on: on, reason: reason)
    }

    /// The step itself, once the caller checked who may take it (an officer, or the employer
    /// whose vacancy it is: `Office+EmployerReferrals`).
    func takeStep(_ reference: String, _ details: StepDetails, on: Day?, reason: String?) throws -> Referral {
        try stored { try store.transaction { tx in try advance(reference, details, on: on, reason: reason, tx) } }
    }

    /// `advanceReferral` inside a transaction the caller holds (an import of history takes many steps in one).
    func advance(_ reference: String, _ details: StepDetails, on: Day?, reason: String?, _ tx: any RecordTransaction) throws -> Referral {
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
        return try recordHire(reference, hire, on: on, reason: reason)
    }

    /// The hire itself, once the caller checked who may record it (an officer, or the employer
    /// whose vacancy it is).
    func recordHire(_ reference: String, _ hire: Hire, on: Day?, reason: String?) throws -> Placement {
        try stored { try store.transaction { tx in try self.hire(reference, hire, on: on, reason: reason, placementID: nil, countWorker: true, tx) } }
    }

    /// `hire` inside a transaction the caller holds. An import of history gives the placement's
    /// id, and leaves the employer's count of workers with disabilities as its record says
    /// (`countWorker` false): that count already holds the workers it had.
    func hire(_ reference: String, _ hire: Hire, on: Day?, reason: String?, placementID: String?, countWorker: Bool,
              _ tx: any RecordTransaction) throws -> Placement {
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
            id: try placementID ?? tx.cases.nextPlacementID(), seekerID: referral.seekerID, referral: referral.reference,
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
        if countWorker { try countWorkers(employerID: workplace.employerID, tx) { $0.countHire() } }
        try tx.cases.record([audit(.placement, .seeker, placement.seekerID, fields: [referral.reference, placement.id]),
                            audit(.placement, .vacancy, vacancy.id, fields: [placement.id])])
        return placement
    }

    /// The months after a start when a placement is followed up.
    public var followUpMonths: [Int] { FollowUp.defaultMonths }
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
        return try stored { try store.readTransaction { tx in try letter(reference, tx) } }
    }

    /// The letter's content, read in the caller's transaction.
    func letter(_ reference: String, _ tx: any RecordTransaction) throws -> ReferralLetter {
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
