import Dispatch

extension Array where Element: Sendable {
    /// Maps in chunks on every core, keeping the order. For pure, independent work such as
    /// checking the records of an import.
    /// `grain` is the least number of elements worth a task of its own.
    func parallelMap<T: Sendable>(grain: Int = 500, _ transform: @Sendable (Element) -> T) -> [T] {
        let chunks = Swift.min(count / Swift.max(grain, 1), 64)
        guard chunks > 1 else { return map(transform) }
        let results = ResultSlots<T>(count: count)
        let source = self
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (chunk * source.count / chunks)..<((chunk + 1) * source.count / chunks)
            for index in range { results.set(index, transform(source[index])) }
        }
        return results.values()
    }
}

/// Slots written by `parallelMap`'s workers.
// @unchecked Sendable: each slot is written by exactly one worker (the chunks do not overlap),
// and the slots are read only after `concurrentPerform` has returned, which orders the writes
// before the reads.
private final class ResultSlots<T>: @unchecked Sendable {
    private var storage: [T?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [T] { storage.map { $0! } }
}
