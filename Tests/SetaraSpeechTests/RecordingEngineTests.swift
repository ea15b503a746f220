import Foundation
import SetaraDomain
import Testing
@testable import SetaraSpeech

/// A clock the test moves by hand.
final class ManualClock: @unchecked Sendable {
    // @unchecked Sendable: `now` is read and written under `lock`.
    private let lock = NSLock()
    private var now: UInt64 = 1_000_000_000
    func advance(seconds: Double) { lock.withLock { now += UInt64(seconds * 1e9) } }
    var read: @Sendable () -> UInt64 { { [self] in lock.withLock { now } } }
}

@Suite("The recording engine")
struct RecordingEngineTests {
    let utterance = Utterance(text: "Menu utama. Tekan satu untuk mendengar lowongan yang cocok.", language: .id,
                              voice: VoiceParameters(espeakVoice: "id", rate: 180, volume: 90))

    @Test("the speech log has one JSON object per line with time, event, text, language, rate and volume")
    func logLines() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("speech-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let engine = try RecordingEngine(path: path)
        engine.speak(utterance)
        engine.earcon(.key)
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3, "speak, cancel (the earcon interrupted it), earcon")
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["event"] as? String == "speak")
        #expect(first?["text"] as? String == utterance.text)
        #expect(first?["language"] as? String == "id")
        #expect(first?["rate"] as? Int == 180)
        #expect(first?["volume"] as? Int == 90)
        #expect((first?["time"] as? String)?.hasSuffix("Z") == true)
        let events = try lines.map { try JSONDecoder().decode(RecordingEngine.Entry.self, from: Data($0.utf8)).event }
        #expect(events == ["speak", "cancel", "earcon"])
    }

    @Test("an utterance lasts as long as eSpeak would take to say it, and only a cut counts as a cancel")
    func timing() throws {
        let clock = ManualClock()
        let engine = try RecordingEngine(path: nil, clock: clock.read)
        engine.speak(utterance)
        #expect(engine.isSpeaking)
        let seconds = Double(RecordingEngine.duration(of: utterance)) / 1e9
        #expect(seconds > 2 && seconds < 6, "\(seconds) s for 9 words at 180 words a minute")
        clock.advance(seconds: seconds + 0.1)
        #expect(!engine.isSpeaking)
        engine.cancel()
        #expect(engine.log.map(\.event) == ["speak"], "nothing was being said, so nothing was cancelled")
        engine.speak(utterance)
        clock.advance(seconds: 1)
        engine.pause()
        clock.advance(seconds: 60)
        #expect(engine.isSpeaking, "a paused utterance is still under way")
        engine.resume()
        engine.cancel()
        #expect(engine.log.map(\.event) == ["speak", "speak", "pause", "resume", "cancel"])
    }
}
