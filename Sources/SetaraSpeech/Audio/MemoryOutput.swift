import Foundation

/// Keeps the samples of each utterance in memory: for tests, benchmarks and callers that
/// process audio themselves. With `realTime`, it takes samples no faster than a sound card
/// would play them, so that an utterance lasts as long as it sounds and can be interrupted
/// part way, as on a real device.
public final class MemoryOutput: AudioOutput, @unchecked Sendable {
    // @unchecked Sendable: every stored property is read and written under `condition`.

    public struct Clip: Sendable {
        public var samples: [Int16]
        public var sampleRate: Int
        /// True when the utterance was interrupted before its end.
        public var interrupted: Bool
        /// When the first samples arrived, in `DispatchTime` nanoseconds.
        public var firstSamplesAt: UInt64?
        public var duration: Double { Double(samples.count) / Double(max(sampleRate, 1)) }
    }

    private let condition = NSCondition()
    private let realTime: Bool
    private var current: Clip?
    private var startedAt: UInt64 = 0
    private var pausedSince: UInt64?
    private var pausedTotal: UInt64 = 0
    private var interrupted = false
    private var finished: [Clip] = []
    private var onFirstSamples: (@Sendable (UInt64) -> Void)?
    private var onEnd: (@Sendable (Clip) -> Void)?

    public init(realTime: Bool = false) {
        self.realTime = realTime
    }

    /// Called (on the engine's thread) when an utterance's first samples arrive, and when it ends.
    public func observe(firstSamples: (@Sendable (UInt64) -> Void)? = nil, end: (@Sendable (Clip) -> Void)? = nil) {
        condition.withLock { onFirstSamples = firstSamples; onEnd = end }
    }

    public var clips: [Clip] { condition.withLock { finished } }

    public func begin(sampleRate: Int) throws(SpeechError) {
        condition.withLock {
            current = Clip(samples: [], sampleRate: sampleRate, interrupted: false, firstSamplesAt: nil)
            interrupted = false
            pausedSince = nil
            pausedTotal = 0
            startedAt = DispatchTime.now().uptimeNanoseconds
        }
    }

    public func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard !interrupted, current != nil else { return false }
        if current!.firstSamplesAt == nil {
            let now = DispatchTime.now().uptimeNanoseconds
            current!.firstSamplesAt = now
            startedAt = now
            onFirstSamples?(now)
        }
        current!.samples.append(contentsOf: samples)
        guard realTime else { return true }
        // Hold the engine back until the samples before these would have been played,
        // keeping about one chunk ahead as a sound card's buffer does.
        waitUntilPlayed(UInt64(Double(current!.samples.count - samples.count) / Double(current!.sampleRate) * 1e9))
        return !interrupted
    }

    public func end() {
        condition.lock()
        guard var clip = current else { condition.unlock(); return }
        if realTime && !interrupted {
            // Let the last chunk play out.
            waitUntilPlayed(UInt64(clip.duration * 1e9))
        }
        clip.interrupted = interrupted
        finished.append(clip)
        current = nil
        let onEnd = self.onEnd
        condition.unlock()
        onEnd?(clip)
    }

    /// Waits, with `condition` locked, until `offset` nanoseconds of the clip would have been
    /// played at a sound card's pace (time spent paused not counted), or an interruption.
    private func waitUntilPlayed(_ offset: UInt64) {
        while !interrupted {
            if pausedSince != nil { condition.wait(); continue }
            let due = startedAt + pausedTotal + offset
            let now = DispatchTime.now().uptimeNanoseconds
            if now >= due { break }
            _ = condition.wait(until: Date(timeIntervalSinceNow: Double(due - now) / 1e9))
        }
    }

    public func interrupt() {
        condition.withLock {
            interrupted = true
            condition.broadcast()
        }
    }

    public func pause() {
        condition.withLock {
            if pausedSince == nil { pausedSince = DispatchTime.now().uptimeNanoseconds }
        }
    }

    public func resume() {
        condition.withLock {
            if let since = pausedSince {
                pausedTotal += DispatchTime.now().uptimeNanoseconds - since
                pausedSince = nil
                condition.broadcast()
            }
        }
    }
}
