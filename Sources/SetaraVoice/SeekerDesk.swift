import Foundation
import SetaraApp
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import SetaraStore

/// What the voice terminal needs from the records: find the seeker, rank their vacancies,
/// record a referral, save a profile, keep a draft. Ranking, referrals and profile updates are the
/// application layer's use cases (`Office`), the same the command line calls, acting as the
/// seeker signed in: a seeker hears what their placement officer sees, and the audit log names them.
final class SeekerDesk {
    let store: any RecordStore
    private let loading: Deferred<Catalog>
    private var loaded: Catalog?

    init(store: any RecordStore, catalog: Deferred<Catalog>) {
        self.store = store
        self.loading = catalog
    }

    /// Waits for the catalog, which loads while the first words are spoken; rethrows its error.
    func ready() throws {
        guard loaded == nil else { return }
        loaded = try loading.value()
    }

    /// The accommodation catalog. The session calls `ready()` before it waits for the first key.
    var catalog: Catalog {
        if loaded == nil { try? ready() }
        return loaded ?? Catalog([])
    }

    /// The use cases, acting as this seeker.
    private func office(_ seekerID: String) -> Office {
        let loading = self.loading
        return Office(store: store, actor: Actor(.seeker, seekerID), catalog: { try loading.value() })
    }

    /// One vacancy as the seeker hears it.
    struct Match {
        var result: MatchResult
        var vacancy: Vacancy
        var workplace: Workplace
        var employer: Employer?
        var place: String { Regions.regency(code: workplace.regencyCode)?.name ?? workplace.regencyCode }
    }

    func seeker(registration digits: String) throws -> Seeker? {
        guard let number = Int(digits), number > 0 else { return nil }
        return try store.seeker(id: RecordKind.seeker.id(number: number))
    }

    func seeker(nik: String) throws -> Seeker? {
        try store.seeker(nik: nik)
    }

    /// The seeker's best open vacancies in their province, best first: `Office.rankVacancies`,
    /// as `setara match seeker` ranks them (excluded ones left out).
    func matches(for seeker: Seeker, top: Int) throws -> [Match] {
        try ready()
        return try office(seeker.id).rankVacancies(for: seeker, RankRequest(top: top)).map {
            Match(result: $0.result, vacancy: $0.vacancy, workplace: $0.workplace, employer: $0.employer)
        }
    }

    func referral(seekerID: String, vacancyID: String) throws -> Referral? {
        try store.referrals(seekerID: seekerID).first { $0.vacancyID == vacancyID }
    }

    /// Records the seeker's request; a vacancy already requested gives back its referral.
    func refer(seekerID: String, match: Match) throws -> Referral {
        try office(seekerID).requestReferral(seekerID: seekerID, vacancyID: match.vacancy.id, channel: .voice,
                                             score: match.result.score).referral
    }

    /// The seeker's referrals still under way, and a coming interview.
    func openReferrals(seekerID: String) throws -> [OpenReferral] {
        try office(seekerID).openReferrals(seekerID: seekerID)
    }

    /// The seeker confirms they will come to the interview of this referral.
    func confirmInterview(seekerID: String, reference: String) throws -> Referral {
        try office(seekerID).confirmInterview(reference)
    }

    /// Saves the profile and needs the seeker gave, logged as theirs.
    func updateProfile(seekerID: String, profile: [FunctionalDimension: CapacityRating], needs: [Need]) throws {
        try office(seekerID).updateProfile(seekerID: seekerID, profile: profile, needs: needs)
    }
}
