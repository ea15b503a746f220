import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import SetaraStore

/// What the voice terminal needs from the records: find the seeker, rank their vacancies,
/// record a referral, save a profile, keep a draft. The same store and matcher as the
/// command line, so a seeker hears what their placement officer sees.
final class SeekerDesk {
    let store: any RecordStore
    private let loading: Deferred<Catalog>
    private var loaded: (catalog: Catalog, matcher: Matcher)?

    init(store: any RecordStore, catalog: Deferred<Catalog>) {
        self.store = store
        self.loading = catalog
    }

    /// Waits for the catalog, which loads while the first words are spoken; rethrows its error.
    func ready() throws {
        guard loaded == nil else { return }
        let catalog = try loading.value()
        loaded = (catalog, Matcher(catalog: catalog, today: Day.today()))
    }

    /// The accommodation catalog. The session calls `ready()` before it waits for the first key.
    var catalog: Catalog {
        if loaded == nil { try? ready() }
        return loaded?.catalog ?? Catalog([])
    }

    private var matcher: Matcher {
        get throws {
            try ready()
            return loaded!.matcher
        }
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

    /// The seeker's best open vacancies in their province, best first, as `setara match seeker`
    /// ranks them (excluded ones left out).
    func matches(for seeker: Seeker, top: Int) throws -> [Match] {
        let region = seeker.provinceCode
        let workplaces = Dictionary(uniqueKeysWithValues: try store.workplaces(ListQuery(region: region)).map { ($0.id, $0) })
        let vacancies = try store.vacancies(ListQuery(region: region, status: VacancyStatus.open.rawValue))
            .filter { workplaces[$0.workplaceID] != nil }
        let results = MatchIndex(matcher: try matcher, vacancies: vacancies, workplaces: Array(workplaces.values)).top(top, for: seeker)
        let byID = Dictionary(uniqueKeysWithValues: vacancies.map { ($0.id, $0) })
        var employers: [String: Employer] = [:]
        return try results.map { result in
            let vacancy = byID[result.vacancyID]!
            let workplace = workplaces[vacancy.workplaceID]!
            if employers[workplace.employerID] == nil { employers[workplace.employerID] = try store.employer(id: workplace.employerID) }
            return Match(result: result, vacancy: vacancy, workplace: workplace, employer: employers[workplace.employerID])
        }
    }

    func referral(seekerID: String, vacancyID: String) throws -> Referral? {
        try store.referrals(seekerID: seekerID).first { $0.vacancyID == vacancyID }
    }

    func refer(seekerID: String, match: Match) throws -> Referral {
        try store.addReferral(seekerID: seekerID, vacancyID: match.vacancy.id, channel: .voice, score: match.result.score, at: Date())
    }
}
