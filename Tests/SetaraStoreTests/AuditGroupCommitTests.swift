import Foundation
import SetaraDomain
@testable import SetaraStore
import Synchronization
import Testing

/// Audit entries from requests at the same time are committed together (`AuditGroupCommit`), and
/// no caller goes on before its own entries are written.
@Suite("Audit entries committed together")
struct AuditGroupCommitTests {
    static func entry(_ seeker: Int, _ place: String = "matches") -> AuditEntry {
        AuditEntry(at: "2026-11-30T12:00:00Z", actor: "petugas", action: .view, kind: .seeker,
                   recordID: String(format: "S%06d", seeker), fields: [place])
    }

    /// Runs `body` on a thread of its own (Dispatch's pool would add a thread only after a
    /// while once its few are blocked, as these callers are on purpose).
    static func onThread(_ callers: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        callers.enter()
        Thread.detachNewThread {
            body()
            callers.leave()
        }
    }

    /// Waits (up to ten seconds) until `done` holds.
    static func eventually(_ done: () -> Bool) -> Bool {
        for _ in 0..<10_000 {
            if done() { return true }
            usleep(1_000)
        }
        return done()
    }

    /// A database stand-in whose first batch (seeker 1's entry alone) is held until `release()`,
    /// so that other callers come while a batch is being written; it keeps what it wrote, and
    /// refuses any batch holding `refused`.
    final class HeldWriter: Sendable {
        let written = Mutex<[[AuditEntry]]>([])
        let refused: AuditEntry?
        private let firstStarted = DispatchSemaphore(value: 0)
        private let releaseFirst = DispatchSemaphore(value: 0)

        init(refusing refused: AuditEntry? = nil) { self.refused = refused }

        func write(_ batch: [AuditEntry]) throws {
            if batch == [AuditGroupCommitTests.entry(1)] {
                firstStarted.signal()
                releaseFirst.wait()
            }
            if let refused, batch.contains(refused) { throw Refused() }
            written.withLock { $0.append(batch) }
        }

        /// Starts seeker 1's caller and returns once its batch is being written.
        func startFirst(_ group: AuditGroupCommit, _ callers: DispatchGroup) {
            AuditGroupCommitTests.onThread(callers) { try? group.record([AuditGroupCommitTests.entry(1)], write: self.write) }
            firstStarted.wait()
        }

        func release() { releaseFirst.signal() }
    }

    struct Refused: Error, Equatable {}

    @Test("Entries handed in while a batch is written go in the next batch, together; each caller returns once its own are written")
    func joinTheNextBatch() throws {
        let group = AuditGroupCommit()
        let writer = HeldWriter()
        let returned = Mutex<[Int: Bool]>([:])
        let callers = DispatchGroup()
        writer.startFirst(group, callers)
        for caller in 2...4 {
            Self.onThread(callers) {
                try? group.record([Self.entry(caller * 10), Self.entry(caller * 10 + 1)], write: writer.write)
                // Its entries are in the database by the time it returns.
                let kept = writer.written.withLock { $0.joined().contains(Self.entry(caller * 10 + 1)) }
                returned.withLock { $0[caller] = kept }
            }
        }
        #expect(Self.eventually { group.waiting == 6 })
        #expect(returned.withLock { $0.isEmpty })
        writer.release()
        callers.wait()

        let batches = writer.written.withLock { $0 }
        #expect(batches.count == 2)
        #expect(batches.first == [Self.entry(1)])
        // The three callers' entries in one batch, each caller's two side by side and in order.
        let second = batches.last ?? []
        #expect(second.count == 6)
        for caller in 2...4 {
            let at = second.firstIndex(of: Self.entry(caller * 10))
            #expect(at.map { second[$0 + 1] } == Self.entry(caller * 10 + 1))
        }
        #expect(returned.withLock { $0 } == [2: true, 3: true, 4: true])
    }

    @Test("A batch that cannot be written fails every caller in it, and the next batch is still written")
    func failedBatch() throws {
        let group = AuditGroupCommit()
        let writer = HeldWriter(refusing: Self.entry(2))
        let failures = Mutex<[Int]>([])
        let callers = DispatchGroup()
        writer.startFirst(group, callers)
        for seeker in 2...3 {
            Self.onThread(callers) {
                do { try group.record([Self.entry(seeker)], write: writer.write) } catch is Refused {
                    failures.withLock { $0.append(seeker) }
                } catch {}
            }
        }
        #expect(Self.eventually { group.waiting == 2 })
        writer.release()
        callers.wait()
        #expect(failures.withLock { $0.sorted() } == [2, 3])

        try group.record([Self.entry(4)], write: writer.write)
        #expect(writer.written.withLock { $0 } == [[Self.entry(1)], [Self.entry(4)]])
    }

    @Test("Views written by many threads at once through a server's store are all kept, each caller's in order")
    func manyThreadsThroughTheStore() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("setara-audit-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path, options: StoreOptions(readers: 4))
        let errors = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 8) { thread in
            for call in 0..<40 {
                let first = thread * 1_000 + call * 3
                do {
                    try store.record([Self.entry(first), Self.entry(first + 1), Self.entry(first + 2)])
                } catch {
                    errors.withLock { $0 += 1 }
                }
            }
        }
        #expect(errors.withLock { $0 } == 0)
        let log = try store.auditLog(recordID: nil, limit: 10_000)
        #expect(log.count == 8 * 40 * 3)
        #expect(Set(log.compactMap(\.recordID)).count == log.count)
        for thread in 0..<8 {
            let own = log.filter { $0.recordID.map { Int($0.dropFirst())! / 1_000 } == thread }
            #expect(own == (0..<120).map { Self.entry(thread * 1_000 + $0) })
        }
    }
}
