import Foundation
import SetaraDomain
import SetaraStore

/// One line of a seeker's timeline, in both languages.
public struct CaseEvent: Sendable, Equatable {
    public var on: Day
    public var text: LocalizedText
    /// Who recorded it, when known.
    public var officer: String?

    public init(on: Day, text: LocalizedText, officer: String? = nil) {
        self.on = on
        self.text = text
        self.officer = officer
    }
}

/// A seeker's whole case: who holds it and what happened, in order.
public struct CaseHistory: Sendable {
    public var seeker: Seeker
    public var caseFile: CaseFile?
    public var events: [CaseEvent]
    /// What is scheduled and not yet done (follow-ups, an interview, a plan review), earliest first.
    public var coming: [CaseEvent]
}

extension Office {
    /// The seeker's timeline: registration, plans, each referral step, placements and their
    /// follow-ups, and (only when asked, for an officer) the case notes. The disability
    /// category is never part of it.
    public func caseHistory(seekerID: String, includeNotes: Bool = false) throws -> CaseHistory {
        if includeNotes { try requireOfficer() }
        let history = try stored {
            try store.readTransaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                let file = try tx.cases.caseFile(seekerID: seeker.id)
                var events: [CaseEvent] = [CaseEvent(on: seeker.registeredOn, text: LocalizedText(
                    id: "Terdaftar sebagai pencari kerja (kartu AK/1 berlaku sampai \(seeker.cardValidUntil)).",
                    en: "Registered as a job seeker (AK/1 card valid until \(seeker.cardValidUntil))."))]
                var coming: [CaseEvent] = []
                if let file {
                    let office = try tx.cases.office(id: file.officeID)?.name ?? file.officeID
                    events.append(CaseEvent(on: file.openedOn, text: LocalizedText(
                        id: "Kasus dibuka di \(office)" + (file.officer.isEmpty ? "." : ", petugas \(file.officer)."),
                        en: "Case opened at \(office)" + (file.officer.isEmpty ? "." : ", officer \(file.officer)."))))
                    if let from = file.jkpFrom {
                        let until = file.jkpUntil.map { " sampai \($0)" } ?? ""
                        let untilEn = file.jkpUntil.map { " until \($0)" } ?? ""
                        events.append(CaseEvent(on: from, text: LocalizedText(id: "Menerima JKP (Jaminan Kehilangan Pekerjaan)\(until).",
                                                                              en: "Receives JKP (job-loss insurance)\(untilEn).")))
                    }
                }
                for plan in try tx.cases.plans(seekerID: seeker.id) {
                    let goals = plan.goals.isEmpty ? "-" : plan.goals.joined(separator: ", ")
                    let services = plan.services.isEmpty ? "-" : plan.services.joined(separator: ", ")
                    events.append(CaseEvent(on: plan.on, text: LocalizedText(
                        id: "Rencana kerja individu versi \(plan.version): tujuan KBJI \(goals); layanan \(services)"
                            + (plan.reviewOn.map { "; ditinjau \($0)." } ?? "."),
                        en: "Individual employment plan version \(plan.version): goal KBJI \(goals); services \(services)"
                            + (plan.reviewOn.map { "; review on \($0)." } ?? ".")), officer: plan.officer))
                }
                for t in try tx.cases.trainings(seekerID: seeker.id) {
                    let plan = t.planVersion.map { (id: " (rencana versi \($0))", en: " (plan version \($0))") } ?? (id: "", en: "")
                    events.append(CaseEvent(on: t.startOn, text: LocalizedText(
                        id: "Dirujuk ke pelatihan \(t.programme) di \(t.institution)\(plan.id)" + (t.endOn.map { ", sampai \($0)." } ?? "."),
                        en: "Referred to training \(t.programme) at \(t.institution)\(plan.en)" + (t.endOn.map { ", until \($0)." } ?? ".")),
                        officer: t.officer))
                    if let on = t.resultOn, t.result != .enrolled {
                        events.append(CaseEvent(on: on, text: LocalizedText(id: "Pelatihan \(t.programme): \(t.result.label.id).",
                                                                          en: "Training \(t.programme): \(t.result.label.en).")))
                    }
                }
                if let plan = try tx.cases.plans(seekerID: seeker.id).last, let review = plan.reviewOn, review >= today {
                    coming.append(CaseEvent(on: review, text: LocalizedText(id: "Tinjauan rencana kerja.", en: "Employment plan review.")))
                }
                for referral in try tx.referrals(seekerID: seeker.id) {
                    let vacancy = try tx.vacancy(id: referral.vacancyID)
                    let employer = try vacancy.flatMap { try tx.workplace(id: $0.workplaceID) }.flatMap { try tx.employer(id: $0.employerID) }
                    let job = "\(vacancy?.title ?? referral.vacancyID) (\(referral.vacancyID))" + (employer.map { ", \($0.name)" } ?? "")
                    var steps = try tx.cases.steps(reference: referral.reference)
                    if steps.first?.status != .requested, let requested = Day(parsing: String(referral.requestedAt.prefix(10))) {
                        // A referral made before casework (v6) has no first step stored.
                        steps.insert(ReferralStep(reference: referral.reference, status: .requested, on: requested, officer: ""), at: 0)
                    }
                    for step in steps {
                        events.append(CaseEvent(on: step.on, text: Self.words(step, job: job, channel: referral.channel), officer: step.officer.nilIfEmpty))
                    }
                    if let confirmed = referral.interviewConfirmedOn {
                        events.append(CaseEvent(on: confirmed, text: LocalizedText(
                            id: "Pencari kerja menyatakan akan datang ke wawancara untuk \(job) (rujukan \(referral.reference)), di terminal suara.",
                            en: "The seeker said they will come to the interview for \(job) (referral \(referral.reference)), at the voice terminal.")))
                    }
                    if referral.status == .interview, let day = referral.interviewOn, day >= today {
                        let confirmed = referral.interviewConfirmedOn != nil
                        coming.append(CaseEvent(on: day, text: LocalizedText(
                            id: "Wawancara untuk \(job), rujukan \(referral.reference)" + (confirmed ? "; pencari kerja sudah menyatakan akan datang." : "."),
                            en: "Interview for \(job), referral \(referral.reference)" + (confirmed ? "; the seeker has said they will come." : "."))))
                    }
                }
                for placement in try tx.cases.placements(seekerID: seeker.id) {
                    let employer = try tx.employer(id: placement.employerID)?.name ?? placement.employerID
                    let wage = placement.wage.map { "Rp\($0)" } ?? "-"
                    events.append(CaseEvent(on: placement.startOn, text: LocalizedText(
                        id: "Mulai bekerja (penempatan \(placement.id)): \(placement.jobTitle), KBJI \(placement.kbji), \(employer); "
                            + "\(placement.contract.label.id), upah \(wage) sebulan, \(placement.hoursPerWeek.map(String.init) ?? "-") jam seminggu.",
                        en: "Started work (placement \(placement.id)): \(placement.jobTitle), KBJI \(placement.kbji), \(employer); "
                            + "\(placement.contract.label.en), wage \(wage) a month, \(placement.hoursPerWeek.map(String.init) ?? "-") hours a week."),
                        officer: placement.officer))
                    for f in try tx.cases.followUps(placementID: placement.id) {
                        switch f.state {
                        case .done:
                            let late = (f.doneOn ?? f.dueOn) > f.dueOn
                            let result = f.result?.label ?? LocalizedText(id: "-", en: "-")
                            events.append(CaseEvent(on: f.doneOn ?? f.dueOn, text: LocalizedText(
                                id: "Tindak lanjut bulan ke-\(f.month)\(late ? " (terlambat, jatuh tempo \(f.dueOn))" : ""): \(result.id)"
                                    + (f.accommodationsWork.map { $0 ? "; akomodasi berfungsi" : "; akomodasi bermasalah" } ?? "") + ".",
                                en: "Month-\(f.month) follow-up\(late ? " (late, due \(f.dueOn))" : ""): \(result.en)"
                                    + (f.accommodationsWork.map { $0 ? "; accommodations work" : "; accommodations have problems" } ?? "") + "."),
                                officer: f.officer))
                        case .due:
                            let overdue = f.dueOn < today
                            let text = LocalizedText(id: "Tindak lanjut bulan ke-\(f.month)\(overdue ? ", terlambat" : "") (\(placement.id)).",
                                                     en: "Month-\(f.month) follow-up\(overdue ? ", overdue" : "") (\(placement.id)).")
                            if overdue { events.append(CaseEvent(on: f.dueOn, text: text)) } else { coming.append(CaseEvent(on: f.dueOn, text: text)) }
                        case .closed:
                            break
                        }
                    }
                    if let ended = placement.endedOn {
                        events.append(CaseEvent(on: ended, text: LocalizedText(
                            id: "Pekerjaan di \(employer) berakhir (\(placement.endReason ?? "-")); kasus dibuka kembali.",
                            en: "The job at \(employer) ended (\(placement.endReason ?? "-")); the case is open again.")))
                    }
                }
                if includeNotes {
                    for note in try tx.cases.notes(seekerID: seeker.id) {
                        events.append(CaseEvent(on: note.on, text: LocalizedText(id: "Catatan: \(note.text)", en: "Note: \(note.text)"), officer: note.officer))
                    }
                }
                // Stable: events of one day keep the order they were gathered in (a step before its outcome).
                let ordered = events.enumerated().sorted { ($0.element.on, $0.offset) < ($1.element.on, $1.offset) }.map(\.element)
                return CaseHistory(seeker: seeker, caseFile: file, events: ordered, coming: coming.sorted { $0.on < $1.on })
            }
        }
        if includeNotes { try stored { try store.record([audit(.view, .seeker, history.seeker.id, fields: ["notes"])]) } }
        return history
    }

    static func words(_ step: ReferralStep, job: String, channel: Referral.Channel) -> LocalizedText {
        let reason = step.reason.map { (id: " Alasan: \($0).", en: " Reason: \($0).") } ?? (id: "", en: "")
        switch step.status {
        case .requested:
            return channel == .voice
                ? LocalizedText(id: "Meminta rujukan ke \(job) di terminal suara.", en: "Asked to be referred to \(job) at the voice terminal.")
                : LocalizedText(id: "Diusulkan petugas untuk \(job).", en: "Proposed by the officer for \(job).")
        case .checked:
            let consent = step.consentToShare == true
            return LocalizedText(
                id: "Rujukan ke \(job) diperiksa; pencari kerja \(consent ? "setuju" : "tidak setuju") profil dan kebutuhannya dibagikan ke pemberi kerja.\(reason.id)",
                en: "Referral to \(job) checked; the seeker \(consent ? "agreed" : "did not agree") to share their profile and needs with the employer.\(reason.en)")
        case .sent:
            return LocalizedText(id: "Surat pengantar ke \(job) dikirim.\(reason.id)", en: "Referral letter to \(job) sent.\(reason.en)")
        case .interview:
            let on = step.interviewOn?.description ?? "-"
            let place = step.place.map { " di \($0)" } ?? "", placeEn = step.place.map { " at \($0)" } ?? ""
            let arrange = step.accommodations.isEmpty ? ("", "") : ("; disiapkan: \(step.accommodations.joined(separator: ", "))",
                                                                     "; to arrange: \(step.accommodations.joined(separator: ", "))")
            return LocalizedText(id: "Wawancara untuk \(job) dijadwalkan \(on)\(place)\(arrange.0).\(reason.id)",
                                 en: "Interview for \(job) scheduled on \(on)\(placeEn)\(arrange.1).\(reason.en)")
        case .hired:
            return LocalizedText(id: "Diterima bekerja sebagai \(job).\(reason.id)", en: "Hired for \(job).\(reason.en)")
        case .declined:
            return LocalizedText(id: "Tidak diterima untuk \(job).\(reason.id)", en: "Not hired for \(job).\(reason.en)")
        case .withdrawn:
            return LocalizedText(id: "Rujukan ke \(job) dibatalkan pencari kerja.\(reason.id)", en: "Referral to \(job) withdrawn by the seeker.\(reason.en)")
        case .noAnswer:
            return LocalizedText(id: "Tidak ada jawaban dari pemberi kerja untuk \(job).\(reason.id)", en: "No answer from the employer for \(job).\(reason.en)")
        }
    }
}

/// A referral still under way, as a seeker hears it: which job, which step, and the interview
/// day when one is coming.
public struct OpenReferral: Sendable, Equatable {
    public var reference: String
    public var jobTitle: String
    public var status: Referral.Status
    public var interviewOn: Day?
    public var interviewPlace: String?
    /// The day the seeker confirmed they will come, for a coming interview.
    public var interviewConfirmedOn: Day?
}

extension Office {
    /// The seeker's referrals that are not finished, newest first, with a coming interview day:
    /// what the voice terminal tells them after they sign in.
    public func openReferrals(seekerID: String) throws -> [OpenReferral] {
        try stored {
            try store.readTransaction { tx in
                let open = try tx.referrals(seekerID: seekerID).reversed().filter { !$0.status.isFinal }
                let titles = try tx.vacancyTitles(Set(open.map(\.vacancyID)))
                return try open.map { referral in
                    let title = titles[referral.vacancyID] ?? referral.vacancyID
                    let coming = referral.status == .interview && (referral.interviewOn.map { $0 >= today } ?? false)
                    let place = coming ? try tx.cases.steps(reference: referral.reference).last { $0.status == .interview }?.place : nil
                    return OpenReferral(reference: referral.reference, jobTitle: title, status: referral.status,
                                        interviewOn: coming ? referral.interviewOn : nil, interviewPlace: place,
                                        interviewConfirmedOn: coming ? referral.interviewConfirmedOn : nil)
                }
            }
        }
    }
}
