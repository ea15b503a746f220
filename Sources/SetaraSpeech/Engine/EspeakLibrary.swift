import CEspeakNG
import Foundation

/// The process's one handle on libespeak-ng.
///
/// eSpeak NG is not thread-safe (two threads synthesising at once crashed 7 times in 8 on these
/// machines) and cannot be initialised a second time in a process (initialise, terminate,
/// initialise hangs). So every call into the library runs on the one thread this type owns, the
/// library is initialised once, with `espeakINITIALIZE_DONT_EXIT` so that missing voice data is an
/// error rather than the end of the process, and synthesis is synchronous: samples come back
/// through the callback and the caller's audio output plays them.
public final class EspeakLibrary: @unchecked Sendable {
    // @unchecked Sendable: `jobs` is only touched under `condition`; everything else below the
    // owner-thread marker is only touched by jobs, which run one at a time on the owner thread.

    public static let shared = EspeakLibrary()

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []

    // Owner-thread state.
    private var initialised: Result<Int, SpeechError>?
    private var currentVoice: String?

    private init() {
        let thread = Thread { [unowned self] in self.serve() }
        thread.name = "setara.espeak"
        thread.qualityOfService = .userInteractive
        thread.start()
    }

    private func serve() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
        }
    }

    /// Runs a job on the owner thread, after the ones already queued; returns at once.
    func submit(_ job: @escaping @Sendable () -> Void) {
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Runs a job on the owner thread and waits for its result.
    func perform<T: Sendable>(_ job: @escaping @Sendable () -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        submit {
            box.value = job()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// Initialises the library if that has not happened yet; returns its sample rate.
    public func start() throws(SpeechError) -> Int {
        try perform { self.initialise() }.get()
    }

    private func initialise() -> Result<Int, SpeechError> {
        if let initialised { return initialised }
        let rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 60, nil, Int32(espeakINITIALIZE_DONT_EXIT))
        let result: Result<Int, SpeechError> = rate > 0 ? .success(Int(rate)) : .failure(.libraryUnavailable)
        if rate > 0 { espeak_SetSynthCallback(synthesisCallback) }
        initialised = result
        return result
    }

    /// Selects a voice, keeping the one already selected when it is the same.
    private func select(voice: String) -> Bool {
        if currentVoice == voice { return true }
        let ok = voice.withCString { espeak_SetVoiceByName($0) } == EE_OK
        currentVoice = ok ? voice : nil
        return ok
    }

    /// The phonemes eSpeak would speak for a text, in its ASCII phoneme names, clause by clause.
    /// Tests use this to check pronunciation without audio.
    public func phonemes(_ text: String, voice: String) throws(SpeechError) -> String {
        try perform { () -> Result<String, SpeechError> in
            if case .failure(let error) = self.initialise() { return .failure(error) }
            guard self.select(voice: voice) else { return .failure(.voiceUnavailable(voice)) }
            var clauses: [String] = []
            text.withCString { start in
                var pointer: UnsafeRawPointer? = UnsafeRawPointer(start)
                while let current = pointer, UnsafeRawPointer(current).load(as: UInt8.self) != 0 {
                    var cursor: UnsafeRawPointer? = current
                    guard let result = espeak_TextToPhonemes(&cursor, Int32(espeakCHARS_UTF8), 0) else { break }
                    let clause = String(cString: result).trimmingCharacters(in: .whitespaces)
                    if !clause.isEmpty { clauses.append(clause) }
                    pointer = cursor
                }
            }
            return .success(clauses.joined(separator: " "))
        }.get()
    }

    /// Synthesises one text on the owner thread (callers are jobs already running there),
    /// handing the samples to `sink`. Returns false when the voice cannot be selected.
    func synthesize(_ text: String, voice: VoiceParameters, sink: SynthesisSink) -> Result<Void, SpeechError> {
        if case .failure(let error) = initialise() { return .failure(error) }
        guard select(voice: voice.espeakVoice) else { return .failure(.voiceUnavailable(voice.espeakVoice)) }
        espeak_SetParameter(espeakRATE, Int32(voice.rate), 0)
        espeak_SetParameter(espeakVOLUME, Int32(voice.volume), 0)
        espeak_SetParameter(espeakPITCH, Int32(voice.pitch), 0)
        espeak_SetParameter(espeakPUNCTUATION, Int32(voice.punctuation.espeakValue), 0)
        let user = Unmanaged.passUnretained(sink).toOpaque()
        let status = text.withCString { pointer in
            espeak_Synth(pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0,
                         UInt32(espeakCHARS_UTF8) | UInt32(espeakENDPAUSE), nil, user)
        }
        return status == EE_OK ? .success(()) : .failure(.synthesisFailed(Int(status.rawValue)))
    }
}

/// Receives the samples of one synthesis. eSpeak returns the same code whether a synthesis was
/// stopped from the callback or ran to its end, so the sink keeps track of which it was.
final class SynthesisSink: @unchecked Sendable {
    // @unchecked Sendable: created by a job and used only on the owner thread during one synthesis.
    let receive: (UnsafeBufferPointer<Int16>) -> Bool
    private(set) var stopped = false

    init(receive: @escaping (UnsafeBufferPointer<Int16>) -> Bool) {
        self.receive = receive
    }

    /// Returns 0 to go on, 1 to stop, as eSpeak's callback contract says.
    func deliver(_ samples: UnsafeBufferPointer<Int16>) -> Int32 {
        if stopped { return 1 }
        if !receive(samples) { stopped = true; return 1 }
        return 0
    }
}

private func synthesisCallback(_ wav: UnsafeMutablePointer<Int16>?, _ count: Int32,
                               _ events: UnsafeMutablePointer<espeak_EVENT>?) -> Int32 {
    guard let events, let user = events.pointee.user_data else { return 0 }
    let sink = Unmanaged<SynthesisSink>.fromOpaque(user).takeUnretainedValue()
    guard let wav, count > 0 else { return sink.stopped ? 1 : 0 }
    return sink.deliver(UnsafeBufferPointer(start: wav, count: Int(count)))
}

private final class ResultBox<T>: @unchecked Sendable {
    // @unchecked Sendable: written once by the job before the semaphore is signalled, read after it.
    var value: T?
}
