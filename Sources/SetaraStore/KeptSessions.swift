import Foundation
import SetaraDomain
import Synchronization

/// Signed-in sessions read in the last second, kept in memory: every page a signed-in person
/// opens needs their session, account and office, and reading them was an eighth of a page's
/// work, with a hop to a thread that may block (docs/web.md, "Sessions kept for a second").
///
/// Whatever this store writes (a sign-out, a draft, a password, an officer's office, any record)
/// forgets them all at once, so this server's own changes count from the next request. A change
/// another program makes to the same file (an account or an officer's office changed from the
/// command line) counts within a second. Only sessions found are kept: an unknown or expired
/// token is looked up in the database each time.
final class KeptSessions: Sendable {
    typealias Found = (session: WebSession, account: WebAccount, office: LabourOffice?)

    /// How long a session read from the database is used without reading it again.
    static let lifetime: TimeInterval = 1
    /// More sessions than this at once and all are forgotten (a server has a few dozen).
    static let most = 10_000

    private struct Kept {
        var found: [String: (found: Found, readAt: Date)] = [:]
        /// Changes with every forgetting: a read that began before a write must not keep what
        /// it read once the write has ended.
        var generation: UInt64 = 0
    }

    private let kept = Mutex(Kept())

    /// The session of a token's hash, when read less than `lifetime` before `now` and still
    /// current at `now`.
    func found(_ tokenHash: String, now: Date) -> Found? {
        kept.withLock { kept in
            guard let entry = kept.found[tokenHash] else { return nil }
            let age = now.timeIntervalSince(entry.readAt)
            guard age >= 0, age < Self.lifetime, entry.found.session.expiresAt > now else {
                kept.found[tokenHash] = nil
                return nil
            }
            return entry.found
        }
    }

    /// The generation a read must name when it keeps what it read.
    var generation: UInt64 { kept.withLock { $0.generation } }

    func keep(_ found: Found, for tokenHash: String, readAt: Date, generation: UInt64) {
        kept.withLock { kept in
            guard kept.generation == generation else { return }
            if kept.found.count >= Self.most { kept.found.removeAll() }
            kept.found[tokenHash] = (found, readAt)
        }
    }

    func forgetAll() {
        kept.withLock { kept in
            kept.found.removeAll()
            kept.generation &+= 1
        }
    }
}
