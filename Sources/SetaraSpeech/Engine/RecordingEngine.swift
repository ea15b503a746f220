import Foundation
import SetaraDomain

/// A speech engine that writes what it would say to a speech log, one JSON object per line:
/// `{"time":"2026-11-23T10:15:02.120Z","event":"speak","text":"...","language":"id","rate":175,"volume":100}`.
///
/// It keeps the timing of real speech: an utterance "lasts" as long as eSpeak would take to say it
/// at its rate, so a key pressed during it cancels it (and the log shows the `cancel`), exactly as
/// with a sound device. Sessions use it with `--speech log:FILE`; tests read the log.
public final class RecordingEngine: SpeechEngine, @unchecked Sendable {
    // @unchecked Sendable: every stored property is read and written under `lock`.

    public struct Entry: Codable, Sendable, Equatable {
        public var time: String
        public var event: String
        public var text: String?
        public var language: String?
        public var rate: Int?
        public var volume: Int?
    }

    private let lock = NSLock()
    private let handle: FileHandle?
    private var entries: [Entry] = []
    private var speakingUntil: UInt64 = 0
    private var pausedAt: UInt64?
    private var last: Utterance?
    private let clock: @Sendable () -> UInt64
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// Logs to a file (created or appended to), or only in memory when `path` is nil.
    public init(path: String?, clock: @escaping @Sendable () -> UInt64 = { DispatchTime.now().uptimeNanoseconds }) throws(SpeechError) {
        self.clock = clock
        if let path {
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil) else { throw .cannotWrite(path) }
            }
            guard let handle = FileHandle(forWritingAtPath: path) else { throw .cannotWrite(path) }
            handle.seekToEndOfFile()
            self.handle = handle
        } else {
            handle = nil
        }
    }

    /// What has been logged so far.
    public var log: [Entry] { lock.withLock { entries } }

    public var isSpeaking: Bool {
        lock.withLock { pausedAt != nil || clock() < speakingUntil }
    }

    public func speak(_ parts: [Utterance]) {
        lock.withLock {
            stopIfSpeaking()
            var until = clock()
            for part in parts {
                last = part
                until += Self.duration(of: part)
                append("speak", part)
            }
            speakingUntil = until
            pausedAt = nil
        }
    }

    public func cancel() {
        lock.withLock { stopIfSpeaking() }
    }

    public func pause() {
        lock.withLock {
            guard pausedAt == nil, clock() < speakingUntil else { return }
            pausedAt = clock()
            append("pause", last)
        }
    }

    public func resume() {
        lock.withLock {
            guard let since = pausedAt else { return }
            speakingUntil += clock() - since
            pausedAt = nil
            append("resume", last)
        }
    }

    public func earcon(_ earcon: Earcon) {
        lock.withLock {
            stopIfSpeaking()
            write(Entry(time: Self.timestamp(), event: "earcon", text: earcon.rawValue))
        }
    }

    /// How long eSpeak takes to say a text at a rate: words a minute, with eSpeak's habit of
    /// counting about six characters to a word.
    public static func duration(of utterance: Utterance) -> UInt64 {
        let words = max(1, Double(utterance.text.count) / 6)
        return UInt64(words / Double(max(utterance.voice.rate, 1)) * 60 * 1e9)
    }

    private func stopIfSpeaking() {
        if pausedAt != nil || clock() < speakingUntil {
            append("cancel", last)
        }
        speakingUntil = 0
        pausedAt = nil
    }

    private func append(_ event: String, _ utterance: Utterance?) {
        write(Entry(time: Self.timestamp(), event: event, text: utterance?.text, language: utterance?.language.rawValue,
                    rate: utterance?.voice.rate, volume: utterance?.voice.volume))
    }

    private func write(_ entry: Entry) {
        entries.append(entry)
        guard let handle, var line = try? Self.encoder.encode(entry) else { return }
        line.append(0x0A)
        handle.write(line)
    }

    private static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: Date())
    }
}

/// Speaks nowhere: for places where the screen is enough (`--speech none`).
public final class SilentEngine: SpeechEngine, Sendable {
    public init() {}
    public func speak(_ parts: [Utterance]) {}
    public func cancel() {}
    public func pause() {}
    public func resume() {}
    public func earcon(_ earcon: Earcon) {}
    public var isSpeaking: Bool { false }
}
