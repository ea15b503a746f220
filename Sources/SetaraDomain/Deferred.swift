import Foundation
import Synchronization

/// A value made on its own thread from the moment it is asked for, and waited for only where it
/// is first needed. The voice terminal loads the accommodation catalog this way, so that the
/// first words are spoken while the catalog is still being read (V2); the outcomes report reads
/// the referral steps and the referrals on connections of their own this way, while the first reads the rest.
public final class Deferred<Value: Sendable>: Sendable {
    private let result = Mutex<Result<Value, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    /// Starts making the value on a new thread.
    public init(_ make: @escaping @Sendable () throws -> Value) {
        Thread.detachNewThread { [self] in
            let made = Result { try make() }
            result.withLock { $0 = made }
            finished.signal()
        }
    }

    /// A value that is ready now.
    public init(ready value: Value) {
        result.withLock { $0 = .success(value) }
        finished.signal()
    }

    /// The value, waiting for it if it is still being made; rethrows what making it threw.
    public func value() throws -> Value {
        if let done = result.withLock({ $0 }) { return try done.get() }
        finished.wait()
        finished.signal()
        return try result.withLock { $0 }!.get()
    }
}
