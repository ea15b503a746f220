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
///
/// The library is opened (dlopen) on first use, not linked: libespeak-ng brings about twenty
/// sound libraries (PulseAudio, ALSA, libsndfile and its codecs), whose loading and relocation
/// took a fifth of the start of every command, `setara lookup` and `setara due` included.
public final class EspeakLibrary: @unchecked Sendable {
    // @unchecked Sendable: `jobs` is only touched under `condition`; everything else below the
    // owner-thread marker is only touched by jobs, which run one at a time on the owner thread.

    public static let shared = EspeakLibrary()

    private let condition = NSCondition()
    private var jobs: [@Sendable () -> Void] = []

    // Owner-thread state.
    private var initialised: Result<Int, SpeechError>?
    private var api: EspeakFunctions?
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
        guard let api = EspeakFunctions.open() else {
            initialised = .failure(.libraryUnavailable)
            return .failure(.libraryUnavailable)
        }
        self.api = api
        let rate = api.initialize(AUDIO_OUTPUT_SYNCHRONOUS, 60, nil, Int32(espeakINITIALIZE_DONT_EXIT))
        let result: Result<Int, SpeechError> = rate > 0 ? .success(Int(rate)) : .failure(.libraryUnavailable)
        if rate > 0 { api.setSynthCallback(synthesisCallback) }
        initialised = result
        return result
    }

    /// Selects a voice, keeping the one already selected when it is the same.
    private func select(voice: String) -> Bool {
        if currentVoice == voice { return true }
        guard let api else { return false }
        let ok = voice.withCString { api.setVoiceByName($0) } == EE_OK
        currentVoice = ok ? voice : nil
        return ok
    }

    /// The phonemes eSpeak would speak for a text, in its ASCII phoneme names, clause by clause.
    /// Tests use this to check pronunciation without audio.
    public func phonemes(_ text: String, voice: String) throws(SpeechError) -> String {
        try perform { () -> Result<String, SpeechError> in
            if case .failure(let error) = self.initialise() { return .failure(error) }
            guard self.select(voice: voice), let api = self.api else { return .failure(.voiceUnavailable(voice)) }
            var clauses: [String] = []
            text.withCString { start in
                var pointer: UnsafeRawPointer? = UnsafeRawPointer(start)
                while let current = pointer, UnsafeRawPointer(current).load(as: UInt8.self) != 0 {
                    var cursor: UnsafeRawPointer? = current
                    guard let result = api.textToPhonemes(&cursor, Int32(espeakCHARS_UTF8), 0) else { break }
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
        guard select(voice: voice.espeakVoice), let api else { return .failure(.voiceUnavailable(voice.espeakVoice)) }
        _ = api.setParameter(espeakRATE, Int32(voice.rate), 0)
        _ = api.setParameter(espeakVOLUME, Int32(voice.volume), 0)
        _ = api.setParameter(espeakPITCH, Int32(voice.pitch), 0)
        _ = api.setParameter(espeakPUNCTUATION, Int32(voice.punctuation.espeakValue), 0)
        let user = Unmanaged.passUnretained(sink).toOpaque()
        let status = text.withCString { pointer in
            api.synth(pointer, strlen(pointer) + 1, 0, POS_CHARACTER, 0,
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

/// The six functions of libespeak-ng that Setara calls, found in the library opened at run time.
/// Their types follow speak_lib.h.
private struct EspeakFunctions {
    let initialize: @convention(c) (espeak_AUDIO_OUTPUT, Int32, UnsafePointer<CChar>?, Int32) -> Int32
    let setSynthCallback: @convention(c) ((@convention(c) (UnsafeMutablePointer<Int16>?, Int32, UnsafeMutablePointer<espeak_EVENT>?) -> Int32)?) -> Void
    let setVoiceByName: @convention(c) (UnsafePointer<CChar>?) -> espeak_ERROR
    let setParameter: @convention(c) (espeak_PARAMETER, Int32, Int32) -> espeak_ERROR
    let synth: @convention(c) (UnsafeRawPointer?, Int, UInt32, espeak_POSITION_TYPE, UInt32, UInt32,
                               UnsafeMutablePointer<UInt32>?, UnsafeMutableRawPointer?) -> espeak_ERROR
    let textToPhonemes: @convention(c) (UnsafeMutablePointer<UnsafeRawPointer?>?, Int32, Int32) -> UnsafePointer<CChar>?

    /// Opens libespeak-ng (the Debian package libespeak-ng1); nil when it or one of the functions is missing.
    static func open() -> EspeakFunctions? {
        guard let library = dlopen("libespeak-ng.so.1", RTLD_NOW | RTLD_LOCAL) ?? dlopen("libespeak-ng.so", RTLD_NOW | RTLD_LOCAL) else {
            return nil
        }
        struct Missing: Error {}
        /// The function `name`, as the type of the property it is given to.
        func function<T>(_ name: String) throws -> T {
            guard let symbol = dlsym(library, name) else { throw Missing() }
            return unsafeBitCast(symbol, to: T.self)
        }
        return try? EspeakFunctions(initialize: function("espeak_Initialize"), setSynthCallback: function("espeak_SetSynthCallback"),
                                    setVoiceByName: function("espeak_SetVoiceByName"), setParameter: function("espeak_SetParameter"),
                                    synth: function("espeak_Synth"), textToPhonemes: function("espeak_TextToPhonemes"))
    }
}
