import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraMatching
import SetaraStore
import Synchronization

/// Rankings of an office's seekers for a vacancy, kept between the requests of a long-running
/// front end (`setara serve`), where officers open the same match pages again and again.
///
/// Ranking a vacancy reads and matches every active seeker of the office in the region; the
/// answer depends on nothing but the records and the day. So each ranking, and the office's
/// seekers it was made from, are kept with the `RecordsVersion` they were read at, and used again
/// only while the store still answers that version: any record written since, by any officer of
/// this server or by another program on the same database, makes them stale, and the next
/// request reads and ranks again. Several officers editing at once therefore never see a ranking
/// older than the last write that committed before their request began. The version is read
/// before the records, so a ranking made while a write commits is kept under the older version
/// and is made again at the next request.
///
/// What is kept are records the office may see anyway; nothing is written, and the audit entry
/// of each view is written by the use case on every request, from the cache or not.
///
/// With each ranking are kept the words an officer reads of its results, in each language once
/// asked for (`ExplainedRanking`): they depend on nothing but the ranking and the catalog, and
/// putting them together again was a third of a match page's processor time under load.
public final class RankingCache: Sendable {
    struct Key: Hashable {
        var vacancyID: String
        var officeID: String
        var top: Int
        var includeExcluded: Bool
        var occupation: String?
        var region: String?
        var today: Day
    }

    struct SeekersKey: Hashable {
        var officeID: String
        var region: String
    }

    struct State {
        var version: RecordsVersion?
        var rankings: [Key: ExplainedRanking] = [:]
        var seekers: [SeekersKey: [Seeker]] = [:]
    }

    private let state = Mutex(State())
    /// Rankings kept at most; when full, all are dropped (they are cheap to make again from the
    /// seekers kept, and a full cache means the day's work has moved on).
    let capacity: Int

    public init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// Everything kept, or nothing when the records have changed since.
    private func current<T>(_ version: RecordsVersion, _ body: (inout State) -> T) -> T {
        state.withLock { state in
            if state.version != version { state = State(version: version) }
            return body(&state)
        }
    }

    func ranking(_ key: Key, at version: RecordsVersion) -> ExplainedRanking? {
        current(version) { $0.rankings[key] }
    }

    func keep(_ ranking: ExplainedRanking, _ key: Key, at version: RecordsVersion) {
        current(version) { state in
            if state.rankings.count >= capacity { state.rankings.removeAll() }
            state.rankings[key] = ranking
        }
    }

    func seekers(_ key: SeekersKey, at version: RecordsVersion) -> [Seeker]? {
        current(version) { $0.seekers[key] }
    }

    func keep(_ seekers: [Seeker], _ key: SeekersKey, at version: RecordsVersion) {
        current(version) { $0.seekers[key] = seekers }
    }
}

/// The words an officer reads of one result: the verdict in a few words and the reasons.
public struct OfficerExplanation: Sendable {
    public let verdict: String
    public let reasons: [String]
}

/// A ranking of seekers for a vacancy, with its results' explanations in each language made once,
/// when first asked for, and kept with it for as long as the ranking is.
public final class ExplainedRanking: Sendable {
    public let ranking: VacancyRanking
    private let catalog: Catalog
    private let explained = Mutex<[Language: [OfficerExplanation]]>([:])

    init(_ ranking: VacancyRanking, catalog: Catalog) {
        self.ranking = ranking
        self.catalog = catalog
    }

    /// Each result's verdict and reasons, best first, as an officer reads them.
    public func explanations(_ language: Language) -> [OfficerExplanation] {
        if let kept = explained.withLock({ $0[language] }) { return kept }
        // Made outside the lock: two requests at once may both make them, and either is kept.
        let made = ranking.results.map { item in
            OfficerExplanation(verdict: item.result.verdictPhrase(language, catalog: catalog),
                               reasons: item.result.reasons(language, catalog: catalog, audience: .officer))
        }
        explained.withLock { $0[language] = made }
        return made
    }
}
