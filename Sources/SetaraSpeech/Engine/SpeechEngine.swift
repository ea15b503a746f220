import Foundation
import SetaraDomain

/// What the rest of the program depends on to speak. Every engine keeps the same promises
/// (V3): `speak` interrupts whatever is being said and returns at once; `cancel` returns at once;
/// two utterances never overlap.
public protocol SpeechEngine: AnyObject, Sendable {
    /// Speaks texts (already normalised) one after the other, interrupting what is being said.
    /// Parts may differ in language: "For English, press L" in the English voice.
    func speak(_ parts: [Utterance])
    /// Stops the current utterance; never waits for it.
    func cancel()
    func pause()
    func resume()
    /// A short non-speech sound: a key click, an error tone.
    func earcon(_ earcon: Earcon)
    /// True from `speak` until the utterance has been played to its end or stopped.
    var isSpeaking: Bool { get }
}

extension SpeechEngine {
    public func speak(_ utterance: Utterance) { speak([utterance]) }
}

/// One text to speak, with the voice to speak it in.
public struct Utterance: Sendable, Hashable {
    public var text: String
    public var language: Language
    public var voice: VoiceParameters

    public init(text: String, language: Language, voice: VoiceParameters) {
        self.text = text
        self.language = language
        self.voice = voice
    }
}

/// The eSpeak voice and the parameters a listener can change at run time.
public struct VoiceParameters: Sendable, Hashable, Codable {
    /// eSpeak's rate limits, in words a minute (V13 asks for 80 to at least 450).
    public static let rates = 80...450
    public static let volumes = 10...200

    public var espeakVoice: String
    public var rate: Int
    public var pitch: Int
    public var volume: Int
    public var punctuation: Punctuation

    public init(espeakVoice: String, rate: Int = 175, pitch: Int = 50, volume: Int = 100, punctuation: Punctuation = .none) {
        self.espeakVoice = espeakVoice
        self.rate = rate
        self.pitch = pitch
        self.volume = volume
        self.punctuation = punctuation
    }

    public enum Punctuation: String, Sendable, Codable, CaseIterable {
        case none, some, all

        var espeakValue: Int {
            switch self {
            case .none: return 0
            case .all: return 1
            case .some: return 2
            }
        }
    }
}

public enum Earcon: String, Sendable, Codable, CaseIterable {
    /// A typed key in a masked field: heard, but not the digit.
    case key
    /// An error, before the spoken message.
    case error
}

public enum SpeechError: Error, Sendable, Equatable {
    /// libespeak-ng could not initialise (its data folder is missing).
    case libraryUnavailable
    case voiceUnavailable(String)
    case synthesisFailed(Int)
    /// No sound device, or no program to play sound with; the text says which.
    case noAudioDevice(String)
    case cannotWrite(String)
}
