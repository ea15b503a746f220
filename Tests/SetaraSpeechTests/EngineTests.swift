import Foundation
import SetaraDomain
import Testing
@testable import SetaraSpeech

/// An output that notes how many utterances are being written at the same moment.
final class OverlapOutput: AudioOutput, @unchecked Sendable {
    // @unchecked Sendable: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var active = 0
    private(set) var most = 0
    private(set) var utterances = 0

    var maximum: Int { lock.withLock { most } }
    var count: Int { lock.withLock { utterances } }

    func begin(sampleRate: Int) throws(SpeechError) {
        lock.withLock {
            active += 1
            utterances += 1
            most = max(most, active)
        }
    }

    func write(_ samples: UnsafeBufferPointer<Int16>) -> Bool { true }
    func end() { lock.withLock { active -= 1 } }
    func interrupt() {}
}

func voice(_ language: Language, rate: Int = 175) -> VoiceParameters {
    VoiceParameters(espeakVoice: language.rawValue, rate: rate)
}

/// Root mean square of the samples: 0 for silence.
func loudness(_ samples: [Int16]) -> Double {
    guard !samples.isEmpty else { return 0 }
    let sum = samples.reduce(0.0) { $0 + Double($1) * Double($1) }
    return (sum / Double(samples.count)).squareRoot()
}

@Suite("The eSpeak engine", .serialized)
struct EngineTests {
    @Test("real synthesis to memory is audible and lasts about as long as the words take", arguments: [
        (Language.id, "Lowongan dua dari tujuh: posisi operator entri data, perusahaan Sinar Jaya, lokasi Kota Surabaya."),
        (Language.en, "Vacancy two of seven: position data entry operator, employer Sinar Jaya, location Surabaya."),
    ])
    func synthesisIsAudible(language: Language, text: String) throws {
        let output = MemoryOutput()
        let engine = try EspeakEngine(output: output)
        try engine.speakAndWait(Utterance(text: text, language: language, voice: voice(language)))
        let clip = try #require(output.clips.last)
        let words = Double(text.split(separator: " ").count)
        // At 175 words a minute, 15 words take about 5 s; allow from half to twice that.
        let expected = words / 175 * 60
        #expect(clip.duration > expected * 0.5 && clip.duration < expected * 2, "lasted \(clip.duration) s for \(words) words")
        #expect(loudness(clip.samples) > 300, "the samples are silent")
        #expect(!clip.interrupted)
    }

    @Test("a faster rate gives shorter speech")
    func rateChangesLength() throws {
        let output = MemoryOutput()
        let engine = try EspeakEngine(output: output)
        let text = "Tekan satu untuk mendengar lowongan yang cocok. Tekan dua untuk pengaturan suara."
        try engine.speakAndWait(Utterance(text: text, language: .id, voice: voice(.id, rate: 120)))
        try engine.speakAndWait(Utterance(text: text, language: .id, voice: voice(.id, rate: 400)))
        let clips = output.clips.suffix(2).map(\.duration)
        #expect(clips[1] < clips[0] * 0.6, "120 wpm: \(clips[0]) s, 400 wpm: \(clips[1]) s")
    }

    @Test("cancelling a long utterance stops synthesis and output within a moment")
    func cancelStopsLongUtterance() throws {
        let output = MemoryOutput(realTime: true)
        let engine = try EspeakEngine(output: output)
        let started = DispatchSemaphore(value: 0)
        let ended = DispatchSemaphore(value: 0)
        output.observe(firstSamples: { _ in started.signal() }, end: { _ in ended.signal() })
        let long = Array(repeating: "Ini adalah kalimat yang panjang untuk diucapkan oleh mesin suara.", count: 12).joined(separator: " ")
        engine.speak(Utterance(text: long, language: .id, voice: voice(.id)))
        #expect(started.wait(timeout: .now() + 5) == .success)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(engine.isSpeaking)
        let cancelledAt = DispatchTime.now()
        engine.cancel()
        #expect(!engine.isSpeaking, "cancel returns with the engine no longer speaking")
        #expect(ended.wait(timeout: cancelledAt + 0.5) == .success, "the output did not stop within half a second")
        let clip = try #require(output.clips.last)
        #expect(clip.interrupted)
        #expect(clip.duration < 5, "only the start of a 40-second text was produced (\(clip.duration) s)")
    }

    @Test("a new utterance interrupts the one being spoken")
    func speakInterrupts() throws {
        let output = MemoryOutput(realTime: true)
        let engine = try EspeakEngine(output: output)
        let started = DispatchSemaphore(value: 0)
        output.observe(firstSamples: { _ in started.signal() })
        engine.speak(Utterance(text: Array(repeating: "Kalimat panjang sekali.", count: 30).joined(separator: " "), language: .id, voice: voice(.id)))
        #expect(started.wait(timeout: .now() + 5) == .success)
        try engine.speakAndWait(Utterance(text: "Menu utama.", language: .id, voice: voice(.id)))
        let clips = output.clips
        #expect(clips.count >= 2)
        #expect(clips[clips.count - 2].interrupted, "the long utterance was cut short")
        #expect(!clips[clips.count - 1].interrupted, "the new one was spoken to its end")
    }

    @Test("many requests at once from many threads never overlap and never crash")
    func noOverlap() throws {
        let output = OverlapOutput()
        let engine = try EspeakEngine(output: output)
        DispatchQueue.concurrentPerform(iterations: 40) { i in
            let language: Language = i.isMultiple(of: 2) ? .id : .en
            engine.speak(Utterance(text: "Nomor \(i).", language: language, voice: voice(language)))
            if i.isMultiple(of: 5) { _ = try? EspeakLibrary.shared.phonemes("angka \(i)", voice: "id") }
        }
        try engine.speakAndWait(Utterance(text: "Selesai.", language: .id, voice: voice(.id)))
        #expect(output.maximum == 1, "two utterances were synthesised at the same time")
        #expect(output.count >= 1)
    }

    @Test("an unknown eSpeak voice is reported, not spoken in another voice")
    func unknownVoice() throws {
        let engine = try EspeakEngine(output: MemoryOutput())
        #expect(throws: SpeechError.voiceUnavailable("xx-nonexistent")) {
            try engine.speakAndWait(Utterance(text: "halo", language: .id, voice: VoiceParameters(espeakVoice: "xx-nonexistent")))
        }
    }

    @Test("each utterance becomes a WAV file that sox can read")
    func wavFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("setara-wav-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let engine = try EspeakEngine(output: WAVFolderOutput(folder: folder))
        try engine.speakAndWait(Utterance(text: "Selamat datang.", language: .id, voice: voice(.id)))
        let data = try Data(contentsOf: folder.appendingPathComponent("utterance-0001.wav"))
        #expect(data.count > 44 + 2 * 22050 / 4, "under a quarter second of audio")
        #expect(String(decoding: data.prefix(4), as: UTF8.self) == "RIFF")
        let dataBytes = data[40..<44].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(dataBytes == data.count - 44, "the header's data size matches the samples written")
    }
}

@Suite("Speech targets and devices")
struct SpeechTargetTests {
    @Test("--speech values are read as documented", arguments: [
        ("device", SpeechTarget.device), ("none", .none), ("wav:/tmp/out", .wav("/tmp/out")),
        ("log:session.log", .log("session.log")), ("raw:/tmp/fifo", .raw("/tmp/fifo")),
    ])
    func parse(text: String, target: SpeechTarget) {
        #expect(SpeechTarget(text) == target)
    }

    @Test("malformed --speech values are refused", arguments: ["", "wav", "wav:", "log:", "speaker", "device:x"])
    func refuse(text: String) {
        #expect(SpeechTarget(text) == nil)
    }

    @Test("a machine without a sound card or sound server is told apart from a working one")
    func missingDevice() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("setara-snd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        let environment = ["PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": empty.path]
        #expect(throws: SpeechError.noAudioDevice("no-device")) {
            _ = try DeviceOutput.detect(environment: environment, soundFolder: empty.path)
        }
        // A sound card node present: a player is chosen (sox's play or aplay are on CI machines).
        #expect(FileManager.default.createFile(atPath: empty.appendingPathComponent("pcmC0D0p").path, contents: nil))
        let output = try DeviceOutput.detect(environment: environment, soundFolder: empty.path)
        #expect(["aplay", "play"].contains(output.player.name))
    }
}
