import Foundation

/// Audit entries written by several threads at once go to the database together, in one
/// transaction (a group commit), and each caller returns only once its own entries are
/// committed: nothing is shown before its view is on record, as before.
///
/// A server writes an audit entry for every page that shows a seeker (ten for a match page).
/// Written one transaction each, every page view was a commit of its own: a WAL append of the
/// same few pages, a checkpoint every thousand pages, and, since any commit empties every
/// reader's page cache, the next page's reads from the file again. Here, whoever finds no
/// write under way writes everything waiting (theirs first in line, then whatever has joined
/// meanwhile); the others wait for the batch that holds their entries. Entries keep the order
/// in which callers handed them in, and a batch that fails fails every caller in it, with the
/// database's error. With one caller at a time (a command) each batch is that caller's own.
final class AuditGroupCommit: @unchecked Sendable {
    // @unchecked Sendable: `open` and `writing` (and each batch's fields) are read and changed
    // only while `condition` is locked.
    private let condition = NSCondition()
    private var open = Batch()
    private var writing = false

    private final class Batch {
        var entries: [AuditEntry] = []
        var finished = false
        var error: (any Error)?
    }

    /// Entries handed in and waiting for the next batch (tests watch callers join).
    var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return open.entries.count
    }

    /// Adds `entries` to the batch being gathered and returns once that batch is committed
    /// (by this thread, or by the one writing when it came); throws the batch's error.
    func record(_ entries: [AuditEntry], write: ([AuditEntry]) throws -> Void) throws {
        condition.lock()
        let mine = open
        mine.entries += entries
        while !mine.finished {
            if writing {
                condition.wait()
                continue
            }
            writing = true
            let batch = open
            open = Batch()
            condition.unlock()
            var failure: (any Error)?
            do { try write(batch.entries) } catch { failure = error }
            condition.lock()
            batch.finished = true
            batch.error = failure
            writing = false
            condition.broadcast()
        }
        let error = mine.error
        condition.unlock()
        if let error { throw error }
    }
}
