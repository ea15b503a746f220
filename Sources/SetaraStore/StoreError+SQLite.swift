import Foundation
import GRDB

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
        let state = WaitState()
        return { tries in
            let now = DispatchTime.now().uptimeNanoseconds
            if tries == 0 { state.started = now; state.told = 0 }
            let waited = Double(now - state.started) / 1e9
            if waited >= limit { return false }
            let whole = Int(waited)
            if whole >= 2 && whole / 2 > state.told {
                state.told = whole / 2
                onWait?(whole)
            }
            usleep(tries < 10 ? 2_000 : 20_000)
            return true
        }
    }
}

/// When the current wait began. SQLite calls the busy handler only on the thread that is using
/// the connection, and a DatabaseQueue uses its connection from one thread at a time, so the
/// fields are never touched by two threads at once.
private final class WaitState: @unchecked Sendable {
    var started: UInt64 = 0
    var told = 0
}
