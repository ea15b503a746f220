import Foundation
import GRDB
import Synchronization

extension StoreError {
    /// SQLite's error, sorted into what a person can act on. The message keeps SQLite's words
    /// (no values are bound into them) for the rare reason no sort fits.
    init(_ error: DatabaseError, path: String) {
        let reason: Reason = switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .corrupt
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
        case .SQLITE_FULL: .diskFull
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_IOERR: .cannotOpen
        default: .other
        }
        self.init(reason, path: path, detail: error.message ?? "\(error.resultCode)")
    }
}

/// SQLite's busy handler: while another connection holds the write lock, wait in short sleeps,
/// tell the person every two seconds, and give up after `limit` seconds (the caller then gets
/// `.busy`, with nothing half-written). SQLite calls it on the connection's own thread, once per
/// retry; `numberOfTries` is 0 on the first call of each wait.
struct BusyWait: Sendable {
    let limit: Double
    let onWait: (@Sendable (Int) -> Void)?

    var callback: Database.BusyCallback {
        let waits = Waits()
        return { tries in
            let now = DispatchTime.now().uptimeNanoseconds
            // One wait happens inside one SQLite call, on one thread; a pool's connections may wait at once.
            let thread = UInt(pthread_self())
            let (waited, tell) = waits.state.withLock { all -> (Double, Bool) in
                if tries == 0 { all[thread] = (started: now, told: 0) }
                var state = all[thread] ?? (started: now, told: 0)
                let waited = Double(now - state.started) / 1e9
                let whole = Int(waited)
                let tell = whole >= 2 && whole / 2 > state.told
                if tell { state.told = whole / 2 }
                all[thread] = state
                return (waited, tell)
            }
            if waited >= limit { return false }
            if tell { onWait?(Int(waited)) }
            usleep(tries < 10 ? 2_000 : 20_000)
            return true
        }
    }
}

/// When each thread's current wait began, and how often the person was told. SQLite calls the
/// busy handler on the thread using the connection; the connections of a pool (`setara serve`)
/// may wait on several threads at once, so the state is kept per thread, behind a lock.
private final class Waits: Sendable {
    let state = Mutex<[UInt: (started: UInt64, told: Int)]>([:])
}
