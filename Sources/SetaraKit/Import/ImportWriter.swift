import Foundation
import SetaraStore

/// Writes an import while it is still being checked: a thread of its own holds one write
/// transaction open and writes each part as `Importer.plan(_:reads:sink:)` hands it over, so that
/// SQLite's work (about half of a large import) runs on one core while the records are checked
/// on the other. Nothing is committed until `commit()`; `cancel()`, an error, or the process
/// ending first leaves the database as it was.
///
/// The importer's reads (the next free ids, registered NIKs, the stored records it merges into)
/// run on the same thread inside the same transaction (`readTransaction`), which takes the write
/// lock first: two imports at once cannot both give the same new ids, and nothing read can
/// change before the import commits. A second import waits for the first.
///
/// Use from one thread: reads and `send` for every part, then `commit()` or `cancel()` once.
// @unchecked Sendable: every mutable property is read and written only while `condition` is
// locked; the writing thread and the sending thread meet nowhere else.
public final class ImportWriter: @unchecked Sendable, RecordReads {
    private enum Ending { case open, commit, cancel }

    private let store: any RecordStore
    private let condition = NSCondition()
    private var parts: [RecordBatch] = []
    /// Reads waiting to run in the transaction; each reports back through its own closure.
    private var jobs: [(any RecordTransaction) -> Void] = []
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

    /// Starts the writing thread and its transaction. Call with `condition` locked.
    private func startIfNeeded() {
        guard !started else { return }
        started = true
        let thread = Thread { [self] in run() }
        thread.name = "setara-import-writer"
        thread.start()
    }

    /// Runs `body` on the writing thread, inside the import's transaction, and returns its value.
    public func readTransaction<T>(_ body: (any RecordTransaction) throws -> T) throws -> T {
        try withoutActuallyEscaping(body) { body in
            let answer = Answer<T>()
            condition.lock()
            defer { condition.unlock() }
            startIfNeeded()
            if let failure { throw failure }
            // The job runs while this thread waits below, so `body` never outlives this call.
            jobs.append { tx in answer.result = Result { try body(tx) } }
            condition.broadcast()
            while answer.result == nil && failure == nil && !finished { condition.wait() }
            guard let result = answer.result else { throw failure ?? Cancelled() }
            return try result.get()
        }
    }

    /// Hands a part over to be written; waits while the writer is `queueLimit` parts behind.
    /// Throws the writer's error if writing has failed.
    public func send(_ part: RecordBatch) throws {
        condition.lock()
        defer { condition.unlock() }
        startIfNeeded()
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

    /// The writing thread: one transaction over every read and every part.
    private func run() {
        do {
            try store.transaction { tx in
                guard let first = try next(tx) else { throw Cancelled() }
                try tx.write(first) { try next(tx) }
            }
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

    /// Runs the reads asked for, then returns the next part to write; nil once the import is
    /// committed and every part is written.
    private func next(_ tx: any RecordTransaction) throws -> RecordBatch? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if !jobs.isEmpty {
                let job = jobs.removeFirst()
                condition.unlock()
                job(tx)
                condition.lock()
                condition.broadcast()
                continue
            }
            if ending == .cancel { throw Cancelled() }
            if let part = parts.first {
                parts.removeFirst()
                condition.broadcast()
                return part
            }
            if ending == .commit {
                willCommit()
                return nil
            }
            condition.wait()
        }
    }
}

/// One read's result, handed from the writing thread to the one waiting for it.
// @unchecked Sendable: written by the writing thread and read by the waiting one, each only while
// the writer's `condition` is locked (the job runs unlocked but the waiter reads only after the
// writer has locked it again and broadcast).
private final class Answer<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
