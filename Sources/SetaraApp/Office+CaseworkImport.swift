import Foundation
import SetaraDomain
import SetaraKit
import SetaraStore

// Importing an office's casework history (issue 14): referrals with their steps, placements and
// follow-ups from YAML, JSON or CSV, all or nothing. Every step goes through the same use case an
// officer's command goes through (advance, hire, followUp, end), in one transaction, in the order
// the steps happened: so an import refuses what a command refuses (a hire without a referral, a
// follow-up for someone never placed, an interview after a hire). docs/import-formats.md.

/// A casework record that was not imported, with why.
public struct CaseworkImportProblem: Sendable {
    public var location: RecordLocation
    /// The record's reference or id, when it has one.
    public var id: String?
    public var issues: [ValidationIssue]
    public var refusal: AppError?

    public func lines(_ language: Language) -> [String] {
        let head = location.describe(language) + (id.map { " (\($0))" } ?? "")
        if let refusal { return [head + ": " + refusal.message(language)] }
        return issues.map { head + ": " + $0.message(language) }
    }
}

public struct CaseworkImportResult: Sendable {
    public var referrals = 0
    public var placements = 0
    public var followUps = 0
    /// Empty when the import was saved (or, with a dry run, would be).
    public var problems: [CaseworkImportProblem] = []
    /// True when the records were written.
    public var saved = false
}

extension Office {
    /// The same office with another officer signing: each step of a history is signed by the
    /// officer who took it, or by the importing officer when the file does not say.
    func signed(by officer: String?) -> Office {
        guard let officer = officer?.trimmed.nilIfEmpty else { return self }
        let source = self
        return Office(store: store, actor: Actor(.officer, officer), today: today, catalog: { try source.catalog() })
    }

    /// Imports casework history, all or nothing: nothing is written unless every record passes,
    /// and a dry run writes nothing at all. The employer's count of workers with disabilities is
    /// left as the employer's record says (an imported employer's count already holds them).
    public func importCasework(_ records: [RawRecord], dryRun: Bool = false) throws -> CaseworkImportResult {
        try requireOfficer()
        var result = CaseworkImportResult()
        var referrals: [(RawRecord, ReferralHistory)] = []
        var placements: [(RawRecord, PlacementHistory)] = []
        var followUps: [(RawRecord, FollowUpHistory)] = []
        func reject(_ raw: RawRecord, _ id: String?, _ issues: [ValidationIssue]) {
            result.problems.append(CaseworkImportProblem(location: raw.location, id: id, issues: issues))
        }
        var references = Set<String>(), placementIDs = Set<String>(), refusedReferences = Set<String>()
        for raw in records {
            switch raw.kind {
            case .referrals:
                let read = CaseworkCodec.referral(raw.value)
                guard let history = read.record else {
                    let reference = raw.value.field("reference")?.text
                    if let reference { refusedReferences.insert(reference.uppercased()) }
                    reject(raw, reference, read.issues)
                    continue
                }
                if let reference = history.reference, !references.insert(reference).inserted {
                    reject(raw, reference, [ValidationIssue(field: "reference", problem: .duplicateID(id: reference))])
                    continue
                }
                referrals.append((raw, history))
            case .placements:
                let read = CaseworkCodec.placement(raw.value)
                guard let history = read.record else { reject(raw, raw.value.field("id")?.text, read.issues); continue }
                if let id = history.id, !placementIDs.insert(id).inserted {
                    reject(raw, id, [ValidationIssue(field: "id", problem: .duplicateID(id: id))])
                    continue
                }
                placements.append((raw, history))
            case .followups:
                let read = CaseworkCodec.followUp(raw.value)
                guard let history = read.record else { reject(raw, nil, read.issues); continue }
                followUps.append((raw, history))
            default:
                throw AppError(.usage, subject: LocalizedText(id: raw.location.describe(.id), en: raw.location.describe(.en)),
                               problem: LocalizedText(id: "berisi \(raw.kind.rawValue): impor riwayat kasus hanya membaca referrals, placements, dan followups.",
                                                      en: "holds \(raw.kind.rawValue): a casework import reads referrals, placements and followups only."),
                               hint: LocalizedText(id: "Impor pencari kerja, pemberi kerja, tempat kerja, dan lowongan dahulu dengan perintah tersendiri.",
                                                   en: "Import the seekers, employers, workplaces and vacancies first, in a command of their own."))
            }
        }

        // Which placement hires which referral of the file, so that the hire's day and officer
        // can come from the referral's outcome.
        var placementOf: [String: Int] = [:]
        for (index, (raw, placement)) in placements.enumerated() {
            if placementOf.updateValue(index, forKey: placement.referral) != nil {
                reject(raw, placement.id, [ValidationIssue(field: "referral", problem: .duplicateID(id: placement.referral))])
            }
        }
        let referralIndex = Dictionary(referrals.enumerated().compactMap { i, r in r.1.reference.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        for (raw, referral) in referrals where referral.outcome == .hired {
            if referral.reference.flatMap({ placementOf[$0] }) == nil {
                let reference = referral.reference ?? "-"
                reject(raw, referral.reference, [ValidationIssue(field: "outcome", problem: .described(
                    en: "hired needs its placement: add a placement with referral \(reference) to the import (placements).",
                    id: "diterima bekerja perlu penempatannya: tambahkan penempatan dengan referral \(reference) ke impor (placements)."))])
            }
        }
        var hireDays: [Int: (Day, String?, String?)] = [:]
        // A placement whose referral row was refused waits for that row to be corrected: its own
        // fields are not judged against a referral that could not be read.
        for (index, (raw, placement)) in placements.enumerated() where !refusedReferences.contains(placement.referral) {
            let referral = referralIndex[placement.referral].map { referrals[$0].1 }
            let fromReferral = referral?.outcome == .hired ? referral?.outcomeOn : nil
            if let given = placement.hiredOn, let fromReferral, given != fromReferral {
                reject(raw, placement.id, [ValidationIssue(field: "hired_on", problem: .described(
                    en: "\(given) differs from the referral's outcome_on \(fromReferral); give one day for the hire.",
                    id: "\(given) berbeda dengan outcome_on rujukannya \(fromReferral); beri satu hari untuk penerimaan kerja."))])
                continue
            }
            guard let day = placement.hiredOn ?? fromReferral else {
                reject(raw, placement.id, [ValidationIssue(field: "hired_on", problem: .missing)])
                continue
            }
            hireDays[index] = (day, placement.hiredBy ?? (referral?.outcome == .hired ? referral?.outcomeBy : nil), referral?.skipReason)
        }
        guard result.problems.isEmpty else { return result.sorted() }

        // Every step in the order it happened; on one day, a referral's steps in their order,
        // then follow-ups and a job's end before a new hire.
        enum Action { case propose, step(Referral.Status), followUp, end, hire }
        struct Event { var day: Day; var phase: Int; var kind: ImportKind; var index: Int; var action: Action }
        var events: [Event] = []
        for (index, (_, r)) in referrals.enumerated() {
            events.append(Event(day: r.proposedOn, phase: 0, kind: .referrals, index: index, action: .propose))
            if let day = r.checkedOn { events.append(Event(day: day, phase: 1, kind: .referrals, index: index, action: .step(.checked))) }
            if let day = r.sentOn { events.append(Event(day: day, phase: 2, kind: .referrals, index: index, action: .step(.sent))) }
            if r.interviewOn != nil {
                let day = r.interviewScheduledOn ?? [r.proposedOn, r.checkedOn, r.sentOn].compactMap { $0 }.max()!
                events.append(Event(day: day, phase: 3, kind: .referrals, index: index, action: .step(.interview)))
            }
            if let outcome = r.outcome, outcome != .hired, let day = r.outcomeOn {
                events.append(Event(day: day, phase: 4, kind: .referrals, index: index, action: .step(outcome)))
            }
        }
        for (index, (_, f)) in followUps.enumerated() {
            events.append(Event(day: f.doneOn, phase: 5, kind: .followups, index: index, action: .followUp))
        }
        for (index, (_, p)) in placements.enumerated() {
            guard let hireDay = hireDays[index]?.0 else { continue }
            events.append(Event(day: hireDay, phase: 7, kind: .placements, index: index, action: .hire))
            if let ended = p.endedOn {
                events.append(Event(day: ended, phase: ended == hireDay ? 8 : 6, kind: .placements, index: index, action: .end))
            }
        }
        events.sort { ($0.day, $0.phase, $0.kind.rawValue, $0.index) < ($1.day, $1.phase, $1.kind.rawValue, $1.index) }

        struct Rollback: Error {}
        let namedReferences = references, namedPlacements = placementIDs
        do {
            try stored {
                try store.transaction { tx in
                    var failed = Set<String>()
                    var referenceOf: [Int: String] = [:]
                    var placementIDOf: [Int: String] = [:]
                    for event in events {
                        let key = "\(event.kind.rawValue)#\(event.index)"
                        guard !failed.contains(key) else { continue }
                        let raw: RawRecord
                        var shownID: String?
                        switch event.kind {
                        case .referrals: raw = referrals[event.index].0; shownID = referrals[event.index].1.reference ?? referenceOf[event.index]
                        case .placements: raw = placements[event.index].0; shownID = placements[event.index].1.id ?? placementIDOf[event.index]
                        default: raw = followUps[event.index].0
                        }
                        do {
                            switch (event.kind, event.action) {
                            case (.referrals, .propose):
                                let history = referrals[event.index].1
                                let reference = try history.reference ?? freeReference(history.proposedOn, avoiding: namedReferences, tx)
                                referenceOf[event.index] = reference
                                try signed(by: history.proposedBy ?? (history.channel == .voice ? "seeker:\(history.seekerID)" : nil))
                                    .proposeHistoric(history, reference: reference, tx)
                                result.referrals += 1
                            case (.referrals, .step(let status)):
                                let history = referrals[event.index].1
                                let reference = referenceOf[event.index] ?? history.reference ?? ""
                                let details: StepDetails
                                let by: String?
                                var reason: String?
                                switch status {
                                case .checked: details = .check(consentToShare: history.consentToShare ?? false); by = history.checkedBy
                                case .sent: details = .send; by = history.sentBy
                                case .interview:
                                    details = .interview(on: history.interviewOn!, place: history.interviewPlace, accommodations: history.interviewAccommodations)
                                    by = history.interviewBy
                                case .declined: details = .decline; by = history.outcomeBy; reason = history.outcomeReason
                                case .withdrawn: details = .withdraw; by = history.outcomeBy; reason = history.outcomeReason
                                default: details = .noAnswer; by = history.outcomeBy; reason = history.outcomeReason
                                }
                                if !status.isFinal, try skips(reference, to: status, tx) { reason = history.skipReason }
                                _ = try signed(by: by).advance(reference, details, on: event.day, reason: reason, tx)
                                if status == .interview, let confirmed = history.interviewConfirmedOn {
                                    try tx.cases.confirmInterview(reference: reference, on: confirmed)
                                }
                            case (.placements, .hire):
                                let history = placements[event.index].1
                                let reference = referrals.firstIndex { $0.1.reference == history.referral }.flatMap { referenceOf[$0] } ?? history.referral
                                try checkParties(history, reference: reference, tx)
                                let id = try history.id ?? freePlacementID(avoiding: namedPlacements, tx)
                                if try tx.cases.placement(id: id) != nil {
                                    throw AppError(.data, subject: placementSubject(id), problem: LocalizedText(
                                        id: "sudah tersimpan; impor tidak menimpa riwayat.", en: "is already stored; an import does not write over history."))
                                }
                                placementIDOf[event.index] = id
                                let (_, by, skipReason) = hireDays[event.index]!
                                let reason = try skips(reference, to: .hired, tx) ? skipReason : nil
                                _ = try signed(by: by).hire(reference, Hire(startOn: history.startOn, contract: history.contract, wage: history.wage,
                                                                           hoursPerWeek: history.hoursPerWeek, jobTitle: history.jobTitle,
                                                                           accommodations: history.accommodations),
                                                            on: event.day, reason: reason, placementID: id, countWorker: false, tx)
                                result.placements += 1
                            case (.placements, .end):
                                let history = placements[event.index].1
                                let placement = try placementRecord(placementIDOf[event.index] ?? history.id ?? "", tx)
                                // A follow-up that found the worker not working that day ended it already.
                                if placement.endedOn == event.day { continue }
                                _ = try stepDay(event.day, subject: placementSubject(placement.id))
                                try end(placement, on: event.day, reason: history.endReason ?? "", countWorker: false, tx)
                            default:
                                let history = followUps[event.index].1
                                if let placementID = history.placementID, let seekerID = history.seekerID,
                                   let placement = try tx.cases.placement(id: placementID), placement.seekerID != seekerID {
                                    throw AppError(.data, subject: placementSubject(placementID), problem: LocalizedText(
                                        id: "milik pencari kerja \(placement.seekerID), bukan \(seekerID).",
                                        en: "belongs to seeker \(placement.seekerID), not \(seekerID)."))
                                }
                                _ = try signed(by: history.doneBy).followUp(
                                    history.placementID ?? history.seekerID ?? "", month: history.month, on: history.doneOn,
                                    FollowUpReport(result: history.result, wage: history.wage, accommodationsWork: history.accommodationsWork,
                                                   problems: history.problems, nextStep: history.nextStep),
                                    countWorker: false, tx)
                                result.followUps += 1
                            }
                        } catch let error as AppError {
                            failed.insert(key)
                            result.problems.append(CaseworkImportProblem(location: raw.location, id: shownID, issues: [], refusal: error))
                        }
                    }
                    if !result.problems.isEmpty || dryRun { throw Rollback() }
                }
            }
            result.saved = true
        } catch is Rollback {
            result.saved = false
        }
        return result.sorted()
    }

    /// Whether `target` jumps over a step from where the referral stands now (then the file's
    /// skip reason goes with it).
    private func skips(_ reference: String, to target: Referral.Status, _ tx: any RecordTransaction) throws -> Bool {
        guard let referral = try tx.cases.referral(reference: reference.trimmed.uppercased()) else { return false }
        return referral.status.rank < target.rank - 1
    }

    /// The first referral of a past day: the same checks as a request (the seeker and the vacancy
    /// exist, one referral per seeker and vacancy), dated that day. A vacancy closed since is
    /// no bar (the placement may be what closed it); one that closed before that day is.
    func proposeHistoric(_ history: ReferralHistory, reference: String, _ tx: any RecordTransaction) throws {
        let subject = referralSubject(reference)
        if try tx.cases.referral(reference: reference) != nil {
            throw AppError(.data, subject: subject, problem: LocalizedText(id: "sudah tersimpan; impor tidak menimpa riwayat.",
                                                                           en: "is already stored; an import does not write over history."))
        }
        let seeker = try seekerRecord(history.seekerID, tx)
        guard let vacancy = try tx.vacancy(id: history.vacancyID) else { throw AppError.notFound(.vacancy, history.vacancyID) }
        let day = try stepDay(history.proposedOn, subject: subject)
        if let closes = vacancy.closesOn, closes < day {
            throw AppError(.data, subject: subject, problem: LocalizedText(
                id: "lowongan \(vacancy.id) ditutup pada \(closes), sebelum rujukan diusulkan (\(day)).",
                en: "vacancy \(vacancy.id) closed on \(closes), before the referral was proposed (\(day))."))
        }
        if let other = try tx.referrals(seekerID: seeker.id).first(where: { $0.vacancyID == vacancy.id }) {
            throw AppError(.data, subject: subject, problem: LocalizedText(
                id: "pencari kerja \(seeker.id) sudah punya rujukan \(other.reference) ke lowongan \(vacancy.id); satu rujukan untuk satu pencari kerja dan lowongan.",
                en: "seeker \(seeker.id) already has referral \(other.reference) to vacancy \(vacancy.id); one referral per seeker and vacancy."))
        }
        if let given = history.office, try tx.cases.office(id: given.uppercased()) == nil { throw AppError.missing(.office, given) }
        let officeID: String
        if let file = try tx.cases.caseFile(seekerID: seeker.id) {
            officeID = history.office?.uppercased() ?? file.officeID
        } else if let office = try history.office?.uppercased() ?? tx.cases.office(regencyCode: seeker.regencyCode)?.id
                    ?? tx.cases.officer(username: actor.name)?.officeID {
            // The case opens on the day of its first referral, as it would have then.
            officeID = office
            try tx.cases.save(CaseFile(seekerID: seeker.id, officeID: office, officer: actor.role == .officer && !actor.name.contains(":") ? actor.name : "", openedOn: day))
        } else {
            officeID = try caseFile(seeker, tx).officeID  // throws: no office for this seeker, and how to add one
        }
        try tx.cases.insert(Referral(reference: reference, seekerID: seeker.id, vacancyID: vacancy.id,
                                     requestedAt: history.requestedAt ?? Self.noonWIB(day), channel: history.channel, status: .requested,
                                     score: history.score, officeID: officeID, statusOn: day))
        try tx.cases.addStepOnly(ReferralStep(reference: reference, status: .requested, on: day, officer: signature))
        try tx.cases.record([audit(.referral, .seeker, seeker.id, fields: [reference, "import"])])
    }

    /// The seeker and vacancy a placement row names, when it names them, are its referral's.
    private func checkParties(_ history: PlacementHistory, reference: String, _ tx: any RecordTransaction) throws {
        guard let referral = try tx.cases.referral(reference: reference) else {
            throw AppError(.data, subject: LocalizedText(id: "Penempatan untuk \(reference)", en: "Placement for \(reference)"),
                           problem: LocalizedText(id: "rujukan \(reference) tidak ada; penempatan hanya dicatat lewat rujukan.",
                                                  en: "referral \(reference) does not exist; a placement is recorded only through a referral."),
                           hint: LocalizedText(id: "Sertakan rujukannya dalam impor (referrals) atau periksa nomornya: setara referral list",
                                               en: "Include its referral in the import (referrals) or check the reference: setara referral list"))
        }
        if let seeker = history.seekerID, seeker != referral.seekerID {
            throw AppError(.data, subject: referralSubject(reference), problem: LocalizedText(
                id: "untuk pencari kerja \(referral.seekerID), tetapi penempatan menyebut \(seeker).",
                en: "is for seeker \(referral.seekerID), but the placement names \(seeker)."))
        }
        if let vacancy = history.vacancyID, vacancy != referral.vacancyID {
            throw AppError(.data, subject: referralSubject(reference), problem: LocalizedText(
                id: "untuk lowongan \(referral.vacancyID), tetapi penempatan menyebut \(vacancy).",
                en: "is for vacancy \(referral.vacancyID), but the placement names \(vacancy)."))
        }
    }

    private func freeReference(_ day: Day, avoiding named: Set<String>, _ tx: any RecordTransaction) throws -> String {
        var sequence = 1
        while true {
            let reference = Referral.reference(day: day, sequence: sequence)
            if !named.contains(reference), try tx.cases.referral(reference: reference) == nil { return reference }
            sequence += 1
        }
    }

    private func freePlacementID(avoiding named: Set<String>, _ tx: any RecordTransaction) throws -> String {
        var number = Int(try tx.cases.nextPlacementID().dropFirst()) ?? 1
        while named.contains(Placement.idPrefix + zeroPadded(number, 6)) { number += 1 }
        return Placement.idPrefix + zeroPadded(number, 6)
    }

    /// Noon of a day in WIB, as the time a referral of that day was requested.
    static func noonWIB(_ day: Day) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Jakarta") ?? .gmt
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12)) ?? Date()
        return AuditEntry.timestamp(date)
    }
}

extension CaseworkImportResult {
    func sorted() -> CaseworkImportResult {
        var copy = self
        copy.problems.sort { ($0.location.file, $0.location.line ?? 0, $0.location.record) < ($1.location.file, $1.location.line ?? 0, $1.location.record) }
        return copy
    }
}

extension Office {
    /// Casework history for export, in the form `importCasework` reads: every referral with its
    /// steps (of one office, or all), placements with their hire, and the follow-ups done.
    /// Case notes are never exported.
    public func exportCasework(_ kind: ImportKind, officeID: String?) throws -> [[(String, OutValue)]] {
        let filter = CaseworkFilter(officeID: officeID?.trimmed.uppercased().nilIfEmpty, today: today)
        return try stored {
            try store.readTransaction { tx in
                switch kind {
                case .referrals:
                    return try tx.cases.referrals(filter).map { CaseworkCodec.fields($0, steps: try tx.cases.steps(reference: $0.reference)) }
                case .placements:
                    return try tx.cases.placements(filter).map { placement in
                        let hired = try tx.cases.steps(reference: placement.referral).last { $0.status == .hired }
                        return CaseworkCodec.fields(placement, hired: hired)
                    }
                case .followups:
                    var done = filter
                    done.status = FollowUp.State.done.rawValue
                    return try tx.cases.followUps(done)
                        .sorted { ($0.doneOn ?? $0.dueOn, $0.placementID, $0.month) < ($1.doneOn ?? $1.dueOn, $1.placementID, $1.month) }
                        .map(CaseworkCodec.fields)
                default:
                    return []
                }
            }
        }
    }
}
