import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraKit
import SetaraMatching
import SetaraStore

/// What to rank, as an officer or a seeker asks for it.
public struct RankRequest: Sendable {
    public var top: Int
    /// Also show excluded pairs, after every suitable one, with their reasons.
    public var includeExcluded: Bool
    /// Only KBJI codes starting with this.
    public var occupation: String?
    /// A province (2 digits) or regency (4 digits); nil means the seeker's (or workplace's) province.
    public var region: String?

    public init(top: Int = 10, includeExcluded: Bool = false, occupation: String? = nil, region: String? = nil) {
        self.top = top
        self.includeExcluded = includeExcluded
        self.occupation = occupation
        self.region = region
    }
}

/// One vacancy in a seeker's ranking, with the records it names.
public struct RankedVacancy: Sendable {
    public var result: MatchResult
    public var vacancy: Vacancy
    public var workplace: Workplace
    public var employer: Employer?
}

public struct SeekerRanking: Sendable {
    public var seeker: Seeker
    /// Best first; empty when the seeker is not active.
    public var results: [RankedVacancy]
}

public struct VacancyRanking: Sendable {
    public var vacancy: Vacancy
    public var workplace: Workplace
    /// Best first, each with its seeker; empty when the vacancy is not open.
    public var results: [(result: MatchResult, seeker: Seeker)]
}

extension Office {
    /// The seeker's best open vacancies. Only active seekers and open vacancies (status open, not
    /// past their closing date) are matched, from either side, so that a pair is in the seeker's
    /// ranking exactly when the seeker is in the vacancy's. The region defaults to the seeker's
    /// province. One path for the command line, the voice terminal and the web page.
    public func rankVacancies(forSeeker id: String, _ request: RankRequest) throws -> SeekerRanking {
        let key = id.trimmed.uppercased()
        guard let seeker = try stored({ try store.seeker(id: key) }) else { throw AppError.notFound(.seeker, key) }
        guard seeker.status == .active else { return SeekerRanking(seeker: seeker, results: []) }
        return SeekerRanking(seeker: seeker, results: try rank(seeker, request))
    }

    /// The same ranking for a seeker record already in hand (the voice terminal's signed-in seeker).
    public func rankVacancies(for seeker: Seeker, _ request: RankRequest) throws -> [RankedVacancy] {
        guard seeker.status == .active else { return [] }
        return try rank(seeker, request)
    }

    private func rank(_ seeker: Seeker, _ request: RankRequest) throws -> [RankedVacancy] {
        let region = request.region ?? seeker.provinceCode
        let matcher = Matcher(catalog: try catalog(), today: today)
        let workplaces = Dictionary(uniqueKeysWithValues: try stored { try store.workplaces(ListQuery(region: region)) }.map { ($0.id, $0) })
        var profiles = try stored { try store.vacancyProfiles(openVacancies(region: region)) }
        if let prefix = request.occupation { profiles = profiles.filter { profiles.kbji[$0].hasPrefix(prefix) } }
        let index = MatchIndex(matcher: matcher, profiles: profiles, workplaces: Array(workplaces.values))
        var results = index.top(request.top, for: seeker)
        if request.includeExcluded && results.count < request.top {
            // Excluded pairs score 0 and so rank last, by id: the order `ranked` gives every list.
            let shown = Set(results.map(\.vacancyID))
            var excluded: [MatchResult] = []
            for position in 0..<profiles.count where !shown.contains(profiles.ids[position]) {
                let vacancy = profiles.vacancy(at: position)
                guard let workplace = workplaces[vacancy.workplaceID] else { continue }
                let result = matcher.match(seeker, vacancy, at: workplace)
                if result.verdict == .excluded { excluded.append(result) }
            }
            results += ranked(excluded, by: \.vacancyID).prefix(request.top - results.count)
        }
        var employers: [String: Employer] = [:]
        return try results.map { result in
            guard let vacancy = try stored({ try store.vacancy(id: result.vacancyID) }), let workplace = workplaces[vacancy.workplaceID] else {
                throw AppError.notFound(.vacancy, result.vacancyID)
            }
            if employers[workplace.employerID] == nil { employers[workplace.employerID] = try stored { try store.employer(id: workplace.employerID) } }
            return RankedVacancy(result: result, vacancy: vacancy, workplace: workplace, employer: employers[workplace.employerID])
        }
    }

    /// The vacancies a ranking may offer today.
    func openVacancies(region: String?) -> ListQuery {
        ListQuery(region: region, status: VacancyStatus.open.rawValue, openOn: today)
    }

    /// The seekers that fit a vacancy best: active seekers of the region (default: the
    /// workplace's province), matched in full, in the same order as every ranking.
    public func rankSeekers(forVacancy id: String, _ request: RankRequest) throws -> VacancyRanking {
        let (vacancy, workplace) = try vacancyAndWorkplace(id)
        guard Self.isOpen(vacancy, today) else { return VacancyRanking(vacancy: vacancy, workplace: workplace, results: []) }
        return try rank(try activeSeekers(inRegion: request.region ?? workplace.provinceCode), for: vacancy, at: workplace, request)
    }

    /// The active seekers of a province or regency: the candidates of a vacancy's ranking.
    func activeSeekers(inRegion region: String) throws -> [Seeker] {
        try stored { try store.seekers(ListQuery(region: region, status: SeekerStatus.active.rawValue)) }
    }

    func vacancyAndWorkplace(_ id: String) throws -> (Vacancy, Workplace) {
        let key = id.trimmed.uppercased()
        guard let vacancy = try stored({ try store.vacancy(id: key) }),
              let workplace = try stored({ try store.workplace(id: vacancy.workplaceID) }) else { throw AppError.notFound(.vacancy, key) }
        return (vacancy, workplace)
    }

    static func isOpen(_ vacancy: Vacancy, _ today: Day) -> Bool {
        vacancy.status == .open && (vacancy.closesOn.map { $0 >= today } ?? true)
    }

    /// Active seekers (the candidates given) ranked for an open vacancy: the best `top` that are
    /// not excluded, then, when asked, excluded ones with their reasons.
    func rank(_ candidates: [Seeker], for vacancy: Vacancy, at workplace: Workplace, _ request: RankRequest) throws -> VacancyRanking {
        var seekers = candidates
        if let prefix = request.occupation { seekers = seekers.filter { $0.preferredOccupations.contains { $0.hasPrefix(prefix) } } }
        let matcher = Matcher(catalog: try catalog(), today: today)
        let all = ranked(seekers.map { matcher.match($0, vacancy, at: workplace) }, by: \.seekerID)
        var shown = all.filter { $0.verdict != .excluded }.prefix(request.top)
        if request.includeExcluded { shown += all.filter { $0.verdict == .excluded }.prefix(request.top - shown.count) }
        let byID = Dictionary(uniqueKeysWithValues: seekers.map { ($0.id, $0) })
        return VacancyRanking(vacancy: vacancy, workplace: workplace, results: shown.map { ($0, byID[$0.seekerID]!) })
    }

    /// Every active seeker of a region against the open vacancies of its province: each seeker's
    /// best `top`, seekers in id order. Both cores share the work.
    public func rankBatch(region: String, top: Int, progress: (Int, Int) -> Void = { _, _ in }) throws -> [MatchResult] {
        let matcher = Matcher(catalog: try catalog(), today: today)
        let province = String(region.prefix(2))
        let seekers = try stored { try store.seekers(ListQuery(region: region, status: SeekerStatus.active.rawValue)) }
        let workplaces = try stored { try store.workplaces(ListQuery(region: province)) }
        let vacancies = try stored { try store.vacancyProfiles(openVacancies(region: province)) }
        progress(seekers.count, vacancies.count)
        let index = MatchIndex(matcher: matcher, profiles: vacancies, workplaces: workplaces)
        return seekers.parallelMap(grain: 50) { index.top(top, for: $0) }.flatMap { $0 }
    }
}
