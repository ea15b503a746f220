import Foundation
import SetaraStore

/// Writes an import while it is still being checked: a thread of its own holds one write
/// transaction open and writes each part as `Importer.plan(_:sink:)` hands it over, so that
/// SQLite's work (about half of a large import) runs on one core while the records are checked
/// on the other. Nothing is committed until `commit()`; `cancel()`, an error, or the process
/// ending first leaves the database as it was.
///
/// Use from one thread: `send` for every part, then `commit()` or `cancel()` once.
// @unchecked Sendable: every mutable property is read and written only while `condition` is
// locked; the writing thread and the sending thread meet nowhere else.
public final class ImportWriter: @unchecked Sendable {
    private enum Ending { case open, commit, cancel }

    private let store: any RecordStore
    private let condition = NSCondition()
    private var parts: [RecordBatch] = []
    private var ending = Ending.open
    private var failure: (any Error)?
    private var started = false
    private var finished = false
    /// Parts checked but not yet written: enough to keep the writer busy, few enough to keep
    /// memory flat.
    private let queueLimit = 4

    /// Called on the writing thread just before the transaction commits: from then on, the
    /// import is saved whole unless the commit itself fails.
    private let willCommit: @Sendable () -> Void

    public init(store: any RecordStore, willCommit: @escaping @Sendable () -> Void = {}) {
        self.store = store
        self.willCommit = willCommit
    }

    /// Hands a part over to be written; waits while the writer is `queueLimit` parts behind.
    /// Throws the writer's error if writing has failed.
    public func send(_ part: RecordBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        if !started {
            started = true
            let thread = Thread { [self] in run() }
            thread.name = "setara-import-writer"
            thread.start()
        }
        while parts.count >= queueLimit && failure == nil && !finished { condition.wait() }
        if let failure { throw failure }
        parts.append(part)
        condition.broadcast()
    }

    /// Writes what is left and commits; throws the writer's error, in which case nothing was stored.
    public func commit() throws {
        try end(.commit)
    }

    /// Rolls back everything sent so far and waits until the transaction has ended; after
    /// `commit()` it does nothing.
    public func cancel() {
        try? end(.cancel)
    }

    private func end(_ how: Ending) throws {
        condition.lock()
        defer { condition.unlock() }
        guard started else { return }
        ending = how
        condition.broadcast()
        while !finished { condition.wait() }
        if how == .commit, let failure { throw failure }
    }

    private struct Cancelled: Error {}

    /// The writing thread: one transaction over every part.
    private func run() {
        do {
            guard let first = try next() else { throw Cancelled() }
            try store.write(first, then: next)
        } catch {
            condition.lock()
            if !(error is Cancelled) { failure = error }
            condition.unlock()
        }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next part to write; nil once the import is committed and every part is written.
    private func next() throws -> RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        while parts.isEmpty && ending == .open { condition.wait() }
        if ending == .cancel { throw Cancelled() }
        if parts.isEmpty {
            willCommit()
            return nil
        }
        condition.broadcast()
        return parts.removeFirst()
    }
}
