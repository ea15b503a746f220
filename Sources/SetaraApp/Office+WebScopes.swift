import Foundation
import SetaraDomain
import SetaraStore

// Who may reach which casework records (issue 16). An employer's HR officer sees the referrals
// sent to their own company's vacancies, with only what the seeker agreed to share, and records
// the interview and the decision through the same steps as `setara referral interview|hire|decline`.
// Officers and supervisors reach the seekers and referrals of their own office only. A record out
// of reach is answered exactly as one that does not exist, so that ids cannot be probed.

/// A referral as the employer sees it: the letter's content (the seeker's name, and their needs
/// only when they agreed to share them; never the disability category, the NIK or case notes)
/// and where the referral stands.
public struct EmployerReferral: Sendable {
    public var referral: Referral
    public var letter: ReferralLetter
}

/// A seeker's record as an officer of their office sees it (`Office.seekerProfile`).
public struct SeekerProfile: Sendable {
    public var seeker: Seeker
    /// Only where the seeker consented to its recording; shown marked as sensitive.
    public var category: DisabilityCategory?
    /// Newest first, each with its vacancy's title.
    public var referrals: [(referral: Referral, vacancyTitle: String)]
}

extension Office {
    // MARK: Employers

    func requireEmployer() throws {
        guard actor.role == .employer else {
            throw AppError(.usage, problem: LocalizedText(id: "Langkah ini dicatat oleh pemberi kerja.",
                                                          en: "This step is recorded by the employer."))
        }
    }

    /// A referral reaches the employer when the officer sends it: before that it is the office's.
    static func sentToEmployer(_ referral: Referral) -> Bool {
        referral.status.rank >= Referral.Status.sent.rank && referral.status != .withdrawn
    }

    /// The referrals sent to this company's vacancies, newest first. Each seeker named is a view
    /// of their record, written to the audit log.
    public func referrals(ofEmployer employerID: String) throws -> [EmployerReferral] {
        try requireEmployer()
        let vacancyIDs = try vacancies(ofEmployer: employerID).map(\.id)
        let found = try stored {
            try store.readTransaction { tx in
                try tx.cases.referrals(vacancyIDs: vacancyIDs).filter(Self.sentToEmployer)
                    .map { EmployerReferral(referral: $0, letter: try letter($0.reference, tx)) }
            }
        }
        try recordViews(seekerIDs: found.map(\.referral.seekerID), seenIn: "employer:" + employerID)
        return found
    }

    /// One referral sent to this company, or not found.
    public func referral(_ reference: String, ofEmployer employerID: String) throws -> EmployerReferral {
        try requireEmployer()
        let found = try employerScoped(reference, employerID)
        try recordViews(seekerIDs: [found.referral.seekerID], seenIn: "employer:" + employerID)
        return found
    }

    private func employerScoped(_ reference: String, _ employerID: String) throws -> EmployerReferral {
        let key = reference.trimmed.uppercased()
        return try stored {
            try store.readTransaction { tx in
                guard let referral = try tx.cases.referral(reference: key), Self.sentToEmployer(referral),
                      let vacancy = try tx.vacancy(id: referral.vacancyID), let workplace = try tx.workplace(id: vacancy.workplaceID),
                      workplace.employerID == employerID else { throw AppError.missing(.referral, key) }
                return EmployerReferral(referral: referral, letter: try letter(key, tx))
            }
        }
    }

    /// The employer schedules the interview (`setara referral interview`).
    public func recordInterview(_ reference: String, ofEmployer employerID: String, on day: Day, place: String?) throws -> Referral {
        try requireEmployer()
        _ = try employerScoped(reference, employerID)
        return try takeStep(reference, .interview(on: day, place: place, accommodations: []), on: nil, reason: nil)
    }

    /// The employer hires the seeker (`setara referral hire`): the placement, its follow-ups, the
    /// seeker's and vacancy's status and the quota count, all in one transaction.
    public func recordHire(_ reference: String, ofEmployer employerID: String, _ hire: Hire) throws -> Placement {
        try requireEmployer()
        _ = try employerScoped(reference, employerID)
        return try recordHire(reference, hire, on: nil, reason: nil)
    }

    /// The employer does not hire the seeker, and says why (`setara referral decline`).
    public func recordDecline(_ reference: String, ofEmployer employerID: String, reason: String) throws -> Referral {
        try requireEmployer()
        _ = try employerScoped(reference, employerID)
        return try takeStep(reference, .decline, on: nil, reason: reason)
    }

    // MARK: Offices

    /// Whether a seeker is the office's: their case is there, or they have none yet and live in
    /// its regency (where their case will open).
    func serves(_ office: LabourOffice, _ seeker: Seeker, _ tx: any RecordTransaction) throws -> Bool {
        if let file = try tx.cases.caseFile(seekerID: seeker.id) { return file.officeID == office.id }
        return seeker.regencyCode == office.regencyCode
    }

    /// Not found unless the seeker is the office's.
    func requireServed(_ seekerID: String, _ office: LabourOffice) throws {
        try stored {
            try store.readTransaction { tx in
                let seeker = try seekerRecord(seekerID, tx)
                guard try serves(office, seeker, tx) else { throw AppError.notFound(.seeker, seeker.id) }
            }
        }
    }

    /// Not found unless the referral is the office's (its own office, or its seeker's).
    func requireOfficeReferral(_ reference: String, _ office: LabourOffice) throws {
        let key = reference.trimmed.uppercased()
        try stored {
            try store.readTransaction { tx in
                guard let referral = try tx.cases.referral(reference: key) else { throw AppError.missing(.referral, key) }
                if let officeID = referral.officeID, officeID == office.id { return }
                guard referral.officeID == nil, let seeker = try tx.seeker(id: referral.seekerID), try serves(office, seeker, tx) else {
                    throw AppError.missing(.referral, key)
                }
            }
        }
    }

    /// A seeker's record opened by an officer of their office: the record, the category (only
    /// where consent was given), and the seeker's latest referrals with their vacancies' titles,
    /// read in one transaction (one snapshot); the view written to the audit log in one more,
    /// before anything is shown.
    public func seekerProfile(_ key: String, referralLimit: Int = 50, inOffice office: LabourOffice) throws -> SeekerProfile {
        let profile = try stored {
            try store.readTransaction { tx -> SeekerProfile in
                let seeker = try seekerRecord(key, tx)
                guard try serves(office, seeker, tx) else { throw AppError.notFound(.seeker, seeker.id) }
                let latest = try tx.referrals(seekerID: seeker.id).reversed().prefix(referralLimit)
                let titles = try tx.vacancyTitles(Set(latest.map(\.vacancyID)))
                let referrals = latest.map { referral in
                    (referral: referral, vacancyTitle: titles[referral.vacancyID] ?? referral.vacancyID)
                }
                return SeekerProfile(seeker: seeker, category: try tx.disabilityCategory(seekerID: seeker.id), referrals: referrals)
            }
        }
        try stored { try store.record([audit(.view, .seeker, profile.seeker.id)]) }
        return profile
    }

    /// The office's seekers an officer looks for: by name, id or NIK, in a region.
    public func findSeekers(search: String?, region: String?, limit: Int, inOffice office: LabourOffice) throws -> [Seeker] {
        let ids = try stored { try store.readTransaction { tx in try tx.cases.seekerIDs(office: office) } }
        var found: [Seeker] = []
        var offset = 0
        let page = max(limit * 4, 200)
        while found.count < limit {
            let batch = try findSeekers(search: search, region: region, limit: page, offset: offset)
            found += batch.filter { ids.contains($0.id) }
            if batch.count < page { break }
            offset += page
        }
        return Array(found.prefix(limit))
    }

    /// The best vacancies for one of the office's seekers; a view of their record, logged.
    public func rankVacancies(forSeeker id: String, _ request: RankRequest, inOffice office: LabourOffice) throws -> SeekerRanking {
        try requireServed(id, office)
        let ranking = try rankVacancies(forSeeker: id, request)
        try recordViews(seekerIDs: [ranking.seeker.id], seenIn: "matches")
        return ranking
    }

    /// The office's best seekers for a vacancy (any office's vacancy: employers are shared), with
    /// each result's explanation for an officer, kept with the ranking in each language asked for
    /// (the web's match page). Each seeker shown is a view of their record, written to the audit
    /// log (one transaction), whether the ranking was made now or kept from an earlier request
    /// (`rankingCache`).
    public func explainedSeekers(forVacancy id: String, _ request: RankRequest, inOffice office: LabourOffice) throws -> ExplainedRanking {
        let explained = try rankOfficeSeekers(forVacancy: id, request, office)
        try recordViews(seekerIDs: explained.ranking.results.map(\.seeker.id), seenIn: "match:" + explained.ranking.vacancy.id)
        return explained
    }

    private func rankOfficeSeekers(forVacancy id: String, _ request: RankRequest, _ office: LabourOffice) throws -> ExplainedRanking {
        // A front end that ranks once (no cache of its own) goes the same way, through a cache
        // used for this request only.
        let cache = rankingCache ?? RankingCache()
        // The version first, then the records: what is kept is never older than its version.
        let version = try stored { try store.recordsVersion() }
        let key = RankingCache.Key(vacancyID: id.trimmed.uppercased(), officeID: office.id, top: request.top,
                                   includeExcluded: request.includeExcluded, occupation: request.occupation, region: request.region,
                                   today: today)
        if let kept = cache.ranking(key, at: version) { return kept }
        let (vacancy, workplace) = try vacancyAndWorkplace(id)
        guard Self.isOpen(vacancy, today) else {
            return ExplainedRanking(VacancyRanking(vacancy: vacancy, workplace: workplace, results: []), catalog: try catalog())
        }
        let region = request.region ?? workplace.provinceCode
        let seekersKey = RankingCache.SeekersKey(officeID: office.id, region: region)
        let seekers: [Seeker]
        if let kept = cache.seekers(seekersKey, at: version) {
            seekers = kept
        } else {
            let ids = try stored { try store.readTransaction { tx in try tx.cases.seekerIDs(office: office) } }
            seekers = try activeSeekers(inRegion: region).filter { ids.contains($0.id) }
            cache.keep(seekers, seekersKey, at: version)
        }
        let ranking = ExplainedRanking(try rank(seekers, for: vacancy, at: workplace, request), catalog: try catalog())
        cache.keep(ranking, key, at: version)
        return ranking
    }

    /// An officer proposes one of the office's seekers for a vacancy.
    public func proposeReferral(seekerID: String, vacancyID: String, inOffice office: LabourOffice) throws -> (referral: Referral, isNew: Bool) {
        try requireServed(seekerID, office)
        return try proposeReferral(seekerID: seekerID, vacancyID: vacancyID)
    }

    /// One of the office's referrals with its steps.
    public func referral(_ reference: String, inOffice office: LabourOffice) throws -> (referral: Referral, steps: [ReferralStep]) {
        try requireOfficeReferral(reference, office)
        return try referral(reference)
    }

    /// A step of one of the office's referrals (`setara referral check|send|...`).
    public func advanceReferral(_ reference: String, _ details: StepDetails, reason: String? = nil, inOffice office: LabourOffice) throws -> Referral {
        try requireOfficeReferral(reference, office)
        return try advanceReferral(reference, details, reason: reason)
    }

    /// The letter of one of the office's referrals.
    public func referralLetter(_ reference: String, inOffice office: LabourOffice) throws -> ReferralLetter {
        try requireOfficeReferral(reference, office)
        return try referralLetter(reference)
    }

    /// The audit log as the office's supervisor reads it: what the office's own staff did, and
    /// every view or change of the seekers it serves, whoever made it; nothing of another
    /// office's work. Every entry, or one record's; newest last.
    public func auditLog(recordID: String?, limit: Int, inOffice office: LabourOffice) throws -> [AuditEntry] {
        try stored {
            try store.readTransaction { tx in
                try tx.cases.auditLog(office: office, recordID: recordID?.trimmed.uppercased(), limit: limit)
            }
        }
    }

    /// One of the office's placements with its follow-ups.
    public func placement(_ id: String, inOffice office: LabourOffice) throws -> (Placement, [FollowUp]) {
        let found = try placement(id)
        try requireServed(found.0.seekerID, office)
        return found
    }

    /// A follow-up of one of the office's placements (`setara placement follow-up`).
    public func recordFollowUp(_ placementID: String, month: Int?, _ report: FollowUpReport, inOffice office: LabourOffice) throws -> FollowUp {
        let placement = try self.placement(placementID).0
        try requireServed(placement.seekerID, office)
        return try recordFollowUp(placement.id, month: month, report)
    }
}
