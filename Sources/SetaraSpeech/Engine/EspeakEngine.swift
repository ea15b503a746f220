import Foundation

/// Speaks through libespeak-ng into an audio output.
///
/// Requests return at once. Synthesis runs on the library's one owner thread, one utterance at a
/// time; a new `speak` or a `cancel` bumps a generation counter and interrupts the output, and
/// the synthesis callback stops at its next chunk (at most 60 ms of audio, synthesised in well
/// under a millisecond) when its generation is no longer the current one. Nothing here waits for
/// the owner thread, so a key press never waits for speech to wind down.
public final class EspeakEngine: SpeechEngine, @unchecked Sendable {
    // @unchecked Sendable: `generation`, `speaking`, `paused` and `observer` are guarded by `lock`;
    // the output is Sendable and the library serialises everything else.

    public enum Event: Sendable {
        /// The first samples of an utterance reached the output.
        case firstSamples(generation: UInt64, at: UInt64)
        /// An utterance ended: played to its end, or stopped.
        case ended(generation: UInt64, interrupted: Bool, at: UInt64)
    }

    public let output: any AudioOutput
    public let sampleRate: Int
    private let library = EspeakLibrary.shared
    private let lock = NSLock()
    private var generation: UInt64 = 0
    private var speaking = false
    private var paused = false
    private var observer: (@Sendable (Event) -> Void)?

    /// Initialises eSpeak NG if this is the first engine of the process.
    public init(output: any AudioOutput) throws(SpeechError) {
        self.output = output
        self.sampleRate = try library.start()
    }

    /// Called on the owner thread for every event; for benchmarks and tests.
    public func observe(_ observer: (@Sendable (Event) -> Void)?) {
        lock.withLock { self.observer = observer }
    }

    public var isSpeaking: Bool { lock.withLock { speaking } }

    public func speak(_ parts: [Utterance]) {
        let (current, wasPaused) = lock.withLock { () -> (UInt64, Bool) in
            generation += 1
            speaking = true
            defer { paused = false }
            return (generation, paused)
        }
        output.interrupt()
        if wasPaused { output.resume() }
        library.submit { [self] in render(parts, generation: current) }
    }

    public func cancel() {
        lock.withLock {
            generation += 1
            speaking = false
        }
        output.interrupt()
    }

    public func pause() {
        lock.withLock { paused = true }
        output.pause()
    }

    public func resume() {
        lock.withLock { paused = false }
        output.resume()
    }

    public func earcon(_ earcon: Earcon) {
        let current = lock.withLock { () -> UInt64 in
            generation += 1
            speaking = true
            return generation
        }
        output.interrupt()
        library.submit { [self] in
            guard isCurrent(current) else { return }
            guard (try? output.begin(sampleRate: sampleRate)) != nil else { return }
            let tone = Tone.samples(for: earcon, sampleRate: sampleRate)
            _ = tone.withUnsafeBufferPointer { output.write($0) }
            output.end()
            finish(current)
        }
    }

    /// Speaks and waits until the utterance has ended; for `setara say` and tests.
    public func speakAndWait(_ utterance: Utterance) throws(SpeechError) {
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let current = lock.withLock { () -> UInt64 in
            generation += 1
            speaking = true
            return generation
        }
        library.submit { [self] in
            failure.error = render([utterance], generation: current)
            done.signal()
        }
        done.wait()
        if let error = failure.error { throw error }
    }

    private func isCurrent(_ value: UInt64) -> Bool { lock.withLock { generation == value } }

    private func finish(_ value: UInt64) {
        let (observer, interrupted) = lock.withLock { () -> ((@Sendable (Event) -> Void)?, Bool) in
            let interrupted = generation != value
            if !interrupted { speaking = false }
            return (self.observer, interrupted)
        }
        observer?(.ended(generation: value, interrupted: interrupted, at: DispatchTime.now().uptimeNanoseconds))
    }

    /// Runs on the owner thread.
    @discardableResult
    private func render(_ parts: [Utterance], generation value: UInt64) -> SpeechError? {
        guard isCurrent(value) else { return nil }
        do {
            try output.begin(sampleRate: sampleRate)
        } catch {
            finish(value)
            return error
        }
        var first = true
        let observer = lock.withLock { self.observer }
        let sink = SynthesisSink { [self] samples in
            guard isCurrent(value) else { return false }
            if first {
                first = false
                observer?(.firstSamples(generation: value, at: DispatchTime.now().uptimeNanoseconds))
            }
            return output.write(samples)
        }
        var result: Result<Void, SpeechError> = .success(())
        for part in parts where isCurrent(value) {
            result = library.synthesize(part.text, voice: part.voice, sink: sink)
            if case .failure = result { break }
        }
        if !isCurrent(value) { output.interrupt() }
        output.end()
        finish(value)
        if case .failure(let error) = result { return error }
        return nil
    }
}

private final class FailureBox: @unchecked Sendable {
    // @unchecked Sendable: written by the job before the semaphore is signalled, read after it.
    var error: SpeechError?
}

/// Short tones for earcons, made here rather than shipped as sound files.
enum Tone {
    static func samples(for earcon: Earcon, sampleRate: Int) -> [Int16] {
        let (frequency, milliseconds): (Double, Int) = switch earcon {
        case .key: (1200, 25)
        case .error: (330, 180)
        }
        let count = sampleRate * milliseconds / 1000
        return (0..<count).map { i in
            let t = Double(i) / Double(sampleRate)
            let fade = min(1, Double(min(i, count - i)) / Double(max(sampleRate / 400, 1)))
            return Int16(sin(2 * .pi * frequency * t) * 6000 * fade)
        }
    }
}
