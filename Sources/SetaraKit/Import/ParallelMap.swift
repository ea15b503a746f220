import Dispatch

extension Array where Element: Sendable {
    /// Maps in chunks on every core, keeping the order. For pure, independent work such as
    /// checking the records of an import.
    /// `grain` is the least number of elements worth a task of its own.
    public func parallelMap<T: Sendable>(grain: Int = 500, _ transform: @Sendable (Element) -> T) -> [T] {
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

/// Slots written by `parallelMap`'s workers: memory allocated once, so that workers write
/// through a stable pointer and never touch a shared Array (whose mutating methods are not safe
/// to call from two threads at once, even on different elements).
// @unchecked Sendable: each slot is initialised by exactly one worker (the chunks do not
// overlap), and the slots are read only after `concurrentPerform` has returned, which orders
// the writes before the reads.
private final class ResultSlots<T>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<T>

    init(count: Int) { slots = .allocate(capacity: count) }

    func set(_ index: Int, _ value: T) {
        (slots.baseAddress! + index).initialize(to: value)
    }

    /// Moves the values out; every slot must have been set.
    func values() -> [T] {
        let values = Array(slots)
        slots.baseAddress!.deinitialize(count: slots.count)
        slots.deallocate()
        return values
    }
}
