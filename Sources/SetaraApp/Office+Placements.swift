import Foundation
import SetaraDomain
import SetaraStore

// Placements and their follow-ups (issue 14): what a hire changes, a job's end, retention.

extension Office {
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

    /// A placement's change to its employer's counts of workers (`Employer.countHire`,
    /// `countLeaver`), written in the placement's transaction, with the fields changed in the audit log.
    func countWorkers(employerID: String, _ tx: any RecordTransaction, _ change: (inout Employer) -> [EmployerField]) throws {
        guard var employer = try tx.employer(id: employerID) else { throw AppError.notFound(.employer, employerID) }
        let changed = change(&employer)
        guard !changed.isEmpty else { return }
        try tx.write(RecordBatch(employers: [employer], audit: [audit(.placement, .employer, employerID, fields: changed.map(\.rawValue))]))
    }

    func placementSubject(_ id: String) -> LocalizedText { LocalizedText(id: "Penempatan \(id)", en: "Placement \(id)") }

    func placementRecord(_ id: String, _ tx: any RecordTransaction) throws -> Placement {
        let id = id.trimmed.uppercased()
        guard let placement = try tx.cases.placement(id: id) else { throw AppError.missing(.placement, id) }
        return placement
    }

    func end(_ placement: Placement, on day: Day, reason: String, countWorker: Bool = true, _ tx: any RecordTransaction) throws {
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
        if countWorker { try countWorkers(employerID: placement.employerID, tx) { $0.countLeaver() } }
        try tx.cases.record([audit(.placement, .seeker, placement.seekerID, fields: [placement.id, "ended"])])
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
        return try stored { try store.transaction { tx in try followUp(id, month: month, on: on, report, countWorker: true, tx) } }
    }

    /// `recordFollowUp` inside a transaction the caller holds (an import of history).
    func followUp(_ id: String, month: Int?, on: Day?, _ report: FollowUpReport, countWorker: Bool, _ tx: any RecordTransaction) throws -> FollowUp {
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
        // A month that was never scheduled is named as such (not as "nothing waiting").
        if let month, !scheduled.contains(where: { $0.month == month }) {
            throw AppError(.data, subject: subject, problem: LocalizedText(
                id: "tidak ada tindak lanjut bulan ke-\(month); yang dijadwalkan: \(scheduled.map { String($0.month) }.joined(separator: ", ")).",
                en: "has no month-\(month) follow-up; scheduled: \(scheduled.map { String($0.month) }.joined(separator: ", "))."))
        }
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
            try end(placement, on: day, reason: followUp.problems ?? FollowUp.Result.notWorking.label.en, countWorker: countWorker, tx)
        }
        return followUp
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
}
