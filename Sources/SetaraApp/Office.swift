import Foundation
import SetaraCatalog
import SetaraDomain
import SetaraStore

/// Setara's application layer: the use cases of a placement office (registering and changing
/// records, ranking, referrals, exports), each with the same rules whichever front end calls
/// it: the command line, the voice terminal, a web page. Front ends read input, call one of
/// these, and render what it returns; they hold no rules of their own.
public struct Office: Sendable {
    public let store: any RecordStore
    public let actor: Actor
    /// The catalog, loaded when a use case first needs it (most commands never do).
    private let catalogSource: @Sendable () throws -> Catalog
    public let today: Day
    /// Rankings kept between requests by a long-running front end (the web server); nil for a
    /// command, which ranks once.
    public let rankingCache: RankingCache?

    public init(store: any RecordStore, actor: Actor, today: Day = .today(), rankingCache: RankingCache? = nil,
                catalog: @escaping @Sendable () throws -> Catalog) {
        self.store = store
        self.actor = actor
        self.today = today
        self.rankingCache = rankingCache
        self.catalogSource = catalog
    }

    public func catalog() throws -> Catalog { try catalogSource() }

    /// An audit entry for a change made now by this office's actor.
    func audit(_ action: AuditEntry.Action, _ kind: RecordKind, _ id: String?, fields: [String] = []) -> AuditEntry {
        AuditEntry(at: AuditEntry.timestamp(), actor: actor.auditName, action: action, kind: kind, recordID: id, fields: fields)
    }
}
